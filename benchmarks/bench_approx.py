"""Benchmark of gaussym approximants against naive baselines (issue 3 targets).

    python benchmarks/bench_approx.py --quick         # small sizes, < 1 min
    python benchmarks/bench_approx.py                 # the issue's targets except MNIST CG
    python benchmarks/bench_approx.py --full          # + 784-1024-10 under the MNIST class mixture (CG)
    python benchmarks/bench_approx.py --only mnist    # just that case

Columns: case, median wall time (s) over repeats, CPU time (s), peak traced memory (GB, tracemalloc),
solver / iterations / relative residual, agreement with a baseline, baseline time and ratio.
Baselines: dense normal equations (where they fit) and Monte Carlo least squares on N samples
(N chosen so its coefficient error is comparable; its error vs the exact answer is printed).
MNIST (d = 784) comes from /work/shared/data/mnist (IDX files; benchmark only, never tests);
the digits mixture uses scikit-learn's load_digits when installed.
"""
from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import time
import tracemalloc
from itertools import combinations_with_replacement

import numpy as np

import gaussym
from gaussym.distributions import GaussianMixture, from_data

MNIST_DIR = os.environ.get("GAUSSYM_MNIST_DIR", "/work/shared/data/mnist")


def measure(fn, repeats=1):
    """(result, median wall s, cpu s of one run, peak traced GB of one run)."""
    walls = []
    for i in range(repeats):
        if i == 0:
            tracemalloc.start()
        c0, t0 = time.process_time(), time.perf_counter()
        result = fn()
        walls.append(time.perf_counter() - t0)
        if i == 0:
            cpu = time.process_time() - c0
            peak = tracemalloc.get_traced_memory()[1] / 2**30
            tracemalloc.stop()
    return result, statistics.median(walls), cpu, peak


def random_mlp(rng, d, h, o, scale=1.0):
    return (rng.normal(size=(h, d)) * scale * np.sqrt(2.0 / d), rng.normal(size=h) * 0.1,
            rng.normal(size=(o, h)) / np.sqrt(h), rng.normal(size=o) * 0.1)


def random_cov(rng, d, ridge=1e-2):
    A = rng.normal(size=(d, d))
    return A @ A.T / d + ridge * np.eye(d)


def mc_least_squares(net, dist, degree, N, rng, d_limit=None):
    """Naive baseline: sample, build monomial features, lstsq. Returns (predict fn, seconds)."""
    t0 = time.perf_counter()
    X = dist.sample(N, rng)
    mean, sd = X.mean(axis=0), X.std(axis=0) + 1e-12

    def feats(Z):
        Z = (Z - mean) / sd
        cols = [np.ones(len(Z))]
        for l in range(1, degree + 1):
            for combo in combinations_with_replacement(range(Z.shape[1]), l):
                cols.append(np.prod(Z[:, list(combo)], axis=1))
        return np.stack(cols, axis=1)
    Phi = feats(X)
    coef = np.linalg.solve(Phi.T @ Phi, Phi.T @ net(X))       # normal equations of the sample
    return (lambda Z: feats(Z) @ coef), time.perf_counter() - t0


def rel_rms(a, b):
    return float(np.sqrt(np.mean((a - b) ** 2) / np.mean((b - b.mean(axis=0)) ** 2)))


def load_mnist():
    with gzip.open(os.path.join(MNIST_DIR, "t10k-images-idx3-ubyte.gz")) as f:
        X = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 784) / 255.0
    with gzip.open(os.path.join(MNIST_DIR, "t10k-labels-idx1-ubyte.gz")) as f:
        y = np.frombuffer(f.read(), np.uint8, offset=8)
    return X, y


def load_digits_mixture(ridge):
    try:
        from sklearn.datasets import load_digits
    except ImportError:
        return None
    X, y = load_digits(return_X_y=True)
    return from_data(X / 16.0, y, ridge=ridge)


ROWS = []


def row(case, wall, cpu, peak, solver, agreement, baseline="", base_time=None):
    ratio = f"{base_time / wall:.1f}x" if base_time else ""
    line = (case, f"{wall:.3g}", f"{cpu:.3g}", f"{peak:.3g}", solver, agreement, baseline,
            "" if base_time is None else f"{base_time:.3g}", ratio)
    ROWS.append(line)
    print(" | ".join(line), flush=True)


def case_single_gaussian(rng, d, h, degree, repeats):
    W1, b1, W2, b2 = random_mlp(rng, d, h, 10)
    mean, cov = rng.normal(size=d) * 0.1, random_cov(rng, d)

    def run():
        p = gaussym.mlp_approx(W1, b1, W2, b2, act="gelu", degree=degree, mean=mean, cov=cov)
        if degree == 2:
            p.gamma                                        # materialise Gamma (d_out, d, d)
        else:
            p(np.zeros((1, d)))                            # factored form only
        return p
    p, wall, cpu, peak = measure(run, repeats)
    X = p.distribution.sample(2000, rng)
    fvu = p.fvu("monte_carlo", n_samples=20_000, rng=rng)
    agreement = f"FVU(MC) {fvu.value:.3g}+-{fvu.stderr:.1g}"
    base, base_time = "", None
    if d <= 20:
        N = 200_000
        pred, base_time = mc_least_squares(p.network, p.distribution, degree, N, rng)
        agreement += f"; MC-OLS(N={N}) rel.rms diff {rel_rms(pred(X), p(X)):.1e}"
        base = "MC lstsq"
    row(f"{d}-{h}-10 gelu deg {degree}, 1 Gaussian, dense cov", wall, cpu, peak,
        "factored Hermite" + (" + Gamma" if degree == 2 else ""), agreement, base, base_time)
    return p


