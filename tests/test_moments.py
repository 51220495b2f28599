"""Noncentral Gaussian moments: numeric recursion and symbolic partition formula.

Reference: an independent enumeration of singleton/pair partitions evaluated in mpmath at
40 digits (no memoisation, no shared code with gaussym). Errors are relative to |exact|; the
well-scaled random cases below measure a worst of ~6e-14 (bar 1e-13), and relative to the RMS
magnitude sqrt(E[prod^2]) (a scale that cannot vanish by cancellation) ~1e-16.
"""
import math
import sys
import subprocess

import mpmath
import numpy as np
import pytest
import sympy
from hypothesis import given, settings, strategies as st

from gaussym.moments import noncentral_moment
from gaussym.symbolic.moments import (cov_symbol, mean_symbol, noncentral_moment_formula, partition_terms,
                                      telephone_number)

TELEPHONE = [1, 1, 2, 4, 10, 26, 76, 232, 764, 2620, 9496]


def reference_moment(mean, cov, indices, dps=40):
    """sum over singleton/pair partitions of positions, evaluated in mpmath (independent code)."""
    with mpmath.workdps(dps):
        def partitions(positions):
            if not positions:
                yield mpmath.mpf(1)
                return
            first, rest = positions[0], positions[1:]
            for value in partitions(rest):
                yield mpmath.mpf(float(mean[first])) * value
            for k, partner in enumerate(rest):
                for value in partitions(rest[:k] + rest[k + 1:]):
                    yield mpmath.mpf(float(cov[first, partner])) * value
        return mpmath.fsum(partitions(tuple(indices)))


def random_case(rng, d):
    a = rng.normal(size=(d, d))
    return rng.normal(size=d), a @ a.T / d


def test_random_cases_up_to_order_8_relative_error(rng):
    worst = 0.0
    for _ in range(150):
        d = int(rng.integers(1, 5))
        mean, cov = random_case(rng, d)
        indices = [int(i) for i in rng.integers(0, d, size=int(rng.integers(0, 9)))]
        exact = reference_moment(mean, cov, indices)
        got = noncentral_moment(mean, cov, indices)
        rms = math.sqrt(noncentral_moment(mean, cov, indices + indices))
        assert abs(got - exact) <= 1e-15 * rms * 8, (indices, got, exact)
        if abs(exact) > 1e-3 * rms:  # not a cancellation-to-zero case: plain relative error
            worst = max(worst, float(abs(got - exact) / abs(exact)))
    assert worst <= 1e-13, worst


