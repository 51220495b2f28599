"""Least-squares polynomial approximants of MLP and GLU layers: ``mlp_approx``, ``glu_approx``.

One Gaussian N(mu, Sigma) (DESIGN 4.1): no solve. Unit j sees x only through
u_j = w_j . x + b_j ~ N(m_j, s_j^2); its degree-n projection is the truncated Hermite series
    act(u_j) ~ sum_(m<=n) E[act^(m)(u_j)] / m! * H_m(w_j . (x - mu); s_j^2),
exact for any mean, (singular) covariance and degree, stored factored (``RidgeBlock``).
A GLU unit act(a) * b lives on the plane of (w, v); its bivariate Hermite projection is
    sum_(p<=n) m_b e_p H_p / p! + eta sum_(p<n) e_p H_p / p! + s_ab (e_n H_(n-1) / (n-1)! + e_(n+1) H_n / n!)
with e_p = E[act^(p)(a)], H_p = H_p(xi; s_a^2), xi = w.(x-mu), eta = v.(x-mu), s_ab = Cov(a, b).

Mixtures sum_k pi_k N(mu_k, Sigma_k) (DESIGN 4.2): the normal equations. Because f - p_k is
orthogonal to every degree-<=n polynomial under component k (p_k its exact projection there),
    E_mix[phi f] = sum_k pi_k E_k[phi phi^T] theta_k,
so the right-hand side needs only Gaussian moments, for MLPs and GLUs alike. We solve in
whitened coordinates y = B (x - m) of the moment-matched Gaussian N(m, P) (restricted to the
range of P), densely (Cholesky) for small feature counts or, for degree 2, by matrix-free
preconditioned CG whose operator applies per-component moment identities.
"""
from __future__ import annotations

import math
import sys
import time
import warnings
from itertools import combinations_with_replacement, permutations

import numpy as np

from gaussym._validate import as_float_array, check_int
from gaussym.activations import get_activation
from gaussym.distributions import Gaussian, GaussianMixture
from gaussym.polyapprox import (DenseBlock, FVUResult, PolyApprox, RidgeBlock, check_memory)  # noqa: F401

__all__ = ["mlp_approx", "glu_approx", "PolyApprox", "FVUResult"]

#: largest feature count D + 1 solved densely under a mixture (solver="auto")
DENSE_MAX_FEATURES = 3000
#: condition number above which the dense normal equations warn
ILL_CONDITIONED = 1e10


# ------------------------------------------------------------------------------------------
# input handling
# ------------------------------------------------------------------------------------------
def _distribution(mean, cov, weights, input, d: int) -> GaussianMixture:
    """The input law from ``input=`` or from mean/cov/weights (None -> zeros / identity)."""
    if input is not None:
        if mean is not None or cov is not None or weights is not None:
            raise ValueError("give either input= or mean/cov/weights, not both")
        if not isinstance(input, GaussianMixture):
            raise ValueError(f"input must be a gaussym.Gaussian or GaussianMixture, got {type(input).__name__}")
        if input.d != d:
            raise ValueError(f"input has dimension d = {input.d} but the layer's input weights have d = {d} columns")
        return input
    mean = np.zeros(d) if mean is None else as_float_array(mean, "mean", ndim=(1, 2))
    cov = np.eye(d) if cov is None else as_float_array(cov, "cov", ndim=(2, 3))
    if mean.shape[-1] != d:
        raise ValueError(f"mean must have d = {d} entries (columns of the input weights), got shape {mean.shape}")
    if cov.shape[-2:] != (d, d):
        raise ValueError(f"cov must be ({d}, {d}) or (K, {d}, {d}), got shape {cov.shape}")
    if mean.ndim == 1 and cov.ndim == 2 and weights is None:
        return Gaussian(mean, cov)
    K = {a.shape[0] for a in (mean[None] if mean.ndim == 1 else mean, cov[None] if cov.ndim == 2 else cov)} - {1}
    if weights is not None:
        weights = as_float_array(weights, "weights", ndim=1)
        K.add(weights.shape[0])
    if len(K) > 1:
        raise ValueError(f"mixture sizes disagree: mean {mean.shape}, cov {cov.shape}, "
                         f"weights {None if weights is None else weights.shape}")
    K = K.pop() if K else 1
    means = np.broadcast_to(mean, (K, d)) if mean.ndim == 1 else np.broadcast_to(mean, (K, d))
    covs = np.broadcast_to(cov, (K, d, d))
    return GaussianMixture(weights, np.array(means), np.array(covs))


