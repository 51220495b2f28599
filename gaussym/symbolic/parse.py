"""Safe parser: a user's activation string -> a SymPy expression in ``x``.

Why not ``sympify``/``parse_expr``: both call ``eval`` on the string. Here the text is parsed
by Python's ``ast`` (``mode="eval"``), every node is checked against a strict whitelist, and
the SymPy expression is BUILT node by node from stock SymPy constructors. Nothing from the
string is ever executed or looked up in a namespace.

Grammar
    numbers        int, float, scientific (``1.702``, ``1e-3``); kept EXACT as SymPy
                   ``Rational`` from their decimal text (``1.702`` -> ``851/500``), so the
                   derivation sees the number the user typed, not its binary rounding.
    names          ``x`` (the real variable), ``pi``, and the names given in ``params``
                   (real Symbols).
    operators      ``+ - * / **``, unary ``-``/``+``, parentheses.
    conditions     ``< <= > >=`` (chains allowed), ``and``, ``or``, ``not`` -- only as the
                   first argument of ``where`` or the argument of ``Heaviside``.
    functions      exp log log1p sqrt abs tanh sigmoid erf erfc Phi phi max min relu
                   where sign Heaviside softplus, built as
                   sigmoid(u) = 1/(1+exp(-u)), Phi(u) = (1+erf(u/sqrt2))/2,
                   phi(u) = exp(-u^2/2)/sqrt(2 pi), log1p(u) = log(1+u),
                   relu(u) = Max(u, 0), softplus(u) = log(1+exp(u)),
                   where(c, a, b) = Piecewise((a, c), (b, True)),
                   Heaviside(c) for a condition c = Piecewise((1, c), (0, True)).

Every rejection is a ``ValueError`` naming the offending token and its 1-based column.
"""
from __future__ import annotations

import ast
import keyword
import math

import sympy

#: the activation variable (real)
X = sympy.Symbol("x", real=True)

MAX_LENGTH = 2000  # characters
MAX_DEPTH = 60  # nesting depth of the syntax tree
MAX_EXPONENT_DIGITS = 1000  # |exponent * log10|base|| of a numeric power, keeps 9**9**9 out


def _sigmoid(u):
    return 1 / (1 + sympy.exp(-u))


def _Phi(u):
    return (1 + sympy.erf(u / sympy.sqrt(2))) / 2


def _phi(u):
    return sympy.exp(-u ** 2 / 2) / sympy.sqrt(2 * sympy.pi)


# name -> (builder, minimum arity, maximum arity or None for variadic)
_FUNCTIONS = {
    "exp": (sympy.exp, 1, 1),
    "log": (sympy.log, 1, 1),
    "log1p": (lambda u: sympy.log(1 + u), 1, 1),
    "sqrt": (sympy.sqrt, 1, 1),
    "abs": (sympy.Abs, 1, 1),
    "tanh": (sympy.tanh, 1, 1),
    "sigmoid": (_sigmoid, 1, 1),
    "erf": (sympy.erf, 1, 1),
    "erfc": (sympy.erfc, 1, 1),
    "Phi": (_Phi, 1, 1),
    "phi": (_phi, 1, 1),
    "max": (sympy.Max, 2, None),
    "min": (sympy.Min, 2, None),
    "relu": (lambda u: sympy.Max(u, 0), 1, 1),
    "where": (lambda c, a, b: sympy.Piecewise((a, c), (b, True)), 3, 3),
    "sign": (sympy.sign, 1, 1),
    "Heaviside": (None, 1, 1),  # built specially: accepts an expression or a condition
    "softplus": (lambda u: sympy.log(1 + sympy.exp(u)), 1, 1),
}
FUNCTION_NAMES = tuple(_FUNCTIONS)

_BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**"}
_BAD_BINOPS = {ast.FloorDiv: "//", ast.Mod: "%", ast.MatMult: "@", ast.BitXor: "^", ast.BitAnd: "&",
               ast.BitOr: "|", ast.LShift: "<<", ast.RShift: ">>"}
