"""Figures of the experiment (matplotlib, Agg backend, small PNGs).

fvu.png       FVU of the linear and quadratic approximants vs training step (log-log)
kl.png        KL(softmax(net) || softmax(approximant)) vs step
svd_attack.png  accuracy vs number of top singular directions of beta removed
eigvecs.png   top interaction-matrix eigenvector (as an image) of a few classes at several steps
eigvecs_weighted.png  the same for the data-weighted interaction matrix P^(1/2) Gamma P^(1/2)
beta.png      rows of beta (degree 2 approximant) of every class at several steps
ablated.png   held-out images after removing r = 0, 2, 4, 10 singular directions
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..io import optional_import

DPI = 90


def _pyplot():
    matplotlib = optional_import("matplotlib", "drawing the experiment figures")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def pick_steps(steps: list[int], count: int = 4) -> list[int]:
    """Indices of ~count checkpoints spread evenly in log-step (always the first and last)."""
    if len(steps) <= count:
        return list(range(len(steps)))
    logs = np.log(np.asarray(steps, float))
    targets = np.linspace(logs[0], logs[-1], count)
    return sorted({int(np.argmin(np.abs(logs - t))) for t in targets})


def _image_grid(plt, path, images, row_labels, col_labels, side, title, symmetric=True, captions=None):
    rows, cols = len(images), len(images[0])
    fig, axes = plt.subplots(rows, cols, figsize=(1.3 * cols + 0.8, 1.35 * rows + 0.6), squeeze=False)
    for i in range(rows):
        for j in range(cols):
            ax = axes[i][j]
            img = np.asarray(images[i][j]).reshape(side, side)
            if symmetric:
                lim = np.abs(img).max() or 1.0
                ax.imshow(img, cmap="RdBu_r", vmin=-lim, vmax=lim)
            else:
                ax.imshow(img, cmap="gray_r", vmin=0, vmax=1)
            ax.set_xticks([])
            ax.set_yticks([])
            if captions is not None:
                ax.set_xlabel(captions[i][j], fontsize=7)
            if j == 0:
                ax.set_ylabel(row_labels[i], fontsize=8)
            if i == 0:
                ax.set_title(col_labels[j], fontsize=8)
    fig.suptitle(title, fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)


def write_figures(out, results: dict, per_step: list[dict], attack: dict, ds) -> list[str]:
    """Draw every figure into ``out``; returns the file names written."""
    plt = _pyplot()
    out = Path(out)
    rows = results["rows"]
    steps = [r["step"] for r in rows]
    written = []

    fig, ax = plt.subplots(figsize=(6, 3.8))
    for key, label, style in (("fvu1_test", "linear, held-out images", "C0-o"),
                              ("fvu2_test", "quadratic, held-out images", "C1-o"),
                              ("fvu1_mix", "linear, mixture samples", "C0--"),
                              ("fvu2_mix", "quadratic, mixture samples", "C1--")):
        ax.plot(steps, [r[key] for r in rows], style, ms=3, label=label)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("training step")
    ax.set_ylabel("FVU of the logits")
    ax.set_title(f"{ds.name}: exact least-squares approximants under the class mixture", fontsize=9)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out / "fvu.png", dpi=DPI)
    plt.close(fig)
    written.append("fvu.png")

    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot(steps, [r["kl1_test"] for r in rows], "C0-o", ms=3, label="linear")
    ax.plot(steps, [r["kl2_test"] for r in rows], "C1-o", ms=3, label="quadratic")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("training step")
    ax.set_ylabel("KL(softmax(net) || softmax(approx)) [nats]")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out / "kl.png", dpi=DPI)
    plt.close(fig)
    written.append("kl.png")

    fig, ax = plt.subplots(figsize=(6, 3.5))
    r = attack["rank"]
    ax.plot(r, attack["net"], "k-o", ms=3, label="network")
    ax.plot(r, attack["linear"], "C0-o", ms=3, label="linear approximant")
    ax.plot(r, attack["quadratic"], "C1-o", ms=3, label="quadratic approximant")
    ax.plot(r, attack["net_random"], "k:", label="network, random directions removed")
    ax.plot(r, attack["net_centred"], "k--", lw=0.9, label="network, mean-preserving ablation")
    ax.axhline(1.0 / ds.n_classes, color="gray", lw=0.8, ls="--", label="chance")
    ax.set_xlabel("top singular directions of beta removed (r)")
    ax.set_ylabel("held-out accuracy")
    ax.set_ylim(0, 1.02)
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out / "svd_attack.png", dpi=DPI)
    plt.close(fig)
    written.append("svd_attack.png")

    chosen = pick_steps(steps, 4)
    classes = [c for c in (0, 3, 7) if c < ds.n_classes]
    for key, name, title in (
            ("eig", "eigvecs.png", "top eigenvector of the interaction matrix Γ_class"),
            ("weig", "eigvecs_weighted.png", "top eigenvector of P^1/2 Γ_class P^1/2, shown as the pixel pattern P^1/2 v")):
        if f"{key}vecs" not in per_step[-1]:
            continue
        images = [[per_step[i][f"{key}vecs"][c][:, 0] for i in chosen] for c in classes]
        labels = [f"class {c}" for c in classes]
        cols = [f"step {steps[i]}" for i in chosen]
        captions = [[f"λ = {per_step[i][f'{key}vals'][c][0]:.3g}" for i in chosen] for c in classes]
        _image_grid(plt, out / name, images, labels, cols, ds.side, title, captions=captions)
        written.append(name)

    images = [[per_step[i]["beta2"][c] for c in range(ds.n_classes)] for i in chosen]
    _image_grid(plt, out / "beta.png", images, [f"step {steps[i]}" for i in chosen],
                [f"class {c}" for c in range(ds.n_classes)], ds.side, "rows of β (quadratic approximant)")
    written.append("beta.png")

    Vt = attack["Vt"]
    ranks = [x for x in (0, 2, 4, 10) if x <= Vt.shape[0]]
    examples = [int(np.flatnonzero(ds.y_test == c)[0]) for c in range(min(ds.n_classes, 6))]
    images = []
    for rk in ranks:
        V = Vt[:rk].T
        X = ds.X_test[examples]
        images.append(list(X - (X @ V) @ V.T))
    _image_grid(plt, out / "ablated.png", images, [f"r = {rk}" for rk in ranks],
                [f"label {ds.y_test[e]}" for e in examples], ds.side,
                "held-out images with the top-r singular directions of β removed", symmetric=False)
    written.append("ablated.png")
    return written
