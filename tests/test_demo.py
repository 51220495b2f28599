"""`gaussym demo` and its shipped data: runs in < 30 s, numbers consistent, figure optional."""
import os
import subprocess
import sys
import time
from importlib import resources

import numpy as np
import pytest

from gaussym.cli import main
from gaussym.commands import demo


def test_shipped_data_is_small_and_consistent():
    data = resources.files("gaussym") / "data"
    sizes = [(data / name).stat().st_size if hasattr(data / name, "stat") else len((data / name).read_bytes())
             for name in (demo.MODEL_FILE, demo.MIXTURE_FILE)]
    assert sum(sizes) < 400_000
    model, mixture, X_test, y_test, meta = demo.load_demo()
    assert (model.kind, model.d_in, model.params["W1"].shape[0], model.d_out) == ("mlp", 64, 128, 10)
    assert mixture.K == 10 and mixture.d == 64 and X_test.shape == (y_test.size, 64)
    assert np.all(np.linalg.eigvalsh(mixture.covs)[:, 0] > 0)  # the ridge keeps every class covariance PD
    acc = np.mean(model.forward(X_test, "relu").argmax(1) == y_test)
    assert acc > 0.9 and abs(acc - meta["test_acc"]) < 1e-9 + 1 / y_test.size  # float32 storage may flip a tie
    # digits pixels are k / 16: the held-out images survive float32 storage exactly
    np.testing.assert_array_equal(np.rint(X_test * 16) / 16, X_test)


def test_demo_runs_fast_and_reports(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    start = time.perf_counter()
    code = main(["demo", "--out", str(tmp_path), "--no-symbolic"])
    elapsed = time.perf_counter() - start
    out = capsys.readouterr().out
    assert code == 0 and elapsed < 30, elapsed
    rows = {}
    for line in out.splitlines():
        parts = line.split()
        if parts[:1] in (["1"], ["2"], ["3"]) and ("mixture" in line or "moment-matched" in line):
            label = "mixture" if "mixture" in parts[1] else "gaussian"
            rows[(int(parts[0]), label)] = float(parts[-4])  # the "FVU held-out" column
    assert set(rows) == {(1, "mixture"), (2, "mixture"), (1, "gaussian"), (2, "gaussian"), (3, "gaussian")}
    # exact least squares under the mixture: more degrees fit better on held-out real digits
    assert rows[(2, "mixture")] < rows[(1, "mixture")] < 0.2
    assert rows[(3, "gaussian")] < rows[(2, "gaussian")] < rows[(1, "gaussian")]
    assert "Hermite" in out and "Master Theorem" in out and "degree 3 under the mixture: not computed" in out
    assert (tmp_path / "demo.png").stat().st_size > 5000


def test_demo_without_matplotlib(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    code = main(["demo", "--out", str(tmp_path), "--degree-max", "1", "--no-symbolic"])
    out = capsys.readouterr().out
    assert code == 0 and "matplotlib is not installed" in out and "pip install" in out
    assert not (tmp_path / "demo.png").exists()


def test_demo_symbolic_formulas_and_bad_degree(capsys):
    text = demo.derivative_formulas(True)
    assert "Phi(mu/s)" in text and "E[relu^(2)(u)]" in text
    assert main(["demo", "--degree-max", "0"]) == 2
    assert "--degree-max must be >= 1" in capsys.readouterr().err


def test_demo_core_only_and_sympy_free(tmp_path):
    # core install only: the optional packages are made unimportable
    code = ("import sys; sys.modules.update(torch=None, sklearn=None, schedulefree=None, safetensors=None, "
            "threadpoolctl=None); from gaussym.cli import main; "
            f"rc = main(['demo', '--no-symbolic', '--no-figure', '--degree-max', '2']); "
            "print('SYMPY' if 'sympy' in sys.modules else 'CLEAN', rc)")
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")  # as threadpoolctl would do
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.stdout.strip().endswith("CLEAN 0"), result.stdout + result.stderr
