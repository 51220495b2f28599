"""Generated kernels for the activation 'identity' -- DO NOT EDIT.

    act(x) = x
    moments E[x^n act(x)], x ~ N(mu, sigma^2), for n <= MAX_N = 10; expected derivatives
    E[act^(m)(x)] = d^m/dmu^m E[act(x)] for m <= MAX_N; numpy (vectorised) and mpmath kernels.

Written by gaussym.kernels.codegen. Regenerate: python derivations/regenerate_kernels.py (built-ins) or
    gaussym codegen 'x' --name identity --max-n 10 -o FILE

Decomposition:
    piece x in (-inf, inf): x
      closed form: x

Blocks: D(k, c, L) = e^L int_c^inf (z-c)^k phi(z) dz (gauss_tail); PhiBlend(P, Q, q) = P Phi(q) + Q phi(q).
Closed-form part of E[x^n act(x)]:
    n = 0: mu
    n = 1: mu**2 + sigma**2
    n = 2: mu**3 + 3*mu*sigma**2
Closed-form part of E[act'(x)]:
    1
"""
# ruff: noqa
import gaussym.kernels.generated._runtime

NAME = 'identity'
EXPRESSION = 'x'
PARAMS = {}
MAX_N = 10
NUMERIC = False
BAKED_PARAMS = ()
DIRECT_SIGMA = 0.0
HERMITE_SIGMA = None
WINDOW = ()
REMAINDER_BREAKPOINTS = ()
SPLIT_EXP = False
SPLIT_WINDOW = ()
SPLIT_BREAKPOINTS = ()
_runtime = gaussym.kernels.generated._runtime


def _activation(x):
    return x


def _act_derivative_0(x):
    return x


def _act_derivative_1(x):
    return 1


def _act_derivative_2(x):
    return 0


def _act_derivative_3(x):
    return 0


def _act_derivative_4(x):
    return 0


def _act_derivative_5(x):
    return 0


def _act_derivative_6(x):
    return 0


def _act_derivative_7(x):
    return 0


def _act_derivative_8(x):
    return 0


def _act_derivative_9(x):
    return 0


def _act_derivative_10(x):
    return 0


def _moment_0(mu, sigma):
    return mu


def _moment_1(mu, sigma):
    return mu**2 + sigma**2


def _moment_2(mu, sigma):
    return mu**3 + 3*mu*sigma**2


def _moment_3(mu, sigma):
    return mu**4 + 6*mu**2*sigma**2 + 3*sigma**4


def _moment_4(mu, sigma):
    return mu**5 + 10*mu**3*sigma**2 + 15*mu*sigma**4


def _moment_5(mu, sigma):
    return mu**6 + 15*mu**4*sigma**2 + 45*mu**2*sigma**4 + 15*sigma**6


def _moment_6(mu, sigma):
    return mu**7 + 21*mu**5*sigma**2 + 105*mu**3*sigma**4 + 105*mu*sigma**6


def _moment_7(mu, sigma):
    return mu**8 + 28*mu**6*sigma**2 + 210*mu**4*sigma**4 + 420*mu**2*sigma**6 + 105*sigma**8


def _moment_8(mu, sigma):
    return mu**9 + 36*mu**7*sigma**2 + 378*mu**5*sigma**4 + 1260*mu**3*sigma**6 + 945*mu*sigma**8


def _moment_9(mu, sigma):
    return mu**10 + 45*mu**8*sigma**2 + 630*mu**6*sigma**4 + 3150*mu**4*sigma**6 + 4725*mu**2*sigma**8 + 945*sigma**10


def _moment_10(mu, sigma):
    return mu**11 + 55*mu**9*sigma**2 + 990*mu**7*sigma**4 + 6930*mu**5*sigma**6 + 17325*mu**3*sigma**8 + 10395*mu*sigma**10


def _derivative_0(mu, sigma):
    return mu


def _derivative_1(mu, sigma):
    return 1


def _derivative_2(mu, sigma):
    return 0


def _derivative_3(mu, sigma):
    return 0


def _derivative_4(mu, sigma):
    return 0


def _derivative_5(mu, sigma):
    return 0


def _derivative_6(mu, sigma):
    return 0


def _derivative_7(mu, sigma):
    return 0


def _derivative_8(mu, sigma):
    return 0


def _derivative_9(mu, sigma):
    return 0


def _derivative_10(mu, sigma):
    return 0


def _activation_mp(x):
    return x


def _act_derivative_mp_0(x):
    return x


def _act_derivative_mp_1(x):
    return 1


def _act_derivative_mp_2(x):
    return 0


def _act_derivative_mp_3(x):
    return 0


def _act_derivative_mp_4(x):
    return 0


def _act_derivative_mp_5(x):
    return 0


def _act_derivative_mp_6(x):
    return 0


def _act_derivative_mp_7(x):
    return 0


def _act_derivative_mp_8(x):
    return 0


def _act_derivative_mp_9(x):
    return 0


def _act_derivative_mp_10(x):
    return 0


def _moment_mp_0(mu, sigma):
    return mu


def _moment_mp_1(mu, sigma):
    return mu**2 + sigma**2


def _moment_mp_2(mu, sigma):
    return mu**3 + 3*mu*sigma**2