def _matrix(value, name, shape):
    """2-D/1-D weight array with the expected shape (None entries in ``shape`` are free)."""
    arr = as_float_array(value, name, ndim=len(shape))
    for got, want in zip(arr.shape, shape):
        if want is not None and got != want:
            raise ValueError(f"{name} must have shape {tuple('?' if s is None else s for s in shape)}, got {arr.shape}")
    return arr


def _bias(value, name, n):
    return np.zeros(n) if value is None else _matrix(value, name, (n,))


def _zero_variance(var: np.ndarray, directions: np.ndarray, cov_scale: float) -> np.ndarray:
    """Units whose pre-activation variance is zero up to rounding (dead or on a null direction)."""
    return var <= 1e-13 * np.einsum("hd,hd->h", directions, directions) * max(cov_scale, np.finfo(float).tiny)


def _derivative_expectations(act, nmax, m, var, dead) -> np.ndarray:
    """(nmax+1, h) E[act^(k)(u_j)]; a dead unit (zero variance) is the constant act(m_j) on the
    support, so its k >= 1 terms are zeroed (the minimum-norm choice). A unit whose spread is
    negligible against its mean (s_j <= 1e-8 max(1, |m_j|)) and whose kernel values are not
    finite is treated as dead too (it changes p by O(s_j))."""
    e = np.array(act.derivative_expectations(nmax, m, np.sqrt(var)), float).reshape(nmax + 1, -1)
    bad = ~np.all(np.isfinite(e), axis=0)
    tiny = np.sqrt(var) <= 1e-8 * np.maximum(1.0, np.abs(m))
    if np.any(bad & ~tiny & ~dead):
        j = int(np.flatnonzero(bad & ~tiny & ~dead)[0])
        raise ValueError(f"activation {act.name!r}: non-finite Gaussian expectations for unit {j} "
                         f"(mean {m[j]:.6g}, standard deviation {np.sqrt(var[j]):.6g})")
    dead = dead | (bad & tiny)
    var[dead] = 0.0
    e[0, dead] = np.asarray(act(m[dead]), float)
    e[1:, dead] = 0.0
    return e


# ------------------------------------------------------------------------------------------
# one Gaussian: factored Hermite forms (no solve)
# ------------------------------------------------------------------------------------------
def _factorials(n):
    return np.array([math.factorial(m) for m in range(n + 1)], float)


def _mlp_block(W1, b1, W2, act, n, mu, cov) -> RidgeBlock:
    """R_jm = E[act^(m)(u_j)] / m!: the truncated Hermite series of each unit (DESIGN 4.1)."""
    m = W1 @ mu + b1
    var = np.maximum(np.einsum("hd,hd->h", W1 @ cov, W1), 0.0)
    dead = _zero_variance(var, W1, np.abs(cov).max(initial=0.0))
    var[dead] = 0.0
    e = _derivative_expectations(act, n, m, var, dead)
    return RidgeBlock(W1, mu, var, (e / _factorials(n)[:, None]).T, W2)


def _glu_block(W, b1, V, b2, W2, act, n, mu, cov) -> RidgeBlock:
    """Bivariate Hermite projection of act(a) * b (module docstring), all units at once."""
    ma, mb = W @ mu + b1, V @ mu + b2
    CW = W @ cov
    var = np.maximum(np.einsum("hd,hd->h", CW, W), 0.0)
    s_ab = np.einsum("hd,hd->h", CW, V)
    dead = _zero_variance(var, W, np.abs(cov).max(initial=0.0))
    var[dead], s_ab[dead] = 0.0, 0.0
    e = _derivative_expectations(act, n + 1, ma, var, dead)
    s_ab[var == 0] = 0.0
    fact = _factorials(n + 1)
    R = (mb * e[: n + 1] / fact[: n + 1, None]).T.copy()
    R[:, n - 1] += s_ab * e[n] / fact[n - 1]
    R[:, n] += s_ab * e[n + 1] / fact[n]
    S = (e[:n] / fact[:n, None]).T.copy()
    return RidgeBlock(W, mu, var, R, W2, V=V, S=S)


