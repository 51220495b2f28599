"""The verification sweep behind ``gaussym check``.

Every float64 number gaussym produces is compared with an INDEPENDENT high-precision
reference computed here, in mpmath, without the closed forms under test:

* activation integrals ``expect(act, n, mu, sigma)`` = E[x^n act(x)], x ~ N(mu, sigma^2),
  against adaptive composite Gauss-Legendre quadrature of mpmath versions of the
  activations (defined below, parameters at the documented defaults), split at the kinks,
  the Gaussian mode, the activation's transition (width 1/sigma in z) and the tail scale
  1/|c| (c = -mu/sigma);
* ``expect_derivative(act, m, mu, sigma)`` = E[act^(m)(x)] against the Hermite relation
  E[act(x) He_m(z)] / sigma^m evaluated with the same quadrature (no differentiation);
* ``noncentral_moment`` against explicit enumeration of the singleton/pair partitions
  (Isserlis/Wick with means), and ``master_theorem_coefficients`` against the subset sum
  c_m = sum_{|S|=m} prod_{i in S} a_i M_{[k]\\S}(b, Cov e) built on that enumeration;
* float64 ``mlp_approx`` / ``glu_approx`` against their own ``dps=`` (mpmath) path.

Errors are relative to a magnitude scale, never absolute: E|x^n act(x)| for activation
integrals, E|act(x) He_m(z)| / sigma^m for derivative expectations, the sum of the absolute
values of the partition terms for moments, and the largest coefficient of each degree for
approximants. Cases whose exact value (or scale) over- or underflows float64 (> 1e300 or
< 1e-300) are skipped and counted; for underflowing ones the float64 result must still be
below 1e-290 in magnitude.

``run_check`` returns the table rows; ``format_table`` prints them. Parts of the library
that are not importable yet give rows with status MISSING (which also fail the check).
"""
from __future__ import annotations

import math
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

import mpmath

#: worst allowed error relative to the magnitude scale, per kernel family
BOUND_CLOSED_FORM = 1e-13
BOUND_NUMERIC = 1e-12
BOUND_MOMENTS = 1e-13
BOUND_APPROX = 1e-10
#: activations without closed forms (numeric quadrature inside the kernel)
NUMERIC_ACTIVATIONS = frozenset({"sigmoid", "tanh", "silu", "swish", "softplus", "mish"})
#: exact values beyond these magnitudes do not fit float64 with full relative precision
OVERFLOW, UNDERFLOW = 1e300, 1e-300
#: float64 result allowed for a case whose exact value underflows
UNDERFLOW_RESULT = 1e-290

NMAX = 8          # expect: n = 0..NMAX
MMAX = 6          # expect_derivative: m = 0..MMAX


# ----------------------------------------------------------------------------------
# mpmath activations (the independent definitions; documented defaults)
# ----------------------------------------------------------------------------------
LEAKY_SLOPE = mpmath.mpf("0.01")
ELU_ALPHA = 1
SELU_ALPHA = mpmath.mpf("1.6732632423543772848170429916717")
SELU_SCALE = mpmath.mpf("1.0507009873554804934193349852946")


def _softplus_mp(x):
    # log(1 + e^x) without overflow: x + log1p(e^-x) for x > 0
    return x + mpmath.log1p(mpmath.exp(-x)) if x > 0 else mpmath.log1p(mpmath.exp(x))


def _sigmoid_mp(x):
    return 1 / (1 + mpmath.exp(-x)) if x >= 0 else mpmath.exp(x) / (1 + mpmath.exp(x))


@dataclass(frozen=True)
class MpActivation:
    """An mpmath activation: ``f(x)``, its kinks (x where it or its derivatives jump, or
    where it changes sign) and whether it grows exponentially (shifts the mass in z)."""
    f: object
    kinks: tuple = (0,)
    exp_growth: bool = False


MP_ACTIVATIONS = {
    "identity": MpActivation(lambda x: x),
    "square": MpActivation(lambda x: x * x),
    "relu": MpActivation(lambda x: x if x > 0 else mpmath.mpf(0)),
    "leaky_relu": MpActivation(lambda x: x if x > 0 else LEAKY_SLOPE * x),
    "gelu": MpActivation(lambda x: x * mpmath.ncdf(x)),
    "erf": MpActivation(mpmath.erf),
    "exp": MpActivation(mpmath.exp, exp_growth=True),
    "elu": MpActivation(lambda x: x if x > 0 else ELU_ALPHA * mpmath.expm1(x)),
    "selu": MpActivation(lambda x: SELU_SCALE * (x if x > 0 else SELU_ALPHA * mpmath.expm1(x))),
    "sigmoid": MpActivation(_sigmoid_mp),
    "tanh": MpActivation(mpmath.tanh),
    "silu": MpActivation(lambda x: x * _sigmoid_mp(x)),
    "swish": MpActivation(lambda x: x * _sigmoid_mp(x)),
    "softplus": MpActivation(_softplus_mp),
    "mish": MpActivation(lambda x: x * mpmath.tanh(_softplus_mp(x))),
}


# ----------------------------------------------------------------------------------
# reference quadrature
# ----------------------------------------------------------------------------------
_GL_CACHE: dict = {}


def _gauss_legendre(prec: int):
    """Gauss-Legendre rules on [-1, 1] at working precision: (24-point, 12-point)."""
    if prec not in _GL_CACHE:
        from mpmath.calculus.quadrature import GaussLegendre
        rule = GaussLegendre(mpmath.mp)
        _GL_CACHE[prec] = (rule.calc_nodes(4, prec + 20), rule.calc_nodes(3, prec + 20))
    return _GL_CACHE[prec]


