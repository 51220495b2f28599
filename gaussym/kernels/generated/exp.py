"""Generated kernels for the activation 'exp' -- DO NOT EDIT.

    act(x) = exp(x)
    moments E[x^n act(x)], x ~ N(mu, sigma^2), for n <= MAX_N = 10; expected derivatives
    E[act^(m)(x)] = d^m/dmu^m E[act(x)] for m <= MAX_N; numpy (vectorised) and mpmath kernels.

Written by gaussym.kernels.codegen. Regenerate: python derivations/regenerate_kernels.py (built-ins) or
    gaussym codegen 'exp(x)' --name exp --max-n 10 -o FILE

Decomposition:
    piece x in (-inf, inf): exp(x)
      closed form: exp(x)

Blocks: D(k, c, L) = e^L int_c^inf (z-c)^k phi(z) dz (gauss_tail); PhiBlend(P, Q, q) = P Phi(q) + Q phi(q).
Closed-form part of E[x^n act(x)]:
    n = 0: exp(mu + sigma**2/2)
    n = 1: mu*exp(mu + sigma**2/2) + sigma**2*exp(mu + sigma**2/2)
    n = 2: sigma**2*exp(mu + sigma**2/2) + (mu + sigma**2)**2*exp(mu + sigma**2/2)
Closed-form part of E[act'(x)]:
    exp(mu + sigma**2/2)
"""
# ruff: noqa
import gaussym.kernels.generated._runtime
import mpmath
import numpy

NAME = 'exp'
EXPRESSION = 'exp(x)'
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
    return numpy.exp(x)


def _act_derivative_0(x):
    return numpy.exp(x)


def _act_derivative_1(x):
    return numpy.exp(x)


def _act_derivative_2(x):
    return numpy.exp(x)


def _act_derivative_3(x):
    return numpy.exp(x)


def _act_derivative_4(x):
    return numpy.exp(x)


def _act_derivative_5(x):
    return numpy.exp(x)


def _act_derivative_6(x):
    return numpy.exp(x)


def _act_derivative_7(x):
    return numpy.exp(x)


def _act_derivative_8(x):
    return numpy.exp(x)


def _act_derivative_9(x):
    return numpy.exp(x)


def _act_derivative_10(x):
    return numpy.exp(x)


def _moment_0(mu, sigma):
    return numpy.exp(mu + (1/2)*sigma**2)


