"""Closed-form activation integrals E[x^n act(x)] against independent mpmath quadrature.

Error is measured relative to E|x^n act(x)| (the quadrature computes both). Bar: 1e-13.
The default run uses a small grid chosen to hit the hard regimes (deep one-sided tails up to
c = -mu/sigma = 37, the reference implementation's relu failure at mu = -10, tiny and huge
sigma, mu = 0 exactly); the @slow test sweeps mu in [-50, 50] x sigma in [1e-3, 1e3], n <= 8.
Cases whose exact value under/overflows float64 (|value| < 1e-300 or > 1e300) are skipped:
there is no float64 answer to compare.
"""
from __future__ import annotations

import itertools

import mpmath as mp
import numpy as np
import pytest

import gaussym
from test_activation_reference import MP_ACTS, reference_all

CLOSED = ["identity", "relu", "leaky_relu", "gelu", "erf", "exp", "elu", "square"]
TOL = 1e-13
NMAX = 8


def worst_error(act, cases, nmax=NMAX, tol=TOL, **params):
    """Max over cases and n of |kernel - reference| / E|x^n act|; asserts each is <= tol."""
    f = MP_ACTS[act]
    worst = 0.0
    for mu, s in cases:
        got = gaussym.get_activation(act, **params).moments(nmax, mu, s)
        vals, absvals = reference_all(f, nmax, mu, s)
        for n in range(nmax + 1):
            if not (mp.mpf("1e-300") < absvals[n] < mp.mpf("1e300")):
                continue
            err = float(abs(mp.mpf(float(got[n])) - vals[n]) / absvals[n])
            assert err <= tol, f"{act} n={n} mu={mu} sigma={s}: got {got[n]!r}, want {mp.nstr(vals[n], 17)}, rel err {err:.2e}"
            worst = max(worst, err)
    return worst


DEFAULT_CASES = {
    "identity": [(0.0, 1.0), (-3.0, 1e-3), (50.0, 1e3)],
    "square": [(0.0, 1.0), (-3.0, 1e-3), (50.0, 1e3)],
    "relu": [(-10.0, 1.0), (-37.0, 1.0), (-0.037, 1e-3), (0.0, 1.0), (2.0, 0.05), (50.0, 1e3), (-50.0, 7.0)],
    "leaky_relu": [(-10.0, 1.0), (0.0, 1e-3), (3.0, 1e3), (-50.0, 1.4)],
    "elu": [(0.0, 1e-3), (-10.0, 1.0), (20.0, 1.0), (3.0, 7.0), (-50.0, 1e3)],
    "exp": [(0.0, 1.0), (-50.0, 7.0), (50.0, 1e-3)],
    "gelu": [(-50.0, 7.0), (-50.0, 1.0), (0.0, 1e-3)],
    "erf": [(1e-4, 1e-3), (-50.0, 1.3), (2.0, 1e3)],
}


@pytest.mark.parametrize("act", CLOSED)
def test_closed_form_moments_default_grid(act):
    worst_error(act, DEFAULT_CASES[act])


def test_relu_reference_failure_regime():
    # the public reference implementation loses every digit here; exact value 7.4745602545893e-25
    value = gaussym.expect("relu", 0, -10.0, 1.0)
    with mp.workdps(40):
        exact = mp.mpf(-10) * mp.ncdf(-10) + mp.npdf(-10)
    assert abs(value / float(exact) - 1) < 1e-14
    assert abs(value - 7.474560254589e-25) < 1e-36


def test_leaky_relu_slope_parameter():
    f = lambda x: x if x > 0 else x / 5  # noqa: E731
    mu, s = -1.5, 2.0
    got = gaussym.expect("leaky_relu", 3, mu, s, negative_slope=0.2)
    vals, absvals = reference_all(f, 3, mu, s)
    assert abs(got - float(vals[3])) <= 1e-14 * float(absvals[3])


