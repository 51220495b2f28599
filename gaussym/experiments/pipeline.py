"""The paper's experiment end to end: train, approximate every checkpoint exactly, attack.

Per checkpoint the degree-1 and degree-2 least-squares polynomials of the network's logits
under the class-conditional Gaussian mixture fitted to the training images are computed in
closed form by ``gaussym.mlp_approx`` (no SGD). We report, for p the approximant and f the
network logits (all outputs pooled):

  FVU = sum_{n,o} (f_o(x_n) - p_o(x_n))^2 / sum_{n,o} (f_o(x_n) - mean_n f_o)^2

on the held-out real images and on samples of the mixture itself (where the approximant is
optimal by construction), KL(softmax(f) || softmax(p)) averaged over held-out images, and
the argmax accuracy of f and p.

SVD attack: with V_r the top-r right singular vectors of beta (d_out x d) of the degree-1
approximant, held-out images are projected onto the orthogonal complement,
x -> x - V_r V_r^T x, for r = 0..max_rank; accuracy of the network and both approximants is
recorded, next to two controls for the network: removing r random orthonormal directions,
and the mean-preserving ablation x -> x - V_r V_r^T (x - m) (m the mean training image).
"""
from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from ..io import save_model, save_tensors
from .data import Dataset, load_digits_dataset, load_mnist_dataset
from .train import Checkpoint, Progress, train_mlp


@dataclass
class ExperimentConfig:
    dataset: str = "digits"          # "digits" (scikit-learn) or "mnist" (IDX files in data_dir)
    out: str = "experiment-out"
    steps: int = 4000
    hidden: int = 128
    seed: int = 0
    batch_size: int = 128
    lr: float = 1e-2
    warmup_steps: int = 100
    weight_decay: float = 1e-4
    n_checkpoints: int = 24
    ridge: float = 1e-3              # added to every class covariance (pixels in [0, 1])
    n_mixture_samples: int = 20000
    max_rank: int = 10
    test_fraction: float = 0.25
    data_dir: str | None = None
    max_items: int | None = None      # MNIST: use at most this many images
    pool: int = 1                     # MNIST: average-pool factor (2 -> 14x14, d = 196)
    cg_tol: float = 1e-9              # relative residual of the degree-2 CG solves
    figures: bool = True
    dense_check: bool = True          # also solve the final degree-2 system densely and compare (small d)
    quiet: bool = False
    extra: dict = field(default_factory=dict)


def load_dataset(config: ExperimentConfig) -> Dataset:
    if config.dataset == "digits":
        return load_digits_dataset(config.test_fraction, config.seed)
    if config.dataset == "mnist":
        if not config.data_dir:
            raise ValueError("the mnist experiment needs --data DIR holding the MNIST IDX files")
        return load_mnist_dataset(config.data_dir, config.test_fraction, config.seed, config.max_items, config.pool)
    raise ValueError(f"dataset must be 'digits' or 'mnist', got {config.dataset!r}")


# ----------------------------------------------------------------------------- metrics
def mlp_logits(cp: Checkpoint, X: np.ndarray) -> np.ndarray:
    return np.maximum(X @ cp.W1.T + cp.b1, 0.0) @ cp.W2.T + cp.b2


def fvu(f: np.ndarray, p: np.ndarray) -> float:
    """Pooled fraction of variance unexplained of p as a model of f, both (N, d_out)."""
    return float(np.sum((f - p) ** 2) / np.sum((f - f.mean(axis=0)) ** 2))


def log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def mean_kl(f: np.ndarray, p: np.ndarray) -> float:
    """Mean over rows of KL(softmax(f) || softmax(p))."""
    lf, lp = log_softmax(f), log_softmax(p)
    return float(np.mean(np.sum(np.exp(lf) * (lf - lp), axis=1)))


def accuracy(scores: np.ndarray, labels: np.ndarray) -> float:
    return float(np.mean(scores.argmax(axis=1) == labels))


