"""Expected derivatives E[act^(m)(x)], x ~ N(mu, sigma^2).

References: the Hermite relation E[act^(m)(x)] = E[act(x) He_m(z)] / sigma^m, z = (x - mu)/sigma,
by mpmath quadrature at 50 digits (enough to survive its cancellation for small sigma), and
Stein's identity E[(x - mu) act(x)] = sigma^2 E[act'(x)] on the mpmath kernels.
"""
from __future__ import annotations

import mpmath as mp
import numpy as np
import pytest

import gaussym
from test_activation_reference import MP_ACTS, reference_all

CLOSED = ["identity", "relu", "leaky_relu", "gelu", "erf", "exp", "elu", "square"]


def hermite_reference(act, mmax, mu, s, dps=40):
    """[E[act(x) He_m(z)] / s^m for m = 0..mmax] and matching error scales, from the reference moments
    E[x^k act(x)]: He_m((x - mu)/s) = sum_k a_mk x^k (exact rational arithmetic in mpmath at dps digits,
    where the cancellation of the Hermite form, ~(|mu|/s)^m, costs no needed digit)."""
    with mp.workdps(dps):
        mu_, s_ = mp.mpf(mu), mp.mpf(s)
        vals, absvals = reference_all(MP_ACTS[act], mmax, mu, s, dps=dps)
        # coefficients of He_m((x - mu)/s) in powers of x, by He_(k+1) = z He_k - k He_(k-1)
        prev, cur = [mp.mpf(0)] * (mmax + 2), [mp.mpf(1)] + [mp.mpf(0)] * (mmax + 1)
        out, scales = [], []
        for m in range(mmax + 1):
            out.append(mp.fsum(c * v for c, v in zip(cur, vals)) / s_ ** m)
            scales.append(mp.fsum(abs(c) * v for c, v in zip(cur, absvals)) / s_ ** m)
            z_cur = [(cur[k - 1] if k else 0) / s_ - mu_ / s_ * cur[k] for k in range(mmax + 2)]
            prev, cur = cur, [z_cur[k] - m * prev[k] for k in range(mmax + 2)]
        return out, scales


CASES = [(-2.0, 0.5), (0.3, 0.01)]


@pytest.mark.parametrize("act", CLOSED)
def test_derivatives_match_hermite_relation(act):
    for mu, s in CASES:
        got = gaussym.get_activation(act).derivative_expectations(4, mu, s)
        wants, scales = hermite_reference(act, 4, mu, s)
        for m in range(5):
            want, scale = wants[m], scales[m]
            # error relative to the derivative's own size (plus the Hermite scale at 1e-20:
            # an exact zero such as relu'' far from the kink is then judged absolutely);
            # m = 0 is E[act] itself: relative to E|act| as everywhere (erf at mu = 0 is exactly 0)
            tol = 1e-12 * abs(want) + (mp.mpf("1e-13") if m == 0 else mp.mpf("1e-20")) * scale + 1e-300
            assert abs(mp.mpf(float(got[m])) - want) <= tol, (act, m, mu, s, got[m], mp.nstr(want, 17))


@pytest.mark.parametrize("act", CLOSED)
def test_stein_identity_on_mp_kernels(act):
    # E[(x - mu) act(x)] = sigma^2 E[act'(x)]: moments and derivatives are different kernels
    for mu, s in [(0.7, 1.3), (-3.0, 0.2), (0.0, 4.0)]:
        with mp.workdps(30):
            lhs = gaussym.expect(act, 1, mu, s, dps=30) - mp.mpf(mu) * gaussym.expect(act, 0, mu, s, dps=30)
            rhs = mp.mpf(s) ** 2 * gaussym.expect_derivative(act, 1, mu, s, dps=30)
            assert abs(lhs - rhs) <= mp.mpf("1e-24") * (abs(lhs) + abs(rhs) + 1e-30), (act, mu, s)


