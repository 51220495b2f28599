"""Generated kernels for the activation 'leaky_relu' -- DO NOT EDIT.

    act(x) = where(x > 0, x, negative_slope*x)    parameters (defaults): {'negative_slope': 0.01}
    moments E[x^n act(x)], x ~ N(mu, sigma^2), for n <= MAX_N = 10; expected derivatives
    E[act^(m)(x)] = d^m/dmu^m E[act(x)] for m <= MAX_N; numpy (vectorised) and mpmath kernels.

Written by gaussym.kernels.codegen. Regenerate: python derivations/regenerate_kernels.py (built-ins) or
    gaussym codegen 'where(x > 0, x, negative_slope*x)' --name leaky_relu --max-n 10 -o FILE --param negative_slope=0.01

Decomposition:
    piece x in (-inf, 0): negative_slope*x
      closed form: negative_slope*x
    piece x in (0, inf): x
      closed form: x

Blocks: D(k, c, L) = e^L int_c^inf (z-c)^k phi(z) dz (gauss_tail); PhiBlend(P, Q, q) = P Phi(q) + Q phi(q).
Closed-form part of E[x^n act(x)]:
    n = 0: -negative_slope*sigma*D(1, mu/sigma, 0) + sigma*D(1, -mu/sigma, 0)
    n = 1: negative_slope*sigma**2*D(2, mu/sigma, 0) + sigma**2*D(2, -mu/sigma, 0)
    n = 2: -negative_slope*sigma**3*D(3, mu/sigma, 0) + sigma**3*D(3, -mu/sigma, 0)
Closed-form part of E[act'(x)]:
    negative_slope*D(0, mu/sigma, 0) + D(0, -mu/sigma, 0)
"""
# ruff: noqa
import gaussym.kernels.generated._runtime
import gaussym.kernels.special
import mpmath
import numpy

NAME = 'leaky_relu'
EXPRESSION = 'where(x > 0, x, negative_slope*x)'
PARAMS = {'negative_slope': 0.01}
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


def _activation(x, negative_slope):
    return numpy.select([numpy.less(x, 0),True], [negative_slope*x,x], default=numpy.nan)


def _act_derivative_0(x, negative_slope):
    return numpy.select([numpy.less(x, 0),True], [negative_slope*x,x], default=numpy.nan)


def _act_derivative_1(x, negative_slope):
    return numpy.select([numpy.less(x, 0),True], [negative_slope,1], default=numpy.nan)


def _act_derivative_2(x, negative_slope):
    return 0


def _act_derivative_3(x, negative_slope):
    return 0


def _act_derivative_4(x, negative_slope):
    return 0


def _act_derivative_5(x, negative_slope):
    return 0


def _act_derivative_6(x, negative_slope):
    return 0


def _act_derivative_7(x, negative_slope):
    return 0


def _act_derivative_8(x, negative_slope):
    return 0


def _act_derivative_9(x, negative_slope):
    return 0


def _act_derivative_10(x, negative_slope):
    return 0


def _moment_0(mu, sigma, negative_slope):
    _t0 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return -negative_slope*sigma*gaussym.kernels.generated._runtime.tail(1, _t0, 0) + sigma*gaussym.kernels.generated._runtime.tail(1, -_t0, 0)


def _moment_1(mu, sigma, negative_slope):
    _t0 = sigma**2
    _t1 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return _t0*negative_slope*gaussym.kernels.generated._runtime.tail(2, _t1, 0) + _t0*gaussym.kernels.generated._runtime.tail(2, -_t1, 0)


def _moment_2(mu, sigma, negative_slope):
    _t0 = sigma**3
    _t1 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return -_t0*negative_slope*gaussym.kernels.generated._runtime.tail(3, _t1, 0) + _t0*gaussym.kernels.generated._runtime.tail(3, -_t1, 0)


def _moment_3(mu, sigma, negative_slope):
    _t0 = sigma**4
    _t1 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return _t0*negative_slope*gaussym.kernels.generated._runtime.tail(4, _t1, 0) + _t0*gaussym.kernels.generated._runtime.tail(4, -_t1, 0)


def _moment_4(mu, sigma, negative_slope):
    _t0 = sigma**5
    _t1 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return -_t0*negative_slope*gaussym.kernels.generated._runtime.tail(5, _t1, 0) + _t0*gaussym.kernels.generated._runtime.tail(5, -_t1, 0)


def _moment_5(mu, sigma, negative_slope):
    _t0 = sigma**6
    _t1 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return _t0*negative_slope*gaussym.kernels.generated._runtime.tail(6, _t1, 0) + _t0*gaussym.kernels.generated._runtime.tail(6, -_t1, 0)


