"""Code generator: activation expression -> importable kernel module (Python source).

One mechanism for everything: the built-in activations in ``gaussym/kernels/generated`` and
a user's ``gaussym codegen`` / ``Activation.from_expr`` go through ``generate_module``.
The derivation (``gaussym.symbolic.integrals.derive``) gives, per n <= MAX_N, E[x^n act(x)]
as a SymPy expression in mu, sigma and the parameters, built from the stable blocks of
``gaussym.symbolic.functions``; each is common-subexpression-eliminated and printed with
SymPy's SciPy printer (numpy backend) and mpmath printer. Output is deterministic: the same
input gives the same bytes (a test regenerates the committed modules and diffs them).

This module imports SymPy; the generated modules do not.
"""
from __future__ import annotations

import types

import sympy
from sympy.printing.numpy import SciPyPrinter
from sympy.printing.pycode import MpmathPrinter

from gaussym.symbolic.functions import X, double_double_in_tails_only, pair_saturating, stabilize
from gaussym.symbolic.integrals import MU, Derivation, derive, pieces_to_piecewise

__all__ = ["generate_module", "load_module", "derive_activation", "summary", "BACKENDS", "DEFAULT_MAX_N"]

DEFAULT_MAX_N = 10
#: smooth activations with a numeric part are integrated directly (no asymptote split) for sigma below this
DIRECT_SIGMA = 0.5
#: from this sigma on, E[act^(m)] (m >= 2) may come from the moments by the Hermite relation where the direct
#: derivative forms cancel (see _derivatives_cancel); the runtime takes that route where |mu|/sigma <= log(sigma)
#: (gaussym.kernels.generated._runtime.hermite_route; measured at sigma = 1000: elu m = 6 1e0 -> 2e-15)
HERMITE_SIGMA = 1.0
BACKENDS = ("numpy", "mpmath", "torch", "jax", "cupy")
REGENERATE = "python derivations/regenerate_kernels.py"


def derive_activation(text: str, params: dict | None = None, *, expr=None) -> Derivation:
    """Parse ``text`` with the safe parser (never eval) and derive its integrals."""
    params = {k: float(v) for k, v in (params or {}).items()}
    if expr is None:
        from gaussym.symbolic.parse import parse_expression
        expr = parse_expression(text, params=tuple(params))
    return derive(expr, params)


def summary(d: Derivation) -> str:
    """One line per piece and term: closed form or numeric, and why."""
    lines = []
    for rep in d.reports:
        lines.append(f"piece x in {rep.interval}: {rep.expr}")
        lines += [f"  closed form: {t}" for t in rep.closed]
        lines += [f"  numeric    : {t} ({why})" for t, why in rep.numeric]
    if d.has_numeric:
        lines.append(f"numeric part: residual = {d.residual}")
        lines.append(f"  asymptote (closed form): {d.asymptote.asymptote}")
        lines.append(f"  remainder by quadrature on window {tuple(float(w) for w in d.asymptote.window)}, "
                     f"breakpoints {tuple(float(b) for b in d.asymptote.breakpoints)}")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- printing
class _Emitter:
    """Prints functions with CSE; collects the modules the printed code needs."""

    def __init__(self, printer):
        self.printer = printer

    def function(self, name, args, expr, doc=None):
        reps, (reduced,) = sympy.cse([expr], symbols=sympy.numbered_symbols("_t"), order="canonical")
        lines = [f"def {name}({', '.join(args)}):"]
        if doc:
            lines.append(f'    """{doc}"""')
        lines += [f"    {sym} = {self.printer.doprint(e)}" for sym, e in reps]
        lines.append(f"    return {self.printer.doprint(reduced)}")
        return "\n".join(lines)

    def imports(self):
        mods = sorted(self.printer.module_imports)
        return [f"import {m}" for m in mods]


def _numpy_printer():
    return SciPyPrinter({"fully_qualified_modules": True, "allow_unknown_functions": False})


def _mpmath_printer():
    return MpmathPrinter({"fully_qualified_modules": True, "allow_unknown_functions": False})


