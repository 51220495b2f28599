"""kernels/quadrature: the trusted mpmath reference (against closed forms) and the float remainder
integrals (against that reference, errors relative to E[|x|^k |r(x)|]).

Measured (this file's grids): remainder_moments worst 1.8e-15 relative for sigmoid/tanh/silu remainders,
mu in [-50, 50], sigma in {0, 1e-3 .. 1e3}; asserted 1e-14. The mp reference agrees with closed forms to
< 1e-35 at 40 digits (asserted 1e-34), including results near 1e-200.
"""
import math
import time

import mpmath as mp
import numpy as np
import pytest
from scipy.special import expit

from gaussym.kernels.quadrature import (delta_expectations, gaussian_expectation_mp, remainder_derivative_expectations,
                                        remainder_moments, remainder_moments_mp)

BOUND = 1e-14
DPS = 40


# ------------------------------------------------------------------ remainders (float and mp forms)
def _sig_r(x):                      # sigmoid - Heaviside
    return np.where(x > 0, -expit(-x), expit(x))


def _sig_r_mp(x):
    return -1 / (1 + mp.exp(x)) if x > 0 else 1 / (1 + mp.exp(-x))


def _tanh_r(x):                     # tanh - sign = -+2 e^(-2|x|) / (1 + e^(-2|x|))
    e = np.exp(-2 * np.abs(x))
    return -np.sign(x) * 2 * e / (1 + e)


def _tanh_r_mp(x):
    e = mp.exp(-2 * abs(x))
    return -mp.sign(x) * 2 * e / (1 + e)


def _silu_r(x):                     # x sigmoid(x) - relu(x)
    return x * _sig_r(x)


def _silu_r_mp(x):
    return x * _sig_r_mp(x)


REMAINDERS = {
    "sigmoid": (_sig_r, _sig_r_mp, (-90.0, 90.0)),
    "tanh": (_tanh_r, _tanh_r_mp, (-45.0, 45.0)),
    "silu": (_silu_r, _silu_r_mp, (-95.0, 95.0)),
}


def _abs_moments(fn, window, kmax, mu, s):
    """E[|x|^k |r(x)|], k = 0..kmax: only the error SCALE, so the float quadrature suffices."""
    even = remainder_moments(lambda x: np.abs(fn(x)), kmax, mu, s, window=window, breakpoints=(0.0,))
    odd = remainder_moments(lambda x: np.abs(fn(x)) * np.sign(x), kmax, mu, s, window=window, breakpoints=(0.0,))
    return [even[k] if k % 2 == 0 else odd[k] for k in range(kmax + 1)]


def _worst_error(name, mus, sigmas, kmax=8):
    fn, fn_mp, window = REMAINDERS[name]
    worst = (0.0, None)
    with mp.workdps(DPS):
        for mu in mus:
            for s in sigmas:
                num = remainder_moments(fn, kmax, mu, s, window=window, breakpoints=(0.0,))
                ref = remainder_moments_mp(fn_mp, range(kmax + 1), mu, s, window=window, breakpoints=(0.0,))
                scale = _abs_moments(fn, window, kmax, mu, s)
                for k in range(kmax + 1):
                    if scale[k] == 0:
                        assert num[k] == 0
                        continue
                    err = float(abs(mp.mpf(float(num[k])) - ref[k]) / scale[k])
                    if err >= worst[0]:
                        worst = (err, (k, mu, s))
    return worst


@pytest.mark.parametrize("name", sorted(REMAINDERS))
def test_remainder_moments_against_mp(name):
    err, where = _worst_error(name, mus=(-50.0, 0.7, 30.0), sigmas=(0.0, 1e-3, 7.0, 1e3))
    assert err <= BOUND, f"{name}: worst error {err:.3g} at (k, mu, sigma) = {where}"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(REMAINDERS))
def test_remainder_moments_against_mp_dense(name):
    err, where = _worst_error(name, mus=np.linspace(-50, 50, 21), sigmas=np.geomspace(1e-3, 1e3, 13))
    print(f"{name}: worst error {err:.3g} at (k, mu, sigma) = {where}")
    assert err <= BOUND


