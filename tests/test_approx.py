"""mlp_approx / glu_approx / PolyApprox: exact identities, Monte Carlo OLS with a stated bound, structure.

Monte Carlo check (``wald_statistic``): if p is the exact least-squares polynomial then the
residual r = f - p is uncorrelated with every feature, so regressing r on the features of N
fresh samples gives coefficients c that are asymptotically N(0, Cov_sandwich / N) and the Wald
statistic c^T Cov^-1 c ~ chi^2 with (#features) degrees of freedom. We reject at p < 1e-6
per output, i.e. a correct implementation fails one of these tests with probability ~1e-5.
The same statistic detects an error of a few standard errors (``test_wald_has_power``).
"""
from itertools import combinations_with_replacement

import numpy as np
import pytest
from scipy import stats

import gaussym
from gaussym.distributions import Gaussian, GaussianMixture
from gaussym.polyapprox import MemoryBudgetError


def activation_or_skip(name):
    try:
        gaussym.get_activation(name)
    except (ModuleNotFoundError, ValueError, ImportError) as exc:   # kernel not generated yet
        pytest.skip(f"activation {name!r} unavailable: {exc}")
    return name


def random_layer(rng, d, h, o):
    return (rng.normal(size=(h, d)) / np.sqrt(d), rng.normal(size=h) * 0.5,
            rng.normal(size=(o, h)) / np.sqrt(h), rng.normal(size=o))


def random_cov(rng, d, ridge=0.1):
    A = rng.normal(size=(d, d))
    return A @ A.T / d + ridge * np.eye(d)


def random_mixture(rng, d, K):
    return GaussianMixture(rng.dirichlet(np.ones(K) * 3), rng.normal(size=(K, d)),
                           np.array([random_cov(rng, d) for _ in range(K)]))


def features(X, n):
    """All monomials of degree <= n of the standardised inputs (the basis does not change the test)."""
    Z = (X - X.mean(axis=0)) / X.std(axis=0)
    cols = [np.ones(len(X))]
    for l in range(1, n + 1):
        for combo in combinations_with_replacement(range(X.shape[1]), l):
            cols.append(np.prod(Z[:, list(combo)], axis=1))
    return np.stack(cols, axis=1)


def wald_statistic(p, n, N, rng, shift=0.0):
    """Per-output Wald statistic of regressing f - p (- shift) on degree-<=n features; and the dof."""
    X = p.distribution.sample(N, rng)
    Phi = features(X, n)
    R = p.network(X) - p(X) - shift
    G_inv = np.linalg.inv(Phi.T @ Phi)
    C = G_inv @ Phi.T @ R
    res = R - Phi @ C
    out = []
    for o in range(R.shape[1]):
        cov = G_inv @ ((Phi * res[:, o:o + 1] ** 2).T @ Phi) @ G_inv
        out.append(C[:, o] @ np.linalg.solve(cov, C[:, o]))
    return np.array(out), Phi.shape[1]


def assert_wald(p, n, rng, N=100_000):
    wald, dof = wald_statistic(p, n, N, rng)
    bound = stats.chi2.ppf(1 - 1e-6, dof)
    assert np.all(wald < bound), f"Wald {wald} >= chi2_{dof} 1-1e-6 quantile {bound:.1f}: not the OLS optimum"


def coefs_eval(p, X):
    """Evaluate the materialised coefficient tensors (independent of the factored __call__)."""
    out = np.broadcast_to(p.coefs[0], (len(X), p.d_out)).copy()
    letters = "abcdefgh"
    for l, T in enumerate(p.coefs[1:], start=1):
        idx = letters[:l]
        out += np.einsum(f"o{idx}," + ",".join(f"n{c}" for c in idx) + "->no", T, *([X] * l))
    return out


