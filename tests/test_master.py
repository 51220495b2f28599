"""Master-Theorem coefficients: E[g(x) y_1..y_k] = sum_m c_m E[g(x) x^m].

Independent references: (1) the joint noncentral moment E[x^p y_1..y_k] of the vector (x, y),
by an mpmath partition enumeration at 40 digits (g = x^p); (2) c_m from its definition in
mpmath; (3) the second-order Stein identity with g = exp(t u) (closed form); (4) Monte Carlo
with a stated bound for g = relu.
"""
import math
import time

import mpmath
import numpy as np
import pytest
import sympy

from gaussym.moments import master_theorem_coefficients, noncentral_moment
from gaussym.symbolic.master import (MU_X, SIGMA_X, master_theorem_coefficients_formula, regression_quantities,
                                     residual_cov_symbol, slope_symbol, intercept_symbol, xcov_symbol)
from gaussym.symbolic.moments import cov_symbol, mean_symbol
from test_moments import reference_moment


def random_joint(rng, k):
    """A random well-scaled joint Gaussian of (x, y_1..y_k): mean (k+1,), covariance (k+1, k+1)."""
    a = rng.normal(size=(k + 1, k + 1))
    return rng.normal(size=k + 1), a @ a.T / (k + 1) + 0.1 * np.eye(k + 1)


def split(mean, cov):
    return mean[0], cov[0, 0], mean[1:], cov[1:, 1:], cov[0, 1:]


