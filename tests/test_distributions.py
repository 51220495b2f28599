"""Gaussian / GaussianMixture: validation, moment matching (law of total covariance), sampling, from_data."""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from gaussym.distributions import Gaussian, GaussianMixture, from_data


def test_moment_matching_against_samples(rng):
    K, d = 3, 2
    means = rng.normal(size=(K, d)) * 2
    covs = np.array([np.eye(d) * (k + 1) for k in range(K)])
    mix = GaussianMixture([0.2, 0.3, 0.5], means, covs)
    X = mix.sample(400_000, rng)
    # per-coordinate sampling standard error of the mean is sqrt(P_aa / N) < 0.005: bound at 6 sigma
    np.testing.assert_allclose(X.mean(axis=0), mix.mean, atol=6 * np.sqrt(mix.cov.diagonal().max() / 4e5))
    np.testing.assert_allclose(np.cov(X.T), mix.cov, atol=0.05)
    exact_mean = 0.2 * means[0] + 0.3 * means[1] + 0.5 * means[2]
    np.testing.assert_allclose(mix.mean, exact_mean, atol=1e-15)
    within = 0.2 * covs[0] + 0.3 * covs[1] + 0.5 * covs[2]
    between = sum(w * np.outer(m - exact_mean, m - exact_mean) for w, m in zip([0.2, 0.3, 0.5], means))
    np.testing.assert_allclose(mix.cov, within + between, atol=1e-14)


def test_gaussian_is_one_component(rng):
    g = Gaussian(np.ones(3), np.eye(3) * 2)
    assert g.K == 1 and g.d == 3 and len(g.components) == 1
    np.testing.assert_array_equal(g.mean, np.ones(3))
    np.testing.assert_array_equal(g.cov, np.eye(3) * 2)
    np.testing.assert_array_equal(g.weights, [1.0])


def test_singular_covariance_samples_stay_on_support(rng):
    a = np.array([1.0, 2.0, -1.0])
    g = Gaussian(np.zeros(3), np.outer(a, a))
    X = g.sample(1000, rng)
    resid = X - np.outer(X @ a / (a @ a), a)
    assert np.abs(resid).max() < 1e-12
    assert np.std(X @ a / np.linalg.norm(a)) == pytest.approx(np.linalg.norm(a), rel=0.1)


@pytest.mark.parametrize("args, message", [
    (([1.0], np.zeros((1, 2)), np.array([[[1.0, 2], [2, 1]]])), "positive semidefinite"),
    (([0.5, 0.5], np.zeros((2, 2)), np.stack([np.eye(2), [[1, 0], [0, -1]]])), r"component 1"),
    (([0.5, 0.6], np.zeros((2, 2)), np.stack([np.eye(2)] * 2)), "sum to 1"),
    (([0.5, 0.5], np.zeros((2, 2)), np.stack([np.eye(3)] * 2)), "covs must have shape"),
    (([1.0], np.full((1, 2), np.nan), np.eye(2)[None]), "NaN"),
    (([0.5, 0.5], np.zeros((2, 2)), np.stack([[[1, 1], [0, 1]]] * 2)), "symmetric"),
])
def test_mixture_validation(args, message):
    with pytest.raises(ValueError, match=message):
        GaussianMixture(*args)


def test_gaussian_validation():
    with pytest.raises(ValueError, match="cov must have shape"):
        Gaussian(np.zeros(2), np.eye(3))
    with pytest.raises(ValueError, match="mean"):
        Gaussian(np.zeros((2, 2)), np.eye(2))


@settings(max_examples=40, deadline=None)
@given(d=st.integers(1, 4), K=st.integers(1, 4), seed=st.integers(0, 2**31 - 1))
def test_random_valid_mixtures_construct(d, K, seed):
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(K, d, max(d - 1, 1)))                  # possibly singular PSD
    mix = GaussianMixture(rng.dirichlet(np.ones(K)), rng.normal(size=(K, d)), A @ np.swapaxes(A, 1, 2))
    assert np.all(np.linalg.eigvalsh(mix.cov) > -1e-10)
    assert mix.sample(5, rng).shape == (5, d)


def test_from_data(rng):
    X = rng.normal(size=(500, 3))
    labels = rng.integers(0, 3, size=500)
    g = from_data(X, ridge=0.1)
    np.testing.assert_allclose(g.cov, np.cov(X.T, bias=True) + 0.1 * np.eye(3), atol=1e-12)
    mix = from_data(X, labels, ridge=1e-3)
    assert mix.K == 3
    np.testing.assert_allclose(mix.weights, np.bincount(labels) / 500)
    np.testing.assert_allclose(mix.means[1], X[labels == 1].mean(axis=0))
    np.testing.assert_allclose(mix.mean, X.mean(axis=0), atol=1e-12)           # pooled mean = data mean
    np.testing.assert_allclose(mix.cov, np.cov(X.T, bias=True) + 1e-3 * np.eye(3), atol=1e-12)  # total covariance
    with pytest.raises(ValueError, match="labels"):
        from_data(X, labels[:10])
    with pytest.raises(ValueError, match="ridge"):
        from_data(X, ridge=-1)
