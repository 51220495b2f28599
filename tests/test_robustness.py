"""Property tests (hypothesis) of input validation across EVERY public function.

Contract (DESIGN, issue 4): bad input raises ``ValueError`` — never another exception type,
never a silent NaN — and the message names the offending argument (and, for shape
mismatches, the arrays and their shapes; for an indefinite mixture covariance, the
component). Valid input in range gives finite float64 results.
"""

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import gaussym

SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ACTS = sorted(gaussym.known_activations())


def raises_value_error(fn, *must_contain):
    """Call fn; it must raise ValueError whose message contains every string in must_contain."""
    try:
        result = fn()
    except ValueError as exc:
        msg = str(exc)
        for text in must_contain:
            assert str(text) in msg, f"message {msg!r} does not mention {text!r}"
        return msg
    except Exception as exc:  # noqa: BLE001 - any other type is a defect
        pytest.fail(f"expected ValueError, got {type(exc).__name__}: {exc}")
    pytest.fail(f"expected ValueError, got a result {result!r}")


def spd(rng, d, scale=1.0):
    a = rng.standard_normal((d, d))
    return scale * (a @ a.T / d + 0.5 * np.eye(d))


def indefinite(rng, d):
    c = spd(rng, d)
    vals, vecs = np.linalg.eigh(c)
    vals[0] = -1.0
    out = (vecs * vals) @ vecs.T
    return 0.5 * (out + out.T)


def nonsymmetric(rng, d):
    c = spd(rng, d)
    c[0, d - 1] += 1.0
    return c


bad_numbers = st.sampled_from([np.nan, np.inf, -np.inf])
sizes = st.integers(min_value=1, max_value=5)
seeds = st.integers(min_value=0, max_value=2 ** 31 - 1)


def poison(arr, where, value):
    arr = np.array(arr, dtype=float, copy=True)
    arr.flat[where % arr.size] = value
    return arr


# ------------------------------------------------------------------------------------------
# expect / expect_derivative
# ------------------------------------------------------------------------------------------
EXPECTS = [gaussym.expect, gaussym.expect_derivative]


@SETTINGS
@given(fn=st.sampled_from(EXPECTS), act=st.sampled_from(ACTS), sigma=st.floats(-1e6, -1e-300))
def test_expect_negative_sigma(fn, act, sigma):
    raises_value_error(lambda: fn(act, 1, 0.0, sigma), "sigma")


@SETTINGS
@given(fn=st.sampled_from(EXPECTS), act=st.sampled_from(ACTS), bad=bad_numbers, size=sizes,
       where=st.integers(0, 10), which=st.sampled_from(["mu", "sigma"]))
def test_expect_nan_inf_statistics(fn, act, bad, size, where, which):
    args = {"mu": np.zeros(size), "sigma": np.ones(size)}
    args[which] = poison(args[which], where, bad)
    raises_value_error(lambda: fn(act, 1, args["mu"], args["sigma"]), which)


@SETTINGS
@given(fn=st.sampled_from(EXPECTS), act=st.sampled_from(ACTS), n=st.integers(-100, -1))
def test_expect_negative_order(fn, act, n):
    raises_value_error(lambda: fn(act, n, 0.0, 1.0))


@pytest.mark.parametrize("fn", EXPECTS)
@pytest.mark.parametrize("n", [1.5, "2", None, True])
def test_expect_non_integer_order(fn, n):
    raises_value_error(lambda: fn("relu", n, 0.0, 1.0))


@SETTINGS
@given(fn=st.sampled_from(EXPECTS), a=st.integers(2, 6), b=st.integers(2, 6))
def test_expect_shape_mismatch_names_arrays(fn, a, b):
    assume(a != b)
    msg = raises_value_error(lambda: fn("gelu", 1, np.zeros(a), np.ones(b)), "mu", "sigma")
    assert str((a,)) in msg and str((b,)) in msg


@SETTINGS
@given(fn=st.sampled_from(EXPECTS), name=st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12))
def test_unknown_activation_lists_known_ones(fn, name):
    assume(name not in ACTS)
    msg = raises_value_error(lambda: fn(name, 1, 0.0, 1.0), repr(name))
    for known in ("relu", "gelu", "sigmoid", "tanh", "mish"):
        assert known in msg


