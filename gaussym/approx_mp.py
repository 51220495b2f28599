"""High-precision approximants (``dps=``): dense normal equations in mpmath.

An independent route from the float64 assembly (no Hermite expansion, no whitening): raw
monomial features phi(x) of degree 1..n, E_mix[phi phi^T] by Isserlis with means per
component, and cross moments E[act(u) x^S] by conditioning on u = w.x + b ~ N(m, s^2):
    x | u = mu + c z / s + e,  z = (u - m) / s,  c = Sigma w,  e ~ N(0, Sigma - c c^T / s^2),
    E[x^S | z] = sum_(T subset S) prod_(a in T) (c_a / s) z^|T| * E[e-moment of S \\ T about mu]
(the Master Theorem), so E[act(u) x^S] = sum_i coef_i E[act(u) z^i]: univariate moments from
the activation's mpmath kernels (``moments_mp``) or from split mpmath quadrature.
GLU units act(a) (v.x + c) are linear in x outside act, so they reuse the same moments.

Returns a PolyApprox whose float64 view works as usual and whose ``mp_coefs`` is the list of
symmetric coefficient tensors as numpy object arrays of ``mpmath.mpf`` (degree 0..n).
Practical for small layers (d <= 8, h <= 16, degree <= 3).
"""
from __future__ import annotations

import math
import time
from functools import lru_cache
from itertools import combinations, combinations_with_replacement, permutations

import mpmath
import numpy as np

from gaussym.polyapprox import DenseBlock, PolyApprox

MIN_DPS = 15

#: mpmath versions of the built-in activations (used by the quadrature route)
MP_ACTIVATIONS = {
    "identity": lambda x, p: x,
    "relu": lambda x, p: x if x > 0 else mpmath.mpf(0),
    "leaky_relu": lambda x, p: x if x > 0 else p.get("negative_slope", 0.01) * x,
    "gelu": lambda x, p: x * mpmath.ncdf(x),
    "erf": lambda x, p: mpmath.erf(x),
    "exp": lambda x, p: mpmath.exp(x),
    "elu": lambda x, p: x if x > 0 else p.get("alpha", 1.0) * mpmath.expm1(x),
    "square": lambda x, p: x * x,
    "sigmoid": lambda x, p: 1 / (1 + mpmath.exp(-x)),
    "tanh": lambda x, p: mpmath.tanh(x),
    "silu": lambda x, p: x / (1 + mpmath.exp(-x)),
    "softplus": lambda x, p: mpmath.log1p(mpmath.exp(x)),
    "mish": lambda x, p: x * mpmath.tanh(mpmath.log1p(mpmath.exp(x))),
}


def quad_z_moments(act_name, params, m, s, imax):
    """[E[act(m + s z) z^i] for i <= imax] by mpmath quadrature split at the kink, the mode and +-k."""
    f = MP_ACTIVATIONS[act_name]
    if s == 0:
        val = f(mpmath.mpf(m), params)
        return [val * _std_normal_moment(i) for i in range(imax + 1)]
    points = sorted({mpmath.mpf(v) for v in (-40, -16, -8, -4, -2, 0, 2, 4, 8, 16, 40)}
                    | ({-mpmath.mpf(m) / s} if abs(m / s) < 40 else set()))
    points = [-mpmath.inf] + points + [mpmath.inf]
    return [mpmath.quad(lambda z, i=i: f(m + s * z, params) * z**i * mpmath.npdf(z), points)
            for i in range(imax + 1)]


def _std_normal_moment(i):
    return mpmath.mpf(0) if i % 2 else mpmath.mpf(math.prod(range(1, i, 2)))


def kernel_z_moments(act, m, s, imax):
    """E[act(u) z^i] from the kernel's E[u^k act(u)]: z^i = sum_k C(i,k) u^k (-m)^(i-k) / s^i."""
    if s == 0:
        val = act.moments_mp(0, m, 0)[0]
        return [val * _std_normal_moment(i) for i in range(imax + 1)]
    U = act.moments_mp(imax, m, s)
    return [sum(math.comb(i, k) * U[k] * (-m) ** (i - k) for k in range(i + 1)) / s**i for i in range(imax + 1)]