class _ArrayPrinter(SciPyPrinter):
    """Prints a kernel expression once for every array backend (torch, jax, cupy, and numpy through
    gaussym.kernels.array_runtime): every function is a call on the namespace argument ``xp`` of the
    printed function (``xp.exp``, ``xp.tail``, ``xp.where`` ...), which ``array_runtime.backend(name)``
    binds to torch/jax/cupy. The custom blocks keep their stable numpy forms (their ``_numpycode``
    names the _runtime/numpy/scipy function; this printer maps it to ``xp.<same name>``).

    Not SymPy's TorchPrinter/JaxPrinter/CuPyPrinter: measured with sympy 1.14 they print code that fails
    on our expressions (``torch.sqrt(2)`` of a Python int, ``torch.max(0, x)``, ``math.erf(x)`` for jax and
    cupy arrays), and one printed form lets the numpy namespace run (and CI test) the very code that
    torch/jax/cupy run."""

    def __init__(self):
        super().__init__({"fully_qualified_modules": True, "allow_unknown_functions": False})
        self.namespace_names = set()

    def _module_format(self, fqn, register=True):
        name = fqn.split(".")[-1]
        self.namespace_names.add(name)
        return f"xp.{name}"

    def _print(self, expr, **kwargs):
        if isinstance(expr, sympy.Expr) and expr.is_number and not expr.is_Integer and not expr.is_Rational:
            value = float(expr)                     # sqrt(2), pi, ...: a float literal, no xp.sqrt(2)
            return f"({value!r})" if value < 0 else repr(value)
        return super()._print(expr, **kwargs)

    def _print_Piecewise(self, expr):
        *pairs, (last, cond) = expr.args
        if cond == sympy.true:
            out = self._print(last)
        else:
            self.namespace_names.add("where")
            out = f"xp.where({self._print(cond)}, {self._print(last)}, float('nan'))"
        for e, c in reversed(pairs):
            self.namespace_names.add("where")
            out = f"xp.where({self._print(c)}, {self._print(e)}, {out})"
        return out

    def _print_Relational(self, expr):
        op = {"==": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}[expr.rel_op]
        return f"({self._print(expr.lhs)} {op} {self._print(expr.rhs)})"

    def _print_BooleanTrue(self, expr):
        return "True"

    def _print_BooleanFalse(self, expr):
        return "False"

    def _fold(self, fn, args):
        self.namespace_names.add(fn)
        out = self._print(args[0])
        for a in args[1:]:
            out = f"xp.{fn}({out}, {self._print(a)})"
        return out

    def _print_And(self, expr):
        return self._fold("logical_and", sorted(expr.args, key=sympy.default_sort_key))

    def _print_Or(self, expr):
        return self._fold("logical_or", sorted(expr.args, key=sympy.default_sort_key))

    def _print_Not(self, expr):
        self.namespace_names.add("logical_not")
        return f"xp.logical_not({self._print(expr.args[0])})"

    def _print_Max(self, expr):
        return self._fold("maximum", sorted(expr.args, key=sympy.default_sort_key))

    def _print_Min(self, expr):
        return self._fold("minimum", sorted(expr.args, key=sympy.default_sort_key))


def _array_printer():
    return _ArrayPrinter()


def _point_derivatives(pieces, max_n):
    """act^(m) classical, m = 0..max_n, as Piecewise in X (stable printing forms)."""
    current = [type(p)(p.lo, p.hi, stabilize(p.expr)) for p in pieces]
    out = [pieces_to_piecewise(current)]
    for _ in range(max_n):
        current = [type(p)(p.lo, p.hi, pair_saturating(sympy.diff(p.expr, X))) for p in current]
        out.append(pieces_to_piecewise(current))
    return out


def _derivatives_cancel(d: Derivation) -> bool:
    """Do the direct E[act^(m)] forms cancel for sigma >> 1? Yes with an exp block on a half line next
    to jump terms (elu: O(1/s) pieces, O(s^-(m+1)) sum); then the kernel may take m >= 2 from the
    Hermite relation (HERMITE_SIGMA, _runtime.hermite_route) where no split route exists. Pure tails, jumps
    and whole-line Phi blocks (relu, gelu, erf) stay exact (1e-16) on the direct route; activations with a
    numeric remainder or with exp blocks that decay away from their edges (elu) take the split route
    (_DERIVATIVES_SPLIT: d^m/dmu^m E[act - g] + E[g He_m(z)]/s^m, see Derivation.split_exp_pieces)."""
    if d.has_numeric:
        return False
    return any(not piece.whole_line and t.kind in ("exp", "expm1") for piece, terms in d.closed_pieces for t in terms)


def _float(v) -> str:
    return repr(float(v))