def top_eigvecs(gamma_o: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Top-k eigenpairs of a symmetric interaction matrix by |eigenvalue| (values, vectors (d, k)).

    Each vector's sign is fixed so that its largest-magnitude entry is positive (stable pictures)."""
    w, v = np.linalg.eigh(0.5 * (gamma_o + gamma_o.T))
    order = np.argsort(-np.abs(w))[:k]
    v = v[:, order]
    v = v * np.sign(v[np.argmax(np.abs(v), axis=0), np.arange(v.shape[1])])
    return w[order], v


#: relative residual of the matrix-free CG solve of the degree-2 normal equations
CG_TOL = 1e-9


def sqrt_psd(cov: np.ndarray) -> np.ndarray:
    """Symmetric square root R = P^(1/2) of a PSD matrix."""
    w, v = np.linalg.eigh(cov)
    return (v * np.sqrt(np.clip(w, 0.0, None))) @ v.T


def weighted_eigvecs(gamma_o: np.ndarray, root: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Top-k eigenpairs of the data-weighted interaction matrix R Gamma_o R (R = P^(1/2), P the
    input covariance), returned as pixel patterns R v. For z = R^-1 (x - m) white, the quadratic
    part is z^T (R Gamma R) z: these eigenvalues measure contribution to output variance, so
    directions the data never vary in (blank border pixels) cannot dominate as in raw Gamma."""
    w, v = top_eigvecs(root @ gamma_o @ root, k)
    patterns = root @ v
    return w, patterns * np.sign(patterns[np.argmax(np.abs(patterns), axis=0), np.arange(patterns.shape[1])])


def approximate(cp: Checkpoint, mixture, degree: int, solver: str = "auto", tol: float | None = None):
    """Exact least-squares approximant of the checkpoint under the mixture.

    Degree 2 uses the matrix-free preconditioned CG solver (to relative residual CG_TOL)
    unless ``solver`` says otherwise; its agreement with the dense Cholesky solve is checked
    on the final checkpoint by :func:`dense_check`.
    """
    from ..approx import mlp_approx
    if solver == "auto":
        solver = "cg" if degree == 2 else "auto"
    return mlp_approx(cp.W1, cp.b1, cp.W2, cp.b2, act="relu", degree=degree, input=mixture, solver=solver,
                      tol=CG_TOL if tol is None else tol)


def dense_check(cp: Checkpoint, mixture, X: np.ndarray) -> dict:
    """Degree-2 CG solution vs the dense Cholesky solution: coefficient and prediction gaps."""
    cg, dense = approximate(cp, mixture, 2, "cg"), approximate(cp, mixture, 2, "dense")
    gap = lambda a, b: float(np.abs(a - b).max() / np.abs(b).max())  # noqa: E731
    return {"gamma_rel_gap": gap(cg.gamma, dense.gamma), "beta_rel_gap": gap(cg.beta, dense.beta),
            "prediction_rel_gap": gap(cg(X), dense(X)), "cg_residual": float(cg.info.get("residual", np.nan)),
            "cg_iterations": int(cg.info.get("iterations", -1)), "cg_seconds": float(cg.info.get("time", np.nan)),
            "dense_seconds": float(dense.info.get("time", np.nan)),
            "dense_condition_number": float(dense.info.get("condition_number", np.nan))}


def evaluate_checkpoint(cp: Checkpoint, ds: Dataset, mixture, samples: np.ndarray, degrees=(1, 2),
                        root: np.ndarray | None = None, tol: float | None = None) -> tuple[dict, dict]:
    """Scalar metrics of one checkpoint and the arrays the figures need (``arrays["approx"]``
    maps each degree to its PolyApprox)."""
    f_test, f_mix = mlp_logits(cp, ds.X_test), mlp_logits(cp, samples)
    row = {"step": cp.step, "train_loss": cp.train_loss, "train_acc": accuracy(mlp_logits(cp, ds.X_train), ds.y_train),
           "test_acc": accuracy(f_test, ds.y_test)}
    arrays = {"approx": {}}
    for degree in degrees:
        start = time.perf_counter()
        approx = approximate(cp, mixture, degree, tol=tol)
        seconds = time.perf_counter() - start
        p_test, p_mix = approx(ds.X_test), approx(samples)
        row.update({f"fvu{degree}_test": fvu(f_test, p_test), f"fvu{degree}_mix": fvu(f_mix, p_mix),
                    f"kl{degree}_test": mean_kl(f_test, p_test), f"acc{degree}_test": accuracy(p_test, ds.y_test),
                    f"seconds{degree}": seconds})
        info = getattr(approx, "info", {}) or {}
        for key in ("residual", "relative_residual", "iterations", "solver"):
            if key in info:
                row[f"{key}{degree}"] = info[key] if isinstance(info[key], str) else float(info[key])
        arrays[f"beta{degree}"] = np.asarray(approx.beta)
        arrays["approx"][degree] = approx
        if degree >= 2 and approx.gamma is not None:
            gamma = np.asarray(approx.gamma)
            pairs = [top_eigvecs(gamma[o], 3) for o in range(gamma.shape[0])]
            arrays["eigvals"] = np.stack([p[0] for p in pairs])
            arrays["eigvecs"] = np.stack([p[1] for p in pairs])
            root = sqrt_psd(mixture.cov) if root is None else root
            pairs = [weighted_eigvecs(gamma[o], root, 3) for o in range(gamma.shape[0])]
            arrays["weigvals"] = np.stack([p[0] for p in pairs])
            arrays["weigvecs"] = np.stack([p[1] for p in pairs])
    return row, arrays


def svd_attack(cp: Checkpoint, ds: Dataset, lin, quad, max_rank: int, seed: int) -> dict:
    """Accuracy vs number r of top right singular directions of beta of ``lin`` removed
    (``lin``, ``quad``: the checkpoint's degree-1 and degree-2 approximants)."""
    _, S, Vt = np.linalg.svd(np.asarray(lin.beta), full_matrices=False)
    rng = np.random.default_rng(seed)
    random_basis, _ = np.linalg.qr(rng.standard_normal((ds.d, max_rank)))
    ranks = list(range(min(max_rank, Vt.shape[0]) + 1))
    centre = ds.X_train.mean(axis=0)
    result = {"rank": ranks, "singular_values": S.tolist(), "net": [], "linear": [], "quadratic": [],
              "net_random": [], "net_centred": []}
    for r in ranks:
        V = Vt[:r].T
        X = ds.X_test - (ds.X_test @ V) @ V.T
        R = random_basis[:, :r]
        X_rand = ds.X_test - (ds.X_test @ R) @ R.T
        result["net"].append(accuracy(mlp_logits(cp, X), ds.y_test))
        result["linear"].append(accuracy(lin(X), ds.y_test))
        result["quadratic"].append(accuracy(quad(X), ds.y_test))
        result["net_random"].append(accuracy(mlp_logits(cp, X_rand), ds.y_test))
        X_centred = ds.X_test - ((ds.X_test - centre) @ V) @ V.T  # keeps the mean image's component
        result["net_centred"].append(accuracy(mlp_logits(cp, X_centred), ds.y_test))
    result["Vt"] = Vt[: ranks[-1]]
    return result


# ----------------------------------------------------------------------------- driver
def run_experiment(config: ExperimentConfig, dataset: Dataset | None = None) -> dict:
    """Train, evaluate every checkpoint, attack, then write results.json, figures and report.md.

    ``dataset`` overrides ``config.dataset`` (tests use tiny synthetic data)."""
    from ._threads import limit_blas_threads
    with limit_blas_threads(1 if config.dataset == "digits" or dataset is not None else None):
        return _run_experiment(config, dataset)


def _run_experiment(config: ExperimentConfig, dataset: Dataset | None) -> dict:
    from ..distributions import from_data

    from ..io import optional_import
    for module in ("torch", "schedulefree"):  # fail before any data work when the extra is missing
        optional_import(module, "the experiment's training")
    out = Path(config.out)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    ds = load_dataset(config) if dataset is None else dataset
    mixture = from_data(ds.X_train, ds.y_train, ridge=config.ridge)
    samples = mixture.sample(config.n_mixture_samples, np.random.default_rng(config.seed + 1))
    checkpoints = train_mlp(ds.X_train, ds.y_train, hidden=config.hidden, steps=config.steps,
                            batch_size=config.batch_size, lr=config.lr, warmup_steps=config.warmup_steps,
                            weight_decay=config.weight_decay, n_checkpoints=config.n_checkpoints,
                            seed=config.seed, quiet=config.quiet)
    t_train = time.perf_counter() - t0
    rows, per_step = [], []
    root = sqrt_psd(mixture.cov)
    progress = Progress(len(checkpoints), "approximants", config.quiet)
    for i, cp in enumerate(checkpoints, start=1):
        row, arrays = evaluate_checkpoint(cp, ds, mixture, samples, root=root, tol=config.cg_tol)
        rows.append(row)
        last_approx = arrays.pop("approx")
        per_step.append(arrays)
        progress.update(i, f"step {cp.step}: FVU lin {row['fvu1_test']:.3f} quad {row['fvu2_test']:.3f}")
    t_approx = time.perf_counter() - t0 - t_train
    attack = svd_attack(checkpoints[-1], ds, last_approx[1], last_approx[2], config.max_rank, config.seed)
    if config.dense_check and ds.d <= 100:
        results_check = dense_check(checkpoints[-1], mixture, ds.X_test)
    else:
        results_check = None
    results = {
        "dense_check": results_check,
        "config": {k: v for k, v in asdict(config).items() if k != "extra"},
        "dataset": {"name": ds.name, "d": ds.d, "n_train": int(ds.y_train.size), "n_test": int(ds.y_test.size),
                    "n_classes": ds.n_classes, "side": ds.side},
        "rows": rows,
        "svd_attack": {k: v for k, v in attack.items() if k != "Vt"},
        "timing": {"train_s": t_train, "approximants_s": t_approx, "total_s": time.perf_counter() - t0},
    }
    (out / "results.json").write_text(json.dumps(results, indent=1))
    final = checkpoints[-1]
    save_model(out / "final_model.npz", final.W1, final.b1, final.W2, final.b2,
               metadata={"act": "relu", "step": final.step, "dataset": ds.name})
    save_tensors(out / "mixture.npz", {"weights": mixture.weights, "means": mixture.means, "covs": mixture.covs},
                 {"ridge": config.ridge, "dataset": ds.name})
    if config.figures:
        from .plots import write_figures
        results["figures"] = write_figures(out, results, per_step, attack, ds)
    from .report import write_report
    write_report(out, results)
    (out / "results.json").write_text(json.dumps(results, indent=1))
    results["_checkpoints"] = checkpoints
    results["_mixture"] = mixture
    results["_dataset"] = ds
    return results


def export_demo(results: dict, directory) -> list[Path]:
    """Write the shipped demo files: the final model and its mixture (float32) plus held-out images.

    ``digits_mlp.npz`` (W1, b1, W2, b2) and ``digits_mixture.npz`` (weights, means, covs,
    X_test, y_test) — read back by ``gaussym demo``.
    """
    directory = Path(directory)
    cp, mixture, ds = results["_checkpoints"][-1], results["_mixture"], results["_dataset"]
    meta = {"act": "relu", "step": cp.step, "dataset": ds.name, "ridge": results["config"]["ridge"],
            "seed": results["config"]["seed"], "test_acc": results["rows"][-1]["test_acc"],
            "pixels": "scaled to [0, 1] (digit value / 16)"}
    model = save_model(directory / f"{ds.name}_mlp.npz", cp.W1, cp.b1, cp.W2, cp.b2, dtype=np.float32, metadata=meta)
    mix = save_tensors(directory / f"{ds.name}_mixture.npz",
                       {"weights": mixture.weights, "means": mixture.means, "covs": mixture.covs,
                        "X_test": ds.X_test, "y_test": ds.y_test}, meta, dtype=np.float32)
    return [model, mix]