# ---------------------------------------------------------------------------------------------
# exact identities
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("degree", [1, 2, 3])
def test_identity_reproduces_linear_layer(rng, degree):
    W1, b1, W2, b2 = random_layer(rng, 4, 6, 3)
    p = gaussym.mlp_approx(W1, b1, W2, b2, act="identity", degree=degree,
                           mean=rng.normal(size=4), cov=random_cov(rng, 4))
    np.testing.assert_allclose(p.beta, W2 @ W1, rtol=0, atol=1e-13)
    np.testing.assert_allclose(p.alpha, W2 @ b1 + b2, rtol=0, atol=1e-13)
    for T in p.coefs[2:]:
        assert np.abs(T).max() < 1e-13


def test_identity_under_mixture_is_exact(rng):
    W1, b1, W2, b2 = random_layer(rng, 3, 5, 2)
    p = gaussym.mlp_approx(W1, b1, W2, b2, act="identity", degree=2, input=random_mixture(rng, 3, 3))
    np.testing.assert_allclose(p.beta, W2 @ W1, atol=1e-11)
    np.testing.assert_allclose(p.alpha, W2 @ b1 + b2, atol=1e-11)
    assert np.abs(p.gamma).max() < 1e-11


def test_relu_standard_normal_half_slope(rng):
    W1, _, W2, b2 = random_layer(rng, 5, 7, 3)
    p = gaussym.mlp_approx(W1, None, W2, b2, act="relu", degree=1)
    np.testing.assert_allclose(p.beta, W2 @ W1 / 2, rtol=0, atol=1e-13)
    # alpha = b2 + W2 E[relu(u_j)] = b2 + W2 s_j / sqrt(2 pi)
    np.testing.assert_allclose(p.alpha, b2 + W2 @ (np.linalg.norm(W1, axis=1) / np.sqrt(2 * np.pi)), atol=1e-13)


def test_square_network_reproduced_at_degree_2(rng):
    activation_or_skip("square")
    W1, b1, W2, b2 = random_layer(rng, 4, 6, 2)
    mean, cov = rng.normal(size=4), random_cov(rng, 4)
    X = rng.normal(size=(50, 4)) * 3
    for kwargs in (dict(mean=mean, cov=cov), dict(input=random_mixture(rng, 4, 3))):
        p = gaussym.mlp_approx(W1, b1, W2, b2, act="square", degree=2, **kwargs)
        np.testing.assert_allclose(p(X), p.network(X), rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("mixture", [False, True])
def test_bilinear_glu_reproduced_at_degree_2(rng, mixture):
    d, h = 4, 5
    W, V = rng.normal(size=(h, d)), rng.normal(size=(h, d))
    b1, b2 = rng.normal(size=h), rng.normal(size=h)
    W2, b_out = rng.normal(size=(3, h)), rng.normal(size=3)
    dist = random_mixture(rng, d, 3) if mixture else Gaussian(rng.normal(size=d), random_cov(rng, d))
    p = gaussym.glu_approx(W, b1, V, b2, W2, b_out, act="identity", degree=2, input=dist)
    X = rng.normal(size=(40, d)) * 2
    np.testing.assert_allclose(p(X), p.network(X), rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(coefs_eval(p, X), p.network(X), rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(p.gamma, np.swapaxes(p.gamma, 1, 2), atol=1e-14)


def test_glu_without_w2_is_elementwise(rng):
    d, h = 3, 4
    W, V = rng.normal(size=(h, d)), rng.normal(size=(h, d))
    p = gaussym.glu_approx(W, None, V, None, act="identity", degree=2)
    X = rng.normal(size=(10, d))
    assert p.d_out == h
    np.testing.assert_allclose(p(X), (X @ W.T) * (X @ V.T), atol=1e-12)


# ---------------------------------------------------------------------------------------------
# factored evaluation == materialised coefficients; K = 1 mixture path == factored path
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("degree", [1, 2, 3])
@pytest.mark.parametrize("layer", ["mlp", "glu"])
def test_factored_call_matches_coefficients(rng, degree, layer):
    d, h = 4, 6
    mean, cov = rng.normal(size=d), random_cov(rng, d)
    if layer == "mlp":
        W1, b1, W2, b2 = random_layer(rng, d, h, 3)
        p = gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=degree, mean=mean, cov=cov)
    else:
        p = gaussym.glu_approx(rng.normal(size=(h, d)), rng.normal(size=h), rng.normal(size=(h, d)),
                               rng.normal(size=h), rng.normal(size=(3, h)), None, act="relu", degree=degree,
                               mean=mean, cov=cov)
    X = rng.normal(size=(30, d)) + mean
    np.testing.assert_allclose(coefs_eval(p, X), p(X), rtol=1e-11, atol=1e-11)
    for T in p.coefs[2:]:                                    # symmetric tensors
        np.testing.assert_allclose(T, np.swapaxes(T, 1, 2), atol=1e-13)


@pytest.mark.parametrize("degree", [1, 2, 3])
@pytest.mark.parametrize("layer", ["mlp", "glu"])
def test_one_component_mixture_equals_factored(rng, degree, layer):
    d, h = 3, 5
    mean, cov = rng.normal(size=d), random_cov(rng, d)
    W, b1, W2, b2 = random_layer(rng, d, h, 2)
    V, c = rng.normal(size=(h, d)), rng.normal(size=h)
    solvers = ["dense", "cg"] if degree == 2 else ["dense"]
    for solver in solvers:
        if layer == "mlp":
            run = lambda s: gaussym.mlp_approx(W, b1, W2, b2, act="relu", degree=degree, mean=mean, cov=cov, solver=s)
        else:
            run = lambda s: gaussym.glu_approx(W, b1, V, c, W2, b2, act="relu", degree=degree, mean=mean, cov=cov, solver=s)
        factored, via_mixture = run("auto"), run(solver)
        assert factored.info["solver"] == "none" and via_mixture.info["solver"] != "none"
        for a, b in zip(factored.coefs, via_mixture.coefs):
            np.testing.assert_allclose(b, a, rtol=1e-9, atol=1e-9 * np.abs(a).max())


def test_cg_equals_dense_cholesky(rng):
    d, h, K = 10, 16, 4
    W1, b1, W2, b2 = random_layer(rng, d, h, 3)
    mix = random_mixture(rng, d, K)
    dense = gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=2, input=mix, solver="dense")
    cg = gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=2, input=mix, solver="cg", tol=1e-12)
    assert dense.info["solver"] == "dense-cholesky" and cg.info["solver"] == "matrix-free-pcg"
    assert cg.info["residual"] <= 1e-12 and 0 < cg.info["iterations"] < 200
    for a, b in zip(dense.coefs, cg.coefs):
        np.testing.assert_allclose(b, a, rtol=1e-9, atol=1e-9 * np.abs(a).max())