def _window_hull(windows) -> tuple:
    """(lo, hi) covering every window, () for none (no split route)."""
    if not windows:
        return ()
    return (min(float(w[0]) for w in windows), max(float(w[1]) for w in windows))


# ----------------------------------------------------------------------------- module
def generate_module(name: str, text: str, params: dict | None = None, max_n: int = DEFAULT_MAX_N,
                    backends=("numpy", "mpmath"), *, expr=None, derivation: Derivation | None = None,
                    progress=None) -> str:
    """Python source of the kernel module for activation ``text`` (see module docstring)."""
    if not name.isidentifier():
        raise ValueError(f"name must be a Python identifier, got {name!r}")
    if not isinstance(max_n, int) or max_n < 0:
        raise ValueError(f"max_n must be an integer >= 0, got {max_n!r}")
    for b in backends:
        if b not in BACKENDS:
            raise ValueError(f"unknown backend {b!r}; choose from {', '.join(BACKENDS)}")
    params = {k: float(v) for k, v in (params or {}).items()}
    d = derivation or derive_activation(text, params, expr=expr)
    psyms = [sympy.Symbol(k, real=True) for k in sorted(params)]
    pnames = [str(s) for s in psyms]
    say = progress or (lambda msg: None)

    np_emit, mp_emit = _Emitter(_numpy_printer()), _Emitter(_mpmath_printer())
    blocks_np, blocks_mp = [], []
    moments = []
    say(f"{name}: deriving moments n = 0..{max_n}")
    for n in range(max_n + 1):
        moments.append(double_double_in_tails_only(d.closed_moment(n)))
    say(f"{name}: deriving expected derivatives m = 0..{max_n}")
    derivs = [double_double_in_tails_only(d.closed_derivative(m)) for m in range(max_n + 1)]
    # split route (numeric remainder and/or decaying exp blocks g on pieces), sigma >~ 1:
    # E[act^(m)] = d^m/dmu^m E[act - g] (exact tail forms) + E[g He_m(z)] / sigma^m (quadrature of g, with He_m
    # at the nodes); see _runtime.derivative_expectations
    split_exp = d.split_exp_pieces()
    split_route = d.has_numeric or split_exp is not None
    split = [double_double_in_tails_only(sympy.diff(d.split_moment(), MU, m)) for m in range(max_n + 1)] \
        if split_route else []
    split_windows = ([tuple(d.asymptote.window)] if d.has_numeric else []) + [w for _, _, w in split_exp or []]
    split_breaks = sorted({float(b) for b in (d.asymptote.breakpoints if d.has_numeric else ())}
                          | {float(e) for piece, _, _ in split_exp or [] for e in (piece.lo, piece.hi) if e.is_finite})
    if split_exp:
        g = sympy.Add(*[sympy.Piecewise((e, sympy.And(*([X > p.lo] if p.lo.is_finite else [])
                                                      + ([X < p.hi] if p.hi.is_finite else []))), (0, True))
                        for p, e, _ in split_exp])
    say(f"{name}: printing")
    point = _point_derivatives(d.pieces, max_n)
    rem = _point_derivatives(d.remainder_pieces, max_n) if d.has_numeric else None

    def emit_all(emit, suffix, blocks, first=()):
        blocks.append(emit.function(f"_activation{suffix}", [*first, "x", *pnames], point[0]))
        for m in range(max_n + 1):
            blocks.append(emit.function(f"_act_derivative{suffix}_{m}", [*first, "x", *pnames], point[m]))
        for n in range(max_n + 1):
            blocks.append(emit.function(f"_moment{suffix}_{n}", [*first, "mu", "sigma", *pnames], moments[n]))
        for m in range(max_n + 1):
            blocks.append(emit.function(f"_derivative{suffix}_{m}", [*first, "mu", "sigma", *pnames], derivs[m]))
        if split_route and suffix != "_mp":
            for m in range(max_n + 1):
                blocks.append(emit.function(f"_derivative_split{suffix}_{m}", [*first, "mu", "sigma", *pnames],
                                            split[m]))
            if split_exp:
                blocks.append(emit.function(f"_split_exp{suffix}", [*first, "x", *pnames], g))
        if d.has_numeric:
            blocks.append(emit.function(f"_remainder{suffix}", [*first, "x"], rem[0]))
            for m in range(max_n + 1):
                blocks.append(emit.function(f"_remainder_derivative{suffix}_{m}", [*first, "x"], rem[m]))

    emit_all(np_emit, "", blocks_np)
    emit_all(mp_emit, "_mp", blocks_mp)

    extra_backends = [b for b in backends if b not in ("numpy", "mpmath")]
    extra_backends = [b for b in BACKENDS if b in extra_backends]          # canonical order: same bytes
    blocks_xp = []
    if extra_backends:
        xp_emit = _Emitter(_array_printer())
        emit_all(xp_emit, "_xp", blocks_xp, first=("xp",))

    def table(prefix, count):
        return "(" + ", ".join(f"{prefix}_{i}" for i in range(count)) + ",)"

    imports = sorted(set(np_emit.imports() + mp_emit.imports() + ["import gaussym.kernels.generated._runtime"]
                         + (["import gaussym.kernels.array_runtime"] if extra_backends else [])))
    window = tuple(_float(w) for w in d.asymptote.window) if d.has_numeric else ()
    rbreaks = tuple(_float(b) for b in d.asymptote.breakpoints) if d.has_numeric else ()
    doc = _docstring(name, text, params, max_n, d, moments, derivs)
    src = [f'"""{doc}"""', "# ruff: noqa", *imports, "",
           f"NAME = {name!r}",
           f"EXPRESSION = {text!r}",
           f"PARAMS = {dict(sorted(params.items()))!r}",
           f"MAX_N = {max_n}",
           f"NUMERIC = {d.has_numeric}",
           f"BAKED_PARAMS = {d.baked_params!r}",
           f"DIRECT_SIGMA = {DIRECT_SIGMA if d.has_numeric and len(d.pieces) == 1 else 0.0!r}",
           f"HERMITE_SIGMA = {HERMITE_SIGMA if _derivatives_cancel(d) else None!r}",
           f"WINDOW = ({', '.join(window)}{',' if len(window) == 1 else ''})",
           f"REMAINDER_BREAKPOINTS = ({', '.join(rbreaks)}{',' if len(rbreaks) == 1 else ''})",
           f"SPLIT_EXP = {split_exp is not None}",
           f"SPLIT_WINDOW = {_window_hull(split_windows)!r}",
           f"SPLIT_BREAKPOINTS = ({', '.join(_float(b) for b in split_breaks)}{',' if len(split_breaks) == 1 else ''})",
           "_runtime = gaussym.kernels.generated._runtime", "", ""]
    src += [b + "\n\n" for b in blocks_np + blocks_mp]
    src += [b + "\n\n" for b in blocks_xp]
    N = max_n + 1
    src += [f"_MOMENTS = {table('_moment', N)}",
            f"_DERIVATIVES = {table('_derivative', N)}",
            f"_ACT_DERIVATIVES = {table('_act_derivative', N)}",
            f"_MOMENTS_MP = {table('_moment_mp', N)}",
            f"_DERIVATIVES_MP = {table('_derivative_mp', N)}",
            f"_ACT_DERIVATIVES_MP = {table('_act_derivative_mp', N)}"]
    if split_route:
        src.append(f"_DERIVATIVES_SPLIT = {table('_derivative_split', N)}")
    if d.has_numeric:
        src += [f"_REMAINDER_DERIVATIVES = {table('_remainder_derivative', N)}",
                f"_REMAINDER_DERIVATIVES_MP = {table('_remainder_derivative_mp', N)}"]
    if extra_backends:
        src += [f"_XP_MOMENTS = {table('_moment_xp', N)}",
                f"_XP_DERIVATIVES = {table('_derivative_xp', N)}",
                f"_XP_ACT_DERIVATIVES = {table('_act_derivative_xp', N)}"]
        if d.has_numeric:
            src.append(f"_XP_REMAINDER_DERIVATIVES = {table('_remainder_derivative_xp', N)}")
        if split_route:
            src.append(f"_XP_DERIVATIVES_SPLIT = {table('_derivative_split_xp', N)}")
        src.append(f"XP_BACKENDS = {tuple(extra_backends)!r}")
        for b in extra_backends:
            src.append(_BACKEND_API.format(b=b))
    src.append(_PUBLIC_API)
    return "\n".join(src)