def _isserlis_mp(indices: tuple, mu, S):
    """E[prod x_i] for x ~ N(mu, S) (mpmath matrices), recursion over the first index."""
    @lru_cache(maxsize=None)
    def rec(idx):
        if not idx:
            return mpmath.mpf(1)
        a, rest = idx[0], idx[1:]
        total = mu[a] * rec(rest)
        for j in range(len(rest)):
            total += S[a, rest[j]] * rec(rest[:j] + rest[j + 1:])
        return total
    return rec(tuple(indices))


class _Component:
    """One mixture component in mpmath with memoised moments."""

    def __init__(self, mu, S):
        self.mu, self.S = mu, S
        self.cache = {}

    def moment(self, idx):
        key = tuple(sorted(idx))
        if key not in self.cache:
            self.cache[key] = _isserlis_mp(key, self.mu, self.S)
        return self.cache[key]


def _cross_moments(comp: _Component, w, b, z_moments, monomials):
    """E[act(w.x + b) x^S] for every monomial S (tuple of indices), by the conditional expansion."""
    d = len(comp.mu)
    m = sum(w[a] * comp.mu[a] for a in range(d)) + b
    c = [sum(comp.S[a, k] * w[k] for k in range(d)) for a in range(d)]
    var = sum(w[a] * c[a] for a in range(d))
    s = mpmath.sqrt(var) if var > 0 else mpmath.mpf(0)
    imax = max(len(S) for S in monomials)
    zm = z_moments(m, s, imax)
    if s == 0:
        return {S: zm[0] * comp.moment(S) for S in monomials}
    resid = _Component(comp.mu, mpmath.matrix([[comp.S[a, k] - c[a] * c[k] / var for k in range(d)] for a in range(d)]))
    out = {}
    for S in monomials:
        total = mpmath.mpf(0)
        positions = range(len(S))
        for size in range(len(S) + 1):
            for T in combinations(positions, size):
                rest = tuple(S[p] for p in positions if p not in T)
                total += math.prod((c[S[p]] / s for p in T), start=mpmath.mpf(1)) * resid.moment(rest) * zm[size]
        out[S] = total
    return out


def _solve(dist, n, unit_terms, d_out, const_out, dps, info):
    """Normal equations in raw monomials. unit_terms(comp) -> (d_out, 1 + D) E_k[f Phi] (without const)."""
    monos = [()] + [S for l in range(1, n + 1) for S in combinations_with_replacement(range(dist.d), l)]
    D1 = len(monos)
    M = mpmath.zeros(D1, D1)
    rhs = mpmath.zeros(d_out, D1)
    for pi, mu, S in zip(dist.weights, dist.means, dist.covs):
        pi = mpmath.mpf(float(pi))
        comp = _Component(mpmath.matrix([mpmath.mpf(float(v)) for v in mu]),
                          mpmath.matrix([[mpmath.mpf(float(v)) for v in row] for row in S]))
        for i, A in enumerate(monos):
            for j in range(i, D1):
                val = pi * comp.moment(A + monos[j])
                M[i, j] += val
                if j != i:
                    M[j, i] += val
        cross = unit_terms(comp, monos)
        for o in range(d_out):
            for i in range(D1):
                rhs[o, i] += pi * cross[o][i]
    # centred normal equations: Cov(phi) theta = Cov(phi, f)
    cov = mpmath.matrix(D1 - 1, D1 - 1)
    for i in range(1, D1):
        for j in range(1, D1):
            cov[i - 1, j - 1] = M[i, j] - M[0, i] * M[0, j]
    thetas = []
    for o in range(d_out):
        r = mpmath.matrix([rhs[o, i] - rhs[o, 0] * M[0, i] for i in range(1, D1)])
        theta = mpmath.lu_solve(cov, r)
        c0 = rhs[o, 0] - sum(theta[i - 1] * M[0, i] for i in range(1, D1)) + const_out[o]
        thetas.append([c0] + [theta[i] for i in range(D1 - 1)])
    info["condition_number"] = float(mpmath.cond(cov)) if D1 > 1 else 1.0
    # coefficient of each monomial -> symmetric tensors (split evenly over permutations)
    tensors = [np.empty((d_out,) + (dist.d,) * l, dtype=object) for l in range(n + 1)]
    for T in tensors:
        T.fill(mpmath.mpf(0))
    for o in range(d_out):
        for k, S in enumerate(monos):
            perms = set(permutations(S))
            for P in perms:
                tensors[len(S)][(o,) + P] = thetas[o][k] / len(perms)
    return tensors