# ------------------------------------------------------------------------------------------
# mixtures: whitening, features, moments, solvers
# ------------------------------------------------------------------------------------------
def _whitening(dist: GaussianMixture, rtol: float = 1e-10):
    """y = B (x - m) with Cov_mix(y) = I on the range of the total covariance P; returns B, B^+ (d, r)."""
    vals, vecs = np.linalg.eigh(dist.cov)
    keep = vals > rtol * max(vals.max(initial=0.0), np.finfo(float).tiny)
    root = np.sqrt(vals[keep])
    return (vecs[:, keep] / root).T, vecs[:, keep] * root


def _features(r: int, n: int):
    """Monomials of degree 1..n in r variables as index tuples, with multinomial multiplicities."""
    feats, mults = [], []
    for l in range(1, n + 1):
        combos = np.array(list(combinations_with_replacement(range(r), l)), dtype=np.intp).reshape(-1, l)
        counts = np.array([math.factorial(l) / np.prod([math.factorial(c) for c in np.unique(row, return_counts=True)[1]])
                           for row in combos]) if l > 1 else np.ones(len(combos))
        feats.append(combos)
        mults.append(counts)
    return feats, mults


def _isserlis(idx: np.ndarray, mu: np.ndarray, S: np.ndarray) -> np.ndarray:
    """E[prod_i y_idx[:, i]] for y ~ N(mu, S), vectorised over rows (DESIGN 2 recursion):
    E[y_a Y] = mu_a E[Y] + sum_(b in Y) S_ab E[Y \\ b]."""
    if idx.shape[1] == 0:
        return np.ones(idx.shape[0])
    first, rest = idx[:, 0], idx[:, 1:]
    out = mu[first] * _isserlis(rest, mu, S)
    for j in range(rest.shape[1]):
        out += S[first, rest[:, j]] * _isserlis(np.delete(rest, j, axis=1), mu, S)
    return out


def _moment_matrix(feats, mu, S) -> np.ndarray:
    """E[Phi Phi^T] for Phi = (1, all features) under N(mu, S) (moments of order <= 2n)."""
    if len(feats) <= 2:
        return _moment_matrix_quadratic(feats, mu, S)
    blocks = [np.zeros((1, 0), np.intp)] + feats
    sizes = [len(b) for b in blocks]
    offs = np.concatenate([[0], np.cumsum(sizes)])
    M = np.empty((offs[-1], offs[-1]))
    for p, Fp in enumerate(blocks):
        for q in range(p, len(blocks)):
            Fq = blocks[q]
            idx = np.concatenate([np.repeat(Fp, len(Fq), axis=0), np.tile(Fq, (len(Fp), 1))], axis=1)
            val = _isserlis(idx, mu, S).reshape(len(Fp), len(Fq))
            M[offs[p]:offs[p + 1], offs[q]:offs[q + 1]] = val
            M[offs[q]:offs[q + 1], offs[p]:offs[p + 1]] = val.T
    return M


def _moment_matrix_quadratic(feats, mu, S) -> np.ndarray:
    """Degree <= 2 features in closed form with G = S + mu mu^T (Isserlis with means):
    E[y_a y_b y_c] = mu_a G_bc + mu_b G_ac + mu_c G_ab - 2 mu_a mu_b mu_c,
    E[y_a y_b y_c y_d] = G_ab G_cd + G_ac G_bd + G_ad G_bc - 2 mu_a mu_b mu_c mu_d."""
    G = S + np.outer(mu, mu)
    r = mu.size
    if len(feats) == 1:
        M = np.empty((r + 1, r + 1))
        M[0, 0], M[0, 1:], M[1:, 0], M[1:, 1:] = 1.0, mu, mu, G
        return M
    a, b = feats[1][:, 0], feats[1][:, 1]
    P = a.size
    M = np.empty((1 + r + P, 1 + r + P))
    M[0, 0], M[0, 1:r + 1], M[1:r + 1, 0], M[1:r + 1, 1:r + 1] = 1.0, mu, mu, G
    M[0, r + 1:] = M[r + 1:, 0] = G[a, b]
    mab = mu[a] * mu[b]
    third = mu[:, None] * G[a, b][None] + G[:, a] * mu[b][None] + G[:, b] * mu[a][None] - 2 * mu[:, None] * mab[None]
    M[1:r + 1, r + 1:] = third
    M[r + 1:, 1:r + 1] = third.T
    M[r + 1:, r + 1:] = (np.outer(G[a, b], G[a, b]) + G[np.ix_(a, a)] * G[np.ix_(b, b)]
                         + G[np.ix_(a, b)] * G[np.ix_(b, a)] - 2 * np.outer(mab, mab))
    return M


