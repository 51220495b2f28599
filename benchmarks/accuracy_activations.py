"""Accuracy sweep of gaussym's activation integrals E[x^n act(x)], x ~ N(mu, sigma^2).

Every built-in activation, n = 0..8, mu in [-50, 50], sigma in {0} + log grid [1e-3, 1e3], plus
tail pairs c = -mu/sigma = +-2 .. +-37, against gaussian_expectation_mp at 40 digits (independent
mpmath definitions of the activations below; documented defaults: leaky_relu slope 0.01, elu
alpha 1). Error = |float64 - exact| / E|x^n act(x)|. Cases whose exact value or scale does not fit
float64 (> 1e300 or < 1e-300) are skipped and counted. Two extra rows measure, in the same run,
the public reference implementation's failure modes: 50-point Gauss-Hermite for sigmoid at
sigma = 7, and relu moments as "full moment minus lower tail" in the negative tail.

    python benchmarks/accuracy_activations.py [--quick] [--workers 2] [--write docs/accuracy.md] [--cache F]
"""
from __future__ import annotations

import argparse
import math
import pickle
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import mpmath as mp
import numpy as np

from gaussym.kernels.quadrature import gaussian_expectation_mp

NMAX = 8
DPS = 40
BOUND_CLOSED, BOUND_NUMERIC = 1e-13, 1e-12
NUMERIC = {"sigmoid", "tanh", "silu", "softplus", "mish"}
OVERFLOW, UNDERFLOW = 1e300, 1e-300


def _sigmoid(x):
    return 1 / (1 + mp.exp(-x))


MP_ACTIVATIONS = {           # independent mpmath definitions
    "identity": lambda x: x,
    "relu": lambda x: x if x > 0 else mp.mpf(0),
    "leaky_relu": lambda x: x if x > 0 else mp.mpf(0.01) * x,
    "gelu": lambda x: x * mp.ncdf(x),
    "erf": lambda x: mp.erf(x),
    "exp": lambda x: mp.exp(x),
    "elu": lambda x: x if x > 0 else mp.expm1(x),
    "square": lambda x: x * x,
    "sigmoid": _sigmoid,
    "tanh": lambda x: mp.tanh(x),
    "silu": lambda x: x * _sigmoid(x),
    "softplus": lambda x: mp.log1p(mp.exp(x)),
    "mish": lambda x: x * mp.tanh(mp.log1p(mp.exp(x))),
}


def grid(quick: bool):
    """(mu, sigma) pairs: a product grid plus Gaussian-tail pairs mu = -+c sigma."""
    if quick:
        mus, sigmas, cs, tail_s = [-50.0, -1.0, 0.3, 10.0], [0.0, 1e-3, 1.0, 7.0, 1e3], [10.0, 37.0], [1.0]
    else:
        mus = [-50.0, -20.0, -5.0, -1.0, -0.1, 0.0, 0.3, 2.0, 10.0, 30.0, 50.0]
        sigmas = [0.0] + list(np.geomspace(1e-3, 1e3, 7)) + [7.0]
        cs, tail_s = [2.0, 5.0, 10.0, 20.0, 30.0, 37.0], [1e-3, 1.0, 100.0]
    pairs = [(m, s) for m in mus for s in sigmas]
    pairs += [(sign * c * s, s) for c in cs for s in tail_s for sign in (-1.0, 1.0)]
    return pairs


def _reference(task):
    """(exact, scale) for n = 0..NMAX at one (activation, mu, sigma), as mpf."""
    name, mu, sigma = task
    try:
        return task, mp_reference(name, mu, sigma)
    except ArithmeticError:                   # the reference refused (counted, never silently passed)
        return task, None


def mp_reference(name, mu, sigma):
    with mp.workdps(DPS):
        return gaussian_expectation_mp(MP_ACTIVATIONS[name], range(NMAX + 1), mu, sigma, kinks=(0.0,),
                                       return_abs=True)


