"""Activations without closed forms (sigmoid, tanh, silu/swish, softplus, mish): closed-form asymptote
plus a quadrature of the exponentially decaying remainder, against independent mpmath quadrature.

Bar: error <= 1e-12 relative to E|x^n act(x)|. Default run: a small grid through the hard
regimes (sigma = 7 where a fixed Gauss-Hermite rule fails, sigma = 1e3, tiny sigma, |mu| = 50);
@slow: mu in [-50, 50] x sigma in [1e-3, 1e3], n <= 8.
"""
from __future__ import annotations

import mpmath as mp
import numpy as np
import pytest

import gaussym
from test_activation_closed import worst_error
from test_activation_derivatives import hermite_reference
from test_activation_reference import MP_ACTS, reference_all

NUMERIC = ["sigmoid", "tanh", "silu", "softplus", "mish"]
TOL = 1e-12
DEFAULT = [(0.3, 7.0), (-50.0, 1e-3), (2.0, 1e3), (-3.0, 0.5), (20.0, 1.0)]


@pytest.mark.parametrize("act", NUMERIC)
def test_numeric_moments_default_grid(act):
    worst_error(act, DEFAULT, tol=TOL)


def test_fixed_gauss_hermite_fails_where_we_do_not():
    # the public reference implementation integrates with 50-point Gauss-Hermite: at sigma = 7 the
    # sigmoid looks like a step between its nodes
    mu, s = 0.0, 7.0
    z, w = np.polynomial.hermite_e.hermegauss(50)
    gh = np.sum(w / w.sum() * 1 / (1 + np.exp(-(mu + s * 1.3 + s * z))))   # shifted mean 1.3 s
    want, _ = reference_all(MP_ACTS["sigmoid"], 0, mu + 1.3 * s, s)
    assert abs(gh - float(want[0])) > 1e-4                                 # GH50: wrong in the 4th digit
    got = gaussym.expect("sigmoid", 0, mu + 1.3 * s, s)
    assert abs(got - float(want[0])) < 1e-14


def test_swish_alias():
    np.testing.assert_array_equal(gaussym.expect("swish", 3, [0.1, -2.0], 1.5), gaussym.expect("silu", 3, [0.1, -2.0], 1.5))


@pytest.mark.parametrize("act", ["sigmoid", "silu", "mish"])
def test_numeric_derivatives_hermite(act):
    for mu, s in [(0.3, 1.0), (-2.0, 4.0), (0.5, 0.01)]:
        got = gaussym.get_activation(act).derivative_expectations(3, mu, s)
        wants, scales = hermite_reference(act, 3, mu, s)
        for m in range(4):
            tol = 1e-11 * abs(wants[m]) + mp.mpf("1e-20") * scales[m] + 1e-300
            assert abs(mp.mpf(float(got[m])) - wants[m]) <= tol, (act, m, mu, s, got[m], mp.nstr(wants[m], 17))


def test_numeric_mp_kernels():
    with mp.workdps(30):
        got = gaussym.expect("softplus", 2, -1.0, 3.0, dps=30)
        want, absval = reference_all(MP_ACTS["softplus"], 2, -1.0, 3.0)
        assert abs(got - want[2]) <= mp.mpf("1e-25") * absval[2]


def _full_grid():
    mus = [-50, -20, -5, -1, -0.1, 0, 0.3, 2, 10, 50]
    sigmas = [1e-3, 0.05, 1, 7, 100, 1e3]
    return [(float(m), float(s)) for m in mus for s in sigmas]


@pytest.mark.slow
@pytest.mark.parametrize("act", NUMERIC)
def test_numeric_moments_full_grid(act):
    worst = worst_error(act, _full_grid(), tol=TOL)
    print(f"{act}: worst relative error {worst:.2e}")