def _moment_mp_3(mu, sigma):
    return mu**4 + 6*mu**2*sigma**2 + 3*sigma**4


def _moment_mp_4(mu, sigma):
    return mu**5 + 10*mu**3*sigma**2 + 15*mu*sigma**4


def _moment_mp_5(mu, sigma):
    return mu**6 + 15*mu**4*sigma**2 + 45*mu**2*sigma**4 + 15*sigma**6


def _moment_mp_6(mu, sigma):
    return mu**7 + 21*mu**5*sigma**2 + 105*mu**3*sigma**4 + 105*mu*sigma**6


def _moment_mp_7(mu, sigma):
    return mu**8 + 28*mu**6*sigma**2 + 210*mu**4*sigma**4 + 420*mu**2*sigma**6 + 105*sigma**8


def _moment_mp_8(mu, sigma):
    return mu**9 + 36*mu**7*sigma**2 + 378*mu**5*sigma**4 + 1260*mu**3*sigma**6 + 945*mu*sigma**8


def _moment_mp_9(mu, sigma):
    return mu**10 + 45*mu**8*sigma**2 + 630*mu**6*sigma**4 + 3150*mu**4*sigma**6 + 4725*mu**2*sigma**8 + 945*sigma**10


def _moment_mp_10(mu, sigma):
    return mu**11 + 55*mu**9*sigma**2 + 990*mu**7*sigma**4 + 6930*mu**5*sigma**6 + 17325*mu**3*sigma**8 + 10395*mu*sigma**10


def _derivative_mp_0(mu, sigma):
    return mu


def _derivative_mp_1(mu, sigma):
    return 1


def _derivative_mp_2(mu, sigma):
    return 0


def _derivative_mp_3(mu, sigma):
    return 0


def _derivative_mp_4(mu, sigma):
    return 0


def _derivative_mp_5(mu, sigma):
    return 0


def _derivative_mp_6(mu, sigma):
    return 0


def _derivative_mp_7(mu, sigma):
    return 0


def _derivative_mp_8(mu, sigma):
    return 0


def _derivative_mp_9(mu, sigma):
    return 0


def _derivative_mp_10(mu, sigma):
    return 0


_MOMENTS = (_moment_0, _moment_1, _moment_2, _moment_3, _moment_4, _moment_5, _moment_6, _moment_7, _moment_8, _moment_9, _moment_10,)
_DERIVATIVES = (_derivative_0, _derivative_1, _derivative_2, _derivative_3, _derivative_4, _derivative_5, _derivative_6, _derivative_7, _derivative_8, _derivative_9, _derivative_10,)
_ACT_DERIVATIVES = (_act_derivative_0, _act_derivative_1, _act_derivative_2, _act_derivative_3, _act_derivative_4, _act_derivative_5, _act_derivative_6, _act_derivative_7, _act_derivative_8, _act_derivative_9, _act_derivative_10,)
_MOMENTS_MP = (_moment_mp_0, _moment_mp_1, _moment_mp_2, _moment_mp_3, _moment_mp_4, _moment_mp_5, _moment_mp_6, _moment_mp_7, _moment_mp_8, _moment_mp_9, _moment_mp_10,)
_DERIVATIVES_MP = (_derivative_mp_0, _derivative_mp_1, _derivative_mp_2, _derivative_mp_3, _derivative_mp_4, _derivative_mp_5, _derivative_mp_6, _derivative_mp_7, _derivative_mp_8, _derivative_mp_9, _derivative_mp_10,)
_ACT_DERIVATIVES_MP = (_act_derivative_mp_0, _act_derivative_mp_1, _act_derivative_mp_2, _act_derivative_mp_3, _act_derivative_mp_4, _act_derivative_mp_5, _act_derivative_mp_6, _act_derivative_mp_7, _act_derivative_mp_8, _act_derivative_mp_9, _act_derivative_mp_10,)


def activation(x, **params):
    """The activation, elementwise on a numpy array."""
    return _runtime.activation(_SELF, x, params)


def moments(nmax, mu, sigma, **params):
    """(nmax+1, *shape) float64 array of E[x^n act(x)], x ~ N(mu, sigma^2), n = 0..nmax <= MAX_N."""
    return _runtime.moments(_SELF, nmax, mu, sigma, params)


def derivative_expectations(mmax, mu, sigma, **params):
    """(mmax+1, *shape) float64 array of E[act^(m)(x)], m = 0..mmax <= MAX_N."""
    return _runtime.derivative_expectations(_SELF, mmax, mu, sigma, params)


def moments_mp(nmax, mu, sigma, **params):
    """[E[x^n act(x)] for n = 0..nmax] as mpmath numbers at the current mpmath.mp.dps (scalar mu, sigma)."""
    return _runtime.moments_mp(_SELF, nmax, mu, sigma, params)


def derivative_expectations_mp(mmax, mu, sigma, **params):
    """[E[act^(m)(x)] for m = 0..mmax] as mpmath numbers at the current mpmath.mp.dps (scalar mu, sigma)."""
    return _runtime.derivative_expectations_mp(_SELF, mmax, mu, sigma, params)


class _Self:
    """This module's kernels as attributes (what the runtime reads)."""


_SELF = _Self()
_SELF.__dict__.update({k: v for k, v in globals().items() if not k.startswith("__")})
