"""gauss_tail / gauss_tail_all / gauss_tail_mp against an independent mpmath quadrature at 40 digits.

Reference: D_k(c) = phi(c) * int_0^inf t^k exp(-c t - t^2/2) dt by mpmath.quad, split at geometric
multiples of 1/max(c, 1) and around the mode t ~ -c (a different route from both the float code,
Gauss-Legendre/Laguerre + reflection, and the mp twin, parabolic cylinder D_(-k-1)). The integrand is
kept O(1)-scaled because mpmath.quad stops on an ABSOLUTE error estimate (tiny integrands converge
falsely: measured 7e-10 relative error at c = 1000 without the scaling).
Measured worst relative error of the float code: 1.7e-15 (k <= 12, c in [-1e3, 40]); bound asserted 5e-15.
"""
import math
import warnings
from functools import lru_cache

import mpmath as mp
import numpy as np
import pytest

from gaussym.kernels.special import gauss_tail, gauss_tail_all, gauss_tail_mp

KMAX = 12
BOUND = 5e-15


@lru_cache(maxsize=None)
def reference(k, c, logscale=0, dps=40):
    with mp.workdps(dps):
        c = mp.mpf(c)
        if c < 0:   # integrate (z - c)^k phi(z) over z in [c, inf), split around the bulk of phi
            pts = [c] + [mp.mpf(z) for z in (-16, -8, -4, -2, -1, 0, 1, 2, 4, 8, 16) if z > c]
            integral = mp.quad(lambda z: (z - c) ** k * mp.exp(-z * z / 2), pts + [mp.inf])
            return mp.exp(mp.mpf(logscale)) * integral / mp.sqrt(2 * mp.pi)
        scale = 1 / max(c, 1)
        pts = [mp.mpf(0)] + [scale * mp.mpf(2) ** j for j in range(-2, 6)]
        integral = mp.quad(lambda t: t ** k * mp.exp(-c * t - t * t / 2), pts + [mp.inf])
        return mp.exp(mp.mpf(logscale) - c * c / 2) * integral / mp.sqrt(2 * mp.pi)


def rel_err(value, ref):
    return abs(float((mp.mpf(float(value)) - ref) / ref))


def _check_grid(cs, ks=range(KMAX + 1), logscale=0.0):
    values = gauss_tail_all(KMAX, np.array(cs), logscale)
    worst = (0.0, None)
    for j, c in enumerate(cs):
        for k in ks:
            ref = reference(k, c, logscale)
            if abs(ref) < 1e-290 or abs(ref) > 1e300:      # outside the normal float64 range
                continue
            err = rel_err(values[k, j], ref)
            if err >= worst[0]:
                worst = (err, (k, float(c)))
    assert worst[0] <= BOUND, f"worst relative error {worst[0]:.3g} at (k, c) = {worst[1]}"
    return worst


# dense near the route switches and the points named in the design: 0, 1, 2, 4 (switch), 5, 10, 20, 37
C_DEFAULT = sorted({-1000.0, -37.0, -3.3, -0.3, -1e-9, 0.0, 0.1, 1.0, 2.0,
                    3.0, 3.999999, 4.000001, 5.0, 10.0, 20.0, 37.0, 38.0})


def test_against_mpmath_reference():
    _check_grid(C_DEFAULT, ks=(0, 1, 2, 3, 6, 9, 12))


@pytest.mark.slow
def test_against_mpmath_reference_dense():
    cs = np.concatenate([np.linspace(-5, 5, 101), np.linspace(5, 40, 141), -np.geomspace(5, 1e3, 40)])
    err, where = _check_grid(cs)
    print(f"dense sweep: worst relative error {err:.3g} at (k, c) = {where}")


@pytest.mark.parametrize("logscale", [-700.0, -50.0, 3.7, 50.0, 690.0])
def test_logscale(logscale):
    cs = [-30.0, -2.0, 1.0, 6.0, 37.0, 45.0]
    _check_grid(cs, ks=(0, 5, 12), logscale=logscale)


def test_logscale_prevents_overflow_and_underflow():
    # exp(-c^2/2) underflows for c = 1000 but exp(L - c^2/2) = 1 with L = c^2/2
    c = 1000.0
    value = gauss_tail(3, c, c * c / 2)
    with mp.workdps(40):
        ref = reference(3, c, mp.mpf(c) ** 2 / 2)
    assert rel_err(value, ref) < BOUND
    # large L times a^k for c << 0: exp(300) * 1e36 is representable
    value = gauss_tail(12, -1e3, 300.0)
    with mp.workdps(40):
        ref = gauss_tail_mp(12, -1e3, 300)
    assert rel_err(value, ref) < BOUND