def test_gaussian_beyond_a_small_window():
    # the window only sets the fine panels: with a deliberately small window (-10, 10) and the
    # Gaussian far beyond it, r's tail is still integrated (graded panels) to full relative accuracy
    fn, fn_mp, _ = REMAINDERS["sigmoid"]
    with mp.workdps(DPS):
        for mu, s in ((30.0, 2.0), (30.0, 4.5), (-45.0, 0.3)):
            num = remainder_moments(fn, 4, mu, s, window=(-10.0, 10.0), breakpoints=(0.0,))
            ref = remainder_moments_mp(fn_mp, range(5), mu, s, breakpoints=(0.0,))
            scale = _abs_moments(fn, (-10.0, 10.0), 4, mu, s)
            for k in range(5):
                assert abs(num[k] - float(ref[k])) <= BOUND * scale[k], (mu, s, k)


def test_vectorised_many_pairs_consistent_and_fast(rng):
    mu = rng.uniform(-50, 50, 3000)
    s = 10 ** rng.uniform(-3, 3, 3000)
    s[:10] = 0.0
    t0 = time.perf_counter()
    batch = remainder_moments(_silu_r, 8, mu, s, window=(-95.0, 95.0), breakpoints=(0.0,))
    elapsed = time.perf_counter() - t0
    assert batch.shape == (9, 3000)
    assert elapsed < 5.0, f"3000 pairs took {elapsed:.2f} s"
    for i in (0, 5, 17, 1234, 2999):       # identical to one-at-a-time calls
        one = remainder_moments(_silu_r, 8, mu[i], s[i], window=(-95.0, 95.0), breakpoints=(0.0,))
        np.testing.assert_allclose(batch[:, i], one, rtol=1e-15, atol=0)
    np.testing.assert_array_equal(batch[:, :10], (mu[:10] ** np.arange(9)[:, None]) * _silu_r(mu[:10]))


def test_shapes_broadcast():
    out = remainder_moments(_sig_r, 3, np.zeros((4, 1)), np.ones((1, 5)), window=(-90, 90), breakpoints=(0,))
    assert out.shape == (4, 4, 5)
    assert remainder_moments(_sig_r, 2, 0.3, 2.0, window=(-90, 90)).shape == (3,)


@pytest.mark.parametrize("kwargs, match", [
    (dict(nmax=-1), "nmax"), (dict(sigma=-1.0), "sigma"), (dict(mu=np.nan), "mu"),
    (dict(window=(3.0, -3.0)), "window"), (dict(window=5.0), "window"), (dict(breakpoints=(np.nan,)), "breakpoints"),
    (dict(mu=np.zeros(3), sigma=np.ones(4)), "broadcast"), (dict(scale=0.0), "scale"),
])
def test_validation(kwargs, match):
    args = dict(nmax=2, mu=0.0, sigma=1.0, window=(-90.0, 90.0), breakpoints=(0.0,), scale=1.0)
    args.update(kwargs)
    with pytest.raises(ValueError, match=match):
        remainder_moments(_sig_r, args.pop("nmax"), args.pop("mu"), args.pop("sigma"), **args)


def test_full_sigmoid_where_gauss_hermite_fails():
    """E[sigmoid(x)], mu = 0.3, sigma = 7: the reference's 50-point Gauss-Hermite errs by ~1e-3;
    Heaviside part Phi(mu/s) (closed form) + remainder quadrature is accurate to 1e-15."""
    from scipy.special import ndtr
    mu, s = 0.3, 7.0
    with mp.workdps(DPS):
        ref = gaussian_expectation_mp(lambda x: 1 / (1 + mp.exp(-x)), 0, mu, s, kinks=(0,))
    ours = ndtr(mu / s) + remainder_moments(_sig_r, 0, mu, s, window=(-90, 90), breakpoints=(0,))[0]
    z, w = np.polynomial.hermite_e.hermegauss(50)
    gauss_hermite = np.sum(w * expit(mu + s * z)) / np.sum(w)
    assert abs(ours - float(ref)) / float(ref) < 1e-15
    assert abs(gauss_hermite - float(ref)) / float(ref) > 1e-4          # the failure mode is real


# ------------------------------------------------------------------ the mp reference itself
def test_mp_reference_gaussian_moments():
    with mp.workdps(DPS):
        for mu, s in ((0, 1), (1.3, 2.1), (-40, 1e-3), (7, 1e3)):
            got = gaussian_expectation_mp(lambda x: mp.mpf(1), range(9), mu, s)
            m, sd = mp.mpf(mu), mp.mpf(s)
            for k in range(9):
                exact = mp.fsum(mp.binomial(k, i) * m ** (k - i) * sd ** i * (mp.fac2(i - 1) if i % 2 == 0 else 0)
                                for i in range(k + 1))
                scale = mp.fsum(mp.binomial(k, i) * abs(m) ** (k - i) * sd ** i * mp.fac2(i - 1 if i % 2 == 0 else i)
                                for i in range(k + 1))
                assert abs(got[k] - exact) <= mp.mpf(10) ** -34 * scale, (mu, s, k)


