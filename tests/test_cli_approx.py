"""`gaussym approx` on small saved models: every input-distribution option, outputs checked
against the library and exact identities, and the error paths (exit code 2, named problem)."""
import numpy as np
import pytest

from gaussym import io
from gaussym.cli import main


@pytest.fixture
def small_model(tmp_path, rng):
    params = {"W1": rng.standard_normal((6, 4)), "b1": rng.standard_normal(6),
              "W2": rng.standard_normal((3, 6)), "b2": rng.standard_normal(3)}
    path = tmp_path / "mlp.npz"
    io.save_model(path, **params)
    return path, params


@pytest.fixture
def labelled_data(tmp_path, rng):
    centres = rng.standard_normal((3, 4))
    X = np.concatenate([c + 0.5 * rng.standard_normal((60, 4)) for c in centres])
    y = np.repeat(np.arange(3), 60)
    path = tmp_path / "data.npz"
    np.savez(path, X=X, labels=y)
    return path, X, y


def _run(capsys, *argv):
    code = main(["approx", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_mixture_by_label_matches_library(tmp_path, capsys, small_model, labelled_data):
    import gaussym
    from gaussym.distributions import from_data
    model_path, p = small_model
    data_path, X, y = labelled_data
    out = tmp_path / "coef.npz"
    code, stdout, _ = _run(capsys, model_path, "--degree", 2, "--data", data_path, "--mixture-by-label",
                           "--ridge", 1e-3, "-o", out, "--fvu-samples", 2000)
    assert code == 0, stdout
    assert "class-conditional mixture of 3 Gaussians" in stdout and f"wrote   {out}" in stdout
    ref = gaussym.mlp_approx(p["W1"], p["b1"], p["W2"], p["b2"], act="relu", degree=2,
                             input=from_data(X, y, ridge=1e-3))
    arrays, meta = io.load_coefficients(out)
    np.testing.assert_allclose(arrays["gamma"], ref.gamma, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(arrays["beta"], ref.beta, rtol=1e-9, atol=1e-12)
    assert meta["degree"] == 2 and meta["act"] == "relu"
    # the printed FVU on the data rows is sum (f - p)^2 / sum (f - mean f)^2 of the degree-2 fit
    f = np.maximum(X @ p["W1"].T + p["b1"], 0) @ p["W2"].T + p["b2"]
    fvu2 = np.sum((f - ref(X)) ** 2) / np.sum((f - f.mean(0)) ** 2)
    line = [ln for ln in stdout.splitlines() if ln.strip().startswith("2 ")][0]
    assert np.isclose(float(line.split()[2]), fvu2, rtol=1e-3)
    assert "interaction-matrix eigenvalues" in stdout and "output   2:" in stdout


def test_default_standard_normal_identity(tmp_path, capsys, rng):
    """relu, N(0, I), b1 = 0: beta = W2 W1 / 2 and alpha = b2 + W2 (|w_j| / sqrt(2 pi))."""
    W1, W2, b2 = rng.standard_normal((5, 3)), rng.standard_normal((2, 5)), rng.standard_normal(2)
    io.save_tensors(tmp_path / "m.npz", {"0.weight": W1, "2.weight": W2, "2.bias": b2})
    code, stdout, _ = _run(capsys, tmp_path / "m.npz", "--degree", 1, "-o", tmp_path / "c.npz")
    assert code == 0 and "input   N(0, I)" in stdout and "analytic" in stdout
    arrays, _ = io.load_coefficients(tmp_path / "c.npz")
    np.testing.assert_allclose(arrays["beta"], W2 @ W1 / 2, rtol=1e-12)
    alpha = b2 + W2 @ (np.linalg.norm(W1, axis=1) / np.sqrt(2 * np.pi))
    np.testing.assert_allclose(arrays["alpha"], alpha, rtol=1e-12)


@pytest.mark.parametrize("fmt", ["npy", "txt"])
def test_mean_cov_files(tmp_path, capsys, small_model, rng, fmt):
    import gaussym
    model_path, p = small_model
    mean = rng.standard_normal(4)
    A = rng.standard_normal((4, 4))
    cov = A @ A.T + 0.1 * np.eye(4)
    if fmt == "npy":
        np.save(tmp_path / "mean.npy", mean)
        np.save(tmp_path / "cov.npy", cov)
    else:
        np.savetxt(tmp_path / "mean.npy.txt", mean)
        np.savetxt(tmp_path / "cov.npy.txt", cov)
    suffix = ".npy" if fmt == "npy" else ".npy.txt"
    out = tmp_path / "c.npz"
    code, stdout, _ = _run(capsys, model_path, "--degree", 3, "--mean", tmp_path / f"mean{suffix}",
                           "--cov", tmp_path / f"cov{suffix}", "-o", out)
    assert code == 0, stdout
    ref = gaussym.mlp_approx(p["W1"], p["b1"], p["W2"], p["b2"], act="relu", degree=3, mean=mean, cov=cov)
    arrays, _ = io.load_coefficients(out)
    np.testing.assert_allclose(arrays["gamma"], ref.gamma, rtol=1e-7, atol=1e-12)  # txt keeps ~18 digits
    np.testing.assert_allclose(arrays["coef3"], ref.tensor(3), rtol=1e-7, atol=1e-12)
    assert arrays["coef3"].shape == (3, 4, 4, 4)
    assert len([ln for ln in stdout.splitlines() if ln.strip()[:1] in "123" and "analytic" in ln]) == 3


def test_mixture_file_and_safetensors_output(tmp_path, capsys, small_model, labelled_data):
    pytest.importorskip("safetensors")
    from gaussym.distributions import from_data
    model_path, _ = small_model
    _, X, y = labelled_data
    mix = from_data(X, y, ridge=1e-2)
    io.save_tensors(tmp_path / "mix.npz", {"weights": mix.weights, "means": mix.means, "covs": mix.covs})
    code, stdout, _ = _run(capsys, model_path, "--mixture", tmp_path / "mix.npz", "-o", tmp_path / "c.safetensors",
                           "--fvu-samples", 1000)
    assert code == 0, stdout
    arrays, meta = io.load_coefficients(tmp_path / "c.safetensors")
    assert arrays["gamma"].shape == (3, 4, 4) and "monte_carlo" in stdout and meta["degree"] == 2
    # the matrix-free CG solver gives the same coefficients as the default dense solve
    code, stdout, _ = _run(capsys, model_path, "--mixture", tmp_path / "mix.npz", "-o", tmp_path / "cg.npz",
                           "--solver", "cg", "--tol", 1e-12, "--fvu-samples", 1000)
    assert code == 0, stdout
    cg, _ = io.load_coefficients(tmp_path / "cg.npz")
    np.testing.assert_allclose(cg["gamma"], arrays["gamma"], rtol=1e-7, atol=1e-9 * np.abs(arrays["gamma"]).max())


def test_glu_and_torch_models(tmp_path, capsys, rng):
    g = {"gate.weight": rng.standard_normal((5, 3)), "up.weight": rng.standard_normal((5, 3)),
         "down.weight": rng.standard_normal((2, 5))}
    io.save_tensors(tmp_path / "glu.npz", g)
    code, stdout, _ = _run(capsys, tmp_path / "glu.npz", "--act", "identity", "--degree", 2, "-o", tmp_path / "g.npz")
    assert code == 0 and "GLU" in stdout
    # bilinear layer: exactly quadratic, so Gamma_o = sum_j down_oj sym(w_j v_j^T)
    arrays, _ = io.load_coefficients(tmp_path / "g.npz")
    W, V, D = g["gate.weight"], g["up.weight"], g["down.weight"]
    gamma = np.einsum("oj,ja,jb->oab", D, W, V)
    np.testing.assert_allclose(arrays["gamma"], 0.5 * (gamma + gamma.transpose(0, 2, 1)), rtol=1e-9, atol=1e-12)
    torch = pytest.importorskip("torch")
    net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
    torch.save(net.state_dict(), tmp_path / "net.pt")
    code, stdout, _ = _run(capsys, tmp_path / "net.pt", "--degree", 1, "-o", tmp_path / "t.npz")
    assert code == 0 and "0.weight" in stdout


@pytest.mark.parametrize("extra, message", [
    (["--mixture-by-label"], "--mixture-by-label needs --data"),
    (["--degree", "0"], "--degree must be >= 1"),
    (["--mean", "MEAN"], "--mean and --cov must be given together"),
    (["--data", "DATA", "--mean", "MEAN", "--cov", "MEAN"], "choose one input distribution"),
    (["--data", "NOLABELS", "--mixture-by-label"], "has no labels"),
    (["--data", "WIDE"], "dimension"),
    (["--mixture", "DATA"], "lacks weights, means, covs"),
    (["--mean", "MEAN", "--cov", "MEAN"], "cov must have 2 dimension"),
    (["-o", "OUT.txt"], "use .npz or .safetensors"),
])
def test_errors_exit_2_with_message(tmp_path, capsys, small_model, labelled_data, extra, message):
    model_path, _ = small_model
    data_path, X, _ = labelled_data
    np.save(tmp_path / "mean.npy", np.zeros(4))
    np.save(tmp_path / "nolabels.npy", X)
    np.save(tmp_path / "wide.npy", np.ones((10, 5)))
    subst = {"DATA": data_path, "MEAN": tmp_path / "mean.npy", "NOLABELS": tmp_path / "nolabels.npy",
             "WIDE": tmp_path / "wide.npy", "OUT.txt": tmp_path / "out.txt"}
    code, _, err = _run(capsys, model_path, *[subst.get(a, a) for a in extra])
    assert code == 2
    assert message in err


def test_model_errors_exit_2(tmp_path, capsys):
    code, _, err = _run(capsys, tmp_path / "missing.npz")
    assert code == 2 and "does not exist" in err
    io.save_tensors(tmp_path / "weird.npz", {"enc.weight": np.ones((2, 2))})
    code, _, err = _run(capsys, tmp_path / "weird.npz")
    assert code == 2 and "enc.weight (2, 2)" in err