@pytest.mark.parametrize("act", [None, 3, 1.5, ["relu"]])
def test_activation_of_wrong_type(act):
    raises_value_error(lambda: gaussym.expect(act, 1, 0.0, 1.0), "act")
    raises_value_error(lambda: gaussym.get_activation(act), "act")


def test_unknown_activation_parameter():
    raises_value_error(lambda: gaussym.get_activation("leaky_relu", slope=0.2))
    raises_value_error(lambda: gaussym.expect("relu", 1, 0.0, 1.0, alpha=2.0))


@pytest.mark.parametrize("fn", EXPECTS)
@pytest.mark.parametrize("dps", [0, -5, "50", 2.5])
def test_expect_bad_dps(fn, dps):
    raises_value_error(lambda: fn("relu", 1, 0.0, 1.0, dps=dps), "dps")


@pytest.mark.parametrize("fn", EXPECTS)
def test_expect_dps_below_float_precision(fn):
    raises_value_error(lambda: fn("relu", 1, 0.0, 1.0, dps=5), "dps")


@SETTINGS
@given(act=st.sampled_from([a for a in ACTS if a != "exp"]), n=st.integers(0, 8),
       mu=st.lists(st.floats(-50, 50), min_size=1, max_size=4),
       sigma=st.lists(st.one_of(st.just(0.0), st.floats(1e-3, 1e3)), min_size=1, max_size=4), m=st.integers(0, 4))
def test_expect_never_silent_nan(act, n, mu, sigma, m):
    """In the documented range (mu in [-50, 50], sigma 0 or in [1e-3, 1e3]) every result is a
    finite float64 (tiny sigma: tests/test_degenerate.py)."""
    k = min(len(mu), len(sigma))
    mu, sigma = np.array(mu[:k]), np.array(sigma[:k])
    for value in (gaussym.expect(act, n, mu, sigma), gaussym.expect_derivative(act, m, mu, sigma)):
        value = np.asarray(value)
        assert value.dtype == np.float64 and value.shape == (k,)
        assert np.all(np.isfinite(value)), (act, n, m, mu, sigma, value)


# ------------------------------------------------------------------------------------------
# noncentral_moment / master_theorem_coefficients
# ------------------------------------------------------------------------------------------
@SETTINGS
@given(d=sizes, e=sizes, seed=seeds)
def test_moment_shape_mismatch(d, e, seed):
    assume(d != e)
    rng = np.random.default_rng(seed)
    msg = raises_value_error(lambda: gaussym.noncentral_moment(np.zeros(d), spd(rng, e), [0]), "mean", "cov")
    assert str((d,)) in msg and str((e, e)) in msg


@SETTINGS
@given(d=sizes, seed=seeds, bad=bad_numbers, where=st.integers(0, 30), which=st.sampled_from(["mean", "cov"]))
def test_moment_nan_inf(d, seed, bad, where, which):
    rng = np.random.default_rng(seed)
    args = {"mean": np.zeros(d), "cov": spd(rng, d)}
    args[which] = poison(args[which], where, bad)
    raises_value_error(lambda: gaussym.noncentral_moment(args["mean"], args["cov"], [0, 0]), which)


@SETTINGS
@given(d=st.integers(2, 5), seed=seeds)
def test_moment_nonsymmetric_and_indefinite(d, seed):
    rng = np.random.default_rng(seed)
    raises_value_error(lambda: gaussym.noncentral_moment(np.zeros(d), nonsymmetric(rng, d), [0]), "symmetric")
    raises_value_error(lambda: gaussym.noncentral_moment(np.zeros(d), indefinite(rng, d), [0]), "semidefinite")


@SETTINGS
@given(d=st.integers(2, 4), K=st.integers(2, 5), bad=st.integers(0, 4), seed=seeds)
def test_moment_batched_indefinite_names_component(d, K, bad, seed):
    bad = bad % K
    rng = np.random.default_rng(seed)
    covs = np.stack([indefinite(rng, d) if k == bad else spd(rng, d) for k in range(K)])
    raises_value_error(lambda: gaussym.noncentral_moment(np.zeros((K, d)), covs, [0, 1]), f"component {bad}")