def _finish(tensors, dist, n, network, info, t0):
    d = dist.d
    floats = [np.vectorize(float, otypes=[float])(T) for T in tensors]
    block = DenseBlock(np.eye(d), np.zeros(d), floats)
    info["time"] = time.perf_counter() - t0
    approx = PolyApprox([block], np.zeros(floats[0].shape[0]), d=d, degree=n, network=network,
                        distribution=dist, info=info)
    approx.mp_coefs = tensors
    return approx


def _check_dps(dps):
    if isinstance(dps, bool) or not isinstance(dps, (int, np.integer)) or dps < MIN_DPS:
        raise ValueError(f"dps must be an integer >= {MIN_DPS} (decimal digits), got {dps!r}")
    return int(dps)


def _z_moment_source(act, source):
    if source == "quadrature" or not hasattr(act, "moments_mp"):
        if act.name not in MP_ACTIVATIONS:
            raise ValueError(f"no mpmath form for activation {act.name!r}; known: {', '.join(sorted(MP_ACTIVATIONS))}")
        return lambda m, s, imax: quad_z_moments(act.name, act.params, m, s, imax)
    return lambda m, s, imax: kernel_z_moments(act, m, s, imax)


def _mp_vec(row):
    return [mpmath.mpf(float(v)) for v in row]


def mp_mlp_approx(W1, b1, W2, b2, act, n, dist, *, dps, network=None, source="kernel"):
    """mlp_approx at ``dps`` digits (see module docstring)."""
    dps, t0 = _check_dps(dps), time.perf_counter()
    with mpmath.workdps(dps):
        z_moments = _z_moment_source(act, source)
        W1m, b1m = [_mp_vec(r) for r in W1], _mp_vec(b1)

        def unit_terms(comp, monos):
            per_unit = [_cross_moments(comp, W1m[j], b1m[j], z_moments, monos) for j in range(len(W1m))]
            return [[sum(mpmath.mpf(float(W2[o, j])) * per_unit[j][S] for j in range(len(W1m))) for S in monos]
                    for o in range(W2.shape[0])]

        info = {"layer": "mlp", "act": act.name, "degree": n, "K": dist.K, "method": "mpmath-normal-equations",
                "solver": "mpmath-lu", "dps": dps}
        tensors = _solve(dist, n, unit_terms, W2.shape[0], _mp_vec(b2), dps, info)
        return _finish(tensors, dist, n, network, info, t0)


def mp_glu_approx(W, b1, V, b2, W2, b_out, act, n, dist, *, dps, network=None, source="kernel"):
    """glu_approx at ``dps`` digits: E[act(a) (v.x + c) x^S] = sum_a v_a E[act(a) x^(S+a)] + c E[act(a) x^S]."""
    dps, t0 = _check_dps(dps), time.perf_counter()
    h, d = W.shape
    mix = np.eye(h) if W2 is None else W2
    with mpmath.workdps(dps):
        z_moments = _z_moment_source(act, source)
        Wm, Vm, b1m, b2m = [_mp_vec(r) for r in W], [_mp_vec(r) for r in V], _mp_vec(b1), _mp_vec(b2)

        def unit_terms(comp, monos):
            wider = sorted({tuple(sorted(S + (a,))) for S in monos for a in range(d)} | set(monos), key=len)
            out = [[mpmath.mpf(0)] * len(monos) for _ in range(mix.shape[0])]
            for j in range(h):
                cm = _cross_moments(comp, Wm[j], b1m[j], z_moments, wider)
                unit = [sum(Vm[j][a] * cm[tuple(sorted(S + (a,)))] for a in range(d)) + b2m[j] * cm[S] for S in monos]
                for o in range(mix.shape[0]):
                    if mix[o, j] != 0:
                        wgt = mpmath.mpf(float(mix[o, j]))
                        for k in range(len(monos)):
                            out[o][k] += wgt * unit[k]
            return out

        info = {"layer": "glu", "act": act.name, "degree": n, "K": dist.K, "method": "mpmath-normal-equations",
                "solver": "mpmath-lu", "dps": dps}
        tensors = _solve(dist, n, unit_terms, mix.shape[0], _mp_vec(b_out), dps, info)
        return _finish(tensors, dist, n, network, info, t0)