def univariate_moment(mu, var, n):
    return sum(math.comb(n, 2 * j) * mu ** (n - 2 * j) * var ** j * math.prod(range(1, 2 * j, 2))
               for j in range(n // 2 + 1))


def reference_coefficients(mu_x, var_x, mu_y, cov_y, xcov, dps=40, *, with_scale=False):
    """c_m from the definition, in mpmath (subsets enumerated independently of gaussym).

    with_scale: also return, per m, the same sum with every term replaced by its absolute value
    (the natural scale of rounding errors when the terms of c_m cancel)."""
    k = len(mu_y)
    with mpmath.workdps(dps):
        mp = lambda v: mpmath.mpf(float(v))
        a = [mp(xcov[i]) / mp(var_x) for i in range(k)]
        b = np.array([mp(mu_y[i]) - a[i] * mp(mu_x) for i in range(k)], dtype=object)
        resid = np.array([[mp(cov_y[i, j]) - mp(xcov[i]) * mp(xcov[j]) / mp(var_x) for j in range(k)]
                          for i in range(k)], dtype=object)
        coeffs = [mpmath.mpf(0)] * (k + 1)
        scales = [mpmath.mpf(0)] * (k + 1)
        for mask in range(2 ** k):
            subset = [i for i in range(k) if mask >> i & 1]
            rest = [i for i in range(k) if not mask >> i & 1]
            weight = mpmath.fprod(a[i] for i in subset)
            coeffs[len(subset)] += weight * _mp_moment(b, resid, rest)
            scales[len(subset)] += abs(weight) * _mp_moment(b, resid, rest, absolute=True)
        return (coeffs, scales) if with_scale else coeffs


def _mp_moment(mean, cov, indices, absolute=False):
    """Partition sum; absolute=True sums |terms| instead."""
    if not indices:
        return mpmath.mpf(1)
    f = abs if absolute else (lambda v: v)
    first, rest = indices[0], indices[1:]
    total = f(mean[first]) * _mp_moment(mean, cov, rest, absolute)
    for k, partner in enumerate(rest):
        total += f(cov[first, partner]) * _mp_moment(mean, cov, rest[:k] + rest[k + 1:], absolute)
    return total


def test_coefficients_match_definition_at_40_digits(rng):
    worst = 0.0
    for _ in range(60):
        k = int(rng.integers(0, 6))
        args = split(*random_joint(rng, k))
        got = master_theorem_coefficients(*args)
        assert got.shape == (k + 1,)
        ref, scale = reference_coefficients(*args, with_scale=True)
        for m in range(k + 1):
            # rounding is bounded by the |term| sum; plain relative error where c_m does not cancel
            assert abs(got[m] - ref[m]) <= 1e-15 * scale[m] * (k + 1), (k, m)
            if abs(ref[m]) > 1e-2 * scale[m]:
                worst = max(worst, float(abs(got[m] - ref[m]) / abs(ref[m])))
    assert worst <= 1e-13, worst


def test_against_joint_noncentral_moment_with_power_g(rng):
    """E[x^p y_1..y_k] (joint moment, independent mpmath enumeration) = sum_m c_m E[x^(p+m)]; order <= 8."""
    worst = 0.0
    for _ in range(40):
        k = int(rng.integers(1, 5))
        p = int(rng.integers(0, 9 - k))
        mean, cov = random_joint(rng, k)
        mu_x, var_x = mean[0], cov[0, 0]
        coeffs = master_theorem_coefficients(*split(mean, cov))
        via_master = math.fsum(coeffs[m] * univariate_moment(mu_x, var_x, p + m) for m in range(k + 1))
        exact = reference_moment(mean, cov, [0] * p + list(range(1, k + 1)))
        rms = math.sqrt(noncentral_moment(mean, cov, ([0] * p + list(range(1, k + 1))) * 2))
        worst = max(worst, float(abs(via_master - exact)) / rms)
    assert worst <= 1e-13, worst


def test_second_order_stein_identity():
    """E[(x-mu)_a (x-mu)_b g(u)] = Sigma_ab E[g] + (Sigma w)_a (Sigma w)_b E[g''], g = exp(t u)."""
    rng = np.random.default_rng(11)
    d, t = 4, 0.7
    mean, cov = random_joint(rng, d - 1)
    w, bias = rng.normal(size=d), 0.3
    mu_u, var_u = w @ mean + bias, w @ cov @ w
    sw = cov @ w
    # E[e^{tu} u^m] = e^{t mu_u + t^2 var_u / 2} E[u'^m], u' ~ N(mu_u + t var_u, var_u)
    eg = math.exp(t * mu_u + t * t * var_u / 2)
    tilted = [eg * univariate_moment(mu_u + t * var_u, var_u, m) for m in range(3)]
    for a_idx, b_idx in [(0, 1), (2, 2), (3, 0)]:
        coeffs = master_theorem_coefficients(mu_u, var_u, [0.0, 0.0],
                                             cov[np.ix_([a_idx, b_idx], [a_idx, b_idx])], sw[[a_idx, b_idx]])
        lhs = sum(c * e for c, e in zip(coeffs, tilted))
        rhs = cov[a_idx, b_idx] * eg + sw[a_idx] * sw[b_idx] * t * t * eg
        assert lhs == pytest.approx(rhs, rel=1e-13)


def test_monte_carlo_with_relu():
    """E[relu(x) y1 y2]: 1e6 samples, |error| <= 5 standard errors; E[relu(x) x^m] by split mpmath quadrature."""
    rng = np.random.default_rng(5)
    mean = np.array([0.3, 1.0, -0.5])
    cov = np.array([[1.2, 0.5, -0.4], [0.5, 1.0, 0.2], [-0.4, 0.2, 0.9]])
    coeffs = master_theorem_coefficients(*split(mean, cov))
    s = math.sqrt(cov[0, 0])
    with mpmath.workdps(30):
        density = lambda v: mpmath.npdf(v, mean[0], s)
        relu_moments = [float(mpmath.quad(lambda v: v ** (m + 1) * density(v), [0, mean[0], mean[0] + 5 * s, mpmath.inf]))
                        for m in range(3)]
    predicted = sum(c * e for c, e in zip(coeffs, relu_moments))
    samples = rng.multivariate_normal(mean, cov, size=1_000_000)
    values = np.maximum(samples[:, 0], 0) * samples[:, 1] * samples[:, 2]
    assert abs(values.mean() - predicted) <= 5 * values.std() / math.sqrt(len(values))


def test_constant_x_gives_plain_moment():
    mu_y, cov_y = np.array([1.0, -2.0, 0.5]), np.diag([1.0, 2.0, 3.0]) + 0.1
    got = master_theorem_coefficients(0.7, 0.0, mu_y, cov_y, np.zeros(3))
    assert got[0] == pytest.approx(noncentral_moment(mu_y, cov_y, [0, 1, 2]), rel=1e-15)
    assert np.all(got[1:] == 0.0)
    mixed = master_theorem_coefficients(np.array([0.7, 0.7]), np.array([0.0, 1.0]), mu_y, cov_y, np.zeros(3))
    assert mixed.shape == (4, 2) and np.all(np.isfinite(mixed))


def test_k_zero_and_batch_shapes(rng):
    assert master_theorem_coefficients(1.0, 2.0, np.zeros(0), np.zeros((0, 0)), np.zeros(0)).tolist() == [1.0]
    mean, cov = random_joint(rng, 3)
    mu_x, var_x, mu_y, cov_y, xcov = split(mean, cov)
    got = master_theorem_coefficients(np.full((2, 1), mu_x), var_x, np.broadcast_to(mu_y, (5, 3)), cov_y, xcov)
    assert got.shape == (4, 2, 5)
    assert np.allclose(got, master_theorem_coefficients(mu_x, var_x, mu_y, cov_y, xcov)[:, None, None], rtol=1e-15)


def test_vectorised_batch_matches_loop_and_is_fast():
    rng = np.random.default_rng(2)
    n, k = 3000, 4
    a = rng.normal(size=(n, k + 1, k + 1))
    cov = a @ np.swapaxes(a, 1, 2) / (k + 1)
    mean = rng.normal(size=(n, k + 1))
    start = time.perf_counter()
    got = master_theorem_coefficients(mean[:, 0], cov[:, 0, 0], mean[:, 1:], cov[:, 1:, 1:], cov[:, 0, 1:])
    elapsed = time.perf_counter() - start
    assert got.shape == (k + 1, n)
    assert elapsed < 1.0, elapsed
    for i in range(0, n, 500):
        single = master_theorem_coefficients(mean[i, 0], cov[i, 0, 0], mean[i, 1:], cov[i, 1:, 1:], cov[i, 0, 1:])
        assert np.array_equal(got[:, i], single)


def test_high_precision_mode(rng):
    args = split(*random_joint(rng, 3))
    got = master_theorem_coefficients(*args, dps=50)
    assert got.dtype == object and got.shape == (4,)
    ref = reference_coefficients(*args, dps=60)
    with mpmath.workdps(50):
        for g, r in zip(got, ref):
            assert abs(g - r) <= mpmath.mpf(10) ** -44 * max(1, abs(r))
    batched = master_theorem_coefficients(*[np.stack([v, v]) for v in args], dps=20)
    assert batched.shape == (4, 2)


@pytest.mark.parametrize("kwargs, phrase", [
    (dict(var_x=-1.0), "var_x must be >= 0"),
    (dict(xcov=[5.0, 0.0]), "joint covariance .* not positive semidefinite"),
    (dict(var_x=0.0, xcov=[0.5, 0.0]), "not positive semidefinite"),
    (dict(cov_y=np.eye(3)), r"cov_y must have shape \(\.\.\., 2, 2\)"),
    (dict(xcov=[0.1]), "xcov must have shape"),
    (dict(mu_y=1.0), "mu_y must have shape"),
    (dict(mu_x=np.zeros(3), var_x=np.ones(2)), "do not broadcast"),
    (dict(mu_x=np.nan), "mu_x contains NaN"),
    (dict(cov_y=[[1.0, 0.2], [0.3, 1.0]]), "not symmetric"),
    (dict(dps=3), "dps"),
])
def test_validation_messages(kwargs, phrase):
    base = dict(mu_x=0.0, var_x=1.0, mu_y=[0.0, 1.0], cov_y=np.eye(2), xcov=[0.2, 0.1])
    base.update(kwargs)
    with pytest.raises(ValueError, match=phrase):
        master_theorem_coefficients(**base)


# -- symbolic -----------------------------------------------------------------------------
def test_symbolic_regression_form_small_k():
    a1, a2, b1, b2 = slope_symbol(1), slope_symbol(2), intercept_symbol(1), intercept_symbol(2)
    assert master_theorem_coefficients_formula(0) == [1]
    assert master_theorem_coefficients_formula(1) == [b1, a1]
    c = master_theorem_coefficients_formula(2)
    assert c == [b1 * b2 + residual_cov_symbol(1, 2), a1 * b2 + a2 * b1, a1 * a2]


@pytest.mark.parametrize("k", [1, 2, 3, 4])
@pytest.mark.parametrize("form", ["regression", "raw"])
def test_symbolic_matches_numeric(k, form):
    rng = np.random.default_rng(100 + k)
    mu_x, var_x, mu_y, cov_y, xcov = split(*random_joint(rng, k))
    numeric = master_theorem_coefficients(mu_x, var_x, mu_y, cov_y, xcov)
    raw_values = {MU_X: mu_x, SIGMA_X: math.sqrt(var_x)}
    for i in range(1, k + 1):
        raw_values[mean_symbol(i)] = mu_y[i - 1]
        raw_values[xcov_symbol(i)] = xcov[i - 1]
        for j in range(i, k + 1):
            raw_values[cov_symbol(i, j)] = cov_y[i - 1, j - 1]
    raw_values = {s: sympy.Float(v, 30) for s, v in raw_values.items()}
    if form == "regression":  # evaluate a, b, Omega from their raw definitions first
        values = {s: e.xreplace(raw_values) for s, e in regression_quantities(k).items()}
    else:
        values = raw_values
    for m, expr in enumerate(master_theorem_coefficients_formula(k, form)):
        assert float(sympy.sympify(expr).xreplace(values)) == pytest.approx(numeric[m], rel=1e-12, abs=1e-14)


def test_symbolic_validation():
    with pytest.raises(ValueError, match="form"):
        master_theorem_coefficients_formula(2, form="expanded")
    with pytest.raises(ValueError, match="k"):
        master_theorem_coefficients_formula(-1)


from hypothesis import given, settings, strategies as st


@settings(max_examples=60, deadline=None)
@given(k=st.integers(0, 4), batch=st.lists(st.integers(1, 3), max_size=2), seed=st.integers(0, 2 ** 31),
       constant_x=st.booleans())
def test_property_shapes_finiteness_and_constant_x(k, batch, seed, constant_x):
    rng = np.random.default_rng(seed)
    batch = tuple(batch)
    a = rng.normal(size=batch + (k + 1, k + 1))
    cov = a @ np.swapaxes(a, -1, -2)
    if constant_x:
        cov[..., 0, :] = cov[..., :, 0] = 0.0
    mean = rng.normal(size=batch + (k + 1,))
    got = master_theorem_coefficients(mean[..., 0], cov[..., 0, 0], mean[..., 1:], cov[..., 1:, 1:], cov[..., 0, 1:])
    assert got.shape == (k + 1,) + batch and np.all(np.isfinite(got))
    if constant_x:
        assert np.all(got[1:] == 0)
        assert np.allclose(got[0], noncentral_moment(mean[..., 1:], cov[..., 1:, 1:], list(range(k))), rtol=1e-14)


@settings(max_examples=80, deadline=None)
@given(args=st.lists(st.one_of(st.floats(allow_nan=True), st.lists(st.floats(-5, 5), max_size=3),
                               st.lists(st.lists(st.floats(-5, 5), max_size=3), max_size=3), st.text(max_size=3)),
                     min_size=5, max_size=5))
def test_property_garbage_raises_only_valueerror(args):
    try:
        master_theorem_coefficients(*args)
    except ValueError:
        pass


def test_repeated_y_singular_joint_covariance_and_float32():
    """y_1 = y_2 (a singular but legal joint covariance): E[x^p y^2] from the 2-variable joint moment."""
    mean2 = np.array([0.4, -0.7])  # (x, y)
    cov2 = np.array([[1.3, 0.6], [0.6, 0.9]])
    mu_y = np.array([mean2[1], mean2[1]], dtype=np.float32).astype(np.float64)
    coeffs = master_theorem_coefficients(np.float32(0.4), np.float32(1.3), mu_y.astype(np.float32),
                                         np.full((2, 2), 0.9, dtype=np.float32), np.array([0.6, 0.6], np.float32))
    assert coeffs.dtype == np.float64
    f32 = lambda v: float(np.float32(v))  # the float32 inputs are what was computed with
    mean_f, cov_f = np.array([f32(0.4), f32(-0.7)]), np.array([[f32(1.3), f32(0.6)], [f32(0.6), f32(0.9)]])
    for p in range(4):
        exact = reference_moment(mean_f, cov_f, [0] * p + [1, 1])
        via = sum(coeffs[m] * univariate_moment(mean_f[0], cov_f[0, 0], p + m) for m in range(3))
        assert via == pytest.approx(float(exact), rel=1e-13)


def test_formula_command_module_does_not_import_sympy():
    import subprocess
    import sys
    code = "import sys, gaussym.commands.formula; print('sympy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
