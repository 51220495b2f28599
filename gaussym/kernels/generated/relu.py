"""Generated kernels for the activation 'relu' -- DO NOT EDIT.

    act(x) = max(x, 0)
    moments E[x^n act(x)], x ~ N(mu, sigma^2), for n <= MAX_N = 10; expected derivatives
    E[act^(m)(x)] = d^m/dmu^m E[act(x)] for m <= MAX_N; numpy (vectorised) and mpmath kernels.

Written by gaussym.kernels.codegen. Regenerate: python derivations/regenerate_kernels.py (built-ins) or
    gaussym codegen 'max(x, 0)' --name relu --max-n 10 -o FILE

Decomposition:
    piece x in (-inf, 0): 0
    piece x in (0, inf): x
      closed form: x

Blocks: D(k, c, L) = e^L int_c^inf (z-c)^k phi(z) dz (gauss_tail); PhiBlend(P, Q, q) = P Phi(q) + Q phi(q).
Closed-form part of E[x^n act(x)]:
    n = 0: sigma*D(1, -mu/sigma, 0)
    n = 1: sigma**2*D(2, -mu/sigma, 0)
    n = 2: sigma**3*D(3, -mu/sigma, 0)
Closed-form part of E[act'(x)]:
    D(0, -mu/sigma, 0)
"""
# ruff: noqa
import gaussym.kernels.generated._runtime
import gaussym.kernels.special
import mpmath
import numpy

NAME = 'relu'
EXPRESSION = 'max(x, 0)'
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
    return numpy.select([numpy.less(x, 0),True], [0,x], default=numpy.nan)


def _act_derivative_0(x):
    return numpy.select([numpy.less(x, 0),True], [0,x], default=numpy.nan)


