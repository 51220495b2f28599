"""numpy kernels vs torch kernels (CPU, float64): moments n <= 8 of gelu, relu, sigmoid.

    python benchmarks/bench_backends.py [--sizes 10000 1000000] [--repeat 3]

Prints a table of the best wall time of ``repeat`` runs per (activation, size, backend) and the ratio
torch / numpy (< 1: torch faster). The kernels are generated once (gaussym codegen --backend torch,
max n 8); (mu, sigma) are random: mu ~ N(0, 2^2), sigma ~ U(0.1, 3) (seed 0), so sigmoid's numeric
remainder takes its split route (sigma >= 0.5) and its direct route (sigma < 0.5).
"""
from __future__ import annotations

import argparse
import time

import numpy as np


def best_time(fn, repeat):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--activations", nargs="+", default=["gelu", "relu", "sigmoid"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--nmax", type=int, default=8)
    args = parser.parse_args(argv)

    import torch

    from gaussym.activations import BUILTIN_EXPRESSIONS
    from gaussym.kernels.codegen import generate_module, load_module

    print(f"torch {torch.__version__}, {torch.get_num_threads()} intra-op threads; numpy {np.__version__}; "
          f"moments n <= {args.nmax}, best of {args.repeat}")
    print(f"{'activation':<11}{'pairs':>10}{'numpy s':>11}{'torch s':>11}{'torch/numpy':>13}{'max rel diff':>14}")
    rng = np.random.default_rng(0)
    for name in args.activations:
        text, params = BUILTIN_EXPRESSIONS[name]
        module = load_module(generate_module(name, text, params, args.nmax, ("numpy", "mpmath", "torch")), name)
        for size in args.sizes:
            mu = rng.normal(0.0, 2.0, size)
            sigma = rng.uniform(0.1, 3.0, size)
            mu_t, sigma_t = torch.from_numpy(mu), torch.from_numpy(sigma)
            out = {}
            t_np = best_time(lambda: out.__setitem__("np", module.moments(args.nmax, mu, sigma)), args.repeat)
            t_t = best_time(lambda: out.__setitem__("t", module.moments_torch(args.nmax, mu_t, sigma_t)), args.repeat)
            ref, got = out["np"], out["t"].numpy()
            diff = float(np.max(np.abs(got - ref) / np.maximum(np.abs(ref), 1e-300)))
            print(f"{name:<11}{size:>10}{t_np:>11.3f}{t_t:>11.3f}{t_t / t_np:>13.2f}{diff:>14.1e}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