@SETTINGS
@given(d=sizes, index=st.one_of(st.integers(-50, -1), st.integers(5, 50)))
def test_moment_index_out_of_range(d, index):
    raises_value_error(lambda: gaussym.noncentral_moment(np.zeros(d), np.eye(d), [0, index]), "indices")


@pytest.mark.parametrize("indices", [[0.5], ["a"], "01", 3, None])
def test_moment_bad_index_type(indices):
    raises_value_error(lambda: gaussym.noncentral_moment(np.zeros(2), np.eye(2), indices), "indices")


@pytest.mark.parametrize("dps", [0, 5, 14, "30", 2.5])
def test_moment_bad_dps(dps):
    raises_value_error(lambda: gaussym.noncentral_moment(np.zeros(2), np.eye(2), [0], dps=dps), "dps")
    raises_value_error(lambda: gaussym.master_theorem_coefficients(0.0, 1.0, [0.0], [[1.0]], [0.5], dps=dps), "dps")


def _master_args(rng, k):
    c = spd(rng, k + 1)
    return dict(mu_x=0.3, var_x=c[0, 0], mu_y=rng.standard_normal(k), cov_y=c[1:, 1:], xcov=c[0, 1:])


@SETTINGS
@given(k=sizes, seed=seeds, var_x=st.floats(-1e6, -1e-300))
def test_master_negative_variance(k, seed, var_x):
    args = _master_args(np.random.default_rng(seed), k)
    args["var_x"] = var_x
    raises_value_error(lambda: gaussym.master_theorem_coefficients(**args), "var_x")


@SETTINGS
@given(k=sizes, seed=seeds, bad=bad_numbers, where=st.integers(0, 30),
       which=st.sampled_from(["mu_x", "var_x", "mu_y", "cov_y", "xcov"]))
def test_master_nan_inf(k, seed, bad, where, which):
    args = _master_args(np.random.default_rng(seed), k)
    args[which] = poison(args[which], where, bad)
    raises_value_error(lambda: gaussym.master_theorem_coefficients(**args), which)


@SETTINGS
@given(k=st.integers(1, 4), seed=seeds, which=st.sampled_from(["cov_y", "xcov"]))
def test_master_shape_mismatch(k, seed, which):
    rng = np.random.default_rng(seed)
    args = _master_args(rng, k)
    args[which] = spd(rng, k + 1) if which == "cov_y" else np.zeros(k + 1)
    raises_value_error(lambda: gaussym.master_theorem_coefficients(**args), which)


@SETTINGS
@given(k=st.integers(1, 4), seed=seeds)
def test_master_joint_covariance_indefinite(k, seed):
    """|Cov(x, y)| beyond sqrt(Var x Var y) is no covariance: must be rejected, not regressed."""
    args = _master_args(np.random.default_rng(seed), k)
    args["xcov"] = args["xcov"] + 10 * np.sqrt(args["var_x"] * np.diag(args["cov_y"]))
    raises_value_error(lambda: gaussym.master_theorem_coefficients(**args), "semidefinite")


# ------------------------------------------------------------------------------------------
# distributions
# ------------------------------------------------------------------------------------------
@SETTINGS
@given(K=st.integers(1, 5), seed=seeds, kind=st.sampled_from(["negative", "sum", "length", "nan"]))
def test_mixture_bad_weights(K, seed, kind):
    rng = np.random.default_rng(seed)
    w = rng.dirichlet(np.ones(K))
    if kind == "negative":
        w = np.append(w[:-1], -0.5)
        if K > 1:
            w[0] += 1 - w.sum()
    elif kind == "sum":
        w = w * 1.5
    elif kind == "length":
        w = np.append(w, 0.0) * 1.0
    else:
        w = poison(w, 0, np.nan)
    means, covs = np.zeros((K, 2)), np.stack([np.eye(2)] * K)
    raises_value_error(lambda: gaussym.GaussianMixture(w, means, covs), "weights")


@SETTINGS
@given(d=st.integers(2, 4), K=st.integers(1, 5), bad=st.integers(0, 4), seed=seeds)
def test_mixture_indefinite_component_named(d, K, bad, seed):
    bad = bad % K
    rng = np.random.default_rng(seed)
    covs = np.stack([indefinite(rng, d) if k == bad else spd(rng, d) for k in range(K)])
    raises_value_error(lambda: gaussym.GaussianMixture(None, np.zeros((K, d)), covs), "semidefinite", f"component {bad}")


