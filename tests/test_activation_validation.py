"""Input validation of expect / expect_derivative / Activation (property tests with hypothesis)."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import gaussym
from gaussym.activations import Activation

finite = st.floats(-60, 60, allow_nan=False)
positive = st.floats(1e-3, 1e3)


@settings(max_examples=40, deadline=None)
@given(mu=finite, sigma=positive, n=st.integers(0, 4), act=st.sampled_from(["relu", "gelu", "elu", "erf", "leaky_relu"]))
def test_finite_and_stein_first_order(mu, sigma, n, act):
    # finite output everywhere on the grid; Stein: E[(x-mu) act] = sigma^2 E[act'] (float, loose)
    a = gaussym.get_activation(act)
    m = a.moments(n + 1, mu, sigma)
    assert np.all(np.isfinite(m))
    d = a.derivative_expectations(1, mu, sigma)
    lhs = m[1] - mu * m[0]
    scale = abs(m[1]) + abs(mu * m[0]) + sigma ** 2 * abs(d[1]) + 1e-300
    assert abs(lhs - sigma ** 2 * d[1]) <= 1e-12 * scale


@pytest.mark.parametrize("bad, match", [
    (dict(sigma=-1.0), "sigma"),
    (dict(mu=float("nan")), "mu"),
    (dict(sigma=float("inf")), "sigma"),
    (dict(mu=[0.0, 1.0, 2.0], sigma=[1.0, 2.0]), "broadcast"),
    (dict(mu="abc"), "mu"),
])
def test_bad_inputs_raise(bad, match):
    args = dict(mu=0.0, sigma=1.0) | bad
    with pytest.raises(ValueError, match=match):
        gaussym.expect("relu", 1, args["mu"], args["sigma"])
    with pytest.raises(ValueError, match=match):
        gaussym.expect_derivative("gelu", 1, args["mu"], args["sigma"])


@pytest.mark.parametrize("n", [-1, 1.5, True, "2"])
def test_bad_order(n):
    with pytest.raises(ValueError, match="n must be an integer"):
        gaussym.expect("relu", n, 0.0, 1.0)


def test_unknown_activation_lists_known():
    with pytest.raises(ValueError) as info:
        gaussym.expect("relu6", 0, 0.0, 1.0)
    for name in ("relu", "gelu", "sigmoid", "swish", "mish"):
        assert name in str(info.value)


def test_unknown_or_baked_parameter():
    with pytest.raises(ValueError, match="no parameter"):
        gaussym.expect("relu", 0, 0.0, 1.0, slope=2.0)
    act = Activation.from_expr("x*sigmoid(b*x)", name="swish_b", params={"b": 1.702}, max_n=2)
    ref = Activation.from_expr("x*sigmoid(1.702*x)", name="quick", max_n=2)
    np.testing.assert_allclose(act.moments(2, 0.3, 2.0), ref.moments(2, 0.3, 2.0), rtol=1e-15)
    with pytest.raises(ValueError, match="baked"):
        act.with_params(b=2.0).moments(1, 0.0, 1.0)


def test_dps_scalar_and_array_types():
    import mpmath as mp

    v = gaussym.expect("gelu", 2, 0.5, 1.5, dps=40)
    assert isinstance(v, mp.mpf) and mp.mpf(v).context.prec >= 53
    arr = gaussym.expect_derivative("relu", 1, np.array([[0.0, 1.0]]), 2.0, dps=20)
    assert arr.shape == (1, 2) and arr.dtype == object
    assert abs(float(arr[0, 0]) - 0.5) < 1e-18
    with pytest.raises(ValueError, match="dps"):
        gaussym.expect("relu", 0, 0.0, 1.0, dps=0)


def test_point_mass_and_scalar_shapes():
    assert gaussym.expect("elu", 0, -1.0, 0.0) == pytest.approx(math.expm1(-1.0), rel=1e-15)
    out = gaussym.expect("sigmoid", 1, np.zeros((2, 3)), 0.0)
    assert out.shape == (2, 3) and np.all(out == 0.0)


def test_parameter_that_moves_a_breakpoint_is_baked():
    act = Activation.from_expr("where(x > t, x - t, 0)", name="shifted_relu", params={"t": 0.5}, max_n=2)
    assert act.module.BAKED_PARAMS == ("t",)
    # E[relu(x - t)] under N(mu, s^2) = E[relu(y)] under N(mu - t, s^2)
    np.testing.assert_allclose(act.moments(0, 1.2, 0.7)[0], gaussym.expect("relu", 0, 0.7, 0.7), rtol=1e-14)
    with pytest.raises(ValueError, match="baked"):
        act.with_params(t=1.0).moments(0, 0.0, 1.0)
    # a slope does not move the kink: stays free
    assert gaussym.get_activation("leaky_relu").module.BAKED_PARAMS == ()
