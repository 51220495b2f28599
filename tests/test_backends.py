"""Array backends of generated kernel modules (gaussym codegen --backend torch|jax|cupy).

The backends run gaussym.kernels.array_runtime. Its numpy namespace runs here always (CI without
torch still exercises the port); torch and jax run when installed (skip with a reason otherwise);
cupy needs an NVIDIA GPU: only the generated source and the missing-package error are tested.

Errors are judged relative to E|x^n act(x)| (moments) and to |E[act^(m)]| + E|act^(m)_classical|
(derivatives), with E|.| from the numpy panel quadrature (a scale, a few digits suffice):
closed forms <= 1e-13, activations with a numeric part <= 1e-12.
"""
from __future__ import annotations

import os
import subprocess
import sys

import mpmath as mp
import numpy as np
import pytest

from gaussym.activations import BUILTIN_EXPRESSIONS
from gaussym.kernels import array_runtime
from gaussym.kernels.codegen import generate_module, load_module
from gaussym.kernels.quadrature import remainder_moments

NMAX, MMAX = 8, 6
BUILTINS = ["relu", "gelu", "elu", "sigmoid", "tanh", "silu", "softplus", "mish", "erf", "exp"]
ISSUE = {"relu2": "max(x,0)**2", "xerf": "x*erf(x)", "elu1": "where(x>0,x,exp(x)-1)",
         "quick_gelu": "x*sigmoid(1.702*x)", "softplus1": "log1p(exp(x))", "leaky02": "where(x>0,x,0.2*x)",
         "absx": "abs(x)", "cubic": "x**3-x"}
CASES = {**{name: BUILTIN_EXPRESSIONS[name] for name in BUILTINS}, **{k: (v, {}) for k, v in ISSUE.items()}}
ALL_BACKENDS = ("numpy", "mpmath", "torch", "jax", "cupy")

_CACHE: dict = {}


def kernels(name):
    """Generated module (numpy, mpmath and the three array backends) for a case, built once per session."""
    if name not in _CACHE:
        text, params = CASES[name]
        _CACHE[name] = load_module(generate_module(name, text, params, NMAX, ALL_BACKENDS), name)
    return _CACHE[name]


def grid():
    """(mu, sigma) incl. tails |mu/sigma| up to 37, tiny and huge sigma, sigma = 0."""
    mus, sigmas = [], []
    for s in (1e-9, 0.01, 0.3, 1.0, 3.0, 30.0, 1e3):
        for r in (-37.0, -8.0, -1.0, 0.0, 0.5, 2.0, 10.0, 37.0):
            mus.append(r * s)
            sigmas.append(s)
        for mu in (-3.0, 0.2, 2.0):
            mus.append(mu)
            sigmas.append(s)
    for mu in (-2.0, 0.0, 0.5, 3.0):
        mus.append(mu)
        sigmas.append(0.0)
    return np.array(mus), np.array(sigmas)


def moment_scales(module, mu, s):
    """E|x^n act(x)|, n = 0..NMAX, by the numpy panel quadrature (point mass at sigma = 0)."""
    # E|x^n act| = E[x^n |act| 1{x > 0}] + (-1)^n E[x^n |act| 1{x < 0}]: two quadratures for all n
    with np.errstate(all="ignore"):
        def side(sign):
            return lambda x: np.where(sign * x > 0, np.abs(module._activation(x, **module.PARAMS)), 0.0)

        pos = remainder_moments(side(1.0), NMAX, mu, s, window=(-1.0, 1.0), breakpoints=(0.0,))
        neg = remainder_moments(side(-1.0), NMAX, mu, s, window=(-1.0, 1.0), breakpoints=(0.0,))
    return pos + (-1.0) ** np.arange(NMAX + 1)[:, None] * neg


def _max_scale(scale, ref):
    """|E[f]| <= E|f|: where the quadrature scale missed mass (exp at sigma = 30 sits 30 sigma out), |value|."""
    return np.fmax(scale, np.where(np.isfinite(ref), np.abs(ref), 0.0))


