"""``gaussym approx MODEL``: the least-squares polynomial of a saved MLP/GLU layer.

Input distribution (one of):
  (nothing)                     N(0, I)
  --data FILE                   a Gaussian fitted to the rows of X (.npy, or .npz with X [and labels])
  --data FILE --mixture-by-label  the class-conditional Gaussian mixture (labels from the .npz)
  --mean FILE --cov FILE        N(mean, cov) from .npy / .npz / text files
  --mixture FILE                a saved mixture (.npz / .safetensors with weights, means, covs)
Prints FVU per degree (under the input distribution, and on the data rows when given), the
top interaction-matrix eigenvalues, and the time taken; writes the coefficients of the
highest degree (see gaussym.io.save_coefficients) to -o OUT (.npz or .safetensors).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np


def register(subparsers) -> None:
    p = subparsers.add_parser("approx", help="least-squares polynomial of a saved MLP/GLU under a Gaussian (mixture)",
                              description=__doc__, formatter_class=__import__("argparse").RawDescriptionHelpFormatter)
    p.add_argument("model", help="weights: .npz, .safetensors, or .pt/.pth state_dict (see gaussym.io)")
    p.add_argument("--act", default="relu", help="activation of the hidden layer (default relu)")
    p.add_argument("--degree", type=int, default=2, help="polynomial degree (default 2)")
    p.add_argument("--kind", choices=("auto", "mlp", "glu"), default="auto", help="layer type (default: recognise)")
    p.add_argument("--prefix", default=None, help="tensor-name prefix when the file holds several layers")
    src = p.add_argument_group("input distribution")
    src.add_argument("--data", help=".npy (rows = inputs) or .npz with X and optional labels (or y)")
    src.add_argument("--mixture-by-label", action="store_true", help="fit the class-conditional mixture to --data")
    src.add_argument("--ridge", type=float, default=0.0, help="added to every fitted covariance (times I)")
    src.add_argument("--mean", help="mean vector file (.npy, .npz, .txt/.csv)")
    src.add_argument("--cov", help="covariance matrix file (.npy, .npz, .txt/.csv)")
    src.add_argument("--mixture", help="mixture file with weights, means, covs (.npz or .safetensors)")
    p.add_argument("--solver", choices=("auto", "dense", "cg"), default="auto",
                   help="mixture normal equations: dense Cholesky, matrix-free CG (degree 2) or auto")
    p.add_argument("--tol", type=float, default=1e-10, help="relative residual for --solver cg (default 1e-10)")
    p.add_argument("-o", "--out", help="coefficient file (.npz or .safetensors; default <model>_approx_deg<N>.npz "
                                       "in the current directory)")
    p.add_argument("--top-k", type=int, default=5, help="eigenvalues shown per output (default 5)")
    p.add_argument("--outputs", type=int, default=10, help="outputs listed in the summary (default 10)")
    p.add_argument("--fvu-samples", type=int, default=20000, help="Monte Carlo samples when FVU is not analytic")
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=run)


def _read_array(path: str, name: str, keys: tuple[str, ...]) -> np.ndarray:
    file = Path(path)
    if not file.is_file():
        raise ValueError(f"--{name} file {path!r} does not exist")
    suffix = file.suffix.lower()
    if suffix == ".npy":
        return np.load(file, allow_pickle=False)
    if suffix == ".npz":
        with np.load(file, allow_pickle=False) as archive:
            for key in keys:
                if key in archive.files:
                    return archive[key]
            if len(archive.files) == 1:
                return archive[archive.files[0]]
            raise ValueError(f"--{name} file {path!r} has no array named {' or '.join(keys)} (found {archive.files})")
    if suffix in (".txt", ".csv", ".tsv", ".dat"):
        return np.loadtxt(file, delimiter="," if suffix == ".csv" else None, ndmin=1)
    raise ValueError(f"--{name} file {path!r}: unknown suffix {suffix!r} (use .npy, .npz, .txt or .csv)")


def read_data(path: str) -> tuple[np.ndarray, np.ndarray | None]:
    """Rows X and optional labels from .npy / .npz (keys X or x or data; labels or y)."""
    X = _read_array(path, "data", ("X", "x", "data", "inputs"))
    labels = None
    if Path(path).suffix.lower() == ".npz":
        with np.load(path, allow_pickle=False) as archive:
            for key in ("labels", "y", "targets"):
                if key in archive.files:
                    labels = archive[key]
                    break
    if X.ndim != 2:
        raise ValueError(f"--data: X must be 2-D (rows = inputs), got shape {X.shape}")
    return X.astype(np.float64), labels


def build_input(args, d: int):
    """The input distribution chosen on the command line, and the data rows (or None)."""
    from ..distributions import Gaussian, GaussianMixture, from_data
    from ..io import load_tensors

    chosen = [name for name, on in (("--data", args.data), ("--mean/--cov", args.mean or args.cov),
                                    ("--mixture", args.mixture)) if on]
    if len(chosen) > 1:
        raise ValueError(f"choose one input distribution, got {' and '.join(chosen)}")
    if args.mixture_by_label and not args.data:
        raise ValueError("--mixture-by-label needs --data FILE.npz with labels")
    X = labels = None
    if args.data:
        X, labels = read_data(args.data)
        if args.mixture_by_label and labels is None:
            raise ValueError(f"--mixture-by-label: {args.data!r} has no labels (store them as 'labels' or 'y' in a .npz)")
        dist = from_data(X, labels if args.mixture_by_label else None, ridge=args.ridge)
        what = (f"class-conditional mixture of {dist.K} Gaussians" if args.mixture_by_label else "Gaussian") + \
            f" fitted to {X.shape[0]} rows of {args.data} (ridge {args.ridge})"
    elif args.mean or args.cov:
        if not (args.mean and args.cov):
            raise ValueError("--mean and --cov must be given together")
        dist = Gaussian(_read_array(args.mean, "mean", ("mean", "mu")).ravel(), _read_array(args.cov, "cov", ("cov", "Sigma")))
        what = f"N(mean from {args.mean}, cov from {args.cov})"
    elif args.mixture:
        t = load_tensors(args.mixture)
        missing = [k for k in ("weights", "means", "covs") if k not in t]
        if missing:
            raise ValueError(f"--mixture {args.mixture!r} lacks {', '.join(missing)} (found {', '.join(sorted(t))})")
        dist = GaussianMixture(t["weights"] / t["weights"].sum(), t["means"], t["covs"])
        what = f"mixture of {dist.K} Gaussians from {args.mixture}"
    else:
        dist = Gaussian(np.zeros(d), np.eye(d))
        what = "N(0, I)"
    if dist.d != d:
        raise ValueError(f"the input distribution has dimension {dist.d} but the model's input dimension is {d}")
    if X is not None and X.shape[1] != d:
        raise ValueError(f"--data rows have {X.shape[1]} columns but the model's input dimension is {d}")
    return dist, what, X


def fvu_of(approx, model, act, X, *, n_samples: int, seed: int) -> tuple[str, float | None]:
    """FVU under the input distribution (the approximant's own estimate) and on data rows X."""
    under = "n/a"
    try:
        res = approx.fvu(n_samples=n_samples, rng=seed) if _accepts(approx.fvu, "rng") else approx.fvu(n_samples=n_samples)
        under = _format_fvu(res)
    except Exception as exc:  # an approximant without this FVU method says why instead of failing the command
        under = f"n/a ({type(exc).__name__}: {exc})"
    on_data = None
    if X is not None:
        f, p = model.forward(X, act), approx(X)
        on_data = float(np.sum((f - p) ** 2) / np.sum((f - f.mean(axis=0)) ** 2))
    return under, on_data


def _accepts(func, name: str) -> bool:
    import inspect
    try:
        return name in inspect.signature(func).parameters
    except (TypeError, ValueError):
        return False


def _format_fvu(res) -> str:
    if hasattr(res, "per_output") and hasattr(res, "value"):  # gaussym.polyapprox.FVUResult
        err = f" +- {res.stderr:.2g} s.e." if res.stderr is not None else ""
        return f"{res.value:.4g}{err} ({res.method}); per output " + " ".join(
            f"{v:.3g}" for v in np.asarray(res.per_output))
    if isinstance(res, dict):
        value = np.asarray(res.get("fvu", res.get("value")))
        err = res.get("stderr", res.get("standard_error"))
        text = np.array2string(np.atleast_1d(value), precision=4, max_line_width=120)
        return text + (f" (+- {np.max(err):.2g} s.e., {res.get('method', '')})" if err is not None else
                       (f" ({res['method']})" if "method" in res else ""))
    if isinstance(res, tuple) and len(res) == 2:
        return f"{np.array2string(np.atleast_1d(res[0]), precision=4)} (+- {np.max(res[1]):.2g} s.e.)"
    return np.array2string(np.atleast_1d(np.asarray(res, float)), precision=4, max_line_width=120)


def run(args) -> int:
    from ..io import MissingDependency, load_model, save_coefficients

    try:
        model = load_model(args.model, kind=args.kind, prefix=args.prefix)
    except MissingDependency as exc:
        print(f"gaussym approx: {exc}", file=sys.stderr)
        return 3
    if args.degree < 1:
        raise ValueError(f"--degree must be >= 1, got {args.degree}")
    if args.top_k < 1:
        raise ValueError(f"--top-k must be >= 1, got {args.top_k}")
    dist, what, X = build_input(args, model.d_in)
    shape = (f"{model.d_in} -> {model.params['W1'].shape[0]} -> {model.d_out}" if model.kind == "mlp"
             else f"{model.d_in} -> {model.params['W'].shape[0]} (GLU) -> {model.d_out}")
    print(f"model   {args.model}: {model.kind.upper()} {shape}, act={args.act}  (tensors: "
          f"{', '.join(f'{k}={v}' for k, v in model.names.items())})")
    print(f"input   {what}")
    approx = None
    print(f"{'degree':>6}  {'time [s]':>9}  {'FVU on data':>11}  FVU under the input distribution (per output)")
    for degree in range(1, args.degree + 1):
        start = time.perf_counter()
        solver = "auto" if args.solver == "cg" and degree != 2 else args.solver  # CG is for degree 2
        kwargs = {} if dist.K == 1 else {"solver": solver, "tol": args.tol}
        approx = model.approx(act=args.act, degree=degree, input=dist, **kwargs)
        seconds = time.perf_counter() - start
        under, on_data = fvu_of(approx, model, args.act, X, n_samples=args.fvu_samples, seed=args.seed)
        data_text = f"{on_data:11.4g}" if on_data is not None else f"{'-':>11}"
        print(f"{degree:>6}  {seconds:9.3f}  {data_text}  {under}")
    if approx.gamma is not None if args.degree >= 2 else False:
        gamma = np.asarray(approx.gamma)
        print(f"top-{args.top_k} interaction-matrix eigenvalues (by |lambda|), degree-{args.degree} approximant:")
        for o in range(min(gamma.shape[0], args.outputs)):
            w = np.linalg.eigvalsh(0.5 * (gamma[o] + gamma[o].T))
            top = w[np.argsort(-np.abs(w))[: args.top_k]]
            print(f"  output {o:>3}: " + "  ".join(f"{v:+.4g}" for v in top))
    S = np.linalg.svd(np.asarray(approx.beta), compute_uv=False)
    print("singular values of beta: " + "  ".join(f"{s:.4g}" for s in S[: max(args.top_k, 10)]))
    out = Path(args.out) if args.out else Path(f"{Path(args.model).stem}_approx_deg{args.degree}.npz")
    try:
        save_coefficients(out, approx, top_k=args.top_k,
                          metadata={"model": str(args.model), "act": args.act, "degree": args.degree, "input": what})
    except MissingDependency as exc:
        print(f"gaussym approx: {exc}", file=sys.stderr)
        return 3
    print(f"wrote   {out}")
    return 0