@SETTINGS
@given(d=st.integers(2, 4), seed=seeds)
def test_gaussian_bad_covariances(d, seed):
    rng = np.random.default_rng(seed)
    raises_value_error(lambda: gaussym.Gaussian(np.zeros(d), nonsymmetric(rng, d)), "symmetric")
    raises_value_error(lambda: gaussym.Gaussian(np.zeros(d), indefinite(rng, d)), "semidefinite")
    raises_value_error(lambda: gaussym.Gaussian(np.zeros(d), np.eye(d + 1)), "cov")
    raises_value_error(lambda: gaussym.Gaussian(poison(np.zeros(d), 1, np.nan), np.eye(d)), "mean")


# ------------------------------------------------------------------------------------------
# mlp_approx / glu_approx
# ------------------------------------------------------------------------------------------
def _mlp(rng, d=3, h=4, d_out=2):
    return dict(W1=rng.standard_normal((h, d)), b1=rng.standard_normal(h),
                W2=rng.standard_normal((d_out, h)), b2=rng.standard_normal(d_out))


def _glu(rng, d=3, h=4, d_out=2):
    return dict(W=rng.standard_normal((h, d)), b1=rng.standard_normal(h), V=rng.standard_normal((h, d)),
                b2=rng.standard_normal(h), W2=rng.standard_normal((d_out, h)), b_out=rng.standard_normal(d_out))


APPROX = {"mlp": (gaussym.mlp_approx, _mlp), "glu": (gaussym.glu_approx, _glu)}


@SETTINGS
@given(kind=st.sampled_from(list(APPROX)), degree=st.one_of(st.integers(-5, 0), st.sampled_from([1.5, "2", None])),
       seed=seeds)
def test_approx_bad_degree(kind, degree, seed):
    fn, make = APPROX[kind]
    raises_value_error(lambda: fn(**make(np.random.default_rng(seed)), degree=degree), "degree")


@SETTINGS
@given(kind=st.sampled_from(list(APPROX)), seed=seeds, data=st.data())
def test_approx_weight_shape_mismatch_names_arrays(kind, seed, data):
    fn, make = APPROX[kind]
    args = make(np.random.default_rng(seed))
    name = data.draw(st.sampled_from([k for k in args if k not in ("W1", "W")]))
    shape = args[name].shape
    args[name] = np.zeros(tuple(s + 1 for s in shape))  # one too many in every axis
    msg = raises_value_error(lambda: fn(**args), name)
    assert str(args[name].shape) in msg


@SETTINGS
@given(kind=st.sampled_from(list(APPROX)), seed=seeds, bad=bad_numbers, where=st.integers(0, 30), data=st.data())
def test_approx_nan_inf_weights(kind, seed, bad, where, data):
    fn, make = APPROX[kind]
    args = make(np.random.default_rng(seed))
    name = data.draw(st.sampled_from(sorted(args)))
    args[name] = poison(args[name], where, bad)
    raises_value_error(lambda: fn(**args), name)


@SETTINGS
@given(kind=st.sampled_from(list(APPROX)), seed=seeds, bad=bad_numbers,
       which=st.sampled_from(["mean", "cov", "weights"]))
def test_approx_nan_inf_statistics(kind, seed, bad, which):
    fn, make = APPROX[kind]
    rng = np.random.default_rng(seed)
    dist = dict(mean=rng.standard_normal((2, 3)), cov=np.stack([spd(rng, 3)] * 2), weights=np.array([0.4, 0.6]))
    dist[which] = poison(dist[which], 1, bad)
    raises_value_error(lambda: fn(**make(rng), **dist), which)


@SETTINGS
@given(kind=st.sampled_from(list(APPROX)), seed=seeds, K=st.integers(2, 4), bad=st.integers(0, 3))
def test_approx_indefinite_mixture_component_named(kind, seed, K, bad):
    fn, make = APPROX[kind]
    bad = bad % K
    rng = np.random.default_rng(seed)
    covs = np.stack([indefinite(rng, 3) if k == bad else spd(rng, 3) for k in range(K)])
    raises_value_error(lambda: fn(**make(rng), mean=np.zeros((K, 3)), cov=covs), f"component {bad}")