# ---------------------------------------------------------------------------------------------
# Monte Carlo least squares (Wald test at p < 1e-6, see module docstring)
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("degree", [1, 2, 3])
@pytest.mark.parametrize("act", ["relu", "leaky_relu", "gelu"])
def test_mlp_single_gaussian_monte_carlo(rng, degree, act):
    activation_or_skip(act)
    W1, b1, W2, b2 = random_layer(rng, 3, 5, 2)
    p = gaussym.mlp_approx(W1, b1, W2, b2, act=act, degree=degree, mean=rng.normal(size=3), cov=random_cov(rng, 3))
    assert_wald(p, degree, rng)


@pytest.mark.parametrize("degree", [1, 2, 3])
@pytest.mark.parametrize("act", ["relu", "sigmoid"])
def test_glu_single_gaussian_monte_carlo(rng, degree, act):
    activation_or_skip(act)
    d, h = 3, 4
    p = gaussym.glu_approx(rng.normal(size=(h, d)), rng.normal(size=h), rng.normal(size=(h, d)), rng.normal(size=h),
                           rng.normal(size=(2, h)), rng.normal(size=2), act=act, degree=degree,
                           mean=rng.normal(size=d), cov=random_cov(rng, d))
    assert_wald(p, degree, rng)


@pytest.mark.parametrize("degree", [1, 2, 3])
@pytest.mark.parametrize("layer", ["mlp", "glu"])
def test_mixture_monte_carlo(rng, degree, layer):
    d, h = 3, 4
    mix = random_mixture(rng, d, 3)
    if layer == "mlp":
        W1, b1, W2, b2 = random_layer(rng, d, h, 2)
        p = gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=degree, input=mix)
    else:
        p = gaussym.glu_approx(rng.normal(size=(h, d)), rng.normal(size=h), rng.normal(size=(h, d)),
                               rng.normal(size=h), rng.normal(size=(2, h)), None, act="relu", degree=degree, input=mix)
    assert p.info["solver"] == "dense-cholesky"
    assert_wald(p, degree, rng)