def test_small_sigma_no_hermite_cancellation():
    # the Hermite form would lose ~12 digits at sigma = 1e-3, m = 4; d^m/dmu^m of the closed form does not
    for act, mu in [("gelu", 0.3), ("erf", -0.2), ("elu", -0.5), ("relu", 0.01)]:
        got = gaussym.expect_derivative(act, 4, mu, 1e-3)
        want = hermite_reference(act, 4, mu, 1e-3, dps=60)[0][4]
        assert abs(got - float(want)) <= 1e-12 * abs(float(want)), (act, got, want)


def test_relu_derivatives_closed_values():
    mu, s = np.array([-1.0, 0.0, 2.0]), 0.5
    d = gaussym.get_activation("relu").derivative_expectations(2, mu, s)
    from scipy.special import ndtr
    np.testing.assert_allclose(d[1], ndtr(mu / s), rtol=1e-15)
    np.testing.assert_allclose(d[2], np.exp(-(mu / s) ** 2 / 2) / np.sqrt(2 * np.pi) / s, rtol=1e-14)


def test_point_mass_derivatives():
    d = gaussym.get_activation("gelu").derivative_expectations(2, 0.4, 0.0)
    from scipy.special import ndtr
    phi = np.exp(-0.08) / np.sqrt(2 * np.pi)
    np.testing.assert_allclose(d, [0.4 * ndtr(0.4), ndtr(0.4) + 0.4 * phi, 2 * phi - 0.16 * phi], rtol=1e-14)


def test_order_too_large_message():
    with pytest.raises(ValueError, match="max-n"):
        gaussym.expect_derivative("relu", 11, 0.0, 1.0)
    with pytest.raises(ValueError, match="max-n"):
        gaussym.expect("gelu", 11, 0.0, 1.0)


# far tails of the numeric activations: E[act^(m)] is exponentially small there, so the printed
# derivatives must not cancel (1 - tanh(x)^2 gave 4.8e-40 for E[tanh'] at (20, 0.1), exact 1.7e-17);
# (mu, sigma) with sigma < 0.5 take the direct path (act^(m) integrated), sigma >= 0.5 the asymptote split
TAIL_CASES = [("tanh", 20.0, 0.1), ("tanh", -30.0, 0.5), ("tanh", 12.0, 2.0), ("sigmoid", -30.0, 1.0),
              ("sigmoid", 25.0, 0.2), ("silu", 25.0, 0.7), ("silu", -28.0, 0.1), ("softplus", 30.0, 1.0),
              ("softplus", -25.0, 0.3), ("mish", 20.0, 0.1), ("mish", 18.0, 1.5), ("mish", -25.0, 0.8)]


@pytest.mark.parametrize("act,mu,s", TAIL_CASES)
def test_numeric_derivatives_in_the_tails(act, mu, s):
    got = gaussym.get_activation(act).derivative_expectations(3, mu, s)
    wants, _ = hermite_reference(act, 3, mu, s, dps=70)
    for m in range(1, 4):
        want = wants[m]
        assert abs(want) > mp.mpf("1e-200")                        # the case really is in a tail, not a zero
        assert abs(mp.mpf(float(got[m])) - want) <= 1e-11 * abs(want), (act, m, got[m], mp.nstr(want, 17))


ASYMPTOTES = {"tanh": lambda x: mp.sign(x), "sigmoid": lambda x: mp.mpf(x > 0), "silu": lambda x: max(x, 0),
              "softplus": lambda x: max(x, 0), "mish": lambda x: max(x, 0)}


