"""Generated kernels for the activation 'elu' -- DO NOT EDIT.

    act(x) = where(x > 0, x, alpha*(exp(x) - 1))    parameters (defaults): {'alpha': 1.0}
    moments E[x^n act(x)], x ~ N(mu, sigma^2), for n <= MAX_N = 10; expected derivatives
    E[act^(m)(x)] = d^m/dmu^m E[act(x)] for m <= MAX_N; numpy (vectorised) and mpmath kernels.

Written by gaussym.kernels.codegen. Regenerate: python derivations/regenerate_kernels.py (built-ins) or
    gaussym codegen 'where(x > 0, x, alpha*(exp(x) - 1))' --name elu --max-n 10 -o FILE --param alpha=1.0

Decomposition:
    piece x in (-inf, 0): alpha*exp(x) - alpha
      closed form: -alpha
      closed form: alpha*exp(x)
    piece x in (0, inf): x
      closed form: x

Blocks: D(k, c, L) = e^L int_c^inf (z-c)^k phi(z) dz (gauss_tail); PhiBlend(P, Q, q) = P Phi(q) + Q phi(q).
Closed-form part of E[x^n act(x)]:
    n = 0: -alpha*D(0, mu/sigma, 0) + alpha*D(0, (mu + sigma**2)/sigma, mu + sigma**2/2) + sigma*D(1, -mu/sigma, 0)
    n = 1: alpha*sigma*D(1, mu/sigma, 0) - alpha*sigma*D(1, (mu + sigma**2)/sigma, mu + sigma**2/2) + sigma**2*D(2, -mu/sigma, 0)
    n = 2: -alpha*sigma**2*D(2, mu/sigma, 0) + alpha*sigma**2*D(2, (mu + sigma**2)/sigma, mu + sigma**2/2) + sigma**3*D(3, -mu/sigma, 0)
Closed-form part of E[act'(x)]:
    alpha*(D(0, (mu + sigma**2)/sigma, mu + sigma**2/2) - exp(mu + sigma**2/2)*phi((mu + sigma**2)/sigma)/sigma) + alpha*phi(mu/sigma)/sigma + D(0, -mu/sigma, 0)
"""
# ruff: noqa
import gaussym.kernels.generated._runtime
import gaussym.kernels.special
import mpmath
import numpy

NAME = 'elu'
EXPRESSION = 'where(x > 0, x, alpha*(exp(x) - 1))'
PARAMS = {'alpha': 1.0}
MAX_N = 10
NUMERIC = False
WINDOW = ()
REMAINDER_BREAKPOINTS = ()
_runtime = gaussym.kernels.generated._runtime


def _activation(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.exp(x) - alpha,x], default=numpy.nan)


def _act_derivative_0(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.exp(x) - alpha,x], default=numpy.nan)


def _act_derivative_1(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.exp(x),1], default=numpy.nan)


def _act_derivative_2(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.exp(x),0], default=numpy.nan)


def _act_derivative_3(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.exp(x),0], default=numpy.nan)


def _act_derivative_4(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.exp(x),0], default=numpy.nan)


def _act_derivative_5(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.exp(x),0], default=numpy.nan)


def _act_derivative_6(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.exp(x),0], default=numpy.nan)


def _act_derivative_7(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.exp(x),0], default=numpy.nan)


def _act_derivative_8(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.exp(x),0], default=numpy.nan)


def _act_derivative_9(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.exp(x),0], default=numpy.nan)


def _act_derivative_10(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.exp(x),0], default=numpy.nan)


