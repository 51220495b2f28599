"""Independent mpmath references for E[x^n act(x)], x ~ N(mu, sigma^2) (used by the activation tests).

reference_all(f, nmax, mu, sigma): composite Gauss-Legendre in z = (x - mu)/sigma at 30 digits,
panels of width 1/2 on [-60, 60], split at x = 0 and at every kink with geometric refinement
on the scale 1/sigma (so an activation that looks like a step on the Gaussian's scale,
sigma = 1e3, is still resolved); all n at once. Returns ([E[x^n f]], [E|x^n f|]).
The helpers are checked here against exact formulas, so a broken reference cannot hide.
"""
from __future__ import annotations

import mpmath as mp

DPS = 30

MP_ACTS = {
    "identity": lambda x: x,
    "relu": lambda x: x if x > 0 else mp.mpf(0),
    "leaky_relu": lambda x: x if x > 0 else x / 100,
    "gelu": lambda x: x * mp.ncdf(x),
    "erf": mp.erf,
    "exp": mp.exp,
    "elu": lambda x: x if x > 0 else mp.expm1(x),
    "square": lambda x: x * x,
    "sigmoid": lambda x: 1 / (1 + mp.exp(-x)),
    "tanh": mp.tanh,
    "silu": lambda x: x / (1 + mp.exp(-x)),
    "softplus": lambda x: mp.log1p(mp.exp(x)),
    "mish": lambda x: x * mp.tanh(mp.log1p(mp.exp(x))),
}


_NODES = {}
NODES = 20


def _legendre(dps):
    """Gauss-Legendre nodes/weights on [-1, 1] at dps digits (cached)."""
    if dps not in _NODES:
        with mp.workdps(dps + 10):
            _NODES[dps] = mp.gauss_quadrature(NODES, "legendre")
    return _NODES[dps]


def split_points(f, mu, sigma, kinks=(0,)):
    """Panel edges in z: the unit cells of [-60, 60] where |x^n f phi| is not negligible (1e-45 of
    its peak, checked at cell edges with a margin of two cells), cut into panels of width 1/4
    (1/2 for |z| < 6), plus geometric refinement down to 1/(64 sigma) around each kink."""
    def logmag(z):
        x = mu + sigma * z
        v = abs(f(x)) * (1 + abs(x)) ** 8
        return mp.log(v) - z * z / 2 if v else -mp.inf
    cells = list(range(-60, 61))
    mags = [logmag(mp.mpf(k)) for k in cells]
    kz = [(mp.mpf(t) - mu) / sigma for t in kinks]
    for z in kz:
        if abs(z) < 60:
            mags[int(mp.floor(z)) + 60] = max(mags[int(mp.floor(z)) + 60], logmag(z))
            mags[int(mp.floor(z)) + 61] = max(mags[int(mp.floor(z)) + 61], logmag(z))
    top = max(mags)
    if top == -mp.inf:
        return []
    keep = [i for i, m in enumerate(mags) if m > top - 104]       # e^-104 ~ 1e-45
    lo, hi = max(0, min(keep) - 2), min(len(cells) - 1, max(keep) + 2)
    pts = set()
    for k in range(cells[lo], cells[hi]):
        width = mp.mpf(1) / 2 if -6 <= k < 6 else mp.mpf(1) / 4
        pts |= {k + j * width for j in range(int(1 / width) + 1)}
    zmin, zmax = min(pts), max(pts)
    for zt in kz:
        if zmin < zt < zmax:
            pts.add(zt)
            step = min(1 / sigma, mp.mpf(1)) / 64
            while step < 1:
                pts |= {z for z in (zt - step, zt + step) if zmin < z < zmax}
                step *= 2
    return sorted(pts)


def reference_all(f, nmax, mu, sigma, kinks=(0,), dps=DPS):
    """([E[x^n f(x)]], [E|x^n f(x)|]) for n = 0..nmax, x ~ N(mu, sigma^2), at dps digits.

    Composite Gauss-Legendre in z = (x - mu)/sigma on the panels of ``split_points`` (x = 0 and
    each kink are panel edges); sigma = 0 gives the point mass.
    """
    with mp.workdps(dps):
        mu, sigma = mp.mpf(mu), mp.mpf(sigma)
        if sigma == 0:
            vals = [mu ** n * f(mu) for n in range(nmax + 1)]
            return vals, [abs(v) for v in vals]
        nodes, weights = _legendre(dps)
        pts = split_points(f, mu, sigma, tuple(kinks) + (0,))
        vals = [mp.mpf(0)] * (nmax + 1)
        absvals = [mp.mpf(0)] * (nmax + 1)      # all zero when the integrand vanishes on |z| < 60
        for a, b in zip(pts[:-1], pts[1:]):
            half, mid = (b - a) / 2, (a + b) / 2
            for t, w in zip(nodes, weights):
                z = mid + half * t
                x = mu + sigma * z
                p = f(x) * mp.npdf(z) * w * half
                for n in range(nmax + 1):
                    vals[n] += p
                    absvals[n] += abs(p)
                    p *= x
        return vals, absvals


def reference(f, n, mu, sigma, kinks=(0,)):
    """(E[x^n f(x)], E|x^n f(x)|)."""
    vals, absvals = reference_all(f, n, mu, sigma, kinks)
    return vals[n], absvals[n]


def test_reference_polynomial_and_relu_exact():
    # E[x^3] = mu^3 + 3 mu s^2 ; E[relu(x)] = mu Phi(mu/s) + s phi(mu/s)
    for mu, s in [(0.3, 2.0), (-7, 0.5), (40, 1e-3)]:
        v, _ = reference(lambda x: x, 2, mu, s)
        with mp.workdps(DPS):
            exact = mp.mpf(mu) ** 3 + 3 * mp.mpf(mu) * mp.mpf(s) ** 2
            assert abs(v - exact) <= mp.mpf(10) ** -30 * (abs(exact) + mp.mpf(s) ** 3)
    for mu, s in [(-10, 1), (-37, 1), (2, 1e3), (-1, 1e-3 * 37)]:
        v, _ = reference(MP_ACTS["relu"], 0, mu, s)
        with mp.workdps(DPS):
            mu_, s_ = mp.mpf(mu), mp.mpf(s)
            exact = mu_ * mp.ncdf(mu_ / s_) + s_ * mp.npdf(mu_ / s_)
            assert abs(v / exact - 1) < mp.mpf(10) ** -25, (mu, s, v, exact)
