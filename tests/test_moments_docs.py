"""The committed formula docs are what the derivation scripts produce (regenerate and diff)."""
import pathlib
import runpy

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _script(name):
    return runpy.run_path(str(ROOT / "derivations" / f"{name}.py"), run_name="derivation_under_test")


def test_moments_doc_up_to_date():
    script = _script("moments")
    committed = (ROOT / "docs" / "formulas" / "moments.md").read_text()
    assert committed == script["markdown"](script["derive"]()), "run: python derivations/moments.py"


def test_master_theorem_doc_up_to_date():
    script = _script("master_theorem")
    rows = script["derive"]()
    # the spot-check column holds rounding-level numbers that may differ between machines: compare the rest
    fresh = script["markdown"](rows, [0.0] * len(rows)).splitlines()
    committed = (ROOT / "docs" / "formulas" / "master_theorem.md").read_text().splitlines()
    strip = lambda lines: [line.rsplit("|", 2)[0] if line.startswith("| ") and line[2:3].isdigit() else line
                           for line in lines]
    assert strip(committed) == strip(fresh), "run: python derivations/master_theorem.py"
    for k, reg, raw in rows:
        assert all(abs(check) < 1e-13 for check in [script["spot_check"](k, raw)])
