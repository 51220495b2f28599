"""``gaussym check``: sweep every kernel against independent high-precision references.

Prints a table (kernel, grid, cases, skipped, worst error relative to E|.|, where it
occurred, bound, status) and exits 1 if any row fails or is missing, 0 otherwise.
See docs/checking.md for the grids and bounds.
"""
from __future__ import annotations


def register(subparsers):
    parser = subparsers.add_parser(
        "check",
        help="verify every kernel against independent mpmath references",
        description="Sweep the activation integrals E[x^n act(x)] (n = 0..8) and expected "
                    "derivatives, the noncentral-moment and Master-Theorem kernels, and the "
                    "float64 approximant assembly against independent high-precision "
                    "references. Errors are relative to E|.|; exit status 1 on any failure.",
    )
    parser.add_argument("--dps", type=int, default=50,
                        help="decimal digits of the mpmath references (>= 30; default 50)")
    parser.add_argument("--quick", action="store_true",
                        help="small grids (under a minute) instead of the full sweep (minutes)")
    parser.add_argument("--only", nargs="+", metavar="KERNEL",
                        help="restrict to activation names (relu, gelu, ...) and/or the sections "
                             "'activations', 'moments', 'approx' (also 'moment', 'master', 'mlp', 'glu')")
    parser.add_argument("--jobs", type=int, default=None,
                        help="worker processes for the activation sweep (default: CPU count, <= 4)")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    parser.set_defaults(func=_run)
    return parser


def _run(args) -> int:
    from gaussym.check import main_check
    return main_check(dps=args.dps, quick=args.quick, only=args.only, jobs=args.jobs, quiet=args.quiet)