def derivative_scales(module, mu, s, ref):
    """Error scale of E[act^(m)]: |value| + E|act^(m)| (classical) + the rounding scale of the formula,
    taken as the local sup of |act^(m)| (classical, over mu +- 6 sigma) where that is > 0, else (pieces
    and jumps: delta terms) the Hermite scale E|act(x) He_m(z)| / sigma^m; a scale, from 80-point
    Gauss-Hermite nodes (a few digits suffice)."""
    z, w = np.polynomial.hermite_e.hermegauss(80)
    w = w / w.sum()
    x = mu[None, :] + s[None, :] * z[:, None]                               # (nodes, pairs)
    x_near = mu[None, :] + np.linspace(-1.0, 1.0, 41)[:, None]             # the activation's own scale
    fixed = np.linspace(-5.0, 5.0, 101)[:, None] + 0 * mu[None, :]           # its kinks, inside mu +- 6 sigma
    x_near = np.concatenate([x_near, np.where(np.abs(fixed - mu) <= 6 * s + 1, fixed, x_near[:1])])
    out = np.empty((MMAX + 1, mu.size))
    he_prev, he = np.zeros_like(z), np.ones_like(z)
    with np.errstate(all="ignore"):
        act = np.asarray(module._activation(x, **module.PARAMS), float) + 0 * x
        near = np.abs(z) <= 6
        for m in range(MMAX + 1):
            f = np.abs(np.asarray(module._ACT_DERIVATIVES[m](x, **module.PARAMS), float) + 0 * x)
            f_near = np.abs(np.asarray(module._ACT_DERIVATIVES[m](x_near, **module.PARAMS), float) + 0 * x_near)
            classical = w @ f
            sup = np.maximum(np.max(np.where(near[:, None], f, 0.0), axis=0), np.max(f_near, axis=0))
            hermite = (w @ np.abs(act * he[:, None])) / np.where(s > 0, s, 1.0) ** m
            out[m] = classical + np.where(sup > 0, np.minimum(sup, hermite), hermite)
            he_prev, he = he, z * he - m * he_prev
    return np.where(np.isfinite(out), out, np.inf) + np.abs(ref)


def worst(got, ref, scale, floor=1e-300):
    """max |got - ref| / (scale + floor) (equal infinities count as agreement)."""
    got, ref = np.asarray(got, float), np.asarray(ref, float)
    same = (got == ref) | (np.isnan(got) & np.isnan(ref))
    with np.errstate(all="ignore"):
        err = np.where(same, 0.0, np.abs(got - ref) / (scale + floor))
    return float(np.max(err)), np.unravel_index(int(np.argmax(err)), err.shape)


def tolerance(module):
    return 1e-12 if module.NUMERIC else 1e-13


def references(name):
    """numpy-kernel values and error scales on the grid, computed once per session."""
    key = ("ref", name)
    if key not in _CACHE:
        module = kernels(name)
        mu, s = grid()
        ref_m = module.moments(NMAX, mu, s)
        ref_d = module.derivative_expectations(MMAX, mu, s)
        _CACHE[key] = (ref_m, ref_d, _max_scale(moment_scales(module, mu, s), ref_m),
                       derivative_scales(module, mu, s, ref_d))
    return _CACHE[key]


def check_against_numpy(name, moments_b, derivs_b, to_numpy, floor=1e-300, max_ratio=np.inf):
    module = kernels(name)
    mu, s = grid()
    keep = np.ones(mu.size, dtype=bool) if max_ratio == np.inf else (s > 0) & (np.abs(mu) <= max_ratio * s) | (mu == 0)
    ref_m, ref_d, scale_m, scale_d = (a[:, keep] for a in references(name))
    mu, s = mu[keep], s[keep]
    got_m = to_numpy(moments_b(module, mu, s))
    got_d = to_numpy(derivs_b(module, mu, s))
    err_m, at_m = worst(got_m, ref_m, scale_m, floor)
    err_d, at_d = worst(got_d, ref_d, scale_d, floor)
    tol = tolerance(module)
    assert err_m <= tol, (name, "moment", err_m, "n =", at_m[0], "mu, sigma =", mu[at_m[1]], s[at_m[1]])
    assert err_d <= tol, (name, "derivative", err_d, "m =", at_d[0], "mu, sigma =", mu[at_d[1]], s[at_d[1]])
    return got_m, got_d


