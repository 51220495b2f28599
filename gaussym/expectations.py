"""Public numeric API: E[x^n act(x)] and E[act^(m)(x)] for x ~ N(mu, sigma^2).

Backed by the generated kernels (closed forms where they exist, asymptote + quadrature of
a decaying remainder otherwise); no SymPy. ``sigma`` is a STANDARD DEVIATION; sigma = 0 is
the point mass at mu. With ``dps`` set, values come from the mpmath kernels at that many
decimal digits: an mpmath ``mpf`` for scalar input, an object ndarray of ``mpf`` otherwise.
"""
from __future__ import annotations

import numpy as np

from gaussym._validate import as_float_array, broadcast, check_int, check_nonnegative
from gaussym.activations import get_activation

__all__ = ["expect", "expect_derivative"]

#: fewer digits than float64 carries would make the high-precision path less precise than the default one
MIN_DPS = 15


def _validated(mu, sigma):
    mu = as_float_array(mu, "mu")
    sigma = check_nonnegative(as_float_array(sigma, "sigma"), "sigma")
    return broadcast({"mu": mu, "sigma": sigma})


def _mp_eval(kernel, order, mu, sigma, dps):
    import mpmath

    dps = check_int(dps, "dps", minimum=MIN_DPS)
    mu_b, sigma_b = _validated(mu, sigma)
    scalar = mu_b.ndim == 0
    out = np.empty(mu_b.shape, dtype=object)
    with mpmath.workdps(dps):
        for idx in np.ndindex(mu_b.shape):
            # exact decimal value of the float64 input
            out[idx] = kernel(order, mpmath.mpf(float(mu_b[idx])), mpmath.mpf(float(sigma_b[idx])))[order]
    return out[()] if scalar else out


def expect(act, n, mu, sigma, *, dps=None, **params):
    """E[x^n act(x)], x ~ N(mu, sigma^2), broadcast over mu and sigma.

    act: name (see ``known_activations``) or Activation; params: its parameters
    (e.g. negative_slope for leaky_relu). dps: evaluate in mpmath at dps >= 15 digits.
    """
    n = check_int(n, "n")
    activation = get_activation(act, **params)
    if dps is not None:
        return _mp_eval(activation.moments_mp, n, mu, sigma, dps)
    mu, sigma = _validated(mu, sigma)
    return activation.moments(n, mu, sigma)[n]


def expect_derivative(act, m, mu, sigma, *, dps=None, **params):
    """E[act^(m)(x)], x ~ N(mu, sigma^2) (= E[act(x) He_m(z)]/sigma^m), broadcast over mu and sigma."""
    m = check_int(m, "m")
    activation = get_activation(act, **params)
    if dps is not None:
        return _mp_eval(activation.derivative_expectations_mp, m, mu, sigma, dps)
    mu, sigma = _validated(mu, sigma)
    return activation.derivative_expectations(m, mu, sigma)[m]