def test_wald_has_power(rng):
    """A shift of the constant by 0.02 (a few MC standard errors at N = 1e5) must be detected."""
    W1, b1, W2, b2 = random_layer(rng, 3, 5, 2)
    p = gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=2, input=random_mixture(rng, 3, 2))
    wald, dof = wald_statistic(p, 2, 100_000, rng, shift=0.02)
    assert np.all(wald > stats.chi2.ppf(1 - 1e-6, dof))


# ---------------------------------------------------------------------------------------------
# singular covariances: compare with the approximant of the layer on the latent coordinates
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("degree", [1, 2, 3])
def test_singular_gaussian_matches_latent_problem(rng, degree):
    d, r, h = 5, 2, 6
    A = rng.normal(size=(d, r))                      # x = mu + A z, z ~ N(0, I_r): rank-2 covariance
    mu = rng.normal(size=d)
    W1, b1, W2, b2 = random_layer(rng, d, h, 2)
    p = gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=degree, mean=mu, cov=A @ A.T)
    latent = gaussym.mlp_approx(W1 @ A, b1 + W1 @ mu, W2, b2, act="relu", degree=degree)
    Z = rng.normal(size=(100, r))
    np.testing.assert_allclose(p(mu + Z @ A.T), latent(Z), rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("degree", [1, 2])
def test_singular_mixture_matches_latent_problem(rng, degree):
    d, r, h, K = 4, 2, 5, 3
    A = rng.normal(size=(d, r))
    mu0 = rng.normal(size=d)
    latent_mix = random_mixture(rng, r, K)
    mix = GaussianMixture(latent_mix.weights, mu0 + latent_mix.means @ A.T,
                          np.einsum("ar,krs,bs->kab", A, latent_mix.covs, A))
    W1, b1, W2, b2 = random_layer(rng, d, h, 2)
    p = gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=degree, input=mix)
    latent = gaussym.mlp_approx(W1 @ A, b1 + W1 @ mu0, W2, b2, act="relu", degree=degree, input=latent_mix)
    assert p.info["whitened_dimension"] == r
    Z = latent_mix.sample(100, rng)
    np.testing.assert_allclose(p(mu0 + Z @ A.T), latent(Z), rtol=1e-8, atol=1e-8)


def test_dead_units_and_zero_rows(rng):
    W1, b1, W2, b2 = random_layer(rng, 3, 4, 2)
    W1[1] = 0.0                                        # zero row: constant unit relu(b1_1)
    p = gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=3, mean=np.ones(3), cov=np.eye(3))
    q = gaussym.mlp_approx(np.delete(W1, 1, 0), np.delete(b1, 1), np.delete(W2, 1, 1),
                           b2 + W2[:, 1] * max(b1[1], 0), act="relu", degree=3, mean=np.ones(3), cov=np.eye(3))
    for a, b in zip(p.coefs, q.coefs):
        np.testing.assert_allclose(a, b, atol=1e-12)


# ---------------------------------------------------------------------------------------------
# interpretation helpers, shapes, dtypes, validation, memory guard
# ---------------------------------------------------------------------------------------------
def test_interaction_matrix_eigen_svd(rng):
    W1, b1, W2, b2 = random_layer(rng, 5, 8, 3)
    p = gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=2, mean=rng.normal(size=5), cov=random_cov(rng, 5))
    u = rng.normal(size=3)
    np.testing.assert_allclose(p.interaction_matrix(1), p.gamma[1], atol=1e-14)
    np.testing.assert_allclose(p.interaction_matrix(u), np.einsum("o,oab->ab", u, p.gamma), atol=1e-13)
    vals, vecs = p.eigen(0, k=2)
    assert vals.shape == (2,) and vecs.shape == (5, 2) and abs(vals[0]) >= abs(vals[1])
    np.testing.assert_allclose(p.gamma[0] @ vecs, vecs * vals, atol=1e-12)
    U, s, Vt = p.svd()
    np.testing.assert_allclose((U * s) @ Vt, p.beta, atol=1e-13)
    one = gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=1)
    assert one.gamma is None and np.all(one.interaction_matrix(0) == 0)


