"""TEMPORARY SHIM (to be replaced by the generated-kernel registry): the contract only.

Contract (kept by the real implementation):
    get_activation(act, **params) -> Activation      act: name or Activation
    register_activation(act)                          makes act.name usable by name
    known_activations() -> list[str]
    Activation.name, .params, __call__(x) (numpy), 
    Activation.moments(nmax, mu, sigma) -> (nmax+1, *shape)   E[x^n act(x)], n = 0..nmax
    Activation.derivative_expectations(mmax, mu, sigma) -> (mmax+1, *shape)  E[act^(m)(x)]
The shim integrates with 400-point Gauss-Hermite: NOT accurate for large sigma / tails.
"""
from __future__ import annotations

import numpy as np
from scipy import special

_FUNCS = {
    "identity": lambda x, p: x,
    "relu": lambda x, p: np.maximum(x, 0.0),
    "leaky_relu": lambda x, p: np.where(x > 0, x, p.get("negative_slope", 0.01) * x),
    "gelu": lambda x, p: x * special.ndtr(x),
    "erf": lambda x, p: special.erf(x),
    "exp": lambda x, p: np.exp(x),
    "elu": lambda x, p: np.where(x > 0, x, p.get("alpha", 1.0) * np.expm1(np.minimum(x, 0))),
    "sigmoid": lambda x, p: special.expit(x),
    "tanh": lambda x, p: np.tanh(x),
    "silu": lambda x, p: x * special.expit(x),
    "softplus": lambda x, p: np.logaddexp(0.0, x),
    "mish": lambda x, p: x * np.tanh(np.logaddexp(0.0, x)),
    "square": lambda x, p: x * x,
}
_FUNCS["swish"] = _FUNCS["silu"]
_Z, _W = np.polynomial.hermite_e.hermegauss(150)
_W = _W / _W.sum()


class Activation:
    def __init__(self, name, params=None):
        self.name, self.params = name, dict(params or {})

    def __call__(self, x):
        return _FUNCS[self.name](np.asarray(x, dtype=float), self.params)

    def moments(self, nmax, mu, sigma):
        mu, sigma = np.broadcast_arrays(np.asarray(mu, float), np.asarray(sigma, float))
        x = mu[..., None] + sigma[..., None] * _Z
        fx = self(x) * _W
        return np.stack([np.sum(x ** n * fx, axis=-1) for n in range(nmax + 1)])

    def derivative_expectations(self, mmax, mu, sigma):
        mu, sigma = np.broadcast_arrays(np.asarray(mu, float), np.asarray(sigma, float))
        z = _Z
        fx = self(mu[..., None] + sigma[..., None] * z) * _W
        out = []
        for m in range(mmax + 1):
            he = np.polynomial.hermite_e.hermeval(z, [0] * m + [1])
            out.append(np.sum(fx * he, axis=-1) / np.where(sigma > 0, sigma, 1.0) ** m)
        return np.stack(out)


def get_activation(act, **params):
    if isinstance(act, Activation):
        return act
    if act not in _FUNCS:
        raise ValueError(f"unknown activation {act!r}; known: {', '.join(sorted(_FUNCS))}")
    return Activation(act, params)


def register_activation(act):
    raise NotImplementedError


def known_activations():
    return sorted(_FUNCS)
