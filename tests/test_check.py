"""Tests of the verification harness itself (gaussym/check.py, ``gaussym check``).

The references must be right (checked here against closed forms and exact identities that
the harness does not use), the comparison logic must flag bad values (a deliberately broken
kernel must FAIL), and the command must print the documented table and exit status.
"""
import math
import subprocess
import sys

import mpmath
import numpy as np
import pytest

from gaussym import check
from gaussym.check import (MP_ACTIVATIONS, Row, _compare, format_table, master_reference,
                           partition_moment, reference_integrals)

mp = mpmath


def _relu_exact(n, mu, s):
    """E[x^n relu(x)] from the upper truncated moments T_i(c) (all terms positive for c > 0)."""
    with mp.workdps(90):
        mu, s = mp.mpf(mu), mp.mpf(s)
        c = -mu / s
        T = [mp.ncdf(-c), mp.npdf(c)]
        for i in range(2, n + 3):
            T.append(c ** (i - 1) * mp.npdf(c) + (i - 1) * T[i - 2])
        return sum(mp.binomial(n, i) * mu ** (n - i) * s ** i * (mu * T[i] + s * T[i + 1]) for i in range(n + 1))


def _normal_moment(n, mu, s):
    """E[y^n], y ~ N(mu, s^2), from the binomial sum with central moments (k-1)!! s^k."""
    return sum(mp.binomial(n, k) * mu ** (n - k) * s ** k * mp.fac2(k - 1) for k in range(0, n + 1, 2))


def _rel(a, b, scale):
    return float(abs(a - b) / abs(scale))


# ------------------------------------------------------------------------------------------
# the reference quadrature against closed forms it does not use
# ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("mu,s", [(0.0, 1.0), (-37.0, 1.0), (-50.0, 50 / 37), (-0.037, 1e-3),
                                  (10.0, 1e-3), (-1.0, 1e3), (3.0, 2.0), (20.0, 1.0)])
def test_reference_relu_matches_truncated_moments(mu, s):
    ref = reference_integrals("relu", mu, s)
    for n in range(9):
        assert _rel(ref["I"][n], _relu_exact(n, mu, s), ref["Iabs"][n]) < 1e-25, n
    # derivative expectations: E[relu'] = Phi(mu/s), E[relu''] = phi(mu/s)/s (Hermite relation)
    with mp.workdps(60):
        c = mp.mpf(mu) / mp.mpf(s)
        assert _rel(ref["D"][1], mp.ncdf(c), ref["Dabs"][1]) < 1e-25
        assert _rel(ref["D"][2], mp.npdf(c) / mp.mpf(s), ref["Dabs"][2]) < 1e-25


@pytest.mark.parametrize("mu,s", [(0.0, 1.0), (2.0, 30.0), (-50.0, 50 / 37), (50.0, 1e-3), (-1.0, 1e3)])
def test_reference_gelu_and_erf_closed_forms(mu, s):
    with mp.workdps(60):
        M, S = mp.mpf(mu), mp.mpf(s)
        q = M / mp.sqrt(1 + S ** 2)
        gelu0 = M * mp.ncdf(q) + S ** 2 / mp.sqrt(1 + S ** 2) * mp.npdf(q)   # E[x Phi(x)]
        erf0 = mp.erf(M / mp.sqrt(1 + 2 * S ** 2))                           # E[erf(x)]
    ref = reference_integrals("gelu", mu, s)
    assert _rel(ref["I"][0], gelu0, ref["Iabs"][0]) < 1e-25
    ref = reference_integrals("erf", mu, s)
    assert _rel(ref["I"][0], erf0, ref["Iabs"][0]) < 1e-25


@pytest.mark.parametrize("mu,s", [(0.0, 1.0), (-50.0, 1.35), (2.0, 30.0), (50.0, 1e-3)])
def test_reference_exp_and_identity_exact(mu, s):
    ref_exp, ref_id = reference_integrals("exp", mu, s), reference_integrals("identity", mu, s)
    with mp.workdps(60):
        M, S = mp.mpf(mu), mp.mpf(s)
        for n in range(9):
            # E[x^n e^x] = e^(mu + s^2/2) E[y^n], y ~ N(mu + s^2, s^2)
            exact = mp.exp(M + S ** 2 / 2) * _normal_moment(n, M + S ** 2, S)
            assert _rel(ref_exp["I"][n], exact, ref_exp["Iabs"][n]) < 1e-25, n
            assert _rel(ref_id["I"][n], _normal_moment(n + 1, M, S), ref_id["Iabs"][n]) < 1e-25, n
        for m in range(7):  # exp^(m) = exp
            assert _rel(ref_exp["D"][m], mp.exp(M + S ** 2 / 2), ref_exp["Dabs"][m]) < 1e-25, m


