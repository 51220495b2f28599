"""Gaussian expectations by quadrature: the numeric part of activations without closed forms,
and the high-precision mpmath references that every test compares against.

Float path (numpy only). For act = asymptote (piecewise polynomial, closed form) + remainder r
(exponentially decaying in |x|), the remainder integrals

    E[x^k r(x)] = int (mu + s z)^k r(mu + s z) phi(z) dz,   x = mu + s z ~ N(mu, s^2),

are computed in z with composite 20-point Gauss-Legendre over z in [-40, 40] towards the window
centre (phi(40) ~ e^-800: nothing beyond matters even if r grows like e^(2|x|) that way) and
14 away from it (r decays there as well as phi: phi(14) ~ 1e-43). Panels are split at mu, at r's
breakpoints and at the window edges, and are at most 2 wide in z (resolves phi) and, inside the
window, 2 * scale wide in x (resolves r: tanh's poles sit pi/2 off the real axis, so a 20-point
rule on a width-2 panel converges like 3.4^-40). Beyond the window r is smooth and exponentially
small, so panels grow geometrically (width 0.3 * distance to the window): the tail of r is still
integrated, which keeps accuracy relative to E|x^k r| even when the Gaussian sits beyond the window
(and costs only ~30 panels per side when sigma is huge). A fixed Gauss-Hermite rule cannot do
this: for s >> 1 the activation looks like a step between its nodes (50 nodes: 5e-3 error for
sigmoid at s = 7).

mpmath path: :func:`gaussian_expectation_mp` is the trusted reference for E[x^n f(x)] for ANY f.
"""
from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from gaussym._validate import as_float_array, broadcast, check_int, check_nonnegative

__all__ = ["remainder_moments", "remainder_derivative_expectations", "remainder_hermite_expectations",
           "delta_expectations",
           "remainder_moments_mp", "gaussian_expectation_mp"]

_Z_RANGE = 40.0          # |z| beyond which phi(z) < 1e-347: exactly negligible in float64
_Z_FAR = 14.0            # range on the side away from the window centre (r decays there too)
_GRADE = 1.3             # beyond the window panels grow like 0.3 * distance (r decays by e^-(0.3 lambda d))
_GRADE_STEPS = 48        # graded cut points out to ~1e6 * scale
_POINTS = 20             # Gauss-Legendre points per panel
_MAX_Z_PANEL = 2.0       # panel width in z (Gaussian resolution)
_CHUNK_NODES = 1 << 21   # bound the working arrays (~16 MB each)
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)


@lru_cache(maxsize=None)
def _legendre():
    x, w = np.polynomial.legendre.leggauss(_POINTS)
    return (x + 1.0) / 2.0, w / 2.0          # nodes/weights on [0, 1]


def _check_window(window, breakpoints, scale):
    try:
        lo, hi = (float(v) for v in window)
    except (TypeError, ValueError):
        raise ValueError(f"window must be a pair (lo, hi) of floats, got {window!r}") from None
    if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
        raise ValueError(f"window must satisfy -inf < lo < hi < inf, got {window!r}")
    bps = as_float_array(list(breakpoints), "breakpoints", ndim=1)
    if not (np.isfinite(scale) and scale > 0):
        raise ValueError(f"scale must be a positive float, got {scale!r}")
    return lo, hi, bps


def _prepare(mu, sigma):
    mu = as_float_array(mu, "mu")
    sigma = check_nonnegative(as_float_array(sigma, "sigma"), "sigma")
    mu, sigma = broadcast({"mu": mu, "sigma": sigma})
    return mu.shape, mu.ravel(), sigma.ravel()


