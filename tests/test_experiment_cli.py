"""`gaussym experiment` command line: validation errors, missing optional packages, a tiny real-digits run."""
import json
import sys

import pytest

from gaussym.cli import main


@pytest.mark.parametrize("argv, message", [
    (["digits", "--out", "X", "--steps", "0"], "--steps must be >= 1"),
    (["digits", "--out", "X", "--data", "somewhere"], "--data and --pool are for mnist"),
    (["digits", "--out", "X", "--pool", "2"], "--data and --pool are for mnist"),
    (["mnist", "--out", "X", "--pool", "3", "--data", "D"], "--pool must divide 28"),
    (["mnist", "--out", "X"], "needs --data DIR"),
])
def test_validation_errors(tmp_path, capsys, argv, message):
    argv = [str(tmp_path / a) if a in ("X", "D") else a for a in argv]
    assert main(["experiment", *argv]) == 2
    assert message in capsys.readouterr().err


def test_missing_packages_say_how_to_install(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)
    code = main(["experiment", "digits", "--out", str(tmp_path), "--steps", "2", "--quiet"])
    err = capsys.readouterr().err
    assert code == 3 and "torch==2.13.0" in err and "gaussym[experiments]" in err


def test_tiny_real_digits_run(tmp_path, capsys):
    for name in ("torch", "schedulefree", "sklearn"):
        pytest.importorskip(name)
    out = tmp_path / "run"
    code = main(["experiment", "digits", "--out", str(out), "--steps", "12", "--hidden", "6", "--checkpoints", "2",
                 "--mixture-samples", "1000", "--no-figures", "--no-dense-check", "--quiet", "--cg-tol", "1e-7",
                 "--export-demo", str(tmp_path / "demo")])
    stdout = capsys.readouterr().out
    assert code == 0, stdout
    results = json.loads((out / "results.json").read_text())
    assert [r["step"] for r in results["rows"]] == [1, 12]
    assert results["dataset"] == {"name": "digits", "d": 64, "n_train": 1347, "n_test": 450, "n_classes": 10, "side": 8}
    assert all(r["relative_residual2"] <= 1e-7 if "relative_residual2" in r else r["residual2"] <= 1e-7
               for r in results["rows"])
    report = (out / "report.md").read_text()
    assert "gaussym experiment digits --out" in report and "--steps 12 --hidden 6" in report
    assert (tmp_path / "demo" / "digits_mlp.npz").exists() and (tmp_path / "demo" / "digits_mixture.npz").exists()
