"""``gaussym formula``: print derived formulas (text, pretty or LaTeX), optionally evaluated.

    gaussym formula moment 1 1 2 3 [--mean 0.1,0.2,0.3 --cov "1,0,0;0,1,0;0,0,1"]
    gaussym formula master --k 3 --form raw|regression [--evaluate ...]
    gaussym formula activation gelu --n 2 [--derivative M] [--param name=value] [--mu 0 --sigma 1]
    gaussym formula activation "x*sigmoid(1.702*x)" --n 1

SymPy is imported only inside the handlers (the numeric package stays SymPy-free).
"""
from __future__ import annotations

import argparse
import json
import math

import numpy as np

MAX_PRINTED_ORDER = 10

SYMBOLS_MOMENT = """symbols:
  X ~ N(mu, Sigma) a Gaussian vector; the arguments are index LABELS (1-based when evaluating).
  mu_i      mean of X_i
  Sigma_ij  covariance of X_i and X_j (Sigma_ii is the variance; Sigma_i,j when a label has 2+ digits)
  The formula sums, over every partition of the positions into singletons and pairs, the product of
  mu_i over singletons and Sigma_ij over pairs (Isserlis/Wick with means). The number of partitions
  of n positions is the telephone number T(n) = 1, 1, 2, 4, 10, 26, 76, 232, 764, 2620, 9496 (n = 0..10).
"""

SYMBOLS_MASTER = """Master Theorem: for x, y_1..y_k jointly Gaussian and ANY function g,
  E[g(x) y_1 ... y_k] = sum_{m=0..k} c_m E[g(x) x^m].
symbols:
  mu_x, sigma_x  mean and STANDARD DEVIATION of x (Var x = sigma_x^2 > 0)
  mu_i           mean of y_i;  Sigma_ij = Cov(y_i, y_j);  Sigma_xi = Cov(x, y_i)
  a_i            regression slope of y_i on x = Sigma_xi / sigma_x^2
  b_i            regression intercept = mu_i - a_i mu_x
  Omega_ij       residual covariance Cov(e_i, e_j) = Sigma_ij - Sigma_xi Sigma_xj / sigma_x^2,
                 where y_i = a_i x + b_i + e_i and e is independent of x
  c_m = sum over subsets S of size m of prod_{i in S} a_i times the noncentral moment of the
  remaining b + e (see `gaussym formula moment`).
"""