def _moment_6(mu, sigma, negative_slope):
    _t0 = sigma**7
    _t1 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return -_t0*negative_slope*gaussym.kernels.generated._runtime.tail(7, _t1, 0) + _t0*gaussym.kernels.generated._runtime.tail(7, -_t1, 0)


def _moment_7(mu, sigma, negative_slope):
    _t0 = sigma**8
    _t1 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return _t0*negative_slope*gaussym.kernels.generated._runtime.tail(8, _t1, 0) + _t0*gaussym.kernels.generated._runtime.tail(8, -_t1, 0)


def _moment_8(mu, sigma, negative_slope):
    _t0 = sigma**9
    _t1 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return -_t0*negative_slope*gaussym.kernels.generated._runtime.tail(9, _t1, 0) + _t0*gaussym.kernels.generated._runtime.tail(9, -_t1, 0)


def _moment_9(mu, sigma, negative_slope):
    _t0 = sigma**10
    _t1 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return _t0*negative_slope*gaussym.kernels.generated._runtime.tail(10, _t1, 0) + _t0*gaussym.kernels.generated._runtime.tail(10, -_t1, 0)


def _moment_10(mu, sigma, negative_slope):
    _t0 = sigma**11
    _t1 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return -_t0*negative_slope*gaussym.kernels.generated._runtime.tail(11, _t1, 0) + _t0*gaussym.kernels.generated._runtime.tail(11, -_t1, 0)


def _derivative_0(mu, sigma, negative_slope):
    _t0 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return -negative_slope*sigma*gaussym.kernels.generated._runtime.tail(1, _t0, 0) + sigma*gaussym.kernels.generated._runtime.tail(1, -_t0, 0)


def _derivative_1(mu, sigma, negative_slope):
    _t0 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return negative_slope*gaussym.kernels.generated._runtime.tail(0, _t0, 0) + gaussym.kernels.generated._runtime.tail(0, -_t0, 0)


def _derivative_2(mu, sigma, negative_slope):
    _t0 = sigma**(-1.0)
    _t1 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    return -_t0*_t1*negative_slope + _t0*_t1


def _derivative_3(mu, sigma, negative_slope):
    _t0 = mu*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**3
    return _t0*negative_slope - _t0


def _derivative_4(mu, sigma, negative_slope):
    _t0 = sigma**(-3.0)
    _t1 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t2 = mu**2
    _t3 = sigma**(-5.0)
    return _t0*_t1*negative_slope - _t0*_t1 - _t1*_t2*_t3*negative_slope + _t1*_t2*_t3


def _derivative_5(mu, sigma, negative_slope):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t1 = 3*_t0*mu/sigma**5
    _t2 = _t0*mu**3/sigma**7
    return -_t1*negative_slope + _t1 + _t2*negative_slope - _t2


def _derivative_6(mu, sigma, negative_slope):
    _t0 = sigma**(-5.0)
    _t1 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t2 = mu**2
    _t3 = sigma**(-7.0)
    _t4 = mu**4
    _t5 = sigma**(-9.0)
    return -3*_t0*_t1*negative_slope + 3*_t0*_t1 + 6*_t1*_t2*_t3*negative_slope - 6*_t1*_t2*_t3 - _t1*_t4*_t5*negative_slope + _t1*_t4*_t5


def _derivative_7(mu, sigma, negative_slope):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t1 = 15*_t0*mu/sigma**7
    _t2 = 10*_t0*mu**3/sigma**9
    _t3 = _t0*mu**5/sigma**11
    return _t1*negative_slope - _t1 - _t2*negative_slope + _t2 + _t3*negative_slope - _t3


def _derivative_8(mu, sigma, negative_slope):
    _t0 = sigma**(-7.0)
    _t1 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t2 = 15*_t1
    _t3 = mu**2
    _t4 = sigma**(-9.0)
    _t5 = mu**4
    _t6 = sigma**(-11.0)
    _t7 = mu**6
    _t8 = sigma**(-13.0)
    return 15*_t0*_t1*negative_slope - _t0*_t2 - 45*_t1*_t3*_t4*negative_slope + 45*_t1*_t3*_t4 + 15*_t1*_t5*_t6*negative_slope - _t1*_t7*_t8*negative_slope + _t1*_t7*_t8 - _t2*_t5*_t6


def _derivative_9(mu, sigma, negative_slope):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t1 = 105*_t0
    _t2 = _t1*mu/sigma**9
    _t3 = _t1*mu**3/sigma**11
    _t4 = 21*_t0*mu**5/sigma**13
    _t5 = _t0*mu**7/sigma**15
    return -_t2*negative_slope + _t2 + _t3*negative_slope - _t3 - _t4*negative_slope + _t4 + _t5*negative_slope - _t5