_BACKEND_API = '''

_xp_{b} = gaussym.kernels.array_runtime.backend("{b}")     # {b} is imported on the first call


def activation_{b}(x, **params):
    """The activation, elementwise on a {b} array (float64, x's device)."""
    return _xp_{b}.activation(_SELF, x, params)


def moments_{b}(nmax, mu, sigma, **params):
    """(nmax+1, *shape) float64 {b} array of E[x^n act(x)], x ~ N(mu, sigma^2), n = 0..nmax <= MAX_N
    (on the device of mu/sigma; parameters floats or {b} arrays)."""
    return _xp_{b}.moments(_SELF, nmax, mu, sigma, params)


def derivative_expectations_{b}(mmax, mu, sigma, **params):
    """(mmax+1, *shape) float64 {b} array of E[act^(m)(x)], m = 0..mmax <= MAX_N."""
    return _xp_{b}.derivative_expectations(_SELF, mmax, mu, sigma, params)
'''

_PUBLIC_API = '''

def activation(x, **params):
    """The activation, elementwise on a numpy array."""
    return _runtime.activation(_SELF, x, params)


def moments(nmax, mu, sigma, **params):
    """(nmax+1, *shape) float64 array of E[x^n act(x)], x ~ N(mu, sigma^2), n = 0..nmax <= MAX_N."""
    return _runtime.moments(_SELF, nmax, mu, sigma, params)


def derivative_expectations(mmax, mu, sigma, **params):
    """(mmax+1, *shape) float64 array of E[act^(m)(x)], m = 0..mmax <= MAX_N."""
    return _runtime.derivative_expectations(_SELF, mmax, mu, sigma, params)


def moments_mp(nmax, mu, sigma, **params):
    """[E[x^n act(x)] for n = 0..nmax] as mpmath numbers at the current mpmath.mp.dps (scalar mu, sigma)."""
    return _runtime.moments_mp(_SELF, nmax, mu, sigma, params)


def derivative_expectations_mp(mmax, mu, sigma, **params):
    """[E[act^(m)(x)] for m = 0..mmax] as mpmath numbers at the current mpmath.mp.dps (scalar mu, sigma)."""
    return _runtime.derivative_expectations_mp(_SELF, mmax, mu, sigma, params)


class _Self:
    """This module's kernels as attributes (what the runtime reads)."""


_SELF = _Self()
_SELF.__dict__.update({k: v for k, v in globals().items() if not k.startswith("__")})
'''


