"""TEMPORARY SHIM: expect / expect_derivative (to be replaced by the kernel-backed version)."""
from gaussym.activations import get_activation


def expect(act, n, mu, sigma, **params):
    return get_activation(act, **params).moments(n, mu, sigma)[n]


def expect_derivative(act, m, mu, sigma, **params):
    return get_activation(act, **params).derivative_expectations(m, mu, sigma)[m]
