"""``gaussym experiment digits|mnist --out DIR``: the paper's experiments on real images.

Trains a single-hidden-layer ReLU MLP with schedule-free AdamW, computes the exact linear
and quadratic approximants under the class-conditional Gaussian mixture at log-spaced
checkpoints, runs the SVD attack and writes results.json, figures and report.md to DIR.
Needs the optional extra: ``pip install torch==2.13.0`` (the pinned CPU build), then
``pip install 'gaussym[experiments]'``. MNIST: ``--data DIR`` holding the IDX files
(t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz, and/or the train-* pair) that
you downloaded yourself; nothing is downloaded at run time.
"""
from __future__ import annotations

import argparse
import sys


def register(subparsers) -> None:
    from ..experiments.pipeline import ExperimentConfig
    defaults = ExperimentConfig()
    p = subparsers.add_parser("experiment", help="the paper's experiments on real digits / MNIST",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dataset", choices=("digits", "mnist"), help="digits: scikit-learn's 8x8 digits; mnist: --data DIR")
    p.add_argument("--out", required=True, help="output directory (report.md, figures, results.json)")
    p.add_argument("--steps", type=int, default=defaults.steps, help=f"training steps (default {defaults.steps})")
    p.add_argument("--hidden", type=int, default=defaults.hidden, help=f"hidden units (default {defaults.hidden})")
    p.add_argument("--seed", type=int, default=defaults.seed)
    p.add_argument("--data", dest="data_dir", help="directory with MNIST IDX files (mnist only)")
    p.add_argument("--checkpoints", type=int, default=defaults.n_checkpoints, help="number of log-spaced checkpoints")
    p.add_argument("--lr", type=float, default=defaults.lr)
    p.add_argument("--weight-decay", type=float, default=defaults.weight_decay)
    p.add_argument("--warmup", type=int, default=defaults.warmup_steps, help="warmup steps of schedule-free AdamW")
    p.add_argument("--batch-size", type=int, default=defaults.batch_size)
    p.add_argument("--ridge", type=float, default=defaults.ridge, help="ridge added to class covariances (times I)")
    p.add_argument("--mixture-samples", type=int, default=defaults.n_mixture_samples)
    p.add_argument("--max-items", type=int, default=None, help="mnist: use at most this many images")
    p.add_argument("--pool", type=int, default=1, help="mnist: average-pool factor (2 -> 14x14 images, d = 196)")
    p.add_argument("--cg-tol", type=float, default=defaults.cg_tol, help="relative residual of the degree-2 CG solves")
    p.add_argument("--no-figures", action="store_true", help="skip matplotlib figures")
    p.add_argument("--no-dense-check", action="store_true", help="skip the dense-vs-CG check on the final checkpoint")
    p.add_argument("--export-demo", metavar="DIR", help="also write <dataset>_mlp.npz and <dataset>_mixture.npz "
                                                        "(float32, the files gaussym demo ships) to DIR")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..experiments.pipeline import ExperimentConfig, export_demo, run_experiment
    from ..io import MissingDependency

    for name in ("steps", "hidden", "checkpoints", "batch_size", "mixture_samples"):
        if getattr(args, name) < 1:
            raise ValueError(f"--{name.replace('_', '-')} must be >= 1, got {getattr(args, name)}")
    if args.dataset == "digits" and (args.data_dir or args.pool != 1):
        raise ValueError("--data and --pool are for mnist; the digits ship inside scikit-learn")
    if args.pool < 1 or 28 % args.pool:
        raise ValueError(f"--pool must divide 28 (1, 2, 4, 7, 14), got {args.pool}")
    if args.dataset == "mnist" and not args.data_dir:
        # checked before the optional packages are imported: a usage error is exit 2 everywhere
        raise ValueError("the mnist experiment needs --data DIR holding the MNIST IDX files")
    config = ExperimentConfig(dataset=args.dataset, out=args.out, steps=args.steps, hidden=args.hidden,
                              seed=args.seed, batch_size=args.batch_size, lr=args.lr, warmup_steps=args.warmup,
                              weight_decay=args.weight_decay, n_checkpoints=args.checkpoints, ridge=args.ridge,
                              n_mixture_samples=args.mixture_samples, data_dir=args.data_dir,
                              max_items=args.max_items, pool=args.pool, cg_tol=args.cg_tol,
                              figures=not args.no_figures,
                              dense_check=not args.no_dense_check, quiet=args.quiet)
    try:
        results = run_experiment(config)
    except MissingDependency as exc:
        print(f"gaussym experiment: {exc}", file=sys.stderr)
        return 3
    last = results["rows"][-1]
    print(f"{args.dataset}: final step {last['step']}: net accuracy {last['test_acc']:.3f}; held-out FVU linear "
          f"{last['fvu1_test']:.4g}, quadratic {last['fvu2_test']:.4g}; total {results['timing']['total_s']:.1f} s")
    print(f"wrote {args.out}/report.md")
    if args.export_demo:
        for path in export_demo(results, args.export_demo):
            print(f"wrote {path}")
    return 0