def _derivative_10(mu, sigma, negative_slope):
    _t0 = sigma**(-9.0)
    _t1 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t2 = mu**2
    _t3 = sigma**(-11.0)
    _t4 = mu**4
    _t5 = sigma**(-13.0)
    _t6 = mu**6
    _t7 = sigma**(-15.0)
    _t8 = mu**8
    _t9 = sigma**(-17.0)
    return -105*_t0*_t1*negative_slope + 105*_t0*_t1 + 420*_t1*_t2*_t3*negative_slope - 420*_t1*_t2*_t3 - 210*_t1*_t4*_t5*negative_slope + 210*_t1*_t4*_t5 + 28*_t1*_t6*_t7*negative_slope - 28*_t1*_t6*_t7 - _t1*_t8*_t9*negative_slope + _t1*_t8*_t9


def _activation_mp(x, negative_slope):
    return ((negative_slope*x) if (x < 0) else (x))


def _act_derivative_mp_0(x, negative_slope):
    return ((negative_slope*x) if (x < 0) else (x))


def _act_derivative_mp_1(x, negative_slope):
    return ((negative_slope) if (x < 0) else (1))


def _act_derivative_mp_2(x, negative_slope):
    return 0


def _act_derivative_mp_3(x, negative_slope):
    return 0


def _act_derivative_mp_4(x, negative_slope):
    return 0


def _act_derivative_mp_5(x, negative_slope):
    return 0


def _act_derivative_mp_6(x, negative_slope):
    return 0


def _act_derivative_mp_7(x, negative_slope):
    return 0


def _act_derivative_mp_8(x, negative_slope):
    return 0


def _act_derivative_mp_9(x, negative_slope):
    return 0


def _act_derivative_mp_10(x, negative_slope):
    return 0


def _moment_mp_0(mu, sigma, negative_slope):
    _t0 = mu/sigma
    return -negative_slope*sigma*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) + sigma*gaussym.kernels.special.gauss_tail_mp(1, -_t0, 0)


def _moment_mp_1(mu, sigma, negative_slope):
    _t0 = sigma**2
    _t1 = mu/sigma
    return _t0*negative_slope*gaussym.kernels.special.gauss_tail_mp(2, _t1, 0) + _t0*gaussym.kernels.special.gauss_tail_mp(2, -_t1, 0)


def _moment_mp_2(mu, sigma, negative_slope):
    _t0 = sigma**3
    _t1 = mu/sigma
    return -_t0*negative_slope*gaussym.kernels.special.gauss_tail_mp(3, _t1, 0) + _t0*gaussym.kernels.special.gauss_tail_mp(3, -_t1, 0)


def _moment_mp_3(mu, sigma, negative_slope):
    _t0 = sigma**4
    _t1 = mu/sigma
    return _t0*negative_slope*gaussym.kernels.special.gauss_tail_mp(4, _t1, 0) + _t0*gaussym.kernels.special.gauss_tail_mp(4, -_t1, 0)


def _moment_mp_4(mu, sigma, negative_slope):
    _t0 = sigma**5
    _t1 = mu/sigma
    return -_t0*negative_slope*gaussym.kernels.special.gauss_tail_mp(5, _t1, 0) + _t0*gaussym.kernels.special.gauss_tail_mp(5, -_t1, 0)


def _moment_mp_5(mu, sigma, negative_slope):
    _t0 = sigma**6
    _t1 = mu/sigma
    return _t0*negative_slope*gaussym.kernels.special.gauss_tail_mp(6, _t1, 0) + _t0*gaussym.kernels.special.gauss_tail_mp(6, -_t1, 0)


def _moment_mp_6(mu, sigma, negative_slope):
    _t0 = sigma**7
    _t1 = mu/sigma
    return -_t0*negative_slope*gaussym.kernels.special.gauss_tail_mp(7, _t1, 0) + _t0*gaussym.kernels.special.gauss_tail_mp(7, -_t1, 0)


def _moment_mp_7(mu, sigma, negative_slope):
    _t0 = sigma**8
    _t1 = mu/sigma
    return _t0*negative_slope*gaussym.kernels.special.gauss_tail_mp(8, _t1, 0) + _t0*gaussym.kernels.special.gauss_tail_mp(8, -_t1, 0)


def _moment_mp_8(mu, sigma, negative_slope):
    _t0 = sigma**9
    _t1 = mu/sigma
    return -_t0*negative_slope*gaussym.kernels.special.gauss_tail_mp(9, _t1, 0) + _t0*gaussym.kernels.special.gauss_tail_mp(9, -_t1, 0)


def _moment_mp_9(mu, sigma, negative_slope):
    _t0 = sigma**10
    _t1 = mu/sigma
    return _t0*negative_slope*gaussym.kernels.special.gauss_tail_mp(10, _t1, 0) + _t0*gaussym.kernels.special.gauss_tail_mp(10, -_t1, 0)