def test_reference_symmetries_and_stein():
    # sigmoid(x) - 1/2 and tanh are odd: E[x^n act] at mu = 0 vanish for even (odd) n
    for name, offset in (("sigmoid", mp.mpf(1) / 2), ("tanh", 0)):
        ref = reference_integrals(name, 0.0, 7.0)
        for n in range(0, 9, 2):
            assert abs(ref["I"][n] - offset * _normal_moment(n, 0, 7)) < 1e-28 * ref["Iabs"][n]
    # Stein: E[(x - mu) g(x)] = s^2 E[g'(x)] for a smooth g (mish), both from the quadrature
    mu, s = 0.3, 2.5
    ref = reference_integrals("mish", mu, s)
    assert _rel(ref["I"][1] - mu * ref["I"][0], s ** 2 * ref["D"][1], ref["Iabs"][1]) < 1e-25


def test_reference_point_mass_and_every_activation_runs():
    for name, act in MP_ACTIVATIONS.items():
        ref = reference_integrals(name, 0.7, 0.0)
        assert ref["D"] is None
        with mp.workdps(60):
            assert abs(ref["I"][3] - mp.mpf(0.7) ** 3 * act.f(mp.mpf(0.7))) < 1e-50
        ref = reference_integrals(name, -0.4, 0.8, dps=25)
        assert all(v > 0 for v in ref["Iabs"]), name


# ------------------------------------------------------------------------------------------
# moments and Master-Theorem references
# ------------------------------------------------------------------------------------------
TELEPHONE = [1, 1, 2, 4, 10, 26, 76, 232, 764]


@pytest.mark.parametrize("n", range(9))
def test_partition_enumeration_counts_telephone_numbers(n):
    ones = [mp.mpf(1)] * n
    value, scale = partition_moment(ones, [[mp.mpf(1)] * n for _ in range(n)], range(n))
    assert value == scale == TELEPHONE[n]


def test_partition_enumeration_univariate_moments():
    with mp.workdps(50):
        mu, s2 = mp.mpf("0.3"), mp.mpf("2.1")
        for n in range(9):
            value, _ = partition_moment([mu], [[s2]], [0] * n)
            assert _rel(value, _normal_moment(n, mu, mp.sqrt(s2)), 1 + abs(value)) < 1e-40


def _hankel_master(mu_x, var_x, mu_y, cov_y, xcov):
    """c_m from the identity itself with g = x^p, p = 0..k: sum_m c_m E[x^(p+m)] = E[x^p prod y]."""
    k = len(mu_y)
    mean = [mp.mpf(mu_x)] + [mp.mpf(v) for v in mu_y]
    cov = [[mp.mpf(var_x)] + [mp.mpf(v) for v in xcov]]
    cov += [[mp.mpf(xcov[i])] + [mp.mpf(v) for v in cov_y[i]] for i in range(k)]
    H = mp.matrix(k + 1, k + 1)
    r = mp.matrix(k + 1, 1)
    for p in range(k + 1):
        for m in range(k + 1):
            H[p, m] = partition_moment(mean, cov, [0] * (p + m))[0]
        r[p] = partition_moment(mean, cov, [0] * p + list(range(1, k + 1)))[0]
    return mp.lu_solve(H, r)


@pytest.mark.parametrize("k", [1, 2, 3, 5])
def test_master_reference_agrees_with_the_identity(k):
    rng = np.random.default_rng(k)
    mean, cov = check._random_gaussian(rng, k + 1)
    with mp.workdps(60):
        coef, scale = master_reference(mean[0], cov[0, 0], mean[1:], cov[1:, 1:], cov[0, 1:])
        other = _hankel_master(mean[0], cov[0, 0], mean[1:], cov[1:, 1:], cov[0, 1:])
        for m in range(k + 1):
            assert _rel(coef[m], other[m], scale[m]) < 1e-30


def test_master_reference_constant_x():
    coef, _ = master_reference(0.5, 0.0, [1.0, 2.0], [[1.0, 0.3], [0.3, 2.0]], [0.0, 0.0])
    assert coef[0] == mp.mpf(1) * 2 + mp.mpf(0.3) and coef[1] == coef[2] == 0


