"""Command-line interface: ``gaussym formula | codegen | approx | check | experiment | demo``.

Each subcommand lives in ``gaussym/commands/<name>.py`` and exposes
``register(subparsers)`` which adds its parser and sets ``func`` (called with the parsed
arguments, returning an exit code). Subcommands are imported only when present, so a
partial install still gives a working ``--help``.
"""
from __future__ import annotations

import argparse
import sys
from importlib import import_module

SUBCOMMANDS = ("formula", "codegen", "approx", "check", "experiment", "demo")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gaussym",
        description="Closed-form least-squares polynomials of MLP and GLU layers under "
                    "Gaussian (mixture) inputs, and the formulas behind them.",
    )
    parser.add_argument("--version", action="version", version=f"gaussym {import_module('gaussym').__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        try:
            module = import_module(f"gaussym.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"gaussym.commands.{name}":
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        parser.print_help()
        return 0 if args.command is None else 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        # output piped into e.g. `head`, which closed early: not an error of ours
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (ValueError, OSError) as exc:
        # bad input, or a path that cannot be read or written: one line, no traceback
        print(f"gaussym {args.command}: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
