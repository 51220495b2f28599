"""Split an activation into a piecewise-polynomial asymptote (closed-form Gaussian integrals) and
an exponentially decaying remainder (integrated numerically on a finite window).

    act(x) = A(x) + r(x),   A(x) = P_-(x) for x < 0, P_+(x) for x >= 0,

with P_+- the polynomial asymptotes of act at +-inf (sigmoid -> Heaviside, tanh/erf -> sign,
softplus/silu/mish -> relu...). They are found generally, by peeling limits:
c_d = lim act/x^d for the first d where that limit is finite, then c_j = lim (act - sum_(i>j) c_i x^i)/x^j
(SymPy limits of stock expressions take ~0.2 s each). The split is then verified numerically:
r must decay exponentially on both sides (|r(+-40)| <= 1e-4 |r(+-20)| and |r(+-40)| < 1e-6 * max(1, |act|));
otherwise ValueError (e.g. x*sin(x), log(1 + x^2), 1/(1 + x^2) have no exponentially
approached polynomial asymptote).

window: smallest (lo, hi), from a 1/4-step scan of [-400, 400] at 60 digits, outside which
|r(x)| max(1, |x|)^10 < 1e-18 max|r| (then widened by 1). jumps: {t: [J_0 .. J_10]},
J_j = r^(j)(t+) - r^(j)(t-), exact from the asymptote switch plus act's own kinks (numeric, 30 digits).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import sympy

__all__ = ["AsymptoteSplit", "split_asymptote", "polynomial_asymptote"]

MAX_DEGREE = 4           # highest asymptote degree tried
JUMP_ORDERS = 10         # J_0 .. J_10
WINDOW_RTOL = 1e-18      # |r| max(1,|x|)^10 below this fraction of max|r| counts as negligible
_SCAN = (-400, 400, 4)   # window scan: [-400, 400] in steps of 1/4


@dataclass
class AsymptoteSplit:
    """act = asymptote + remainder; see the module docstring for every field."""
    asymptote: sympy.Expr
    remainder: sympy.Expr
    breakpoints: tuple
    window: tuple
    jumps: dict
    sides: tuple = field(default=())             # (P_-, P_+) polynomials in x
    seconds: float = 0.0                          # time the split took


def polynomial_asymptote(expr, x, side) -> sympy.Expr:
    """Polynomial P with expr - P -> 0 as x -> side (+-oo), by peeling limits; ValueError if none
    of degree <= MAX_DEGREE exists."""
    degree = None
    for d in range(MAX_DEGREE + 1):
        lim = sympy.limit(expr / x ** d, x, side)
        if lim.is_finite:
            degree = d
            break
    if degree is None:
        raise ValueError(f"{expr} grows faster than x^{MAX_DEGREE} (or oscillates) as x -> {side}: "
                         f"no polynomial asymptote")
    poly = sympy.Integer(0)
    for j in range(degree, -1, -1):
        coef = sympy.limit((expr - poly) / x ** j, x, side)
        if not coef.is_finite:
            raise ValueError(f"{expr} has no polynomial asymptote as x -> {side} "
                             f"(coefficient of x^{j} is {coef})")
        poly += coef * x ** j
    return sympy.expand(poly)


def _kinks(expr, x) -> set:
    """Real points where expr itself may be non-smooth (arguments of Abs, sign, Heaviside, Max, Min,
    Piecewise conditions)."""
    points = set()
    candidates = []
    for a in expr.atoms(sympy.Abs, sympy.sign, sympy.Heaviside):
        candidates.append(a.args[0])
    for a in expr.atoms(sympy.Max, sympy.Min):
        candidates += [u - v for u in a.args for v in a.args if u != v]
    for pw in expr.atoms(sympy.Piecewise):
        for _, cond in pw.args:
            for rel in cond.atoms(sympy.core.relational.Relational):
                candidates.append(rel.lhs - rel.rhs)
    for c in candidates:
        if not c.has(x):
            continue
        try:
            sols = sympy.solve(sympy.Eq(c, 0), x)
        except NotImplementedError:
            continue
        points |= {float(s) for s in sols if s.is_real}
    return points


def _mp_function(expr, x):
    import mpmath
    return sympy.lambdify(x, expr, modules="mpmath"), mpmath


def _check_decay(rem_fn, expr_fn, mpmath):
    for sign, name in ((1, "+oo"), (-1, "-oo")):
        r20, r40 = abs(rem_fn(mpmath.mpf(20 * sign))), abs(rem_fn(mpmath.mpf(40 * sign)))
        size = max(1, abs(expr_fn(mpmath.mpf(40 * sign))))
        if not (r40 <= 1e-4 * r20 + mpmath.mpf(10) ** -40 and r40 < 1e-6 * size):
            raise ValueError(f"the remainder does not decay exponentially towards {name} "
                             f"(|r(20)| = {mpmath.nstr(r20, 3)}, |r(40)| = {mpmath.nstr(r40, 3)}): "
                             f"the expression has no exponentially approached polynomial asymptote there")


def _window(rem_fn, mpmath):
    lo, hi, per = _SCAN
    xs = [mpmath.mpf(k) / per for k in range(lo * per, hi * per + 1)]
    mags = [abs(rem_fn(v)) for v in xs]
    top = max(mags)
    if top == 0:
        return (-1.0, 1.0)
    live = [v for v, m in zip(xs, mags) if m * max(1, abs(v)) ** 10 >= WINDOW_RTOL * top]
    return (float(min(live)) - 1.0, float(max(live)) + 1.0)


def _jumps(expr, x, breakpoints, p_minus, p_plus, own_kinks, mpmath) -> dict:
    out = {}
    f = sympy.lambdify(x, expr, modules="mpmath")
    for t in breakpoints:
        jumps = []
        for j in range(JUMP_ORDERS + 1):
            value = 0.0
            if t == 0.0:                                   # r = act - A jumps by -(A jump)
                value -= float((sympy.diff(p_plus, x, j) - sympy.diff(p_minus, x, j)).subs(x, 0))
            if t in own_kinks:                             # act's own kink: one-sided derivatives
                with mpmath.workdps(30):
                    right = mpmath.diff(f, mpmath.mpf(t), j, direction=1)
                    left = mpmath.diff(f, mpmath.mpf(t), j, direction=-1)
                value += float(right - left)
            jumps.append(value)
        if any(jumps):
            out[t] = jumps
    return out


def split_asymptote(expr, x) -> AsymptoteSplit:
    """act = piecewise-polynomial asymptote + exponentially decaying remainder (see module doc)."""
    start = time.perf_counter()
    expr = sympy.sympify(expr)                   # a SymPy expression already (never a user string)
    if not isinstance(expr, sympy.Expr) or not isinstance(x, sympy.Symbol):
        raise ValueError("split_asymptote needs a SymPy expression and a SymPy symbol")
    p_plus = polynomial_asymptote(expr, x, sympy.oo)
    p_minus = polynomial_asymptote(expr, x, -sympy.oo)
    if sympy.simplify(p_plus - p_minus) == 0:
        asymptote, switch = p_plus, set()
    else:
        asymptote, switch = sympy.Piecewise((p_minus, x < 0), (p_plus, True)), {0.0}
    remainder = expr - asymptote
    own = _kinks(expr, x)
    breakpoints = tuple(sorted(switch | own))
    rem_fn, mpmath = _mp_function(remainder, x)
    expr_fn = sympy.lambdify(x, expr, modules="mpmath")
    with mpmath.workdps(60):
        _check_decay(rem_fn, expr_fn, mpmath)
        window = _window(rem_fn, mpmath)
    jumps = _jumps(expr, x, breakpoints, p_minus, p_plus, own, mpmath)
    return AsymptoteSplit(asymptote, remainder, breakpoints, window, jumps, (p_minus, p_plus),
                          time.perf_counter() - start)
