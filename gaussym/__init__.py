"""gaussym: least-squares-optimal polynomials of neural-network layers under Gaussian
and Gaussian-mixture inputs, in closed form.

``import gaussym`` is light: public names are resolved lazily from their modules, and
nothing on the numeric path imports SymPy (the closed forms reach it as generated kernel
modules under ``gaussym/kernels/generated``).
"""
from importlib import import_module

__version__ = "0.1.0"

# public name -> defining module (resolved on first attribute access)
_PUBLIC = {
    "expect": "gaussym.expectations",
    "expect_derivative": "gaussym.expectations",
    "Activation": "gaussym.activations",
    "get_activation": "gaussym.activations",
    "register_activation": "gaussym.activations",
    "known_activations": "gaussym.activations",
    "noncentral_moment": "gaussym.moments",
    "noncentral_moments": "gaussym.moments",
    "master_theorem_coefficients": "gaussym.moments",
    "Gaussian": "gaussym.distributions",
    "GaussianMixture": "gaussym.distributions",
    "mlp_approx": "gaussym.approx",
    "glu_approx": "gaussym.approx",
    "PolyApprox": "gaussym.approx",
    "load_model": "gaussym.io",
}

__all__ = sorted(_PUBLIC) + ["__version__"]


def __getattr__(name):
    try:
        module = _PUBLIC[name]
    except KeyError:
        raise AttributeError(f"module 'gaussym' has no attribute {name!r}") from None
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__():
    return __all__
