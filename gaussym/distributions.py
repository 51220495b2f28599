"""Input distributions: one Gaussian N(mean, cov) and a Gaussian mixture sum_k pi_k N(mu_k, Sigma_k).

Both are validated on construction (shapes, NaN/inf, symmetric positive-semidefinite
covariances naming the failing component, weights >= 0 summing to 1). Singular PSD
covariances are legal: the least-squares polynomial is then unique on the support.
A Gaussian is a one-component mixture, so every consumer can iterate ``.components``.
"""
from __future__ import annotations

import numpy as np

from gaussym._validate import as_float_array, check_covariance, check_weights


class GaussianMixture:
    """sum_k weights[k] N(means[k], covs[k]); ``means`` (K, d), ``covs`` (K, d, d)."""

    def __init__(self, weights, means, covs):
        means = as_float_array(means, "means", ndim=2)
        K, d = means.shape
        if K < 1 or d < 1:
            raise ValueError(f"means must be (K, d) with K >= 1 and d >= 1, got shape {means.shape}")
        covs = as_float_array(covs, "covs", ndim=3)
        if covs.shape != (K, d, d):
            raise ValueError(f"covs must have shape (K, d, d) = {(K, d, d)} to match means {means.shape}, got {covs.shape}")
        weights = check_weights(np.full(K, 1.0 / K) if weights is None else weights, "weights")
        if weights.shape != (K,):
            raise ValueError(f"weights must have shape (K,) = ({K},) to match means {means.shape}, got {weights.shape}")
        self.weights = weights / weights.sum()
        self.means = means
        self.covs = check_covariance(covs, "covs")

    # --- shape -------------------------------------------------------------------
    @property
    def d(self) -> int:
        return self.means.shape[1]

    @property
    def K(self) -> int:
        return self.means.shape[0]

    # --- moment matching -----------------------------------------------------------
    @property
    def mean(self) -> np.ndarray:
        """Pooled mean m = sum_k pi_k mu_k."""
        return self.weights @ self.means

    @property
    def cov(self) -> np.ndarray:
        """Total covariance P = sum_k pi_k (Sigma_k + (mu_k - m)(mu_k - m)^T)."""
        centred = self.means - self.mean
        within = np.einsum("k,kab->ab", self.weights, self.covs)
        between = (centred * self.weights[:, None]).T @ centred
        total = within + between
        return 0.5 * (total + total.T)

    @property
    def components(self) -> list["Gaussian"]:
        return [Gaussian(self.means[k], self.covs[k], _validated=True) for k in range(self.K)]

    def moment_matched(self) -> "Gaussian":
        return Gaussian(self.mean, self.cov, _validated=True)

    # --- sampling ------------------------------------------------------------------
    def sample(self, n: int, rng=None, *, return_labels: bool = False):
        """n samples (n, d); singular covariances are sampled through their eigendecomposition."""
        rng = np.random.default_rng(rng)
        labels = rng.choice(self.K, size=int(n), p=self.weights)
        out = np.empty((int(n), self.d))
        for k in range(self.K):
            idx = np.flatnonzero(labels == k)
            if idx.size:
                out[idx] = self.means[k] + rng.standard_normal((idx.size, self.d)) @ _sqrt_psd(self.covs[k]).T
        return (out, labels) if return_labels else out

    def __repr__(self):
        return f"{type(self).__name__}(K={self.K}, d={self.d})"


class Gaussian(GaussianMixture):
    """N(mean, cov); ``cov`` a (d, d) symmetric PSD matrix (singular allowed). K = 1."""

    def __init__(self, mean, cov, *, _validated: bool = False):
        if _validated:
            self.weights = np.ones(1)
            self.means = np.asarray(mean, float)[None]
            self.covs = np.asarray(cov, float)[None]
            return
        mean = as_float_array(mean, "mean", ndim=1)
        cov = as_float_array(cov, "cov", ndim=2)
        if cov.shape != (mean.size, mean.size):
            raise ValueError(f"cov must have shape (d, d) = {(mean.size, mean.size)} to match mean {mean.shape}, got {cov.shape}")
        if mean.size < 1:
            raise ValueError("mean must have at least one entry (d >= 1)")
        self.weights = np.ones(1)
        self.means = mean[None]
        self.covs = check_covariance(cov, "cov")[None]

    @property
    def mean(self) -> np.ndarray:
        return self.means[0]

    @property
    def cov(self) -> np.ndarray:
        return self.covs[0]

    def __repr__(self):
        return f"Gaussian(d={self.d})"


def _sqrt_psd(cov: np.ndarray) -> np.ndarray:
    """A square root R with R R^T = cov for a PSD (possibly singular) matrix."""
    vals, vecs = np.linalg.eigh(cov)
    # eigenvalues within rounding of zero are zero: keep samples exactly on the support
    vals[vals <= cov.shape[0] * np.finfo(float).eps * max(vals.max(initial=0.0), 0.0)] = 0.0
    return vecs * np.sqrt(vals)


def from_data(X, labels=None, *, ridge: float = 0.0) -> GaussianMixture:
    """Fit a Gaussian to data X (N, d), or the class-conditional mixture when ``labels`` is given.

    Class weights are the class frequencies; covariances are the maximum-likelihood ones
    plus ``ridge`` * I (a ridge makes nearly singular class covariances well conditioned).
    """
    X = as_float_array(X, "X", ndim=2)
    if X.shape[0] < 1:
        raise ValueError("X must contain at least one row")
    ridge = float(ridge)
    if not np.isfinite(ridge) or ridge < 0:
        raise ValueError(f"ridge must be a finite number >= 0, got {ridge}")
    eye = ridge * np.eye(X.shape[1])
    if labels is None:
        mean = X.mean(axis=0)
        centred = X - mean
        return Gaussian(mean, centred.T @ centred / X.shape[0] + eye)
    labels = np.asarray(labels)
    if labels.shape != (X.shape[0],):
        raise ValueError(f"labels must have shape ({X.shape[0]},) to match X {X.shape}, got {labels.shape}")
    classes = np.unique(labels)
    weights, means, covs = [], [], []
    for c in classes:
        Xc = X[labels == c]
        mean = Xc.mean(axis=0)
        centred = Xc - mean
        weights.append(Xc.shape[0] / X.shape[0])
        means.append(mean)
        covs.append(centred.T @ centred / Xc.shape[0] + eye)
    return GaussianMixture(np.array(weights), np.array(means), np.array(covs))