@pytest.mark.parametrize("mu, s", [(-30.0, 1.0), (-10.0, 0.5), (0.0, 1.0), (2.0, 1e-3), (-3.0, 1e3)])
def test_mp_reference_relu_tail(mu, s):
    # E[relu(x)] = mu Phi(mu/s) + s phi(mu/s) (evaluated in mp at 80 digits: 1e-198 at mu = -30)
    with mp.workdps(80):
        m, sd = mp.mpf(mu), mp.mpf(s)
        exact = m * mp.ncdf(m / sd) + sd * mp.npdf(m / sd)
    with mp.workdps(DPS):
        got = gaussian_expectation_mp(lambda x: max(x, 0), 0, mu, s, kinks=(0,))
        assert abs(got / exact - 1) < mp.mpf(10) ** -34


@pytest.mark.parametrize("mu, s", [(0.5, 1.0), (-20.0, 2.0), (3.0, 40.0)])
def test_mp_reference_gelu_and_exp(mu, s):
    with mp.workdps(DPS):
        m, sd = mp.mpf(mu), mp.mpf(s)
        q = m / mp.sqrt(1 + sd ** 2)
        # E[x Phi(x)] = mu Phi(q) + s^2/sqrt(1+s^2) phi(q)  (Stein)
        exact = m * mp.ncdf(q) + sd ** 2 / mp.sqrt(1 + sd ** 2) * mp.npdf(q)
        got = gaussian_expectation_mp(lambda x: mp.ncdf(x), 1, mu, s)
        assert abs(got / exact - 1) < mp.mpf(10) ** -34
        # E[e^(x/4)] = e^(mu/4 + s^2/32): for s = 40 the mass sits at z = 10, far from mu
        exact = mp.exp(m / 4 + sd ** 2 / 32)
        got = gaussian_expectation_mp(lambda x: mp.exp(x / 4), 0, mu, s)
        assert abs(got / exact - 1) < mp.mpf(10) ** -34


def test_mp_reference_point_mass_and_validation():
    with mp.workdps(DPS):
        assert gaussian_expectation_mp(lambda x: x + 1, 3, 2.0, 0.0) == 24
        assert gaussian_expectation_mp(lambda x: x + 1, [0, 1], 2.0, 0) == [3, 6]
    with pytest.raises(ValueError, match="sigma"):
        gaussian_expectation_mp(lambda x: x, 0, 0.0, -1.0)
    with pytest.raises(ValueError, match="n"):
        gaussian_expectation_mp(lambda x: x, -1, 0.0, 1.0)


def test_mp_reference_kinks_matter():
    # E|x - t| = s (2 phi(c) + c (2 Phi(c) - 1)), c = (mu - t)/s: exact with the kink declared
    mu, s, t = 0.4, 1.3, 0.123
    with mp.workdps(DPS):
        c = (mp.mpf(mu) - t) / s
        exact = s * (2 * mp.npdf(c) + c * (2 * mp.ncdf(c) - 1))
        got = gaussian_expectation_mp(lambda x: abs(x - mp.mpf(t)), 0, mu, s, kinks=(t,))
        assert abs(got / exact - 1) < mp.mpf(10) ** -34


@pytest.mark.slow
def test_mp_reference_refuses_undeclared_kink():
    # without the kink Gauss-Legendre cannot converge on the kinked piece: the reference refuses
    with mp.workdps(20), pytest.raises(ArithmeticError, match="no convergence"):
        gaussian_expectation_mp(lambda x: abs(x - mp.mpf(0.123)), 0, 0.4, 1.3)


# ------------------------------------------------------------------ derivative expectations
def test_delta_expectations_against_density_derivatives():
    # E[delta^(j)(x - t)] = (-1)^j p^(j)(t), p the N(mu, s^2) density: differentiate p in mpmath
    for t, mu, s in ((0.0, 0.3, 0.7), (1.5, -2.0, 3.0), (0.0, 0.0, 1e-2)):
        got = delta_expectations(4, t, mu, s)
        with mp.workdps(30):
            for j in range(5):
                exact = (-1) ** j * mp.diff(lambda u: mp.npdf(u, mu, s), t, j)
                assert abs(got[j] - float(exact)) <= 1e-14 * (abs(float(exact)) + s ** (-j - 1)), (t, mu, s, j)
    assert np.all(delta_expectations(3, 0.0, 1.0, 0.0) == 0)