# ------------------------------------------------------------------------------------------
# comparison logic
# ------------------------------------------------------------------------------------------
def test_compare_flags_errors_and_skips_over_underflow():
    row = Row("k", "g", 1e-13)
    _compare(row, 1.0, mp.mpf(1), mp.mpf(1), "a")
    assert row.cases == 1 and row.worst == 0
    _compare(row, 1.0 + 1e-11, mp.mpf(1), mp.mpf(1), "b")
    assert row.worst > 1e-12 and row.where == "b"
    _compare(row, float("nan"), mp.mpf(1), mp.mpf(1), "c")
    assert row.worst == math.inf and "nan" in row.where
    assert row.finish().status == "FAIL"

    row = Row("k", "g", 1e-13)
    _compare(row, float("inf"), mp.mpf("1e400"), mp.mpf("1e400"), "overflow")
    _compare(row, 0.0, mp.mpf("1e-400"), mp.mpf("1e-400"), "underflow")
    assert row.skipped == 2 and row.cases == 0
    _compare(row, 1e-5, mp.mpf("1e-400"), mp.mpf("1e-400"), "garbage in the tail")
    assert row.worst == math.inf and "underflow case" in row.where
    _compare(row, 0.5, mp.mpf(0), mp.mpf(0), "zero")
    assert row.finish().status == "FAIL"


def test_row_status_and_table_shape():
    rows = [Row("a", "grid", 1e-13, cases=3, worst=1e-15, where="n=1").finish(),
            Row("b", "grid", 1e-13, cases=3, worst=1e-11, where="n=8").finish(),
            Row("c", "grid", 1e-13).finish()]
    assert [r.status for r in rows] == ["pass", "FAIL", "MISSING"]
    lines = format_table(rows).splitlines()
    assert lines[0].split() == ["kernel", "grid", "cases", "skipped", "worst", "err/E|.|", "where", "bound", "status"]
    assert len(lines) == 2 + len(rows)


def test_broken_kernel_fails_the_check(monkeypatch):
    """A kernel that is off by 1e-10 relative must make the activation row FAIL."""
    import gaussym.expectations as ex

    real = ex.expect
    monkeypatch.setattr(ex, "expect", lambda act, n, mu, sigma, **kw: real(act, n, mu, sigma, **kw) * (1 + 1e-10))
    import gaussym
    monkeypatch.setattr(gaussym, "expect", ex.expect, raising=False)
    monkeypatch.setattr(check, "QUICK_POINTS", ((0.5, 1.0),))
    rows = check.run_check(quick=True, only=["relu"], jobs=1, dps=30)
    status = {r.kernel: r.status for r in rows}
    assert status["expect:relu"] == "FAIL"


def test_missing_parts_are_reported(monkeypatch):
    monkeypatch.setitem(sys.modules, "gaussym.moments", None)   # import fails
    rows = check.check_moments(quick=True, dps=30)
    assert {r.status for r in rows} == {"MISSING"}


def test_selection_and_arguments():
    acts, sections = check.select(["relu", "moments"], ["relu", "gelu"])
    assert acts == ["relu"] and sections == {"activations", "moments"}
    with pytest.raises(ValueError, match="unknown kernel"):
        check.select(["nonsense"], ["relu"])
    with pytest.raises(ValueError, match="dps"):
        check.run_check(dps=5)
    with pytest.raises(ValueError, match="jobs"):
        check.run_check(jobs=0)


# ------------------------------------------------------------------------------------------
# the command
# ------------------------------------------------------------------------------------------
def _cli(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "gaussym", "check", *args],
                          capture_output=True, text=True, timeout=timeout)


def test_cli_quick_subset_passes_and_prints_the_table():
    res = _cli("--quick", "--only", "relu", "identity", "moments", "--jobs", "2")
    lines = res.stdout.splitlines()
    header = lines[0].split()
    assert header[:4] == ["kernel", "grid", "cases", "skipped"] and header[-2:] == ["bound", "status"]
    body = [ln for ln in lines[2:] if ln.strip() and not ln.startswith(("notes:", "  "))][:-1]
    kernels = [ln.split()[0] for ln in body]
    assert kernels == ["expect:identity", "expect_derivative:identity", "expect:relu",
                       "expect_derivative:relu", "expect/expect_derivative", "noncentral_moment", "noncentral_moment",
                       "master_theorem_coefficients", "master_theorem_coefficients"]
    statuses = [ln.split()[-1] for ln in body]
    assert res.returncode == (0 if set(statuses) == {"pass"} else 1), res.stdout
    assert res.returncode == 0, res.stdout + res.stderr
    assert "[check" in res.stderr          # progress goes to stderr


