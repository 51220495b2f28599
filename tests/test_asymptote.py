"""symbolic/asymptote.split_asymptote: asymptotes of the stock activations, decay and window of the
remainder, jumps at the breakpoints (vs one-sided mpmath derivatives), refusals, speed."""
import time

import mpmath as mp
import numpy as np
import pytest
import sympy as sp

from gaussym.symbolic.asymptote import polynomial_asymptote, split_asymptote

x = sp.Symbol("x", real=True)

CASES = {   # stock SymPy input -> (P_-, P_+)
    "sigmoid": (1 / (1 + sp.exp(-x)), 0, 1),
    "tanh": (sp.tanh(x), -1, 1),
    "silu": (x / (1 + sp.exp(-x)), 0, x),
    "silu_1.702": (x / (1 + sp.exp(-sp.Float(1.702) * x)), 0, x),
    "softplus": (sp.log(1 + sp.exp(x)), 0, x),
    "mish": (x * sp.tanh(sp.log(1 + sp.exp(x))), 0, x),
    "erf": (sp.erf(x / sp.sqrt(2)), -1, 1),
    "scaled_sigmoid": (3 / (1 + sp.exp(-2 * x)) - 1, -1, 2),
    "x2_sigmoid": (x ** 2 / (1 + sp.exp(-x)), 0, x ** 2),
    "softplus_plus_line": (sp.log(1 + sp.exp(x)) + 2 * x - 1, 2 * x - 1, 3 * x - 1),
}


@pytest.fixture(scope="module")
def splits():
    out = {}
    for name, (expr, *_rest) in CASES.items():
        t0 = time.perf_counter()
        out[name] = split_asymptote(expr, x)
        out[name].measured = time.perf_counter() - t0
    return out


@pytest.mark.parametrize("name", sorted(CASES))
def test_sides_and_structure(splits, name):
    expr, p_minus, p_plus = CASES[name]
    sp_ = splits[name]
    assert sp.simplify(sp_.sides[0] - p_minus) == 0 and sp.simplify(sp_.sides[1] - p_plus) == 0
    assert sp_.breakpoints == (0.0,)
    assert sp.simplify(sp_.asymptote.subs(x, 5) - sp.sympify(p_plus).subs(x, 5)) == 0
    assert sp.simplify(sp_.asymptote.subs(x, -5) - sp.sympify(p_minus).subs(x, -5)) == 0
    assert sp_.measured < 6.0, f"split took {sp_.measured:.1f} s"     # ~0.2-0.8 s unloaded


@pytest.mark.parametrize("name", sorted(CASES))
def test_remainder_decays_and_window(splits, name):
    expr = CASES[name][0]
    s = splits[name]
    r = sp.lambdify(x, s.remainder, "mpmath")
    f = sp.lambdify(x, expr, "mpmath")
    a = sp.lambdify(x, s.asymptote, "mpmath")
    lo, hi = s.window
    assert lo < 0 < hi
    with mp.workdps(60):
        for v in (-3.3, -0.2, 0.7, 11.0):                           # act = asymptote + remainder
            assert abs(f(v) - a(v) - r(v)) < mp.mpf(10) ** -50
        top = max(abs(r(mp.mpf(v) / 8)) for v in range(-400, 401))
        for v in (lo - 0.5, lo - 7, lo - 100, hi + 0.5, hi + 7, hi + 100):  # negligible outside
            assert abs(r(v)) * max(1, abs(v)) ** 10 < 1e-18 * top, (v, r(v))
        inside = [abs(r(mp.mpf(v))) * max(1, abs(v)) ** 10 for v in (lo + 3, hi - 3)]
        assert max(inside) > 1e-18 * top                               # and the window is not oversized


@pytest.mark.parametrize("name", sorted(CASES))
def test_jumps_against_one_sided_derivatives(splits, name):
    s = splits[name]
    r = sp.lambdify(x, s.remainder, "mpmath")
    with mp.workdps(40):
        for t, jumps in s.jumps.items():
            assert len(jumps) == 11
            for j in range(4):
                right = mp.diff(r, mp.mpf(t) + mp.mpf(10) ** -30, j, direction=1)
                left = mp.diff(r, mp.mpf(t) - mp.mpf(10) ** -30, j, direction=-1)
                assert abs(float(right - left) - jumps[j]) < 1e-12, (t, j, right - left, jumps[j])


def test_own_kinks_become_breakpoints():
    s = split_asymptote(sp.Abs(x - 1) + sp.tanh(x), x)
    assert s.breakpoints == (0.0, 1.0)
    assert s.jumps[1.0][:3] == pytest.approx([0.0, 2.0, 0.0], abs=1e-12)
    assert s.jumps[0.0][:3] == pytest.approx([0.0, -2.0, 0.0], abs=1e-12)   # A' switches -1 -> 1 (tanh' is smooth)


def test_no_switch_no_breakpoint():
    s = split_asymptote(x + sp.exp(-x ** 2), x)
    assert s.breakpoints == () and s.jumps == {} and sp.simplify(s.asymptote - x) == 0


@pytest.mark.parametrize("expr, match", [
    (x * sp.sin(x), "no polynomial asymptote"),
    (sp.log(1 + x ** 2), "no polynomial asymptote"),
    (1 / (1 + x ** 2), "does not decay exponentially"),
    (x ** 5, "grows faster"),
    (sp.exp(x), "grows faster"),
])
def test_refusals(expr, match):
    with pytest.raises(ValueError, match=match):
        split_asymptote(expr, x)


def test_polynomial_asymptote_peels_coefficients():
    assert sp.simplify(polynomial_asymptote(x ** 2 + 3 * x + sp.exp(-x), x, sp.oo) - (x ** 2 + 3 * x)) == 0


def test_split_feeds_remainder_quadrature():
    # E[sigmoid(x)] = Phi(mu/s) (asymptote, closed form) + E[r] (quadrature on the split's window)
    from scipy.special import ndtr
    from gaussym.kernels.quadrature import gaussian_expectation_mp, remainder_moments
    s = split_asymptote(CASES["sigmoid"][0], x)
    r = sp.lambdify(x, s.remainder, "numpy")
    mu, sd = 0.3, 7.0
    ours = ndtr(mu / sd) + remainder_moments(r, 0, mu, sd, window=s.window, breakpoints=s.breakpoints)[0]
    with mp.workdps(30):
        ref = gaussian_expectation_mp(lambda v: 1 / (1 + mp.exp(-v)), 0, mu, sd, kinks=(0,))
    assert abs(ours / float(ref) - 1) < 1e-14