def case_mixture_dense(rng, mix, h, degree, repeats, label):
    d = mix.d
    W1, b1, W2, b2 = random_mlp(rng, d, h, 10)
    run = lambda: gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=degree, input=mix, solver="dense")  # noqa
    p, wall, cpu, peak = measure(run, repeats)
    cg = gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=degree, input=mix, solver="cg", tol=1e-10) \
        if degree == 2 else None
    X = mix.sample(2000, rng)
    agreement = f"cond {p.info['condition_number']:.2g}"
    if cg is not None:
        agreement += f"; CG({cg.info['iterations']} it, {cg.info['time']:.2g}s) rel.rms diff {rel_rms(cg(X), p(X)):.1e}"
    N = 50_000 if d > 20 else 300_000
    pred, base_time = mc_least_squares(p.network, mix, degree, N, rng)
    agreement += f"; MC-OLS(N={N}) rel.rms diff {rel_rms(pred(X), p(X)):.1e}"
    row(f"{d}-{h}-10 relu deg {degree}, {label}", wall, cpu, peak, p.info["solver"], agreement,
        "MC lstsq", base_time)
    return p


def case_mixture_cg(rng, mix, h, label, tol):
    d = mix.d
    W1, b1, W2, b2 = random_mlp(rng, d, h, 10)
    run = lambda: gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=2, input=mix, solver="cg", tol=tol)  # noqa
    p, wall, cpu, peak = measure(run, 1)
    X = mix.sample(2000, rng)
    fvu = p.fvu("monte_carlo", n_samples=20_000, rng=rng)
    agreement = f"residual {p.info['residual']:.2g}; FVU(MC) {fvu.value:.3g}+-{fvu.stderr:.1g}"
    row(f"{d}-{h}-10 relu deg 2, {label}", wall, cpu, peak,
        f"PCG {p.info['iterations']} it", agreement, "dense D^2 = "
        f"{(d * (d + 3) / 2) ** 2 * 8 / 2**30:.0f} GB: does not fit", None)
    return p


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes")
    parser.add_argument("--full", action="store_true", help="include the 784-1024-10 MNIST mixture (CG, minutes)")
    parser.add_argument("--only", choices=["gaussian", "mixture", "mnist"], help="run one group")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--tol", type=float, default=1e-7, help="CG relative residual for the MNIST case")
    args = parser.parse_args(argv)
    rng = np.random.default_rng(0)
    print(f"# gaussym bench  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
    print("case | median s | cpu s | peak GB | solver | agreement | baseline | baseline s | speed-up", flush=True)
    groups = {args.only} if args.only else {"gaussian", "mixture"} | ({"mnist"} if args.full else set())
    if "gaussian" in groups:
        if args.quick:
            case_single_gaussian(rng, 10, 32, 2, args.repeats)
            case_single_gaussian(rng, 10, 32, 3, args.repeats)
        else:
            case_single_gaussian(rng, 784, 1024, 2, args.repeats)
            case_single_gaussian(rng, 784, 1024, 3, args.repeats)
            case_single_gaussian(rng, 10, 64, 2, args.repeats)
    if "mixture" in groups:
        if args.quick:
            mix = GaussianMixture(None, rng.normal(size=(10, 8)), np.array([random_cov(rng, 8) for _ in range(10)]))
            case_mixture_dense(rng, mix, 32, 2, 1, "10-comp random mixture")
            case_mixture_dense(rng, mix, 32, 3, 1, "10-comp random mixture")
        else:
            digits = load_digits_mixture(ridge=1e-3)
            if digits is None:
                print("(scikit-learn not installed: digits case skipped)", file=sys.stderr)
                mix = GaussianMixture(None, rng.normal(size=(10, 64)),
                                      np.array([random_cov(rng, 64) for _ in range(10)]))
                case_mixture_dense(rng, mix, 256, 2, 3, "10-comp random full-cov mixture")
            else:
                case_mixture_dense(rng, digits, 256, 2, 3, "digits class mixture (ridge 1e-3)")
            small = GaussianMixture(None, rng.normal(size=(10, 12)), np.array([random_cov(rng, 12) for _ in range(10)]))
            case_mixture_dense(rng, small, 64, 3, 1, "10-comp random mixture")
    if "mnist" in groups:
        if not os.path.exists(os.path.join(MNIST_DIR, "t10k-images-idx3-ubyte.gz")):
            print(f"(no MNIST at {MNIST_DIR}: skipped)", file=sys.stderr)
        else:
            X, y = load_mnist()
            case_mixture_cg(rng, from_data(X, y, ridge=1e-2), 1024, "MNIST class mixture (ridge 1e-2)", args.tol)
    print("\n| " + " | ".join(["case", "median s", "cpu s", "peak GB", "solver", "agreement", "baseline",
                                "baseline s", "speed-up"]) + " |")
    print("|" + "---|" * 9)
    for line in ROWS:
        print("| " + " | ".join(line) + " |")


if __name__ == "__main__":
    main()
