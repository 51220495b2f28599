"""Generated kernels for the activation 'sigmoid' -- DO NOT EDIT.

    act(x) = sigmoid(x)
    moments E[x^n act(x)], x ~ N(mu, sigma^2), for n <= MAX_N = 10; expected derivatives
    E[act^(m)(x)] = d^m/dmu^m E[act(x)] for m <= MAX_N; numpy (vectorised) and mpmath kernels.

Written by gaussym.kernels.codegen. Regenerate: python derivations/regenerate_kernels.py (built-ins) or
    gaussym codegen 'sigmoid(x)' --name sigmoid --max-n 10 -o FILE

Decomposition:
    piece x in (-inf, inf): 1/(1 + exp(-x))
      numeric    : 1/(1 + exp(-x)) (no integral rule for this factor)
    numeric part: residual = 1/(1 + exp(-x))
      asymptote (closed form): Piecewise((0, x < 0), (1, True))
      remainder by quadrature on window (-87.75, 87.75), breakpoints (0.0,)

Blocks: D(k, c, L) = e^L int_c^inf (z-c)^k phi(z) dz (gauss_tail); PhiBlend(P, Q, q) = P Phi(q) + Q phi(q).
Closed-form part of E[x^n act(x)]:
    n = 0: D(0, -mu/sigma, 0)
    n = 1: sigma*D(1, -mu/sigma, 0)
    n = 2: sigma**2*D(2, -mu/sigma, 0)
Closed-form part of E[act'(x)]:
    0
Numeric part: + E[x^n remainder(x)] by quadrature on WINDOW (gaussym.kernels.quadrature.remainder_moments).
"""
# ruff: noqa
import gaussym.kernels.generated._runtime
import gaussym.kernels.special
import mpmath
import numpy
import scipy.special

NAME = 'sigmoid'
EXPRESSION = 'sigmoid(x)'
PARAMS = {}
MAX_N = 10
NUMERIC = True
BAKED_PARAMS = ()
DIRECT_SIGMA = 0.5
HERMITE_SIGMA = None
WINDOW = (-87.75, 87.75)
REMAINDER_BREAKPOINTS = (0.0,)
SPLIT_EXP = False
SPLIT_WINDOW = (-87.75, 87.75)
SPLIT_BREAKPOINTS = (0.0,)
_runtime = gaussym.kernels.generated._runtime


def _activation(x):
    return scipy.special.expit(x)


def _act_derivative_0(x):
    return scipy.special.expit(x)


def _act_derivative_1(x):
    return scipy.special.expit(-x)*scipy.special.expit(x)


def _act_derivative_2(x):
    _t0 = scipy.special.expit(x)
    _t1 = scipy.special.expit(-x)
    return -_t0**2*_t1 + _t0*_t1**2


def _act_derivative_3(x):
    _t0 = scipy.special.expit(-x)
    _t1 = scipy.special.expit(x)
    return _t0**3*_t1 - 4*_t0**2*_t1**2 + _t0*_t1**3


def _act_derivative_4(x):
    _t0 = scipy.special.expit(x)
    _t1 = scipy.special.expit(-x)
    return -_t0**4*_t1 + 11*_t0**3*_t1**2 - 11*_t0**2*_t1**3 + _t0*_t1**4


def _act_derivative_5(x):
    _t0 = scipy.special.expit(-x)
    _t1 = scipy.special.expit(x)
    return _t0**5*_t1 - 26*_t0**4*_t1**2 + 66*_t0**3*_t1**3 - 26*_t0**2*_t1**4 + _t0*_t1**5


def _act_derivative_6(x):
    _t0 = scipy.special.expit(x)
    _t1 = scipy.special.expit(-x)
    return -_t0**6*_t1 + 57*_t0**5*_t1**2 - 302*_t0**4*_t1**3 + 302*_t0**3*_t1**4 - 57*_t0**2*_t1**5 + _t0*_t1**6


def _act_derivative_7(x):
    _t0 = scipy.special.expit(-x)
    _t1 = scipy.special.expit(x)
    return _t0**7*_t1 - 120*_t0**6*_t1**2 + 1191*_t0**5*_t1**3 - 2416*_t0**4*_t1**4 + 1191*_t0**3*_t1**5 - 120*_t0**2*_t1**6 + _t0*_t1**7


