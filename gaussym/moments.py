"""Numeric noncentral Gaussian moments and Master-Theorem coefficients (DESIGN sections 2-3).

Noncentral moments (Isserlis/Wick with means), for X ~ N(mean, cov) and a multiset S of
indices, by the recursion (Stein's lemma applied to one factor)

    E[X_i Y] = mu_i E[Y] + sum_{j in Y} Sigma_ij E[Y \\ j],      E[empty] = 1,

memoised over sub-multisets: at most 2^n states for order n instead of the T(n) partition
terms (T(10) = 9496), and every operation is a numpy array operation over the batch.

Master Theorem: for x, y_1..y_k jointly Gaussian,
    E[g(x) y_1..y_k] = sum_m c_m E[g(x) x^m],
    c_m = sum_{|S| = m} prod_{i in S} a_i  M_{[k] \\ S}(b, Cov e),
with a_i = Cov(x, y_i)/Var x, b_i = E y_i - a_i E x and Cov e = Cov y - Cov(x,y) Cov(x,y)^T / Var x.

High precision: ``dps=`` runs the same recursion in mpmath at ``dps`` decimal digits (the float64
inputs are taken as exact). Unbatched input gives an ``mpmath.mpf`` (moments) or a 1-D object
array of mpf (coefficients); batched input gives object ndarrays of mpf of the same shapes as the
float64 results.
"""
from __future__ import annotations

from collections import Counter
from itertools import combinations

import numpy as np

from gaussym._validate import as_float_array, check_covariance, check_int, check_nonnegative

MIN_DPS = 15
#: refuse moments whose memo table (prod over distinct indices of (count + 1) sub-multisets) is larger
MAX_STATES = 1 << 22
#: the memoised recursion is as deep as the order (and float64 overflows long before)
MAX_ORDER = 300


def noncentral_moment(mean, cov, indices, *, dps=None):
    """E[prod_{i in indices} X_i] for X ~ N(mean, cov); ``indices`` is a multiset (repeats allowed).

    mean (..., d) and cov (..., d, d) broadcast over their leading batch dimensions; the result has
    the broadcast batch shape (a float for unbatched input). Indices are 0-based positions in
    range(d). cov must be symmetric positive semidefinite.
    """
    value = noncentral_moments(mean, cov, [indices], dps=dps, _name="indices")[0]
    if isinstance(value, np.ndarray) and value.dtype != object and value.shape == ():
        return float(value)
    return value


def noncentral_moments(mean, cov, index_sets, *, dps=None, _name=None):
    """Many moments of one Gaussian (batch) at once, sharing one memo table: array (len(index_sets), *batch).

    Useful for moment matrices (all monomials of degree <= 2n): sub-multisets common to several
    index sets are computed once. Same arguments and rules as :func:`noncentral_moment`; with
    ``dps`` an object array of mpmath numbers of the same shape.
    """
    mean = as_float_array(mean, "mean")
    if mean.ndim < 1:
        raise ValueError(f"mean must have shape (..., d), got a scalar {mean}")
    d = mean.shape[-1]
    cov = check_covariance(cov, "cov")
    if cov.shape[-1] != d:
        raise ValueError(f"mean has d = {d} (shape {mean.shape}) but cov has shape {cov.shape}; "
                         f"expected (..., {d}, {d})")
    if isinstance(index_sets, (str, bytes)) or not hasattr(index_sets, "__iter__"):
        raise ValueError(f"index_sets must be a sequence of index sequences, got {index_sets!r}")
    keys = [_check_indices(indices, d, _name or f"index_sets[{pos}]") for pos, indices in enumerate(index_sets)]
    batch = _batch_shape({"mean": mean.shape[:-1], "cov": cov.shape[:-2]},
                         {"mean": mean.shape, "cov": cov.shape})
    if dps is not None:
        dps = _check_dps(dps)
        mean, cov = np.broadcast_to(mean, batch + (d,)), np.broadcast_to(cov, batch + (d, d))
        out = np.empty((len(keys),) + batch, dtype=object)
        for idx in np.ndindex(*batch):
            out[(slice(None),) + idx] = _wick_mp(mean[idx], cov[idx], keys, dps)
        return out
    table = _WickTable(lambda i: mean[..., i], lambda i, j: cov[..., i, j], np.ones(batch))
    out = np.empty((len(keys),) + batch)
    for row, key in enumerate(keys):
        out[row] = table.moment(key)
    return out


