"""Activation registry backed by generated kernel modules (no SymPy on this path).

Each built-in activation is DATA: an expression string in the safe grammar of
``gaussym.symbolic.parse`` plus default parameters (``BUILTIN_EXPRESSIONS``). The code
generator turns each into ``gaussym/kernels/generated/<name>.py`` (regenerate with
``python derivations/regenerate_kernels.py``); here they are only imported.

Contract used by the rest of gaussym:
    get_activation(act, **params) -> Activation      act: name, alias or Activation
    register_activation(act)                          makes act.name usable by name
    known_activations() -> list[str]
    Activation.name, .params, .max_n, __call__(x) (numpy, elementwise),
    Activation.moments(nmax, mu, sigma) -> (nmax+1, *shape)   E[x^n act(x)], n = 0..nmax
    Activation.derivative_expectations(mmax, mu, sigma) -> (mmax+1, *shape)  E[act^(m)(x)]
    Activation.moments_mp / derivative_expectations_mp: lists of mpmath numbers (scalar mu, sigma)
    Activation.from_expr(text, name=..., params=..., max_n=...): codegen in memory (imports SymPy).
"""
from __future__ import annotations

from importlib import import_module

#: name -> (expression in the safe grammar, default parameters)
BUILTIN_EXPRESSIONS = {
    "identity": ("x", {}),
    "relu": ("max(x, 0)", {}),
    "leaky_relu": ("where(x > 0, x, negative_slope*x)", {"negative_slope": 0.01}),
    "gelu": ("x*Phi(x)", {}),
    "erf": ("erf(x)", {}),
    "exp": ("exp(x)", {}),
    "elu": ("where(x > 0, x, alpha*(exp(x) - 1))", {"alpha": 1.0}),
    "square": ("x**2", {}),
    "sigmoid": ("sigmoid(x)", {}),
    "tanh": ("tanh(x)", {}),
    "silu": ("x*sigmoid(x)", {}),
    "softplus": ("log1p(exp(x))", {}),
    "mish": ("x*tanh(log1p(exp(x)))", {}),
}
ALIASES = {"swish": "silu"}

_REGISTRY: dict[str, "Activation"] = {}


class Activation:
    """An activation with its generated kernels (``module``) and parameter values (``params``)."""

    def __init__(self, name: str, module, params: dict | None = None):
        self.name = name
        self.module = module
        self.params = {**module.PARAMS, **(params or {})}
        module._runtime.resolve_params(module, self.params)  # validates names and baked values

    @property
    def max_n(self) -> int:
        return self.module.MAX_N

    @property
    def expression(self) -> str:
        return self.module.EXPRESSION

    def __repr__(self):
        extra = "".join(f", {k}={v!r}" for k, v in self.params.items())
        return f"Activation({self.name!r}{extra})"

    def __call__(self, x):
        return self.module.activation(x, **self.params)

    def with_params(self, **params) -> "Activation":
        return Activation(self.name, self.module, {**self.params, **params})

    def moments(self, nmax, mu, sigma):
        """(nmax+1, *shape) array of E[x^n act(x)], x ~ N(mu, sigma^2) (sigma a standard deviation)."""
        return self.module.moments(nmax, mu, sigma, **self.params)

    def derivative_expectations(self, mmax, mu, sigma):
        """(mmax+1, *shape) array of E[act^(m)(x)], m = 0..mmax."""
        return self.module.derivative_expectations(mmax, mu, sigma, **self.params)

    def moments_mp(self, nmax, mu, sigma):
        return self.module.moments_mp(nmax, mu, sigma, **self.params)

    def derivative_expectations_mp(self, mmax, mu, sigma):
        return self.module.derivative_expectations_mp(mmax, mu, sigma, **self.params)

    @classmethod
    def from_expr(cls, text: str, *, name: str = "custom", params: dict | None = None, max_n: int = 8,
                  progress=None) -> "Activation":
        """Derive and compile ``text`` (safe grammar, never eval'd) in memory; imports SymPy."""
        from gaussym.kernels.codegen import generate_module, load_module

        if not isinstance(text, str):
            raise ValueError(f"text must be an expression string, got {type(text).__name__}")
        source = generate_module(name, text, params or {}, max_n, progress=progress)
        return cls(name, load_module(source, name))


def _builtin_module(name: str):
    return import_module(f"gaussym.kernels.generated.{name}")


def known_activations() -> list[str]:
    return sorted(set(BUILTIN_EXPRESSIONS) | set(ALIASES) | set(_REGISTRY))


def get_activation(act, **params) -> Activation:
    """Activation by name (built-in, alias or registered) or an Activation (params applied)."""
    if isinstance(act, Activation):
        return act.with_params(**params) if params else act
    if not isinstance(act, str):
        raise ValueError(f"act must be an activation name or Activation, got {type(act).__name__}")
    if act in _REGISTRY:
        base = _REGISTRY[act]
        return base.with_params(**params) if params else base
    name = ALIASES.get(act, act)
    if name not in BUILTIN_EXPRESSIONS:
        raise ValueError(f"unknown activation {act!r}; known: {', '.join(known_activations())} "
                         f"(or build one with Activation.from_expr)")
    return Activation(name, _builtin_module(name), params)


def register_activation(act: Activation, *, overwrite: bool = False) -> Activation:
    """Make ``act`` available by ``act.name``; built-in names cannot be replaced."""
    if not isinstance(act, Activation):
        raise ValueError(f"act must be an Activation, got {type(act).__name__}")
    if act.name in BUILTIN_EXPRESSIONS or act.name in ALIASES:
        raise ValueError(f"{act.name!r} is a built-in activation name; choose another name")
    if act.name in _REGISTRY and not overwrite:
        raise ValueError(f"activation {act.name!r} is already registered (pass overwrite=True)")
    _REGISTRY[act.name] = act
    return act