def _act_derivative_8(x):
    _t0 = scipy.special.expit(x)
    _t1 = scipy.special.expit(-x)
    return -_t0**8*_t1 + 247*_t0**7*_t1**2 - 4293*_t0**6*_t1**3 + 15619*_t0**5*_t1**4 - 15619*_t0**4*_t1**5 + 4293*_t0**3*_t1**6 - 247*_t0**2*_t1**7 + _t0*_t1**8


def _act_derivative_9(x):
    _t0 = scipy.special.expit(-x)
    _t1 = scipy.special.expit(x)
    return _t0**9*_t1 - 502*_t0**8*_t1**2 + 14608*_t0**7*_t1**3 - 88234*_t0**6*_t1**4 + 156190*_t0**5*_t1**5 - 88234*_t0**4*_t1**6 + 14608*_t0**3*_t1**7 - 502*_t0**2*_t1**8 + _t0*_t1**9


def _act_derivative_10(x):
    _t0 = scipy.special.expit(x)
    _t1 = scipy.special.expit(-x)
    return -_t0**10*_t1 + 1013*_t0**9*_t1**2 - 47840*_t0**8*_t1**3 + 455192*_t0**7*_t1**4 - 1310354*_t0**6*_t1**5 + 1310354*_t0**5*_t1**6 - 455192*_t0**4*_t1**7 + 47840*_t0**3*_t1**8 - 1013*_t0**2*_t1**9 + _t0*_t1**10