def _sig_derivs():
    """sigmoid remainder and its classical derivatives (sigmoid' = p(1-p), etc.)."""
    def d(m):
        def f(x):
            p = expit(x)
            return [p - (x > 0), p * (1 - p), p * (1 - p) * (1 - 2 * p), p * (1 - p) * (1 - 6 * p + 6 * p * p)][m]
        return f
    return [d(m) for m in range(4)]


@pytest.mark.parametrize("mu, s", [(0.3, 0.0), (0.3, 1e-3), (-4.0, 0.5), (10.0, 7.0), (0.0, 300.0)])
def test_remainder_derivatives_give_smooth_activation_derivatives(mu, s):
    # sigmoid = Heaviside + r is smooth: E[sigmoid^(m)] = E[r^(m)_classical] (the Heaviside's deltas
    # cancel r's jump terms exactly), checked against mp integration of sigmoid^(m)
    classical = remainder_derivative_expectations(_sig_derivs(), mu, s, window=(-90, 90), breakpoints=(0,))
    with mp.workdps(DPS):
        sig = lambda x: 1 / (1 + mp.exp(-x))
        pq = lambda x: sig(x) * sig(-x)                  # p (1 - p) without cancellation
        ders = [sig, pq, lambda x: pq(x) * (sig(-x) - sig(x)),
                lambda x: pq(x) * (1 - 6 * pq(x))]
        for m in range(1, 4):
            exact = gaussian_expectation_mp(ders[m], 0, mu, s, kinks=(0,))
            scale = gaussian_expectation_mp(ders[1], 0, mu, s, kinks=(0,))   # |sigmoid^(m)| <= sigmoid'
            assert abs(classical[m] - float(exact)) <= 1e-14 * float(scale), (m, classical[m], exact)


@pytest.mark.parametrize("mu, s", [(0.3, 1.0), (-2.0, 2.5)])
def test_distributional_derivatives_match_hermite_form(mu, s):
    # with jumps, E[r^(m)] (distributional) = E[r(x) He_m(z)] / s^m (Stein), from the moments
    jumps = {0.0: [-1.0, 0.0, 0.0]}                       # r(0+) - r(0-) = -1; r', r'' continuous
    dist = remainder_derivative_expectations(_sig_derivs(), mu, s, window=(-90, 90), breakpoints=(0,), jumps=jumps)
    moments = remainder_moments(_sig_r, 3, mu, s, window=(-90, 90), breakpoints=(0,))
    # E[r He_m(z)] with z = (x - mu)/s expanded in raw moments of x
    he = [[1], [0, 1], [-1, 0, 1], [0, -3, 0, 1]]
    for m in range(4):
        z_moments = [sum(math.comb(i, j) * moments[j] * (-mu) ** (i - j) for j in range(i + 1)) / s ** i
                     for i in range(m + 1)]
        hermite = sum(c * z_moments[i] for i, c in enumerate(he[m])) / s ** m
        assert abs(dist[m] - hermite) < 1e-13 * max(1.0, abs(hermite)), (m, dist[m], hermite)


@pytest.mark.parametrize("mu,s", [(-3.0, 7.0), (240.0, 60.0), (-2.0, 1000.0)])
def test_remainder_hermite_expectations_against_mpmath(mu, s):
    """E[r(x) He_m(z)] for r = tanh - sign (a jump at 0, decaying like 2 e^-2|x|) against mp.quad
    split at 0, relative to E|r He_m(z)|."""
    from gaussym.kernels.quadrature import remainder_hermite_expectations

    def r(x):
        return np.tanh(x) - np.sign(x)

    got = remainder_hermite_expectations(r, 6, mu, s, window=(-18.0, 18.0), breakpoints=(0.0,))
    with mp.workdps(22):
        mu_, s_ = mp.mpf(mu), mp.mpf(s)

        def he(m, z):
            return mp.hermite(m, z / mp.sqrt(2)) / mp.mpf(2) ** (mp.mpf(m) / 2)

        for m in (0, 1, 3, 6):
            def f(x, absval=False):
                v = (mp.tanh(x) - mp.sign(x)) * he(m, (x - mu_) / s_) * mp.npdf(x, mu_, s_)
                return abs(v) if absval else v
            pts = [-40, -10, -3, -1, 0, 1, 3, 10, 40]
            want = mp.quad(f, pts)
            scale = mp.quad(lambda x: f(x, True), pts)
            assert abs(got[m] - want) <= 1e-14 * scale, (m, got[m], want)