def _tensors_to_vector(T, feats, mults) -> np.ndarray:
    """Symmetric tensors (T_0 (o,), T_l (o, r^l)) -> monomial coefficients (o, 1 + D)."""
    cols = [np.asarray(T[0])[:, None]]
    for l, (F, mult) in enumerate(zip(feats, mults), start=1):
        cols.append(T[l][(slice(None),) + tuple(F.T)] * mult)
    return np.concatenate(cols, axis=1)


def _vector_to_tensors(theta, feats, mults, r) -> list:
    """Monomial coefficients (o, 1 + D) -> symmetric tensors, coefficient split evenly over permutations."""
    o = theta.shape[0]
    T, pos = [theta[:, 0].copy()], 1
    for l, (F, mult) in enumerate(zip(feats, mults), start=1):
        vals = theta[:, pos:pos + len(F)] / mult
        pos += len(F)
        Tl = np.zeros((o,) + (r,) * l)
        for perm in set(permutations(range(l))):
            Tl[(slice(None),) + tuple(F[:, list(perm)].T)] = vals
        T.append(Tl)
    return T


def _solve_dense(dist_y, thetas, n, r, info):
    """Normal equations Cov(phi) theta = Cov(phi, f) by Cholesky (eigh fallback), in y coordinates."""
    from scipy import linalg
    feats, mults = _features(r, n)
    D1 = 1 + sum(len(F) for F in feats)
    M = np.zeros((D1, D1))
    rhs = 0.0
    for pi, mu, S, T in zip(dist_y.weights, dist_y.means, dist_y.covs, thetas):
        Mk = _moment_matrix(feats, mu, S)
        M += pi * Mk
        rhs = rhs + pi * (_tensors_to_vector(T, feats, mults) @ Mk)
    mphi = M[0, 1:]
    cov = M[1:, 1:] - np.outer(mphi, mphi)
    rhs_c = rhs[:, 1:] - rhs[:, :1] * mphi
    diag = np.sqrt(np.clip(np.diag(cov), np.finfo(float).tiny, None))
    scaled = cov / np.outer(diag, diag)
    try:
        chol = linalg.cho_factor(scaled, lower=True, check_finite=False)
        rcond = linalg.lapack.dpocon(chol[0], np.abs(scaled).sum(axis=0).max(), uplo="L")[0]
        cond = 1.0 / rcond if rcond > 0 else np.inf
        if cond > 1e14:
            raise linalg.LinAlgError("ill conditioned")
        theta = linalg.cho_solve(chol, (rhs_c / diag).T, check_finite=False).T / diag
        info["solver"] = "dense-cholesky"
    except linalg.LinAlgError:
        vals, vecs = np.linalg.eigh(scaled)
        cond = vals[-1] / max(vals[0], np.finfo(float).tiny) if vals[0] > 0 else np.inf
        keep = vals > 1e-13 * vals[-1]
        theta = ((rhs_c / diag) @ vecs[:, keep] / vals[keep]) @ vecs[:, keep].T / diag
        info["solver"] = "dense-eigh-pseudoinverse"
    info["condition_number"] = float(cond)
    if info["solver"] == "dense-eigh-pseudoinverse" and not np.isfinite(cond):
        warnings.warn("the features are linearly dependent under this input law (e.g. a mixture of point "
                      "masses): the least-squares polynomial is not unique; returning the minimum-norm one",
                      RuntimeWarning, stacklevel=5)
    elif cond > ILL_CONDITIONED:
        warnings.warn(f"feature covariance is ill-conditioned (condition number {cond:.3g} after Jacobi scaling): "
                      "the float64 coefficients may be inaccurate; try dps= or a covariance ridge", RuntimeWarning,
                      stacklevel=5)
    const = rhs[:, 0] - theta @ mphi
    return _vector_to_tensors(np.concatenate([const[:, None], theta], axis=1), feats, mults, r)


