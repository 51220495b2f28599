"""Regenerate the committed kernel modules gaussym/kernels/generated/<name>.py.

Every built-in activation is data (gaussym.activations.BUILTIN_EXPRESSIONS: expression
string + default parameters); this script runs the one code generator on each and writes
the module. tests/test_generated_up_to_date.py regenerates in memory and diffs.

    python derivations/regenerate_kernels.py            # all built-ins
    python derivations/regenerate_kernels.py relu gelu  # some
"""
from __future__ import annotations

import pathlib
import sys
import time

from gaussym.activations import BUILTIN_EXPRESSIONS
from gaussym.kernels.codegen import generate_module

OUT_DIR = pathlib.Path(__file__).resolve().parents[1] / "gaussym" / "kernels" / "generated"
MAX_N = 10


def builtin_source(name: str) -> str:
    text, params = BUILTIN_EXPRESSIONS[name]
    return generate_module(name, text, params, MAX_N)


def main(names=None) -> int:
    for name in names or sorted(BUILTIN_EXPRESSIONS):
        start = time.time()
        source = builtin_source(name)
        path = OUT_DIR / f"{name}.py"
        path.write_text(source)
        print(f"{path.relative_to(OUT_DIR.parents[2])}: {len(source.encode())} bytes, {time.time() - start:.1f} s",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