@SETTINGS
@given(kind=st.sampled_from(list(APPROX)), seed=seeds, total=st.floats(0.1, 0.98))
def test_approx_mixture_weights_not_summing_to_one(kind, seed, total):
    fn, make = APPROX[kind]
    rng = np.random.default_rng(seed)
    w = rng.dirichlet(np.ones(3)) * total
    raises_value_error(lambda: fn(**make(rng), mean=np.zeros((3, 3)), cov=np.stack([np.eye(3)] * 3), weights=w),
                       "weights")
    w = np.array([1.2, -0.1, -0.1])
    raises_value_error(lambda: fn(**make(rng), mean=np.zeros((3, 3)), cov=np.stack([np.eye(3)] * 3), weights=w),
                       "weights")


@pytest.mark.parametrize("kind", list(APPROX))
def test_approx_distribution_shapes(kind):
    fn, make = APPROX[kind]
    rng = np.random.default_rng(0)
    raises_value_error(lambda: fn(**make(rng), mean=np.zeros(4)), "mean")
    raises_value_error(lambda: fn(**make(rng), cov=np.eye(4)), "cov")
    raises_value_error(lambda: fn(**make(rng), mean=np.zeros((2, 3)), cov=np.stack([np.eye(3)] * 3)), "mean", "cov")
    raises_value_error(lambda: fn(**make(rng), cov=nonsymmetric(rng, 3)), "symmetric")
    raises_value_error(lambda: fn(**make(rng), cov=indefinite(rng, 3)), "semidefinite")


@pytest.mark.parametrize("kind", list(APPROX))
def test_approx_unknown_activation_and_bad_dps(kind):
    fn, make = APPROX[kind]
    rng = np.random.default_rng(1)
    msg = raises_value_error(lambda: fn(**make(rng), act="relux"), "relux")
    assert all(a in msg for a in ("relu", "gelu", "sigmoid"))


@pytest.mark.parametrize("kind", list(APPROX))
def test_approx_bad_dps(kind):
    pytest.importorskip("gaussym.approx_mp", reason="approximant dps= path not landed yet")
    fn, make = APPROX[kind]
    rng = np.random.default_rng(1)
    for dps in (0, 5, "50"):
        raises_value_error(lambda: fn(**make(rng), dps=dps), "dps")


def test_glu_shape_mismatch_between_gate_and_value():
    rng = np.random.default_rng(2)
    args = _glu(rng)
    args["V"] = rng.standard_normal((4, 5))
    msg = raises_value_error(lambda: gaussym.glu_approx(**args), "V")
    assert "(4, 5)" in msg


@SETTINGS
@given(kind=st.sampled_from(list(APPROX)), seed=seeds, d=st.integers(1, 4), h=st.integers(1, 5),
       degree=st.integers(1, 3), K=st.integers(1, 3), act=st.sampled_from(["relu", "gelu", "tanh", "identity"]))
def test_approx_valid_input_is_finite(kind, seed, d, h, degree, K, act):
    """Random valid layers and (mixture) inputs give finite float64 coefficients of the right shapes."""
    fn, make = APPROX[kind]
    rng = np.random.default_rng(seed)
    args = make(rng, d=d, h=h)
    dist = dict(mean=rng.standard_normal((K, d)), cov=np.stack([spd(rng, d) for _ in range(K)]),
                weights=rng.dirichlet(np.ones(K)))
    approx = fn(**args, act=act, degree=degree, **dist)
    coefs = approx.coefs
    assert len(coefs) == degree + 1
    for deg, c in enumerate(coefs):
        c = np.asarray(c)
        assert c.dtype == np.float64 and c.shape == (2,) + (d,) * deg
        assert np.all(np.isfinite(c))
    y = approx(rng.standard_normal((5, d)))
    assert y.shape == (5, 2) and np.all(np.isfinite(y))