# ----------------------------------------------------------------------------- numpy namespace (always)
@pytest.mark.parametrize("name", list(CASES))
def test_numpy_namespace_matches_numpy_kernels(name):
    xp = array_runtime.backend("numpy")
    got_m, got_d = check_against_numpy(name, lambda m, mu, s: xp.moments(m, NMAX, mu, s, {}),
                                       lambda m, mu, s: xp.derivative_expectations(m, MMAX, mu, s, {}), np.asarray)
    # the same printed formulas and routes as the numpy kernels: equal to rounding (bit-identical but for
    # float literals such as 2/sqrt(pi), which the array printer folds), so a route that diverged from
    # _runtime's would show here long before it exceeds the accuracy bound
    ref_m, ref_d = references(name)[:2]
    for got, ref in ((got_m, ref_m), (got_d, ref_d)):
        same = (got == ref) | (np.isnan(got) & np.isnan(ref))
        with np.errstate(all="ignore"):
            assert np.all(same | (np.abs(got - ref) <= 1e-15 * np.abs(ref))), name


@pytest.mark.parametrize("name", ["relu", "gelu", "elu", "erf", "exp", "relu2", "xerf", "leaky02", "absx", "cubic"])
def test_numpy_namespace_matches_mpmath(name):
    """Closed forms against the module's mpmath kernels at 40 digits (independent of the float code)."""
    module, xp = kernels(name), array_runtime.backend("numpy")
    points = [(-30.0, 1.0), (-2.0, 0.3), (0.5, 1e-9), (1.0, 3.0), (5.0, 30.0), (0.3, 1e3), (0.7, 0.0)]
    mu, s = np.array(points).T
    got_m = xp.moments(module, NMAX, mu, s, {})
    got_d = xp.derivative_expectations(module, MMAX, mu, s, {})
    scale_m = _max_scale(moment_scales(module, mu, s), got_m)
    scale_d = derivative_scales(module, mu, s, got_d)
    with mp.workdps(40):
        for i, (m_, s_) in enumerate(points):
            ref_m = module.moments_mp(NMAX, m_, s_)
            ref_d = module.derivative_expectations_mp(MMAX, m_, s_)
            for n in range(NMAX + 1):
                assert abs(mp.mpf(float(got_m[n, i])) - ref_m[n]) <= 1e-13 * scale_m[n, i] + 1e-300, (name, n, m_, s_)
            for m in range(MMAX + 1):
                assert abs(mp.mpf(float(got_d[m, i])) - ref_d[m]) <= 1e-13 * scale_d[m, i] + 1e-300, (name, m, m_, s_)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["sigmoid", "tanh", "silu", "softplus", "mish", "quick_gelu", "softplus1"])
def test_numpy_namespace_numeric_matches_mpmath(name):
    module, xp = kernels(name), array_runtime.backend("numpy")
    points = [(-3.0, 0.3), (1.0, 3.0), (0.2, 0.01)]
    mu, s = np.array(points).T
    got_m = xp.moments(module, 4, mu, s, {})
    scale_m = _max_scale(moment_scales(module, mu, s)[:5], got_m)
    with mp.workdps(30):
        for i, (m_, s_) in enumerate(points):
            ref_m = module.moments_mp(4, m_, s_)
            for n in range(5):
                assert abs(mp.mpf(float(got_m[n, i])) - ref_m[n]) <= 1e-12 * scale_m[n, i] + 1e-300, (name, n, m_, s_)


def test_numpy_namespace_tails_match_special():
    from gaussym.kernels.special import gauss_tail_all

    xp = array_runtime.backend("numpy")
    c = np.array([-40.0, -5.0, -1.0, -1e-3, 0.0, 0.5, 3.9, 4.0, 4.1, 12.0, 37.0, 1e8, np.inf, -np.inf])
    L = np.array([0.0, 1.5, -3.0] * 4 + [0.0, 0.0])
    with np.errstate(all="ignore"):
        want = gauss_tail_all(12, c, L)
        got = xp.gauss_tail_all(12, c, L)
    finite = np.isfinite(want) & (want != 0)
    with np.errstate(invalid="ignore"):
        assert np.all((got == want) | ~finite | (np.abs(got - want) <= 2e-15 * np.abs(want)))


# ----------------------------------------------------------------------------- torch
@pytest.fixture(scope="module")
def torch():
    return pytest.importorskip("torch", reason="torch not installed: torch backend untested here")


TORCH_QUICK = ["gelu", "elu", "sigmoid", "erf", "relu2", "xerf", "quick_gelu", "absx"]


# the numpy namespace (above) runs the same printed code on every case; torch differs in its elementwise
# functions, checked on a subset by default and on all cases with -m slow
@pytest.mark.parametrize("name", TORCH_QUICK + [pytest.param(n, marks=pytest.mark.slow) for n in CASES
                                                if n not in TORCH_QUICK])
