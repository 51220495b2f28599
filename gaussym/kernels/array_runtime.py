"""The kernel runtime written once against an array namespace: numpy, torch, jax, cupy (no SymPy).

``gaussym/kernels/generated/_runtime.py`` (numpy/scipy) evaluates the formulas of a generated module;
this module is its twin for the extra backends of ``gaussym codegen --backend torch|jax|cupy``. The
generated array functions (``_moment_xp_3(xp, mu, sigma, ...)``..., printed once for every backend)
call the blocks below through the namespace ``xp = backend("torch")`` (``tail``, ``tail_expdiff``, ``sqrt_quotient``, ``norm_pdf``,
``norm_cdf``, ``phi_blend``, ``expit``, ``softplus``, ``erf``, ``where`` ...), and the public
``moments_torch`` / ``derivative_expectations_torch`` / ``activation_torch`` of the module call
:meth:`Backend.moments` etc., which mirror ``_runtime.moments`` / ``derivative_expectations`` /
``activation`` branch by branch: validation, sigma = 0 (point mass), the direct route below
``DIRECT_SIGMA``, the numeric remainder on ``WINDOW`` / ``REMAINDER_BREAKPOINTS``, the split derivative
route from ``_runtime.SPLIT_SIGMA`` on, the Hermite route (``_runtime.hermite_route``, module constant
``HERMITE_SIGMA``), and the overflow fallback to the point mass. Route conditions are read from the
module constants and the numpy runtime's helpers, not copied.

Numerics are the numpy kernels' own, not approximations of them:

* gauss_tail uses the *same fixed rules* as ``gaussym.kernels.special`` (composite 16-point
  Gauss-Legendre on t in [0, 16] for c <= 4, 60-point generalized Gauss-Laguerre beyond with the
  downward recursion, reflection for c < 0, exp(L - c^2/2) with c^2 in double-double); the nodes and
  weights are computed once with numpy/scipy and moved to the backend (float64, the input's device).
* double-double helpers (Dekker split, TwoSum) are plain float64 arithmetic, valid in any IEEE backend.
* the numeric remainder uses the panel layout of ``gaussym.kernels.quadrature`` (same cuts, panels,
  20-point Gauss-Legendre, chunking). The layout (how many panels each (mu, sigma) pair needs) is built
  on the host with numpy from the values of mu and sigma and copied to the device; the integrand is
  evaluated on the device. This is a host round trip (documented in docs/backends.md); the closed-form
  kernels have none.

Host synchronisation: scalar decisions ("is any element in the direct window", "is any sigma 0",
validation that mu, sigma are finite and sigma >= 0, re-use of a tail table for an equal argument)
read a boolean from the device. Elementwise work stays on the device.

Everything is computed in float64 on the device of the first array argument (inputs of other dtypes
are converted); the result has the floating dtype of the array arguments (float32 in, float32 out,
rounded once at the end), float64 for float64 or non-floating input (Python floats, integers).
jax needs ``jax.config.update("jax_enable_x64", True)`` (a clear error otherwise).

Autograd (torch): the closed-form kernels are differentiable elementwise expressions; the branch
selections use ``where`` with safe inputs in the unused branch (no 0 * inf = NaN gradients). In the
numeric remainder the Gaussian weight phi((x - mu)/s)/s carries the gradient with the nodes fixed
(exact for a remainder with jumps; the Stein form loses ~eps/sigma at sigma << 1), and on the direct
route (smooth activation, sigma < DIRECT_SIGMA) the nodes x = mu + sigma z move instead. Tail tables are not shared between calls when an input requires a
gradient (an equal value may have a different derivative). The point mass (sigma = 0) and the Hermite
route are differentiable as written. Not supported: jax transformations (grad, jit, vmap: the kernels
branch on values; a clear TypeError).
"""
from __future__ import annotations

import contextlib
import math
from functools import lru_cache

import numpy as np

__all__ = ["backend", "Backend", "DoubleDouble", "BACKEND_NAMES", "INSTALL"]

BACKEND_NAMES = ("numpy", "torch", "jax", "cupy")
#: pip command named in the error when a backend's package is missing
INSTALL = {"numpy": "pip install numpy", "torch": "pip install torch", "jax": "pip install jax",
           "cupy": "pip install cupy-cuda12x (the wheel for your CUDA version; needs an NVIDIA GPU)"}

_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
_SQRT_HALF_PI = math.sqrt(math.pi / 2)
_SQRT2 = math.sqrt(2.0)
_SPLIT = 134217729.0  # 2^27 + 1, Dekker split


class DoubleDouble:
    """hi + lo (|lo| <= ulp(hi)/2): a tail argument carried beyond float64 (see sqrt_quotient)."""
    __slots__ = ("hi", "lo")

    def __init__(self, hi, lo):
        self.hi, self.lo = hi, lo

    def __neg__(self):
        return DoubleDouble(-self.hi, -self.lo)


# ----------------------------------------------------------------------------- host-side constants
@lru_cache(maxsize=None)
def _legendre_t_rule():
    from gaussym.kernels.special import _legendre_t_rule
    return _legendre_t_rule()


@lru_cache(maxsize=None)
def _laguerre_rule(k: int):
    from gaussym.kernels.special import _laguerre_rule
    return _laguerre_rule(k)


@lru_cache(maxsize=None)
def _full_moment_coefficients(k: int):
    from gaussym.kernels.special import normal_moment
    return tuple(math.comb(k, i) * normal_moment(i) for i in range(k + 1))


def _quadrature_constants():
    from gaussym.kernels import quadrature as q
    return q