def _quadratic_operator(dist_y, c, b, A):
    """(c, b, A) -> (E q, E[y q], E[y y^T q]) for q = y^T A y + b.y + c under the mixture (DESIGN 4.2).

    Per component N(mu, S), with g = 2 A mu + b, h = mu^T A mu + b.mu + c, t = tr(A S):
    E q = t + h;  E[y q] = mu (t + h) + S g;
    E[y y^T q] = (mu mu^T + S)(t + h) + mu (S g)^T + (S g) mu^T + 2 S A S.   Batched over outputs.
    """
    o0 = np.zeros_like(c)
    o1 = np.zeros_like(b)
    o2 = np.zeros_like(A)
    for pi, mu, S in zip(dist_y.weights, dist_y.means, dist_y.covs):
        Amu = A @ mu
        th = np.einsum("oab,ab->o", A, S) + Amu @ mu + b @ mu + c
        Sg = (2 * Amu + b) @ S
        o0 += pi * th
        o1 += pi * (mu * th[:, None] + Sg)
        # S A S as two 2-D GEMMs (stacked matmul with a broadcast S falls off the BLAS path)
        SAS = np.tensordot(S, np.tensordot(A, S, axes=(2, 0)), axes=(1, 1)).transpose(1, 0, 2)
        o2 += pi * ((np.outer(mu, mu) + S) * th[:, None, None] + mu[None, :, None] * Sg[:, None, :]
                    + Sg[:, :, None] * mu[None, None, :] + 2 * SAS)
    return o0, o1, o2


def _precondition(r0, r1, R2):
    """Inverse of the operator for the moment-matched Gaussian, which is N(0, I) in y coordinates:
    b = r1, A = (R2 - r0 I) / 2, c = r0 - tr A (DESIGN 4.2 with m = 0, P = I)."""
    A = 0.5 * R2.copy()
    idx = np.arange(R2.shape[-1])
    A[:, idx, idx] -= 0.5 * r0[:, None]
    return r0 - np.einsum("oaa->o", A), r1.copy(), A


def _dot(x, y):
    return x[0] * y[0] + np.einsum("oa,oa->o", x[1], y[1]) + np.einsum("oab,oab->o", x[2], y[2])


def _solve_cg(dist_y, thetas, info, *, tol=1e-10, maxiter=2000, verbose=None):
    """Matrix-free preconditioned CG on (c, b, A), one system per output, batched."""
    rhs = (0.0, 0.0, 0.0)
    for pi, mu, S, T in zip(dist_y.weights, dist_y.means, dist_y.covs, thetas):
        part = _quadratic_operator(_Components(np.ones(1), mu[None], S[None]), *T)
        rhs = tuple(a + pi * p for a, p in zip(rhs, part))
    op = lambda x: _quadratic_operator(dist_y, *x)       # noqa: E731
    rhs_norm = np.sqrt(_dot(rhs, rhs))
    rhs_norm = np.where(rhs_norm > 0, rhs_norm, 1.0)
    x = _precondition(*rhs)                                # the moment-matched solution as the start
    Ax = op(x)
    res = tuple(a - b for a, b in zip(rhs, Ax))
    z = _precondition(*res)
    p = z
    rz = _dot(res, z)
    start, last_report, it = time.perf_counter(), time.perf_counter(), 0
    rel = np.sqrt(_dot(res, res)) / rhs_norm
    history = [float(rel.max())]
    while rel.max() > tol and it < maxiter:
        Ap = op(p)
        pAp = _dot(p, Ap)
        alpha = np.where(pAp > 0, rz / np.where(pAp > 0, pAp, 1.0), 0.0)
        x = _axpy(x, alpha, p)
        res = _axpy(res, -alpha, Ap)
        z = _precondition(*res)
        rz_new = _dot(res, z)
        beta = np.where(rz != 0, rz_new / np.where(rz != 0, rz, 1.0), 0.0)
        p = _axpy(z, beta, p)
        rz = rz_new
        it += 1
        rel = np.sqrt(_dot(res, res)) / rhs_norm
        history.append(float(rel.max()))
        now = time.perf_counter()
        if (verbose or (verbose is None and now - start > 5)) and now - last_report > 2:
            print(f"gaussym: CG iteration {it}, relative residual {rel.max():.3g}, {now - start:.0f} s",
                  file=sys.stderr, flush=True)
            last_report = now
    true_res = tuple(a - b for a, b in zip(rhs, op(x)))
    final = float((np.sqrt(_dot(true_res, true_res)) / rhs_norm).max())
    info.update(solver="matrix-free-pcg", iterations=it, residual=final, residual_history=history)
    if final > max(tol, 1e-6):
        warnings.warn(f"CG stopped after {it} iterations at relative residual {final:.3g} (> tol {tol:g})",
                      RuntimeWarning, stacklevel=5)
    return [x[0], x[1], x[2]]


