"""The committed kernel modules are exactly what the code generator produces now.

If this fails: python derivations/regenerate_kernels.py  (then review the diff and commit).
"""
from __future__ import annotations

import difflib
import pathlib
import sys

import pytest

from gaussym.activations import BUILTIN_EXPRESSIONS

GENERATED = pathlib.Path(__file__).resolve().parents[1] / "gaussym" / "kernels" / "generated"
sys.path.insert(0, str(GENERATED.parents[2] / "derivations"))


# mish (10 derivative orders of x tanh(softplus x)) takes ~10 s to regenerate: in the slow run
NAMES = [pytest.param(n, marks=pytest.mark.slow) if n == "mish" else n for n in sorted(BUILTIN_EXPRESSIONS)]


@pytest.mark.parametrize("name", NAMES)
def test_generated_module_is_up_to_date(name):
    from regenerate_kernels import builtin_source

    path = GENERATED / f"{name}.py"
    assert path.exists(), f"{path} missing: run python derivations/regenerate_kernels.py {name}"
    fresh = builtin_source(name)
    committed = path.read_text()
    if fresh != committed:
        diff = "".join(list(difflib.unified_diff(committed.splitlines(True), fresh.splitlines(True),
                                                 "committed", "regenerated"))[:40])
        pytest.fail(f"{path.name} is stale; run python derivations/regenerate_kernels.py {name}\n{diff}")


def test_numeric_path_imports_no_sympy():
    import subprocess

    code = ("import sys, gaussym\n"
            "for a in gaussym.known_activations():\n"
            "    gaussym.expect(a, 2, [0.1, -1.0], [1.0, 0.0]); gaussym.expect_derivative(a, 2, 0.3, 2.0)\n"
            "print('sympy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr
