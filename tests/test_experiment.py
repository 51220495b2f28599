"""The experiment pipeline: data helpers, training, metrics with exact expected values, the SVD
attack's exact end point, the report's verdicts, and a tiny end-to-end run."""
import gzip
import json

import numpy as np
import pytest

from gaussym.experiments import data as D
from gaussym.experiments import pipeline as P
from gaussym.experiments.report import assess
from gaussym.experiments.train import Checkpoint, log_spaced_steps


# ----------------------------------------------------------------------------- data
def test_stratified_split_partitions_each_class(rng):
    y = np.repeat(np.arange(4), [10, 20, 30, 40])
    train, test = D.stratified_split(y, 0.25, seed=3)
    assert np.intersect1d(train, test).size == 0 and np.union1d(train, test).size == y.size
    for c, n in zip(range(4), [10, 20, 30, 40]):
        assert np.sum(y[test] == c) == round(0.25 * n)
    with pytest.raises(ValueError, match="test_fraction"):
        D.stratified_split(y, 1.0, 0)


def _write_idx(path, array, gz):
    header = bytes([0, 0, 8, array.ndim]) + b"".join(int(n).to_bytes(4, "big") for n in array.shape)
    opener = gzip.open if gz else open
    with opener(path, "wb") as fh:
        fh.write(header + array.astype(np.uint8).tobytes())


@pytest.mark.parametrize("gz", [True, False])
def test_idx_roundtrip_and_mnist_loader(tmp_path, rng, gz):
    images = rng.integers(0, 256, size=(50, 28, 28))
    labels = np.arange(50) % 10
    suffix = ".gz" if gz else ""
    _write_idx(tmp_path / f"t10k-images-idx3-ubyte{suffix}", images, gz)
    _write_idx(tmp_path / f"t10k-labels-idx1-ubyte{suffix}", labels, gz)
    np.testing.assert_array_equal(D.read_idx(tmp_path / f"t10k-images-idx3-ubyte{suffix}"), images)
    ds = D.load_mnist_dataset(tmp_path, test_fraction=0.2, seed=0)
    assert ds.d == 784 and ds.side == 28 and ds.y_test.size == 10 and ds.y_train.size == 40
    assert ds.X_train.min() >= 0 and ds.X_train.max() <= 1
    # every stored image comes back exactly (pixel / 255), labels attached
    pooled = np.concatenate([ds.X_train, ds.X_test]) * 255
    lab = np.concatenate([ds.y_train, ds.y_test])
    ref = {tuple(im.ravel()): l for im, l in zip(images, labels)}
    assert all(ref[tuple(np.rint(x).astype(int))] == l for x, l in zip(pooled, lab))
    small = D.load_mnist_dataset(tmp_path, test_fraction=0.2, seed=0, pool=2)
    assert small.d == 196 and small.side == 14 and small.name == "mnist14x14"
    np.testing.assert_allclose(small.X_train, D.average_pool(ds.X_train, 28, 2))


def test_average_pool_exact(rng):
    X = rng.random((3, 16))
    pooled = D.average_pool(X, 4, 2)
    img = X[1].reshape(4, 4)
    assert pooled.shape == (3, 4) and np.isclose(pooled[1, 3], img[2:, 2:].mean())
    np.testing.assert_array_equal(D.average_pool(X, 4, 1), X)
    with pytest.raises(ValueError, match="must divide"):
        D.average_pool(X, 4, 3)


def test_idx_errors(tmp_path):
    (tmp_path / "bad").write_bytes(b"\x00\x00\x0d\x01\x00\x00\x00\x01\x00")
    with pytest.raises(ValueError, match="not an unsigned-byte IDX"):
        D.read_idx(tmp_path / "bad")
    (tmp_path / "short").write_bytes(bytes([0, 0, 8, 1, 0, 0, 0, 5, 1, 2]))
    with pytest.raises(ValueError, match="header says"):
        D.read_idx(tmp_path / "short")
    with pytest.raises(ValueError, match="no MNIST IDX files"):
        D.load_mnist_dataset(tmp_path)
    with pytest.raises(ValueError, match="not a directory"):
        D.load_mnist_dataset(tmp_path / "nope")


def test_digits_dataset():
    pytest.importorskip("sklearn")
    ds = D.load_digits_dataset(test_fraction=0.25, seed=0)
    assert ds.d == 64 and ds.n_classes == 10 and ds.y_train.size + ds.y_test.size == 1797
    assert ds.X_train.min() == 0.0 and ds.X_train.max() == 1.0  # pixel values 0..16 scaled by 1/16


# ----------------------------------------------------------------------------- metrics
def test_log_spaced_steps():
    steps = log_spaced_steps(1000, 10)
    assert steps[0] == 1 and steps[-1] == 1000 and steps == sorted(set(steps))
    assert np.allclose(np.diff(np.log(steps[3:])), np.log(1000) / 9, rtol=0.2)
    with pytest.raises(ValueError):
        log_spaced_steps(0, 5)


def test_kl_and_fvu_exact_values():
    f = np.array([[0.0, 0.0], [1.0, -1.0]])
    assert P.mean_kl(f, f) == 0.0
    # KL(Bernoulli(1/2) || softmax(0, log 3) = (1/4, 3/4)) = 1/2 log 2 + 1/2 log(2/3)
    p = np.array([[0.0, np.log(3.0)], [1.0, -1.0]])
    assert np.isclose(P.mean_kl(f, p), 0.5 * (0.5 * np.log(2.0) + 0.5 * np.log(2.0 / 3.0)), rtol=1e-14)
    assert P.fvu(f, f.mean(axis=0) + 0 * f) == 1.0   # the constant mean explains nothing
    assert P.fvu(f, f) == 0.0


def _blobs(rng, n_per=80, side=3, classes=3):
    d = side * side
    centres = rng.uniform(0.2, 0.8, size=(classes, d))
    X = np.concatenate([np.clip(c + 0.12 * rng.standard_normal((n_per, d)), 0, 1) for c in centres])
    y = np.repeat(np.arange(classes), n_per)
    tr, te = D.stratified_split(y, 0.25, 0)
    return D.Dataset("blobs", X[tr], y[tr], X[te], y[te], side=side)


def _mixture(ds, ridge=1e-3):
    from gaussym.distributions import from_data
    return from_data(ds.X_train, ds.y_train, ridge=ridge)


def test_linear_network_is_reproduced_exactly(rng):
    """b1 so large that relu is the identity on the data: the degree-1 approximant is the network."""
    ds = _blobs(rng)
    W1 = rng.standard_normal((5, ds.d))
    cp = Checkpoint(1, W1, np.full(5, 1e3), rng.standard_normal((3, 5)), rng.standard_normal(3), 0.0, 0.0)
    mixture = _mixture(ds)
    samples = mixture.sample(500, np.random.default_rng(0))
    row, arrays = P.evaluate_checkpoint(cp, ds, mixture, samples)
    assert row["fvu1_test"] < 1e-12 and row["kl1_test"] < 1e-12
    assert row["fvu2_test"] < 1e-8  # degree 2 by CG to relative residual 1e-9
    np.testing.assert_allclose(arrays["beta1"], cp.W2 @ W1, rtol=1e-8, atol=1e-10)
    assert row["acc1_test"] == row["test_acc"]


def test_svd_attack_full_rank_leaves_linear_constant(rng):
    """After removing every right singular direction of beta, beta x' = 0: the linear approximant
    predicts argmax(alpha) for every image, so its accuracy is that class's frequency (exact)."""
    ds = _blobs(rng)
    cp = Checkpoint(1, rng.standard_normal((6, ds.d)), rng.standard_normal(6), rng.standard_normal((3, 6)),
                    rng.standard_normal(3), 0.0, 0.0)
    mixture = _mixture(ds)
    lin, quad = P.approximate(cp, mixture, 1), P.approximate(cp, mixture, 2)
    attack = P.svd_attack(cp, ds, lin, quad, max_rank=10, seed=0)
    assert attack["rank"] == [0, 1, 2, 3]  # beta is 3 x 9: rank 3
    assert attack["linear"][-1] == np.mean(ds.y_test == np.argmax(lin.alpha))
    assert attack["net"][0] == P.accuracy(P.mlp_logits(cp, ds.X_test), ds.y_test)
    assert attack["linear"][0] == P.accuracy(lin(ds.X_test), ds.y_test)
    np.testing.assert_allclose(attack["singular_values"], np.linalg.svd(lin.beta, compute_uv=False))


def test_weighted_eigvecs(rng):
    A = rng.standard_normal((5, 5))
    gamma = A + A.T
    B = rng.standard_normal((5, 5))
    cov = B @ B.T + 0.1 * np.eye(5)
    root = P.sqrt_psd(cov)
    np.testing.assert_allclose(root @ root, cov, rtol=1e-10, atol=1e-12)
    lam, patterns = P.weighted_eigvecs(gamma, root, 2)
    # pattern p = R v with R Gamma R v = lam v  <=>  cov Gamma p = lam p
    for k in range(2):
        np.testing.assert_allclose(cov @ gamma @ patterns[:, k], lam[k] * patterns[:, k], rtol=1e-9, atol=1e-9)
    assert np.isclose(abs(lam[0]), np.abs(np.linalg.eigvals(cov @ gamma)).max())
    # identity covariance: the plain top eigenpair
    lam_i, vec_i = P.weighted_eigvecs(gamma, np.eye(5), 1)
    lam_raw, vec_raw = P.top_eigvecs(gamma, 1)
    assert np.isclose(lam_i[0], lam_raw[0]) and np.isclose(abs(vec_i[:, 0] @ vec_raw[:, 0]), 1.0)


# ----------------------------------------------------------------------------- report verdicts
def _fake_results(f1, f2, net_attack, steps=None):
    steps = steps or [1, 10, 100, 1000, 10000][: len(f1)]
    rows = [{"step": s, "fvu1_test": a, "fvu2_test": b, "fvu1_mix": a, "fvu2_mix": b} for s, a, b in zip(steps, f1, f2)]
    return {"rows": rows, "dataset": {"n_classes": 10},
            "svd_attack": {"rank": list(range(11)), "net": net_attack, "net_random": [0.9] * 11}}


def test_report_verdicts_follow_the_criteria():
    paper_like = _fake_results([0.5, 0.1, 0.05, 0.3, 0.4], [0.2, 0.03, 0.02, 0.025, 0.03],
                               [0.97, 0.8, 0.7, 0.6, 0.45, 0.3, 0.2, 0.15, 0.12, 0.11, 0.1])
    assert [v for _, v, _ in assess(paper_like)] == [True, True, True, True]
    unlike = _fake_results([0.5, 0.49, 0.45, 0.44, 0.43], [0.2, 0.19, 0.18, 0.18, 0.1],
                           [0.97] * 6 + [0.9] * 5)
    assert [v for _, v, _ in assess(unlike)] == [False, False, False, False]


# ----------------------------------------------------------------------------- end to end
def test_tiny_end_to_end(tmp_path, rng):
    pytest.importorskip("torch")
    pytest.importorskip("schedulefree")
    ds = _blobs(rng)
    figures = True
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        figures = False
    config = P.ExperimentConfig(out=str(tmp_path / "run"), steps=40, hidden=8, n_checkpoints=4,
                                n_mixture_samples=2000, max_rank=4, quiet=True, figures=figures)
    results = P.run_experiment(config, dataset=ds)
    steps = [r["step"] for r in results["rows"]]
    assert steps == log_spaced_steps(40, 4)
    for row in results["rows"]:
        # the quadratic's span contains the linear's: under the mixture it can only fit better
        assert row["fvu2_mix"] <= row["fvu1_mix"] * (1 + 0.05) + 1e-9
        assert 0.0 <= row["fvu2_mix"] < 1.0 and np.isfinite(row["kl2_test"])
    check = results["dense_check"]
    assert check["prediction_rel_gap"] < 1e-6 and check["cg_residual"] <= 1e-8
    out = tmp_path / "run"
    saved = json.loads((out / "results.json").read_text())
    assert saved["rows"] == results["rows"]
    report = (out / "report.md").read_text()
    assert "## Which of the paper's findings reproduce" in report and "| 40 |" in report
    if figures:
        for name in ("fvu.png", "kl.png", "svd_attack.png", "eigvecs.png", "eigvecs_weighted.png", "beta.png", "ablated.png"):
            assert (out / name).stat().st_size > 1000
            assert f"]({name})" in report
    from gaussym.io import load_model
    model = load_model(out / "final_model.npz")
    np.testing.assert_allclose(model.params["W1"], results["_checkpoints"][-1].W1)
    # the report re-renders from results.json alone
    from gaussym.experiments.report import rewrite_report
    (out / "report.md").unlink()
    assert rewrite_report(out).read_text() == report
    exported = P.export_demo(results, tmp_path / "demo")
    assert [p.name for p in exported] == ["blobs_mlp.npz", "blobs_mixture.npz"]