_COMPARE = {ast.Lt: sympy.Lt, ast.LtE: sympy.Le, ast.Gt: sympy.Gt, ast.GtE: sympy.Ge}
_BAD_COMPARE = {ast.Eq: "==", ast.NotEq: "!=", ast.Is: "is", ast.IsNot: "is not", ast.In: "in",
                ast.NotIn: "not in"}


def parse_expression(text: str, *, params=()) -> sympy.Expr:
    """Parse ``text`` (e.g. ``"x*sigmoid(1.702*x)"``) into a SymPy expression in :data:`X`.

    ``params``: names allowed as free real parameters (each becomes ``Symbol(name, real=True)``).
    Raises ``ValueError`` naming the offending token and its column for anything outside the
    grammar in the module docstring.
    """
    symbols = _param_symbols(params)
    if not isinstance(text, str):
        raise ValueError(f"expression must be a string, got {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        raise ValueError(f"expression is too long ({len(text)} characters, at most {MAX_LENGTH})")
    if not text.strip():
        raise ValueError("expression is empty")
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        # Python reports offset 0 for errors at the end of the input
        where = (f"column {exc.offset + len(text) - len(text.lstrip())}" if exc.offset else "the end of the input")
        token = _short(exc.text.strip()) if exc.text else ""
        raise ValueError(f"invalid syntax at {where}: {exc.msg}" + (f" in {token!r}" if token else "")) from None
    except (ValueError, RecursionError, MemoryError, OverflowError) as exc:
        raise ValueError(f"expression could not be parsed: {type(exc).__name__}: {exc}") from None
    source = text.strip()
    builder = _Builder(source, symbols, column_shift=len(text) - len(text.lstrip()))
    try:
        expr = builder.expression(tree.body, depth=0)
    except _Reject as exc:
        raise ValueError(str(exc)) from None
    except (TypeError, ZeroDivisionError, OverflowError, RecursionError, MemoryError, AttributeError) as exc:
        # SymPy refusing a well-formed but meaningless combination (e.g. comparing complex numbers)
        raise ValueError(f"expression {_short(source)!r} is not a valid real expression: {exc}") from None
    if expr.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
        raise ValueError(f"expression {_short(source)!r} is undefined (division by zero, log(0), ...): "
                         f"it simplifies to {_short(str(expr))}")
    if expr.has(sympy.I):
        raise ValueError(f"expression {_short(source)!r} is not real-valued (it contains the imaginary unit)")
    return expr


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _param_symbols(params) -> dict[str, sympy.Symbol]:
    if isinstance(params, str):
        params = (params,)
    symbols = {"x": X, "pi": sympy.pi}
    for name in params:
        if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(f"params: {name!r} is not a valid parameter name")
        if name in symbols or name in _FUNCTIONS or name.startswith("_"):
            raise ValueError(f"params: {name!r} is reserved (x, pi, a function name, or starts with '_')")
        symbols[name] = sympy.Symbol(name, real=True)
    return symbols


class _Reject(Exception):
    """Internal: carries the user-facing message out of the recursive builder."""


class _Builder:
    """Builds SymPy objects from whitelisted AST nodes; raises _Reject on anything else."""

    def __init__(self, source: str, symbols: dict, column_shift: int = 0):
        self.source, self.symbols, self.column_shift = source, symbols, column_shift

    # -- helpers -------------------------------------------------------------------------
    def _token(self, node) -> str:
        segment = ast.get_source_segment(self.source, node)
        return type(node).__name__ if segment is None else _short(segment)

    def _reject(self, node, message: str):
        col = getattr(node, "col_offset", -1) + 1 + self.column_shift
        raise _Reject(f"{message} at column {col}" if col > 0 else message)

    def _check_depth(self, node, depth):
        if depth > MAX_DEPTH:
            self._reject(node, f"expression is nested too deeply (more than {MAX_DEPTH} levels)")

    # -- expressions -----------------------------------------------------------------------
    def expression(self, node, depth):
        """A real-valued expression node."""
        self._check_depth(node, depth)
        if isinstance(node, ast.Constant):
            return self._number(node)
        if isinstance(node, ast.Name):
            if node.id in self.symbols:
                return self.symbols[node.id]
            if node.id in _FUNCTIONS:
                self._reject(node, f"function {node.id!r} must be called, e.g. {node.id}(x),")
            self._reject(node, f"unknown name {node.id!r} (allowed: x, pi, "
                               f"{', '.join(n for n in self.symbols if n not in ('x', 'pi')) or 'no parameters'})")
        if isinstance(node, ast.BinOp):
            return self._binop(node, depth)
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.USub):
                return -self.expression(node.operand, depth + 1)
            if isinstance(node.op, ast.UAdd):
                return self.expression(node.operand, depth + 1)
            if isinstance(node.op, ast.Not):
                self._reject(node, f"'not' is only allowed inside a where()/Heaviside() condition: {self._token(node)!r}")
            self._reject(node, f"operator '~' is not allowed: {self._token(node)!r}")
        if isinstance(node, ast.Call):
            return self._call(node, depth)
        if isinstance(node, (ast.Compare, ast.BoolOp)):
            self._reject(node, f"comparison {self._token(node)!r} is only allowed as the condition of "
                               "where(cond, a, b) or Heaviside(cond)")
        self._reject_syntax(node)

    def _reject_syntax(self, node):
        token = self._token(node)
        if isinstance(node, ast.Attribute):
            self._reject(node, f"attribute access {'.' + node.attr!r} is not allowed (in {token!r})")
        if isinstance(node, ast.Subscript):
            self._reject(node, f"subscript {token!r} is not allowed")
        if isinstance(node, ast.Lambda):
            self._reject(node, f"'lambda' is not allowed ({token!r})")
        kinds = {ast.IfExp: "conditional expression (use where(cond, a, b))", ast.Tuple: "tuple",
                 ast.List: "list", ast.Dict: "dict", ast.Set: "set", ast.JoinedStr: "f-string",
                 ast.NamedExpr: "assignment expression ':='", ast.Starred: "starred expression",
                 ast.GeneratorExp: "generator", ast.ListComp: "comprehension",
                 ast.SetComp: "comprehension", ast.DictComp: "comprehension", ast.Await: "'await'",
                 ast.Yield: "'yield'", ast.YieldFrom: "'yield from'", ast.Slice: "slice"}
        kind = kinds.get(type(node), f"syntax {type(node).__name__}")
        self._reject(node, f"{kind} {token!r} is not allowed")

    def _number(self, node):
        value = node.value
        if isinstance(value, bool) or value is None or value is Ellipsis:
            self._reject(node, f"constant {self._token(node)!r} is not allowed (only numbers)")
        if isinstance(value, (str, bytes)):
            self._reject(node, f"string literal {self._token(node)!r} is not allowed")
        if isinstance(value, complex):
            self._reject(node, f"imaginary number {self._token(node)!r} is not allowed")
        if isinstance(value, int):
            if value.bit_length() > 1023:
                self._reject(node, f"number {self._token(node)[:20]!r}... is too large")
            return sympy.Integer(value)
        if isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                self._reject(node, f"number {self._token(node)!r} is out of the float range")
            text = (ast.get_source_segment(self.source, node) or repr(value)).replace("_", "")
            try:
                return sympy.Rational(text)  # exact decimal: 1.702 -> 851/500
            except (TypeError, ValueError):  # pragma: no cover - ast already validated the literal
                return sympy.Rational(repr(value))
        self._reject(node, f"constant {self._token(node)!r} is not allowed")

    def _binop(self, node, depth):
        # Walk the left spine iteratively: a long chain x + x + ... + x is neither deep
        # nesting nor a reason to hit Python's recursion limit.
        spine = []
        while isinstance(node, ast.BinOp):
            op = type(node.op)
            if op in _BAD_BINOPS:
                hint = " (use ** for powers)" if op is ast.BitXor else ""
                self._reject(node, f"operator {_BAD_BINOPS[op]!r} is not allowed{hint} in {self._token(node)!r}")
            spine.append(node)
            node = node.left
        value = self.expression(node, depth + 1)
        for parent in reversed(spine):
            right = self.expression(parent.right, depth + 1)
            value = self._apply(parent, value, right)
        return value

    def _apply(self, node, left, right):
        op = type(node.op)
        if op is ast.Add:
            return left + right
        if op is ast.Sub:
            return left - right
        if op is ast.Mult:
            return left * right
        if op is ast.Div:
            return left / right
        self._check_power(node, left, right)  # ast.Pow, the only one left
        return left ** right

    def _check_power(self, node, base, exponent):
        """Refuse numeric powers whose exact value would be astronomically large (9**9**9)."""
        if not exponent.is_Number:
            return
        if abs(exponent) > 1000:
            self._reject(node, f"exponent in {self._token(node)!r} is too large (|exponent| > 1000)")
        if base.is_Number and base != 0:
            magnitude = abs(float(exponent)) * abs(math.log10(abs(float(base))))
            if magnitude > MAX_EXPONENT_DIGITS:
                self._reject(node, f"power {self._token(node)!r} is too large (about 10^{magnitude:.0f})")

    def _call(self, node, depth):
        func = node.func
        if not isinstance(func, ast.Name):
            if isinstance(func, ast.Attribute):
                self._reject(func, f"attribute access {'.' + func.attr!r} is not allowed (in {self._token(func)!r})")
            self._reject(func, f"call of {self._token(func)!r} is not allowed (only whitelisted functions)")
        name = func.id
        if name not in _FUNCTIONS:
            if name in self.symbols:
                self._reject(func, f"{name!r} is not a function")
            self._reject(func, f"unknown function {name!r} (allowed: {', '.join(FUNCTION_NAMES)})")
        if node.keywords:
            kw = node.keywords[0]
            self._reject(kw.value if kw.arg is None else kw, f"keyword argument {self._token(kw)!r} is not allowed in {name}()")
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                self._reject(arg, f"starred argument {self._token(arg)!r} is not allowed in {name}()")
        builder, lo, hi = _FUNCTIONS[name]
        nargs = len(node.args)
        if nargs < lo or (hi is not None and nargs > hi):
            want = f"{lo}" if lo == hi else (f"at least {lo}" if hi is None else f"{lo}..{hi}")
            self._reject(func, f"{name}() takes {want} argument(s), got {nargs}")
        if name == "where":
            cond = self.condition(node.args[0], depth + 1, name)
            a = self.expression(node.args[1], depth + 1)
            b = self.expression(node.args[2], depth + 1)
            return builder(cond, a, b)
        if name == "Heaviside":
            arg = node.args[0]
            if isinstance(arg, (ast.Compare, ast.BoolOp)) or (isinstance(arg, ast.UnaryOp) and isinstance(arg.op, ast.Not)):
                return sympy.Piecewise((sympy.Integer(1), self.condition(arg, depth + 1, name)), (sympy.Integer(0), True))
            return sympy.Heaviside(self.expression(arg, depth + 1))
        args = [self.expression(a, depth + 1) for a in node.args]
        return builder(*args)

    # -- conditions --------------------------------------------------------------------
    def condition(self, node, depth, owner):
        """A boolean node: comparisons (chains), and/or/not of comparisons."""
        self._check_depth(node, depth)
        if isinstance(node, ast.Compare):
            terms = [self.expression(node.left, depth + 1)]
            relations = []
            for op, right in zip(node.ops, node.comparators):
                if type(op) not in _COMPARE:
                    sym = _BAD_COMPARE.get(type(op), type(op).__name__)
                    self._reject(node, f"comparison operator {sym!r} is not allowed in {self._token(node)!r} "
                                       "(use <, <=, >, >=)")
                terms.append(self.expression(right, depth + 1))
                relations.append(_COMPARE[type(op)](terms[-2], terms[-1]))
            return sympy.And(*relations) if len(relations) > 1 else relations[0]
        if isinstance(node, ast.BoolOp):
            parts = [self.condition(v, depth + 1, owner) for v in node.values]
            return sympy.And(*parts) if isinstance(node.op, ast.And) else sympy.Or(*parts)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return sympy.Not(self.condition(node.operand, depth + 1, owner))
        if isinstance(node, (ast.Constant, ast.Name, ast.BinOp, ast.UnaryOp, ast.Call)):
            self._reject(node, f"the condition of {owner}() must be a comparison such as x > 0, "
                               f"got {self._token(node)!r}")
        self._reject_syntax(node)