def _moment_0(mu, sigma):
    return gaussym.kernels.generated._runtime.tail(0, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_1(mu, sigma):
    return sigma*gaussym.kernels.generated._runtime.tail(1, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_2(mu, sigma):
    return sigma**2*gaussym.kernels.generated._runtime.tail(2, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_3(mu, sigma):
    return sigma**3*gaussym.kernels.generated._runtime.tail(3, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_4(mu, sigma):
    return sigma**4*gaussym.kernels.generated._runtime.tail(4, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_5(mu, sigma):
    return sigma**5*gaussym.kernels.generated._runtime.tail(5, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_6(mu, sigma):
    return sigma**6*gaussym.kernels.generated._runtime.tail(6, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_7(mu, sigma):
    return sigma**7*gaussym.kernels.generated._runtime.tail(7, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_8(mu, sigma):
    return sigma**8*gaussym.kernels.generated._runtime.tail(8, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_9(mu, sigma):
    return sigma**9*gaussym.kernels.generated._runtime.tail(9, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_10(mu, sigma):
    return sigma**10*gaussym.kernels.generated._runtime.tail(10, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _derivative_0(mu, sigma):
    return gaussym.kernels.generated._runtime.tail(0, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _derivative_1(mu, sigma):
    return 0


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


def _derivative_split_0(mu, sigma):
    return gaussym.kernels.generated._runtime.tail(0, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _derivative_split_1(mu, sigma):
    return gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma


def _derivative_split_2(mu, sigma):
    return -mu*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**3


def _derivative_split_3(mu, sigma):
    return (mu**2/sigma**2 - 1)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**3


def _derivative_split_4(mu, sigma):
    return mu*(-mu**2/sigma**2 + 3)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**5


def _derivative_split_5(mu, sigma):
    return (mu**4/sigma**4 - 6*mu**2/sigma**2 + 3)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**5


def _derivative_split_6(mu, sigma):
    return mu*(-mu**4/sigma**4 + 10*mu**2/sigma**2 - 15)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**7


def _derivative_split_7(mu, sigma):
    return (mu**6/sigma**6 - 15*mu**4/sigma**4 + 45*mu**2/sigma**2 - 15)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**7


def _derivative_split_8(mu, sigma):
    return mu*(-mu**6/sigma**6 + 21*mu**4/sigma**4 - 105*mu**2/sigma**2 + 105)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**9


def _derivative_split_9(mu, sigma):
    return (mu**8/sigma**8 - 28*mu**6/sigma**6 + 210*mu**4/sigma**4 - 420*mu**2/sigma**2 + 105)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**9


def _derivative_split_10(mu, sigma):
    return mu*(-mu**8/sigma**8 + 36*mu**6/sigma**6 - 378*mu**4/sigma**4 + 1260*mu**2/sigma**2 - 945)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**11


def _remainder(x):
    return numpy.select([numpy.less(x, 0),True], [scipy.special.expit(x),-scipy.special.expit(-x)], default=numpy.nan)


def _remainder_derivative_0(x):
    return numpy.select([numpy.less(x, 0),True], [scipy.special.expit(x),-scipy.special.expit(-x)], default=numpy.nan)


def _remainder_derivative_1(x):
    return scipy.special.expit(-x)*scipy.special.expit(x)


def _remainder_derivative_2(x):
    _t0 = scipy.special.expit(x)
    _t1 = scipy.special.expit(-x)
    return -_t0**2*_t1 + _t0*_t1**2


def _remainder_derivative_3(x):
    _t0 = scipy.special.expit(-x)
    _t1 = scipy.special.expit(x)
    return _t0**3*_t1 - 4*_t0**2*_t1**2 + _t0*_t1**3


def _remainder_derivative_4(x):
    _t0 = scipy.special.expit(x)
    _t1 = scipy.special.expit(-x)
    return -_t0**4*_t1 + 11*_t0**3*_t1**2 - 11*_t0**2*_t1**3 + _t0*_t1**4


def _remainder_derivative_5(x):
    _t0 = scipy.special.expit(-x)
    _t1 = scipy.special.expit(x)
    return _t0**5*_t1 - 26*_t0**4*_t1**2 + 66*_t0**3*_t1**3 - 26*_t0**2*_t1**4 + _t0*_t1**5


def _remainder_derivative_6(x):
    _t0 = scipy.special.expit(x)
    _t1 = scipy.special.expit(-x)
    return -_t0**6*_t1 + 57*_t0**5*_t1**2 - 302*_t0**4*_t1**3 + 302*_t0**3*_t1**4 - 57*_t0**2*_t1**5 + _t0*_t1**6


def _remainder_derivative_7(x):
    _t0 = scipy.special.expit(-x)
    _t1 = scipy.special.expit(x)
    return _t0**7*_t1 - 120*_t0**6*_t1**2 + 1191*_t0**5*_t1**3 - 2416*_t0**4*_t1**4 + 1191*_t0**3*_t1**5 - 120*_t0**2*_t1**6 + _t0*_t1**7


def _remainder_derivative_8(x):
    _t0 = scipy.special.expit(x)
    _t1 = scipy.special.expit(-x)
    return -_t0**8*_t1 + 247*_t0**7*_t1**2 - 4293*_t0**6*_t1**3 + 15619*_t0**5*_t1**4 - 15619*_t0**4*_t1**5 + 4293*_t0**3*_t1**6 - 247*_t0**2*_t1**7 + _t0*_t1**8


def _remainder_derivative_9(x):
    _t0 = scipy.special.expit(-x)
    _t1 = scipy.special.expit(x)
    return _t0**9*_t1 - 502*_t0**8*_t1**2 + 14608*_t0**7*_t1**3 - 88234*_t0**6*_t1**4 + 156190*_t0**5*_t1**5 - 88234*_t0**4*_t1**6 + 14608*_t0**3*_t1**7 - 502*_t0**2*_t1**8 + _t0*_t1**9


def _remainder_derivative_10(x):
    _t0 = scipy.special.expit(x)
    _t1 = scipy.special.expit(-x)
    return -_t0**10*_t1 + 1013*_t0**9*_t1**2 - 47840*_t0**8*_t1**3 + 455192*_t0**7*_t1**4 - 1310354*_t0**6*_t1**5 + 1310354*_t0**5*_t1**6 - 455192*_t0**4*_t1**7 + 47840*_t0**3*_t1**8 - 1013*_t0**2*_t1**9 + _t0*_t1**10


def _activation_mp(x):
    return (1/(1 + mpmath.exp(-(x))))


def _act_derivative_mp_0(x):
    return (1/(1 + mpmath.exp(-(x))))


def _act_derivative_mp_1(x):
    return (1/(1 + mpmath.exp(-(-x))))*(1/(1 + mpmath.exp(-(x))))


def _act_derivative_mp_2(x):
    _t0 = (1/(1 + mpmath.exp(-(x))))
    _t1 = (1/(1 + mpmath.exp(-(-x))))
    return -_t0**2*_t1 + _t0*_t1**2


def _act_derivative_mp_3(x):
    _t0 = (1/(1 + mpmath.exp(-(-x))))
    _t1 = (1/(1 + mpmath.exp(-(x))))
    return _t0**3*_t1 - 4*_t0**2*_t1**2 + _t0*_t1**3


def _act_derivative_mp_4(x):
    _t0 = (1/(1 + mpmath.exp(-(x))))
    _t1 = (1/(1 + mpmath.exp(-(-x))))
    return -_t0**4*_t1 + 11*_t0**3*_t1**2 - 11*_t0**2*_t1**3 + _t0*_t1**4


def _act_derivative_mp_5(x):
    _t0 = (1/(1 + mpmath.exp(-(-x))))
    _t1 = (1/(1 + mpmath.exp(-(x))))
    return _t0**5*_t1 - 26*_t0**4*_t1**2 + 66*_t0**3*_t1**3 - 26*_t0**2*_t1**4 + _t0*_t1**5


def _act_derivative_mp_6(x):
    _t0 = (1/(1 + mpmath.exp(-(x))))
    _t1 = (1/(1 + mpmath.exp(-(-x))))
    return -_t0**6*_t1 + 57*_t0**5*_t1**2 - 302*_t0**4*_t1**3 + 302*_t0**3*_t1**4 - 57*_t0**2*_t1**5 + _t0*_t1**6


def _act_derivative_mp_7(x):
    _t0 = (1/(1 + mpmath.exp(-(-x))))
    _t1 = (1/(1 + mpmath.exp(-(x))))
    return _t0**7*_t1 - 120*_t0**6*_t1**2 + 1191*_t0**5*_t1**3 - 2416*_t0**4*_t1**4 + 1191*_t0**3*_t1**5 - 120*_t0**2*_t1**6 + _t0*_t1**7


def _act_derivative_mp_8(x):
    _t0 = (1/(1 + mpmath.exp(-(x))))
    _t1 = (1/(1 + mpmath.exp(-(-x))))
    return -_t0**8*_t1 + 247*_t0**7*_t1**2 - 4293*_t0**6*_t1**3 + 15619*_t0**5*_t1**4 - 15619*_t0**4*_t1**5 + 4293*_t0**3*_t1**6 - 247*_t0**2*_t1**7 + _t0*_t1**8


def _act_derivative_mp_9(x):
    _t0 = (1/(1 + mpmath.exp(-(-x))))
    _t1 = (1/(1 + mpmath.exp(-(x))))
    return _t0**9*_t1 - 502*_t0**8*_t1**2 + 14608*_t0**7*_t1**3 - 88234*_t0**6*_t1**4 + 156190*_t0**5*_t1**5 - 88234*_t0**4*_t1**6 + 14608*_t0**3*_t1**7 - 502*_t0**2*_t1**8 + _t0*_t1**9


def _act_derivative_mp_10(x):
    _t0 = (1/(1 + mpmath.exp(-(x))))
    _t1 = (1/(1 + mpmath.exp(-(-x))))
    return -_t0**10*_t1 + 1013*_t0**9*_t1**2 - 47840*_t0**8*_t1**3 + 455192*_t0**7*_t1**4 - 1310354*_t0**6*_t1**5 + 1310354*_t0**5*_t1**6 - 455192*_t0**4*_t1**7 + 47840*_t0**3*_t1**8 - 1013*_t0**2*_t1**9 + _t0*_t1**10


def _moment_mp_0(mu, sigma):
    return gaussym.kernels.special.gauss_tail_mp(0, -mu/sigma, 0)


def _moment_mp_1(mu, sigma):
    return sigma*gaussym.kernels.special.gauss_tail_mp(1, -mu/sigma, 0)


def _moment_mp_2(mu, sigma):
    return sigma**2*gaussym.kernels.special.gauss_tail_mp(2, -mu/sigma, 0)


def _moment_mp_3(mu, sigma):
    return sigma**3*gaussym.kernels.special.gauss_tail_mp(3, -mu/sigma, 0)


def _moment_mp_4(mu, sigma):
    return sigma**4*gaussym.kernels.special.gauss_tail_mp(4, -mu/sigma, 0)


def _moment_mp_5(mu, sigma):
    return sigma**5*gaussym.kernels.special.gauss_tail_mp(5, -mu/sigma, 0)


def _moment_mp_6(mu, sigma):
    return sigma**6*gaussym.kernels.special.gauss_tail_mp(6, -mu/sigma, 0)


def _moment_mp_7(mu, sigma):
    return sigma**7*gaussym.kernels.special.gauss_tail_mp(7, -mu/sigma, 0)


def _moment_mp_8(mu, sigma):
    return sigma**8*gaussym.kernels.special.gauss_tail_mp(8, -mu/sigma, 0)


def _moment_mp_9(mu, sigma):
    return sigma**9*gaussym.kernels.special.gauss_tail_mp(9, -mu/sigma, 0)


def _moment_mp_10(mu, sigma):
    return sigma**10*gaussym.kernels.special.gauss_tail_mp(10, -mu/sigma, 0)


def _derivative_mp_0(mu, sigma):
    return gaussym.kernels.special.gauss_tail_mp(0, -mu/sigma, 0)


def _derivative_mp_1(mu, sigma):
    return 0


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


def _remainder_mp(x):
    return (((1/(1 + mpmath.exp(-(x))))) if (x < 0) else (-(1/(1 + mpmath.exp(-(-x))))))


def _remainder_derivative_mp_0(x):
    return (((1/(1 + mpmath.exp(-(x))))) if (x < 0) else (-(1/(1 + mpmath.exp(-(-x))))))


def _remainder_derivative_mp_1(x):
    return (1/(1 + mpmath.exp(-(-x))))*(1/(1 + mpmath.exp(-(x))))


def _remainder_derivative_mp_2(x):
    _t0 = (1/(1 + mpmath.exp(-(x))))
    _t1 = (1/(1 + mpmath.exp(-(-x))))
    return -_t0**2*_t1 + _t0*_t1**2


def _remainder_derivative_mp_3(x):
    _t0 = (1/(1 + mpmath.exp(-(-x))))
    _t1 = (1/(1 + mpmath.exp(-(x))))
    return _t0**3*_t1 - 4*_t0**2*_t1**2 + _t0*_t1**3


def _remainder_derivative_mp_4(x):
    _t0 = (1/(1 + mpmath.exp(-(x))))
    _t1 = (1/(1 + mpmath.exp(-(-x))))
    return -_t0**4*_t1 + 11*_t0**3*_t1**2 - 11*_t0**2*_t1**3 + _t0*_t1**4


def _remainder_derivative_mp_5(x):
    _t0 = (1/(1 + mpmath.exp(-(-x))))
    _t1 = (1/(1 + mpmath.exp(-(x))))
    return _t0**5*_t1 - 26*_t0**4*_t1**2 + 66*_t0**3*_t1**3 - 26*_t0**2*_t1**4 + _t0*_t1**5


def _remainder_derivative_mp_6(x):
    _t0 = (1/(1 + mpmath.exp(-(x))))
    _t1 = (1/(1 + mpmath.exp(-(-x))))
    return -_t0**6*_t1 + 57*_t0**5*_t1**2 - 302*_t0**4*_t1**3 + 302*_t0**3*_t1**4 - 57*_t0**2*_t1**5 + _t0*_t1**6


def _remainder_derivative_mp_7(x):
    _t0 = (1/(1 + mpmath.exp(-(-x))))
    _t1 = (1/(1 + mpmath.exp(-(x))))
    return _t0**7*_t1 - 120*_t0**6*_t1**2 + 1191*_t0**5*_t1**3 - 2416*_t0**4*_t1**4 + 1191*_t0**3*_t1**5 - 120*_t0**2*_t1**6 + _t0*_t1**7


def _remainder_derivative_mp_8(x):
    _t0 = (1/(1 + mpmath.exp(-(x))))
    _t1 = (1/(1 + mpmath.exp(-(-x))))
    return -_t0**8*_t1 + 247*_t0**7*_t1**2 - 4293*_t0**6*_t1**3 + 15619*_t0**5*_t1**4 - 15619*_t0**4*_t1**5 + 4293*_t0**3*_t1**6 - 247*_t0**2*_t1**7 + _t0*_t1**8


def _remainder_derivative_mp_9(x):
    _t0 = (1/(1 + mpmath.exp(-(-x))))
    _t1 = (1/(1 + mpmath.exp(-(x))))
    return _t0**9*_t1 - 502*_t0**8*_t1**2 + 14608*_t0**7*_t1**3 - 88234*_t0**6*_t1**4 + 156190*_t0**5*_t1**5 - 88234*_t0**4*_t1**6 + 14608*_t0**3*_t1**7 - 502*_t0**2*_t1**8 + _t0*_t1**9


def _remainder_derivative_mp_10(x):
    _t0 = (1/(1 + mpmath.exp(-(x))))
    _t1 = (1/(1 + mpmath.exp(-(-x))))
    return -_t0**10*_t1 + 1013*_t0**9*_t1**2 - 47840*_t0**8*_t1**3 + 455192*_t0**7*_t1**4 - 1310354*_t0**6*_t1**5 + 1310354*_t0**5*_t1**6 - 455192*_t0**4*_t1**7 + 47840*_t0**3*_t1**8 - 1013*_t0**2*_t1**9 + _t0*_t1**10


_MOMENTS = (_moment_0, _moment_1, _moment_2, _moment_3, _moment_4, _moment_5, _moment_6, _moment_7, _moment_8, _moment_9, _moment_10,)
_DERIVATIVES = (_derivative_0, _derivative_1, _derivative_2, _derivative_3, _derivative_4, _derivative_5, _derivative_6, _derivative_7, _derivative_8, _derivative_9, _derivative_10,)
_ACT_DERIVATIVES = (_act_derivative_0, _act_derivative_1, _act_derivative_2, _act_derivative_3, _act_derivative_4, _act_derivative_5, _act_derivative_6, _act_derivative_7, _act_derivative_8, _act_derivative_9, _act_derivative_10,)
_MOMENTS_MP = (_moment_mp_0, _moment_mp_1, _moment_mp_2, _moment_mp_3, _moment_mp_4, _moment_mp_5, _moment_mp_6, _moment_mp_7, _moment_mp_8, _moment_mp_9, _moment_mp_10,)
_DERIVATIVES_MP = (_derivative_mp_0, _derivative_mp_1, _derivative_mp_2, _derivative_mp_3, _derivative_mp_4, _derivative_mp_5, _derivative_mp_6, _derivative_mp_7, _derivative_mp_8, _derivative_mp_9, _derivative_mp_10,)
_ACT_DERIVATIVES_MP = (_act_derivative_mp_0, _act_derivative_mp_1, _act_derivative_mp_2, _act_derivative_mp_3, _act_derivative_mp_4, _act_derivative_mp_5, _act_derivative_mp_6, _act_derivative_mp_7, _act_derivative_mp_8, _act_derivative_mp_9, _act_derivative_mp_10,)
_DERIVATIVES_SPLIT = (_derivative_split_0, _derivative_split_1, _derivative_split_2, _derivative_split_3, _derivative_split_4, _derivative_split_5, _derivative_split_6, _derivative_split_7, _derivative_split_8, _derivative_split_9, _derivative_split_10,)
_REMAINDER_DERIVATIVES = (_remainder_derivative_0, _remainder_derivative_1, _remainder_derivative_2, _remainder_derivative_3, _remainder_derivative_4, _remainder_derivative_5, _remainder_derivative_6, _remainder_derivative_7, _remainder_derivative_8, _remainder_derivative_9, _remainder_derivative_10,)
_REMAINDER_DERIVATIVES_MP = (_remainder_derivative_mp_0, _remainder_derivative_mp_1, _remainder_derivative_mp_2, _remainder_derivative_mp_3, _remainder_derivative_mp_4, _remainder_derivative_mp_5, _remainder_derivative_mp_6, _remainder_derivative_mp_7, _remainder_derivative_mp_8, _remainder_derivative_mp_9, _remainder_derivative_mp_10,)


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
