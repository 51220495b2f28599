"""The experiment's markdown report: setup, figures, tables and a plain verdict on each of
the paper's findings, judged by the stated numeric criteria (so a different run is judged
honestly by the same rules)."""
from __future__ import annotations

from pathlib import Path

import numpy as np

EARLY_STEPS = 500  # the paper's "first few hundred steps"


def assess(results: dict) -> list[tuple[str, bool | None, str]]:
    """(finding, reproduced?, evidence) for the four findings of DESIGN section 6."""
    rows = results["rows"]
    steps = np.array([r["step"] for r in rows])
    f1_test = np.array([r["fvu1_test"] for r in rows])
    f2_test = np.array([r["fvu2_test"] for r in rows])
    f1_mix = np.array([r["fvu1_mix"] for r in rows])
    f2_mix = np.array([r["fvu2_mix"] for r in rows])
    out = []

    early = steps <= max(EARLY_STEPS, steps[0])
    i1, i2 = int(np.argmin(np.where(early, f1_test, np.inf))), int(np.argmin(np.where(early, f2_test, np.inf)))
    falls = f1_test[i1] < 0.8 * f1_test[0] and f2_test[i2] < 0.8 * f2_test[0]
    out.append(("FVU of both approximants falls in the first few hundred steps", bool(falls),
                f"held-out FVU linear {f1_test[0]:.3g} (step {steps[0]}) -> {f1_test[i1]:.3g} (step {steps[i1]}); "
                f"quadratic {f2_test[0]:.3g} -> {f2_test[i2]:.3g} (step {steps[i2]}) [criterion: both drop by > 20%]"))

    later = np.arange(len(rows)) > i1
    if later.any():
        j = int(np.argmax(np.where(later, f1_test, -np.inf)))
        lin_rise, quad_rise = f1_test[j] / f1_test[i1], f2_test[j] / f2_test[i1]
        phase = lin_rise >= 2.0 and quad_rise <= 1.5
        out.append(("a phase where linear FVU rises sharply while quadratic FVU stays nearly flat", bool(phase),
                    f"from step {steps[i1]} to {steps[j]}: linear FVU x{lin_rise:.2f} ({f1_test[i1]:.3g} -> "
                    f"{f1_test[j]:.3g}, {f1_test[j] - f1_test[i1]:+.3g}), quadratic x{quad_rise:.2f} ({f2_test[i1]:.3g} "
                    f"-> {f2_test[j]:.3g}, {f2_test[j] - f2_test[i1]:+.3g}) "
                    f"[criterion: linear x >= 2, quadratic x <= 1.5; mixture samples: linear "
                    f"{f1_mix[i1]:.3g} -> {f1_mix[j]:.3g}, quadratic {f2_mix[i1]:.3g} -> {f2_mix[j]:.3g}]"))
    else:
        out.append(("a phase where linear FVU rises while quadratic stays flat", None, "too few checkpoints"))

    final_ok = f2_test[-1] < 0.05
    out.append(("the quadratic explains > 95% of the variance at the end", bool(final_ok),
                f"final FVU quadratic: held-out images {f2_test[-1]:.3g}, mixture samples {f2_mix[-1]:.3g}; "
                f"linear: {f1_test[-1]:.3g} / {f1_mix[-1]:.3g} [criterion: held-out FVU < 0.05]"))

    attack = results["svd_attack"]
    acc = dict(zip(attack["rank"], attack["net"]))
    chance = 1.0 / results["dataset"]["n_classes"]
    r_max = max(attack["rank"])
    collapse = acc.get(4, 1.0) < 0.5 and acc[r_max] < 2 * chance
    rand = dict(zip(attack["rank"], attack["net_random"]))
    out.append(("SVD attack: removing the top 4 directions of beta drops accuracy below 50%, "
                f"all {r_max} to near chance", bool(collapse),
                f"network accuracy r=0: {acc[0]:.3f}, r=4: {acc.get(4, float('nan')):.3f}, r={r_max}: {acc[r_max]:.3f} "
                f"(chance {chance:.2f}); removing {r_max} random directions instead: {rand[r_max]:.3f} "
                f"[criterion: r=4 < 0.5 and r={r_max} < {2 * chance:.2f}]"))
    return out


def _fmt(x):
    if isinstance(x, str):
        return x
    if isinstance(x, (int, np.integer)):
        return str(x)
    return f"{x:.3g}" if abs(x) >= 1e-3 or x == 0 else f"{x:.2e}"


_FLAGS = {"steps": "--steps", "hidden": "--hidden", "seed": "--seed", "data_dir": "--data", "n_checkpoints": "--checkpoints",
          "lr": "--lr", "weight_decay": "--weight-decay", "warmup_steps": "--warmup", "batch_size": "--batch-size",
          "ridge": "--ridge", "n_mixture_samples": "--mixture-samples", "max_items": "--max-items", "pool": "--pool",
          "cg_tol": "--cg-tol"}


def command_line(cfg: dict) -> str:
    """The ``gaussym experiment`` command that reproduces a run (non-default options only)."""
    from .pipeline import ExperimentConfig
    defaults = ExperimentConfig().__dict__
    parts = ["gaussym experiment", cfg["dataset"], "--out", str(cfg["out"])]
    for key, flag in _FLAGS.items():
        if key in cfg and cfg[key] != defaults.get(key):
            parts += [flag, str(cfg[key])]
    return " ".join(parts)


def rewrite_report(out) -> Path:
    """Re-render report.md from a run's results.json (e.g. after changing this module)."""
    import json
    return write_report(out, json.loads((Path(out) / "results.json").read_text()))


