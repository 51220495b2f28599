"""``gaussym demo``: polynomial approximants of a small real digits classifier, end to end.

The shipped model (gaussym/data/digits_mlp.npz) is a 64 -> 128 -> 10 ReLU MLP trained on
scikit-learn's 8x8 handwritten digits by ``gaussym experiment digits`` (pixels / 16 in
[0, 1]); gaussym/data/digits_mixture.npz holds its class-conditional Gaussian mixture (fit
on the training images, covariances + 1e-3 I) and 450 held-out real images. The demo
computes the least-squares polynomials of degree 1..--degree-max:
  degrees 1, 2 under the 10-component mixture (normal equations; degree 2 by matrix-free CG),
  every degree under the moment-matched single Gaussian N(m, P) (factored Hermite form, no solve).
Degree 3 under the mixture would need the 47,904 x 47,904 normal equations (C(67, 3) - 1
features), which gaussym solves only where the dense system fits; the demo says so and uses
the moment-matched Gaussian for degree 3. Needs only numpy/scipy (matplotlib for the figure).
"""
from __future__ import annotations

import sys
import time
from importlib import resources
from pathlib import Path

import numpy as np

MODEL_FILE = "digits_mlp.npz"
MIXTURE_FILE = "digits_mixture.npz"

FORMULA_TEXT = """\
Formulas used (x the 64 pixels; unit j: u_j = w_j . x + b1_j; f = W2 relu(W1 x + b1) + b2):
  * Under one Gaussian N(m, P): u_j ~ N(mu_j, s_j^2), mu_j = w_j . m + b1_j, s_j^2 = w_j^T P w_j, and the
    least-squares polynomial of degree n is the truncated Hermite series, unit by unit (no solve):
        relu(u_j) ~ sum_(k<=n) E[relu^(k)(u_j)] / k! * s_j^k He_k(w_j . (x - m) / s_j)
    so at degree 2: beta = sum_j W2_j E[relu'(u_j)] w_j, Gamma = sum_j W2_j E[relu''(u_j)] / 2 w_j w_j^T (one GEMM).
  * Expected derivatives in closed form (Stein: E[act^(k)(u)] = E[act(u) He_k(z)] / s^k):
{derivatives}
  * Under the class mixture sum_c pi_c N(mu_c, Sigma_c): the normal equations Cov(phi) theta = Cov(phi, f)
    over the monomials phi of degree <= n; E[phi phi^T] by Isserlis/Wick with means, E[phi f] by the
    Master Theorem (second-order Stein: E[x x^T relu(u)] = (Sigma + mu mu^T) e0 + (mu C^T + C mu^T) e1
    + C C^T e2, C = Sigma w, e_k = E[relu^(k)(u)]); degree 2 solved matrix-free by preconditioned CG.
  * FVU = E|f - p|^2 / E|f - E f|^2 (all 10 logits pooled); variance explained = 1 - FVU."""

FALLBACK_DERIVATIVES = """\
      E[relu(u)]    = mu Phi(mu/s) + s phi(mu/s)
      E[relu'(u)]   = Phi(mu/s)
      E[relu''(u)]  = phi(mu/s) / s
      E[relu'''(u)] = -mu phi(mu/s) / s^3"""


def register(subparsers) -> None:
    p = subparsers.add_parser("demo", help="approximate a shipped real digits MLP (degrees 1-3) and show the math",
                              description=__doc__, formatter_class=__import__("argparse").RawDescriptionHelpFormatter)
    p.add_argument("--out", default="gaussym-demo", help="directory for the figure (default ./gaussym-demo)")
    p.add_argument("--degree-max", type=int, default=3, help="highest degree (default 3)")
    p.add_argument("--no-symbolic", action="store_true",
                   help="print the stored formula text instead of deriving the relu formulas with SymPy")
    p.add_argument("--no-figure", action="store_true", help="do not write the figure")
    p.set_defaults(func=run)