def _errors(values, refs):
    """Worst relative error over n and the skipped count, for one (mu, sigma)."""
    worst, where, skipped = 0.0, None, 0
    for n, (exact, scale) in enumerate(refs):
        if scale > OVERFLOW or scale < UNDERFLOW or abs(exact) > OVERFLOW:
            skipped += 1
            continue
        v = values[n]
        err = math.inf if not np.isfinite(v) else float(abs(mp.mpf(float(v)) - exact) / scale)
        if err >= worst:
            worst, where = err, n
    return worst, where, skipped


def gauss_hermite_sigmoid(mu, sigma, nodes=50):
    """The reference implementation's rule: E[x^n sigmoid(x)] by fixed 50-point Gauss-Hermite."""
    z, w = np.polynomial.hermite_e.hermegauss(nodes)
    w = w / w.sum()
    x = mu + sigma * z
    from scipy.special import expit
    return np.array([np.sum(w * x ** n * expit(x)) for n in range(NMAX + 1)])


def naive_relu(mu, sigma):
    """E[x^n relu(x)] as full moment minus lower tail: E[x^(n+1)] - E[x^(n+1); x < 0] (cancels for c >> 0)."""
    from scipy.special import ndtr
    c = -mu / sigma
    pdf = math.exp(-c * c / 2) / math.sqrt(2 * math.pi)
    lower = [ndtr(c), -pdf]                                   # int_-inf^c z^i phi
    for i in range(2, NMAX + 3):
        lower.append(-c ** (i - 1) * pdf + (i - 1) * lower[i - 2])
    full = [0.0 if i % 2 else float(math.prod(range(i - 1, 0, -2))) for i in range(NMAX + 3)]
    out = []
    for n in range(NMAX + 1):
        k = n + 1
        out.append(sum(math.comb(k, i) * mu ** (k - i) * sigma ** i * (full[i] - lower[i]) for i in range(k + 1)))
    return np.array(out)


def _load_cache(path):
    """Reference values keyed by (activation, mu, sigma): they do not depend on gaussym's kernels."""
    if not path:
        return {}
    try:
        with open(path, "rb") as fh:
            data = pickle.load(fh)
        return data["refs"] if data.get("dps") == DPS and data.get("nmax") == NMAX else {}
    except (OSError, EOFError, pickle.UnpicklingError, KeyError):
        return {}


def _save_cache(path, refs):
    if path:
        with open(path, "wb") as fh:
            pickle.dump({"dps": DPS, "nmax": NMAX, "refs": refs}, fh)