def _axpy(x, a, y):
    return (x[0] + a * y[0], x[1] + a[:, None] * y[1], x[2] + a[:, None, None] * y[2])


class _Components:
    """Weights, means and covariances already validated (whitened coordinates): a light mixture."""

    def __init__(self, weights, means, covs):
        self.weights, self.means, self.covs = weights, means, covs


def _mixture_approx(make_block, dist, n, solver, info, cg_options):
    """Normal equations under a mixture, via per-component exact projections (module docstring)."""
    if solver not in ("auto", "dense", "cg"):
        raise ValueError(f"solver must be 'auto', 'dense' or 'cg', got {solver!r}")
    m = dist.mean
    B, B_pinv = _whitening(dist)
    r = B.shape[0]
    feats = math.comb(r + n, n)
    if solver == "auto":
        solver = "dense" if feats <= DENSE_MAX_FEATURES or n != 2 else "cg"
    if solver == "cg" and n != 2:
        raise ValueError(f"solver='cg' supports degree 2 only, got degree {n}")
    if solver == "dense":                       # refuse before any large allocation
        check_memory(feats * feats * (3 + n), f"the dense normal equations ({feats} features, degree {n}, "
                     f"whitened dimension {r})", "use degree 2 with solver='cg' (matrix-free) or a smaller input")
    info.update(whitened_dimension=r, n_features=feats - 1)
    mu_y = (dist.means - m) @ B.T
    S_y = np.array([B @ C @ B.T for C in dist.covs])
    S_y = 0.5 * (S_y + np.swapaxes(S_y, 1, 2))
    dist_y = _Components(dist.weights, mu_y, S_y)
    # per component, the exact projection of the layer written in y: w.x + b = (w B^+) . y + (b + w.m)
    thetas = []
    for mu, S in zip(mu_y, S_y):
        block = make_block(B_pinv, m, mu, S)
        thetas.append([block.tensor(l) for l in range(n + 1)])
    T = _solve_cg(dist_y, thetas, info, **cg_options) if solver == "cg" else _solve_dense(dist_y, thetas, n, r, info)
    return DenseBlock(B, m, T)


# ------------------------------------------------------------------------------------------
# public API
# ------------------------------------------------------------------------------------------
def mlp_approx(W1, b1, W2, b2, *, act="gelu", degree: int = 1, mean=None, cov=None, weights=None,
               input=None, solver: str = "auto", tol: float = 1e-10, maxiter: int = 2000,
               verbose: bool | None = None, dps: int | None = None, **act_params) -> PolyApprox:
    """Least-squares degree-``degree`` polynomial of f(x) = W2 act(W1 x + b1) + b2 under the input law.

    W1 (h, d), b1 (h,) or None, W2 (d_out, h), b2 (d_out,) or None. Input: ``input=`` a Gaussian
    or GaussianMixture, or mean (d,)/(K, d), cov (d, d)/(K, d, d), weights (K,) (defaults N(0, I)).
    One Gaussian: exact factored Hermite form, any degree. Mixture: normal equations, dense
    (solver='dense') or matrix-free CG for degree 2 (solver='cg', ``tol`` relative residual).
    ``dps``: solve the dense normal equations in mpmath at that many digits (small layers).
    """
    t0 = time.perf_counter()
    W1 = _matrix(W1, "W1", (None, None))
    h, d = W1.shape
    W2 = _matrix(W2, "W2", (None, h))
    b1, b2 = _bias(b1, "b1", h), _bias(b2, "b2", W2.shape[0])
    n = check_int(degree, "degree", minimum=1)
    activation = get_activation(act, **act_params)
    dist = _distribution(mean, cov, weights, input, d)

    def network(X):
        return activation(X @ W1.T + b1) @ W2.T + b2

    if dps is not None:
        from gaussym.approx_mp import mp_mlp_approx
        return mp_mlp_approx(W1, b1, W2, b2, activation, n, dist, dps=dps, network=network)
    info = {"layer": "mlp", "act": activation.name, "degree": n, "K": dist.K}
    if dist.K == 1 and solver == "auto":
        block = _mlp_block(W1, b1, W2, activation, n, dist.mean, dist.cov)
        info.update(method="hermite-factored", solver="none")
        analytic = _analytic_fvu_mlp(W1, b1, W2, activation, block, dist)
    else:
        def make_block(B_pinv, m, mu, S):
            return _mlp_block(W1 @ B_pinv, b1 + W1 @ m, W2, activation, n, mu, S)
        block = _mixture_approx(make_block, dist, n, solver, info, dict(tol=tol, maxiter=maxiter, verbose=verbose))
        info["method"] = "mixture-normal-equations"
        analytic = None
    info["time"] = time.perf_counter() - t0
    return PolyApprox([block], b2, d=d, degree=n, network=network, distribution=dist,
                      analytic_fvu=analytic, info=info)


