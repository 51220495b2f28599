"""Fraction of variance unexplained: analytic (one Gaussian) vs closed forms and Monte Carlo."""
import numpy as np
import pytest

import gaussym
from gaussym.activations import get_activation
from gaussym.approx import _pair_second_moments
from gaussym.distributions import GaussianMixture


def test_pair_moments_match_arc_cosine_kernel(rng):
    """Zero-mean relu: E[relu(u) relu(v)] = s_u s_v (sin t + (pi - t) cos t) / (2 pi), cos t = rho
    (Cho & Saul), including nearly collinear and anti-collinear pairs."""
    h = 6
    W = rng.normal(size=(h, 3))
    W[1] = W[0] + 1e-6 * rng.normal(size=3)
    W[2] = -W[0]
    C = W @ W.T
    s = np.sqrt(np.diag(C))
    rho = np.clip(C / np.outer(s, s), -1, 1)
    j, l = np.triu_indices(h)
    got = _pair_second_moments(get_activation("relu"), np.zeros(h), s, rho, j, l)
    theta = np.arccos(rho[j, l])
    ref = s[j] * s[l] / (2 * np.pi) * (np.sin(theta) + (np.pi - theta) * np.cos(theta))
    np.testing.assert_allclose(got, ref, rtol=0, atol=1e-14 * ref.max())


def test_pair_moments_identity_and_erf_closed_forms(rng):
    """identity: E[u v] = C_uv + m_u m_v; erf, zero means: E[erf(u) erf(v)] = (2/pi) asin(2 C / sqrt((1+2s_u^2)(1+2s_v^2)))."""
    h = 4
    W = rng.normal(size=(h, 2))
    m = rng.normal(size=h)
    C = W @ W.T
    s = np.sqrt(np.diag(C))
    rho = np.clip(C / np.outer(s, s), -1, 1)
    j, l = np.triu_indices(h)
    got = _pair_second_moments(get_activation("identity"), m, s, rho, j, l)
    np.testing.assert_allclose(got, C[j, l] + m[j] * m[l], rtol=1e-13, atol=1e-13)
    got = _pair_second_moments(get_activation("erf"), np.zeros(h), s, rho, j, l)
    ref = 2 / np.pi * np.arcsin(2 * C[j, l] / np.sqrt((1 + 2 * s[j] ** 2) * (1 + 2 * s[l] ** 2)))
    np.testing.assert_allclose(got, ref, rtol=0, atol=1e-13)


@pytest.mark.parametrize("act", ["relu", "gelu", "erf", "leaky_relu"])
@pytest.mark.parametrize("degree", [1, 2, 3])
def test_analytic_fvu_matches_monte_carlo(rng, act, degree):
    """|analytic - MC| < 5 MC standard errors (delta-method stderr of the ratio, N = 2e5)."""
    d, h = 4, 6
    W1, b1 = rng.normal(size=(h, d)) / 2, rng.normal(size=h)
    W2, b2 = rng.normal(size=(2, h)), rng.normal(size=2)
    A = rng.normal(size=(d, d))
    p = gaussym.mlp_approx(W1, b1, W2, b2, act=act, degree=degree, mean=rng.normal(size=d), cov=A @ A.T / d)
    analytic = p.fvu()
    mc = p.fvu("monte_carlo", n_samples=200_000, rng=rng)
    assert analytic.method == "analytic" and analytic.stderr is None and mc.method == "monte_carlo"
    assert 0 < analytic.value < 1
    assert abs(analytic.value - mc.value) < 5 * mc.stderr, (analytic.value, mc.value, mc.stderr)
    assert analytic.per_output.shape == (2,)


def test_fvu_decreases_with_degree_and_vanishes_for_polynomials(rng):
    W1, b1 = rng.normal(size=(5, 3)), rng.normal(size=5)
    W2, b2 = rng.normal(size=(2, 5)), rng.normal(size=2)
    values = [gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=n).fvu().value for n in (1, 2, 3, 4)]
    assert all(a > b for a, b in zip(values, values[1:]))
    assert gaussym.mlp_approx(W1, b1, W2, b2, act="identity").fvu().value < 1e-14
    if "square" in gaussym.known_activations():
        assert gaussym.mlp_approx(W1, b1, W2, b2, act="square", degree=2).fvu().value < 1e-12


def test_mixture_and_glu_fall_back_to_monte_carlo(rng):
    W1, b1 = rng.normal(size=(4, 2)), rng.normal(size=4)
    W2 = rng.normal(size=(2, 4))
    mix = GaussianMixture([0.5, 0.5], rng.normal(size=(2, 2)), np.stack([np.eye(2)] * 2))
    p = gaussym.mlp_approx(W1, b1, W2, None, act="relu", degree=2, input=mix)
    res = p.fvu(n_samples=50_000, rng=rng)
    assert res.method == "monte_carlo" and res.stderr > 0 and 0 < res.value < 1
    with pytest.raises(ValueError, match="analytic"):
        p.fvu("analytic")
    g = gaussym.glu_approx(W1, b1, W1[::-1], None, W2, act="relu", degree=1)
    assert g.fvu(n_samples=20_000, rng=rng).method == "monte_carlo"


def test_fvu_argument_validation(rng):
    p = gaussym.mlp_approx(np.eye(2), None, np.eye(2), None, act="relu")
    with pytest.raises(ValueError, match="method"):
        p.fvu("exact")
    with pytest.raises(ValueError, match="n_samples"):
        p.fvu("monte_carlo", n_samples=10)