def run(quick=False, workers=2, stream=sys.stderr, cache=None):
    import gaussym

    names = sorted(MP_ACTIVATIONS)
    pairs = grid(quick)
    tasks = [(name, m, s) for name in names for m, s in pairs]
    extra = [("sigmoid", m, 7.0) for m in (-1.0, 0.0, 0.3, 2.0)]
    extra += [("relu", -c, 1.0) for c in (2.0, 5.0, 10.0, 20.0, 37.0)]
    tasks += [t for t in extra if t not in tasks]
    t0 = time.perf_counter()
    refs = _load_cache(cache)
    todo = [t for t in tasks if t not in refs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for i, (task, ref) in enumerate(pool.map(_reference, todo, chunksize=4)):
            refs[task] = ref
            if stream and (i + 1) % 50 == 0:
                print(f"  references {i + 1}/{len(todo)} ({time.perf_counter() - t0:.0f} s)", file=stream, flush=True)
    _save_cache(cache, refs)
    rows, ref_failed = [], []
    for name in names:
        mus = np.array([m for m, _ in pairs])
        sigmas = np.array([s for _, s in pairs])
        with np.errstate(all="ignore"):
            values = gaussym.get_activation(name).moments(NMAX, mus, sigmas)
        worst, where, cases, skipped = 0.0, None, 0, 0
        for j, (m, s) in enumerate(pairs):
            if refs[(name, m, s)] is None:
                ref_failed.append((name, m, s))
                skipped += NMAX + 1
                continue
            err, n, skip = _errors(values[:, j], refs[(name, m, s)])
            cases += NMAX + 1 - skip
            skipped += skip
            if n is not None and err >= worst:
                worst, where = err, (n, m, s)
        bound = BOUND_NUMERIC if name in NUMERIC else BOUND_CLOSED
        rows.append((name, cases, skipped, worst, where, bound))
    # the public reference implementation's failure modes, same references
    for label, fn, sel in (("ref. impl.: 50-pt Gauss-Hermite sigmoid, sigma=7", gauss_hermite_sigmoid,
                            [t for t in extra if t[0] == "sigmoid"]),
                           ("ref. impl.: relu full minus lower tail, c=2..37", naive_relu,
                            [t for t in extra if t[0] == "relu"])):
        worst, where, cases = 0.0, None, 0
        for name, m, s in sel:
            err, n, skip = _errors(fn(m, s), refs[(name, m, s)])
            cases += NMAX + 1 - skip
            if n is not None and err >= worst:
                worst, where = err, (n, m, s)
        rows.append((label, cases, 0, worst, where, BOUND_NUMERIC))
    if ref_failed and stream:
        print(f"  reference refused (counted as skipped): {ref_failed}", file=stream)
    return rows, len(pairs), time.perf_counter() - t0


def speed(n_pairs=10_000):
    """Seconds for all n <= 8 at n_pairs random (mu, sigma) per activation."""
    import gaussym
    rng = np.random.default_rng(0)
    mu, sigma = rng.uniform(-50, 50, n_pairs), 10 ** rng.uniform(-3, 3, n_pairs)
    out = {}
    for name in sorted(MP_ACTIVATIONS):
        act = gaussym.get_activation(name)
        act.moments(NMAX, mu[:10], sigma[:10])
        t0 = time.perf_counter()
        with np.errstate(all="ignore"):
            act.moments(NMAX, mu, sigma)
        out[name] = time.perf_counter() - t0
    return out


def format_table(rows):
    lines = ["| activation | cases | skipped | worst error / E|x^n act| | at (n, mu, sigma) | bound | result |",
             "|---|---:|---:|---:|---|---:|---|"]
    for name, cases, skipped, worst, where, bound in rows:
        at = "-" if where is None else f"({where[0]}, {where[1]:.4g}, {where[2]:.4g})"
        status = "pass" if worst <= bound else "FAIL"
        if name.startswith("ref."):
            status = "fails (expected)" if worst > bound else "passes?!"
        lines.append(f"| {name} | {cases} | {skipped} | {worst:.2e} | {at} | {bound:.0e} | {status} |")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small grid (~1-2 min)")
    parser.add_argument("--workers", type=int, default=2, help="processes for the mpmath references")
    parser.add_argument("--write", metavar="PATH", help="write the markdown report (e.g. docs/accuracy.md)")
    parser.add_argument("--cache", metavar="PATH", default=None,
                        help="pickle of the mpmath references, reused across runs (e.g. /tmp/accuracy_refs.pkl)")
    args = parser.parse_args(argv)
    rows, n_pairs, seconds = run(args.quick, args.workers, cache=args.cache)
    table = format_table(rows)
    timing = speed()
    speed_lines = ["| activation | seconds for n = 0..8 at 10^4 (mu, sigma) pairs |", "|---|---:|"]
    speed_lines += [f"| {k} | {v:.3f} |" for k, v in timing.items()]
    print(table)
    print()
    print("\n".join(speed_lines))
    print(f"\n{n_pairs} (mu, sigma) pairs per activation, n = 0..{NMAX}, references at {DPS} digits, {seconds:.0f} s")
    ok = all(r[3] <= r[5] for r in rows if not r[0].startswith("ref."))
    if args.write:
        cmd = "python benchmarks/accuracy_activations.py" + (" --quick" if args.quick else "") + f" --write {args.write}"
        with open(args.write, "w") as fh:
            fh.write(REPORT.format(command=cmd, table=table, speed="\n".join(speed_lines), pairs=n_pairs, nmax=NMAX,
                                   dps=DPS, seconds=seconds))
    return 0 if ok else 1


REPORT = """# Accuracy of the activation integrals

Reproduce: `{command}`

E[x^n act(x)], x ~ N(mu, sigma^2), float64 (`gaussym.get_activation(name).moments`) against
`gaussym.kernels.quadrature.gaussian_expectation_mp` at {dps} digits on independent mpmath
definitions of the activations (leaky_relu slope 0.01, elu alpha 1, gelu = x Phi(x), erf = erf(x)).
Error = |float64 - exact| / E|x^n act(x)|. Grid: {pairs} (mu, sigma) pairs per activation, n = 0..{nmax}:
mu in [-50, 50] x sigma in {{0}} + log grid 1e-3..1e3 (+ 7), and Gaussian-tail pairs mu = -+c sigma,
c = 2..37. "skipped": cases whose exact value or scale is outside [1e-300, 1e300] (e.g. exp at
sigma = 1e3; also any case where the reference quadrature refused to converge, listed on stderr).
The reference's own accuracy is checked against closed forms in tests/test_quadrature.py.

{table}

The two "ref. impl." rows are the public reference implementation's methods, evaluated in the same run
on the same references: a 50-point Gauss-Hermite rule for sigmoid at sigma = 7, and relu moments formed
as full moment minus lower tail at mu = -c (sigma = 1).

Speed of the float64 path (one call, all n = 0..8, 10^4 random pairs, mu in [-50, 50], log-uniform
sigma in [1e-3, 1e3]; shared 2-core machine):

{speed}

Run time of the sweep: {seconds:.0f} s.

"""

BUILDING_BLOCKS = """
Kernels generated for user expressions (`gaussym codegen`): [accuracy_expressions.md](accuracy_expressions.md).

## Building blocks (measured by their own tests)

| block | what | worst relative error | reproduce |
|---|---|---:|---|
| `kernels.special.gauss_tail(_all)` | D_k(c) = int_c^inf (z-c)^k phi(z) dz, k <= 12, c in [-1e3, 40] (282 c values), vs mpmath quad at 40 digits | 1.8e-15 | `python -m pytest -m slow tests/test_special.py -s` |
| `kernels.quadrature.remainder_moments` | E[x^k r(x)], k <= 8, r = sigmoid/tanh/silu remainders, 8 mu in [-50, 50] x 9 sigma in {{0, 1e-3 .. 1e3}}; error / E[abs(x)^k abs(r)] | 8.4e-15 (tanh, k=0, mu=0.7, sigma=3: summation of a cancelling odd integrand; sigmoid 3.3e-15, silu 3.2e-15) | `python -m pytest tests/test_quadrature.py` |
| `kernels.quadrature.gaussian_expectation_mp` | the reference itself vs closed forms (Gaussian moments, relu tail to 1e-198, E[x Phi(x)], E[e^(x/4)] at sigma = 40, E abs(x - t)) at 40 digits | < 1e-34 | `python -m pytest tests/test_quadrature.py -k mp_reference` |

Why the routes: the textbook upward recursion for F_k(c) = int_0^inf t^k e^(-ct - t^2/2) dt loses
~e^(2c sqrt k) (8e-13 at c = 1.5, 1e-11 at c = 2, all digits at c = 10), so gauss_tail uses 16-point
composite Gauss-Legendre in t for c <= 4 and 60-point generalized Gauss-Laguerre (+ the stable downward
recursion) beyond; c^2 in exp(-c^2/2) is formed in double-double (its rounding alone costs c^2 eps =
1.5e-13 at c = 37). mpmath.quad's absolute stopping rule returns false digits for tiny integrands
(7e-10 relative at 1e-200), so the reference uses its own relative criterion per piece.
"""
REPORT += BUILDING_BLOCKS


if __name__ == "__main__":
    sys.exit(main())