def glu_approx(W, b1, V, b2, W2=None, b_out=None, *, act="sigmoid", degree: int = 1, mean=None, cov=None,
               weights=None, input=None, solver: str = "auto", tol: float = 1e-10, maxiter: int = 2000,
               verbose: bool | None = None, dps: int | None = None, **act_params) -> PolyApprox:
    """Least-squares polynomial of f(x) = W2 [act(W x + b1) * (V x + b2)] + b_out (W2 None: identity).

    W, V (h, d); b1, b2 (h,) or None; W2 (d_out, h); b_out (d_out,). act='identity' is the
    bilinear layer (exact at degree 2). Input and solver options as in ``mlp_approx``.
    """
    t0 = time.perf_counter()
    W = _matrix(W, "W", (None, None))
    h, d = W.shape
    V = _matrix(V, "V", (h, d))
    b1, b2 = _bias(b1, "b1", h), _bias(b2, "b2", h)
    W2 = None if W2 is None else _matrix(W2, "W2", (None, h))
    d_out = h if W2 is None else W2.shape[0]
    b_out = _bias(b_out, "b_out", d_out)
    n = check_int(degree, "degree", minimum=1)
    activation = get_activation(act, **act_params)
    dist = _distribution(mean, cov, weights, input, d)

    def network(X):
        units = activation(X @ W.T + b1) * (X @ V.T + b2)
        return (units if W2 is None else units @ W2.T) + b_out

    if dps is not None:
        from gaussym.approx_mp import mp_glu_approx
        return mp_glu_approx(W, b1, V, b2, W2, b_out, activation, n, dist, dps=dps, network=network)
    info = {"layer": "glu", "act": activation.name, "degree": n, "K": dist.K}
    if dist.K == 1 and solver == "auto":
        block = _glu_block(W, b1, V, b2, W2, activation, n, dist.mean, dist.cov)
        info.update(method="bivariate-hermite-factored", solver="none")
    else:
        def make_block(B_pinv, m, mu, S):
            return _glu_block(W @ B_pinv, b1 + W @ m, V @ B_pinv, b2 + V @ m, W2, activation, n, mu, S)
        block = _mixture_approx(make_block, dist, n, solver, info, dict(tol=tol, maxiter=maxiter, verbose=verbose))
        info["method"] = "mixture-normal-equations"
    info["time"] = time.perf_counter() - t0
    return PolyApprox([block], b_out, d=d, degree=n, network=network, distribution=dist, info=info)


# ------------------------------------------------------------------------------------------
# analytic FVU under one Gaussian (DESIGN 5)
# ------------------------------------------------------------------------------------------
_GL_NODES, _GL_WEIGHTS = np.polynomial.legendre.leggauss(24)
_T_MAX = 12.0          # |t| beyond 12 standard deviations carries < 1e-30 of the Gaussian mass


