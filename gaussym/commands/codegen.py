"""``gaussym codegen``: write a kernel module for a new activation expression."""
from __future__ import annotations

import argparse
import sys
import time

GRAMMAR = """\
expression grammar (parsed safely with a whitelist; never eval'd):
  the variable x, numbers (1.702, 1e-3), pi, parameters given with --param,
  + - * / ** and parentheses, and the functions
    exp log log1p sqrt abs tanh sigmoid erf erfc Phi phi max min relu softplus sign Heaviside
    where(cond, a, b)   with comparisons of x (x > 0, x <= 1, chains, and/or/not).
A built-in activation's name (relu, gelu, elu, silu, mish, ... : gaussym list) stands for its
expression and parameters, e.g. for other backends:  gaussym codegen gelu --backend torch -o gelu_torch.py
examples:
  gaussym codegen "max(x, 0)**2" --name relu2 -o relu2_kernels.py
  gaussym codegen "where(x > 0, x, exp(x) - 1)" --name elu1 -o elu1.py --max-n 8
  gaussym codegen "x*sigmoid(1.702*x)" --name quick_gelu -o quick_gelu.py
  gaussym codegen "where(x > 0, x, a*x)" --name prelu --param a=0.25 -o prelu.py
Pieces whose integrals have closed forms (polynomials, exp(a x + b), Phi/erf of a x + b on the
whole line, on intervals cut by max/min/abs/where/Heaviside/sign) are compiled as formulas; the
rest goes numeric: a closed-form piecewise-polynomial asymptote plus an exponentially decaying
remainder integrated by quadrature. The summary printed says which is which, per piece.
The module provides activation(x), moments(nmax, mu, sigma), derivative_expectations(mmax, mu, sigma)
(numpy, vectorised) and moments_mp / derivative_expectations_mp (mpmath); load it with
gaussym.Activation(name, module) or import it directly.
backends (--backend torch jax cupy, any of them): the module also gets activation_<b>(x),
moments_<b>(nmax, mu, sigma) -> (nmax+1, *shape) and derivative_expectations_<b>(mmax, mu, sigma), run by
gaussym.kernels.array_runtime on <b> arrays (computed in float64 on the input's device; the module
imports without the package, a call names the pip command). jax needs
jax.config.update("jax_enable_x64", True). torch supports autograd. See docs/backends.md.
"""


def _param(text: str):
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"--param expects NAME=VALUE, got {text!r}")
    name, value = text.split("=", 1)
    name = name.strip()
    if not name.isidentifier():
        raise argparse.ArgumentTypeError(f"parameter name {name!r} is not an identifier")
    try:
        return name, float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"parameter {name}: value {value!r} is not a number") from None


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "codegen", help="generate a kernel module (moments, expected derivatives) for an activation expression",
        description="Derive E[x^n act(x)] and E[act^(m)(x)], x ~ N(mu, sigma^2), for an activation expression "
                    "and write them as an importable Python module.",
        epilog=GRAMMAR, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("expression", help="the activation in x, e.g. \"x*sigmoid(1.702*x)\" (see grammar below), "
                                      "or a built-in activation's name (gelu, elu, ...)")
    p.add_argument("--name", help="activation name (a Python identifier); default: the built-in name")
    p.add_argument("-o", "--output", required=True, help="file to write (use - for stdout)")
    p.add_argument("--max-n", type=int, default=8, help="largest moment order n and derivative order m (default 8)")
    p.add_argument("--backend", nargs="+", default=["numpy", "mpmath"],
                   help="backends: numpy and mpmath always; torch, jax, cupy add activation_<backend>, "
                        "moments_<backend> and derivative_expectations_<backend> (docs/backends.md)")
    p.add_argument("--param", action="append", type=_param, default=[], metavar="NAME=VALUE",
                   help="a parameter of the expression and its default value (repeatable)")
    p.add_argument("--quiet", action="store_true", help="no summary or progress on stderr")
    p.set_defaults(func=run)


def run(args) -> int:
    from gaussym.kernels.codegen import BACKENDS, derive_activation, generate_module, summary

    if args.max_n < 0:
        raise ValueError(f"--max-n must be >= 0, got {args.max_n}")
    backends = list(dict.fromkeys(["numpy", "mpmath", *args.backend]))
    for b in backends:
        if b not in BACKENDS:
            raise ValueError(f"unknown backend {b!r}; choose from {', '.join(BACKENDS)}")
    params = dict(args.param)
    from gaussym.activations import BUILTIN_EXPRESSIONS

    if args.expression in BUILTIN_EXPRESSIONS:          # a built-in name: its expression and default parameters
        text, defaults = BUILTIN_EXPRESSIONS[args.expression]
        args.name = args.name or args.expression
        args.expression, params = text, {**defaults, **params}
    elif args.name is None:
        raise ValueError("--name is required for an expression (only a built-in activation's name defaults it)")
    start = time.time()
    progress = None if args.quiet else (lambda msg: print(f"  {msg}", file=sys.stderr))
    derivation = derive_activation(args.expression, params)
    if not args.quiet:
        print(f"{args.name}: {args.expression}", file=sys.stderr)
        print(summary(derivation), file=sys.stderr)
    source = generate_module(args.name, args.expression, params, args.max_n, backends,
                             derivation=derivation, progress=progress)
    if args.output == "-":
        sys.stdout.write(source)
    else:
        with open(args.output, "w") as fh:
            fh.write(source)
    if not args.quiet:
        closed = "closed form" if not derivation.has_numeric else "closed form + numeric remainder"
        print(f"wrote {args.output}: {len(source.encode())} bytes, {closed}, max n = {args.max_n}, "
              f"{time.time() - start:.1f} s", file=sys.stderr)
    return 0