def _act_derivative_1(x):
    return numpy.select([numpy.less(x, 0),True], [0,1], default=numpy.nan)


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
    return sigma*gaussym.kernels.generated._runtime.tail(1, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_1(mu, sigma):
    return sigma**2*gaussym.kernels.generated._runtime.tail(2, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_2(mu, sigma):
    return sigma**3*gaussym.kernels.generated._runtime.tail(3, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_3(mu, sigma):
    return sigma**4*gaussym.kernels.generated._runtime.tail(4, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_4(mu, sigma):
    return sigma**5*gaussym.kernels.generated._runtime.tail(5, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_5(mu, sigma):
    return sigma**6*gaussym.kernels.generated._runtime.tail(6, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_6(mu, sigma):
    return sigma**7*gaussym.kernels.generated._runtime.tail(7, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_7(mu, sigma):
    return sigma**8*gaussym.kernels.generated._runtime.tail(8, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_8(mu, sigma):
    return sigma**9*gaussym.kernels.generated._runtime.tail(9, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_9(mu, sigma):
    return sigma**10*gaussym.kernels.generated._runtime.tail(10, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_10(mu, sigma):
    return sigma**11*gaussym.kernels.generated._runtime.tail(11, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _derivative_0(mu, sigma):
    return sigma*gaussym.kernels.generated._runtime.tail(1, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _derivative_1(mu, sigma):
    return gaussym.kernels.generated._runtime.tail(0, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _derivative_2(mu, sigma):
    return gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma


def _derivative_3(mu, sigma):
    return -mu*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**3


def _derivative_4(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    return _t0*mu**2/sigma**5 - _t0/sigma**3


def _derivative_5(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    return -_t0*mu**3/sigma**7 + 3*_t0*mu/sigma**5


def _derivative_6(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    return _t0*mu**4/sigma**9 - 6*_t0*mu**2/sigma**7 + 3*_t0/sigma**5


def _derivative_7(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    return -_t0*mu**5/sigma**11 + 10*_t0*mu**3/sigma**9 - 15*_t0*mu/sigma**7


def _derivative_8(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t1 = 15*_t0
    return _t0*mu**6/sigma**13 + 45*_t0*mu**2/sigma**9 - _t1*mu**4/sigma**11 - _t1/sigma**7


def _derivative_9(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    return -_t0*mu**7/sigma**15 + 21*_t0*mu**5/sigma**13 - 105*_t0*mu**3/sigma**11 + 105*_t0*mu/sigma**9


def _derivative_10(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    return _t0*mu**8/sigma**17 - 28*_t0*mu**6/sigma**15 + 210*_t0*mu**4/sigma**13 - 420*_t0*mu**2/sigma**11 + 105*_t0/sigma**9


def _activation_mp(x):
    return ((0) if (x < 0) else (x))


def _act_derivative_mp_0(x):
    return ((0) if (x < 0) else (x))


def _act_derivative_mp_1(x):
    return ((0) if (x < 0) else (1))


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
    return sigma*gaussym.kernels.special.gauss_tail_mp(1, -mu/sigma, 0)


def _moment_mp_1(mu, sigma):
    return sigma**2*gaussym.kernels.special.gauss_tail_mp(2, -mu/sigma, 0)


def _moment_mp_2(mu, sigma):
    return sigma**3*gaussym.kernels.special.gauss_tail_mp(3, -mu/sigma, 0)


def _moment_mp_3(mu, sigma):
    return sigma**4*gaussym.kernels.special.gauss_tail_mp(4, -mu/sigma, 0)


def _moment_mp_4(mu, sigma):
    return sigma**5*gaussym.kernels.special.gauss_tail_mp(5, -mu/sigma, 0)


def _moment_mp_5(mu, sigma):
    return sigma**6*gaussym.kernels.special.gauss_tail_mp(6, -mu/sigma, 0)


def _moment_mp_6(mu, sigma):
    return sigma**7*gaussym.kernels.special.gauss_tail_mp(7, -mu/sigma, 0)


def _moment_mp_7(mu, sigma):
    return sigma**8*gaussym.kernels.special.gauss_tail_mp(8, -mu/sigma, 0)


def _moment_mp_8(mu, sigma):
    return sigma**9*gaussym.kernels.special.gauss_tail_mp(9, -mu/sigma, 0)


def _moment_mp_9(mu, sigma):
    return sigma**10*gaussym.kernels.special.gauss_tail_mp(10, -mu/sigma, 0)


def _moment_mp_10(mu, sigma):
    return sigma**11*gaussym.kernels.special.gauss_tail_mp(11, -mu/sigma, 0)


def _derivative_mp_0(mu, sigma):
    return sigma*gaussym.kernels.special.gauss_tail_mp(1, -mu/sigma, 0)


def _derivative_mp_1(mu, sigma):
    return gaussym.kernels.special.gauss_tail_mp(0, -mu/sigma, 0)


def _derivative_mp_2(mu, sigma):
    return mpmath.npdf(mu/sigma)/sigma


def _derivative_mp_3(mu, sigma):
    return -mu*mpmath.npdf(mu/sigma)/sigma**3


def _derivative_mp_4(mu, sigma):
    _t0 = mpmath.npdf(mu/sigma)
    return _t0*mu**2/sigma**5 - _t0/sigma**3


def _derivative_mp_5(mu, sigma):
    _t0 = mpmath.npdf(mu/sigma)
    return -_t0*mu**3/sigma**7 + 3*_t0*mu/sigma**5


def _derivative_mp_6(mu, sigma):
    _t0 = mpmath.npdf(mu/sigma)
    return _t0*mu**4/sigma**9 - 6*_t0*mu**2/sigma**7 + 3*_t0/sigma**5


def _derivative_mp_7(mu, sigma):
    _t0 = mpmath.npdf(mu/sigma)
    return -_t0*mu**5/sigma**11 + 10*_t0*mu**3/sigma**9 - 15*_t0*mu/sigma**7


def _derivative_mp_8(mu, sigma):
    _t0 = mpmath.npdf(mu/sigma)
    _t1 = 15*_t0
    return _t0*mu**6/sigma**13 + 45*_t0*mu**2/sigma**9 - _t1*mu**4/sigma**11 - _t1/sigma**7


def _derivative_mp_9(mu, sigma):
    _t0 = mpmath.npdf(mu/sigma)
    return -_t0*mu**7/sigma**15 + 21*_t0*mu**5/sigma**13 - 105*_t0*mu**3/sigma**11 + 105*_t0*mu/sigma**9


def _derivative_mp_10(mu, sigma):
    _t0 = mpmath.npdf(mu/sigma)
    return _t0*mu**8/sigma**17 - 28*_t0*mu**6/sigma**15 + 210*_t0*mu**4/sigma**13 - 420*_t0*mu**2/sigma**11 + 105*_t0/sigma**9


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
