"""Hand-written runtime shared by the generated kernel modules (not generated; no SymPy).

A generated module holds the derived formulas as plain functions (``_MOMENTS[n](mu, sigma,
**params)`` for sigma > 0, ``_DERIVATIVES[m]``, ``_ACT_DERIVATIVES[m](x)`` for the point mass,
and for activations without full closed form the numeric remainder ``_REMAINDER_DERIVATIVES``
with ``WINDOW``/``REMAINDER_BREAKPOINTS``); this module validates the input, broadcasts,
handles sigma = 0 (point mass: E[x^n act(x)] = mu^n act(mu)) and adds the numeric remainder.
"""
from __future__ import annotations

import math

import numpy as np
from scipy import special as _sp

from gaussym._validate import as_float_array, broadcast, check_int, check_nonnegative

_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
_SPLIT = 134217729.0  # 2^27 + 1, Dekker split


# tables of gauss_tail_all(kmax, c, L) shared by all orders k within one kernel evaluation
_TAIL_TABLES: dict | None = None


def _two_prod(a, b):
    """(p, e) with p = fl(a b) and a b = p + e exactly (Dekker)."""
    p = a * b
    a_hi = a * _SPLIT - (a * _SPLIT - a)
    b_hi = b * _SPLIT - (b * _SPLIT - b)
    a_lo, b_lo = a - a_hi, b - b_hi
    return p, ((a_hi * b_hi - p) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo


class DoubleDouble:
    """hi + lo (|lo| <= ulp(hi)/2): a tail argument carried beyond float64 (see sqrt_quotient)."""
    __slots__ = ("hi", "lo")

    def __init__(self, hi, lo):
        self.hi, self.lo = hi, lo

    def __neg__(self):
        return DoubleDouble(-self.hi, -self.lo)


def sqrt_quotient(m, w2, s):
    """m / sqrt(w2 + s^2) in double-double (inputs exact floats; w2 a constant such as 1 or 1/2)."""
    m, s = np.asarray(m, dtype=float), np.asarray(s, dtype=float)
    s2, s2_lo = _two_prod(s, s)
    d = w2 + s2                                          # TwoSum(w2, s2) + s2_lo
    bv = d - w2
    d_lo = ((w2 - (d - bv)) + (s2 - bv)) + s2_lo
    r = np.sqrt(d)
    rr, rr_lo = _two_prod(r, r)
    r_lo = ((d - rr) - rr_lo + d_lo) / (2.0 * r)         # sqrt(d + d_lo) = r + r_lo
    q = m / r
    qr, qr_lo = _two_prod(q, r)
    q_lo = ((m - qr) - qr_lo - q * r_lo) / r             # m / (r + r_lo) = q + q_lo
    return DoubleDouble(q, q_lo)


def quotient(m, s):
    """m / s in double-double (hi + lo, lo = (m - hi s) / s with hi s formed exactly): the argument
    c = -mu/sigma of a tail block; its rounding alone costs ~c^2 eps/2 relative in D_k(c) ~ e^(-c^2/2)
    (1e-13 at c = 37). Non-finite or zero-divisor elements get lo = 0."""
    m, s = np.asarray(m, dtype=float), np.asarray(s, dtype=float)
    with np.errstate(all="ignore"):
        q = m / s
        p, e = _two_prod(q, s)
        lo = ((m - p) - e) / s
    return DoubleDouble(q, np.where(np.isfinite(lo), lo, 0.0))


def tail(k, c, L=0.0):
    """gauss_tail(k, c, L) = e^L D_k(c); inside a moments()/derivative_expectations() call, all orders
    for the same (c, L) come from one gauss_tail_all table (the kernels ask for D_0..D_k of few arguments).
    A DoubleDouble c = hi + lo is applied to first order: D_k(hi + lo) = D_k(hi) - k lo D_(k-1)(hi)
    (d/dc D_0 = -phi(c))."""
    from gaussym.kernels.special import gauss_tail, gauss_tail_all

    if isinstance(c, DoubleDouble):
        base = tail(k, c.hi, L)
        if k > 0:
            slope = k * tail(k - 1, c.hi, L)
        else:
            with np.errstate(all="ignore"):
                slope = np.exp(np.asarray(L, dtype=float)) * norm_pdf(c.hi) if np.any(np.asarray(L) != 0) \
                    else norm_pdf(c.hi)
        return base - c.lo * slope
    if _TAIL_TABLES is None:
        return gauss_tail(k, c, L)
    c, L = np.asarray(c, dtype=float), np.asarray(L, dtype=float)
    key = (c.shape, c.tobytes(), L.shape, L.tobytes())
    table = _TAIL_TABLES.get(key)
    if table is None or table.shape[0] <= k:
        table = gauss_tail_all(max(k, 2 * (0 if table is None else table.shape[0]), 3), c, L)
        _TAIL_TABLES[key] = table
    return table[k]


class _shared_tails:
    """Context: share tail tables during one kernel evaluation (not thread-safe; nested use is fine)."""

    def __enter__(self):
        global _TAIL_TABLES
        self.outer = _TAIL_TABLES
        _TAIL_TABLES = {} if self.outer is None else self.outer

    def __exit__(self, *exc):
        global _TAIL_TABLES
        _TAIL_TABLES = self.outer


def norm_pdf(q):
    """phi(q) with q^2 formed exactly (Dekker): relative error ~eps even at |q| ~ 37. A DoubleDouble
    q = hi + lo (sqrt_quotient) enters to first order: phi(hi + lo) = phi(hi) e^(-hi lo) (1 + O(lo^2))."""
    if isinstance(q, DoubleDouble):
        with np.errstate(under="ignore", over="ignore", invalid="ignore"):
            return norm_pdf(q.hi) * np.where(np.isfinite(q.hi), np.exp(-q.hi * q.lo), 1.0)
    q = np.asarray(q, dtype=float)
    hi = q * _SPLIT - (q * _SPLIT - q)
    lo = q - hi
    sq_hi = q * q
    sq_lo = ((hi * hi - sq_hi) + 2.0 * hi * lo) + lo * lo          # q^2 = sq_hi + sq_lo exactly
    with np.errstate(under="ignore", over="ignore", invalid="ignore"):
        out = np.exp(-0.5 * sq_hi) * (1.0 - 0.5 * sq_lo) * _INV_SQRT_2PI
    return np.where(np.isfinite(q), out, 0.0)


def norm_cdf(q):
    """Phi(q); for q < 0 as phi(q) M(q), M(q) = sqrt(pi/2) erfcx(-q/sqrt2): ndtr(q) rounds q/sqrt2 first,
    an error amplified by q^2 in the tail (6e-14 relative at q = -30); this keeps ~4e-16."""
    q = np.asarray(q, dtype=float)
    with np.errstate(under="ignore", over="ignore", invalid="ignore"):
        left = norm_pdf(q) * (math.sqrt(math.pi / 2) * _sp.erfcx(-q / math.sqrt(2.0)))
        return np.where(q < 0, left, _sp.ndtr(q))


def phi_blend(P, Q, q):
    """P Phi(q) + Q phi(q); for q < 0 as phi(q) (P M(q) + Q), M(q) = Phi(q)/phi(q) = sqrt(pi/2) erfcx(-q/sqrt2),
    so a left-tail result keeps relative accuracy instead of cancelling/underflowing in Phi(q)."""
    P, Q, q = np.broadcast_arrays(np.asarray(P, float), np.asarray(Q, float), np.asarray(q, float))
    with np.errstate(under="ignore", over="ignore", invalid="ignore"):
        mills = math.sqrt(math.pi / 2) * _sp.erfcx(-q / math.sqrt(2.0))
        left = norm_pdf(q) * (P * mills + Q)
        right = P * _sp.ndtr(q) + Q * norm_pdf(q)
    return np.where(q < 0, left, right)


def resolve_params(module, params: dict) -> dict:
    """Defaults of ``module.PARAMS`` overridden by ``params``; unknown names and changes to a
    parameter baked into a numeric remainder are errors."""
    unknown = sorted(set(params) - set(module.PARAMS))
    if unknown:
        raise ValueError(f"activation {module.NAME!r} has no parameter {', '.join(unknown)}; "
                         f"its parameters: {sorted(module.PARAMS) or 'none'}")
    out = dict(module.PARAMS)
    for k, v in params.items():
        value = float(as_float_array(v, k, ndim=0))
        if k in module.BAKED_PARAMS and value != module.PARAMS[k]:
            raise ValueError(f"parameter {k} of {module.NAME!r} is baked into its kernels ({module.PARAMS[k]}: it moves "
                             f"a breakpoint or enters the numeric remainder); "
                             f"regenerate with Activation.from_expr(..., params={{'{k}': {value}}})")
        out[k] = value
    return out


def _order(value, name, module):
    value = check_int(value, name)
    if value > module.MAX_N:
        raise ValueError(f"{name} = {value} exceeds MAX_N = {module.MAX_N} of the {module.NAME!r} kernels; regenerate "
                         f"with a larger --max-n (gaussym codegen \"{module.EXPRESSION}\" --name {module.NAME} "
                         f"--max-n {value} -o FILE, or Activation.from_expr(..., max_n={value}))")
    return value


def _inputs(mu, sigma):
    mu = as_float_array(mu, "mu")
    sigma = check_nonnegative(as_float_array(sigma, "sigma"), "sigma")
    mu, sigma = broadcast({"mu": mu, "sigma": sigma})
    point = sigma == 0
    return mu, np.where(point, 1.0, sigma), point


def _overflowed(out, mu, s):
    """sigma so small against |mu| (< 1e-20 max(1, |mu|)) that (mu/sigma)^k overflowed inside a tail
    while sigma^k underflowed: use the point mass there (its relative error is O((sigma/|mu - t|)^2)
    for the kinks t, far below float64 resolution when the overflow happens)."""
    bad = ~np.all(np.isfinite(out), axis=0)
    return bad & (s < 1e-20 * np.maximum(1.0, np.abs(mu)))


def _direct(module, s, point):
    """Elements integrated directly (act itself, no asymptote split): smooth activations at
    sigma < DIRECT_SIGMA. There the split would cancel: E[x tanh x] ~ sigma^2 while its asymptote
    part E|x| ~ sigma (7.8e-13 relative error at sigma = 1e-3, 1e-11 at 1e-5)."""
    return (s < module.DIRECT_SIGMA) & ~point


def _bulk(mu, s):
    """An x-window holding every Gaussian's bulk (mu +- 45 sigma), widened by 1 (never empty, even
    for sigma ~ 1e-30; the quadrature only visits z in [-40, 40] of each Gaussian anyway)."""
    return (float(np.min(mu - 45.0 * s)) - 1.0, float(np.max(mu + 45.0 * s)) + 1.0)


def moments(module, nmax, mu, sigma, params):
    """(nmax+1, *shape) array of E[x^n act(x)], x ~ N(mu, sigma^2), n = 0..nmax."""
    nmax = _order(nmax, "n", module)
    p = resolve_params(module, params)
    mu, s, point = _inputs(mu, sigma)
    out = np.empty((nmax + 1,) + mu.shape)
    with np.errstate(all="ignore"), _shared_tails():
        for n in range(nmax + 1):
            out[n] = module._MOMENTS[n](mu, s, **p)
        if module.NUMERIC:
            from gaussym.kernels.quadrature import remainder_moments
            direct = _direct(module, s, point)
            split = ~direct
            if np.any(split):
                out[:, split] += remainder_moments(module._remainder, nmax, mu[split], s[split],
                                                   window=module.WINDOW, breakpoints=module.REMAINDER_BREAKPOINTS)
            if np.any(direct):
                out[:, direct] = remainder_moments(lambda x: module._activation(x, **p), nmax, mu[direct],
                                                   s[direct], window=_bulk(mu[direct], s[direct]))
        point = point | _overflowed(out, mu, s)
        if np.any(point):
            x = mu[point]
            out[:, point] = x ** np.arange(nmax + 1)[:, None] * module._activation(x, **p)
    return out


def derivative_expectations(module, mmax, mu, sigma, params):
    """(mmax+1, *shape) array of E[act^(m)(x)], m = 0..mmax.

    Routes (chosen by where each loses digits; docs/checking.md has the measurements):
    * split, where the module has one (a numeric remainder r and/or decaying exp blocks on pieces, g
      = their sum) and s >= SPLIT_SIGMA: d^m/dmu^m E[act - g] (exact tail forms) + E[g(x) He_m(z)] / s^m,
      He_m evaluated at the quadrature nodes. The classical route (E of g^(m) plus jump terms) cancels
      for s >> 1: g^(m) = O(1) integrates to O(s^-(m+1)) (tanh m = 6 at s = 1000: 6e0 relative; elu
      1.5e-12 at (240, 60)); expanding He_m in powers of x would cost (1 + |mu|/s)^m. Measured <= 5e-15
      for s in [0.5, 1000], |mu/s| <= 10, m <= 6.
    * direct (smooth numeric activations, s < DIRECT_SIGMA): act^(m) integrated by quadrature.
    * closed forms (classical derivatives + jumps; plus the classical r^(m) by quadrature) elsewhere,
      with the moment route (hermite_route) for modules without a split where those cancel.
    """
    from gaussym.kernels.quadrature import remainder_derivative_expectations, remainder_hermite_expectations

    mmax = _order(mmax, "m", module)
    p = resolve_params(module, params)
    mu, s, point = _inputs(mu, sigma)
    out = np.empty((mmax + 1,) + mu.shape)
    with np.errstate(all="ignore"), _shared_tails():
        direct = _direct(module, s, point)
        split = (s >= SPLIT_SIGMA) & ~direct & ~point if module.SPLIT_WINDOW else np.zeros(mu.shape, bool)
        classical = ~direct & ~split
        if np.any(classical):   # closed part (classical derivatives + jumps) + classical r^(m) by quadrature
            mc, sc = mu[classical], s[classical]
            for m in range(mmax + 1):
                out[m, classical] = module._DERIVATIVES[m](mc, sc, **p)
            if module.NUMERIC:
                out[:, classical] += remainder_derivative_expectations(
                    module._REMAINDER_DERIVATIVES[:mmax + 1], mc, sc, window=module.WINDOW,
                    breakpoints=module.REMAINDER_BREAKPOINTS)
        if np.any(split):
            ms, ss = mu[split], s[split]

            def g(x):
                value = module._remainder(x) if module.NUMERIC else 0.0
                return value + module._split_exp(x, **p) if module.SPLIT_EXP else value

            her = remainder_hermite_expectations(g, mmax, ms, ss, window=module.SPLIT_WINDOW,
                                                 breakpoints=module.SPLIT_BREAKPOINTS)
            for m in range(mmax + 1):
                out[m, split] = module._DERIVATIVES_SPLIT[m](ms, ss, **p) + her[m] / ss ** m
        if np.any(direct):
            fns = [lambda x, f=f: f(x, **p) for f in module._ACT_DERIVATIVES[:mmax + 1]]
            out[:, direct] = remainder_derivative_expectations(fns, mu[direct], s[direct],
                                                               window=_bulk(mu[direct], s[direct]))
        wide = hermite_route(module, mu, s) & classical & ~point
        if mmax >= 2 and np.any(wide):
            out[2:, wide] = _hermite_derivatives(module, mmax, mu[wide], s[wide], p)[2:]
        point = point | _overflowed(out, mu, s)
        if np.any(point):
            for m in range(mmax + 1):
                row = out[m, ...]          # a view, also for 0-d input
                row[point] = module._ACT_DERIVATIVES[m](mu[point], **p)
    return out


#: from this sigma on E[act^(m)] takes the split route where the module has one (see derivative_expectations)
SPLIT_SIGMA = 0.5


def hermite_route(module, mu, s):
    """Mask of the (mu, s) where E[act^(m)], m >= 2, is taken from the moments by the Hermite relation
    when the split route does not apply: activations whose direct forms cancel for s >> 1
    (module.HERMITE_SIGMA not None: exp blocks on a half line beside jump terms; elu and every exp block
    that decays away from its edge take the split route, so in practice exp blocks that grow away from
    it, e.g. where(x > 0, x, exp(-x) - 1)) where s >= HERMITE_SIGMA and |mu|/s <= log(s). The direct
    forms lose ~s^m eps near the kink, the moment route ~(1 + |mu|/s)^m eps; the boundary was fitted
    on elu over s in [1.2, 1000], |mu/s| <= 10, m <= 6 (worst of the two routes as chosen: see
    docs/checking.md)."""
    hermite_sigma = getattr(module, "HERMITE_SIGMA", None)      # None: direct forms exact at any sigma
    if hermite_sigma is None:
        return np.zeros(np.shape(s), dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        return (s >= hermite_sigma) & (np.abs(mu) <= s * np.log(np.maximum(s, 1.0)))


def _hermite_derivatives(module, mmax, mu, s, p):
    """E[act^(m)(x)] = E[act(x) He_m(z)] / s^m, z = (x - mu)/s, from the moments E[x^j act(x)]; used
    for sigma >= module.HERMITE_SIGMA (set by codegen where the direct forms cancel).

    For sigma >> 1 (and |mu| <= 4 sigma) the direct forms cancel: their pieces (e.g. elu's e^x part and
    its jump terms at 0) are O(1/s) while the sum is O(s^-(m+1)), a loss growing like s^m (1e0 at
    m = 6, s = 1000). The moments keep eps relative to E|x^j act|, and with |mu| <= 4 s the
    coefficients of He_m((x - mu)/s) in x cost at most (1 + |mu|/s)^m <= 5^m of that scale (measured: tanh
    m = 6 at (-50, 30) 2e-8 -> < 1e-12, elu < 2e-13 at |mu|/s = 3.1)."""
    moments_ = np.empty((mmax + 1,) + mu.shape)
    for n in range(mmax + 1):
        moments_[n] = module._MOMENTS[n](mu, s, **p)
    if module.NUMERIC:
        from gaussym.kernels.quadrature import remainder_moments
        moments_ += remainder_moments(module._remainder, mmax, mu, s, window=module.WINDOW,
                                      breakpoints=module.REMAINDER_BREAKPOINTS)
    # coefficients (in powers of x) of He_m(z), z = (x - mu)/s: He_(m+1) = z He_m - m He_(m-1)
    z = np.zeros((mmax + 2,) + mu.shape)
    prev, cur = np.zeros_like(z), np.zeros_like(z)
    cur[0] = 1.0
    out = np.empty((mmax + 1,) + mu.shape)
    for m in range(mmax + 1):
        out[m] = np.sum(cur[:mmax + 1] * moments_, axis=0) / s ** m
        z_cur = np.zeros_like(z)
        z_cur[1:] = cur[:-1] / s
        z_cur -= mu / s * cur
        prev, cur = cur, z_cur - m * prev
    return out


def moments_mp(module, nmax, mu, sigma, params):
    """List of mpf E[x^n act(x)], n = 0..nmax, at the current mpmath precision (scalar mu, sigma)."""
    import mpmath

    nmax = _order(nmax, "n", module)
    p = {k: mpmath.mpf(v) for k, v in resolve_params(module, params).items()}
    mu, sigma = mpmath.mpf(mu), mpmath.mpf(sigma)
    if sigma < 0:
        raise ValueError(f"sigma must be >= 0, got {sigma}")
    if sigma == 0:
        a = module._activation_mp(mu, **p)
        return [mu ** n * a for n in range(nmax + 1)]
    out = [module._MOMENTS_MP[n](mu, sigma, **p) for n in range(nmax + 1)]
    if module.NUMERIC:
        from gaussym.kernels.quadrature import remainder_moments_mp
        rem = remainder_moments_mp(module._remainder_mp, list(range(nmax + 1)), mu, sigma, window=module.WINDOW,
                                   breakpoints=module.REMAINDER_BREAKPOINTS)
        out = [a + b for a, b in zip(out, rem)]
    return out


def derivative_expectations_mp(module, mmax, mu, sigma, params):
    """List of mpf E[act^(m)(x)], m = 0..mmax, at the current mpmath precision."""
    import mpmath

    mmax = _order(mmax, "m", module)
    p = {k: mpmath.mpf(v) for k, v in resolve_params(module, params).items()}
    mu, sigma = mpmath.mpf(mu), mpmath.mpf(sigma)
    if sigma < 0:
        raise ValueError(f"sigma must be >= 0, got {sigma}")
    if sigma == 0:
        return [module._ACT_DERIVATIVES_MP[m](mu, **p) for m in range(mmax + 1)]
    out = [module._DERIVATIVES_MP[m](mu, sigma, **p) for m in range(mmax + 1)]
    if module.NUMERIC:
        from gaussym.kernels.quadrature import remainder_moments_mp
        for m in range(mmax + 1):
            out[m] += remainder_moments_mp(module._REMAINDER_DERIVATIVES_MP[m], 0, mu, sigma, window=module.WINDOW,
                                           breakpoints=module.REMAINDER_BREAKPOINTS)
    return out


def activation(module, x, params):
    p = resolve_params(module, params)
    with np.errstate(all="ignore"):
        return module._activation(np.asarray(x, dtype=float), **p)


def tail_expdiff(k, c, h, L):
    """e^L D_k(c + h) - D_k(c) (D_k = gauss_tail), accurate when it nearly cancels.

    |L| < 1 and |h| (|c| + 2) < 1/2: expm1(L) D_k(c+h) + [D_k(c+h) - D_k(c)], the bracket by its
    Taylor series sum_j h^j/j! D_k^(j)(c) with D_k^(j) = (-1)^j k!/(k-j)! D_(k-j) (j <= k) and,
    beyond, d^i/dc^i D_0 = (-1)^i He_(i-1)(c) phi(c). Elsewhere the plain difference (no severe
    cancellation there: the two tails differ by a factor >= e^(1/2) or the prefactor is far from 1).
    """
    from gaussym.kernels.special import gauss_tail_all

    c, h, L = np.broadcast_arrays(np.asarray(c, float), np.asarray(h, float), np.asarray(L, float))
    with np.errstate(all="ignore"):
        out = np.asarray(tail(k, c + h, L) - tail(k, c), dtype=float)
        near = (np.abs(L) < 1.0) & (np.abs(h) * (np.abs(c) + 2.0) < 0.5)
        if np.any(near):
            cn, hn, Ln = c[near], h[near], L[near]
            D = gauss_tail_all(k, cn)
            pdf = norm_pdf(cn)
            total = np.zeros_like(cn)
            he_prev, he = np.zeros_like(cn), np.ones_like(cn)      # He_(i-2), He_(i-1) for i = 1
            falling, power, fact = 1.0, np.ones_like(cn), 1.0
            for j in range(1, 40):
                power = power * hn
                fact *= j
                if j <= k:
                    falling *= (k - j + 1)
                    deriv = (-1.0) ** j * falling * D[k - j]
                else:
                    i = j - k                                           # order of derivative of D_0
                    if i >= 2:
                        he_prev, he = he, cn * he - (i - 2) * he_prev   # He_(i-1)
                    deriv = (-1.0) ** k * falling * (-1.0) ** i * he * pdf
                total += power / fact * deriv
            out[near] = np.expm1(Ln) * tail(k, cn + hn) + total
    return out


def tail_expdiff_mp(k, c, h, L):
    """mpmath twin of tail_expdiff (the plain difference at 30 extra digits)."""
    import mpmath

    from gaussym.kernels.special import gauss_tail_mp

    with mpmath.extradps(30):
        value = gauss_tail_mp(k, c + h, L) - gauss_tail_mp(k, c)
    return +value