@pytest.mark.parametrize("act", sorted(ASYMPTOTES))
def test_printed_derivatives_far_tails(act):
    """The generated act^(m) and remainder^(m) (remainder = act - asymptote) keep relative accuracy at
    |x| = 20..700, where 1 - tanh^2, sigmoid - 1 or softplus(x) - x would cancel (reference: mpmath
    derivatives at |x| + 40 digits, enough to resolve e^-|x| next to O(1))."""
    module = gaussym.get_activation(act).module
    for x in (-700.0, -60.0, -20.0, 20.0, 60.0, 700.0):
        with mp.workdps(int(abs(x)) + 40):
            for m in range(4):
                exact = mp.diff(MP_ACTS[act], mp.mpf(x), m)
                slope = 1 if (m == 1 and x > 0 and act in ("silu", "softplus", "mish")) else 0
                rem_exact = exact - (ASYMPTOTES[act](mp.mpf(x)) if m == 0 else slope)
                for got, want in ((module._ACT_DERIVATIVES[m](np.float64(x)), exact),
                                  (module._REMAINDER_DERIVATIVES[m](np.float64(x)), rem_exact)):
                    if abs(want) < mp.mpf("1e-300"):                 # below float64: must underflow, not blow up
                        assert abs(float(got)) < 1e-290, (act, x, m, got)
                    else:
                        assert abs(mp.mpf(float(got)) - want) <= 1e-13 * abs(want), (act, x, m, got, mp.nstr(want, 17))


# Derivative routes (gaussym/kernels/generated/_runtime.py): numeric activations take the split route
# (asymptote differentiated in mu + E[r He_m(z)]/s^m) for s >= 0.5, elu the moment (Hermite) route where
# |mu|/s <= log(s). The points straddle the former failures (m = 6 at s = 7: tanh 1.1e-10; at (240, 60):
# 8e-10 classical) and the tails at large s. Reference: gaussym.check's independent quadrature (30 digits).
ROUTE_POINTS = [(0.5, 7.0), (-10.0, 7.0), (5.0, 2.0), (2.0, 30.0), (240.0, 60.0), (-600.0, 60.0),
                (-3.0, 1000.0), (-100.0, 10.0), (0.3, 0.6), (-3.0, 0.5)]


@pytest.mark.parametrize("act", ["tanh", "sigmoid", "silu", "softplus", "mish", "elu"])
def test_derivative_routes_against_independent_quadrature(act):
    from gaussym.check import reference_integrals

    points = ROUTE_POINTS if act != "elu" else [p for p in ROUTE_POINTS if abs(p[0]) <= 50]
    mus, ss = np.array([p[0] for p in points]), np.array([p[1] for p in points])
    got = gaussym.get_activation(act).derivative_expectations(6, mus, ss)
    worst = (0.0, None)
    with mp.workdps(40):
        for k, (mu, s) in enumerate(points):
            ref = reference_integrals(act, mu, s, nmax=0, mmax=6, dps=30)
            for m in range(7):
                err = float(abs(mp.mpf(float(got[m, k])) - ref["D"][m]) / ref["Dabs"][m])
                worst = max(worst, (err, (m, mu, s)), key=lambda t: t[0])
    assert worst[0] <= 1e-13, worst          # measured <= 5e-15 (numeric), elu see docs/checking.md


@pytest.mark.parametrize("act", ["relu", "leaky_relu", "elu", "tanh"])
def test_deep_tail_keeps_full_precision(act):
    """At c = -mu/sigma = 37 the tail blocks take c = mu/sigma in double-double (Quotient): the rounded
    quotient alone cost ~c^2 eps/2 (relu: 5.3e-14 for moments, 9.7e-14 for E[relu'] at (-0.037, 1e-3))."""
    from gaussym.check import reference_integrals

    a = gaussym.get_activation(act)
    for mu, s in [(-0.037, 0.001), (-37.0, 1.0), (-50.0, 50.0 / 37.0)]:
        mom, der = a.moments(8, mu, s), a.derivative_expectations(6, mu, s)
        ref = reference_integrals(act, mu, s, nmax=8, mmax=6, dps=30)
        with mp.workdps(40):
            for vals, exact, scale in ((mom, ref["I"], ref["Iabs"]), (der, ref["D"], ref["Dabs"])):
                for k, v in enumerate(vals):
                    if mp.mpf("1e-300") < scale[k] < mp.mpf("1e300"):
                        err = abs(mp.mpf(float(v)) - exact[k]) / scale[k]
                        assert err <= 1e-14, (act, mu, s, k, float(err))