def test_polyapprox_bad_evaluation_input():
    rng = np.random.default_rng(3)
    approx = gaussym.mlp_approx(**_mlp(rng), act="relu", degree=2)
    raises_value_error(lambda: approx(np.zeros((5, 4))), "x")
    raises_value_error(lambda: approx(np.full((2, 3), np.nan)), "x")
    raises_value_error(lambda: approx.interaction_matrix(7), "output")
    raises_value_error(lambda: approx.interaction_matrix(np.ones(5)), "output")


def test_polyapprox_eigen_negative_k():
    approx = gaussym.mlp_approx(**_mlp(np.random.default_rng(3)), act="relu", degree=2)
    raises_value_error(lambda: approx.eigen(0, k=-1), "k")


def test_messages_never_leak_other_exception_types():
    """A grab-bag of malformed calls: all must be ValueError."""
    calls = [
        lambda: gaussym.expect("relu", 1, "abc", 1.0),
        lambda: gaussym.expect("relu", 1, [[0.0], [1.0, 2.0]], 1.0),
        lambda: gaussym.noncentral_moment("abc", np.eye(1), [0]),
        lambda: gaussym.noncentral_moment(np.zeros(2), np.zeros(2), [0]),
        lambda: gaussym.master_theorem_coefficients(0.0, 1.0, 0.0, 1.0, 0.0),
        lambda: gaussym.mlp_approx(np.zeros(3), None, np.zeros((1, 3)), None),
        lambda: gaussym.mlp_approx(np.zeros((2, 3)), None, np.zeros((1, 2)), None, input="N(0,1)"),
        lambda: gaussym.GaussianMixture([1.0], np.zeros(3), np.eye(3)),
        lambda: gaussym.Gaussian(np.zeros(0), np.zeros((0, 0))),
    ]
    for call in calls:
        raises_value_error(call)


# ------------------------------------------------------------------------------------------
# memory guard and ill-conditioning
# ------------------------------------------------------------------------------------------
def test_memory_guard_refuses_dense_tensors_with_size_and_alternative(monkeypatch):
    import gaussym.polyapprox as pa

    monkeypatch.setattr(pa, "MEMORY_BUDGET", 10_000)     # bytes
    rng = np.random.default_rng(7)
    d = 20
    approx = gaussym.mlp_approx(rng.standard_normal((4, d)), None, rng.standard_normal((2, 4)), None,
                                act="gelu", degree=3)
    msg = raises_value_error(lambda: approx.coefs, "GB", "budget")
    assert "factored" in msg or "interaction_matrix" in msg
    # the factored evaluation still works under the same budget
    assert np.all(np.isfinite(approx(rng.standard_normal((3, d)))))
    assert approx.interaction_matrix(0).shape == (d, d)


def test_ill_conditioned_mixture_warns_with_condition_number():
    """Two nearly point-mass components: the cubic features are nearly collinear."""
    W1, W2 = np.array([[1.0], [-0.5]]), np.array([[1.0, 2.0]])
    with pytest.warns(RuntimeWarning, match=r"(?i)condition"):
        approx = gaussym.mlp_approx(W1, np.array([0.1, 0.2]), W2, None, act="gelu", degree=3,
                                    mean=np.array([[-1.0], [1.0]]), cov=np.full((2, 1, 1), 1e-12),
                                    weights=[0.5, 0.5])
    assert all(np.all(np.isfinite(c)) for c in approx.coefs)


def test_registry_and_fvu_validation():
    raises_value_error(lambda: gaussym.register_activation("relu"), "act")
    raises_value_error(lambda: gaussym.register_activation(gaussym.get_activation("relu")), "relu")
    approx = gaussym.mlp_approx(**_mlp(np.random.default_rng(4)), act="relu", degree=2)
    raises_value_error(lambda: approx.fvu(method="exact"), "method")
    raises_value_error(lambda: approx.fvu(method="monte_carlo", n_samples=10), "n_samples")


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet="x()+-*/^.,0123456789 abcdefghijklmnopqrstuvwxyz_=[]'\"", max_size=25))
def test_user_expression_activation_never_crashes_otherwise(text):
    """Activation.from_expr on arbitrary text: an Activation or a ValueError, nothing else
    (the expression is parsed by a whitelist, never eval'd)."""
    try:
        gaussym.Activation.from_expr(text, name="fuzz", max_n=2)
    except ValueError:
        pass
