"""Render derived formulas as plain text, pretty (unicode) text or LaTeX with SymPy's printers.

Symbols are named so that the stock printers already read well: ``mu_1`` -> mu_1 / μ₁ /
``\\mu_{1}``, ``Sigma_12`` -> Σ₁₂ / ``\\Sigma_{12}``, ``sigma`` -> σ, ``Omega_12`` -> Ω₁₂.
A list (or dict) is rendered one labelled line per entry: ``c_0 = ...``.
"""
from __future__ import annotations

import sympy

FORMATS = ("text", "pretty", "latex")


def render(expr_or_list, fmt: str = "text", *, labels=None, lhs: str | None = None) -> str:
    """Render an expression, a list of expressions or a {label: expression} dict.

    ``labels``: names for list entries (default ``c_0, c_1, ...``); ``lhs``: a left-hand side
    for a single expression (e.g. ``"E[X_1 X_2]"``), printed as ``lhs = expr``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
    if isinstance(expr_or_list, dict):
        items = list(expr_or_list.items())
    elif isinstance(expr_or_list, (list, tuple)):
        names = labels or [f"c_{m}" for m in range(len(expr_or_list))]
        if len(names) != len(expr_or_list):
            raise ValueError(f"labels has {len(names)} entries for {len(expr_or_list)} expressions")
        items = list(zip(names, expr_or_list))
    else:
        return _render_one(lhs, sympy.sympify(expr_or_list) if isinstance(expr_or_list, (int, float)) else expr_or_list, fmt)
    separator = "\n\n" if fmt == "pretty" else "\n"
    return separator.join(_render_one(label, expr, fmt) for label, expr in items)


def _render_one(label, expr, fmt: str) -> str:
    if isinstance(expr, (int, float)):
        expr = sympy.sympify(expr)
    if fmt == "text":
        body = sympy.sstr(expr)
        return body if label is None else f"{_label_text(label)} = {body}"
    if fmt == "latex":
        body = sympy.latex(expr)
        return body if label is None else f"{_label_latex(label)} = {body}"
    body = sympy.pretty(_display_names(expr), use_unicode=True)
    if label is None:
        return body
    # put the label on the baseline row of a multi-line pretty block
    lines = body.split("\n")
    baseline = _baseline(expr, len(lines))
    prefix = f"{_label_text(label)} = "
    return "\n".join((prefix if row == baseline else " " * len(prefix)) + line for row, line in enumerate(lines))


def _display_names(expr):
    """For the pretty printer: functions that define only a text name (``_sympystr``, e.g. a
    kernel block NormCdf printed as Phi) are shown under that name rather than their class name."""
    if not isinstance(expr, sympy.Basic):
        return expr
    renamed = {}
    for func in expr.atoms(sympy.Function):
        cls = type(func)
        if "_sympystr" in vars(cls) and "_pretty" not in vars(cls):
            head = sympy.sstr(func).split("(", 1)[0]
            if head.isidentifier():
                renamed[func] = sympy.Function(head)(*func.args)
    return expr.xreplace(renamed) if renamed else expr


def _baseline(expr, height: int) -> int:
    try:
        from sympy.printing.pretty.pretty import PrettyPrinter
        return PrettyPrinter({"use_unicode": True})._print(_display_names(expr)).baseline
    except Exception:  # pragma: no cover - display nicety only
        return height // 2


def _label_text(label) -> str:
    return str(label)


def _label_latex(label) -> str:
    if isinstance(label, sympy.Basic):
        return sympy.latex(label)
    text = str(label)
    if text.isidentifier():
        return sympy.latex(sympy.Symbol(text))
    return text