def _moment_mp_10(mu, sigma, negative_slope):
    _t0 = sigma**11
    _t1 = mu/sigma
    return -_t0*negative_slope*gaussym.kernels.special.gauss_tail_mp(11, _t1, 0) + _t0*gaussym.kernels.special.gauss_tail_mp(11, -_t1, 0)


def _derivative_mp_0(mu, sigma, negative_slope):
    _t0 = mu/sigma
    return -negative_slope*sigma*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) + sigma*gaussym.kernels.special.gauss_tail_mp(1, -_t0, 0)


def _derivative_mp_1(mu, sigma, negative_slope):
    _t0 = mu/sigma
    return negative_slope*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0) + gaussym.kernels.special.gauss_tail_mp(0, -_t0, 0)


def _derivative_mp_2(mu, sigma, negative_slope):
    _t0 = 1/sigma
    _t1 = mpmath.npdf(mu/sigma)
    return -_t0*_t1*negative_slope + _t0*_t1


def _derivative_mp_3(mu, sigma, negative_slope):
    _t0 = mu*mpmath.npdf(mu/sigma)/sigma**3
    return _t0*negative_slope - _t0


def _derivative_mp_4(mu, sigma, negative_slope):
    _t0 = sigma**(-3)
    _t1 = mpmath.npdf(mu/sigma)
    _t2 = mu**2
    _t3 = sigma**(-5)
    return _t0*_t1*negative_slope - _t0*_t1 - _t1*_t2*_t3*negative_slope + _t1*_t2*_t3


def _derivative_mp_5(mu, sigma, negative_slope):
    _t0 = mpmath.npdf(mu/sigma)
    _t1 = 3*_t0*mu/sigma**5
    _t2 = _t0*mu**3/sigma**7
    return -_t1*negative_slope + _t1 + _t2*negative_slope - _t2


def _derivative_mp_6(mu, sigma, negative_slope):
    _t0 = sigma**(-5)
    _t1 = mpmath.npdf(mu/sigma)
    _t2 = mu**2
    _t3 = sigma**(-7)
    _t4 = mu**4
    _t5 = sigma**(-9)
    return -3*_t0*_t1*negative_slope + 3*_t0*_t1 + 6*_t1*_t2*_t3*negative_slope - 6*_t1*_t2*_t3 - _t1*_t4*_t5*negative_slope + _t1*_t4*_t5


def _derivative_mp_7(mu, sigma, negative_slope):
    _t0 = mpmath.npdf(mu/sigma)
    _t1 = 15*_t0*mu/sigma**7
    _t2 = 10*_t0*mu**3/sigma**9
    _t3 = _t0*mu**5/sigma**11
    return _t1*negative_slope - _t1 - _t2*negative_slope + _t2 + _t3*negative_slope - _t3


def _derivative_mp_8(mu, sigma, negative_slope):
    _t0 = sigma**(-7)
    _t1 = mpmath.npdf(mu/sigma)
    _t2 = 15*_t1
    _t3 = mu**2
    _t4 = sigma**(-9)
    _t5 = mu**4
    _t6 = sigma**(-11)
    _t7 = mu**6
    _t8 = sigma**(-13)
    return 15*_t0*_t1*negative_slope - _t0*_t2 - 45*_t1*_t3*_t4*negative_slope + 45*_t1*_t3*_t4 + 15*_t1*_t5*_t6*negative_slope - _t1*_t7*_t8*negative_slope + _t1*_t7*_t8 - _t2*_t5*_t6


def _derivative_mp_9(mu, sigma, negative_slope):
    _t0 = mpmath.npdf(mu/sigma)
    _t1 = 105*_t0
    _t2 = _t1*mu/sigma**9
    _t3 = _t1*mu**3/sigma**11
    _t4 = 21*_t0*mu**5/sigma**13
    _t5 = _t0*mu**7/sigma**15
    return -_t2*negative_slope + _t2 + _t3*negative_slope - _t3 - _t4*negative_slope + _t4 + _t5*negative_slope - _t5


def _derivative_mp_10(mu, sigma, negative_slope):
    _t0 = sigma**(-9)
    _t1 = mpmath.npdf(mu/sigma)
    _t2 = mu**2
    _t3 = sigma**(-11)
    _t4 = mu**4
    _t5 = sigma**(-13)
    _t6 = mu**6
    _t7 = sigma**(-15)
    _t8 = mu**8
    _t9 = sigma**(-17)
    return -105*_t0*_t1*negative_slope + 105*_t0*_t1 + 420*_t1*_t2*_t3*negative_slope - 420*_t1*_t2*_t3 - 210*_t1*_t4*_t5*negative_slope + 210*_t1*_t4*_t5 + 28*_t1*_t6*_t7*negative_slope - 28*_t1*_t6*_t7 - _t1*_t8*_t9*negative_slope + _t1*_t8*_t9


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
