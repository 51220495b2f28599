"""Long sweeps (``python -m pytest -m slow tests/test_moments_sweep.py -s``): worst relative errors of
noncentral_moment and master_theorem_coefficients against 40-digit mpmath references.

Measured (seed 2026): see the printed lines; the bar is 1e-13 relative to |exact| on cases without
cancellation to zero (|exact| > 1e-3 x RMS), and 8e-15 x RMS = sqrt(E[prod^2]) everywhere.
"""
import math

import numpy as np
import pytest

from gaussym.moments import master_theorem_coefficients, noncentral_moment
from test_master import random_joint, reference_coefficients, split
from test_moments import reference_moment


@pytest.mark.slow
def test_moment_sweep():
    rng = np.random.default_rng(2026)
    worst_rel = worst_rms = 0.0
    for _ in range(2000):
        d = int(rng.integers(1, 7))
        scale = 10.0 ** rng.uniform(-1, 1)
        a = rng.normal(size=(d, d))
        mean, cov = scale * rng.normal(size=d), scale ** 2 * (a @ a.T / d)
        indices = [int(i) for i in rng.integers(0, d, size=int(rng.integers(1, 9)))]
        exact = reference_moment(mean, cov, indices)
        got = noncentral_moment(mean, cov, indices)
        rms = math.sqrt(noncentral_moment(mean, cov, indices + indices))
        worst_rms = max(worst_rms, float(abs(got - exact)) / rms)
        if abs(exact) > 1e-3 * rms:
            worst_rel = max(worst_rel, float(abs(got - exact) / abs(exact)))
    print(f"\nnoncentral_moment, 2000 cases, order 1..8, d 1..6: worst rel {worst_rel:.2e}, worst / RMS {worst_rms:.2e}")
    assert worst_rel <= 1e-13 and worst_rms <= 8e-15


@pytest.mark.slow
def test_master_sweep():
    rng = np.random.default_rng(2027)
    worst = worst_scale = 0.0
    for _ in range(1000):
        k = int(rng.integers(1, 8))
        args = split(*random_joint(rng, k))
        got = master_theorem_coefficients(*args)
        ref, scale = reference_coefficients(*args, with_scale=True)
        for m in range(k + 1):
            worst_scale = max(worst_scale, float(abs(got[m] - ref[m]) / scale[m]))
            if abs(ref[m]) > 1e-2 * scale[m]:  # no cancellation among the terms of c_m
                worst = max(worst, float(abs(got[m] - ref[m]) / abs(ref[m])))
    print(f"\nmaster_theorem_coefficients, 1000 cases, k 1..7: worst rel {worst:.2e}, "
          f"worst / sum|terms| {worst_scale:.2e}")
    assert worst <= 1e-13 and worst_scale <= 8e-15