def test_univariate_closed_form():
    # E[X^n] = sum_k C(n, 2k) mu^(n-2k) sigma^(2k) (2k-1)!!
    for mu, sigma in [(0.0, 1.0), (1.3, 0.7), (-2.0, 3.0), (0.5, 0.0)]:
        for n in range(11):
            exact = sum(math.comb(n, 2 * k) * mu ** (n - 2 * k) * sigma ** (2 * k) * math.prod(range(1, 2 * k, 2))
                        for k in range(n // 2 + 1))
            got = noncentral_moment([mu], [[sigma ** 2]], [0] * n)
            assert got == pytest.approx(exact, rel=1e-14, abs=1e-300)


def test_isserlis_zero_mean():
    rng = np.random.default_rng(1)
    _, cov = random_case(rng, 4)
    zero = np.zeros(4)
    s = cov
    assert noncentral_moment(zero, cov, [0, 1, 2, 3]) == pytest.approx(
        s[0, 1] * s[2, 3] + s[0, 2] * s[1, 3] + s[0, 3] * s[1, 2], rel=1e-14)
    for odd in ([0], [0, 1, 2], [1, 1, 3, 2, 0]):
        assert noncentral_moment(zero, cov, odd) == 0.0
    assert noncentral_moment(zero, cov, [2] * 6) == pytest.approx(15 * s[2, 2] ** 3, rel=1e-14)


def test_monte_carlo_agrees_within_stated_bound():
    """Independent of any formula: 400k samples, |error| <= 5 standard errors (false alarm ~6e-7)."""
    rng = np.random.default_rng(7)
    mean = np.array([0.5, -0.3, 1.0])
    cov = np.array([[1.0, 0.3, -0.2], [0.3, 0.8, 0.1], [-0.2, 0.1, 0.5]])
    samples = rng.multivariate_normal(mean, cov, size=400_000)
    for indices in ([0, 1], [0, 0, 2], [0, 1, 2, 2]):
        prod = np.prod(samples[:, indices], axis=1)
        stderr = prod.std() / math.sqrt(len(prod))
        assert abs(noncentral_moment(mean, cov, indices) - prod.mean()) <= 5 * stderr


def test_batch_broadcasting_matches_loop(rng):
    means = rng.normal(size=(5, 1, 3))
    a = rng.normal(size=(4, 3, 3))
    covs = a @ np.swapaxes(a, 1, 2)
    got = noncentral_moment(means, covs, [0, 1, 1, 2])
    assert got.shape == (5, 4)
    for i in range(5):
        for j in range(4):
            assert got[i, j] == pytest.approx(noncentral_moment(means[i, 0], covs[j], [0, 1, 1, 2]), rel=1e-15)
    assert noncentral_moment(means, covs, []).shape == (5, 4)
    assert isinstance(noncentral_moment([1.0], [[1.0]], [0, 0]), float)


def test_order_ten_batch_is_fast():
    rng = np.random.default_rng(3)
    mean = rng.normal(size=(1000, 10))
    a = rng.normal(size=(1000, 10, 10))
    cov = a @ np.swapaxes(a, 1, 2) / 10
    import time
    start = time.perf_counter()
    noncentral_moment(mean, cov, list(range(10)))
    assert time.perf_counter() - start < 2.0


def test_high_order_and_empty_dimension():
    # E[Z^60] = 59!! for a standard normal; 2^? states only (one distinct index): fast and exact-ish
    assert noncentral_moment([0.0], [[1.0]], [0] * 60) == pytest.approx(float(math.prod(range(1, 60, 2))), rel=1e-13)
    assert noncentral_moment(np.zeros(0), np.zeros((0, 0)), []) == 1.0


def test_singular_psd_covariance_and_float32():
    cov = np.array([[1.0, 1.0], [1.0, 1.0]], dtype=np.float32)  # X_1 = X_0 almost surely
    assert noncentral_moment(np.array([0.5, 0.5], np.float32), cov, [0, 1]) == pytest.approx(
        noncentral_moment([0.5], [[1.0]], [0, 0]))


def test_high_precision_mode():
    mean = np.array([0.1, 0.7])
    cov = np.array([[1.0, 0.3], [0.3, 2.0]])
    got = noncentral_moment(mean, cov, [0, 0, 1, 1, 1], dps=50)
    assert isinstance(got, mpmath.mpf)
    with mpmath.workdps(50):
        assert abs(got - reference_moment(mean, cov, [0, 0, 1, 1, 1], dps=60)) < mpmath.mpf(10) ** -45
    batched = noncentral_moment(np.stack([mean, -mean]), cov, [0, 1], dps=30)
    assert batched.dtype == object and batched.shape == (2,)
    assert float(batched[1]) == pytest.approx(noncentral_moment(-mean, cov, [0, 1]), rel=1e-15)


@pytest.mark.parametrize("kwargs, phrase", [
    (dict(mean=[0.0, 1.0], cov=np.eye(2), indices=[0, 2]), r"indices\[1\] = 2 is out of range"),
    (dict(mean=[0.0, 1.0], cov=np.eye(2), indices=[-1]), r"indices\[0\] = -1"),
    (dict(mean=[0.0, 1.0], cov=np.eye(2), indices=[0.5]), "not an integer"),
    (dict(mean=[0.0, 1.0], cov=np.eye(2), indices="01"), "sequence"),
    (dict(mean=[0.0, 1.0], cov=np.eye(3), indices=[0]), "mean has d = 2"),
    (dict(mean=[0.0, np.nan], cov=np.eye(2), indices=[0]), "mean contains NaN"),
    (dict(mean=[0.0, 1.0], cov=[[1.0, 0.5], [0.0, 1.0]], indices=[0]), "cov is not symmetric"),
    (dict(mean=[0.0, 1.0], cov=[[1.0, 2.0], [2.0, 1.0]], indices=[0]), "not positive semidefinite"),
    (dict(mean=np.zeros((3, 2)), cov=np.stack([np.eye(2)] * 4), indices=[0]), "do not broadcast"),
    (dict(mean=1.0, cov=[[1.0]], indices=[0]), "mean must have shape"),
    (dict(mean=[0.0], cov=[[1.0]], indices=[0], dps=5), "dps"),
    (dict(mean=np.zeros(30), cov=np.eye(30), indices=list(range(30))), "sub-moments"),
    (dict(mean=[0.0], cov=[[1.0]], indices=[0] * 301), "maximum 300"),
])
def test_validation_messages(kwargs, phrase):
    with pytest.raises(ValueError, match=phrase):
        noncentral_moment(**kwargs)


@settings(max_examples=60, deadline=None)
@given(d=st.integers(1, 4), batch=st.lists(st.integers(1, 3), max_size=2),
       indices=st.lists(st.integers(0, 3), max_size=6), seed=st.integers(0, 2 ** 31))
def test_property_shapes_and_finiteness(d, batch, indices, seed):
    rng = np.random.default_rng(seed)
    a = rng.normal(size=tuple(batch) + (d, d))
    mean = rng.normal(size=tuple(batch) + (d,))
    cov = a @ np.swapaxes(a, -1, -2)
    indices = [i % d for i in indices]
    got = noncentral_moment(mean, cov, indices)
    assert np.shape(got) == tuple(batch)
    assert np.all(np.isfinite(got))


# -- symbolic -----------------------------------------------------------------------------
def test_telephone_term_counts():
    for n, count in enumerate(TELEPHONE):
        assert telephone_number(n) == count
        assert len(partition_terms(range(1, n + 1))) == count
    # repeated indices: same number of partitions of positions, fewer distinct monomials
    assert len(partition_terms([1, 1, 2, 3])) == 10
    assert len(noncentral_moment_formula([1, 1, 2, 3]).args) == 7


def test_formula_small_cases():
    mu1, mu2 = mean_symbol(1), mean_symbol(2)
    assert noncentral_moment_formula([]) == 1
    assert noncentral_moment_formula([2, 1]) == mu1 * mu2 + cov_symbol(1, 2)
    assert cov_symbol(2, 1) == cov_symbol(1, 2) and cov_symbol(1, 12) != cov_symbol(11, 2)
    assert noncentral_moment_formula([1, 1, 1]) == mu1 ** 3 + 3 * mu1 * cov_symbol(1, 1)


def test_formula_matches_numeric(rng):
    mean, cov = random_case(rng, 4)
    for indices in ([0, 1, 2, 3], [0, 0, 1, 3, 3, 3], [2, 2, 2, 2, 1], list(range(4)) * 2):
        expr = noncentral_moment_formula(indices)
        values = {mean_symbol(i): mean[i] for i in range(4)}
        values.update({cov_symbol(i, j): cov[i, j] for i in range(4) for j in range(i, 4)})
        symbolic = float(expr.xreplace({k: sympy.Float(v, 30) for k, v in values.items()}))
        assert symbolic == pytest.approx(float(reference_moment(mean, cov, indices)), rel=1e-13)


def test_numeric_path_does_not_import_sympy():
    code = ("import sys, gaussym; gaussym.noncentral_moment([0.0, 1.0], [[1, 0], [0, 1]], [0, 1]);"
            "gaussym.master_theorem_coefficients(0.0, 1.0, [1.0], [[1.0]], [0.5]); print('sympy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_many_moments_share_one_table(rng):
    from gaussym import noncentral_moments
    mean = rng.normal(size=(6, 3))
    a = rng.normal(size=(6, 3, 3))
    cov = a @ np.swapaxes(a, 1, 2)
    sets = [[], [0], [1, 2], [0, 0, 1, 2], [2, 2, 2, 2]]
    got = noncentral_moments(mean, cov, sets)
    assert got.shape == (5, 6) and got.dtype == float
    for row, indices in enumerate(sets):
        assert np.array_equal(got[row], noncentral_moment(mean, cov, indices))
    single = noncentral_moments(mean[0], cov[0], sets, dps=30)
    assert single.shape == (5,) and single.dtype == object
    assert [float(v) for v in single] == pytest.approx(list(got[:, 0]), rel=1e-14)
    with pytest.raises(ValueError, match=r"index_sets\[1\]\[0\] = 3 is out of range"):
        noncentral_moments(mean, cov, [[0], [3]])
    with pytest.raises(ValueError, match="index_sets must be"):
        noncentral_moments(mean, cov, 3)