def write_report(out, results: dict) -> Path:
    out = Path(out)
    cfg, ds, rows = results["config"], results["dataset"], results["rows"]
    lines = [f"# Polynomial approximants of an MLP trained on {ds['name']}: the paper's experiments on real data",
             "",
             f"Produced by `{command_line(cfg)}`.",
             "",
             "## Setup",
             f"- Data: {ds['n_train']} training and {ds['n_test']} held-out real images ({ds['side']}x{ds['side']}, "
             f"d = {ds['d']}, {ds['n_classes']} classes), stratified split (test fraction {cfg['test_fraction']}, "
             f"seed {cfg['seed']}); pixels scaled to [0, 1].",
             f"- Network: {ds['d']} -> {cfg['hidden']} -> {ds['n_classes']} ReLU MLP, cross-entropy, schedule-free "
             f"AdamW (lr {cfg['lr']}, warmup {cfg['warmup_steps']} steps, weight decay {cfg['weight_decay']}, batch "
             f"{cfg['batch_size']}), {cfg['steps']} steps, {len(rows)} log-spaced checkpoints taken in the "
             "optimizer's eval mode (averaged weights).",
             f"- Input distribution: the class-conditional Gaussian mixture fitted to the training images "
             f"(weights = class frequencies, means, maximum-likelihood covariances + {cfg['ridge']} I; the ridge keeps "
             "the covariances of always-blank pixels positive definite).",
             "- Approximants: the exact least-squares linear and quadratic polynomials of the logits under that "
             "mixture, from `gaussym.mlp_approx(..., input=mixture)` (closed-form moments + normal equations; no "
             "SGD).",
             f"- FVU = sum (f - p)^2 / sum (f - mean f)^2 over all logits, on the held-out images and on "
             f"{cfg['n_mixture_samples']} samples of the mixture (where the approximant is optimal by construction). "
             "KL = mean over held-out images of KL(softmax(net) || softmax(approximant)).",
             "- SVD attack: held-out images projected onto the complement of the top-r right singular vectors of "
             "beta of the linear approximant, x -> x - V_r V_r^T x; controls: r random orthonormal directions, and the "
             "mean-preserving ablation x -> x - V_r V_r^T (x - m), m the mean training image.",
             f"- Time: training {results['timing']['train_s']:.1f} s, all approximants "
             f"{results['timing']['approximants_s']:.1f} s, total {results['timing']['total_s']:.1f} s.",
             "",
             "## Which of the paper's findings reproduce",
             ""]
    for finding, ok, evidence in assess(results):
        verdict = "not assessed" if ok is None else ("**reproduces**" if ok else "**does not reproduce**")
        lines.append(f"- {finding}: {verdict}. {evidence}")
    lines += ["", "## Figures", ""]
    captions = {"fvu.png": "FVU vs training step", "kl.png": "KL divergence vs training step",
                "svd_attack.png": "SVD attack: accuracy vs r", "eigvecs.png": "top interaction-matrix eigenvectors",
                "eigvecs_weighted.png": "top eigenvectors of the data-weighted interaction matrix",
                "beta.png": "rows of beta", "ablated.png": "held-out images after the SVD attack"}
    for name in results.get("figures", []):
        lines += [f"![{captions.get(name, name)}]({name})", ""]
    cols = ["step", "train_loss", "test_acc", "fvu1_test", "fvu2_test", "fvu1_mix", "fvu2_mix", "kl1_test",
            "kl2_test", "acc1_test", "acc2_test", "seconds2"]
    heads = ["step", "train loss", "net acc", "FVU lin (test)", "FVU quad (test)", "FVU lin (mix)",
             "FVU quad (mix)", "KL lin", "KL quad", "lin acc", "quad acc", "quad time [s]"]
    lines += ["## Numbers per checkpoint", "", "| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
    for row in rows:
        lines.append("| " + " | ".join(_fmt(row[c]) for c in cols) + " |")
    check = results.get("dense_check")
    if check:
        lines += ["", "Exactness check (final checkpoint): the degree-2 normal equations solved by matrix-free "
                  f"preconditioned CG ({check['cg_iterations']} iterations, relative residual "
                  f"{check['cg_residual']:.2g}, {check['cg_seconds']:.2f} s) and by dense Cholesky "
                  f"({check['dense_seconds']:.2f} s, condition number {check['dense_condition_number']:.3g}) agree to "
                  f"{check['gamma_rel_gap']:.2g} (Gamma), {check['beta_rel_gap']:.2g} (beta) and "
                  f"{check['prediction_rel_gap']:.2g} (predictions on held-out images), relative to the largest entry."]
    attack = results["svd_attack"]
    lines += ["", "## SVD attack (final checkpoint)", "",
              "| r | network | linear | quadratic | network, random directions | network, mean-preserving ablation |",
              "|---|---|---|---|---|---|"]
    for i, r in enumerate(attack["rank"]):
        lines.append(f"| {r} | {attack['net'][i]:.3f} | {attack['linear'][i]:.3f} | {attack['quadratic'][i]:.3f} "
                     f"| {attack['net_random'][i]:.3f} | {attack['net_centred'][i]:.3f} |")
    lines += ["", "Singular values of beta: " + ", ".join(f"{s:.3g}" for s in attack["singular_values"]), ""]
    if results.get("notes"):
        lines += ["## Notes", ""] + [f"- {n}" for n in results["notes"]] + [""]
    path = out / "report.md"
    path.write_text("\n".join(lines))
    return path