def test_torch_matches_numpy_kernels(torch, name):
    def as_t(a):
        return torch.tensor(a, dtype=torch.float64)

    def moments_b(m, mu, s):
        out = m.moments_torch(NMAX, as_t(mu), as_t(s))
        assert isinstance(out, torch.Tensor) and out.dtype == torch.float64 and out.device.type == "cpu"
        return out

    check_against_numpy(name, moments_b, lambda m, mu, s: m.derivative_expectations_torch(MMAX, as_t(mu), as_t(s)),
                        lambda t: t.detach().numpy())


def test_torch_dtype_device_broadcasting_and_activation(torch):
    module = kernels("elu")
    mu = torch.linspace(-2, 2, 5, dtype=torch.float64)[:, None]
    s = torch.tensor([0.0, 0.5, 2.0], dtype=torch.float64)
    out = module.moments_torch(3, mu, s)
    assert out.shape == (4, 5, 3) and out.dtype == torch.float64
    np.testing.assert_allclose(out.numpy(), module.moments(3, mu.numpy(), s.numpy()), rtol=1e-14, atol=0)
    out32 = module.moments_torch(3, mu.float(), 0.5)                       # float32 in, float32 out
    assert out32.dtype == torch.float32 and out32.shape == (4, 5, 1)
    scalar = module.derivative_expectations_torch(2, 0.3, 1.0)           # Python floats: float64 0-d
    assert scalar.shape == (3,) and scalar.dtype == torch.float64
    x = torch.tensor([-1.0, 0.0, 2.0], dtype=torch.float64)
    np.testing.assert_allclose(module.activation_torch(x, alpha=2.0).numpy(), module.activation(x.numpy(), alpha=2.0))
    with pytest.raises(ValueError, match="sigma must be >= 0"):
        module.moments_torch(2, 0.0, torch.tensor([1.0, -1.0]))
    with pytest.raises(ValueError, match="mu contains NaN"):
        module.moments_torch(2, torch.tensor([float("nan")]), 1.0)
    with pytest.raises(ValueError, match="exceeds MAX_N"):
        module.moments_torch(NMAX + 1, 0.0, 1.0)
    with pytest.raises(ValueError, match="no parameter beta"):
        module.moments_torch(1, 0.0, 1.0, beta=1.0)


@pytest.mark.parametrize("name", ["relu", "gelu", "elu", "sigmoid", "tanh", "silu", "softplus", "erf", "exp",
                                  "relu2", "xerf", "quick_gelu", "leaky02", "absx", "cubic"])
def test_torch_autograd_is_the_derivative_kernel(torch, name):
    """d/dmu E[act^(m)(x)] = E[act^(m+1)(x)]: autograd through the moment kernel (m = 0) and through the
    derivative kernels (m = 1, 2) equals the next derivative kernel."""
    module = kernels(name)
    mu0 = [-2.0, 0.5, 3.0, -1.0, 0.2, 4.0]
    s0 = [0.3, 1.0, 2.0, 20.0, 0.05, 1e-3]
    s = torch.tensor(s0, dtype=torch.float64)
    want = module.derivative_expectations(4, np.array(mu0), np.array(s0))
    scale = np.abs(want) + derivative_scales(module, np.array(mu0), np.array(s0),
                                             module.derivative_expectations(MMAX, np.array(mu0), np.array(s0)))[:5]
    for m in range(3):
        mu = torch.tensor(mu0, dtype=torch.float64, requires_grad=True)
        value = module.moments_torch(0, mu, s)[0] if m == 0 else module.derivative_expectations_torch(m, mu, s)[m]
        (grad,) = torch.autograd.grad(value.sum(), mu)
        err = np.abs(grad.numpy() - want[m + 1]) / scale[m + 1]
        assert np.max(err) <= 1e-9, (name, m, err)


def test_torch_kernels_do_not_fall_back_to_numpy(torch, monkeypatch):
    module = kernels("gelu")
    boom = lambda *a, **k: (_ for _ in ()).throw(AssertionError("numpy kernel called"))   # noqa: E731
    monkeypatch.setattr(module._SELF, "_MOMENTS", (boom,) * (NMAX + 1))     # what the runtimes read
    monkeypatch.setattr(module._SELF, "_DERIVATIVES", (boom,) * (NMAX + 1))
    from gaussym.kernels.generated import _runtime
    monkeypatch.setattr(_runtime, "tail", boom)
    monkeypatch.setattr(_runtime, "norm_pdf", boom)
    with pytest.raises(AssertionError, match="numpy kernel called"):        # the patch bites the numpy path
        module.moments(2, 0.3, 1.5)
    mu = torch.tensor([0.3, -1.0], dtype=torch.float64, requires_grad=True)
    out = module.moments_torch(4, mu, 1.5)
    assert isinstance(out, torch.Tensor) and out.grad_fn is not None       # a numpy round trip has no graph
    assert isinstance(module.derivative_expectations_torch(3, mu, 1.5), torch.Tensor)