def _docstring(name, text, params, max_n, d: Derivation, moments, derivs) -> str:
    lines = [f"Generated kernels for the activation {name!r} -- DO NOT EDIT.",
             "",
             f"    act(x) = {text}" + (f"    parameters (defaults): {dict(sorted(params.items()))}" if params else ""),
             f"    moments E[x^n act(x)], x ~ N(mu, sigma^2), for n <= MAX_N = {max_n}; expected derivatives",
             "    E[act^(m)(x)] = d^m/dmu^m E[act(x)] for m <= MAX_N; numpy (vectorised) and mpmath kernels.",
             "",
             f"Written by gaussym.kernels.codegen. Regenerate: {REGENERATE} (built-ins) or",
             f"    gaussym codegen {text!r} --name {name} --max-n {max_n} -o FILE" + "".join(
                 f" --param {k}={v!r}" for k, v in sorted(params.items())),
             "",
             "Decomposition:", *("    " + ln for ln in summary(d).splitlines()),
             "",
             "Blocks: D(k, c, L) = e^L int_c^inf (z-c)^k phi(z) dz (gauss_tail); "
             "PhiBlend(P, Q, q) = P Phi(q) + Q phi(q).",
             "Closed-form part of E[x^n act(x)]:"]
    for n in range(min(max_n, 2) + 1):
        lines.append(f"    n = {n}: {sympy.sstr(moments[n])}")
    lines.append("Closed-form part of E[act'(x)]:" if max_n >= 1 else "")
    if max_n >= 1:
        lines.append(f"    {sympy.sstr(derivs[1])}")
    if d.has_numeric:
        lines.append("Numeric part: + E[x^n remainder(x)] by quadrature on WINDOW "
                     "(gaussym.kernels.quadrature.remainder_moments).")
    return "\n".join(ln.replace("\\", "\\\\").replace('"""', "'''") for ln in lines) + "\n"


def load_module(source: str, name: str) -> types.ModuleType:
    """Execute generated ``source`` (our own output, never a user string) as a fresh module."""
    module = types.ModuleType(f"gaussym_generated_{name}")
    module.__file__ = f"<gaussym codegen {name}>"
    exec(compile(source, module.__file__, "exec"), module.__dict__)  # noqa: S102 - generated code
    return module