def master_theorem_coefficients(mu_x, var_x, mu_y, cov_y, xcov, *, dps=None):
    """Coefficients c_0..c_k with E[g(x) y_1..y_k] = sum_m c_m E[g(x) x^m] for every g.

    Shapes: mu_x, var_x (...), mu_y (..., k), cov_y (..., k, k), xcov (..., k) = Cov(x, y_i),
    broadcast over the batch. Returns (k+1, *batch), row m multiplying E[g(x) x^m].
    var_x is a VARIANCE here (not a standard deviation). var_x = 0 means x is the constant
    mu_x: then E[g(x) prod y] = g(mu_x) E[prod y], so c_0 = E[prod y] and c_1..c_k = 0 (joint
    PSD forces xcov = 0 there). The joint covariance of (x, y) must be positive semidefinite.
    """
    mu_x = as_float_array(mu_x, "mu_x")
    var_x = check_nonnegative(as_float_array(var_x, "var_x"), "var_x")
    mu_y = as_float_array(mu_y, "mu_y")
    if mu_y.ndim < 1:
        raise ValueError(f"mu_y must have shape (..., k), got a scalar {mu_y}")
    k = mu_y.shape[-1]
    cov_y = as_float_array(cov_y, "cov_y")
    if cov_y.ndim < 2 or cov_y.shape[-2:] != (k, k):
        raise ValueError(f"cov_y must have shape (..., {k}, {k}) to match mu_y {mu_y.shape}, got {cov_y.shape}")
    xcov = as_float_array(xcov, "xcov")
    if xcov.ndim < 1 or xcov.shape[-1] != k:
        raise ValueError(f"xcov must have shape (..., {k}) to match mu_y {mu_y.shape}, got {xcov.shape}")
    batch = _batch_shape({"mu_x": mu_x.shape, "var_x": var_x.shape, "mu_y": mu_y.shape[:-1],
                          "cov_y": cov_y.shape[:-2], "xcov": xcov.shape[:-1]},
                         {"mu_x": mu_x.shape, "var_x": var_x.shape, "mu_y": mu_y.shape, "cov_y": cov_y.shape,
                          "xcov": xcov.shape})
    mu_x, var_x = np.broadcast_to(mu_x, batch), np.broadcast_to(var_x, batch)
    mu_y, xcov = np.broadcast_to(mu_y, batch + (k,)), np.broadcast_to(xcov, batch + (k,))
    cov_y = np.broadcast_to(cov_y, batch + (k, k))
    joint = np.empty(batch + (k + 1, k + 1))
    joint[..., 0, 0], joint[..., 0, 1:], joint[..., 1:, 0], joint[..., 1:, 1:] = var_x, xcov, xcov, cov_y
    check_covariance(joint, "joint covariance of (x, y) = [[var_x, xcov], [xcov, cov_y]]")
    if dps is not None:
        dps = _check_dps(dps)
        out = np.empty((k + 1,) + batch, dtype=object)
        for idx in np.ndindex(*batch):
            out[(slice(None),) + idx] = _master_mp(mu_x[idx], var_x[idx], mu_y[idx], cov_y[idx], xcov[idx], dps)
        return out
    # regression of y on x; a constant x (var_x = 0) regresses to a = 0, b = mu_y, Cov e = cov_y
    positive = var_x > 0
    safe_var = np.where(positive, var_x, 1.0)
    a = np.where(positive[..., None], xcov / safe_var[..., None], 0.0)
    b = mu_y - a * mu_x[..., None]
    resid = cov_y - np.where(positive[..., None, None], xcov[..., :, None] * xcov[..., None, :] / safe_var[..., None, None], 0.0)
    table = _WickTable(lambda i: b[..., i], lambda i, j: resid[..., i, j], np.ones(batch))
    coeffs = _combine_subsets(k, lambda i: a[..., i], table, np.ones(batch))
    return np.stack([np.broadcast_to(c, batch) for c in coeffs]).astype(float, copy=True)