# ----------------------------------------------------------------------------- jax
@pytest.fixture(scope="module")
def jax():
    jax = pytest.importorskip("jax", reason="jax not installed: jax backend untested here (pip install jax)")
    jax.config.update("jax_enable_x64", True)
    return jax


JAX_QUICK = ["cubic"]                     # (gelu, tails in jax, in the transformations test below)


# eager jax compiles every operation for every new shape (subsets of the grid): 2-16 s per activation;
# all cases with -m slow
@pytest.mark.parametrize("name", JAX_QUICK + [pytest.param(n, marks=pytest.mark.slow) for n in CASES if n not in JAX_QUICK])
def test_jax_matches_numpy_kernels(jax, name):
    import jax.numpy as jnp

    def moments_b(m, mu, s):
        out = m.moments_jax(NMAX, jnp.asarray(mu), jnp.asarray(s))
        assert isinstance(out, jax.Array) and out.dtype == jnp.float64
        return out

    # XLA on CPU flushes subnormals to zero, also inside a computation (phi(37) mu^3 / sigma^7 at
    # sigma = 1e-9 passes through 1e-320): the grid stops at |mu/sigma| = 10 and results below ~1e-273 are
    # judged absolutely (relu n = 8 at (-37000, 1000) is 0 for 1.5e-281; docs/backends.md)
    check_against_numpy(name, moments_b, lambda m, mu, s: m.derivative_expectations_jax(MMAX, jnp.asarray(mu),
                                                                                         jnp.asarray(s)), np.asarray,
                        floor=1e-260, max_ratio=10.0)


def test_jax_transformations_are_a_clear_error_and_x64_is_required(jax):
    import jax.numpy as jnp

    module = kernels("gelu")
    with pytest.raises(TypeError, match="not supported"):                    # branches on values: no grad/jit
        jax.grad(lambda mu: module.moments_jax(0, mu, 1.3)[0])(0.4)
    out = module.moments_jax(2, jnp.asarray([0.1, 0.2]), 1.0)
    assert out.shape == (3, 2) and out.dtype == jnp.float64
    np.testing.assert_allclose(np.asarray(out), module.moments(2, [0.1, 0.2], 1.0), rtol=1e-14)
    jax.config.update("jax_enable_x64", False)
    try:
        with pytest.raises(RuntimeError, match="jax_enable_x64"):
            module.moments_jax(1, 0.0, 1.0)
    finally:
        jax.config.update("jax_enable_x64", True)


# ----------------------------------------------------------------------------- cupy, laziness, determinism
def test_cupy_source_compiles_and_missing_package_error():
    module = kernels("elu")
    assert callable(module.moments_cupy) and "cupy" in module.XP_BACKENDS
    try:
        import cupy  # noqa: F401
    except Exception:
        with pytest.raises(ImportError, match="pip install cupy"):
            module.moments_cupy(2, 0.0, 1.0)
    else:
        pytest.skip("cupy importable here: GPU tests are not part of this suite")


def test_missing_package_error_names_pip(monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)                          # as if torch were absent
    lazy = array_runtime._Lazy("torch")
    with pytest.raises(ImportError, match=r"pip install torch"):
        lazy.moments(kernels("relu"), 1, 0.0, 1.0, {})


def test_module_without_backend_kernels_is_a_clear_error():
    import gaussym.kernels.generated.relu as relu

    with pytest.raises(ValueError, match="--backend numpy"):
        array_runtime.backend("numpy").moments(relu._SELF, 1, 0.0, 1.0, {})