SYMBOLS_ACTIVATION = """symbols:
  x ~ N(mu, sigma^2): mu the mean, sigma the STANDARD DEVIATION of the pre-activation.
  Phi, phi    standard normal cdf and pdf
  He_m        probabilists' Hermite polynomials: E[act^(m)(x)] = E[act(x) He_m((x-mu)/sigma)] / sigma^m
  E_numeric(...)  a part with no closed form (sigmoid, tanh, softplus, ...): evaluated numerically
              as a closed-form asymptote plus an exponentially decaying remainder.
ACT is a built-in name (relu, gelu, erf, exp, elu, leaky_relu, ...) or an expression in x such as
"x*sigmoid(1.702*x)" (functions: exp log log1p sqrt abs tanh sigmoid erf erfc Phi phi max min relu
where sign Heaviside softplus; parsed safely, never eval'd).
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "formula", help="print derived formulas (moments, Master Theorem, activation integrals)",
        description="Derive and print closed-form formulas. Each subcommand has --format text|pretty|latex.")
    sub = parser.add_subparsers(dest="formula_kind", metavar="KIND")
    parser.set_defaults(func=lambda args: _usage(parser))

    moment = sub.add_parser("moment", help="noncentral Gaussian moment E[X_i X_j ...]",
                            description="Noncentral Gaussian moment E[prod X_i] by the singleton/pair "
                                        "partition formula.",
                            epilog=SYMBOLS_MOMENT, formatter_class=argparse.RawDescriptionHelpFormatter)
    moment.add_argument("indices", nargs="*", type=_label, help="index labels, repeats allowed (e.g. 1 1 2 3)")
    _add_format(moment)
    moment.add_argument("--evaluate", action="store_true", help="also print the number (needs --mean and --cov)")
    moment.add_argument("--mean", type=_vector, help="mean vector, comma-separated (label i is entry i, 1-based)")
    moment.add_argument("--cov", type=_matrix, help='covariance, rows separated by ";" (e.g. "1,0.5;0.5,2") or JSON')
    moment.add_argument("--dps", type=int, help="evaluate with mpmath at this many digits")
    moment.set_defaults(func=_moment)

    master = sub.add_parser("master", help="Master-Theorem coefficients c_0..c_k",
                            description="Coefficients c_m in E[g(x) y_1..y_k] = sum_m c_m E[g(x) x^m].",
                            epilog=SYMBOLS_MASTER, formatter_class=argparse.RawDescriptionHelpFormatter)
    master.add_argument("--k", type=int, required=True, help="number of y factors (k >= 0)")
    master.add_argument("--form", choices=("regression", "raw"), default="regression",
                        help="in regression quantities a_i, b_i, Omega_ij (default) or expanded in raw parameters")
    _add_format(master)
    master.add_argument("--evaluate", action="store_true",
                        help="also print the numbers (needs --mu-x --var-x --mu-y --cov-y --xcov)")
    master.add_argument("--mu-x", type=float, help="mean of x")
    master.add_argument("--var-x", type=float, help="VARIANCE of x (sigma_x^2)")
    master.add_argument("--mu-y", type=_vector, help="means of y_1..y_k, comma-separated")
    master.add_argument("--cov-y", type=_matrix, help='covariance of the y\'s, rows separated by ";"')
    master.add_argument("--xcov", type=_vector, help="Cov(x, y_i) for i = 1..k, comma-separated")
    master.add_argument("--dps", type=int, help="evaluate with mpmath at this many digits")
    master.set_defaults(func=_master)

    activation = sub.add_parser("activation", help="E[x^n act(x)] or E[act^(m)(x)] for x ~ N(mu, sigma^2)",
                                description="Closed-form Gaussian integrals of an activation.",
                                epilog=SYMBOLS_ACTIVATION, formatter_class=argparse.RawDescriptionHelpFormatter)
    activation.add_argument("act", help="built-in activation name or expression in x")
    activation.add_argument("--n", type=int, default=0, help="power n in E[x^n act(x)] (default 0)")
    activation.add_argument("--derivative", type=int, metavar="M",
                            help="print E[act^(M)(x)] (M-th derivative expectation) instead of the moment")
    activation.add_argument("--param", action="append", default=[], type=_param, metavar="NAME=VALUE",
                            help="activation parameter, e.g. negative_slope=0.2 (repeatable)")
    _add_format(activation)
    activation.add_argument("--describe", action="store_true",
                            help="also list the pieces and which parts got closed forms")
    activation.add_argument("--evaluate", action="store_true", help="also print the number (needs --mu and --sigma)")
    activation.add_argument("--mu", type=float, help="mean of x")
    activation.add_argument("--sigma", type=float, help="STANDARD DEVIATION of x")
    activation.set_defaults(func=_activation)


def _add_format(parser):
    parser.add_argument("--format", choices=("text", "pretty", "latex"), default="text",
                        help="output format (default text)")


def _usage(parser) -> int:
    parser.print_help()
    return 2


# -- handlers ------------------------------------------------------------------------------
def _moment(args) -> int:
    from gaussym.symbolic.moments import noncentral_moment_formula, partition_terms, telephone_number
    from gaussym.symbolic.render import render

    labels = args.indices
    n = len(labels)
    if n > MAX_PRINTED_ORDER:
        raise ValueError(f"indices: order {n} has up to {telephone_number(n):,} partition terms; formulas are printed "
                         f"up to order {MAX_PRINTED_ORDER} (gaussym.noncentral_moment evaluates any order numerically)")
    expr = noncentral_moment_formula(labels)
    print(render(expr, args.format, lhs=_moment_lhs(labels, args.format)))
    n_monomials = len(expr.args) if expr.is_Add else 1
    distinct = len(set(labels)) == n
    print(f"terms: {len(partition_terms(labels))} partitions of {n} positions into singletons and pairs "
          f"(telephone number T({n}) = {telephone_number(n)}); {n_monomials} distinct monomial(s)"
          + ("" if distinct else " after collecting repeated indices"))
    if args.evaluate or args.mean is not None or args.cov is not None:
        if args.mean is None or args.cov is None:
            raise ValueError("--evaluate needs both --mean and --cov")
        from gaussym.moments import noncentral_moment
        if any(label < 1 for label in labels):
            raise ValueError("indices: evaluation uses 1-based labels (1..d), got a 0")
        value = noncentral_moment(args.mean, args.cov, [label - 1 for label in labels], dps=args.dps)
        print(f"value = {_number(value, args.dps)}")
    return 0


def _master(args) -> int:
    from gaussym.symbolic.master import master_theorem_coefficients_formula, regression_quantities
    from gaussym.symbolic.render import render

    if args.k < 0:
        raise ValueError(f"--k must be >= 0, got {args.k}")
    if args.k > 8:
        raise ValueError(f"--k {args.k} is too large to print (at most 8)")
    ys = " ".join(f"y_{i}" for i in range(1, args.k + 1))
    print(f"E[g(x) {ys}] = " + " + ".join(f"c_{m} E[g(x) x^{m}]" for m in range(args.k + 1)) if args.k
          else "E[g(x)] = c_0 E[g(x)]")
    print(render(master_theorem_coefficients_formula(args.k, args.form), args.format))
    if args.form == "regression" and args.k:
        print("where")
        print(render({_symbol_label(s, args.format): e for s, e in regression_quantities(args.k).items()}, args.format))
    wanted = (args.mu_x, args.var_x, args.mu_y, args.cov_y, args.xcov)
    if args.evaluate or any(v is not None for v in wanted):
        if any(v is None for v in wanted):
            raise ValueError("--evaluate needs --mu-x, --var-x, --mu-y, --cov-y and --xcov")
        from gaussym.moments import master_theorem_coefficients
        values = master_theorem_coefficients(*wanted, dps=args.dps)
        if len(values) != args.k + 1:
            raise ValueError(f"--mu-y has {len(values) - 1} entries but --k is {args.k}")
        for m, value in enumerate(values):
            print(f"c_{m} = {_number(value, args.dps)}")
    return 0


def _activation(args) -> int:
    try:
        from gaussym.symbolic import integrals
    except ImportError as exc:  # the integral-rule engine is a separate module
        raise ValueError(f"activation formulas are not available in this install ({exc})") from None
    import sympy

    from gaussym.symbolic.render import render

    params = dict(args.param)
    if args.n < 0:
        raise ValueError(f"--n must be >= 0, got {args.n}")
    if args.derivative is not None and args.derivative < 0:
        raise ValueError(f"--derivative must be >= 0, got {args.derivative}")
    is_name = args.act.isidentifier()
    act_name = args.act if is_name else "act"
    try:
        if args.derivative is None:
            expr = integrals.activation_moment_formula(args.act, args.n, **params)
            power = "" if args.n == 0 else ("x " if args.n == 1 else f"x^{args.n} ")
            what = f"E[{power}{act_name}(x)]"
        else:
            expr = integrals.expected_derivative_formula(args.act, args.derivative, **params)
            what = f"E[{act_name}^({args.derivative})(x)]"
    except (TypeError, KeyError, NotImplementedError) as exc:
        raise ValueError(f"cannot derive a formula for {args.act!r}: {exc}") from None
    if not is_name:
        print(f"act(x) = {args.act}")
    if params:
        print("parameters: " + ", ".join(f"{k} = {v!r}" for k, v in params.items()))
    lhs = what + (", x ~ N(mu, sigma^2)" if args.format == "text" else "")
    if args.format == "latex":
        lhs = _latex_lhs(act_name, args.n, args.derivative)
    print(render(expr, args.format, lhs=lhs))
    numeric_parts = [f for f in expr.atoms(sympy.Function) if type(f).__name__ == "E_numeric"]
    if numeric_parts:
        print("no closed form for: " + "; ".join(sorted(sympy.sstr(f.args[0]) for f in numeric_parts))
              + "  (evaluated numerically: closed-form asymptote + decaying remainder by quadrature)")
    if args.describe or numeric_parts:
        print(integrals.describe_activation(args.act, **params))
    if args.evaluate or args.mu is not None or args.sigma is not None:
        if args.mu is None or args.sigma is None:
            raise ValueError("--evaluate needs both --mu and --sigma")
        activation = _numeric_activation(args.act, params, max(args.n, args.derivative or 0))
        from gaussym.expectations import expect, expect_derivative
        if args.derivative is None:
            value = expect(activation, args.n, args.mu, args.sigma)
        else:
            value = expect_derivative(activation, args.derivative, args.mu, args.sigma)
        print(f"value (mu = {args.mu}, sigma = {args.sigma}) = {_number(value)}")
    return 0


def _numeric_activation(act: str, params: dict, order: int):
    """A known activation by name (with params), else the expression compiled by Activation.from_expr."""
    from gaussym.activations import Activation, get_activation, known_activations
    if act in known_activations():
        return get_activation(act, **params)
    try:
        return Activation.from_expr(act, name="act", params=params or None, max_n=max(order, 1))
    except ImportError as exc:  # a missing engine part must not end in a traceback
        raise ValueError(f"cannot compile {act!r} for evaluation in this install: {exc}") from None


# -- argument parsing helpers ------------------------------------------------------------------
def _label(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"index label must be a non-negative integer, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"index label must be a non-negative integer, got {text!r}")
    return value


def _vector(text: str) -> list[float]:
    text = text.strip()
    if text.startswith("["):
        return _json_numbers(text)
    try:
        return [float(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated numbers, got {text!r}") from None


def _matrix(text: str) -> list[list[float]]:
    text = text.strip()
    if text.startswith("["):
        return _json_numbers(text)
    try:
        return [[float(part) for part in row.split(",") if part.strip()] for row in text.split(";") if row.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f'expected rows like "1,0.5;0.5,2", got {text!r}') from None


def _json_numbers(text: str):
    try:
        value = json.loads(text)  # JSON is data only: no code runs
    except json.JSONDecodeError as exc:
        raise argparse.ArgumentTypeError(f"invalid JSON array {text!r}: {exc}") from None
    try:
        return np.asarray(value, dtype=float).tolist()
    except (TypeError, ValueError):
        raise argparse.ArgumentTypeError(f"expected a (nested) array of numbers, got {text!r}") from None


def _param(text: str) -> tuple[str, float]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip().isidentifier():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"parameter {name!r}: value {value!r} is not a number") from None
    if not math.isfinite(number):
        raise argparse.ArgumentTypeError(f"parameter {name!r}: value {value!r} is not finite")
    return name.strip(), number


# -- output helpers ---------------------------------------------------------------------------
def _number(value, dps=None) -> str:
    """float64 as repr (shortest round-trip); mpmath numbers with all ``dps`` digits."""
    if dps is not None and not isinstance(value, (float, np.floating, np.ndarray)):
        import mpmath
        return mpmath.nstr(value, dps)
    if isinstance(value, np.ndarray) and value.shape == ():
        value = value.item()
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    return str(value)


def _moment_lhs(labels, fmt: str) -> str:
    if fmt == "latex":
        return r"\mathbb{E}\left[" + " ".join(f"X_{{{i}}}" for i in labels) + r"\right]"
    return "E[" + " ".join(f"X_{i}" for i in labels) + "]"


def _latex_lhs(act: str, n: int, derivative) -> str:
    name = rf"\operatorname{{{act}}}" if act.isidentifier() else r"\mathrm{act}"
    if derivative is not None:
        return rf"\mathbb{{E}}\left[{name}^{{({derivative})}}(x)\right]"
    power = "" if n == 0 else ("x " if n == 1 else f"x^{{{n}}} ")
    return rf"\mathbb{{E}}\left[{power}{name}(x)\right]"


def _symbol_label(symbol, fmt: str):
    return symbol if fmt == "latex" else str(symbol)