def _reference_digits(dps: int) -> int:
    """Panel acceptance tolerance 10^-digits of the reference quadrature: max(dps/2, 20)."""
    return max(dps // 2, 20)


def _max_exponent(values):
    """Smallest E with |v| <= 2^E for every v (None if all are zero); from the mpf bits."""
    best = None
    for v in values:
        sign, man, exp, bc = v._mpf_
        if man:
            e = exp + bc
            best = e if best is None or e > best else best
        elif exp or bc:  # inf / nan
            raise ArithmeticError(f"non-finite value {v} in the reference quadrature")
    return best


def _fixed(v, e, bits):
    """round-toward-zero(v / 2^e * 2^bits) as an int, from the mpf bits (no mpmath arithmetic)."""
    sign, man, exp, bc = v._mpf_
    shift = exp - e + bits
    r = man << shift if shift >= 0 else man >> -shift
    return -r if sign else r


def _breakpoints(act: MpActivation, mu, s, window: float = 40.0):
    """Panel edges in z = (x - mu)/s: kinks, the mode, the transition and tail scales."""
    lo, hi = -window, window + (float(s) if act.exp_growth else 0.0)
    pts = {lo, hi, 0.0}
    pts.update(sgn * k for sgn in (-1, 1) for k in (1, 2, 4, 8, 16, 32))
    if act.exp_growth:  # mass of e^(s z) phi(z) sits at z = s
        pts.update(float(s) + k for k in (-8, -4, -2, -1, 0, 1, 2, 4, 8))
    for xk in act.kinks:
        zk = float((xk - mu) / s)
        pts.add(zk)
        width = 1.0 / float(s)  # the activation's transition, |x| ~ 1, in z units
        pts.update(zk + sgn * width * k for sgn in (-1, 1) for k in (0.5, 2, 8, 32))
        if abs(zk) > 1:         # tail: phi decays on the scale 1/|zk| past the kink
            t = 1.0 / abs(zk)
            pts.update(zk + sgn * t * k for sgn in (-1, 1) for k in (1, 4, 16))
    edges = sorted(p for p in pts if lo <= p <= hi and math.isfinite(p))
    out = [edges[0]]
    for p in edges[1:]:
        if p - out[-1] > 1e-12 * max(1.0, abs(p)):
            out.append(p)
    return [mpmath.mpf(p) for p in out]


def reference_integrals(name: str, mu: float, sigma: float, *, nmax: int = NMAX,
                        mmax: int = MMAX, dps: int = 50, max_panels: int = 6000):
    """Independent mpmath values for one Gaussian N(mu, sigma^2).

    Returns a dict of mpf lists: ``I[n]`` = E[x^n act(x)], ``Iabs[n]`` = E|x^n act(x)|
    (n = 0..nmax) and, for sigma > 0, ``D[m]`` = E[act(x) He_m(z)] / sigma^m = E[act^(m)(x)]
    and ``Dabs[m]`` = E|act(x) He_m(z)| / sigma^m (m = 0..mmax). Adaptive composite
    24-point Gauss-Legendre in z on panels split at kinks, the mode, transition and tail
    scales; a panel is accepted when its 24-point value agrees with the 12-point one to
    10^-max(dps/2, 20) of the running scale E|.| of every signed component, else it is halved.
    """
    act = MP_ACTIVATIONS[name]
    with mpmath.workdps(dps + 10):
        mu_m, s_m = mpmath.mpf(mu), mpmath.mpf(sigma)
        if sigma == 0:  # point mass at mu
            a = act.f(mu_m)
            vals = [mu_m ** n * a for n in range(nmax + 1)]
            return {"I": vals, "Iabs": [abs(v) for v in vals], "D": None, "Dabs": None}
        nodes = _gauss_legendre(dps)
        n_i, n_d = nmax + 1, mmax + 1
        n_signed = n_i + n_d

        bits = mpmath.mp.prec + 40   # fixed-point fraction bits for the moment sums
        one = 1 << bits

        def rule(nodes, a, b):
            """sum_j w_j act(x_j) e^(-z_j^2/2) [x_j^n, He_m(z_j), |.|] on [a, b].

            The node values are mpmath numbers; the power/Hermite sums run in exact
            integer fixed point: each of v, x, z is scaled by a power of two 2^E bounding
            its magnitude on the panel (truncation 2^-bits relative to that bound).
            """
            half, mid = (b - a) / 2, (a + b) / 2
            zs = [mid + half * x for x, _ in nodes]
            xs = [mu_m + s_m * z for z in zs]
            vs = [w * act.f(x) * mpmath.exp(-z * z / 2) for (_, w), x, z in zip(nodes, xs, zs)]
            e_v = _max_exponent(vs)
            if e_v is None:
                return [mpmath.mpf(0)] * (2 * n_signed)
            e_x = _max_exponent(xs)
            e_x = 0 if e_x is None else e_x
            e_z = max(_max_exponent(zs) or 0, 1)
            hcoef = [m << (bits - 2 * e_z) for m in range(n_d)]   # m / 2^(2 e_z)
            acc = [0] * (2 * n_signed)
            for v, x, z in zip(vs, xs, zs):
                vi, xi, zi = _fixed(v, e_v, bits), _fixed(x, e_x, bits), _fixed(z, e_z, bits)
                p = vi
                for n in range(n_i):          # v (x / 2^e_x)^n
                    acc[n] += p
                    acc[n_signed + n] += abs(p)
                    p = (p * xi) >> bits
                h_prev, h = 0, one            # He_m(z)/2^(m e_z): h_{m+1} = (z/2^e_z) h_m - (m/2^(2 e_z)) h_{m-1}
                for m in range(n_d):
                    q = (vi * h) >> bits
                    acc[n_i + m] += q
                    acc[n_signed + n_i + m] += abs(q)
                    h_prev, h = h, ((zi * h) >> bits) - ((hcoef[m] * h_prev) >> bits)
            out = [mpmath.ldexp(acc[n], e_v - bits + n * e_x) for n in range(n_i)]
            out += [mpmath.ldexp(acc[n_i + m], e_v - bits + m * e_z) for m in range(n_d)]
            out += [mpmath.ldexp(acc[n_signed + n], e_v - bits + n * e_x) for n in range(n_i)]
            out += [mpmath.ldexp(acc[n_signed + n_i + m], e_v - bits + m * e_z) for m in range(n_d)]
            return [half * v for v in out]

        def panel(a, b):
            # 24-point value and its error estimate |Q24 - Q12| per component
            q24 = rule(gl24, a, b)
            q12 = rule(gl12, a, b)
            return q24, [abs(u - v) for u, v in zip(q24, q12)]

        gl24, gl12 = _gauss_legendre(mpmath.mp.prec)
        edges = _breakpoints(act, float(mu), float(sigma))
        work = [(a, b) + panel(a, b) for a, b in zip(edges[:-1], edges[1:])]
        tol = mpmath.mpf(10) ** (-_reference_digits(dps))
        total = [mpmath.mpf(0)] * (2 * n_signed)
        count = len(work)
        while work:
            scale = [sum(p[2][n_signed + i] for p in work) + total[n_signed + i] for i in range(n_signed)]
            next_work = []
            for a, b, q, err in work:
                if all(err[i] <= tol * scale[i] for i in range(n_signed)) or b - a < mpmath.mpf(10) ** (-dps // 2):
                    total = [t + v for t, v in zip(total, q)]
                else:
                    mid = (a + b) / 2
                    next_work += [(a, mid) + panel(a, mid), (mid, b) + panel(mid, b)]
            count += len(next_work)
            if count > max_panels:
                raise RuntimeError(f"reference quadrature did not converge for {name} mu={mu} sigma={sigma}")
            work = next_work
        norm = 1 / mpmath.sqrt(2 * mpmath.pi)
        total = [t * norm for t in total]
        smax = [s_m ** m for m in range(n_d)]
        return {
            "I": total[:n_i],
            "Iabs": total[n_signed:n_signed + n_i],
            "D": [total[n_i + m] / smax[m] for m in range(n_d)],
            "Dabs": [total[n_signed + n_i + m] / smax[m] for m in range(n_d)],
        }


# ----------------------------------------------------------------------------------
# moments: explicit partition enumeration
# ----------------------------------------------------------------------------------
def partition_moment(mean, cov, indices):
    """E[prod_i X_indices[i]] by enumerating singleton/pair partitions (mpmath).

    Returns (value, scale) where scale = sum of |terms| (the error yardstick).
    """
    idx = list(indices)
    if not idx:
        return mpmath.mpf(1), mpmath.mpf(1)
    first, rest = idx[0], idx[1:]
    val, scale = partition_moment(mean, cov, rest)
    val, scale = mean[first] * val, abs(mean[first]) * scale       # first as a singleton
    for j in range(len(rest)):                                      # first paired with rest[j]
        v, sc = partition_moment(mean, cov, rest[:j] + rest[j + 1:])
        val += cov[first][rest[j]] * v
        scale += abs(cov[first][rest[j]]) * sc
    return val, scale


def master_reference(mu_x, var_x, mu_y, cov_y, xcov):
    """c_0..c_k of E[g(x) prod y_i] = sum_m c_m E[g(x) x^m] in mpmath, with scales.

    Regression y_i = a_i x + b_i + e_i (a_i = Cov(x, y_i)/Var x, b_i = E y_i - a_i E x,
    Cov e = Cov y - Cov(x, y) Cov(x, y)^T / Var x); c_m = sum_{|S|=m} prod_S a_i
    M_{[k]\\S}(b, Cov e). Var x = 0: c_0 = E[prod y], the rest 0 (x is a constant).
    """
    k = len(mu_y)
    mu_x, var_x = mpmath.mpf(mu_x), mpmath.mpf(var_x)
    mu_y = [mpmath.mpf(v) for v in mu_y]
    cov_y = [[mpmath.mpf(v) for v in row] for row in cov_y]
    xcov = [mpmath.mpf(v) for v in xcov]
    if var_x == 0:
        v, sc = partition_moment(mu_y, cov_y, range(k))
        return [v] + [mpmath.mpf(0)] * k, [sc] + [mpmath.mpf(0)] * k
    a = [c / var_x for c in xcov]
    b = [mu_y[i] - a[i] * mu_x for i in range(k)]
    ce = [[cov_y[i][j] - xcov[i] * xcov[j] / var_x for j in range(k)] for i in range(k)]
    coef, scale = [], []
    for m in range(k + 1):
        cv, cs = mpmath.mpf(0), mpmath.mpf(0)
        for subset in combinations(range(k), m):
            rest = [i for i in range(k) if i not in subset]
            prod_a = mpmath.fprod(a[i] for i in subset)
            v, sc = partition_moment(b, ce, rest)
            cv += prod_a * v
            cs += abs(prod_a) * sc
        coef.append(cv)
        scale.append(cs)
    return coef, scale


# ----------------------------------------------------------------------------------
# result rows
# ----------------------------------------------------------------------------------
@dataclass
class Row:
    kernel: str
    grid: str
    bound: float
    cases: int = 0
    skipped: int = 0
    worst: float = 0.0
    where: str = ""
    status: str = ""
    notes: list = field(default_factory=list)

    def add(self, err: float, where: str):
        """Record one compared case (NaN errors count as infinitely bad)."""
        self.cases += 1
        err = float("inf") if not np.isfinite(err) else float(err)
        if err > self.worst or not self.where:
            self.worst, self.where = err, where

    def merge(self, other: "Row"):
        self.cases += other.cases
        self.skipped += other.skipped
        if other.cases and (other.worst > self.worst or not self.where):
            self.worst, self.where = other.worst, other.where
        self.notes += other.notes
        if other.status in ("MISSING", "ERROR") and self.status != "ERROR":
            self.status = other.status

    def finish(self) -> "Row":
        if self.status in ("MISSING", "ERROR"):
            return self
        if self.cases == 0:
            self.status = "MISSING"
        else:
            self.status = "pass" if self.worst <= self.bound else "FAIL"
        return self

    @property
    def ok(self) -> bool:
        return self.status == "pass"


def _fmt_err(v: float) -> str:
    return "-" if v is None else ("inf" if not math.isfinite(v) else f"{v:.2e}")


def format_table(rows: list[Row]) -> str:
    head = ("kernel", "grid", "cases", "skipped", "worst err/E|.|", "where", "bound", "status")
    body = [(r.kernel, r.grid, str(r.cases), str(r.skipped),
             _fmt_err(r.worst) if r.cases else "-", r.where or "-", f"{r.bound:.0e}", r.status)
            for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(head)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    out = [line(head), line(tuple("-" * w for w in widths))] + [line(b) for b in body]
    notes = []
    for r in rows:
        distinct = list(dict.fromkeys(r.notes))
        notes += [f"  {r.kernel}: {n}" for n in distinct[:3]]
        if len(distinct) > 3:
            notes.append(f"  {r.kernel}: (+{len(distinct) - 3} more notes)")
    if notes:
        out += ["", "notes:"] + notes
    return "\n".join(out)


# ----------------------------------------------------------------------------------
# (a) activation grids
# ----------------------------------------------------------------------------------
FULL_SIGMAS = (0.0, 1e-3, 1e-2, 0.1, 0.5, 1.0, 2.0, 7.0, 30.0, 1e2, 1e3)
FULL_MUS = (-50.0, -10.0, -3.0, -1.0, 0.0, 0.5, 2.0, 10.0, 50.0)
TAIL_CS = (5.0, 10.0, 20.0, 30.0, 37.0)          # c = -mu/sigma, both signs
TAIL_SIGMAS = (1e-3, 1.0, 50.0 / 37.0)           # mu = -c sigma stays in [-50, 50]
QUICK_POINTS = ((0.0, 1.0), (3.0, 2.0), (-1.0, 1e3), (50.0, 1e-3), (-50.0, 50.0 / 37.0), (2.0, 30.0),
                (0.7, 0.0))


def _dps_quadrature_bound(dps):
    """Bound for dps= kernel paths vs the quadrature (itself accepted at 10^-digits)."""
    return 10.0 ** (-_reference_digits(dps) + 5)


#: points where the dps= (mpmath) kernel paths are compared with the reference
DPS_POINTS = ((0.0, 1.0), (-50.0, 50.0 / 37.0), (2.0, 30.0))
#: orders (n of expect, m of expect_derivative) checked on the dps= paths
DPS_ORDERS = {"quick": ((0, NMAX), (2,)), "full": ((0, 1, 4, NMAX), (1, 2, MMAX))}


def activation_grid(quick: bool) -> list[tuple[float, float]]:
    """(mu, sigma) points: a mu x sigma product plus the tails c = -mu/sigma = +-5..37."""
    if quick:
        return list(QUICK_POINTS)
    pts = [(m, s) for s in FULL_SIGMAS for m in FULL_MUS]
    pts += [(-sgn * c * s, s) for c in TAIL_CS for s in TAIL_SIGMAS for sgn in (1, -1)]
    pts += [p for p in DPS_POINTS if p not in pts]
    return list(dict.fromkeys(pts))


def grid_label(quick: bool) -> str:
    if quick:
        return f"quick {len(QUICK_POINTS)} (mu,s); n<={NMAX}"
    return f"mu[-50,50]x s[0,1e-3..1e3] + tails |c|<=37; n<={NMAX}"


def _where(**kw) -> str:
    return " ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in kw.items())


def _activation_task(name: str, points: list, dps: int, dps_points=(), quick=False):
    """Worker: reference + kernel values on ``points`` for one activation -> rows
    (expect, expect_derivative, and their dps= paths on ``dps_points``)."""
    bound = BOUND_NUMERIC if name in NUMERIC_ACTIVATIONS else BOUND_CLOSED_FORM
    row_e = Row(f"expect:{name}", "", bound)
    row_d = Row(f"expect_derivative:{name}", "", bound)
    row_mp = Row("expect/expect_derivative dps path", "", _dps_quadrature_bound(dps))
    try:
        from gaussym import expect, expect_derivative
    except Exception as exc:  # noqa: BLE001 - any import failure is a missing part
        row_e.status = row_d.status = "MISSING"
        row_e.notes.append(f"import failed: {exc}")
        return row_e, row_d, row_mp
    mus = np.array([p[0] for p in points])
    sigmas = np.array([p[1] for p in points])
    got_e, got_d = {}, {}
    for n in range(NMAX + 1):
        try:
            got_e[n] = np.asarray(expect(name, n, mus, sigmas), dtype=float).reshape(mus.shape)
        except Exception as exc:  # noqa: BLE001
            row_e.status = "ERROR"
            row_e.notes.append(f"n={n}: {type(exc).__name__}: {exc}")
    for m in range(MMAX + 1):
        try:
            got_d[m] = np.asarray(expect_derivative(name, m, mus, sigmas), dtype=float).reshape(mus.shape)
        except Exception as exc:  # noqa: BLE001
            row_d.status = "ERROR"
            row_d.notes.append(f"m={m}: {type(exc).__name__}: {exc}")
    with mpmath.workdps(dps + 10):
        _compare_points(name, points, dps, dps_points, got_e, got_d, row_e, row_d, row_mp, expect, expect_derivative,
                        quick)
    return row_e, row_d, row_mp


def _compare_points(name, points, dps, dps_points, got_e, got_d, row_e, row_d, row_mp, expect, expect_derivative,
                    quick=False):
    for k, (mu, s) in enumerate(points):
        ref = reference_integrals(name, mu, s, dps=dps)
        for n, got in got_e.items():
            _compare(row_e, got[k], ref["I"][n], ref["Iabs"][n], _where(n=n, mu=mu, s=s))
        if ref["D"] is not None:
            for m, got in got_d.items():
                _compare(row_d, got[k], ref["D"][m], ref["Dabs"][m], _where(m=m, mu=mu, s=s))
        if (mu, s) in dps_points:
            _check_dps_path(row_mp, name, mu, s, ref, dps, expect, expect_derivative, quick)


def _check_dps_path(row, name, mu, s, ref, dps, expect, expect_derivative, quick=False):
    """expect(..., dps=) and expect_derivative(..., dps=) against the reference (both mpmath),
    at the orders DPS_ORDERS (a dps= call of a numeric activation costs ~1 s)."""
    orders_n, orders_m = DPS_ORDERS["quick" if quick else "full"]
    try:
        for n in orders_n:
            _mp_compare(row, expect(name, n, mu, s, dps=dps), ref["I"][n], ref["Iabs"][n], _where(act=name, n=n, mu=mu, s=s))
        for m in orders_m:
            _mp_compare(row, expect_derivative(name, m, mu, s, dps=dps), ref["D"][m], ref["Dabs"][m],
                        _where(act=name, m=m, mu=mu, s=s))
    except TypeError as exc:
        row.status = "MISSING"
        row.notes.append(f"{name}: no dps= path: {exc}"[:200])
    except Exception as exc:  # noqa: BLE001
        row.status = "ERROR"
        row.notes.append(f"{name} mu={mu} s={s}: {type(exc).__name__}: {exc}"[:200])


def _compare(row: Row, got: float, exact, scale, where: str):
    """Error of one float64 value relative to ``scale``; skip over/underflowing cases."""
    scale = abs(scale)
    if scale > OVERFLOW or abs(exact) > OVERFLOW:
        row.skipped += 1
        return
    if scale < UNDERFLOW:
        row.skipped += 1
        if scale == 0:
            ok = got == 0
        else:
            ok = bool(np.isfinite(got)) and abs(got) <= UNDERFLOW_RESULT
        if not ok:
            row.add(float("inf"), where + f" (underflow case returned {got:.3g})")
        return
    if not np.isfinite(got):
        row.add(float("inf"), where + f" (returned {got})")
        return
    row.add(float(abs(mpmath.mpf(float(got)) - exact) / scale), where)


def check_activations(names, quick, dps, pool, progress):
    points = activation_grid(quick)
    chunks = [points[i:i + 6] for i in range(0, len(points), 6)]
    label = grid_label(quick)
    dps_points = tuple(p for p in (DPS_POINTS[:1] if quick else DPS_POINTS) if p in points)
    futures = []
    rows = {}
    row_mp = Row(f"expect/expect_derivative dps={dps}",
                 f"{len(dps_points)} (mu,s) x all activations; n in {DPS_ORDERS['quick' if quick else 'full'][0]}, "
                 f"m in {DPS_ORDERS['quick' if quick else 'full'][1]}", _dps_quadrature_bound(dps))
    for name in names:
        bound = BOUND_NUMERIC if name in NUMERIC_ACTIVATIONS else BOUND_CLOSED_FORM
        rows[name] = (Row(f"expect:{name}", label, bound),
                      Row(f"expect_derivative:{name}", label.replace(f"n<={NMAX}", f"m<={MMAX}, s>0"), bound))
        if name not in MP_ACTIVATIONS:
            for r in rows[name]:
                r.status = "MISSING"
                r.notes.append("no independent mpmath definition in gaussym.check.MP_ACTIVATIONS")
            continue
        for chunk in chunks:
            futures.append((name, pool.submit(_activation_task, name, chunk, dps, dps_points, quick)))
    for i, (name, fut) in enumerate(futures):
        row_e, row_d, mp_part = fut.result()
        rows[name][0].merge(row_e)
        rows[name][1].merge(row_d)
        row_mp.merge(mp_part)
        progress(f"activations {i + 1}/{len(futures)} ({name})")
    out = []
    for name in names:
        out += [r.finish() for r in rows[name]]
    return out + [row_mp.finish()]


# ----------------------------------------------------------------------------------
# (b) moments and master-theorem coefficients
# ----------------------------------------------------------------------------------
def _random_gaussian(rng, d):
    """A well-scaled mean and covariance (eigenvalues ~0.3..3)."""
    q, _ = np.linalg.qr(rng.standard_normal((d, d)))
    cov = (q * rng.uniform(0.3, 3.0, d)) @ q.T
    return rng.standard_normal(d), 0.5 * (cov + cov.T)


def _mp_vec(a):
    return [mpmath.mpf(float(v)) for v in np.ravel(a)]


def _mp_mat(a):
    return [[mpmath.mpf(float(v)) for v in row] for row in np.asarray(a)]


def _mp_compare(row: Row, got, exact, scale, where: str):
    """Error of an mpmath (dps-path) value relative to ``scale``."""
    try:
        got = mpmath.mpf(got)
    except (TypeError, ValueError):
        row.add(float("inf"), where + f" (dps path returned {type(got).__name__})")
        return
    row.add(float(abs(got - exact) / scale) if scale else float(got != exact), where)


def check_moments(quick, dps, seed=20251128):
    from importlib import import_module
    rng = np.random.default_rng(seed)
    n_sets = 12 if quick else 60
    batch = 3
    grid = f"{n_sets}x{batch} random N(mu,S), d<=4, order 1..8"
    dps_bound = 10.0 ** (-(dps // 2))
    rows = {
        "nm": Row("noncentral_moment", grid, BOUND_MOMENTS),
        "nm_dps": Row(f"noncentral_moment dps={dps}", grid, dps_bound),
        "mt": Row("master_theorem_coefficients", grid.replace("order", "k"), BOUND_MOMENTS),
        "mt_dps": Row(f"master_theorem_coefficients dps={dps}", grid.replace("order", "k"), dps_bound),
    }
    try:
        moments = import_module("gaussym.moments")
        nm, mt = moments.noncentral_moment, moments.master_theorem_coefficients
    except Exception as exc:  # noqa: BLE001
        for r in rows.values():
            r.status = "MISSING"
            r.notes.append(f"gaussym.moments: {exc}")
        return [r.finish() for r in rows.values()]

    def guarded(row, fn, *args, **kw):
        try:
            return fn(*args, **kw)
        except TypeError as exc:
            if "dps" in kw and "dps" in str(exc):
                row.status = "MISSING"
                if not row.notes:
                    row.notes.append(f"no dps= path: {exc}")
                return None
            raise
        except Exception as exc:  # noqa: BLE001
            row.status = "ERROR"
            row.notes.append(f"{type(exc).__name__}: {exc}")
            return None

    with mpmath.workdps(dps + 10):
        for t in range(n_sets):
            order = 1 + t % 8
            d = int(rng.integers(1, 5))
            indices = [int(i) for i in rng.integers(0, d, order)]
            gs = [_random_gaussian(rng, d) for _ in range(batch)]
            means = np.stack([g[0] for g in gs])
            covs = np.stack([g[1] for g in gs])
            got = guarded(rows["nm"], nm, means, covs, indices)
            for b in range(batch):
                exact, scale = partition_moment(_mp_vec(means[b]), _mp_mat(covs[b]), indices)
                where = _where(idx="".join(map(str, indices)), d=d, case=t)
                if got is not None:
                    _compare(rows["nm"], np.asarray(got, dtype=float).reshape(batch)[b], exact, scale, where)
                if b == 0:
                    got_mp = guarded(rows["nm_dps"], nm, means[b], covs[b], indices, dps=dps)
                    if got_mp is not None:
                        _mp_compare(rows["nm_dps"], got_mp, exact, scale, where)

            # master theorem: joint Gaussian (x, y_1..y_k), k = order
            k = order
            cases = [_random_gaussian(rng, k + 1) for _ in range(batch)]
            mu_x = np.array([c[0][0] for c in cases])
            var_x = np.array([c[1][0, 0] for c in cases])
            mu_y = np.stack([c[0][1:] for c in cases])
            cov_y = np.stack([c[1][1:, 1:] for c in cases])
            xcov = np.stack([c[1][0, 1:] for c in cases])
            got = guarded(rows["mt"], mt, mu_x, var_x, mu_y, cov_y, xcov)
            for b in range(batch):
                coef, scale = master_reference(mu_x[b], var_x[b], _mp_vec(mu_y[b]), _mp_mat(cov_y[b]), _mp_vec(xcov[b]))
                if got is not None:
                    arr = np.asarray(got, dtype=float).reshape(k + 1, batch)
                    for m in range(k + 1):
                        _compare(rows["mt"], arr[m, b], coef[m], scale[m], _where(k=k, m=m, case=t))
                if b == 0:
                    got_mp = guarded(rows["mt_dps"], mt, mu_x[b], var_x[b], mu_y[b], cov_y[b], xcov[b], dps=dps)
                    if got_mp is not None:
                        flat = list(np.ravel(np.asarray(got_mp, dtype=object)))
                        for m in range(k + 1):
                            _mp_compare(rows["mt_dps"], flat[m], coef[m], scale[m], _where(k=k, m=m, case=t))
    return [r.finish() for r in rows.values()]


# ----------------------------------------------------------------------------------
# (c) approximants: float64 vs the dps= path
# ----------------------------------------------------------------------------------
def _approx_cases(quick, seed=7):
    """Small networks: (label, kind, act, degree, kwargs) with d <= 6, h <= 8."""
    rng = np.random.default_rng(seed)
    cases = []
    specs = [
        ("mlp", "relu"), ("mlp", "gelu"), ("mlp", "tanh"), ("mlp", "erf"),
        ("glu", "sigmoid"), ("glu", "identity"), ("glu", "silu"), ("glu", "relu"),
    ]
    if quick:
        specs = [("mlp", "gelu"), ("glu", "sigmoid")]
    for kind, act in specs:
        for mix in (False, True):
            for degree in (1, 2, 3):
                d = int(rng.integers(1, 7)) if not quick else 3
                h = int(rng.integers(1, 9)) if not quick else 4
                d_out = int(rng.integers(1, 4))
                if mix:
                    K = int(rng.integers(2, 4))
                    g = [_random_gaussian(rng, d) for _ in range(K)]
                    dist = dict(mean=np.stack([x[0] for x in g]), cov=np.stack([x[1] for x in g]),
                                weights=rng.dirichlet(np.ones(K)))
                else:
                    mean, cov = _random_gaussian(rng, d)
                    dist = dict(mean=mean, cov=cov)
                scale = 1 / np.sqrt(d)
                if kind == "mlp":
                    args = (rng.standard_normal((h, d)) * scale, rng.standard_normal(h) * 0.5,
                            rng.standard_normal((d_out, h)) / np.sqrt(h), rng.standard_normal(d_out))
                else:
                    args = (rng.standard_normal((h, d)) * scale, rng.standard_normal(h) * 0.5,
                            rng.standard_normal((h, d)) * scale, rng.standard_normal(h) * 0.5,
                            rng.standard_normal((d_out, h)) / np.sqrt(h), rng.standard_normal(d_out))
                label = f"{kind} {act} deg{degree} {'K=' + str(len(dist['weights'])) if mix else 'K=1'} d={d} h={h}"
                cases.append((label, kind, act, degree, args, dist))
    return cases


def _coef_tensors(approx):
    """Coefficient tensors by degree: [alpha, beta, gamma, ...] as object/float arrays."""
    coefs = getattr(approx, "coefs", None)
    if coefs is not None:
        return [np.asarray(c, dtype=object) for c in coefs]
    out = [np.asarray(approx.alpha, dtype=object), np.asarray(approx.beta, dtype=object)]
    if getattr(approx, "gamma", None) is not None:
        out.append(np.asarray(approx.gamma, dtype=object))
    return out


def _input_scale(dist):
    """rho = sqrt(largest eigenvalue of E[x x^T]) under the input law: a typical |x_i|."""
    means = np.atleast_2d(dist["mean"])
    covs = dist["cov"] if np.ndim(dist["cov"]) == 3 else np.asarray(dist["cov"])[None]
    w = np.asarray(dist.get("weights", np.ones(len(means)) / len(means)))
    second = np.einsum("k,kab->ab", w, covs + means[:, :, None] * means[:, None, :])
    return float(np.sqrt(max(np.linalg.eigvalsh(second).max(), np.finfo(float).tiny)))


def _approx_error(t_fast, t_slow, rho):
    """max_l max|T_l - T_l^ref| rho^l / max_l max|T_l^ref| rho^l, and the worst degree l.

    Degree-l coefficients multiply l factors of x ~ rho, so this is the error of the
    polynomial's terms relative to its largest term (a tensor that is exactly zero, e.g.
    the cubic part of a bilinear layer, is judged against the others, not against itself).
    """
    mags, diffs = [], []
    for deg, (a, b) in enumerate(zip(t_fast, t_slow)):
        ref = [mpmath.mpf(v) for v in np.ravel(b)]
        got = np.ravel(np.asarray(a, dtype=float))
        weight = mpmath.mpf(rho) ** deg
        mags.append(max((abs(v) for v in ref), default=mpmath.mpf(0)) * weight)
        if not np.all(np.isfinite(got)):
            diffs.append(mpmath.inf)
        else:
            diffs.append(max((abs(mpmath.mpf(float(x)) - y) for x, y in zip(got, ref)), default=mpmath.mpf(0)) * weight)
    scale = max(mags) if mags else mpmath.mpf(0)
    errs = [float(dv / scale) if scale else float(dv) for dv in diffs]
    worst_deg = int(np.argmax(errs)) if errs else 0
    return (errs[worst_deg] if errs else 0.0), worst_deg


def _multisets(d, n):
    """Feature index multisets of sizes 0..n (sorted tuples): the monomials of degree <= n."""
    from itertools import combinations_with_replacement
    return [S for l in range(n + 1) for S in combinations_with_replacement(range(d), l)]


def reference_approx(kind, act, degree, args, dist, dps=50):
    """Independent least-squares polynomial (mpmath): dense normal equations E[phi phi^T] theta =
    E[phi f] over the monomials phi of degree <= n, mixture-weighted.

    E[phi phi^T] by partition enumeration; E[act(u_j) (b_j) x^S] by the Master Theorem
    (``master_reference``: x-variable u_j, y-list (b_j,) + x_S) times E[act(u) u^m] from
    ``reference_integrals``. Returns [T_0, ..., T_n] as object arrays (d_out, d, ..., d),
    symmetric, monomial coefficients split evenly over index permutations.
    """
    from itertools import permutations
    with mpmath.workdps(dps + 10):
        mpf = mpmath.mpf
        if kind == "mlp":
            W1, b1, W2, b2 = (np.asarray(a, float) for a in args)
            V = b2v = None
        else:
            W1, b1, V, b2v, W2, b2 = (np.asarray(a, float) for a in args)
        h, d = W1.shape
        means = np.atleast_2d(dist["mean"])
        covs = dist["cov"] if np.ndim(dist["cov"]) == 3 else np.asarray(dist["cov"])[None]
        weights = dist.get("weights", np.ones(len(means)) / len(means))
        feats = _multisets(d, degree)
        index = {S: i for i, S in enumerate(feats)}
        D1, d_out = len(feats), W2.shape[0]
        M = mpmath.zeros(D1, D1)
        R = mpmath.zeros(D1, d_out)
        dot = lambda u, v: mpmath.fsum(mpf(float(a)) * b for a, b in zip(u, v))
        for pi, mu_f, S_f in zip(weights, means, covs):
            pi, mu = mpf(float(pi)), [mpf(float(v)) for v in mu_f]
            S = [[mpf(float(v)) for v in row] for row in S_f]
            Sw = lambda w: [dot(w, S[a]) for a in range(d)]            # S w (S symmetric)
            moment = {}
            for A in feats:
                for B in feats:
                    key = tuple(sorted(A + B))
                    if key not in moment:
                        moment[key] = partition_moment(mu, S, key)[0]
                    M[index[A], index[B]] += pi * moment[key]
            for o in range(d_out):                                       # the output bias b2
                for A in feats:
                    R[index[A], o] += pi * mpf(float(b2[o])) * moment[tuple(sorted(A))]
            for j in range(h):
                w_S = Sw(W1[j])
                mu_u, var_u = dot(W1[j], mu) + mpf(float(b1[j])), dot(W1[j], w_S)
                I = reference_integrals(act, mu_u, mpmath.sqrt(max(var_u, 0)), nmax=degree + 1, mmax=0, dps=dps)["I"]
                for A in feats:
                    y_mu = [mu[a] for a in A]
                    y_cov = [[S[a][b] for b in A] for a in A]
                    xcov = [w_S[a] for a in A]
                    if V is not None:                                   # GLU: y-list starts with b_j
                        v_S = Sw(V[j])
                        y_mu = [dot(V[j], mu) + mpf(float(b2v[j]))] + y_mu
                        y_cov = [[dot(V[j], v_S)] + [v_S[a] for a in A]] + [[v_S[a]] + row for a, row in zip(A, y_cov)]
                        xcov = [dot(W1[j], v_S)] + xcov
                    coef, _ = master_reference(mu_u, var_u, y_mu, y_cov, xcov)
                    value = mpmath.fsum(c * I[m] for m, c in enumerate(coef))
                    for o in range(d_out):
                        R[index[A], o] += pi * mpf(float(W2[o, j])) * value
        theta = mpmath.zeros(D1, d_out)
        for o in range(d_out):
            col = mpmath.lu_solve(M, R.column(o))
            for i in range(D1):
                theta[i, o] = col[i]
        tensors = []
        for l in range(degree + 1):
            T = np.empty((d_out,) + (d,) * l, dtype=object)
            T[...] = mpf(0)
            for A in feats:
                if len(A) != l:
                    continue
                perms = set(permutations(A))
                for o in range(d_out):
                    for P in perms:
                        T[(o,) + P] = theta[index[A], o] / len(perms)
            tensors.append(T)
        return tensors


def check_approximants(quick, dps, progress, pool=None):
    """float64 mlp_approx/glu_approx vs their dps= path and vs ``reference_approx``."""
    from importlib import import_module
    rows = {
        "mlp": Row("mlp_approx (f64 vs dps)", "", BOUND_APPROX),
        "glu": Row("glu_approx (f64 vs dps)", "", BOUND_APPROX),
        "mlp_ind": Row("mlp_approx (f64 vs independent)", "", BOUND_APPROX),
        "glu_ind": Row("glu_approx (f64 vs independent)", "", BOUND_APPROX),
    }
    try:
        import_module("gaussym.approx")
    except Exception as exc:  # noqa: BLE001
        for r in rows.values():
            r.status = "MISSING"
            r.notes.append(f"gaussym.approx: {exc}")
        return [r.finish() for r in rows.values()]
    pool = pool or _SerialPool()
    cases = _approx_cases(quick)
    counts = {"mlp": [0, 0], "glu": [0, 0]}
    futures = []
    for case in cases:
        label, kind, act, degree, args, dist = case
        counts[kind][0 if "K=1" in label else 1] += 1
        d = len(args[0][0])
        # the independent reference costs seconds per net: small nets (quick: degree-2 mixtures only)
        independent = d <= (4 if degree <= 2 else 3) and (not quick or (degree == 2 and "K=1" not in label))
        futures.append((label, pool.submit(_approx_task, case, dps, independent)))
    n_unsupported = {"mlp": 0, "glu": 0}
    for i, (label, fut) in enumerate(futures):
        kind, part, part_ind, unsupported = fut.result()
        rows[kind].merge(part)
        rows[kind + "_ind"].merge(part_ind)
        n_unsupported[kind] += len(unsupported)
        if unsupported and not any("unsupported" in n for n in rows[kind].notes):
            rows[kind].notes.append(f"unsupported (skipped), e.g. {unsupported[0]}")
        progress(f"approximants {i + 1}/{len(cases)} ({label})")
    for kind in ("mlp", "glu"):
        rows[kind].grid = f"{counts[kind][0]} single + {counts[kind][1]} mixture nets, d<=6 h<=8, deg 1-3"
        rows[kind + "_ind"].grid = ("quick nets, degree-2 mixtures" if quick
                                    else "the nets above with d<=4 (d<=3 at degree 3)")
        rows[kind].skipped += n_unsupported[kind]
    return [r.finish() for r in rows.values()]


def _approx_task(case, dps, independent):
    """Worker: one network -> (kind, row part vs dps path, row part vs independent, unsupported)."""
    from gaussym import approx
    label, kind, act, degree, args, dist = case
    row, row_ind = Row(kind, "", BOUND_APPROX), Row(kind + "_ind", "", BOUND_APPROX)
    unsupported = []
    fn = approx.mlp_approx if kind == "mlp" else approx.glu_approx
    try:
        fast = fn(*args, act=act, degree=degree, **dist)
    except (ValueError, NotImplementedError) as exc:
        return kind, row, row_ind, [f"{label}: {exc}"[:160]]
    except Exception as exc:  # noqa: BLE001
        row.status = "ERROR"
        row.notes.append(f"{label}: {type(exc).__name__}: {exc}"[:200])
        return kind, row, row_ind, unsupported
    t_fast, rho = _coef_tensors(fast), _input_scale(dist)
    if independent:
        _compare_independent(row_ind, kind, act, degree, args, dist, t_fast, rho, dps, label)
    try:
        slow = fn(*args, act=act, degree=degree, dps=dps, **dist)
    except (TypeError, ImportError) as exc:
        row.status = "MISSING"
        row.notes.append(f"no dps= path: {type(exc).__name__}: {exc}"[:200])
        return kind, row, row_ind, unsupported
    except (ValueError, NotImplementedError) as exc:
        return kind, row, row_ind, [f"{label} dps: {exc}"[:160]]
    except Exception as exc:  # noqa: BLE001
        row.status = "ERROR"
        row.notes.append(f"{label} dps: {type(exc).__name__}: {exc}"[:200])
        return kind, row, row_ind, unsupported
    t_slow = _coef_tensors(slow)
    if len(t_fast) != len(t_slow):
        row.add(float("inf"), f"{label}: {len(t_fast)} vs {len(t_slow)} coefficient tensors")
    else:
        with mpmath.workdps(dps + 10):
            worst, worst_deg = _approx_error(t_fast, t_slow, rho)
        row.add(worst, f"{label} degree-{worst_deg} coefs")
    return kind, row, row_ind, unsupported


def _compare_independent(row, kind, act, degree, args, dist, t_fast, rho, dps, label):
    if act not in MP_ACTIVATIONS:
        row.notes.append(f"{label}: no mpmath definition of {act}")
        return
    try:
        ref = reference_approx(kind, act, degree, args, dist, dps=dps)
    except ZeroDivisionError as exc:   # singular normal equations
        row.skipped += 1
        row.notes.append(f"{label}: reference normal equations singular ({exc})")
        return
    with mpmath.workdps(dps + 10):
        worst, worst_deg = _approx_error(t_fast, ref, rho)
    row.add(worst, f"{label} degree-{worst_deg} coefs")


# ----------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------
class _SerialPool:
    """Stand-in for an executor when jobs == 1 (runs the task at submit time)."""

    class _Done:
        def __init__(self, value):
            self._value = value

        def result(self):
            return self._value

    def submit(self, fn, *args):
        return self._Done(fn(*args))

    def shutdown(self, **_):
        pass


def _known_activations():
    try:
        from gaussym import known_activations
        return list(known_activations())
    except Exception:  # noqa: BLE001
        return sorted(MP_ACTIVATIONS)


def _canonical(names):
    """Drop aliases (e.g. swish -> silu): the same kernel needs one row."""
    try:
        from gaussym import get_activation
        canon = {n: get_activation(n).name for n in names}
    except Exception:  # noqa: BLE001
        return list(names)
    out = [n for n in names if canon[n] == n]
    out += [canon[n] for n in names if canon[n] != n and canon[n] not in out]
    return sorted(out)


SECTIONS = ("activations", "moments", "approx")


def select(only, names):
    """Split --only tokens into (activation names, sections); None selects everything."""
    if not only:
        return list(names), set(SECTIONS)
    tokens = {t.lower() for t in only}
    unknown = tokens - set(SECTIONS) - set(names) - {"moment", "master", "mlp", "glu", "derivative"}
    if unknown:
        raise ValueError(f"--only: unknown kernel(s) {sorted(unknown)}; choose from sections "
                         f"{list(SECTIONS)} or activations {sorted(names)}")
    acts = [n for n in names if n in tokens or "activations" in tokens]
    sections = {s for s in SECTIONS if s in tokens}
    if acts:
        sections.add("activations")
    if tokens & {"moment", "master"}:
        sections.add("moments")
    if tokens & {"mlp", "glu"}:
        sections.add("approx")
    return acts, sections


def run_check(*, dps: int = 50, quick: bool = False, only=None, jobs: int | None = None,
              progress=None) -> list[Row]:
    """Run the sweep; returns the table rows (see module docstring)."""
    if isinstance(dps, bool) or not isinstance(dps, int) or dps < 30:
        raise ValueError(f"dps must be an integer >= 30 (references are accepted at 10^-max(dps/2, 20), "
                         f"computed with dps + 10 digits), got {dps!r}")
    if jobs is None:
        jobs = min(os.cpu_count() or 1, 4)
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be an integer >= 1, got {jobs!r}")
    t0 = time.perf_counter()
    say = progress or (lambda msg: None)

    def progress_t(msg):
        say(f"[check {time.perf_counter() - t0:6.1f}s] {msg}")

    acts, sections = select(only, _known_activations())
    acts = _canonical(acts)
    rows: list[Row] = []
    pool = _SerialPool() if jobs == 1 else ProcessPoolExecutor(jobs)
    try:
        if "activations" in sections and acts:
            rows += check_activations(acts, quick, dps, pool, progress_t)
        if "moments" in sections:
            progress_t("moments and master-theorem coefficients")
            rows += check_moments(quick, dps)
        if "approx" in sections:
            rows += check_approximants(quick, dps, progress_t, pool)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    progress_t("done")
    return rows


def main_check(dps=50, quick=False, only=None, jobs=None, quiet=False, stream=None) -> int:
    """Run, print the table, return 0 if every row passes, else 1."""
    stream = stream or sys.stdout
    progress = None if quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    t0 = time.perf_counter()
    rows = run_check(dps=dps, quick=quick, only=only, jobs=jobs, progress=progress)
    print(format_table(rows), file=stream)
    failed = [r for r in rows if not r.ok]
    print(f"\n{len(rows) - len(failed)}/{len(rows)} rows pass "
          f"({'quick' if quick else 'full'} sweep, reference dps={dps}, {time.perf_counter() - t0:.1f} s)",
          file=stream)
    return 1 if failed else 0