def _moment_0(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = sigma**2
    return -alpha*gaussym.kernels.special.gauss_tail(0, _t1, 0) + alpha*gaussym.kernels.special.gauss_tail(0, _t0*(_t2 + mu), (1/2)*_t2 + mu) + sigma*gaussym.kernels.special.gauss_tail(1, -_t1, 0)


def _moment_1(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = alpha*sigma
    _t3 = sigma**2
    return _t2*gaussym.kernels.special.gauss_tail(1, _t1, 0) - _t2*gaussym.kernels.special.gauss_tail(1, _t0*(_t3 + mu), (1/2)*_t3 + mu) + _t3*gaussym.kernels.special.gauss_tail(2, -_t1, 0)


def _moment_2(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = sigma**2
    _t3 = _t2*alpha
    return -_t3*gaussym.kernels.special.gauss_tail(2, _t1, 0) + _t3*gaussym.kernels.special.gauss_tail(2, _t0*(_t2 + mu), (1/2)*_t2 + mu) + sigma**3*gaussym.kernels.special.gauss_tail(3, -_t1, 0)


def _moment_3(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = alpha*sigma**3
    _t3 = sigma**2
    return _t2*gaussym.kernels.special.gauss_tail(3, _t1, 0) - _t2*gaussym.kernels.special.gauss_tail(3, _t0*(_t3 + mu), (1/2)*_t3 + mu) + sigma**4*gaussym.kernels.special.gauss_tail(4, -_t1, 0)


def _moment_4(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = alpha*sigma**4
    _t3 = sigma**2
    return -_t2*gaussym.kernels.special.gauss_tail(4, _t1, 0) + _t2*gaussym.kernels.special.gauss_tail(4, _t0*(_t3 + mu), (1/2)*_t3 + mu) + sigma**5*gaussym.kernels.special.gauss_tail(5, -_t1, 0)


def _moment_5(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = alpha*sigma**5
    _t3 = sigma**2
    return _t2*gaussym.kernels.special.gauss_tail(5, _t1, 0) - _t2*gaussym.kernels.special.gauss_tail(5, _t0*(_t3 + mu), (1/2)*_t3 + mu) + sigma**6*gaussym.kernels.special.gauss_tail(6, -_t1, 0)


def _moment_6(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = alpha*sigma**6
    _t3 = sigma**2
    return -_t2*gaussym.kernels.special.gauss_tail(6, _t1, 0) + _t2*gaussym.kernels.special.gauss_tail(6, _t0*(_t3 + mu), (1/2)*_t3 + mu) + sigma**7*gaussym.kernels.special.gauss_tail(7, -_t1, 0)


def _moment_7(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = alpha*sigma**7
    _t3 = sigma**2
    return _t2*gaussym.kernels.special.gauss_tail(7, _t1, 0) - _t2*gaussym.kernels.special.gauss_tail(7, _t0*(_t3 + mu), (1/2)*_t3 + mu) + sigma**8*gaussym.kernels.special.gauss_tail(8, -_t1, 0)


def _moment_8(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = alpha*sigma**8
    _t3 = sigma**2
    return -_t2*gaussym.kernels.special.gauss_tail(8, _t1, 0) + _t2*gaussym.kernels.special.gauss_tail(8, _t0*(_t3 + mu), (1/2)*_t3 + mu) + sigma**9*gaussym.kernels.special.gauss_tail(9, -_t1, 0)


def _moment_9(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = alpha*sigma**9
    _t3 = sigma**2
    return _t2*gaussym.kernels.special.gauss_tail(9, _t1, 0) - _t2*gaussym.kernels.special.gauss_tail(9, _t0*(_t3 + mu), (1/2)*_t3 + mu) + sigma**10*gaussym.kernels.special.gauss_tail(10, -_t1, 0)


def _moment_10(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = alpha*sigma**10
    _t3 = sigma**2
    return -_t2*gaussym.kernels.special.gauss_tail(10, _t1, 0) + _t2*gaussym.kernels.special.gauss_tail(10, _t0*(_t3 + mu), (1/2)*_t3 + mu) + sigma**11*gaussym.kernels.special.gauss_tail(11, -_t1, 0)


def _derivative_0(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = sigma**2
    return -alpha*gaussym.kernels.special.gauss_tail(0, _t1, 0) + alpha*gaussym.kernels.special.gauss_tail(0, _t0*(_t2 + mu), (1/2)*_t2 + mu) + sigma*gaussym.kernels.special.gauss_tail(1, -_t1, 0)


def _derivative_1(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = sigma**2
    _t3 = _t0*(_t2 + mu)
    _t4 = (1/2)*_t2 + mu
    return _t0*alpha*gaussym.kernels.generated._runtime.norm_pdf(_t1) + alpha*(-_t0*numpy.exp(_t4)*gaussym.kernels.generated._runtime.norm_pdf(_t3) + gaussym.kernels.special.gauss_tail(0, _t3, _t4)) + gaussym.kernels.special.gauss_tail(0, -_t1, 0)


def _derivative_2(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = sigma**(-3.0)
    _t3 = sigma**2
    _t4 = _t3 + mu
    _t5 = _t0*_t4
    _t6 = (1/2)*_t3 + mu
    _t7 = numpy.exp(_t6)*gaussym.kernels.generated._runtime.norm_pdf(_t5)
    return _t0*gaussym.kernels.generated._runtime.norm_pdf(-_t1) - _t2*alpha*mu*gaussym.kernels.generated._runtime.norm_pdf(_t1) + alpha*(-2*_t0*_t7 + _t2*_t4*_t7 + gaussym.kernels.special.gauss_tail(0, _t5, _t6))


def _derivative_3(mu, sigma, alpha):
    _t0 = sigma**(-3.0)
    _t1 = sigma**(-1.0)
    _t2 = _t1*mu
    _t3 = alpha*gaussym.kernels.generated._runtime.norm_pdf(_t2)
    _t4 = sigma**(-5.0)
    _t5 = sigma**2
    _t6 = _t5 + mu
    _t7 = _t1*_t6
    _t8 = (1/2)*_t5 + mu
    _t9 = numpy.exp(_t8)*gaussym.kernels.generated._runtime.norm_pdf(_t7)
    _t10 = _t0*_t9
    return -_t0*_t3 - _t0*mu*gaussym.kernels.generated._runtime.norm_pdf(-_t2) + _t3*_t4*mu**2 + alpha*(-3*_t1*_t9 + 3*_t10*_t6 + _t10 - _t4*_t6**2*_t9 + gaussym.kernels.special.gauss_tail(0, _t7, _t8))


def _derivative_4(mu, sigma, alpha):
    _t0 = sigma**(-3.0)
    _t1 = sigma**(-1.0)
    _t2 = _t1*mu
    _t3 = gaussym.kernels.generated._runtime.norm_pdf(-_t2)
    _t4 = alpha*gaussym.kernels.generated._runtime.norm_pdf(_t2)
    _t5 = sigma**(-5.0)
    _t6 = 3*_t5
    _t7 = sigma**(-7.0)
    _t8 = sigma**2
    _t9 = _t8 + mu
    _t10 = _t1*_t9
    _t11 = (1/2)*_t8 + mu
    _t12 = numpy.exp(_t11)*gaussym.kernels.generated._runtime.norm_pdf(_t10)
    _t13 = 4*_t12
    _t14 = _t12*_t9
    return -_t0*_t3 + _t3*_t5*mu**2 + _t4*_t6*mu - _t4*_t7*mu**3 + alpha*(_t0*_t13 + 6*_t0*_t14 - _t1*_t13 + _t12*_t7*_t9**3 - _t13*_t5*_t9**2 - _t14*_t6 + gaussym.kernels.special.gauss_tail(0, _t10, _t11))


def _derivative_5(mu, sigma, alpha):
    _t0 = sigma**(-5.0)
    _t1 = 3*_t0
    _t2 = sigma**(-1.0)
    _t3 = _t2*mu
    _t4 = alpha*gaussym.kernels.generated._runtime.norm_pdf(_t3)
    _t5 = gaussym.kernels.generated._runtime.norm_pdf(-_t3)
    _t6 = sigma**(-9.0)
    _t7 = sigma**(-7.0)
    _t8 = 6*_t7
    _t9 = sigma**2
    _t10 = _t9 + mu
    _t11 = _t10*_t2
    _t12 = (1/2)*_t9 + mu
    _t13 = numpy.exp(_t12)*gaussym.kernels.generated._runtime.norm_pdf(_t11)
    _t14 = 10*_t13
    _t15 = _t14/sigma**3
    _t16 = 5*_t13
    _t17 = _t10**2
    return _t1*_t4 + _t1*_t5*mu + _t4*_t6*mu**4 - _t4*_t8*mu**2 - _t5*_t7*mu**3 + alpha*(-15*_t0*_t10*_t13 - _t0*_t14*_t17 - _t1*_t13 - _t10**4*_t13*_t6 + _t10**3*_t16*_t7 + _t10*_t15 + _t13*_t17*_t8 + _t15 - _t16*_t2 + gaussym.kernels.special.gauss_tail(0, _t11, _t12))


def _derivative_6(mu, sigma, alpha):
    _t0 = sigma**(-5.0)
    _t1 = sigma**(-1.0)
    _t2 = _t1*mu
    _t3 = gaussym.kernels.generated._runtime.norm_pdf(-_t2)
    _t4 = alpha*gaussym.kernels.generated._runtime.norm_pdf(_t2)
    _t5 = sigma**(-7.0)
    _t6 = 15*_t5
    _t7 = sigma**(-9.0)
    _t8 = 10*_t7
    _t9 = sigma**(-11.0)
    _t10 = sigma**2
    _t11 = _t10 + mu
    _t12 = _t1*_t11
    _t13 = (1/2)*_t10 + mu
    _t14 = numpy.exp(_t13)*gaussym.kernels.generated._runtime.norm_pdf(_t12)
    _t15 = _t0*_t14
    _t16 = _t14/sigma**3
    _t17 = 6*_t14
    _t18 = _t11**3*_t14
    _t19 = _t11**2
    return 3*_t0*_t3 - 6*_t3*_t5*mu**2 + _t3*_t7*mu**4 - _t4*_t6*mu + _t4*_t8*mu**3 - _t4*_t9*mu**5 + alpha*(-_t1*_t17 + _t11**5*_t14*_t9 - _t11**4*_t17*_t7 + _t11*_t14*_t6 - 45*_t11*_t15 + 15*_t11*_t16 + 36*_t14*_t19*_t5 - 20*_t15*_t19 - 18*_t15 + 20*_t16 + _t18*_t6 - _t18*_t8 + gaussym.kernels.special.gauss_tail(0, _t12, _t13))


def _derivative_7(mu, sigma, alpha):
    _t0 = sigma**(-7.0)
    _t1 = 15*_t0
    _t2 = sigma**(-1.0)
    _t3 = _t2*mu
    _t4 = alpha*gaussym.kernels.generated._runtime.norm_pdf(_t3)
    _t5 = gaussym.kernels.generated._runtime.norm_pdf(-_t3)
    _t6 = sigma**(-13.0)
    _t7 = sigma**(-9.0)
    _t8 = sigma**(-11.0)
    _t9 = 15*_t8
    _t10 = sigma**2
    _t11 = _t10 + mu
    _t12 = _t11*_t2
    _t13 = (1/2)*_t10 + mu
    _t14 = numpy.exp(_t13)*gaussym.kernels.generated._runtime.norm_pdf(_t12)
    _t15 = _t14/sigma**5
    _t16 = _t14/sigma**3
    _t17 = 7*_t14
    _t18 = 105*_t11
    _t19 = _t0*_t14
    _t20 = _t11**4
    _t21 = _t11**2
    _t22 = _t14*_t7
    _t23 = _t11**3
    return -_t1*_t4 - _t1*_t5*mu + _t4*_t6*mu**6 + 45*_t4*_t7*mu**2 - _t4*_t9*mu**4 + 10*_t5*_t7*mu**3 - _t5*_t8*mu**5 + alpha*(_t1*_t14 - _t11**6*_t14*_t6 + _t11**5*_t17*_t8 + 21*_t11*_t16 + _t14*_t20*_t9 - _t15*_t18 - 35*_t15*_t21 - 63*_t15 + 35*_t16 - _t17*_t2 + _t18*_t19 + 126*_t19*_t21 + 35*_t19*_t23 - 21*_t20*_t22 - 45*_t21*_t22 - 70*_t22*_t23 + gaussym.kernels.special.gauss_tail(0, _t12, _t13))


def _derivative_8(mu, sigma, alpha):
    _t0 = sigma**(-7.0)
    _t1 = sigma**(-1.0)
    _t2 = _t1*mu
    _t3 = gaussym.kernels.generated._runtime.norm_pdf(-_t2)
    _t4 = 15*_t3
    _t5 = sigma**(-9.0)
    _t6 = gaussym.kernels.generated._runtime.norm_pdf(_t2)
    _t7 = sigma**(-15.0)
    _t8 = _t6*alpha
    _t9 = sigma**(-11.0)
    _t10 = sigma**(-13.0)
    _t11 = sigma**2
    _t12 = _t11 + mu
    _t13 = _t1*_t12
    _t14 = (1/2)*_t11 + mu
    _t15 = gaussym.kernels.generated._runtime.norm_pdf(_t13)
    _t16 = numpy.exp(_t14)
    _t17 = _t15*_t16
    _t18 = _t0*_t17
    _t19 = sigma**(-5.0)
    _t20 = _t17/sigma**3
    _t21 = _t12**5
    _t22 = _t12**3
    _t23 = _t17*_t9
    _t24 = _t12**4
    _t25 = _t12**2
    return -_t0*_t4 + _t10*_t3*mu**6 + 21*_t10*_t6*alpha*mu**5 + 45*_t3*_t5*mu**2 - _t4*_t9*mu**4 + 105*_t5*_t6*alpha*mu - _t7*_t8*mu**7 - 105*_t8*_t9*mu**3 - alpha*(8*_t1*_t15*_t16 + 8*_t10*_t12**6*_t15*_t16 + 21*_t10*_t15*_t16*_t21 - _t12**7*_t17*_t7 + 210*_t12*_t15*_t16*_t19 + 105*_t12*_t15*_t16*_t5 - 420*_t12*_t18 - 28*_t12*_t20 + 56*_t15*_t16*_t19*_t25 + 168*_t15*_t16*_t19 + 280*_t15*_t16*_t22*_t5 + 56*_t15*_t16*_t24*_t5 + 360*_t15*_t16*_t25*_t5 - 70*_t18*_t22 - 336*_t18*_t25 - 120*_t18 - 56*_t20 - 28*_t21*_t23 - 105*_t22*_t23 - 120*_t23*_t24 - gaussym.kernels.special.gauss_tail(0, _t13, _t14))


def _derivative_9(mu, sigma, alpha):
    _t0 = sigma**(-9.0)
    _t1 = 105*_t0
    _t2 = sigma**(-1.0)
    _t3 = _t2*mu
    _t4 = alpha*gaussym.kernels.generated._runtime.norm_pdf(_t3)
    _t5 = gaussym.kernels.generated._runtime.norm_pdf(-_t3)
    _t6 = sigma**(-17.0)
    _t7 = sigma**(-11.0)
    _t8 = sigma**(-13.0)
    _t9 = sigma**(-15.0)
    _t10 = 28*_t9
    _t11 = sigma**2
    _t12 = _t11 + mu
    _t13 = _t12*_t2
    _t14 = (1/2)*_t11 + mu
    _t15 = numpy.exp(_t14)*gaussym.kernels.generated._runtime.norm_pdf(_t13)
    _t16 = _t15/sigma**7
    _t17 = _t15/sigma**5
    _t18 = 378*_t17
    _t19 = _t15/sigma**3
    _t20 = 9*_t15
    _t21 = _t0*_t15
    _t22 = _t12**6
    _t23 = _t12**4
    _t24 = _t15*_t8
    _t25 = _t12**5
    _t26 = _t12**2
    _t27 = _t15*_t7
    _t28 = _t12**3
    return _t1*_t4 + _t1*_t5*mu - _t10*_t4*mu**6 + _t4*_t6*mu**8 - 420*_t4*_t7*mu**2 + 210*_t4*_t8*mu**4 - 105*_t5*_t7*mu**3 + 21*_t5*_t8*mu**5 - _t5*_t9*mu**7 + alpha*(-_t1*_t15 + _t10*_t15*_t22 - _t12**8*_t15*_t6 + _t12**7*_t20*_t9 + 1260*_t12*_t16 - _t12*_t18 + 36*_t12*_t19 - 945*_t12*_t21 + 756*_t16*_t26 + 126*_t16*_t28 + 540*_t16 - 84*_t17*_t26 - _t18 + 84*_t19 - _t2*_t20 - 126*_t21*_t23 - 1620*_t21*_t26 - 840*_t21*_t28 - 36*_t22*_t24 - 210*_t23*_t24 + 540*_t23*_t27 - 189*_t24*_t25 + 84*_t25*_t27 + 420*_t26*_t27 + 945*_t27*_t28 + gaussym.kernels.special.gauss_tail(0, _t13, _t14))


def _derivative_10(mu, sigma, alpha):
    _t0 = sigma**(-9.0)
    _t1 = sigma**(-1.0)
    _t2 = _t1*mu
    _t3 = gaussym.kernels.generated._runtime.norm_pdf(-_t2)
    _t4 = alpha*gaussym.kernels.generated._runtime.norm_pdf(_t2)
    _t5 = sigma**(-11.0)
    _t6 = 945*_t5
    _t7 = sigma**(-17.0)
    _t8 = sigma**(-13.0)
    _t9 = sigma**(-15.0)
    _t10 = 378*_t9
    _t11 = 36*_t7
    _t12 = sigma**(-19.0)
    _t13 = sigma**2
    _t14 = _t13 + mu
    _t15 = _t1*_t14
    _t16 = (1/2)*_t13 + mu
    _t17 = numpy.exp(_t16)*gaussym.kernels.generated._runtime.norm_pdf(_t15)
    _t18 = _t0*_t17
    _t19 = _t17/sigma**7
    _t20 = _t17/sigma**5
    _t21 = sigma**(-3.0)
    _t22 = 120*_t17
    _t23 = 10*_t17
    _t24 = _t14*_t17
    _t25 = _t14**7*_t17
    _t26 = _t14**5
    _t27 = _t17*_t26
    _t28 = _t14**6
    _t29 = _t14**3
    _t30 = _t17*_t8
    _t31 = _t14**4
    _t32 = _t14**2
    _t33 = _t17*_t5
    return 105*_t0*_t3 - _t10*_t4*mu**5 + _t11*_t4*mu**7 - _t12*_t4*mu**9 - 420*_t3*_t5*mu**2 + _t3*_t7*mu**8 + 210*_t3*_t8*mu**4 - 28*_t3*_t9*mu**6 - _t4*_t6*mu + 1260*_t4*_t8*mu**3 + alpha*(-_t1*_t23 + _t10*_t27 - _t11*_t25 + _t12*_t14**9*_t17 - _t14**8*_t23*_t7 - 4725*_t14*_t18 + 3150*_t14*_t19 - 630*_t14*_t20 + 280*_t17*_t28*_t9 - 2100*_t18*_t29 - 252*_t18*_t31 - 5400*_t18*_t32 - 1050*_t18 + 210*_t19*_t29 + 1512*_t19*_t32 + 1800*_t19 - 120*_t20*_t32 - 756*_t20 + _t21*_t22 + 45*_t21*_t24 - _t22*_t28*_t8 + _t24*_t6 + 45*_t25*_t9 - 945*_t26*_t30 + 210*_t27*_t5 - 1260*_t29*_t30 + 4725*_t29*_t33 - 2100*_t30*_t31 + 1800*_t31*_t33 + 4200*_t32*_t33 + gaussym.kernels.special.gauss_tail(0, _t15, _t16))


def _activation_mp(x, alpha):
    return ((alpha*mpmath.exp(x) - alpha) if (x < 0) else (x))


def _act_derivative_mp_0(x, alpha):
    return ((alpha*mpmath.exp(x) - alpha) if (x < 0) else (x))


def _act_derivative_mp_1(x, alpha):
    return ((alpha*mpmath.exp(x)) if (x < 0) else (1))


def _act_derivative_mp_2(x, alpha):
    return ((alpha*mpmath.exp(x)) if (x < 0) else (0))


def _act_derivative_mp_3(x, alpha):
    return ((alpha*mpmath.exp(x)) if (x < 0) else (0))


def _act_derivative_mp_4(x, alpha):
    return ((alpha*mpmath.exp(x)) if (x < 0) else (0))


def _act_derivative_mp_5(x, alpha):
    return ((alpha*mpmath.exp(x)) if (x < 0) else (0))


def _act_derivative_mp_6(x, alpha):
    return ((alpha*mpmath.exp(x)) if (x < 0) else (0))


def _act_derivative_mp_7(x, alpha):
    return ((alpha*mpmath.exp(x)) if (x < 0) else (0))


def _act_derivative_mp_8(x, alpha):
    return ((alpha*mpmath.exp(x)) if (x < 0) else (0))


def _act_derivative_mp_9(x, alpha):
    return ((alpha*mpmath.exp(x)) if (x < 0) else (0))


def _act_derivative_mp_10(x, alpha):
    return ((alpha*mpmath.exp(x)) if (x < 0) else (0))


def _moment_mp_0(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = sigma**2
    return -alpha*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0) + alpha*gaussym.kernels.special.gauss_tail_mp(0, _t0*(_t2 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t2 + mu) + sigma*gaussym.kernels.special.gauss_tail_mp(1, -_t1, 0)


def _moment_mp_1(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = alpha*sigma
    _t3 = sigma**2
    return _t2*gaussym.kernels.special.gauss_tail_mp(1, _t1, 0) - _t2*gaussym.kernels.special.gauss_tail_mp(1, _t0*(_t3 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t3 + mu) + _t3*gaussym.kernels.special.gauss_tail_mp(2, -_t1, 0)


def _moment_mp_2(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = sigma**2
    _t3 = _t2*alpha
    return -_t3*gaussym.kernels.special.gauss_tail_mp(2, _t1, 0) + _t3*gaussym.kernels.special.gauss_tail_mp(2, _t0*(_t2 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t2 + mu) + sigma**3*gaussym.kernels.special.gauss_tail_mp(3, -_t1, 0)


def _moment_mp_3(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = alpha*sigma**3
    _t3 = sigma**2
    return _t2*gaussym.kernels.special.gauss_tail_mp(3, _t1, 0) - _t2*gaussym.kernels.special.gauss_tail_mp(3, _t0*(_t3 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t3 + mu) + sigma**4*gaussym.kernels.special.gauss_tail_mp(4, -_t1, 0)


def _moment_mp_4(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = alpha*sigma**4
    _t3 = sigma**2
    return -_t2*gaussym.kernels.special.gauss_tail_mp(4, _t1, 0) + _t2*gaussym.kernels.special.gauss_tail_mp(4, _t0*(_t3 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t3 + mu) + sigma**5*gaussym.kernels.special.gauss_tail_mp(5, -_t1, 0)


def _moment_mp_5(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = alpha*sigma**5
    _t3 = sigma**2
    return _t2*gaussym.kernels.special.gauss_tail_mp(5, _t1, 0) - _t2*gaussym.kernels.special.gauss_tail_mp(5, _t0*(_t3 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t3 + mu) + sigma**6*gaussym.kernels.special.gauss_tail_mp(6, -_t1, 0)


def _moment_mp_6(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = alpha*sigma**6
    _t3 = sigma**2
    return -_t2*gaussym.kernels.special.gauss_tail_mp(6, _t1, 0) + _t2*gaussym.kernels.special.gauss_tail_mp(6, _t0*(_t3 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t3 + mu) + sigma**7*gaussym.kernels.special.gauss_tail_mp(7, -_t1, 0)


def _moment_mp_7(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = alpha*sigma**7
    _t3 = sigma**2
    return _t2*gaussym.kernels.special.gauss_tail_mp(7, _t1, 0) - _t2*gaussym.kernels.special.gauss_tail_mp(7, _t0*(_t3 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t3 + mu) + sigma**8*gaussym.kernels.special.gauss_tail_mp(8, -_t1, 0)


def _moment_mp_8(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = alpha*sigma**8
    _t3 = sigma**2
    return -_t2*gaussym.kernels.special.gauss_tail_mp(8, _t1, 0) + _t2*gaussym.kernels.special.gauss_tail_mp(8, _t0*(_t3 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t3 + mu) + sigma**9*gaussym.kernels.special.gauss_tail_mp(9, -_t1, 0)


def _moment_mp_9(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = alpha*sigma**9
    _t3 = sigma**2
    return _t2*gaussym.kernels.special.gauss_tail_mp(9, _t1, 0) - _t2*gaussym.kernels.special.gauss_tail_mp(9, _t0*(_t3 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t3 + mu) + sigma**10*gaussym.kernels.special.gauss_tail_mp(10, -_t1, 0)


def _moment_mp_10(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = alpha*sigma**10
    _t3 = sigma**2
    return -_t2*gaussym.kernels.special.gauss_tail_mp(10, _t1, 0) + _t2*gaussym.kernels.special.gauss_tail_mp(10, _t0*(_t3 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t3 + mu) + sigma**11*gaussym.kernels.special.gauss_tail_mp(11, -_t1, 0)


def _derivative_mp_0(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = sigma**2
    return -alpha*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0) + alpha*gaussym.kernels.special.gauss_tail_mp(0, _t0*(_t2 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t2 + mu) + sigma*gaussym.kernels.special.gauss_tail_mp(1, -_t1, 0)


def _derivative_mp_1(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = sigma**2
    _t3 = _t0*(_t2 + mu)
    _t4 = (mpmath.mpf(1)/mpmath.mpf(2))*_t2 + mu
    return _t0*alpha*mpmath.npdf(_t1) + alpha*(-_t0*mpmath.exp(_t4)*mpmath.npdf(_t3) + gaussym.kernels.special.gauss_tail_mp(0, _t3, _t4)) + gaussym.kernels.special.gauss_tail_mp(0, -_t1, 0)


def _derivative_mp_2(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = sigma**(-3)
    _t3 = sigma**2
    _t4 = _t3 + mu
    _t5 = _t0*_t4
    _t6 = (mpmath.mpf(1)/mpmath.mpf(2))*_t3 + mu
    _t7 = mpmath.exp(_t6)*mpmath.npdf(_t5)
    return _t0*mpmath.npdf(-_t1) - _t2*alpha*mu*mpmath.npdf(_t1) + alpha*(-2*_t0*_t7 + _t2*_t4*_t7 + gaussym.kernels.special.gauss_tail_mp(0, _t5, _t6))


def _derivative_mp_3(mu, sigma, alpha):
    _t0 = sigma**(-3)
    _t1 = 1/sigma
    _t2 = _t1*mu
    _t3 = alpha*mpmath.npdf(_t2)
    _t4 = sigma**(-5)
    _t5 = sigma**2
    _t6 = _t5 + mu
    _t7 = _t1*_t6
    _t8 = (mpmath.mpf(1)/mpmath.mpf(2))*_t5 + mu
    _t9 = mpmath.exp(_t8)*mpmath.npdf(_t7)
    _t10 = _t0*_t9
    return -_t0*_t3 - _t0*mu*mpmath.npdf(-_t2) + _t3*_t4*mu**2 + alpha*(-3*_t1*_t9 + 3*_t10*_t6 + _t10 - _t4*_t6**2*_t9 + gaussym.kernels.special.gauss_tail_mp(0, _t7, _t8))


def _derivative_mp_4(mu, sigma, alpha):
    _t0 = sigma**(-3)
    _t1 = 1/sigma
    _t2 = _t1*mu
    _t3 = mpmath.npdf(-_t2)
    _t4 = alpha*mpmath.npdf(_t2)
    _t5 = sigma**(-5)
    _t6 = 3*_t5
    _t7 = sigma**(-7)
    _t8 = sigma**2
    _t9 = _t8 + mu
    _t10 = _t1*_t9
    _t11 = (mpmath.mpf(1)/mpmath.mpf(2))*_t8 + mu
    _t12 = mpmath.exp(_t11)*mpmath.npdf(_t10)
    _t13 = 4*_t12
    _t14 = _t12*_t9
    return -_t0*_t3 + _t3*_t5*mu**2 + _t4*_t6*mu - _t4*_t7*mu**3 + alpha*(_t0*_t13 + 6*_t0*_t14 - _t1*_t13 + _t12*_t7*_t9**3 - _t13*_t5*_t9**2 - _t14*_t6 + gaussym.kernels.special.gauss_tail_mp(0, _t10, _t11))


def _derivative_mp_5(mu, sigma, alpha):
    _t0 = sigma**(-5)
    _t1 = 3*_t0
    _t2 = 1/sigma
    _t3 = _t2*mu
    _t4 = alpha*mpmath.npdf(_t3)
    _t5 = mpmath.npdf(-_t3)
    _t6 = sigma**(-9)
    _t7 = sigma**(-7)
    _t8 = 6*_t7
    _t9 = sigma**2
    _t10 = _t9 + mu
    _t11 = _t10*_t2
    _t12 = (mpmath.mpf(1)/mpmath.mpf(2))*_t9 + mu
    _t13 = mpmath.exp(_t12)*mpmath.npdf(_t11)
    _t14 = 10*_t13
    _t15 = _t14/sigma**3
    _t16 = 5*_t13
    _t17 = _t10**2
    return _t1*_t4 + _t1*_t5*mu + _t4*_t6*mu**4 - _t4*_t8*mu**2 - _t5*_t7*mu**3 + alpha*(-15*_t0*_t10*_t13 - _t0*_t14*_t17 - _t1*_t13 - _t10**4*_t13*_t6 + _t10**3*_t16*_t7 + _t10*_t15 + _t13*_t17*_t8 + _t15 - _t16*_t2 + gaussym.kernels.special.gauss_tail_mp(0, _t11, _t12))


def _derivative_mp_6(mu, sigma, alpha):
    _t0 = sigma**(-5)
    _t1 = 1/sigma
    _t2 = _t1*mu
    _t3 = mpmath.npdf(-_t2)
    _t4 = alpha*mpmath.npdf(_t2)
    _t5 = sigma**(-7)
    _t6 = 15*_t5
    _t7 = sigma**(-9)
    _t8 = 10*_t7
    _t9 = sigma**(-11)
    _t10 = sigma**2
    _t11 = _t10 + mu
    _t12 = _t1*_t11
    _t13 = (mpmath.mpf(1)/mpmath.mpf(2))*_t10 + mu
    _t14 = mpmath.exp(_t13)*mpmath.npdf(_t12)
    _t15 = _t0*_t14
    _t16 = _t14/sigma**3
    _t17 = 6*_t14
    _t18 = _t11**3*_t14
    _t19 = _t11**2
    return 3*_t0*_t3 - 6*_t3*_t5*mu**2 + _t3*_t7*mu**4 - _t4*_t6*mu + _t4*_t8*mu**3 - _t4*_t9*mu**5 + alpha*(-_t1*_t17 + _t11**5*_t14*_t9 - _t11**4*_t17*_t7 + _t11*_t14*_t6 - 45*_t11*_t15 + 15*_t11*_t16 + 36*_t14*_t19*_t5 - 20*_t15*_t19 - 18*_t15 + 20*_t16 + _t18*_t6 - _t18*_t8 + gaussym.kernels.special.gauss_tail_mp(0, _t12, _t13))


def _derivative_mp_7(mu, sigma, alpha):
    _t0 = sigma**(-7)
    _t1 = 15*_t0
    _t2 = 1/sigma
    _t3 = _t2*mu
    _t4 = alpha*mpmath.npdf(_t3)
    _t5 = mpmath.npdf(-_t3)
    _t6 = sigma**(-13)
    _t7 = sigma**(-9)
    _t8 = sigma**(-11)
    _t9 = 15*_t8
    _t10 = sigma**2
    _t11 = _t10 + mu
    _t12 = _t11*_t2
    _t13 = (mpmath.mpf(1)/mpmath.mpf(2))*_t10 + mu
    _t14 = mpmath.exp(_t13)*mpmath.npdf(_t12)
    _t15 = _t14/sigma**5
    _t16 = _t14/sigma**3
    _t17 = 7*_t14
    _t18 = 105*_t11
    _t19 = _t0*_t14
    _t20 = _t11**4
    _t21 = _t11**2
    _t22 = _t14*_t7
    _t23 = _t11**3
    return -_t1*_t4 - _t1*_t5*mu + _t4*_t6*mu**6 + 45*_t4*_t7*mu**2 - _t4*_t9*mu**4 + 10*_t5*_t7*mu**3 - _t5*_t8*mu**5 + alpha*(_t1*_t14 - _t11**6*_t14*_t6 + _t11**5*_t17*_t8 + 21*_t11*_t16 + _t14*_t20*_t9 - _t15*_t18 - 35*_t15*_t21 - 63*_t15 + 35*_t16 - _t17*_t2 + _t18*_t19 + 126*_t19*_t21 + 35*_t19*_t23 - 21*_t20*_t22 - 45*_t21*_t22 - 70*_t22*_t23 + gaussym.kernels.special.gauss_tail_mp(0, _t12, _t13))


def _derivative_mp_8(mu, sigma, alpha):
    _t0 = sigma**(-7)
    _t1 = 1/sigma
    _t2 = _t1*mu
    _t3 = mpmath.npdf(-_t2)
    _t4 = 15*_t3
    _t5 = sigma**(-9)
    _t6 = mpmath.npdf(_t2)
    _t7 = sigma**(-15)
    _t8 = _t6*alpha
    _t9 = sigma**(-11)
    _t10 = sigma**(-13)
    _t11 = sigma**2
    _t12 = _t11 + mu
    _t13 = _t1*_t12
    _t14 = (mpmath.mpf(1)/mpmath.mpf(2))*_t11 + mu
    _t15 = mpmath.npdf(_t13)
    _t16 = mpmath.exp(_t14)
    _t17 = _t15*_t16
    _t18 = _t0*_t17
    _t19 = sigma**(-5)
    _t20 = _t17/sigma**3
    _t21 = _t12**5
    _t22 = _t12**3
    _t23 = _t17*_t9
    _t24 = _t12**4
    _t25 = _t12**2
    return -_t0*_t4 + _t10*_t3*mu**6 + 21*_t10*_t6*alpha*mu**5 + 45*_t3*_t5*mu**2 - _t4*_t9*mu**4 + 105*_t5*_t6*alpha*mu - _t7*_t8*mu**7 - 105*_t8*_t9*mu**3 - alpha*(8*_t1*_t15*_t16 + 8*_t10*_t12**6*_t15*_t16 + 21*_t10*_t15*_t16*_t21 - _t12**7*_t17*_t7 + 210*_t12*_t15*_t16*_t19 + 105*_t12*_t15*_t16*_t5 - 420*_t12*_t18 - 28*_t12*_t20 + 56*_t15*_t16*_t19*_t25 + 168*_t15*_t16*_t19 + 280*_t15*_t16*_t22*_t5 + 56*_t15*_t16*_t24*_t5 + 360*_t15*_t16*_t25*_t5 - 70*_t18*_t22 - 336*_t18*_t25 - 120*_t18 - 56*_t20 - 28*_t21*_t23 - 105*_t22*_t23 - 120*_t23*_t24 - gaussym.kernels.special.gauss_tail_mp(0, _t13, _t14))


def _derivative_mp_9(mu, sigma, alpha):
    _t0 = sigma**(-9)
    _t1 = 105*_t0
    _t2 = 1/sigma
    _t3 = _t2*mu
    _t4 = alpha*mpmath.npdf(_t3)
    _t5 = mpmath.npdf(-_t3)
    _t6 = sigma**(-17)
    _t7 = sigma**(-11)
    _t8 = sigma**(-13)
    _t9 = sigma**(-15)
    _t10 = 28*_t9
    _t11 = sigma**2
    _t12 = _t11 + mu
    _t13 = _t12*_t2
    _t14 = (mpmath.mpf(1)/mpmath.mpf(2))*_t11 + mu
    _t15 = mpmath.exp(_t14)*mpmath.npdf(_t13)
    _t16 = _t15/sigma**7
    _t17 = _t15/sigma**5
    _t18 = 378*_t17
    _t19 = _t15/sigma**3
    _t20 = 9*_t15
    _t21 = _t0*_t15
    _t22 = _t12**6
    _t23 = _t12**4
    _t24 = _t15*_t8
    _t25 = _t12**5
    _t26 = _t12**2
    _t27 = _t15*_t7
    _t28 = _t12**3
    return _t1*_t4 + _t1*_t5*mu - _t10*_t4*mu**6 + _t4*_t6*mu**8 - 420*_t4*_t7*mu**2 + 210*_t4*_t8*mu**4 - 105*_t5*_t7*mu**3 + 21*_t5*_t8*mu**5 - _t5*_t9*mu**7 + alpha*(-_t1*_t15 + _t10*_t15*_t22 - _t12**8*_t15*_t6 + _t12**7*_t20*_t9 + 1260*_t12*_t16 - _t12*_t18 + 36*_t12*_t19 - 945*_t12*_t21 + 756*_t16*_t26 + 126*_t16*_t28 + 540*_t16 - 84*_t17*_t26 - _t18 + 84*_t19 - _t2*_t20 - 126*_t21*_t23 - 1620*_t21*_t26 - 840*_t21*_t28 - 36*_t22*_t24 - 210*_t23*_t24 + 540*_t23*_t27 - 189*_t24*_t25 + 84*_t25*_t27 + 420*_t26*_t27 + 945*_t27*_t28 + gaussym.kernels.special.gauss_tail_mp(0, _t13, _t14))


def _derivative_mp_10(mu, sigma, alpha):
    _t0 = sigma**(-9)
    _t1 = 1/sigma
    _t2 = _t1*mu
    _t3 = mpmath.npdf(-_t2)
    _t4 = alpha*mpmath.npdf(_t2)
    _t5 = sigma**(-11)
    _t6 = 945*_t5
    _t7 = sigma**(-17)
    _t8 = sigma**(-13)
    _t9 = sigma**(-15)
    _t10 = 378*_t9
    _t11 = 36*_t7
    _t12 = sigma**(-19)
    _t13 = sigma**2
    _t14 = _t13 + mu
    _t15 = _t1*_t14
    _t16 = (mpmath.mpf(1)/mpmath.mpf(2))*_t13 + mu
    _t17 = mpmath.exp(_t16)*mpmath.npdf(_t15)
    _t18 = _t0*_t17
    _t19 = _t17/sigma**7
    _t20 = _t17/sigma**5
    _t21 = sigma**(-3)
    _t22 = 120*_t17
    _t23 = 10*_t17
    _t24 = _t14*_t17
    _t25 = _t14**7*_t17
    _t26 = _t14**5
    _t27 = _t17*_t26
    _t28 = _t14**6
    _t29 = _t14**3
    _t30 = _t17*_t8
    _t31 = _t14**4
    _t32 = _t14**2
    _t33 = _t17*_t5
    return 105*_t0*_t3 - _t10*_t4*mu**5 + _t11*_t4*mu**7 - _t12*_t4*mu**9 - 420*_t3*_t5*mu**2 + _t3*_t7*mu**8 + 210*_t3*_t8*mu**4 - 28*_t3*_t9*mu**6 - _t4*_t6*mu + 1260*_t4*_t8*mu**3 + alpha*(-_t1*_t23 + _t10*_t27 - _t11*_t25 + _t12*_t14**9*_t17 - _t14**8*_t23*_t7 - 4725*_t14*_t18 + 3150*_t14*_t19 - 630*_t14*_t20 + 280*_t17*_t28*_t9 - 2100*_t18*_t29 - 252*_t18*_t31 - 5400*_t18*_t32 - 1050*_t18 + 210*_t19*_t29 + 1512*_t19*_t32 + 1800*_t19 - 120*_t20*_t32 - 756*_t20 + _t21*_t22 + 45*_t21*_t24 - _t22*_t28*_t8 + _t24*_t6 + 45*_t25*_t9 - 945*_t26*_t30 + 210*_t27*_t5 - 1260*_t29*_t30 + 4725*_t29*_t33 - 2100*_t30*_t31 + 1800*_t31*_t33 + 4200*_t32*_t33 + gaussym.kernels.special.gauss_tail_mp(0, _t15, _t16))


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