def _panel_integrals(fns, kmax, mu, s, lo, hi, bps, scale, basis="power"):
    """E[x^k f(x)] (basis "power") or E[f(x) He_k(z)], z = (x - mu)/s (basis "hermite"), for every f
    in fns, k = 0..kmax, at pairs (mu, s > 0): (len(fns), kmax+1, P)."""
    P = mu.size
    # integration range in z: 40 sigma towards the window centre (r may grow that way and shift the
    # mass of r * phi), 14 sigma away from it (phi(14) = 2e-43 and r only decays there)
    towards_left = mu > (lo + hi) / 2
    za = np.where(towards_left, -_Z_RANGE, -_Z_FAR)
    zb = np.where(towards_left, _Z_FAR, _Z_RANGE)
    # cuts: mu, breakpoints, window edges and, beyond the edges, geometrically graded points
    # edge +- d_j (r is smooth and decays there, so panels may grow with the distance d)
    grade = 2.0 * scale * (_GRADE ** np.arange(1, _GRADE_STEPS + 1) - 1.0) / (_GRADE - 1.0)
    cut_x = np.concatenate([[lo, hi], bps, lo - grade, hi + grade])
    # every edge carries both coordinates: z for the Gaussian weight, x exact at the cuts, so that
    # nodes x = x_edge + s u near a breakpoint do not inherit the rounding eps |mu| of mu + s z
    edge_z = np.concatenate([za[:, None], zb[:, None], np.zeros((P, 1)),
                             (cut_x[None, :] - mu[:, None]) / s[:, None]], axis=1)
    edge_x = np.concatenate([(mu + s * za)[:, None], (mu + s * zb)[:, None], mu[:, None],
                             np.broadcast_to(cut_x, (P, cut_x.size))], axis=1)
    below, above = edge_z <= za[:, None], edge_z >= zb[:, None]
    edge_x = np.where(below, edge_x[:, :1], np.where(above, edge_x[:, 1:2], edge_x))
    edge_z = np.clip(edge_z, za[:, None], zb[:, None])
    order = np.argsort(edge_z, axis=1, kind="stable")
    edges = np.take_along_axis(edge_z, order, axis=1)
    edges_x = np.take_along_axis(edge_x, order, axis=1)
    seg_lo, seg_len = edges[:, :-1], np.diff(edges, axis=1)                     # (P, E-1)
    seg_lo_x = edges_x[:, :-1]
    # panel width in x: 2 * scale inside the window, (GRADE - 1) * distance beyond it; in z also <= 2
    xa, xb = mu[:, None] + s[:, None] * seg_lo, mu[:, None] + s[:, None] * edges[:, 1:]
    dist = np.maximum(0.0, np.maximum(xa - hi, lo - xb))
    width_x = np.maximum(2.0 * scale, (_GRADE - 1.0) * dist)
    width = np.minimum(_MAX_Z_PANEL, width_x / s[:, None])                      # max panel width in z
    with np.errstate(invalid="ignore"):
        n_panels = np.where(seg_len > 0, np.ceil(seg_len / width), 0).astype(np.int64)
    h = np.where(n_panels > 0, seg_len / np.maximum(n_panels, 1), 0.0)
    pair = np.broadcast_to(np.arange(P)[:, None], n_panels.shape)
    counts = n_panels.ravel()
    p_pair = np.repeat(pair.ravel(), counts)
    p_h = np.repeat(h.ravel(), counts)
    first = np.cumsum(counts) - counts
    p_offset = p_h * (np.arange(counts.sum()) - np.repeat(first, counts))      # panel start - segment start
    p_lo = np.repeat(seg_lo.ravel(), counts)
    p_lo_x = np.repeat(seg_lo_x.ravel(), counts)
    t, w = _legendre()
    out = np.zeros((len(fns), kmax + 1, P))
    per_chunk = max(1, _CHUNK_NODES // _POINTS)
    for start in range(0, p_pair.size, per_chunk):
        sl = slice(start, start + per_chunk)
        ip = p_pair[sl]
        u = p_offset[sl, None] + p_h[sl, None] * t                              # z - segment start
        z = p_lo[sl, None] + u                                                  # (panels, points)
        weight = p_h[sl, None] * w * np.exp(-0.5 * z * z) * _INV_SQRT_2PI
        x = p_lo_x[sl, None] + s[ip, None] * u
        for i, fn in enumerate(fns):
            term = weight * np.asarray(fn(x), dtype=np.float64)
            prev = np.zeros_like(term)
            for k in range(kmax + 1):
                out[i, k] += np.bincount(ip, weights=term.sum(axis=1), minlength=P)
                if k < kmax:
                    if basis == "power":
                        term = term * x
                    else:                                   # He_(k+1) = z He_k - k He_(k-1)
                        prev, term = term, term * z - k * prev
    return out


def remainder_moments(fn, nmax, mu, sigma, *, window, breakpoints=(), scale=1.0) -> np.ndarray:
    """E[x^k r(x)] for k = 0..nmax, x ~ N(mu, sigma^2): array (nmax+1, *broadcast(mu, sigma).shape).

    fn: vectorised numpy r(x), smooth between ``breakpoints``, small and smooth outside ``window`` =
    (lo, hi) (there it is still integrated, on geometrically growing panels). ``scale``: length on
    which r varies (1 for the stock activations; panels are 2 * scale wide in x). sigma = 0 gives
    the point mass mu^k r(mu). Accuracy (measured against mpmath, tests/test_quadrature.py):
    ~1e-15 relative to E[|x|^k |r(x)|] for mu in [-50, 50], sigma in [0, 1e3].
    """
    nmax = check_int(nmax, "nmax")
    lo, hi, bps = _check_window(window, breakpoints, scale)
    shape, mu, s = _prepare(mu, sigma)
    out = np.empty((nmax + 1, mu.size))
    point = s == 0
    if np.any(point):
        x = mu[point]
        out[:, point] = x ** np.arange(nmax + 1)[:, None] * np.asarray(fn(x), dtype=np.float64)
    if np.any(~point):
        out[:, ~point] = _panel_integrals([fn], nmax, mu[~point], s[~point], lo, hi, bps, scale)[0]
    return out.reshape((nmax + 1,) + shape)


def remainder_hermite_expectations(fn, mmax, mu, sigma, *, window, breakpoints=(), scale=1.0) -> np.ndarray:
    """E[r(x) He_m(z)], z = (x - mu)/sigma, for m = 0..mmax, x ~ N(mu, sigma^2 > 0): (mmax+1, *shape).

    By the Hermite relation E[r^(m)(x)] = E[r(x) He_m(z)] / sigma^m for the DISTRIBUTIONAL
    derivative (jumps of r included). Same panels as :func:`remainder_moments`; He_m is evaluated at
    the nodes, so nothing is expanded in powers of x (that expansion costs (1 + |mu|/sigma)^m).
    Accurate relative to E|r(x) He_m(z)| for sigma >~ 1; for small sigma use the classical
    derivatives (:func:`remainder_derivative_expectations`), the sum above cancels there.
    """
    mmax = check_int(mmax, "mmax")
    lo, hi, bps = _check_window(window, breakpoints, scale)
    shape, mu, s = _prepare(mu, sigma)
    if np.any(s == 0):
        raise ValueError("remainder_hermite_expectations needs sigma > 0")
    out = _panel_integrals([fn], mmax, mu, s, lo, hi, bps, scale, basis="hermite")[0]
    return out.reshape((mmax + 1,) + shape)


def delta_expectations(jmax, t, mu, sigma) -> np.ndarray:
    """E[delta^(j)(u - t)] for j = 0..jmax, u ~ N(mu, sigma^2), sigma > 0: (jmax+1, *shape).

    int delta^(j)(u - t) p(u) du = (-1)^j p^(j)(t) = sigma^(-j-1) He_j(c) phi(c), c = (t - mu)/sigma,
    since p(u) = phi((u - mu)/sigma)/sigma and phi^(j)(c) = (-1)^j He_j(c) phi(c).
    sigma = 0 gives 0 (the point-mass limit off the breakpoint; at mu == t it has no finite value).
    """
    jmax = check_int(jmax, "jmax")
    shape, mu, s = _prepare(mu, sigma)
    out = np.zeros((jmax + 1, mu.size))
    pos = s > 0
    c = (t - mu[pos]) / s[pos]
    dens = np.exp(-0.5 * c * c) * _INV_SQRT_2PI / s[pos]
    he_prev, he = np.zeros_like(c), np.ones_like(c)                            # He_-1, He_0
    for j in range(jmax + 1):
        out[j, pos] = he * dens
        dens = dens / s[pos]
        he_prev, he = he, c * he - j * he_prev                                 # He_(j+1) = c He_j - j He_(j-1)
    return out.reshape((jmax + 1,) + shape)


def remainder_derivative_expectations(derivatives, mu, sigma, *, window, breakpoints=(), jumps=None,
                                      scale=1.0) -> np.ndarray:
    """E[r^(m)(x)] for m = 0..len(derivatives)-1, x ~ N(mu, sigma^2): (mmax+1, *shape).

    derivatives: [r, r', r'', ...] CLASSICAL derivatives (vectorised numpy; smooth between the
    breakpoints). Integrating them directly avoids the Hermite form E[r He_m(z)]/sigma^m, which
    cancels catastrophically for small sigma.
    jumps: None (classical part only) or {t: [J_0, J_1, ...]} with J_j = r^(j)(t+) - r^(j)(t-); then
    the distributional derivative is returned:
        r^(m) = r^(m)_classical + sum_(j<m) J_j delta^(m-1-j)(x - t),
    with E[delta^(i)(x - t)] from :func:`delta_expectations` (0 for sigma = 0).
    For a SMOOTH activation act = asymptote + r the jump terms of r cancel those of the asymptote:
    E[act^(m)] = E[asymptote^(m)_classical] + (this with jumps=None) is then exact and stable.
    """
    fns = list(derivatives)
    if not fns or not all(callable(f) for f in fns):
        raise ValueError("derivatives must be a non-empty sequence of callables [r, r', ...]")
    lo, hi, bps = _check_window(window, breakpoints, scale)
    shape, mu, s = _prepare(mu, sigma)
    mmax = len(fns) - 1
    out = np.empty((mmax + 1, mu.size))
    point = s == 0
    if np.any(point):
        out[:, point] = [np.asarray(f(mu[point]), dtype=np.float64) for f in fns]
    if np.any(~point):
        out[:, ~point] = _panel_integrals(fns, 0, mu[~point], s[~point], lo, hi, bps, scale)[:, 0]
    for t, jump_list in (jumps or {}).items():
        if mmax == 0:
            break
        deltas = delta_expectations(mmax - 1, float(t), mu, s)
        for m in range(1, mmax + 1):
            for j in range(min(m, len(jump_list))):
                out[m] += float(jump_list[j]) * deltas[m - 1 - j]
    return out.reshape((mmax + 1,) + shape)


# ---------------------------------------------------------------- mpmath references

def gaussian_expectation_mp(f_mp, n, mu, sigma, *, kinks=(), scale=1, return_abs=False):
    """High-precision E[x^n f(x)], x ~ N(mu, sigma^2), for ANY f (mpmath, current mp.dps).

    n: int -> mpf, or a sequence of ints -> list of mpf (f is evaluated once per node for all n).
    Integrates g(z) = (mu + s z)^n f(mu + s z) phi(z) piecewise, split at z = 0, +-2^j (j = -1..8),
    at each kink t (z = (t - mu)/s) and at t +- scale * 2^j (j = -3..7), where f changes on its own
    length scale; the outer pieces run to +-inf (z = a + u/(1-u)). Each piece uses mpmath's
    Gauss-Legendre nodes at doubling degree until successive results agree to 10^-(dps+3) times
    int |g| over the piece -- a RELATIVE criterion (mpmath.quad stops on an absolute error estimate
    and so returns false digits for tiny integrands, e.g. 7e-10 relative error at 1e-200).
    A piece that does not converge by degree 8 (384 nodes) is bisected (up to 6 times); then
    ArithmeticError (e.g. an undeclared kink). sigma = 0 gives the point mass mu^n f(mu).
    return_abs=True returns (value, E[|x^n f(x)|]) pairs instead: the error scale, from the same
    nodes (a few digits suffice for a scale; it is exact where g keeps its sign on each piece).
    """
    import mpmath as mp

    single = isinstance(n, (int, np.integer))
    orders = [check_int(k, "n") for k in ([n] if single else list(n))]
    dps = mp.mp.dps
    with mp.workdps(dps + 10):
        mu, s = mp.mpf(mu), mp.mpf(sigma)
        if not (mp.isfinite(mu) and mp.isfinite(s)) or s < 0:
            raise ValueError(f"mu must be finite and sigma >= 0, got mu={mu}, sigma={sigma}")
        if s == 0:
            fx = f_mp(mu)
            values = [mu ** k * fx for k in orders]
            abs_values = [abs(v) for v in values]
        else:
            pts = {mp.mpf(0)} | {sign * mp.mpf(2) ** j for j in range(-1, 9) for sign in (1, -1)}
            for t in kinks:
                zt = (mp.mpf(t) - mu) / s
                pts.add(zt)
                pts |= {zt + sign * mp.mpf(scale) * mp.mpf(2) ** j / s for j in range(-3, 8) for sign in (1, -1)}
            pts = sorted(p for p in pts if abs(p) < 1e6)
            pieces = list(zip([-mp.inf] + pts, pts + [mp.inf]))
            # rough pass (one low degree) for the global size of int |g|: a piece need only converge
            # relative to max(its own int |g|, the global one)
            rough = [_piece_mp(f_mp, orders, mu, s, a, b, dps, degrees=(3,))[1] for a, b in pieces]
            scale_all = [mp.fsum(col) for col in zip(*rough)]
            results = [_piece_adaptive(f_mp, orders, mu, s, a, b, dps, scale_all) for a, b in pieces]
            norm = mp.sqrt(2 * mp.pi)
            values = [mp.fsum(col) / norm for col in zip(*(r[0] for r in results))]
            abs_values = [mp.fsum(col) / norm for col in zip(*(r[1] for r in results))]
    values = [+v for v in values]                                       # round to the caller's dps
    if return_abs:
        values = [(v, +a) for v, a in zip(values, abs_values)]
    return values[0] if single else values


_GL_CACHE = {}


def _gl_nodes(a, b, degree):
    """mpmath Gauss-Legendre nodes (3 * 2^(degree-1) points) mapped to [a, b], standard nodes cached."""
    import mpmath as mp
    from mpmath.calculus.quadrature import GaussLegendre

    key = (degree, mp.mp.prec)
    if key not in _GL_CACHE:
        _GL_CACHE[key] = GaussLegendre(mp.mp).calc_nodes(degree, mp.mp.prec)
    half, mid = (b - a) / 2, (b + a) / 2
    return [(mid + half * x, half * w) for x, w in _GL_CACHE[key]]


def _piece_adaptive(f_mp, orders, mu, s, a, b, dps, global_abs, depth=0, max_depth=6):
    """:func:`_piece_mp`, bisecting a piece that does not converge (e.g. a sharp peak of
    e^(s z - z^2/2) inside a long piece), up to max_depth times; then ArithmeticError."""
    import mpmath as mp

    try:
        return _piece_mp(f_mp, orders, mu, s, a, b, dps, global_abs)
    except ArithmeticError:
        if depth >= max_depth:
            raise
    if mp.isinf(b):
        mid = a + max(1, abs(a))
    elif mp.isinf(a):
        mid = b - max(1, abs(b))
    else:
        mid = (a + b) / 2
    left = _piece_adaptive(f_mp, orders, mu, s, a, mid, dps, global_abs, depth + 1, max_depth)
    right = _piece_adaptive(f_mp, orders, mu, s, mid, b, dps, global_abs, depth + 1, max_depth)
    return [u + v for u, v in zip(left[0], right[0])], [u + v for u, v in zip(left[1], right[1])]


def _piece_mp(f_mp, orders, mu, s, a, b, dps, global_abs=None, degrees=range(1, 9)):
    """(int_a^b g_k, int_a^b |g_k|), g_k = (mu + s z)^k f(mu + s z) e^(-z^2/2), k in orders.

    Gauss-Legendre at doubling degree until successive values differ by <= 10^-(dps+3) times
    max(int |g_k| on the piece, global_abs[k]). With a single degree: no convergence check.
    """
    import mpmath as mp

    tol = mp.mpf(10) ** -(dps + 3)
    previous = None
    for degree in degrees:
        if mp.isinf(b) or mp.isinf(a):                                   # z = edge +- u/(1-u), u in [0, 1)
            edge, sign = (a, 1) if mp.isinf(b) else (b, -1)
            nodes = [(edge + sign * u / (1 - u), w / (1 - u) ** 2) for u, w in _gl_nodes(0, 1, degree)]
        else:
            nodes = _gl_nodes(a, b, degree)
        sums, abs_sums = [mp.mpf(0)] * len(orders), [mp.mpf(0)] * len(orders)
        for z, w in nodes:
            x = mu + s * z
            base = w * f_mp(x) * mp.exp(-z * z / 2)
            for i, k in enumerate(orders):
                term = base * x ** k
                sums[i] += term
                abs_sums[i] += abs(term)
        if len(degrees) == 1:
            return sums, abs_sums
        bound = abs_sums if global_abs is None else [max(m, g) for m, g in zip(abs_sums, global_abs)]
        if previous is not None and all(abs(v - p) <= tol * m for v, p, m in zip(sums, previous, bound)):
            return sums, abs_sums
        previous = sums
    raise ArithmeticError(f"gaussian_expectation_mp: no convergence on z in [{mp.nstr(a, 8)}, {mp.nstr(b, 8)}] "
                          f"(mu={mp.nstr(mu, 8)}, sigma={mp.nstr(s, 8)}); add a kink where f is not smooth")


def remainder_moments_mp(fn_mp, n, mu, sigma, *, window=None, breakpoints=(), scale=1):
    """mpmath twin of :func:`remainder_moments`: E[x^n r(x)] as mpf (or list for a sequence n).

    Integrates over the whole line (the window is not needed at high precision; its edges are
    accepted for signature symmetry), split at the breakpoints as in :func:`gaussian_expectation_mp`.
    """
    return gaussian_expectation_mp(fn_mp, n, mu, sigma, kinks=tuple(breakpoints), scale=scale)