def load_demo() -> tuple:
    """(LoadedModel, GaussianMixture, X_test, y_test, metadata) from the package data."""
    from ..distributions import GaussianMixture
    from ..io import find_model, read_metadata

    data = resources.files("gaussym") / "data"
    with resources.as_file(data / MODEL_FILE) as model_path, resources.as_file(data / MIXTURE_FILE) as mix_path:
        with np.load(model_path, allow_pickle=False) as z:
            model = find_model({k: z[k].astype(np.float64) for k in ("W1", "b1", "W2", "b2")},
                               source=f"gaussym/data/{MODEL_FILE}")
        with np.load(mix_path, allow_pickle=False) as z:
            weights = z["weights"].astype(np.float64)
            covs = z["covs"].astype(np.float64)
            mixture = GaussianMixture(weights / weights.sum(), z["means"].astype(np.float64),
                                      0.5 * (covs + np.swapaxes(covs, 1, 2)))
            X_test, y_test = z["X_test"].astype(np.float64), z["y_test"].astype(np.int64)
        meta = read_metadata(model_path)
    return model, mixture, X_test, y_test, meta


def derivative_formulas(symbolic: bool) -> str:
    """E[relu^(k)(u)], k = 0..3, derived by gaussym's symbolic engine (SymPy) when available."""
    if not symbolic:
        return FALLBACK_DERIVATIVES
    try:
        from ..symbolic import integrals
        from ..symbolic.render import render
        lines = []
        for k in range(4):
            expr = integrals.expected_derivative_formula("relu", k)
            lines.append("      " + render(expr, "text", lhs=f"E[relu^({k})(u)]").replace("sigma", "s"))
        return "\n".join(lines) + "\n      (derived just now by gaussym.symbolic.integrals; s = sigma)"
    except Exception as exc:  # the symbolic engine is optional for the demo
        return FALLBACK_DERIVATIVES + f"\n      (stored text: symbolic derivation unavailable: {exc})"


def _fvu(f, p) -> float:
    return float(np.sum((f - p) ** 2) / np.sum((f - f.mean(axis=0)) ** 2))


def run(args) -> int:
    from ..experiments._threads import limit_blas_threads

    if args.degree_max < 1:
        raise ValueError(f"--degree-max must be >= 1, got {args.degree_max}")
    with limit_blas_threads(1):  # d = 64: one BLAS thread is fastest, and robust on a busy machine
        return _run(args)