# ----------------------------------------------------------------------------- the namespace
class Backend:
    """Array primitives of one backend plus the gaussym runtime pieces written against them.

    Subclasses implement the primitives (``_lib`` is the imported package); everything from
    ``norm_pdf`` on is backend-independent code."""

    name = "?"

    def __init__(self):
        self._tables = None          # shared tail tables within one kernel evaluation
        self._consts = {}            # constants moved to a device: {(key, device): array}

    # ---- primitives every backend provides -------------------------------------------------
    def asarray(self, x, like=None):                     # float64 on like's device
        raise NotImplementedError

    def is_array(self, x) -> bool:
        raise NotImplementedError

    def device(self, x):
        return None

    def const(self, key, make, like):
        """A numpy constant ``make()`` moved once per device to the backend (cached by ``key``)."""
        dev = self.device(like)
        value = self._consts.get((key, str(dev)))
        if value is None:
            value = self._consts[(key, str(dev))] = self.from_numpy(np.asarray(make(), dtype=np.float64), like)
        return value

    def from_numpy(self, a, like=None):
        return self.asarray(a, like)

    def bool_from_numpy(self, mask, like):
        return self._lib.asarray(mask)

    def to_numpy(self, a):
        return np.asarray(a)

    def any(self, mask) -> bool:
        return bool(self._lib.any(mask))

    def all(self, mask) -> bool:
        return bool(self._lib.all(mask))

    def take(self, a, mask):
        """a[..., mask] (mask 1-D boolean over the last axis)."""
        return a[..., mask]

    def put(self, base, mask, values):
        """A copy of base with base[..., mask] = values."""
        out = base.copy()
        out[..., mask] = values
        return out

    def array_equal(self, a, b) -> bool:
        return a.shape == b.shape and bool(self._lib.array_equal(a, b))

    def detach(self, a):
        return a

    def requires_grad(self, *arrays) -> bool:
        return False

    def segment_sum(self, index, values, size, like):
        """out[j] = sum of values[i] over index[i] == j, j < size."""
        out = self.zeros((size,), like)
        self._lib.add.at(out, index, values)
        return out

    def index(self, a, idx):
        return a[idx]

    def int_index(self, idx_numpy, like):
        return self._lib.asarray(idx_numpy)

    def zeros(self, shape, like):
        return self.asarray(np.zeros(shape), like)

    def stack(self, rows, axis=0):
        return self._lib.stack(rows, axis=axis)

    def concatenate(self, arrays, axis=0):
        return self._lib.concatenate(arrays, axis=axis)

    def broadcast_arrays(self, *arrays):
        return self._lib.broadcast_arrays(*arrays)

    def broadcast_to(self, a, shape):
        return self._lib.broadcast_to(a, shape)

    def reshape(self, a, shape):
        return self._lib.reshape(a, shape)

    def where(self, cond, a, b):
        like = cond if self.is_array(cond) else a if self.is_array(a) else b
        a = a if self.is_array(a) else self.asarray(a, like)
        b = b if self.is_array(b) else self.asarray(b, like)
        return self._lib.where(cond, a, b)

    def matmul(self, a, b):
        return a @ b

    def sum(self, a, axis):
        return self._lib.sum(a, axis=axis)

    def all_axis0(self, a):
        return self._lib.all(a, axis=0)

    # elementwise functions (arrays in, arrays out)
    def exp(self, x): return self._lib.exp(x)
    def expm1(self, x): return self._lib.expm1(x)
    def log(self, x): return self._lib.log(x)
    def log1p(self, x): return self._lib.log1p(x)
    def sqrt(self, x): return self._lib.sqrt(x)
    def abs(self, x): return self._lib.abs(x)
    def tanh(self, x): return self._lib.tanh(x)
    def cosh(self, x): return self._lib.cosh(x)
    def isfinite(self, x): return self._lib.isfinite(x)
    def isinf(self, x): return self._lib.isinf(x)
    def maximum(self, a, b): return self._lib.maximum(a, b)
    def minimum(self, a, b): return self._lib.minimum(a, b)
    def logical_and(self, a, b): return self._lib.logical_and(a, b)
    def logical_or(self, a, b): return self._lib.logical_or(a, b)
    def logical_not(self, a): return self._lib.logical_not(a)
    def sign(self, x): return self._lib.sign(x)
    def erf(self, x): raise NotImplementedError
    def erfc(self, x): raise NotImplementedError
    def erfcx(self, x): raise NotImplementedError
    def ndtr(self, x): raise NotImplementedError

    def expit(self, x):
        """1/(1 + e^-x) without overflow."""
        e = self.exp(-self.abs(x))
        return self.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))

    def softplus(self, x):
        """log(1 + e^x) without overflow (numpy.logaddexp(0, x))."""
        return self.maximum(x, self.asarray(0.0, x)) + self.log1p(self.exp(-self.abs(x)))

    def logaddexp(self, a, b):
        like = a if self.is_array(a) else b
        return self._lib.logaddexp(self.asarray(a, like), self.asarray(b, like))

    def heaviside(self, x, h0):
        return self.where(x > 0, 1.0, self.where(x < 0, 0.0, h0))

    def result_dtype(self, *values):
        """The floating dtype of the array arguments (promoted), None for float64 / non-arrays."""
        return None

    def cast(self, out, dtype):
        return out if dtype is None else out.astype(dtype)

    # ---- arguments --------------------------------------------------------------------------
    def _first_array(self, *values):
        for v in values:
            if self.is_array(v):
                return v
        return None

    def _arr(self, value, name, like=None):
        try:
            return self.asarray(value, like)
        except (TypeError, ValueError) as exc:
            if "not supported" in str(exc):
                raise
            raise ValueError(f"{name} must be numeric array-like, got {type(value).__name__}: {exc}") from None

    def _check_finite(self, arr, name):
        if not self.all(self.isfinite(arr)):
            host = self.to_numpy(self.detach(arr)).astype(float)
            bad = np.argwhere(~np.isfinite(host))
            where = tuple(int(i) for i in bad[0]) if host.ndim else ()
            raise ValueError(f"{name} contains NaN or inf (first at index {where}, "
                             f"value {host[where] if host.ndim else host})")

    def inputs(self, mu, sigma):
        """Validated, broadcast, flattened (mu, sigma as 1 where sigma = 0, point mask, shape)."""
        like = self._first_array(mu, sigma)
        mu = self._arr(mu, "mu", like)
        sigma = self._arr(sigma, "sigma", like if like is not None else mu)
        self._check_finite(mu, "mu")
        self._check_finite(sigma, "sigma")
        if self.any(sigma < 0):
            host = self.to_numpy(self.detach(sigma))
            idx = np.argwhere(host < 0)[0] if host.ndim else ()
            raise ValueError(f"sigma must be >= 0 (it is a standard deviation/variance); got "
                             f"{host[tuple(idx)] if host.ndim else host} at index {tuple(int(i) for i in idx)}")
        try:
            mu, sigma = self.broadcast_arrays(mu, sigma)
        except (ValueError, RuntimeError):
            raise ValueError(f"shapes do not broadcast: mu {tuple(mu.shape)}, sigma {tuple(sigma.shape)}") from None
        shape = tuple(mu.shape)
        mu, sigma = self.reshape(mu, (-1,)), self.reshape(sigma, (-1,))
        point = sigma == 0
        return mu, self.where(point, 1.0, sigma), point, shape

    def params(self, module, params, like):
        """Module defaults overridden by ``params`` (floats, or backend arrays broadcasting with the
        input, e.g. a learnable slope); baked parameters must keep their value (as in _runtime)."""
        from gaussym.kernels.generated._runtime import resolve_params

        plain = {k: v for k, v in params.items() if not self.is_array(v) or tuple(v.shape) == ()}
        arrays = {k: v for k, v in params.items() if k not in plain}
        for k in arrays:
            if k not in module.PARAMS:
                resolve_params(module, {k: 0.0})          # raises naming the unknown parameter
            if k in module.BAKED_PARAMS:
                raise ValueError(f"parameter {k} of {module.NAME!r} is baked into its kernels; it cannot be an array")
        # 0-d arrays keep their graph (autograd wrt a scalar parameter) but are checked by value
        checked = resolve_params(module, {k: float(self.to_numpy(self.detach(v))) if self.is_array(v) else v
                                          for k, v in plain.items()})
        out = {}
        for k, v in checked.items():
            given = params.get(k)
            if given is not None and self.is_array(given):
                out[k] = self._arr(given, k, like)
                self._check_finite(out[k], k)
            else:
                out[k] = v
        return out

    # ---- normal density and distribution -----------------------------------------------------
    def norm_pdf(self, q):
        """phi(q) with q^2 formed exactly (Dekker) (as _runtime.norm_pdf); a DoubleDouble q = hi + lo
        enters to first order: phi(hi + lo) = phi(hi) e^(-hi lo)."""
        if isinstance(q, DoubleDouble):
            finite = self.isfinite(q.hi)
            return self.norm_pdf(q.hi) * self.where(finite, self.exp(-self.where(finite, q.hi, 0.0) * q.lo), 1.0)
        q = self.asarray(q)
        finite = self.isfinite(q)
        q = self.where(finite, q, 0.0)
        hi = q * _SPLIT - (q * _SPLIT - q)
        lo = q - hi
        sq_hi = q * q
        sq_lo = ((hi * hi - sq_hi) + 2.0 * hi * lo) + lo * lo
        out = self.exp(-0.5 * sq_hi) * (1.0 - 0.5 * sq_lo) * _INV_SQRT_2PI
        return self.where(finite, out, 0.0)

    def _mills(self, q):
        """M(q) = Phi(q)/phi(q) = sqrt(pi/2) erfcx(-q/sqrt2) for q < 0 (q >= 0 replaced by 0)."""
        return _SQRT_HALF_PI * self.erfcx(-self.where(q < 0, q, 0.0) / _SQRT2)

    def norm_cdf(self, q):
        """Phi(q); q < 0 as phi(q) M(q) (as _runtime.norm_cdf)."""
        q = self.asarray(q)
        return self.where(q < 0, self.norm_pdf(q) * self._mills(q), self.ndtr(self.where(q < 0, 0.0, q)))

    def phi_blend(self, P, Q, q):
        """P Phi(q) + Q phi(q) (as _runtime.phi_blend)."""
        q = self.asarray(q)
        pdf = self.norm_pdf(q)
        left = pdf * (P * self._mills(q) + Q)
        right = P * self.ndtr(self.where(q < 0, 0.0, q)) + Q * pdf
        return self.where(q < 0, left, right)

    # ---- double-double -----------------------------------------------------------------------
    @staticmethod
    def _two_prod(a, b):
        p = a * b
        a_hi = a * _SPLIT - (a * _SPLIT - a)
        b_hi = b * _SPLIT - (b * _SPLIT - b)
        a_lo, b_lo = a - a_hi, b - b_hi
        return p, ((a_hi * b_hi - p) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo

    def quotient(self, m, s):
        """m / s in double-double (as _runtime.quotient)."""
        like = self._first_array(m, s)
        m, s = self.asarray(m, like), self.asarray(s, like)
        q = m / s
        p, e = self._two_prod(q, s)
        lo = ((m - p) - e) / s
        return DoubleDouble(q, self.where(self.isfinite(lo), lo, 0.0))

    def sqrt_quotient(self, m, w2, s):
        """m / sqrt(w2 + s^2) in double-double (as _runtime.sqrt_quotient)."""
        like = self._first_array(m, s)
        m, s = self.asarray(m, like), self.asarray(s, like)
        s2, s2_lo = self._two_prod(s, s)
        d = w2 + s2
        bv = d - w2
        d_lo = ((w2 - (d - bv)) + (s2 - bv)) + s2_lo
        r = self.sqrt(d)
        rr, rr_lo = self._two_prod(r, r)
        r_lo = ((d - rr) - rr_lo + d_lo) / (2.0 * r)
        q = m / r
        qr, qr_lo = self._two_prod(q, r)
        q_lo = ((m - qr) - qr_lo - q * r_lo) / r
        return DoubleDouble(q, q_lo)

    # ---- Gaussian tails (mirror of gaussym.kernels.special) ----------------------------------
    def _split_apply(self, mask, fn_true, fn_false, a, rows):
        """(rows, P) array: fn_true(a[mask]) where mask, fn_false(a[~mask]) elsewhere; each branch
        sees only its own elements (no wasted work, no inf/NaN from the other branch)."""
        if self.all(mask):
            return fn_true(a)
        if not self.any(mask):
            return fn_false(a)
        out = self.zeros((rows, a.shape[0]), a)
        out = self.put(out, mask, fn_true(self.take(a, mask)))
        notmask = self.logical_not(mask)
        return self.put(out, notmask, fn_false(self.take(a, notmask)))

    def _F_orders(self, orders, a):
        """F_k(a) = int_0^inf t^k e^(-a t - t^2/2) dt, k in orders, finite a >= 0 (1-D): (K, P)."""
        from gaussym.kernels.special import _SWITCH

        def small(x):
            t = self.const("legendre_t", lambda: _legendre_t_rule()[0], x)
            wt = self.const("legendre_w", lambda: _legendre_t_rule()[1], x)
            powers = self.const(("legendre_pow", tuple(orders)),
                                lambda: _legendre_t_rule()[0][:, None] ** np.array(orders, dtype=float), x)
            weighted = wt * self.exp(-x[:, None] * t - t * t / 2)
            return self.matmul(weighted, powers).T

        def big(x):
            inv_2a2 = 0.5 / (x * x)
            top = orders[-2:] if _contiguous(orders) and len(orders) > 2 else orders
            rows = {}
            for k in top:
                v = self.const(("laguerre_v", k), lambda k=k: _laguerre_rule(k)[0], x)
                w = self.const(("laguerre_w", k), lambda k=k: _laguerre_rule(k)[1], x)
                rows[k] = self.matmul(self.exp(-inv_2a2[:, None] * (v * v)), w) * x ** -(k + 1.0)
            # downward recursion F_(k-2) = (F_k + a F_(k-1)) / (k-1) (stable for large a)
            for i in range(len(orders) - len(top) - 1, -1, -1):
                k = orders[i]
                rows[k] = (rows[orders[i + 2]] + x * rows[orders[i + 1]]) / (k + 1)
            return self.stack([rows[k] for k in orders])

        return self._split_apply(a <= _SWITCH, small, big, a, len(orders))

    def _exp_minus_half_square(self, a, L):
        """exp(L - a^2/2) with a^2 in double-double and L - a^2/2 by TwoSum."""
        sq = a * a
        ok = a < 1e150
        safe = self.where(ok, a, 0.0)
        t = _SPLIT * safe
        hi = t - (t - safe)
        lo = safe - hi
        sq_err = self.where(ok, ((hi * hi - sq) + 2.0 * hi * lo) + lo * lo, 0.0)
        half = -0.5 * sq
        s = L + half
        bb = s - L
        err = (L - (s - bb)) + (half - bb)
        err = self.where(self.isfinite(s), err - 0.5 * sq_err, 0.0)
        small_err = self.abs(err) < 1.0
        return self.where(small_err, self.exp(s) * self.exp(self.where(small_err, err, 0.0)), self.exp(s + err))

    def _scaled_full_moments(self, orders, a, L):
        """exp(L) E[(z + a)^k], k in orders, a >= 0 (as special._scaled_full_moments)."""
        big = a >= 1.0
        a1 = self.where(big, a, 1.0)
        inv = self.where(big, 1.0 / a1, a)
        log_a = self.log(a1)
        exp_l = self.exp(L)
        tiny = float(np.finfo(float).tiny)
        rows = []
        for k in orders:
            coef = _full_moment_coefficients(k)
            poly_big, poly_small = _horner(coef, inv), _horner(coef[::-1], inv)
            direct = exp_l * a1 ** k
            ok = self.logical_and(self.logical_and(self.isfinite(direct), direct >= tiny), exp_l >= tiny)
            scale_big = self.where(ok, direct, self.exp(L + (k * log_a if k else 0.0)))
            rows.append(self.where(big, scale_big * poly_big, exp_l * poly_small))
        return self.stack(rows)

    def tails(self, orders, c, L=0.0):
        """exp(L) D_k(c) for k in orders: (len(orders), *broadcast shape) (as special._tails;
        c = +-inf allowed, NaN is not checked here: the kernels' inputs are validated)."""
        orders = list(orders)
        like = self._first_array(c, L)
        c, L = self.asarray(c, like), self.asarray(L, like)
        c, L = self.broadcast_arrays(c, L)
        shape = tuple(c.shape)
        c, L = self.reshape(c, (-1,)), self.reshape(L, (-1,))
        neg = c < 0
        a = self.where(neg, -c, c)                      # not abs: d a/dc = 1 at c = 0 (autograd)
        finite = self.isfinite(a)
        a_f = self.where(finite, a, 0.0)
        L_f = self.where(finite, L, 0.0)
        pref = self._exp_minus_half_square(a_f, L_f) * _INV_SQRT_2PI
        tail = self.where(finite, pref * self._F_orders(orders, a_f), 0.0)
        if self.any(neg):
            full = self._scaled_full_moments(orders, self.where(neg, a, 0.0), L)
            sign = self.const(("sign", tuple(orders)), lambda: (-1.0) ** np.array(orders)[:, None], c)
            reflected = self.where(self.isinf(full), full, full - sign * tail)
            tail = self.where(neg, reflected, tail)
        return self.reshape(tail, (len(orders),) + shape)

    def gauss_tail_all(self, kmax, c, L=0.0):
        return self.tails(range(kmax + 1), c, L)

    def tail(self, k, c, L=0.0):
        """gauss_tail(k, c, L) = e^L D_k(c) (as _runtime.tail: DoubleDouble c to first order; inside
        one kernel evaluation the orders of one (c, L) come from one shared table)."""
        if isinstance(c, DoubleDouble):
            base = self.tail(k, c.hi, L)
            if k > 0:
                slope = k * self.tail(k - 1, c.hi, L)
            else:
                slope = self.exp(self.asarray(L, c.hi)) * self.norm_pdf(c.hi)
            return base - c.lo * slope
        like = self._first_array(c, L)
        c, L = self.asarray(c, like), self.asarray(L, like)
        if self._tables is None or self.requires_grad(c, L):
            return self.tails([k], c, L)[0]
        entry = None
        for item in self._tables:
            if tuple(item[0].shape) == tuple(c.shape) and tuple(item[1].shape) == tuple(L.shape) \
                    and self.array_equal(item[0], c) and self.array_equal(item[1], L):
                entry = item
                break
        if entry is None or entry[2].shape[0] <= k:
            table = self.gauss_tail_all(max(k, 2 * (0 if entry is None else entry[2].shape[0]), 3), c, L)
            if entry is not None:
                self._tables[:] = [item for item in self._tables if item is not entry]
            entry = (c, L, table)
            self._tables.append(entry)
        return entry[2][k]

    def tail_expdiff(self, k, c, h, L):
        """e^L D_k(c + h) - D_k(c) without cancellation (as _runtime.tail_expdiff)."""
        like = self._first_array(c, h, L)
        c, h, L = (self.asarray(v, like) for v in (c, h, L))
        c, h, L = self.broadcast_arrays(c, h, L)
        shape = tuple(c.shape)
        c, h, L = (self.reshape(v, (-1,)) for v in (c, h, L))
        out = self.tail(k, c + h, L) - self.tail(k, c)
        near = self.logical_and(self.abs(L) < 1.0, self.abs(h) * (self.abs(c) + 2.0) < 0.5)
        if self.any(near):
            cn, hn, Ln = self.take(c, near), self.take(h, near), self.take(L, near)
            D = self.gauss_tail_all(k, cn)
            pdf = self.norm_pdf(cn)
            total = 0.0 * cn
            he_prev, he = 0.0 * cn, 1.0 + 0.0 * cn
            falling, power, fact = 1.0, 1.0 + 0.0 * cn, 1.0
            for j in range(1, 40):
                power = power * hn
                fact *= j
                if j <= k:
                    falling *= (k - j + 1)
                    deriv = (-1.0) ** j * falling * D[k - j]
                else:
                    i = j - k
                    if i >= 2:
                        he_prev, he = he, cn * he - (i - 2) * he_prev
                    deriv = (-1.0) ** k * falling * (-1.0) ** i * he * pdf
                total = total + power / fact * deriv
            out = self.put(out, near, self.expm1(Ln) * self.tail(k, cn + hn) + total)
        return self.reshape(out, shape)

    class _SharedTails:
        def __init__(self, ns):
            self.ns = ns

        def __enter__(self):
            self.outer = self.ns._tables
            self.ns._tables = [] if self.outer is None else self.outer

        def __exit__(self, *exc):
            self.ns._tables = self.outer

    # ---- numeric remainder (layout of gaussym.kernels.quadrature) -----------------------------
    def _panel_integrals(self, fns, kmax, mu, s, lo, hi, bps, scale=1.0, basis="power", smooth=False,
                         pair_args=False):
        """E[x^k f(x)] (basis "power") or E[f(x) He_k(z)] (basis "hermite") for f in fns, k = 0..kmax, at
        pairs (mu, s > 0): (len(fns), kmax+1, P).

        The panel layout is quadrature._panel_integrals' (computed on the host from the values of
        mu, s); nodes x, weights and the integrand are on the device. Under autograd the nodes x are
        fixed and the weight phi((x - mu)/s)/s carries the derivative (exact for f with jumps; the Stein
        form E[f z]/s loses ~eps/s at small sigma), or, ``smooth`` f, the nodes move with mu and s."""
        q = _quadrature_constants()
        mu_h = np.asarray(self.to_numpy(self.detach(mu)), dtype=float)
        s_h = np.asarray(self.to_numpy(self.detach(s)), dtype=float)
        lo, hi, bps = float(lo), float(hi), np.asarray(list(bps), dtype=float)
        P = mu_h.size
        towards_left = mu_h > (lo + hi) / 2
        za = np.where(towards_left, -q._Z_RANGE, -q._Z_FAR)
        zb = np.where(towards_left, q._Z_FAR, q._Z_RANGE)
        grade = 2.0 * scale * (q._GRADE ** np.arange(1, q._GRADE_STEPS + 1) - 1.0) / (q._GRADE - 1.0)
        cut_x = np.concatenate([[lo, hi], bps, lo - grade, hi + grade])
        edge_z = np.concatenate([za[:, None], zb[:, None], np.zeros((P, 1)),
                                 (cut_x[None, :] - mu_h[:, None]) / s_h[:, None]], axis=1)
        edge_x = np.concatenate([(mu_h + s_h * za)[:, None], (mu_h + s_h * zb)[:, None], mu_h[:, None],
                                 np.broadcast_to(cut_x, (P, cut_x.size))], axis=1)
        below, above = edge_z <= za[:, None], edge_z >= zb[:, None]
        edge_x = np.where(below, edge_x[:, :1], np.where(above, edge_x[:, 1:2], edge_x))
        edge_z = np.clip(edge_z, za[:, None], zb[:, None])
        order = np.argsort(edge_z, axis=1, kind="stable")
        edges = np.take_along_axis(edge_z, order, axis=1)
        edges_x = np.take_along_axis(edge_x, order, axis=1)
        seg_lo, seg_len = edges[:, :-1], np.diff(edges, axis=1)
        seg_lo_x = edges_x[:, :-1]
        xa, xb = mu_h[:, None] + s_h[:, None] * seg_lo, mu_h[:, None] + s_h[:, None] * edges[:, 1:]
        dist = np.maximum(0.0, np.maximum(xa - hi, lo - xb))
        width_x = np.maximum(2.0 * scale, (q._GRADE - 1.0) * dist)
        width = np.minimum(q._MAX_Z_PANEL, width_x / s_h[:, None])
        with np.errstate(invalid="ignore"):
            n_panels = np.where(seg_len > 0, np.ceil(seg_len / width), 0).astype(np.int64)
        h = np.where(n_panels > 0, seg_len / np.maximum(n_panels, 1), 0.0)
        pair = np.broadcast_to(np.arange(P)[:, None], n_panels.shape)
        counts = n_panels.ravel()
        p_pair = np.repeat(pair.ravel(), counts)
        p_h = np.repeat(h.ravel(), counts)
        first = np.cumsum(counts) - counts
        p_offset = p_h * (np.arange(counts.sum()) - np.repeat(first, counts))
        p_lo = np.repeat(seg_lo.ravel(), counts)
        p_lo_x = np.repeat(seg_lo_x.ravel(), counts)
        t, w = q._legendre()
        grad = self.requires_grad(mu, s)
        sums = [[None] * (kmax + 1) for _ in fns]
        per_chunk = max(1, q._CHUNK_NODES // q._POINTS)
        for start in range(0, p_pair.size, per_chunk):
            sl = slice(start, start + per_chunk)
            ip = p_pair[sl]
            u = p_offset[sl, None] + p_h[sl, None] * t
            z = p_lo[sl, None] + u
            weight = self.from_numpy(p_h[sl, None] * w * np.exp(-0.5 * z * z) * _INV_SQRT_2PI, mu)
            x = self.from_numpy(p_lo_x[sl, None] + s_h[ip, None] * u, mu)
            ip_dev = self.int_index(ip, mu)
            z_dev = self.from_numpy(z, mu) if grad or basis == "hermite" else None
            if grad and smooth:
                # smooth integrand (the direct route's activation): the nodes move, x = mu + s z with z fixed,
                # so d/dmu is E[f'(x)] (no Stein-form cancellation at small sigma)
                mu_i, s_i = self.index(mu, ip_dev)[:, None], self.index(s, ip_dev)[:, None]
                x = x + (mu_i - self.detach(mu_i)) + (s_i - self.detach(s_i)) * z_dev
            elif grad:
                # the nodes x stay put (value and breakpoints exact); the Gaussian weight
                # phi((x - mu)/s)/s carries the gradient: factors of value exactly 1 whose derivatives are
                # those of the density, so d/dmu is E[f(x) z]/s = E[f'] including the jumps of f
                mu_i, s_i = self.index(mu, ip_dev)[:, None], self.index(s, ip_dev)[:, None]
                z_g = (x - mu_i) / s_i
                z_d = self.detach(z_g)
                weight = weight * self.exp(-0.5 * (z_g * z_g - z_d * z_d)) * (self.detach(s_i) / s_i)
                z_dev = z_dev + (z_g - z_d)
            for i, fn in enumerate(fns):
                term = weight * self.asarray(fn(x, ip_dev) if pair_args else fn(x), x)
                prev = 0.0 * term
                for k in range(kmax + 1):
                    part = self.segment_sum(ip_dev, self.sum(term, 1), P, mu)
                    sums[i][k] = part if sums[i][k] is None else sums[i][k] + part
                    if k < kmax:
                        if basis == "power":
                            term = term * x
                        else:                                   # He_(k+1) = z He_k - k He_(k-1)
                            prev, term = term, term * z_dev - k * prev
        zero = self.zeros((P,), mu)
        return [[zero if v is None else v for v in row] for row in sums]

    def remainder_moments(self, fn, nmax, mu, s, window, breakpoints=(), basis="power", smooth=False,
                          pair_args=False):
        """E[x^k r(x)] (or E[r(x) He_k(z)], basis "hermite"), k = 0..nmax, s > 0 (1-D mu, s): (nmax+1, P);
        pair_args: fn(x, pair index of each node row)."""
        return self.stack(self._panel_integrals([fn], nmax, mu, s, window[0], window[1], breakpoints,
                                                basis=basis, smooth=smooth, pair_args=pair_args)[0])

    def remainder_derivative_expectations(self, fns, mu, s, window, breakpoints=(), smooth=False):
        """E[f(x)] for f in fns (classical derivatives), s > 0: (len(fns), P)."""
        rows = self._panel_integrals(list(fns), 0, mu, s, window[0], window[1], breakpoints, smooth=smooth)
        return self.stack([r[0] for r in rows])

    # ---- the kernels (mirror of _runtime.moments / derivative_expectations) -------------------
    _KINDS = {"activation": "_activation_xp", "remainder": "_remainder_xp", "moments": "_XP_MOMENTS",
              "derivatives": "_XP_DERIVATIVES", "act_derivatives": "_XP_ACT_DERIVATIVES",
              "remainder_derivatives": "_XP_REMAINDER_DERIVATIVES", "derivatives_split": "_XP_DERIVATIVES_SPLIT",
              "split_exp": "_split_exp_xp"}

    def _table(self, module, kind):
        """The module's array-backend kernels of one kind, bound to this namespace (xp = self)."""
        try:
            value = getattr(module, self._KINDS[kind])
        except AttributeError:
            raise ValueError(f"the {module.NAME!r} kernel module has no array-backend kernels; regenerate it with "
                             f"--backend {self.name} (gaussym codegen ... --backend {self.name})") from None
        if callable(value):
            return lambda *a, _f=value, **k: _f(self, *a, **k)
        return tuple((lambda *a, _f=f, **k: _f(self, *a, **k)) for f in value)

    def _rows(self, fns, mu, s, p):
        rows = []
        for f in fns:
            v = f(mu, s, **p)
            v = v if self.is_array(v) else self.asarray(v, mu)
            rows.append(self.broadcast_to(v, tuple(mu.shape)))
        return self.stack(rows)

    def _direct(self, module, s, point):
        """Elements integrated directly (no asymptote split): _runtime._direct."""
        return self.logical_and(s < module.DIRECT_SIGMA, self.logical_not(point))

    def _bulk(self, mu, s):
        lo = float(self.to_numpy(self.detach(self._lib_min(mu - 45.0 * s))))
        hi = float(self.to_numpy(self.detach(self._lib_max(mu + 45.0 * s))))
        return (lo - 1.0, hi + 1.0)

    def _lib_min(self, a):
        return self._lib.min(a)

    def _lib_max(self, a):
        return self._lib.max(a)

    def _overflowed(self, out, mu, s):
        bad = self.logical_not(self.all_axis0(self.isfinite(out)))
        return self.logical_and(bad, s < 1e-20 * self.maximum(self.abs(mu), self.asarray(1.0, mu)))

    def _hermite_wide(self, module, mu, s, point):
        """Elements on the Hermite route: _runtime.hermite_route(module, mu, s) (evaluated on host copies:
        one round trip) and not a point mass; without that helper the older rule sigma >= HERMITE_SIGMA,
        |mu| <= 4 sigma. HERMITE_SIGMA None: none."""
        from gaussym.kernels.generated import _runtime

        route = getattr(_runtime, "hermite_route", None)
        if route is not None:
            if getattr(module, "HERMITE_SIGMA", None) is None:
                return None
            mask = np.asarray(route(module, self.to_numpy(self.detach(mu)), self.to_numpy(self.detach(s))), dtype=bool)
            if not mask.any():
                return None
            return self.logical_and(self.bool_from_numpy(mask, mu), self.logical_not(point))
        hermite_sigma = getattr(module, "HERMITE_SIGMA", None)
        if hermite_sigma is None:
            return None
        return self.logical_and(self.logical_and(s >= hermite_sigma, self.abs(mu) <= 4 * s), self.logical_not(point))

    def _order(self, module, value, name):
        from gaussym.kernels.generated._runtime import _order
        return _order(value, name, module)

    def activation(self, module, x, params):
        like = x if self.is_array(x) else None
        dtype = self.result_dtype(x)
        x = self._arr(x, "x", like)
        p = self.params(module, params, x)
        with self._quiet():
            out = self._table(module, "activation")(x, **p)
        return self.cast(out if self.is_array(out) else self.asarray(out, x) + 0.0 * x, dtype)

    def _quiet(self):
        return contextlib.nullcontext()

    def moments(self, module, nmax, mu, sigma, params):
        """(nmax+1, *shape) float64 E[x^n act(x)], n = 0..nmax (as _runtime.moments)."""
        nmax = self._order(module, nmax, "n")
        dtype = self.result_dtype(mu, sigma)
        mu, s, point, shape = self.inputs(mu, sigma)
        p = self._flat_params(self.params(module, params, mu), shape)
        act = self._table(module, "activation")
        with self._SharedTails(self), self._quiet():
            out = self._rows(self._table(module, "moments")[:nmax + 1], mu, s, p)
            if module.NUMERIC:
                direct = self._direct(module, s, point)
                split = self.logical_not(direct)
                if self.any(split):
                    ms, ss = self.take(mu, split), self.take(s, split)
                    rem = self.remainder_moments(self._table(module, "remainder"), nmax, ms, ss,
                                                 module.WINDOW, module.REMAINDER_BREAKPOINTS)
                    out = self.put(out, split, self.take(out, split) + rem)
                if self.any(direct):
                    md, sd = self.take(mu, direct), self.take(s, direct)
                    q = self._sub(p, direct)
                    out = self.put(out, direct, self.remainder_moments(lambda x: act(x, **q), nmax, md, sd,
                                                                       self._bulk(md, sd), smooth=True))
            point = self.logical_or(point, self._overflowed(out, mu, s))
            if self.any(point):
                x = self.take(mu, point)
                powers = self.stack([x ** n for n in range(nmax + 1)])
                out = self.put(out, point, powers * self._point_values(act, x, p, point))
        return self.cast(self.reshape(out, (nmax + 1,) + shape), dtype)

    def _point_values(self, fn, x, p, mask):
        """fn(x, **p) at the point-mass elements (array parameters restricted to them)."""
        q = {k: (self.take(v, mask) if self.is_array(v) and tuple(v.shape) == tuple(mask.shape) else v)
             for k, v in p.items()}
        v = fn(x, **q)
        return v if self.is_array(v) else self.asarray(v, x) + 0.0 * x

    def derivative_expectations(self, module, mmax, mu, sigma, params):
        """(mmax+1, *shape) float64 E[act^(m)(x)], m = 0..mmax (as _runtime.derivative_expectations):
        the split route where the module has one (numeric remainder and/or decaying exp blocks g:
        d^m/dmu^m E[act - g] + E[g He_m(z)] / sigma^m) from _runtime.SPLIT_SIGMA on, the direct route
        below DIRECT_SIGMA, closed forms (+ classical remainder derivatives) elsewhere with the Hermite
        route where _runtime.hermite_route says so; the point mass at sigma = 0 or on overflow."""
        from gaussym.kernels.generated import _runtime

        mmax = self._order(module, mmax, "m")
        dtype = self.result_dtype(mu, sigma)
        mu, s, point, shape = self.inputs(mu, sigma)
        p = self._flat_params(self.params(module, params, mu), shape)
        act_d = self._table(module, "act_derivatives")
        out = self.zeros((mmax + 1, mu.shape[0]), mu) + float("nan")
        with self._SharedTails(self), self._quiet():
            direct = self._direct(module, s, point)
            split_window = getattr(module, "SPLIT_WINDOW", module.WINDOW if module.NUMERIC else ())
            split_sigma = getattr(_runtime, "SPLIT_SIGMA", None)
            if split_window and split_sigma is not None and hasattr(module, "_XP_DERIVATIVES_SPLIT"):
                split = self.logical_and(self.logical_and(s >= split_sigma, self.logical_not(direct)),
                                         self.logical_not(point))
            else:
                split = self.logical_and(point, self.logical_not(point))           # none
            classical = self.logical_and(self.logical_not(direct), self.logical_not(split))
            if self.any(classical):
                mc, sc = self.take(mu, classical), self.take(s, classical)
                rows = self._rows(self._table(module, "derivatives")[:mmax + 1], mc, sc, self._sub(p, classical))
                if module.NUMERIC:
                    rows = rows + self.remainder_derivative_expectations(
                        self._table(module, "remainder_derivatives")[:mmax + 1], mc, sc, module.WINDOW,
                        module.REMAINDER_BREAKPOINTS)
                out = self.put(out, classical, rows)
            if self.any(split):
                ms, ss = self.take(mu, split), self.take(s, split)
                q = self._sub(p, split)
                g = self._split_function(module, q)
                her = self.remainder_moments(g, mmax, ms, ss, split_window,
                                             getattr(module, "SPLIT_BREAKPOINTS", module.REMAINDER_BREAKPOINTS),
                                             basis="hermite", pair_args=True)
                rows = self._rows(self._table(module, "derivatives_split")[:mmax + 1], ms, ss, q)
                scale = self.stack([ss ** m for m in range(mmax + 1)])
                out = self.put(out, split, rows + her / scale)
            if self.any(direct):
                md, sd = self.take(mu, direct), self.take(s, direct)
                q = self._sub(p, direct)
                fns = [lambda x, f=f: f(x, **q) for f in act_d[:mmax + 1]]
                out = self.put(out, direct, self.remainder_derivative_expectations(fns, md, sd,
                                                                                   self._bulk(md, sd), smooth=True))
            wide = self._hermite_wide(module, mu, s, point)
            if wide is not None:
                wide = self.logical_and(wide, classical)
            if mmax >= 2 and wide is not None and self.any(wide):
                herm = self._hermite_derivatives(module, mmax, self.take(mu, wide), self.take(s, wide), p, wide)
                upper = self.put(out[2:], wide, herm[2:])
                out = self.concatenate([out[:2], upper])
            point = self.logical_or(point, self._overflowed(out, mu, s))
            if self.any(point):
                x = self.take(mu, point)
                vals = self.stack([self._point_values(act_d[m], x, p, point) for m in range(mmax + 1)])
                out = self.put(out, point, vals)
        return self.cast(self.reshape(out, (mmax + 1,) + shape), dtype)

    def _split_function(self, module, p):
        """g(x, pair) = remainder(x) (numeric part) + _split_exp(x, **params) (decaying exp blocks), the
        part of the activation the split route integrates; array parameters are taken per pair."""
        remainder = self._table(module, "remainder") if module.NUMERIC else None
        split_exp = self._table(module, "split_exp") if getattr(module, "SPLIT_EXP", False) else None

        def g(x, pair):
            value = remainder(x) if remainder is not None else 0.0 * x
            if split_exp is not None:
                q = {k: (self.index(v, pair)[:, None] if self.is_array(v) and tuple(v.shape) != () else v)
                     for k, v in p.items()}
                value = value + split_exp(x, **q)
            return value
        return g

    def _flat_params(self, p, shape):
        """Array parameters broadcast to the input's shape and flattened like mu and sigma."""
        out = {}
        for k, v in p.items():
            if self.is_array(v) and tuple(v.shape) != ():
                try:
                    v = self.reshape(self.broadcast_to(v, shape), (-1,))
                except (ValueError, RuntimeError):
                    raise ValueError(f"parameter {k} of shape {tuple(v.shape)} does not broadcast to the shape "
                                     f"{shape} of mu and sigma") from None
            out[k] = v
        return out

    def _sub(self, p, mask):
        """Parameters restricted to the elements of mask (array parameters of the input's shape)."""
        return {k: (self.take(v, mask) if self.is_array(v) and tuple(v.shape) == tuple(mask.shape) else v)
                for k, v in p.items()}

    def _hermite_derivatives(self, module, mmax, mu, s, p, mask):
        """E[act^(m)] = E[act(x) He_m(z)] / s^m from the moments (as _runtime._hermite_derivatives)."""
        q = self._sub(p, mask)
        moments_ = self._rows(self._table(module, "moments")[:mmax + 1], mu, s, q)
        if module.NUMERIC:
            moments_ = moments_ + self.remainder_moments(self._table(module, "remainder"), mmax, mu, s,
                                                         module.WINDOW, module.REMAINDER_BREAKPOINTS)
        # coefficients (in powers of x) of He_m(z), z = (x - mu)/s: He_(m+1) = z He_m - m He_(m-1)
        zero = 0.0 * mu
        prev = [zero] * (mmax + 2)
        cur = [1.0 + zero] + [zero] * (mmax + 1)
        out = []
        for m in range(mmax + 1):
            out.append(sum(cur[j] * moments_[j] for j in range(mmax + 1)) / s ** m)
            z_cur = [zero] + [c / s for c in cur[:-1]]
            z_cur = [zc - mu / s * c for zc, c in zip(z_cur, cur)]
            prev, cur = cur, [zc - m * pv for zc, pv in zip(z_cur, prev)]
        return self.stack(out)


def _contiguous(orders) -> bool:
    return list(orders) == list(range(orders[0], orders[0] + len(orders)))


def _horner(coef, x):
    """sum_i coef[i] x^i (numpy.polynomial.polynomial.polyval order)."""
    out = 0.0 * x + coef[-1]
    for c in coef[-2::-1]:
        out = out * x + c
    return out


# ----------------------------------------------------------------------------- the backends
class _ScipySpecial:
    """Special functions from a scipy.special-like module ``self._sp`` (scipy.special, jax.scipy.special,
    cupyx.scipy.special) and softplus by ``logaddexp`` of ``self._lib``."""

    def erf(self, x): return self._sp.erf(x)
    def erfc(self, x): return self._sp.erfc(x)
    def erfcx(self, x): return self._sp.erfcx(x)
    def ndtr(self, x): return self._sp.ndtr(x)
    def expit(self, x): return self._sp.expit(x)
    def softplus(self, x): return self._lib.logaddexp(0.0, x)


class NumpyBackend(_ScipySpecial, Backend):
    """numpy/scipy: the port itself, testable without torch/jax/cupy."""
    name = "numpy"

    def __init__(self):
        super().__init__()
        import scipy.special
        self._lib, self._sp = np, scipy.special

    def asarray(self, x, like=None):
        return np.asarray(x, dtype=np.float64)

    def is_array(self, x):
        return isinstance(x, np.ndarray)

    def _quiet(self):
        return np.errstate(all="ignore")

    def put(self, base, mask, values):
        out = np.array(base, dtype=np.float64, copy=True)
        out[..., mask] = values
        return out

    def segment_sum(self, index, values, size, like):
        return np.bincount(index, weights=values, minlength=size).astype(np.float64)

    def int_index(self, idx_numpy, like):
        return idx_numpy


class TorchBackend(Backend):
    """torch: float64 tensors on the input's device; autograd flows through the kernels."""
    name = "torch"

    def __init__(self):
        super().__init__()
        import torch
        self._lib = torch

    def device(self, x):
        return x.device if x is not None and self.is_array(x) else None

    def asarray(self, x, like=None):
        torch = self._lib
        dev = self.device(like) if like is not None else None
        if isinstance(x, torch.Tensor):
            if not (x.is_floating_point() or x.dtype in (torch.int8, torch.int16, torch.int32, torch.int64,
                                                           torch.uint8, torch.bool)):
                raise TypeError(f"a real tensor is needed, got dtype {x.dtype}")
            return x.to(dtype=torch.float64, device=dev if dev is not None else x.device)
        if isinstance(x, np.ndarray) and x.dtype == np.float64:
            return torch.from_numpy(x).to(device=dev) if dev is not None else torch.from_numpy(x)
        arr = np.asarray(x, dtype=np.float64)
        return torch.as_tensor(arr, dtype=torch.float64, device=dev)

    def result_dtype(self, *values):
        torch = self._lib
        dtypes = [v.dtype for v in values if isinstance(v, torch.Tensor) and v.is_floating_point()]
        if not dtypes:
            return None
        out = dtypes[0]
        for d in dtypes[1:]:
            out = torch.promote_types(out, d)
        return None if out == torch.float64 else out

    def cast(self, out, dtype):
        return out if dtype is None else out.to(dtype)

    def bool_from_numpy(self, mask, like):
        return self._lib.from_numpy(np.ascontiguousarray(mask, dtype=bool)).to(like.device)

    def from_numpy(self, a, like=None):
        t = self._lib.from_numpy(np.ascontiguousarray(a, dtype=np.float64))
        dev = self.device(like) if like is not None else None
        return t if dev is None or dev.type == "cpu" else t.to(dev)

    def to_numpy(self, a):
        return a.detach().cpu().numpy() if self.is_array(a) else np.asarray(a)

    def is_array(self, x):
        return isinstance(x, self._lib.Tensor)

    def any(self, mask):
        return bool(self._lib.any(mask))

    def all(self, mask):
        return bool(self._lib.all(mask))

    def put(self, base, mask, values):
        out = base.clone()
        out[..., mask] = values if self.is_array(values) else self.asarray(values, base)
        return out

    def array_equal(self, a, b):
        return tuple(a.shape) == tuple(b.shape) and a.device == b.device and bool(self._lib.equal(a, b))

    def detach(self, a):
        return a.detach() if self.is_array(a) else a

    def requires_grad(self, *arrays):
        return any(self.is_array(a) and a.requires_grad for a in arrays)

    def segment_sum(self, index, values, size, like):
        return self.zeros((size,), like).index_add(0, index, values)

    def int_index(self, idx_numpy, like):
        return self._lib.from_numpy(np.ascontiguousarray(idx_numpy, dtype=np.int64)).to(like.device)

    def zeros(self, shape, like):
        return self._lib.zeros(shape, dtype=self._lib.float64, device=self.device(like))

    def stack(self, rows, axis=0):
        return self._lib.stack(list(rows), dim=axis)

    def concatenate(self, arrays, axis=0):
        return self._lib.cat(list(arrays), dim=axis)

    def broadcast_arrays(self, *arrays):
        return self._lib.broadcast_tensors(*arrays)

    def broadcast_to(self, a, shape):
        return a.expand(shape) if tuple(a.shape) != tuple(shape) else a

    def reshape(self, a, shape):
        return a.reshape(shape)

    def sum(self, a, axis):
        return a.sum(dim=axis)

    def all_axis0(self, a):
        return a.all(dim=0)

    def _lib_min(self, a):
        return a.min()

    def _lib_max(self, a):
        return a.max()

    def where(self, cond, a, b):
        torch = self._lib
        like = cond if self.is_array(cond) else a if self.is_array(a) else b
        if not self.is_array(cond):
            cond = torch.as_tensor(bool(cond), device=self.device(like))
        a = a if self.is_array(a) else self.asarray(a, like)
        b = b if self.is_array(b) else self.asarray(b, like)
        return torch.where(cond, a, b)

    def _t(self, x):
        return x if self.is_array(x) else self.asarray(x)

    def exp(self, x): return self._lib.exp(self._t(x))
    def expm1(self, x): return self._lib.expm1(self._t(x))
    def log(self, x): return self._lib.log(self._t(x))
    def log1p(self, x): return self._lib.log1p(self._t(x))
    def sqrt(self, x): return self._lib.sqrt(self._t(x))
    def abs(self, x): return self._lib.abs(self._t(x))
    def tanh(self, x): return self._lib.tanh(self._t(x))
    def cosh(self, x): return self._lib.cosh(self._t(x))
    def isfinite(self, x): return self._lib.isfinite(self._t(x))
    def isinf(self, x): return self._lib.isinf(self._t(x))
    def sign(self, x): return self._lib.sign(self._t(x))
    def maximum(self, a, b):
        like = a if self.is_array(a) else b
        return self._lib.maximum(self.asarray(a, like), self.asarray(b, like))

    def minimum(self, a, b):
        like = a if self.is_array(a) else b
        return self._lib.minimum(self.asarray(a, like), self.asarray(b, like))

    def erf(self, x): return self._lib.special.erf(self._t(x))
    def erfc(self, x): return self._lib.special.erfc(self._t(x))
    def erfcx(self, x): return self._lib.special.erfcx(self._t(x))
    def ndtr(self, x): return self._lib.special.ndtr(self._t(x))
    def expit(self, x): return self._lib.special.expit(self._t(x))
    def softplus(self, x):
        x = self._t(x)
        return self._lib.logaddexp(x, self._lib.zeros_like(x))


class JaxBackend(_ScipySpecial, Backend):
    """jax (CPU or GPU, eager): needs jax_enable_x64 for float64."""
    name = "jax"

    def __init__(self):
        super().__init__()
        import jax
        import jax.numpy as jnp
        import jax.scipy.special as jsp
        self._jax, self._lib, self._sp = jax, jnp, jsp

    def _check_x64(self):
        if not self._jax.config.jax_enable_x64:
            raise RuntimeError("the gaussym jax kernels compute in float64: enable it first with "
                               "jax.config.update(\"jax_enable_x64\", True) (or JAX_ENABLE_X64=1)")

    def device(self, x):
        try:
            devs = x.devices()
            return next(iter(devs)) if len(devs) == 1 else None
        except AttributeError:
            return None

    def asarray(self, x, like=None):
        self._check_x64()
        if isinstance(x, self._jax.core.Tracer):
            raise TypeError("jax transformations (grad, jit, vmap) are not supported by the gaussym jax kernels: "
                            "they branch on values (routes, point masses, the quadrature layout); differentiate "
                            "with the torch backend, or use derivative_expectations_jax (d/dmu E[act^(m)] = "
                            "E[act^(m+1)])")
        out = self._lib.asarray(x, dtype=self._lib.float64)
        dev = self.device(like) if like is not None and self.is_array(like) else None
        if dev is not None and self.device(out) != dev:
            out = self._jax.device_put(out, dev)
        return out

    def to_numpy(self, a):
        return np.asarray(a)

    def result_dtype(self, *values):
        dtypes = [v.dtype for v in values if self.is_array(v) and self._lib.issubdtype(v.dtype, self._lib.floating)]
        if not dtypes:
            return None
        out = self._lib.result_type(*dtypes)
        return None if out == self._lib.float64 else out

    def is_array(self, x):
        return isinstance(x, self._jax.Array)

    def put(self, base, mask, values):
        idx = np.nonzero(np.asarray(mask))[0]
        return base.at[..., idx].set(values)

    def take(self, a, mask):
        idx = np.nonzero(np.asarray(mask))[0]
        return a[..., idx]

    def detach(self, a):
        return self._jax.lax.stop_gradient(a) if self.is_array(a) else a

    def requires_grad(self, *arrays):
        return any(isinstance(a, self._jax.core.Tracer) for a in arrays)

    def array_equal(self, a, b):
        return tuple(a.shape) == tuple(b.shape) and bool(self._lib.array_equal(a, b))

    def segment_sum(self, index, values, size, like):
        return self._jax.ops.segment_sum(values, index, num_segments=size)

    def int_index(self, idx_numpy, like):
        return self._lib.asarray(idx_numpy)

    def zeros(self, shape, like):
        return self.asarray(np.zeros(shape), like)



class CupyBackend(_ScipySpecial, Backend):
    """cupy (NVIDIA GPU): float64 arrays on the current device (untested here: no GPU)."""
    name = "cupy"

    def __init__(self):
        super().__init__()
        import cupy
        import cupyx.scipy.special as csp
        self._lib, self._sp = cupy, csp

    def device(self, x):
        return getattr(x, "device", None)

    def asarray(self, x, like=None):
        return self._lib.asarray(x, dtype=self._lib.float64)

    def from_numpy(self, a, like=None):
        return self._lib.asarray(np.asarray(a, dtype=np.float64))

    def to_numpy(self, a):
        return self._lib.asnumpy(a) if self.is_array(a) else np.asarray(a)

    def result_dtype(self, *values):
        dtypes = [v.dtype for v in values if self.is_array(v) and v.dtype.kind == "f"]
        if not dtypes:
            return None
        out = np.result_type(*dtypes)
        return None if out == np.float64 else out

    def is_array(self, x):
        return isinstance(x, self._lib.ndarray)

    def segment_sum(self, index, values, size, like):
        import cupyx

        out = self.zeros((size,), like)
        cupyx.scatter_add(out, index, values)
        return out

    def int_index(self, idx_numpy, like):
        return self._lib.asarray(idx_numpy)

    def array_equal(self, a, b):
        return tuple(a.shape) == tuple(b.shape) and bool(self._lib.array_equal(a, b))



#: backend name -> class (opt_einsum style dispatch table)
_CLASSES = {"numpy": NumpyBackend, "torch": TorchBackend, "jax": JaxBackend, "cupy": CupyBackend}
_PACKAGE = {"numpy": "numpy", "torch": "torch", "jax": "jax", "cupy": "cupy"}


class _Lazy:
    """What ``backend(name)`` returns: imports the package on first attribute use, so a generated
    module imports (and can be inspected) without torch/jax/cupy; a missing package is an ImportError
    naming it and the pip command, raised when a kernel is called."""

    def __init__(self, name):
        self._name = name
        self._real = None

    def _load(self):
        if self._real is None:
            try:
                self._real = _CLASSES[self._name]()
            except ImportError as exc:
                raise ImportError(f"the {self._name} kernels need the {_PACKAGE[self._name]!r} package, which is "
                                  f"not importable here ({exc}); install it: {INSTALL[self._name]}") from None
        return self._real

    def __getattr__(self, attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        return getattr(self._load(), attr)

    def __repr__(self):
        return f"<gaussym array runtime {self._name!r}{'' if self._real is None else ' (loaded)'}>"


_INSTANCES: dict = {}


def backend(name: str):
    """The namespace of backend ``name`` (numpy, torch, jax, cupy); the package is imported lazily."""
    if name not in _CLASSES:
        raise ValueError(f"unknown array backend {name!r}; choose from {', '.join(BACKEND_NAMES)}")
    if name not in _INSTANCES:
        _INSTANCES[name] = _Lazy(name)
    return _INSTANCES[name]
