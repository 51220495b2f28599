"""The result object ``PolyApprox`` and the two factored polynomial forms it is built from.

A polynomial approximant p(x) = alpha + beta x + x^T Gamma x + ... is stored as a sum of
blocks that never materialise degree-2+ tensors unless asked:

* ``RidgeBlock`` (one Gaussian, DESIGN 4.1): with xi_j = u_j . (x - x0), eta_j = v_j . (x - x0),
      p_o(x) = sum_j M_oj [ sum_m R_jm H_m(xi_j; s_j^2) + eta_j sum_m S_jm H_m(xi_j; s_j^2) ]
  where H_m(t; v) = v^(m/2) He_m(t / sqrt v) is the scaled Hermite polynomial
  (H_0 = 1, H_1 = t, H_(m+1) = t H_m - m v H_(m-1)), well defined at v = 0.
  MLP units use R only; GLU units (bivariate Hermite form) also use S.
* ``DenseBlock`` (mixtures, DESIGN 4.2): symmetric tensors T_l in whitened coordinates
  y = B (x - x0), p_o(x) = sum_l <T_l[o], y^(x)l>.

``.coefs`` materialises the symmetric coefficient tensors in x, guarded by a memory budget.
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np

from gaussym._validate import as_float_array, check_int

#: largest dense coefficient tensor (bytes) that ``.coefs`` / ``.gamma`` will materialise
MEMORY_BUDGET = int(float(os.environ.get("GAUSSYM_MEMORY_BUDGET_GB", "2")) * 2**30)
#: widest layer for which fvu(method="auto") integrates unit pairs analytically
ANALYTIC_FVU_MAX_UNITS = 64


class MemoryBudgetError(ValueError):
    """Refusal to materialise a tensor larger than ``MEMORY_BUDGET`` (a ValueError: bad request)."""


def check_memory(n_floats: int, what: str, alternative: str) -> None:
    """Refuse (with size in GB and the factored alternative) before allocating > MEMORY_BUDGET."""
    size = 8.0 * n_floats
    if size > MEMORY_BUDGET:
        raise MemoryBudgetError(
            f"materialising {what} needs {size / 2**30:.3g} GB, over the memory budget of "
            f"{MEMORY_BUDGET / 2**30:.3g} GB (gaussym.polyapprox.MEMORY_BUDGET or env GAUSSYM_MEMORY_BUDGET_GB); "
            f"{alternative}")


def hermite_to_power(coef: np.ndarray, var: np.ndarray) -> np.ndarray:
    """Coefficients c_m of H_m(t; v) -> power coefficients of t^k.

    H_m(t; v) = sum_i (-1)^i m! / (i! (m-2i)! 2^i) v^i t^(m-2i), so
    power_k = sum_i c_(k+2i) (k+2i)! / (i! k! 2^i) (-v)^i.   coef (h, n+1), var (h,).
    """
    n = coef.shape[1] - 1
    out = np.zeros_like(coef)
    for k in range(n + 1):
        for i in range((n - k) // 2 + 1):
            m = k + 2 * i
            factor = math.factorial(m) / (math.factorial(i) * math.factorial(k) * 2**i)
            out[:, k] += coef[:, m] * factor * (-var) ** i
    return out


def hermite_eval(coef: np.ndarray, t: np.ndarray, var: np.ndarray) -> np.ndarray:
    """sum_m coef[:, m] H_m(t; var) by the three-term recurrence; t (N, h) -> (N, h)."""
    h_prev, h_cur = np.ones_like(t), t
    total = coef[:, 0] * h_prev
    if coef.shape[1] > 1:
        total = total + coef[:, 1] * h_cur
    for m in range(1, coef.shape[1] - 1):
        h_prev, h_cur = h_cur, t * h_cur - m * var * h_prev
        total = total + coef[:, m + 1] * h_cur
    return total


def _shift_power(power: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """Power coefficients in xi -> in xi_raw where xi = xi_raw + offset (binomial theorem)."""
    n = power.shape[1] - 1
    out = np.zeros_like(power)
    for k in range(n + 1):
        for l in range(k + 1):
            out[:, l] += power[:, k] * math.comb(k, l) * offset ** (k - l)
    return out


def _sym_outer(G: np.ndarray, factors: list[np.ndarray]) -> np.ndarray:
    """sum_j G[o, j] f1_j (x) f2_j (x) ... (x) fl_j  -> (o, d, ..., d)  (one GEMM at the end)."""
    if not factors:
        return G.sum(axis=1)
    o, d = G.shape[0], factors[0].shape[1]
    if len(factors) == 1:
        return G @ factors[0]
    left = (G[:, :, None] * factors[0][None]).transpose(0, 2, 1).reshape(o * d, -1)  # (o d, h)
    right = factors[1]
    for f in factors[2:]:
        right = (right[:, :, None] * f[:, None, :]).reshape(right.shape[0], -1)  # Khatri-Rao rows
    return (left @ right).reshape((o,) + (d,) * len(factors))


def _symmetrize(T: np.ndarray) -> np.ndarray:
    """Average a (o, d, ..., d) tensor over all permutations of its d-axes."""
    import itertools
    l = T.ndim - 1
    if l < 2:
        return T
    perms = list(itertools.permutations(range(1, l + 1)))
    return sum(np.transpose(T, (0,) + p) for p in perms) / len(perms)


@dataclass
class RidgeBlock:
    """Factored Hermite form (see module docstring). M None means identity (GLU without W2)."""
    U: np.ndarray            # (h, d) ridge directions
    x0: np.ndarray           # (d,) centre (the Gaussian mean)
    var: np.ndarray          # (h,) s_j^2 = u_j^T Sigma u_j
    R: np.ndarray            # (h, n+1) Hermite coefficients
    M: np.ndarray | None     # (o, h) output mixing
    V: np.ndarray | None = None   # (h, d) GLU linear-branch directions
    S: np.ndarray | None = None   # (h, n) Hermite coefficients of the eta part

    def _mix(self, out):
        M = np.eye(self.U.shape[0]) if self.M is None else self.M
        return M if out is None else out @ M

    def evaluate(self, X: np.ndarray) -> np.ndarray:
        Xc = X - self.x0
        xi = Xc @ self.U.T
        units = hermite_eval(self.R, xi, self.var)
        if self.V is not None:
            units = units + (Xc @ self.V.T) * hermite_eval(self.S, xi, self.var)
        return units if self.M is None else units @ self.M.T

    def tensor(self, l: int, out: np.ndarray | None = None) -> np.ndarray:
        """Degree-l coefficient tensor in raw x, (o', d, ..., d); ``out`` (o', o) mixes outputs."""
        G = self._mix(out)
        xi0 = -self.U @ self.x0                     # xi = u.x + xi0
        R = hermite_to_power(self.R, self.var)
        if self.V is not None:
            S = hermite_to_power(self.S, self.var)
            eta0 = -self.V @ self.x0                # eta = v.x + eta0
            R = R.copy()
            R[:, : S.shape[1]] += eta0[:, None] * S
            S_raw = _shift_power(S, xi0)
        R_raw = _shift_power(R, xi0)
        T = _sym_outer(G * R_raw[:, l], [self.U] * l)
        if self.V is not None and 1 <= l <= S_raw.shape[1]:
            mixed = _sym_outer(G * S_raw[:, l - 1], [self.V] + [self.U] * (l - 1))
            T = T + _symmetrize(mixed)
        return T


@dataclass
class DenseBlock:
    """p_o(x) = sum_l <T[l][o], y^(x)l>, y = B (x - x0); T[l] shape (o, r, ..., r)."""
    B: np.ndarray            # (r, d)
    x0: np.ndarray           # (d,)
    T: list                  # T[l] for l = 0..n

    def evaluate(self, X: np.ndarray) -> np.ndarray:
        Y = (X - self.x0) @ self.B.T
        out = np.broadcast_to(self.T[0], (X.shape[0], self.T[0].shape[0])).copy()
        for l in range(1, len(self.T)):
            Z = self.T[l]                            # contract axes one at a time, per sample
            Z = np.einsum("o...a,na->no...", Z, Y)
            for _ in range(l - 1):
                Z = np.einsum("no...a,na->no...", Z, Y)
            out += Z
        return out

    def tensor(self, l: int, out: np.ndarray | None = None) -> np.ndarray:
        """Raw-x tensor of degree l: sum_(k>=l) C(k,l) T_k contracted (k-l) times with c = -B x0."""
        c = -self.B @ self.x0
        total = None
        for k in range(l, len(self.T)):
            Z = self.T[k] if out is None else np.tensordot(out, self.T[k], axes=(1, 0))
            for _ in range(k - l):
                Z = Z @ c
            Z = math.comb(k, l) * Z
            total = Z if total is None else total + Z
        if total is None:
            o = self.T[0].shape[0] if out is None else out.shape[0]
            return np.zeros((o,) + (self.B.shape[1],) * l)
        for _ in range(l):                           # rotate each y-axis into x (axis order restored after l turns)
            total = np.tensordot(total, self.B, axes=(1, 0))
        return total


@dataclass
class FVUResult:
    """Fraction of variance unexplained E||f - p||^2 / E||f - Ef||^2 (and per output)."""
    value: float
    per_output: np.ndarray
    stderr: float | None
    method: str

    def __float__(self):
        return float(self.value)


class PolyApprox:
    """Least-squares polynomial p(x) ~ f(x) of one layer; see module docstring for the storage."""

    def __init__(self, blocks, const, *, d, degree, network=None, distribution=None,
                 analytic_fvu=None, info=None):
        self.blocks = list(blocks)
        self.const = np.asarray(const, float)
        self.d, self.degree, self.d_out = int(d), int(degree), self.const.shape[0]
        self.network = network                # f: (N, d) -> (N, d_out), for Monte Carlo FVU
        self.distribution = distribution      # the input Gaussian / mixture
        self._analytic_fvu = analytic_fvu     # callable -> (E||f-p||^2 per output, Var f per output) or None
        self.info = dict(info or {})
        self._cache = {}

    # --- coefficients ----------------------------------------------------------------
    def tensor(self, l: int, out: np.ndarray | None = None) -> np.ndarray:
        """Symmetric degree-l coefficient tensor (o', d, ..., d); ``out`` (o', d_out) mixes outputs."""
        o = self.d_out if out is None else out.shape[0]
        if l > self.degree:
            return np.zeros((o,) + (self.d,) * l)
        check_memory(o * self.d**l, f"the degree-{l} coefficients ({o} x {self.d}^{l})",
                     "use the factored form instead: call the PolyApprox on inputs, or "
                     ".interaction_matrix(output) / .tensor(l, out=direction) for one output direction")
        T = sum(b.tensor(l, out) for b in self.blocks) if self.blocks else np.zeros((o,) + (self.d,) * l)
        if l == 0:
            T = T + (self.const if out is None else out @ self.const)
        return T

    def _cached(self, l):
        if l not in self._cache:
            self._cache[l] = self.tensor(l)
        return self._cache[l]

    @property
    def alpha(self) -> np.ndarray:
        return self._cached(0)

    @property
    def beta(self) -> np.ndarray:
        return self._cached(1)

    @property
    def gamma(self) -> np.ndarray | None:
        return self._cached(2) if self.degree >= 2 else None

    @property
    def coefs(self) -> list:
        """[alpha, beta, Gamma, T3, ...]: one symmetric tensor per degree 0..degree."""
        return [self._cached(l) for l in range(self.degree + 1)]

    # --- evaluation --------------------------------------------------------------------
    def __call__(self, x, *, batch: int = 4096) -> np.ndarray:
        """p(x) for x (N, d) -> (N, d_out) (or (d,) -> (d_out,)), factored: no dense tensors."""
        X = as_float_array(x, "x", ndim=(1, 2))
        single = X.ndim == 1
        X = np.atleast_2d(X)
        if X.shape[1] != self.d:
            raise ValueError(f"x must have {self.d} columns (d), got shape {X.shape}")
        out = np.empty((X.shape[0], self.d_out))
        for start in range(0, X.shape[0], batch):
            chunk = X[start:start + batch]
            val = np.broadcast_to(self.const, (chunk.shape[0], self.d_out)).copy()
            for b in self.blocks:
                val += b.evaluate(chunk)
            out[start:start + batch] = val
        return out[0] if single else out

    # --- interpretation -----------------------------------------------------------------
    def _direction(self, output) -> np.ndarray:
        if isinstance(output, (int, np.integer)) and not isinstance(output, bool):
            if not -self.d_out <= output < self.d_out:
                raise ValueError(f"output index {output} out of range for d_out = {self.d_out}")
            e = np.zeros((1, self.d_out))
            e[0, output] = 1.0
            return e
        u = as_float_array(output, "output", ndim=1)
        if u.shape != (self.d_out,):
            raise ValueError(f"output must be an index or a direction of shape ({self.d_out},), got {u.shape}")
        return u[None]

    def interaction_matrix(self, output) -> np.ndarray:
        """Gamma for one output (index) or sum_o u_o Gamma_o (direction u), (d, d), no full tensor."""
        if self.degree < 2:
            return np.zeros((self.d, self.d))
        return self.tensor(2, out=self._direction(output))[0]

    def eigen(self, output, k: int | None = None):
        """Top-k eigenpairs of the interaction matrix by |eigenvalue|: (values (k,), vectors (d, k))."""
        k = self.d if k is None else check_int(k, "k", minimum=1)
        vals, vecs = np.linalg.eigh(self.interaction_matrix(output))
        order = np.argsort(-np.abs(vals))[:k]
        return vals[order], vecs[:, order]

    def svd(self):
        """SVD of beta (d_out, d): U, singular values, Vt (rows = input directions)."""
        return np.linalg.svd(self.beta, full_matrices=False)

    # --- fraction of variance unexplained -------------------------------------------------
    def fvu(self, method: str = "auto", *, n_samples: int = 100_000, rng=None) -> FVUResult:
        """FVU = E||f - p||^2 / E||f - E f||^2; analytic under one Gaussian where available, else Monte Carlo.

        "auto" is analytic for at most ``ANALYTIC_FVU_MAX_UNITS`` hidden units, Monte Carlo (with its
        standard error) beyond; ask for method="analytic" explicitly to get it for wide layers.
        """
        if method not in ("auto", "analytic", "monte_carlo"):
            raise ValueError(f"method must be 'auto', 'analytic' or 'monte_carlo', got {method!r}")
        # The analytic route integrates one pair of hidden units at a time (O(h^2) quadratures):
        # "auto" takes it only while that is cheaper than a 1e5-sample Monte Carlo estimate.
        h = sum(block.U.shape[0] for block in self.blocks if isinstance(block, RidgeBlock))
        if method == "auto" and h > ANALYTIC_FVU_MAX_UNITS:
            method = "monte_carlo"
        if method in ("auto", "analytic"):
            result = self._analytic_fvu() if self._analytic_fvu is not None else None
            if result is not None:
                err, var = result
                return FVUResult(float(err.sum() / var.sum()), err / var, None, "analytic")
            if method == "analytic":
                raise ValueError("analytic FVU needs one Gaussian input and an activation with a bivariate "
                                 "closed form (identity, relu, leaky_relu, erf, gelu, square); use method='monte_carlo'")
        return self._fvu_monte_carlo(int(n_samples), rng)

    def _fvu_monte_carlo(self, n: int, rng) -> FVUResult:
        if self.network is None or self.distribution is None:
            raise ValueError("Monte Carlo FVU needs the network and input distribution (set by mlp_approx/glu_approx)")
        if n < 100:
            raise ValueError(f"n_samples must be >= 100, got {n}")
        X = self.distribution.sample(n, rng)
        F = self.network(X)
        err = ((F - self(X)) ** 2)
        dev = (F - F.mean(axis=0)) ** 2 * n / (n - 1)
        e_tot, v_tot = err.sum(axis=1), dev.sum(axis=1)
        value = e_tot.mean() / v_tot.mean()
        # delta method for a ratio of means
        cov = np.cov(np.stack([e_tot, v_tot]))
        grad = np.array([1.0 / v_tot.mean(), -value / v_tot.mean()])
        stderr = float(np.sqrt(max(grad @ cov @ grad, 0.0) / n))
        return FVUResult(float(value), err.mean(axis=0) / dev.mean(axis=0), stderr, "monte_carlo")

    def __repr__(self):
        return f"PolyApprox(d={self.d}, d_out={self.d_out}, degree={self.degree}, method={self.info.get('method')!r})"