def test_backend_source_is_deterministic():
    text, params = CASES["elu"]
    code = ("from gaussym.kernels.codegen import generate_module; import sys; "
            f"sys.stdout.write(generate_module('elu', {text!r}, {params!r}, 3, ('numpy', 'mpmath', 'cupy', 'torch')))")
    env = dict(os.environ, PYTHONHASHSEED="12345")
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    here = generate_module("elu", text, params, 3, ("numpy", "mpmath", "torch", "cupy"))
    assert other == here
    assert "def moments_torch(" in here and "def moments_cupy(" in here and "def moments_jax(" not in here
    # the array kernels call only the namespace: no numpy/scipy/torch name in their bodies
    xp_part = here[here.index("def _activation_xp("):here.index("_MOMENTS = (")]
    assert "numpy." not in xp_part and "scipy." not in xp_part and "torch." not in xp_part


def test_numpy_and_mpmath_bytes_unchanged_by_extra_backends():
    text, params = CASES["sigmoid"]
    plain = generate_module("sigmoid", text, params, 3)
    extra = generate_module("sigmoid", text, params, 3, ALL_BACKENDS)
    cut = plain.index("_MOMENTS = (")
    # everything numpy/mpmath is the same text (the extra module adds its import and _xp blocks)
    assert plain[plain.index("NAME = "):cut].strip() in extra


def test_cli_builtin_name_with_backend(tmp_path, capsys):
    from gaussym.cli import main

    out = tmp_path / "gelu_torch.py"
    assert main(["codegen", "gelu", "--backend", "torch", "jax", "-o", str(out), "--max-n", "2", "--quiet"]) == 0
    src = out.read_text()
    assert "NAME = 'gelu'" in src and "def moments_torch(" in src and "def derivative_expectations_jax(" in src
    module = load_module(src, "gelu_cli")
    np.testing.assert_allclose(array_runtime.backend("numpy").moments(module._SELF, 2, [0.1, -1.0], 0.7, {}),
                               module.moments(2, [0.1, -1.0], 0.7), rtol=1e-15)
    assert main(["codegen", "x*erf(x)", "-o", str(tmp_path / "y.py")]) == 2       # an expression needs --name
    assert "--name is required" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["gelu", "elu", "sigmoid", "absx"])
def test_torch_autograd_in_sigma_is_the_heat_equation(torch, name):
    """d/dsigma E[act(x)] = sigma E[act''(x)] (x ~ N(mu, sigma^2))."""
    module = kernels(name)
    mu0, s0 = np.array([-1.5, 0.4, 2.0, 0.0]), np.array([0.7, 1.0, 3.0, 25.0])
    s = torch.tensor(s0, dtype=torch.float64, requires_grad=True)
    (grad,) = torch.autograd.grad(module.moments_torch(0, torch.tensor(mu0), s)[0].sum(), s)
    d = module.derivative_expectations(2, mu0, s0)
    np.testing.assert_allclose(grad.numpy(), s0 * d[2], rtol=1e-10, atol=1e-14)


def test_torch_tensor_parameter_has_a_gradient(torch):
    """A learnable parameter (leaky slope as a tensor): d/da E[where(x > 0, x, a x)] = E[min(x, 0)]."""
    text, params = BUILTIN_EXPRESSIONS["leaky_relu"]
    module = load_module(generate_module("lrelu_p", text, params, 2, ("numpy", "mpmath", "torch")), "lrelu_p")
    slope = torch.tensor(0.1, dtype=torch.float64, requires_grad=True)
    mu, s = torch.tensor([-0.5, 1.0], dtype=torch.float64), torch.tensor([1.0, 2.0], dtype=torch.float64)
    value = module.moments_torch(1, mu, s, negative_slope=slope)
    np.testing.assert_allclose(value.detach().numpy(), module.moments(1, mu.numpy(), s.numpy(), negative_slope=0.1),
                               rtol=1e-14)
    (grad,) = torch.autograd.grad(value[0].sum(), slope)
    e_min = module.moments(0, mu.numpy(), s.numpy(), negative_slope=1.0)[0] - \
        module.moments(0, mu.numpy(), s.numpy(), negative_slope=0.0)[0]          # E[min(x, 0)]
    np.testing.assert_allclose(float(grad), e_min.sum(), rtol=1e-13)
    per_pair = torch.tensor([0.1, 0.3], dtype=torch.float64)                     # one slope per input
    np.testing.assert_allclose(module.moments_torch(0, mu, s, negative_slope=per_pair)[0].numpy(),
                               [module.moments(0, -0.5, 1.0, negative_slope=0.1)[0],
                                module.moments(0, 1.0, 2.0, negative_slope=0.3)[0]], rtol=1e-14)
    grid_mu = torch.zeros(4, 3, dtype=torch.float64)                           # broadcast: one slope per column
    out = module.moments_torch(0, grid_mu, 1.0, negative_slope=torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64))
    np.testing.assert_allclose(out[0, 0].numpy(), (1 - np.array([0.1, 0.2, 0.3])) / np.sqrt(2 * np.pi), rtol=1e-14)
    with pytest.raises(ValueError, match="negative_slope of shape"):
        module.moments_torch(0, grid_mu, 1.0, negative_slope=torch.ones(5, dtype=torch.float64))