def test_float32_inputs_and_tiny_shapes(rng):
    W1, b1, W2, b2 = random_layer(rng, 1, 1, 1)
    p = gaussym.mlp_approx(W1.astype(np.float32), b1.astype(np.float32), W2, b2, act="relu", degree=3)
    assert p.beta.dtype == np.float64 and p.beta.shape == (1, 1) and p.coefs[3].shape == (1, 1, 1, 1)
    out = p(np.zeros(1, np.float32))
    assert out.shape == (1,) and out.dtype == np.float64


@pytest.mark.parametrize("kwargs, message", [
    (dict(degree=0), "degree"),
    (dict(mean=np.zeros(4)), "mean"),
    (dict(cov=np.eye(4)), "cov"),
    (dict(cov=np.array([[1.0, 2, 0], [0, 1, 0], [0, 0, 1]])), "symmetric"),
    (dict(cov=np.diag([1.0, -1, 1])), "positive semidefinite"),
    (dict(mean=np.zeros((2, 3)), weights=[0.7, 0.7]), "sum to 1"),
    (dict(mean=np.zeros((2, 3)), weights=[-0.5, 1.5]), "non-negative"),
    (dict(mean=np.zeros((2, 3)), weights=[0.2, 0.3, 0.5]), "disagree"),
    (dict(act="no_such_activation"), "no_such_activation"),
    (dict(input=Gaussian(np.zeros(2), np.eye(2))), "dimension"),
    (dict(input=Gaussian(np.zeros(3), np.eye(3)), mean=np.zeros(3)), "not both"),
    (dict(mean=np.zeros((2, 3)), solver="magic"), "solver"),
])
def test_validation_messages(rng, kwargs, message):
    W1, b1, W2, b2 = random_layer(rng, 3, 4, 2)
    with pytest.raises(ValueError, match=message):
        gaussym.mlp_approx(W1, b1, W2, b2, **{"act": "relu", **kwargs})


def test_shape_mismatch_names_arrays(rng):
    W1, b1, W2, b2 = random_layer(rng, 3, 4, 2)
    with pytest.raises(ValueError, match="W2"):
        gaussym.mlp_approx(W1, b1, W2[:, :3], b2, act="relu")
    with pytest.raises(ValueError, match="b1"):
        gaussym.mlp_approx(W1, b1[:2], W2, b2, act="relu")
    with pytest.raises(ValueError, match="W1"):
        gaussym.mlp_approx(np.full((4, 3), np.nan), b1, W2, b2, act="relu")
    with pytest.raises(ValueError, match="V"):
        gaussym.glu_approx(W1, b1, W1[:, :2], b1, act="relu")
    with pytest.raises(ValueError, match="x must have 3 columns"):
        gaussym.mlp_approx(W1, b1, W2, b2, act="relu")(np.zeros((2, 4)))


def test_memory_guard_refuses_with_size(rng, monkeypatch):
    import gaussym.polyapprox as pa
    monkeypatch.setattr(pa, "MEMORY_BUDGET", 10_000)
    W1, b1, W2, b2 = random_layer(rng, 30, 8, 2)
    p = gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=3)
    with pytest.raises(MemoryBudgetError, match=r"GB.*factored"):
        p.coefs
    assert p(np.zeros((2, 30))).shape == (2, 2)          # the factored form still works
    assert p.interaction_matrix(0).shape == (30, 30)


# ---------------------------------------------------------------------------------------------
# property-based: degenerate but legal inputs give finite, consistent results
# ---------------------------------------------------------------------------------------------
from hypothesis import given, settings, strategies as st  # noqa: E402