# -- the recursion ---------------------------------------------------------------------------
class _WickTable:
    """Memoised E[prod_{i in key} X_i] over sorted index tuples; works for numpy arrays and mpf."""

    def __init__(self, mu, sigma, one):
        self.mu, self.sigma, self.memo = mu, sigma, {(): one}

    def moment(self, key: tuple[int, ...]):
        memo = self.memo
        if key in memo:
            return memo[key]
        first, rest = key[0], key[1:]
        value = self.mu(first) * self.moment(rest)
        # each distinct j in the rest, counted with its multiplicity: Sigma_{first j} E[rest \ j]
        for j, count in Counter(rest).items():
            pos = rest.index(j)
            term = self.sigma(first, j) * self.moment(rest[:pos] + rest[pos + 1:])
            value = value + (term if count == 1 else count * term)
        memo[key] = value
        return value


def _combine_subsets(k, a, table, one):
    """c_m = sum_{|S| = m} prod_{i in S} a_i * M_{[k] \\ S}; returns [c_0, ..., c_k]."""
    coeffs = []
    for m in range(k + 1):
        total = 0 * one
        for subset in combinations(range(k), m):
            weight = one
            for i in subset:
                weight = weight * a(i)
            rest = tuple(i for i in range(k) if i not in subset)
            total = total + weight * table.moment(rest)
        coeffs.append(total)
    return coeffs


# -- mpmath path -----------------------------------------------------------------------------
def _wick_mp(m, c, keys, dps):
    """[E[prod X_key] for key in keys] at dps digits (one shared memo)."""
    import mpmath
    with mpmath.workdps(dps):
        table = _WickTable(lambda i: mpmath.mpf(float(m[i])), lambda i, j: mpmath.mpf(float(c[i, j])), mpmath.mpf(1))
        return [+table.moment(key) for key in keys]


def _master_mp(mu_x, var_x, mu_y, cov_y, xcov, dps):
    import mpmath
    k = len(mu_y)
    with mpmath.workdps(dps):
        mpf = mpmath.mpf
        v, mx = mpf(float(var_x)), mpf(float(mu_x))
        if v > 0:
            a = [mpf(float(xcov[i])) / v for i in range(k)]
            resid = [[mpf(float(cov_y[i, j])) - mpf(float(xcov[i])) * mpf(float(xcov[j])) / v for j in range(k)]
                     for i in range(k)]
        else:
            a = [mpf(0)] * k
            resid = [[mpf(float(cov_y[i, j])) for j in range(k)] for i in range(k)]
        b = [mpf(float(mu_y[i])) - a[i] * mx for i in range(k)]
        table = _WickTable(lambda i: b[i], lambda i, j: resid[i][j], mpf(1))
        return _combine_subsets(k, lambda i: a[i], table, mpf(1))


# -- validation helpers ------------------------------------------------------------------------
def _check_indices(indices, d: int, name: str) -> tuple[int, ...]:
    if isinstance(indices, (str, bytes)) or not hasattr(indices, "__iter__"):
        raise ValueError(f"{name} must be a sequence of integers in range({d}), got {indices!r}")
    checked = []
    for pos, index in enumerate(indices):
        if isinstance(index, (bool, np.bool_)) or not isinstance(index, (int, np.integer)):
            raise ValueError(f"{name}[{pos}] = {index!r} is not an integer")
        if not 0 <= index < d:
            raise ValueError(f"{name}[{pos}] = {index} is out of range for d = {d} (0-based, 0..{d - 1})")
        checked.append(int(index))
    if len(checked) > MAX_ORDER:
        raise ValueError(f"{name}: order {len(checked)} is above the supported maximum {MAX_ORDER}")
    states = 1
    for count in Counter(checked).values():
        states *= count + 1
    if states > MAX_STATES:
        raise ValueError(f"{name}: order {len(checked)} with {len(set(checked))} distinct indices needs {states:,} "
                         f"sub-moments (limit {MAX_STATES:,}); the result would not be meaningful in float64 anyway")
    return tuple(sorted(checked))


def _check_dps(dps) -> int:
    return check_int(dps, "dps", minimum=MIN_DPS)


def _batch_shape(batch_shapes: dict, full_shapes: dict) -> tuple[int, ...]:
    """Broadcast the leading (batch) shapes; on failure name every argument and its full shape."""
    try:
        return tuple(np.broadcast_shapes(*batch_shapes.values()))
    except ValueError:
        shapes = ", ".join(f"{k} {v}" for k, v in full_shapes.items())
        raise ValueError(f"batch dimensions do not broadcast: {shapes}") from None