def test_cupy_glue_with_a_numpy_stand_in(monkeypatch):
    """The cupy class's glue (asarray, asnumpy, cupyx special functions, scatter_add) run with numpy
    standing in for cupy: no GPU here, so this checks the code path, not cupy itself."""
    import types

    import scipy.special

    fake = types.ModuleType("cupy")
    fake.__dict__.update({k: v for k, v in np.__dict__.items() if not k.startswith("__")})
    fake.asnumpy = np.asarray
    cupyx = types.ModuleType("cupyx")
    cupyx.scatter_add = np.add.at
    cupyx.scipy = types.ModuleType("cupyx.scipy")
    cupyx.scipy.special = scipy.special
    for name, mod in {"cupy": fake, "cupyx": cupyx, "cupyx.scipy": cupyx.scipy, "cupyx.scipy.special": scipy.special}.items():
        monkeypatch.setitem(sys.modules, name, mod)
    lazy = array_runtime._Lazy("cupy")
    for name in ("elu", "quick_gelu"):
        module = kernels(name)
        mu, s = np.array([-2.0, 0.3, 1.0, 0.5]), np.array([0.7, 0.0, 30.0, 0.2])
        with np.errstate(all="ignore"):
            np.testing.assert_allclose(lazy.moments(module._SELF, 4, mu, s, {}), module.moments(4, mu, s), rtol=1e-13)
            np.testing.assert_allclose(lazy.derivative_expectations(module._SELF, 4, mu, s, {}),
                                       module.derivative_expectations(4, mu, s), rtol=1e-12, atol=1e-300)


def test_backend_kernels_run_without_sympy(tmp_path):
    """The generated module and the array runtime import no SymPy at run time (numeric path)."""
    path = tmp_path / "silu_xp.py"
    path.write_text(generate_module("silu_xp", *CASES["silu"], 3, ALL_BACKENDS))
    code = ("import importlib.util, sys\n"
            f"spec = importlib.util.spec_from_file_location('silu_xp', {str(path)!r})\n"
            "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n"
            "from gaussym.kernels.array_runtime import backend\n"
            "backend('numpy').moments(m._SELF, 3, [0.1, 3.0], [0.1, 2.0], {})\n"
            "backend('numpy').derivative_expectations(m._SELF, 3, [0.1, 3.0], [0.1, 2.0], {})\n"
            "assert 'sympy' not in sys.modules, 'sympy imported'\n"
            "assert not {'torch', 'jax', 'cupy'} & set(sys.modules), 'a backend imported eagerly'\n")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)


def test_torch_per_pair_parameter_on_the_split_route(torch):
    """elu's alpha per (mu, sigma) pair through every derivative route (split at sigma >= 0.5: the exp
    block integrated with each pair's alpha at its nodes), and its gradient."""
    module = kernels("elu")
    mu0, s0, a0 = np.array([0.3, -1.0, 2.0, 0.1]), np.array([2.0, 5.0, 40.0, 0.1]), np.array([0.5, 1.0, 2.0, 1.5])
    alpha = torch.tensor(a0, dtype=torch.float64, requires_grad=True)
    got = module.derivative_expectations_torch(4, torch.tensor(mu0), torch.tensor(s0), alpha=alpha)
    want = np.stack([module.derivative_expectations(4, mu0[i], s0[i], alpha=a0[i]) for i in range(4)], axis=1)
    np.testing.assert_allclose(got.detach().numpy(), want, rtol=1e-13)
    (grad,) = torch.autograd.grad(got[1].sum(), alpha)
    h = 1e-6
    fd = [(module.derivative_expectations(1, mu0[i], s0[i], alpha=a0[i] + h)[1]
           - module.derivative_expectations(1, mu0[i], s0[i], alpha=a0[i] - h)[1]) / (2 * h) for i in range(4)]
    np.testing.assert_allclose(grad.numpy(), fd, rtol=1e-8)