def test_mu_zero_exact_and_point_mass():
    for act in CLOSED:
        a = gaussym.get_activation(act)
        m = a.moments(4, 0.0, 1.0)
        assert np.all(np.isfinite(m)), act
        # sigma = 0: point mass mu^n act(mu)
        for mu in (-2.0, 0.0, 1.5):
            pm = a.moments(3, mu, 0.0)
            np.testing.assert_allclose(pm, mu ** np.arange(4) * a(np.array(mu)), rtol=1e-15, atol=0)
            # continuity: tiny sigma approaches the point mass
            near = a.moments(3, mu, 1e-9)
            np.testing.assert_allclose(near, pm, rtol=1e-7, atol=1e-8)


def test_broadcasting_and_shapes():
    mu = np.linspace(-3, 3, 5)[:, None]
    sigma = np.array([0.0, 0.5, 2.0])
    out = gaussym.get_activation("gelu").moments(2, mu, sigma)
    assert out.shape == (3, 5, 3)
    for i, j in itertools.product(range(5), range(3)):
        assert out[2, i, j] == pytest.approx(gaussym.expect("gelu", 2, mu[i, 0], sigma[j]), rel=1e-15)
    assert np.ndim(gaussym.expect("relu", 1, 0.3, 1.0)) == 0


def test_mp_kernels_agree_with_reference():
    with mp.workdps(30):
        for act, (mu, s) in [("relu", (-10, 1)), ("gelu", (-50, 7)), ("elu", (0.5, 2)), ("erf", (0.3, 0.7))]:
            got = gaussym.expect(act, 3, mu, s, dps=30)
            vals, absvals = reference_all(MP_ACTS[act], 3, mu, s)
            assert isinstance(got, mp.mpf)
            assert abs(got - vals[3]) <= mp.mpf("1e-25") * absvals[3], act
    arr = gaussym.expect("relu", 1, [0.0, 1.0], 1.0, dps=20)
    assert arr.dtype == object and arr.shape == (2,)


def test_display_and_kernel_forms_agree():
    # the textbook P Phi(q) + Q phi(q) form (J recursion) and the kernel's rotated-tail form are
    # two different derivations of the same integral
    import sympy

    from gaussym.symbolic.functions import MU, SIGMA, textbook
    from gaussym.symbolic.integrals import derive
    from gaussym.symbolic.parse import parse_expression

    d = derive(parse_expression("x*erf(x) + 3*x**2*Phi(2*x - 1)"), numeric=False)
    for n in (0, 3):
        display = textbook(d.closed_moment(n, display=True))
        kernel = textbook(d.closed_moment(n))
        for mu, s in [(sympy.Rational(3, 10), sympy.Rational(11, 10)), (-2, sympy.Rational(2, 5)), (sympy.Rational(17, 10), 3)]:
            a = sympy.N(display.subs({MU: mu, SIGMA: s}), 30)
            b = sympy.N(kernel.subs({MU: mu, SIGMA: s}), 30)
            assert abs(a - b) <= 1e-25 * (1 + abs(a)), (n, mu, s, a, b)


def _full_grid(act):
    mus = [-50, -20, -5, -1, -0.1, 0, 0.3, 2, 10, 50]
    sigmas = [1e-3, 0.05, 1, 7, 100, 1e3]
    cases = [(float(m), float(s)) for m in mus for s in sigmas]
    if act == "exp":   # E[x^n e^x] overflows float64 for sigma^2/2 > 709
        cases = [(m, s) for m, s in cases if s < 30]
    # one-sided tails c = -mu/sigma, up to 37
    cases += [(-c * s, s) for c in (5, 20, 30, 37) for s in (1e-3, 1, 1.3)]
    return cases


@pytest.mark.slow
@pytest.mark.parametrize("act", CLOSED)
def test_closed_form_moments_full_grid(act):
    worst = worst_error(act, _full_grid(act))
    print(f"{act}: worst relative error {worst:.2e}")


def test_point_mass_keeps_relative_accuracy_near_zero():
    # elu(x) = alpha (e^x - 1) is printed with expm1: no cancellation at x ~ 0
    assert gaussym.expect("elu", 0, -1e-10, 0.0) == pytest.approx(-1e-10 + 5e-21, rel=1e-15)
    assert gaussym.get_activation("elu")(np.array([-1e-12]))[0] == pytest.approx(-1e-12, rel=1e-11)