def _moment_1(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.exp((1/2)*_t0 + mu)
    return _t0*_t1 + _t1*mu


def _moment_2(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.exp((1/2)*_t0 + mu)
    return _t0*_t1 + _t1*(_t0 + mu)**2


def _moment_3(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.exp((1/2)*_t0 + mu)
    return _t0*_t1*(3*_t0 + 3*mu) + _t1*(_t0 + mu)**3


def _moment_4(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.exp((1/2)*_t0 + mu)
    _t2 = _t0 + mu
    return 6*_t0*_t1*_t2**2 + _t1*_t2**4 + 3*_t1*sigma**4


def _moment_5(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mu
    _t2 = numpy.exp((1/2)*_t0 + mu)
    return 10*_t0*_t1**3*_t2 + _t1**5*_t2 + 3*_t2*sigma**4*(5*_t0 + 5*mu)


def _moment_6(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.exp((1/2)*_t0 + mu)
    _t2 = 15*_t1
    _t3 = _t0 + mu
    return _t0*_t2*_t3**4 + _t1*_t3**6 + 45*_t1*_t3**2*sigma**4 + _t2*sigma**6


def _moment_7(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mu
    _t2 = numpy.exp((1/2)*_t0 + mu)
    return 21*_t0*_t1**5*_t2 + _t1**7*_t2 + 105*_t1**3*_t2*sigma**4 + 15*_t2*sigma**6*(7*_t0 + 7*mu)


def _moment_8(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.exp((1/2)*_t0 + mu)
    _t2 = _t0 + mu
    return 28*_t0*_t1*_t2**6 + _t1*_t2**8 + 210*_t1*_t2**4*sigma**4 + 420*_t1*_t2**2*sigma**6 + 105*_t1*sigma**8


def _moment_9(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mu
    _t2 = numpy.exp((1/2)*_t0 + mu)
    return 36*_t0*_t1**7*_t2 + _t1**9*_t2 + 378*_t1**5*_t2*sigma**4 + 1260*_t1**3*_t2*sigma**6 + 105*_t2*sigma**8*(9*_t0 + 9*mu)


def _moment_10(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.exp((1/2)*_t0 + mu)
    _t2 = _t0 + mu
    return 45*_t0*_t1*_t2**8 + _t1*_t2**10 + 630*_t1*_t2**6*sigma**4 + 3150*_t1*_t2**4*sigma**6 + 4725*_t1*_t2**2*sigma**8 + 945*_t1*sigma**10


def _derivative_0(mu, sigma):
    return numpy.exp(mu + (1/2)*sigma**2)


def _derivative_1(mu, sigma):
    return numpy.exp(mu + (1/2)*sigma**2)


def _derivative_2(mu, sigma):
    return numpy.exp(mu + (1/2)*sigma**2)


def _derivative_3(mu, sigma):
    return numpy.exp(mu + (1/2)*sigma**2)


def _derivative_4(mu, sigma):
    return numpy.exp(mu + (1/2)*sigma**2)


def _derivative_5(mu, sigma):
    return numpy.exp(mu + (1/2)*sigma**2)


def _derivative_6(mu, sigma):
    return numpy.exp(mu + (1/2)*sigma**2)


def _derivative_7(mu, sigma):
    return numpy.exp(mu + (1/2)*sigma**2)


def _derivative_8(mu, sigma):
    return numpy.exp(mu + (1/2)*sigma**2)


def _derivative_9(mu, sigma):
    return numpy.exp(mu + (1/2)*sigma**2)


def _derivative_10(mu, sigma):
    return numpy.exp(mu + (1/2)*sigma**2)


def _activation_mp(x):
    return mpmath.exp(x)


def _act_derivative_mp_0(x):
    return mpmath.exp(x)


def _act_derivative_mp_1(x):
    return mpmath.exp(x)


def _act_derivative_mp_2(x):
    return mpmath.exp(x)


def _act_derivative_mp_3(x):
    return mpmath.exp(x)


def _act_derivative_mp_4(x):
    return mpmath.exp(x)


def _act_derivative_mp_5(x):
    return mpmath.exp(x)


def _act_derivative_mp_6(x):
    return mpmath.exp(x)


def _act_derivative_mp_7(x):
    return mpmath.exp(x)


def _act_derivative_mp_8(x):
    return mpmath.exp(x)


def _act_derivative_mp_9(x):
    return mpmath.exp(x)


def _act_derivative_mp_10(x):
    return mpmath.exp(x)


def _moment_mp_0(mu, sigma):
    return mpmath.exp(mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2)


def _moment_mp_1(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.exp((mpmath.mpf(1)/mpmath.mpf(2))*_t0 + mu)
    return _t0*_t1 + _t1*mu


def _moment_mp_2(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.exp((mpmath.mpf(1)/mpmath.mpf(2))*_t0 + mu)
    return _t0*_t1 + _t1*(_t0 + mu)**2


def _moment_mp_3(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.exp((mpmath.mpf(1)/mpmath.mpf(2))*_t0 + mu)
    return _t0*_t1*(3*_t0 + 3*mu) + _t1*(_t0 + mu)**3


def _moment_mp_4(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.exp((mpmath.mpf(1)/mpmath.mpf(2))*_t0 + mu)
    _t2 = _t0 + mu
    return 6*_t0*_t1*_t2**2 + _t1*_t2**4 + 3*_t1*sigma**4


def _moment_mp_5(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mu
    _t2 = mpmath.exp((mpmath.mpf(1)/mpmath.mpf(2))*_t0 + mu)
    return 10*_t0*_t1**3*_t2 + _t1**5*_t2 + 3*_t2*sigma**4*(5*_t0 + 5*mu)


def _moment_mp_6(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.exp((mpmath.mpf(1)/mpmath.mpf(2))*_t0 + mu)
    _t2 = 15*_t1
    _t3 = _t0 + mu
    return _t0*_t2*_t3**4 + _t1*_t3**6 + 45*_t1*_t3**2*sigma**4 + _t2*sigma**6


def _moment_mp_7(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mu
    _t2 = mpmath.exp((mpmath.mpf(1)/mpmath.mpf(2))*_t0 + mu)
    return 21*_t0*_t1**5*_t2 + _t1**7*_t2 + 105*_t1**3*_t2*sigma**4 + 15*_t2*sigma**6*(7*_t0 + 7*mu)


def _moment_mp_8(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.exp((mpmath.mpf(1)/mpmath.mpf(2))*_t0 + mu)
    _t2 = _t0 + mu
    return 28*_t0*_t1*_t2**6 + _t1*_t2**8 + 210*_t1*_t2**4*sigma**4 + 420*_t1*_t2**2*sigma**6 + 105*_t1*sigma**8


def _moment_mp_9(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mu
    _t2 = mpmath.exp((mpmath.mpf(1)/mpmath.mpf(2))*_t0 + mu)
    return 36*_t0*_t1**7*_t2 + _t1**9*_t2 + 378*_t1**5*_t2*sigma**4 + 1260*_t1**3*_t2*sigma**6 + 105*_t2*sigma**8*(9*_t0 + 9*mu)


def _moment_mp_10(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.exp((mpmath.mpf(1)/mpmath.mpf(2))*_t0 + mu)
    _t2 = _t0 + mu
    return 45*_t0*_t1*_t2**8 + _t1*_t2**10 + 630*_t1*_t2**6*sigma**4 + 3150*_t1*_t2**4*sigma**6 + 4725*_t1*_t2**2*sigma**8 + 945*_t1*sigma**10


def _derivative_mp_0(mu, sigma):
    return mpmath.exp(mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2)


def _derivative_mp_1(mu, sigma):
    return mpmath.exp(mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2)


def _derivative_mp_2(mu, sigma):
    return mpmath.exp(mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2)


def _derivative_mp_3(mu, sigma):
    return mpmath.exp(mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2)


def _derivative_mp_4(mu, sigma):
    return mpmath.exp(mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2)


def _derivative_mp_5(mu, sigma):
    return mpmath.exp(mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2)


def _derivative_mp_6(mu, sigma):
    return mpmath.exp(mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2)


def _derivative_mp_7(mu, sigma):
    return mpmath.exp(mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2)


def _derivative_mp_8(mu, sigma):
    return mpmath.exp(mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2)


def _derivative_mp_9(mu, sigma):
    return mpmath.exp(mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2)


def _derivative_mp_10(mu, sigma):
    return mpmath.exp(mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2)


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
