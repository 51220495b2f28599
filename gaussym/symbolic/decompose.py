"""Split an activation into smooth pieces on intervals of x.

Every switch in the expression (Max, Min, Abs, Heaviside, sign, Piecewise conditions)
changes branch where some expression in x crosses zero; those roots are the breakpoints
t_1 < ... < t_K. On each interval (t_i, t_(i+1)) every switch takes one branch, found by
evaluating it at an interior test point, so the activation there is a switch-free
expression: a *piece*. Adjacent equal pieces are merged.

Breakpoints are found only when the switch argument is a polynomial in x (after the
parameter values are substituted); a switch with any other argument stays in the piece,
which the integral rules then leave to the numeric path.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy
from sympy import Abs, Heaviside, Max, Min, Piecewise, S, sign

from gaussym.symbolic.functions import X

_SWITCHES = (Max, Min, Abs, Heaviside, sign, Piecewise)


@dataclass(frozen=True)
class Piece:
    """The activation equals ``expr`` (switch-free if possible) on the open interval (lo, hi)."""
    lo: sympy.Expr
    hi: sympy.Expr
    expr: sympy.Expr

    @property
    def whole_line(self) -> bool:
        return self.lo == S.NegativeInfinity and self.hi == S.Infinity

    def interval_text(self) -> str:
        lo = "-inf" if self.lo == S.NegativeInfinity else str(self.lo)
        hi = "inf" if self.hi == S.Infinity else str(self.hi)
        return f"({lo}, {hi})"


def decompose(expr: sympy.Expr, params: dict | None = None, x: sympy.Symbol = X) -> list[Piece]:
    """Pieces (in increasing x) of ``expr``; ``params`` (name -> value) decide branch tests only."""
    subs = {sympy.Symbol(k, real=True): sympy.nsimplify(v) if isinstance(v, (int, float)) else v
            for k, v in (params or {}).items()}
    points = sorted(breakpoints(expr, subs, x), key=lambda t: float(t))
    edges = [S.NegativeInfinity, *points, S.Infinity]
    pieces: list[Piece] = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        test = _test_point(lo, hi)
        piece = sympy.expand(resolve(expr, x, test, subs)) if points else expr
        if pieces and sympy.simplify(pieces[-1].expr - piece) == 0:
            pieces[-1] = Piece(pieces[-1].lo, hi, pieces[-1].expr)
        else:
            pieces.append(Piece(lo, hi, piece))
    return pieces


def breakpoints(expr, subs, x=X) -> set:
    """Real roots in x of every switch argument (polynomial arguments only)."""
    found = set()
    for node in sympy.preorder_traversal(expr):
        if isinstance(node, _SWITCHES):
            for arg in _switch_arguments(node):
                found |= _real_roots(arg.subs(subs), x)
    return found


def switch_symbols(expr) -> set:
    """Free symbols (other than x) of the switch arguments: parameters that move a breakpoint."""
    found = set()
    for node in sympy.preorder_traversal(expr):
        if isinstance(node, _SWITCHES):
            for arg in _switch_arguments(node):
                found |= {str(sym) for sym in arg.free_symbols if sym != X}
    return found


def _switch_arguments(node):
    """Expressions whose sign change flips the switch."""
    if isinstance(node, (Max, Min)):
        args = node.args
        return [a - b for i, a in enumerate(args) for b in args[i + 1:]]
    if isinstance(node, (Abs, Heaviside, sign)):
        return [node.args[0]]
    out = []
    for _, cond in node.args:
        for rel in sympy.preorder_traversal(cond):
            if isinstance(rel, sympy.core.relational.Relational):
                out.append(rel.lhs - rel.rhs)
    return out


def _real_roots(f, x) -> set:
    if not f.has(x):
        return set()
    if f.has(*_SWITCHES):   # nested switch (e.g. min(max(x, -1), 1)): roots of each piece inside its interval
        roots = set()
        for piece in decompose(f, {}, x):
            for r in _real_roots(piece.expr, x):
                if (piece.lo == S.NegativeInfinity or r > piece.lo) and (piece.hi == S.Infinity or r < piece.hi):
                    roots.add(r)
        return roots
    try:
        poly = sympy.Poly(sympy.expand(f), x)
    except sympy.PolynomialError:
        return set()
    if not all(c.is_number for c in poly.all_coeffs()):
        return set()
    if poly.degree() == 1:
        a, b = poly.all_coeffs()
        return {sympy.nsimplify(-b / a)}
    return {r for r in sympy.real_roots(poly)} if all(c.is_rational for c in poly.all_coeffs()) else \
        {sympy.Float(r) for r in sympy.Poly(poly).nroots() if r.is_real}


def _test_point(lo, hi):
    if lo == S.NegativeInfinity and hi == S.Infinity:
        return S.Zero
    if lo == S.NegativeInfinity:
        return hi - 1
    if hi == S.Infinity:
        return lo + 1
    return (lo + hi) / 2


def resolve(expr, x, test, subs):
    """Replace every switch by the branch it takes at x = test (innermost first)."""
    if not expr.args or not expr.has(*_SWITCHES):
        return expr
    args = [resolve(a, x, test, subs) if isinstance(a, sympy.Basic) and not isinstance(a, sympy.Tuple)
            else a for a in expr.args]
    if isinstance(expr, Piecewise):
        for branch, cond in expr.args:
            if _holds(cond, x, test, subs):
                return resolve(branch, x, test, subs)
        return S.NaN
    if isinstance(expr, (Max, Min)):
        values = [_value(a, x, test, subs) for a in args]
        pick = max if isinstance(expr, Max) else min
        return args[values.index(pick(values))]
    if isinstance(expr, Abs):
        return args[0] if _value(args[0], x, test, subs) >= 0 else -args[0]
    if isinstance(expr, Heaviside):
        return S.One if _value(args[0], x, test, subs) > 0 else S.Zero
    if isinstance(expr, sign):
        return S.One if _value(args[0], x, test, subs) > 0 else S.NegativeOne
    return expr.func(*args)


def _value(e, x, test, subs) -> float:
    v = e.subs(subs).subs(x, test)
    if not v.is_number:
        raise ValueError(f"cannot decide the branch of {e} without values for {sorted(map(str, v.free_symbols))}")
    return float(v)


def _holds(cond, x, test, subs) -> bool:
    v = cond.subs(subs).subs(x, test) if isinstance(cond, sympy.Basic) else cond
    if v in (True, S.true):
        return True
    if v in (False, S.false):
        return False
    raise ValueError(f"cannot decide the condition {cond} at x = {test}")