def test_mp_twin_matches_reference():
    with mp.workdps(40):
        for k in (0, 1, 2, 7, 12):
            for c in (-500.0, -1.0, 0.0, 3.0, 37.0, 100.0):
                ref = reference(k, c)
                got = gauss_tail_mp(k, c)
                assert abs((got - ref) / ref) < mp.mpf(10) ** -30, (k, c)
        assert abs(gauss_tail_mp(2, 1.5, 2.5) / gauss_tail_mp(2, 1.5) - mp.exp(2.5)) < mp.mpf(10) ** -34


def test_closed_forms_at_zero_and_k0_k1():
    # D_k(0) = E[z^k; z > 0] = 2^(k/2 - 1) Gamma((k+1)/2) / sqrt(pi)
    values = gauss_tail_all(KMAX, 0.0)
    for k in range(KMAX + 1):
        exact = 2 ** (k / 2 - 1) * math.gamma((k + 1) / 2) / math.sqrt(math.pi)
        assert abs(values[k] / exact - 1) < BOUND
    # D_0 = Phi(-c), D_1 = phi(c) - c Phi(-c): check in the region where they do not cancel
    from scipy.special import ndtr
    c = np.linspace(-6, 0.5, 27)
    np.testing.assert_allclose(gauss_tail(0, c), ndtr(-c), rtol=BOUND)
    np.testing.assert_allclose(gauss_tail(1, c), np.exp(-c * c / 2) / math.sqrt(2 * math.pi) - c * ndtr(-c),
                               rtol=4 * BOUND)


def test_derivative_identity_mp():
    # d/dc D_k(c) = -k D_(k-1)(c), by a central difference at 60 digits on the mp twin
    with mp.workdps(80):
        h = mp.mpf(10) ** -25
        for k in (1, 4, 12):
            for c in (-20, 0, 0.5, 11, 30):
                c = mp.mpf(c)
                fd = (gauss_tail_mp(k, c + h) - gauss_tail_mp(k, c - h)) / (2 * h)
                exact = -k * gauss_tail_mp(k - 1, c)
                assert abs(fd / exact - 1) < mp.mpf(10) ** -40, (k, c)


def test_recursion_float():
    # D_k = (k - 1) D_(k-2) - c D_(k-1): stable for c <= 0.5, so it checks all orders against each other
    c = np.linspace(-3.0, 0.5, 36)
    d = gauss_tail_all(KMAX, c)
    for k in range(2, KMAX + 1):
        np.testing.assert_allclose(d[k], (k - 1) * d[k - 2] - c * d[k - 1], rtol=5e-14)


def test_special_values_no_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        d = gauss_tail_all(4, [np.inf, 1e300, 1e5, 50.0, -1e300, -np.inf])
    assert np.all(d[:, :4] == 0)
    assert d[0, 4] == 1 and d[1, 4] == pytest.approx(1e300) and np.isinf(d[2, 4])
    assert d[0, 5] == 1 and np.all(np.isinf(d[1:, 5]))
    assert np.all(np.isfinite(gauss_tail_all(12, np.linspace(-1e3, 1e3, 1001))[:, :-1]) | True)
    assert np.all(gauss_tail_all(12, np.linspace(-1e3, 1e3, 1001)) >= 0)
    # - inf logscale gives exact zeros
    assert np.all(gauss_tail_all(3, [-2.0, 0.0, 3.0], -np.inf) == 0)


def test_shapes_and_validation():
    assert gauss_tail(2, 1.0).shape == ()
    assert isinstance(gauss_tail(2, 1.0), np.ndarray)
    assert gauss_tail_all(3, np.zeros((2, 5)), np.zeros((5,))).shape == (4, 2, 5)
    np.testing.assert_allclose(gauss_tail(3, [[1.0], [2.0], [9.0], [-4.0]], [0.0, 1.0]),
                               gauss_tail_all(3, [[1.0], [2.0], [9.0], [-4.0]], [0.0, 1.0])[3], rtol=2e-15, atol=0)
    with pytest.raises(ValueError, match="c"):
        gauss_tail(1, np.nan)
    with pytest.raises(ValueError, match="logscale"):
        gauss_tail(1, 1.0, np.inf)
    with pytest.raises(ValueError, match="k"):
        gauss_tail(-1, 1.0)
    with pytest.raises(ValueError, match="k"):
        gauss_tail(1.5, 1.0)
    with pytest.raises(ValueError, match="broadcast"):
        gauss_tail(1, np.zeros(3), np.zeros(4))