def test_cli_rejects_bad_arguments():
    res = _cli("--dps", "5", "--quick")
    assert res.returncode == 2 and "dps" in res.stderr
    res = _cli("--quick", "--only", "no_such_kernel")
    assert res.returncode == 2 and "unknown kernel" in res.stderr


@pytest.mark.slow
def test_full_sweep_passes():
    res = _cli("--jobs", "2", timeout=1800)
    assert res.returncode == 0, res.stdout


@pytest.mark.parametrize("name,mu,s", [("relu", -37.0, 1.0), ("gelu", -50.0, 50 / 37), ("sigmoid", -1.0, 1e3),
                                       ("mish", 2.0, 30.0), ("elu", 0.3, 1e-3), ("softplus", 10.0, 7.0)])
def test_reference_agrees_with_the_numerics_engineers_reference(name, mu, s):
    """Two independently written mpmath references (different panelling and rules) must agree."""
    quadrature = pytest.importorskip("gaussym.kernels.quadrature")
    if not hasattr(quadrature, "gaussian_expectation_mp"):
        pytest.skip("gaussian_expectation_mp not available")
    act = MP_ACTIVATIONS[name]
    ref = reference_integrals(name, mu, s, dps=30)
    with mp.workdps(30):
        other = quadrature.gaussian_expectation_mp(act.f, list(range(9)), mu, s, kinks=act.kinks)
        for n in range(9):   # both accept at ~1e-20 (this one) and 1e-33 (that one)
            assert _rel(ref["I"][n], other[n], ref["Iabs"][n]) < 1e-19, n


def test_reference_approx_reproduces_exact_layers():
    """The independent approximant reference: identity MLP -> (W2 b1 + b2, W2 W1), a bilinear
    GLU (act = identity) is reproduced exactly at degree 2, under a 2-component mixture."""
    rng = np.random.default_rng(0)
    d, h = 2, 2
    dist = dict(mean=rng.standard_normal((2, d)), cov=np.stack([np.eye(d), 0.5 * np.eye(d)]), weights=np.array([0.3, 0.7]))
    W1, b1, W2, b2 = rng.standard_normal((h, d)), rng.standard_normal(h), rng.standard_normal((1, h)), rng.standard_normal(1)
    T = check.reference_approx("mlp", "identity", 1, (W1, b1, W2, b2), dist, dps=30)
    assert np.allclose(np.asarray(T[0], float), W2 @ b1 + b2, rtol=1e-25, atol=1e-25)
    assert np.allclose(np.asarray(T[1], float), W2 @ W1, rtol=1e-25, atol=1e-25)
    V, c = rng.standard_normal((h, d)), rng.standard_normal(h)
    T = check.reference_approx("glu", "identity", 2, (W1, b1, V, c, W2, b2), dist, dps=30)
    x = rng.standard_normal((5, d))
    f = ((x @ W1.T + b1) * (x @ V.T + c)) @ W2.T + b2
    p = (float(T[0][0]) + x @ np.asarray(T[1][0], float) + np.einsum("na,ab,nb->n", x, np.asarray(T[2][0], float), x))
    assert np.allclose(p, f[:, 0], rtol=1e-12, atol=1e-12)


def test_check_path_is_sympy_free():
    code = ("import sys, gaussym.check as c; "
            "c.run_check(quick=True, only=['identity', 'moments'], jobs=1); print('sympy' in sys.modules)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.stdout.strip() == "False", res.stdout + res.stderr


@pytest.mark.parametrize("act", ["softplus"])
def test_kernel_dps_path_numeric_activations_large_sigma(act):
    """The kernels' dps= path at sigma = 30 (it once raised ArithmeticError there) vs the reference."""
    ref = reference_integrals(act, 2.0, 30.0, dps=30)
    with mp.workdps(40):
        for n in (0, 4, 8):
            got = gaussym_expect(act, n, 2.0, 30.0, dps=30)
            assert abs(got - ref["I"][n]) <= 1e-15 * ref["Iabs"][n]


def gaussym_expect(*args, **kw):
    import gaussym
    return gaussym.expect(*args, **kw)