@pytest.mark.filterwarnings("ignore:the features are linearly dependent:RuntimeWarning")
@pytest.mark.filterwarnings("ignore:feature covariance is ill-conditioned:RuntimeWarning")
@settings(max_examples=30, deadline=None)
@given(d=st.integers(1, 3), h=st.integers(1, 3), K=st.integers(1, 2), degree=st.integers(1, 3),
       rank=st.integers(0, 3), log_scale=st.floats(-3, 3), seed=st.integers(0, 2**31 - 1),
       act=st.sampled_from(["relu", "identity", "leaky_relu"]))
def test_property_degenerate_inputs_finite_and_consistent(d, h, K, degree, rank, log_scale, seed, act):
    rng = np.random.default_rng(seed)
    scale = 10.0 ** log_scale
    W1, b1 = rng.normal(size=(h, d)) * scale, rng.normal(size=h) * scale
    W2, b2 = rng.normal(size=(2, h)), rng.normal(size=2)
    factors = rng.normal(size=(K, d, min(rank, d)))
    covs = factors @ np.swapaxes(factors, 1, 2)                   # PSD, rank <= rank (0: point masses)
    means = rng.normal(size=(K, d))
    mix = GaussianMixture(rng.dirichlet(np.ones(K)), means, covs)
    p = gaussym.mlp_approx(W1, b1, W2, b2, act=act, degree=degree, input=mix)
    X = mix.sample(20, rng)
    out = p(X)
    assert np.all(np.isfinite(out)) and all(np.all(np.isfinite(T)) for T in p.coefs)
    scale_out = 1 + np.abs(p.network(X)).max()
    np.testing.assert_allclose(coefs_eval(p, X), out, rtol=1e-6, atol=1e-6 * scale_out)
    if act == "identity":                                          # exact on the support
        np.testing.assert_allclose(out, p.network(X), rtol=1e-6, atol=1e-6 * scale_out)


@pytest.mark.parametrize("degree", [1, 2, 3])
def test_glu_singular_gaussian_matches_latent_problem(rng, degree):
    d, r, h = 4, 2, 3
    A, mu = rng.normal(size=(d, r)), rng.normal(size=d)
    W, V, b1, b2 = rng.normal(size=(h, d)), rng.normal(size=(h, d)), rng.normal(size=h), rng.normal(size=h)
    W[0] = np.linalg.svd(A.T)[2][-1]                       # unit 0 sees a null direction: dead gate
    W2 = rng.normal(size=(2, h))
    p = gaussym.glu_approx(W, b1, V, b2, W2, None, act="relu", degree=degree, mean=mu, cov=A @ A.T)
    latent = gaussym.glu_approx(W @ A, b1 + W @ mu, V @ A, b2 + V @ mu, W2, None, act="relu", degree=degree)
    Z = rng.normal(size=(50, r))
    np.testing.assert_allclose(p(mu + Z @ A.T), latent(Z), rtol=1e-10, atol=1e-10)


def test_mixture_degree3_too_large_refuses_before_allocating(rng):
    d = 120
    W1, b1, W2, b2 = random_layer(rng, d, 4, 2)
    mix = GaussianMixture(None, rng.normal(size=(2, d)), np.stack([np.eye(d)] * 2))
    with pytest.raises(MemoryBudgetError, match=r"dense normal equations \(302621 features.*GB.*cg"):
        gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=3, input=mix)
    with pytest.raises(ValueError, match="degree 2 only"):
        gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=3, input=mix, solver="cg")


def test_cg_reports_and_warns_when_stopped_early(rng):
    W1, b1, W2, b2 = random_layer(rng, 6, 8, 2)
    mix = random_mixture(rng, 6, 3)
    with pytest.warns(RuntimeWarning, match="CG stopped after 2 iterations"):
        p = gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=2, input=mix, solver="cg", maxiter=2)
    assert p.info["iterations"] == 2 and p.info["residual"] > 1e-6
    assert len(p.info["residual_history"]) == 3 and p.info["n_features"] == 27