def _run(args) -> int:
    from ..approx import mlp_approx

    t0 = time.perf_counter()
    model, mixture, X_test, y_test, meta = load_demo()
    p = model.params
    f_test = model.forward(X_test, "relu")
    print(f"model: {model.d_in} -> {p['W1'].shape[0]} -> {model.d_out} ReLU MLP trained on scikit-learn digits "
          f"(step {meta.get('step', '?')}, held-out accuracy {np.mean(f_test.argmax(1) == y_test):.3f}); "
          f"input: class-conditional mixture of {mixture.K} Gaussians, d = {mixture.d}; "
          f"{len(y_test)} held-out real images")
    print(FORMULA_TEXT.format(derivatives=derivative_formulas(not args.no_symbolic)))
    gaussian = mixture.moment_matched()
    rng = np.random.default_rng(0)
    samples = mixture.sample(20000, rng)
    f_samples = model.forward(samples, "relu")
    jobs = []
    for degree in range(1, args.degree_max + 1):
        if degree <= 2:
            jobs.append(("mixture", degree, mixture, "cg" if degree == 2 else "auto"))
        jobs.append(("moment-matched Gaussian", degree, gaussian, "auto"))
    rows = []
    print(f"\n{'degree':>6}  {'input distribution':<24} {'time [s]':>8}  {'FVU held-out':>12}  "
          f"{'FVU mixture samples':>19}  {'explained (held-out)':>20}  {'argmax agrees':>13}")
    for label, degree, dist, solver in jobs:
        start = time.perf_counter()
        approx = mlp_approx(p["W1"], p["b1"], p["W2"], p["b2"], act="relu", degree=degree, input=dist, solver=solver,
                            tol=1e-9)
        seconds = time.perf_counter() - start
        pred = approx(X_test)
        fvu_test, fvu_mix = _fvu(f_test, pred), _fvu(f_samples, approx(samples))
        agree = float(np.mean(pred.argmax(1) == f_test.argmax(1)))
        rows.append({"label": label, "degree": degree, "fvu_test": fvu_test, "fvu_mix": fvu_mix, "approx": approx})
        print(f"{degree:>6}  {label:<24} {seconds:8.2f}  {fvu_test:12.4g}  {fvu_mix:19.4g}  "
              f"{100 * (1 - fvu_test):19.2f}%  {100 * agree:12.1f}%")
    if args.degree_max >= 3:
        print("degree 3 under the mixture: not computed (47,904 monomials: the dense normal equations need ~18 GB); "
              "the moment-matched Gaussian's exact factored degree-3 projection is shown instead.")
    if args.degree_max >= 2:
        quad = next(r["approx"] for r in rows if r["label"] == "mixture" and r["degree"] == 2)
        print("\ntop interaction-matrix eigenvalues (degree 2, mixture) for classes 0-4:")
        for c in range(5):
            vals, _ = quad.eigen(c, 4)
            print(f"  class {c}: " + "  ".join(f"{v:+.3g}" for v in vals))
    if not args.no_figure:
        _figure(args.out, rows, X_test, y_test)
    print(f"\ntotal {time.perf_counter() - t0:.1f} s")
    return 0


def _figure(out, rows, X_test, y_test) -> None:
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("figure skipped: matplotlib is not installed (pip install 'gaussym[experiments]' or pip install matplotlib)")
        return
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    quad = next((r["approx"] for r in rows if r["label"] == "mixture" and r["degree"] == 2), None)
    fig = plt.figure(figsize=(10, 3.6))
    ax = fig.add_subplot(1, 3 if quad is not None else 1, 1)
    for label, style in (("mixture", "C1-o"), ("moment-matched Gaussian", "C0-s")):
        pts = [(r["degree"], r["fvu_test"]) for r in rows if r["label"] == label]
        ax.plot(*zip(*pts), style, label=f"under the {label}")
    ax.set_yscale("log")
    ax.set_xlabel("degree")
    ax.set_ylabel("FVU on held-out digits")
    ax.set_xticks(sorted({r["degree"] for r in rows}))
    ax.legend(fontsize=7)
    ax.grid(True, alpha=0.3)
    if quad is not None:
        from ..experiments.pipeline import sqrt_psd, weighted_eigvecs
        root = sqrt_psd(quad.distribution.cov)
        for i, c in enumerate((0, 3)):
            gamma = quad.interaction_matrix(c)
            raw_vals, raw_vecs = quad.eigen(c, 1)
            w_vals, w_vecs = weighted_eigvecs(gamma, root, 1)
            for k, (axis, vec, lam, what) in enumerate(
                    ((fig.add_subplot(2, 3, 2 + i), raw_vecs[:, 0], raw_vals[0], "Γ"),
                     (fig.add_subplot(2, 3, 5 + i), w_vecs[:, 0], w_vals[0], "P½ΓP½"))):
                img = vec.reshape(8, 8)
                lim = np.abs(img).max()
                axis.imshow(img, cmap="RdBu_r", vmin=-lim, vmax=lim)
                axis.set_xticks([])
                axis.set_yticks([])
                axis.set_title(f"class {c}: top eigvec of {what}, λ={lam:.2g}", fontsize=7)
    fig.suptitle("gaussym demo: exact least-squares polynomials of a digits MLP", fontsize=9)
    fig.tight_layout()
    path = out / "demo.png"
    fig.savefig(path, dpi=90)
    plt.close(fig)
    print(f"wrote {path}")