def _pair_second_moments(act, m, s, rho, j, l):
    """E[act(u_j) act(u_l)] for unit pairs (j, l) with correlation rho, by one outer integral:
    E[act(m_j + s_j t) g(t)], g(t) = E[act(u_l) | t] = E act(N(m_l + s_l rho t, s_l^2 (1 - rho^2)))
    (a closed-form kernel). Composite Gauss-Legendre on [-12, 12] split at the kink of act(u_j),
    at the kink of the conditional's limit and +-4 of its smoothing widths, and at +-1, +-4
    activation scales 1/s_j around the kink of act(u_j)."""
    r = rho[j, l]
    one_minus = np.clip(1.0 - r * r, 0.0, None)
    kink_j = np.clip(-m[j] / s[j], -_T_MAX, _T_MAX)
    with np.errstate(divide="ignore", invalid="ignore"):
        kink_l = np.where(np.abs(r) > 1e-12, -m[l] / (s[l] * r), _T_MAX)
        width = np.where(np.abs(r) > 1e-12, np.sqrt(one_minus) / np.abs(r), 0.0)
    scale_j = 1.0 / s[j]                                   # act(u_j) varies on |t - kink_j| ~ 1 / s_j
    breaks = np.stack([np.full_like(r, -_T_MAX), kink_j - 4 * scale_j, kink_j - scale_j, kink_j, kink_j + scale_j,
                       kink_j + 4 * scale_j, kink_l - 4 * width, kink_l, kink_l + 4 * width,
                       np.full_like(r, _T_MAX)], axis=1)
    breaks = np.sort(np.clip(np.nan_to_num(breaks, nan=_T_MAX), -_T_MAX, _T_MAX), axis=1)
    lo, hi = breaks[:, :-1, None], breaks[:, 1:, None]
    t = 0.5 * (hi - lo) * _GL_NODES + 0.5 * (hi + lo)                     # (P, panels, nodes)
    wts = 0.5 * (hi - lo) * _GL_WEIGHTS * np.exp(-0.5 * t * t) / np.sqrt(2 * np.pi)
    outer = act(m[j, None, None] + s[j, None, None] * t)
    cond_mean = m[l, None, None] + (s[l] * r)[:, None, None] * t
    cond_sd = np.broadcast_to((s[l] * np.sqrt(one_minus))[:, None, None], t.shape)
    smooth = cond_sd > 1e-9 * np.maximum(s[l], 1e-300)[:, None, None]
    inner = np.empty_like(t)
    inner[~smooth] = act(cond_mean[~smooth])
    if smooth.any():
        inner[smooth] = np.asarray(act.moments(0, cond_mean[smooth], cond_sd[smooth]))[0]
    return (outer * inner * wts).sum(axis=(1, 2))


def _analytic_fvu_mlp(W1, b1, W2, act, block, dist):
    """Closure giving (E[(f_o - p_o)^2], Var f_o) per output under one Gaussian.

    Var p_o = sum_(m=1..n) m! sum_(j,l) W2_oj W2_ol R_jm R_lm C_jl^m (Hermite orthogonality,
    C = Cov(u)); Var f_o = W2_o Cov(act(u)) W2_o^T from pairwise second moments; since p is the
    orthogonal projection, E[(f - p)^2] = Var f - Var p."""
    def compute(batch=4096):
        mu, cov = dist.mean, dist.cov
        m = W1 @ mu + b1
        C = W1 @ cov @ W1.T
        var = block.var
        s = np.sqrt(var)
        live = var > 0
        rho = np.zeros_like(C)
        rho[np.ix_(live, live)] = C[np.ix_(live, live)] / np.outer(s[live], s[live])
        rho = np.clip(rho, -1.0, 1.0)
        mean_act = block.R[:, 0]
        second = np.outer(mean_act, mean_act)                       # dead units: constant, zero covariance
        idx = np.flatnonzero(live)
        jj, ll = np.triu_indices(idx.size)
        jj, ll = idx[jj], idx[ll]
        for start in range(0, jj.size, batch):
            j, l = jj[start:start + batch], ll[start:start + batch]
            val = _pair_second_moments(act, m, s, rho, j, l)
            second[j, l] = val
            second[l, j] = val
        cov_act = second - np.outer(mean_act, mean_act)
        var_f = np.einsum("oj,jl,ol->o", W2, cov_act, W2)
        var_p = np.zeros(W2.shape[0])
        for deg in range(1, block.R.shape[1]):
            G = W2 * block.R[:, deg]
            var_p += math.factorial(deg) * np.einsum("oj,jl,ol->o", G, C**deg, G)
        return np.clip(var_f - var_p, 0.0, None), var_f
    return compute
