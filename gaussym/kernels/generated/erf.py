"""Generated kernels for the activation 'erf' -- DO NOT EDIT.

    act(x) = erf(x)
    moments E[x^n act(x)], x ~ N(mu, sigma^2), for n <= MAX_N = 10; expected derivatives
    E[act^(m)(x)] = d^m/dmu^m E[act(x)] for m <= MAX_N; numpy (vectorised) and mpmath kernels.

Written by gaussym.kernels.codegen. Regenerate: python derivations/regenerate_kernels.py (built-ins) or
    gaussym codegen 'erf(x)' --name erf --max-n 10 -o FILE

Decomposition:
    piece x in (-inf, inf): erf(x)
      closed form: -1
      closed form: erf(x) + 1

Blocks: D(k, c, L) = e^L int_c^inf (z-c)^k phi(z) dz (gauss_tail); PhiBlend(P, Q, q) = P Phi(q) + Q phi(q).
Closed-form part of E[x^n act(x)]:
    n = 0: Piecewise((2*D(0, -mu/sqrt(sigma**2 + 1/2), 0) - 1, sqrt(2)*mu/sqrt(2*sigma**2 + 1) < -1), (1 - 2*D(0, mu/sqrt(sigma**2 + 1/2), 0), sqrt(2)*mu/sqrt(2*sigma**2 + 1) > 1), (Dexp(0, sqrt(2)*mu/sqrt(2*sigma**2 + 1), -2*sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0), True))
    n = 1: Piecewise((-mu + 2*mu*D(0, -mu/sqrt(sigma**2 + 1/2), 0)/(2*sigma**2 + 1) + 2*sqrt(2)*sigma**2*D(1, -mu/sqrt(sigma**2 + 1/2), 0)/sqrt(2*sigma**2 + 1), sqrt(2)*mu/sqrt(2*sigma**2 + 1) < -1), (mu - 2*mu*D(0, mu/sqrt(sigma**2 + 1/2), 0)/(2*sigma**2 + 1) + 2*sqrt(2)*sigma**2*D(1, mu/sqrt(sigma**2 + 1/2), 0)/sqrt(2*sigma**2 + 1), sqrt(2)*mu/sqrt(2*sigma**2 + 1) > 1), (mu*Dexp(0, sqrt(2)*mu/sqrt(2*sigma**2 + 1), -2*sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/(2*sigma**2 + 1) + sqrt(2)*sigma**2*(D(1, -sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0) + D(1, sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0))/sqrt(2*sigma**2 + 1), True))
    n = 2: Piecewise((-mu**2 + 4*sqrt(2)*mu*sigma**2*D(1, -mu/sqrt(sigma**2 + 1/2), 0)/(2*sigma**2 + 1)**(3/2) + 4*sigma**4*D(2, -mu/sqrt(sigma**2 + 1/2), 0)/(2*sigma**2 + 1) - sigma**2 + (2*mu**2/(2*sigma**2 + 1)**2 + 2*sigma**2/(2*sigma**2 + 1))*D(0, -mu/sqrt(sigma**2 + 1/2), 0), sqrt(2)*mu/sqrt(2*sigma**2 + 1) < -1), (mu**2 + 4*sqrt(2)*mu*sigma**2*D(1, mu/sqrt(sigma**2 + 1/2), 0)/(2*sigma**2 + 1)**(3/2) - 4*sigma**4*D(2, mu/sqrt(sigma**2 + 1/2), 0)/(2*sigma**2 + 1) + sigma**2 - (2*mu**2/(2*sigma**2 + 1)**2 + 2*sigma**2/(2*sigma**2 + 1))*D(0, mu/sqrt(sigma**2 + 1/2), 0), sqrt(2)*mu/sqrt(2*sigma**2 + 1) > 1), (2*sqrt(2)*mu*sigma**2*(D(1, -sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0) + D(1, sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0))/(2*sigma**2 + 1)**(3/2) + 2*sigma**4*Dexp(2, sqrt(2)*mu/sqrt(2*sigma**2 + 1), -2*sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/(2*sigma**2 + 1) + (2*mu**2/(2*sigma**2 + 1)**2 + 2*sigma**2/(2*sigma**2 + 1))*Dexp(0, sqrt(2)*mu/sqrt(2*sigma**2 + 1), -2*sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/2, True))
Closed-form part of E[act'(x)]:
    Piecewise((2*phi(mu/sqrt(sigma**2 + 1/2))/sqrt(sigma**2 + 1/2), (sqrt(2)*mu/sqrt(2*sigma**2 + 1) > 1) | (sqrt(2)*mu/sqrt(2*sigma**2 + 1) < -1)), (2*sqrt(2)*phi(sqrt(2)*mu/sqrt(2*sigma**2 + 1))/sqrt(2*sigma**2 + 1), True))
"""
# ruff: noqa
import gaussym.kernels.generated._runtime
import gaussym.kernels.special
import mpmath
import numpy
import scipy.constants
import scipy.special

NAME = 'erf'
EXPRESSION = 'erf(x)'
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
    return scipy.special.erf(x)


def _act_derivative_0(x):
    return scipy.special.erf(x)


def _act_derivative_1(x):
    return 2*numpy.exp(-x**2)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_2(x):
    return -4*x*numpy.exp(-x**2)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_3(x):
    _t0 = x**2
    _t1 = numpy.exp(-_t0)/numpy.sqrt(scipy.constants.pi)
    return 8*_t0*_t1 - 4*_t1


def _act_derivative_4(x):
    _t0 = 1/numpy.sqrt(scipy.constants.pi)
    _t1 = numpy.exp(-x**2)
    return -16*_t0*_t1*x**3 + 24*_t0*_t1*x


def _act_derivative_5(x):
    _t0 = x**2
    _t1 = numpy.exp(-_t0)/numpy.sqrt(scipy.constants.pi)
    return -96*_t0*_t1 + 32*_t1*x**4 + 24*_t1


def _act_derivative_6(x):
    _t0 = 1/numpy.sqrt(scipy.constants.pi)
    _t1 = numpy.exp(-x**2)
    _t2 = _t0*_t1
    return 320*_t0*_t1*x**3 - 64*_t2*x**5 - 240*_t2*x


def _act_derivative_7(x):
    _t0 = x**2
    _t1 = numpy.exp(-_t0)/numpy.sqrt(scipy.constants.pi)
    return 1440*_t0*_t1 + 128*_t1*x**6 - 960*_t1*x**4 - 240*_t1


def _act_derivative_8(x):
    _t0 = 1/numpy.sqrt(scipy.constants.pi)
    _t1 = numpy.exp(-x**2)
    _t2 = _t0*_t1
    return 2688*_t0*_t1*x**5 + 3360*_t0*_t1*x - 256*_t2*x**7 - 6720*_t2*x**3


def _act_derivative_9(x):
    _t0 = x**2
    _t1 = numpy.exp(-_t0)/numpy.sqrt(scipy.constants.pi)
    _t2 = 26880*_t1
    return -_t0*_t2 + 512*_t1*x**8 - 7168*_t1*x**6 + 3360*_t1 + _t2*x**4


def _act_derivative_10(x):
    _t0 = 1/numpy.sqrt(scipy.constants.pi)
    _t1 = numpy.exp(-x**2)
    _t2 = _t0*_t1
    return 18432*_t0*_t1*x**7 + 161280*_t0*_t1*x**3 - 1024*_t2*x**9 - 96768*_t2*x**5 - 60480*_t2*x


def _moment_0(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma)
    _t1 = numpy.sqrt(2)*mu/numpy.sqrt(2*sigma**2 + 1)
    return numpy.select([numpy.less(_t1, -1),numpy.greater(_t1, 1),True], [2*gaussym.kernels.generated._runtime.tail(0, -_t0, 0) - 1,1 - 2*gaussym.kernels.generated._runtime.tail(0, _t0, 0),gaussym.kernels.generated._runtime.tail_expdiff(0, _t1, -2*_t1, 0)], default=numpy.nan)


def _moment_1(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = 2*_t2
    _t4 = _t3 + 1
    _t5 = mu/_t4
    _t6 = 2*_t5
    _t7 = numpy.sqrt(2)/numpy.sqrt(_t4)
    _t8 = _t3*_t7
    _t9 = _t7*mu
    return numpy.select([numpy.less(_t9, -1),numpy.greater(_t9, 1),True], [_t6*gaussym.kernels.generated._runtime.tail(0, _t1, 0) + _t8*gaussym.kernels.generated._runtime.tail(1, _t1, 0) - mu,-_t6*gaussym.kernels.generated._runtime.tail(0, _t0, 0) + _t8*gaussym.kernels.generated._runtime.tail(1, _t0, 0) + mu,_t2*_t7*(gaussym.kernels.generated._runtime.tail(1, -_t9, 0) + gaussym.kernels.generated._runtime.tail(1, _t9, 0)) + _t5*gaussym.kernels.generated._runtime.tail_expdiff(0, _t9, -2*_t9, 0)], default=numpy.nan)


def _moment_2(mu, sigma):
    _t0 = mu**2
    _t1 = sigma**2
    _t2 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma)
    _t3 = -_t2
    _t4 = 2*_t1
    _t5 = _t4 + 1
    _t6 = _t5**(-1.0)
    _t7 = _t6*sigma**4
    _t8 = 4*_t7
    _t9 = numpy.sqrt(2)*mu
    _t10 = _t9/_t5**(3/2)
    _t11 = 4*_t1*_t10
    _t12 = 2*_t0/_t5**2 + _t4*_t6
    _t13 = _t9/numpy.sqrt(_t5)
    _t14 = -2*_t13
    return numpy.select([numpy.less(_t13, -1),numpy.greater(_t13, 1),True], [-_t0 - _t1 + _t11*gaussym.kernels.generated._runtime.tail(1, _t3, 0) + _t12*gaussym.kernels.generated._runtime.tail(0, _t3, 0) + _t8*gaussym.kernels.generated._runtime.tail(2, _t3, 0),_t0 + _t1 + _t11*gaussym.kernels.generated._runtime.tail(1, _t2, 0) - _t12*gaussym.kernels.generated._runtime.tail(0, _t2, 0) - _t8*gaussym.kernels.generated._runtime.tail(2, _t2, 0),_t10*_t4*(gaussym.kernels.generated._runtime.tail(1, -_t13, 0) + gaussym.kernels.generated._runtime.tail(1, _t13, 0)) + (1/2)*_t12*gaussym.kernels.generated._runtime.tail_expdiff(0, _t13, _t14, 0) + 2*_t7*gaussym.kernels.generated._runtime.tail_expdiff(2, _t13, _t14, 0)], default=numpy.nan)


def _moment_3(mu, sigma):
    _t0 = mu**3
    _t1 = sigma**2
    _t2 = _t1*mu
    _t3 = 3*_t2
    _t4 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma)
    _t5 = -_t4
    _t6 = 2*_t1 + 1
    _t7 = _t6**(-2.0)
    _t8 = mu*sigma**4
    _t9 = 12*_t7*_t8
    _t10 = numpy.sqrt(2)
    _t11 = _t10*sigma**6/_t6**(3/2)
    _t12 = 4*_t11
    _t13 = 6*_t7
    _t14 = 2*_t0/_t6**3 + _t13*_t2
    _t15 = _t10/numpy.sqrt(_t6)
    _t16 = _t1*_t15*(6*_t1/_t6 + _t13*mu**2)
    _t17 = _t15*mu
    _t18 = -2*_t17
    _t19 = -_t17
    return numpy.select([numpy.less(_t17, -1),numpy.greater(_t17, 1),True], [-_t0 + _t12*gaussym.kernels.generated._runtime.tail(3, _t5, 0) + _t14*gaussym.kernels.generated._runtime.tail(0, _t5, 0) + _t16*gaussym.kernels.generated._runtime.tail(1, _t5, 0) - _t3 + _t9*gaussym.kernels.generated._runtime.tail(2, _t5, 0),_t0 + _t12*gaussym.kernels.generated._runtime.tail(3, _t4, 0) - _t14*gaussym.kernels.generated._runtime.tail(0, _t4, 0) + _t16*gaussym.kernels.generated._runtime.tail(1, _t4, 0) + _t3 - _t9*gaussym.kernels.generated._runtime.tail(2, _t4, 0),2*_t11*(gaussym.kernels.generated._runtime.tail(3, _t17, 0) + gaussym.kernels.generated._runtime.tail(3, _t19, 0)) + _t13*_t8*gaussym.kernels.generated._runtime.tail_expdiff(2, _t17, _t18, 0) + (1/2)*_t14*gaussym.kernels.generated._runtime.tail_expdiff(0, _t17, _t18, 0) + (1/2)*_t16*(gaussym.kernels.generated._runtime.tail(1, _t17, 0) + gaussym.kernels.generated._runtime.tail(1, _t19, 0))], default=numpy.nan)


def _moment_4(mu, sigma):
    _t0 = mu**4
    _t1 = sigma**4
    _t2 = 3*_t1
    _t3 = sigma**2
    _t4 = mu**2
    _t5 = _t3*_t4
    _t6 = 6*_t5
    _t7 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma)
    _t8 = -_t7
    _t9 = 2*_t3 + 1
    _t10 = _t9**(-2.0)
    _t11 = _t10*sigma**8
    _t12 = 8*_t11
    _t13 = numpy.sqrt(2)
    _t14 = _t13*mu*sigma**6/_t9**(5/2)
    _t15 = 16*_t14
    _t16 = _t9**(-1.0)
    _t17 = _t1*_t16*(12*_t10*_t4 + 12*_t16*_t3)
    _t18 = 2*_t17
    _t19 = _t9**(-3.0)
    _t20 = _t13/numpy.sqrt(_t9)
    _t21 = _t20*_t3*(24*_t10*_t3*mu + 8*_t19*mu**3)
    _t22 = 2*_t0/_t9**4 + 6*_t1*_t10 + 12*_t19*_t5
    _t23 = _t20*mu
    _t24 = -2*_t23
    _t25 = -_t23
    return numpy.select([numpy.less(_t23, -1),numpy.greater(_t23, 1),True], [-_t0 + _t12*gaussym.kernels.generated._runtime.tail(4, _t8, 0) + _t15*gaussym.kernels.generated._runtime.tail(3, _t8, 0) + _t18*gaussym.kernels.generated._runtime.tail(2, _t8, 0) - _t2 + _t21*gaussym.kernels.generated._runtime.tail(1, _t8, 0) + _t22*gaussym.kernels.generated._runtime.tail(0, _t8, 0) - _t6,_t0 - _t12*gaussym.kernels.generated._runtime.tail(4, _t7, 0) + _t15*gaussym.kernels.generated._runtime.tail(3, _t7, 0) - _t18*gaussym.kernels.generated._runtime.tail(2, _t7, 0) + _t2 + _t21*gaussym.kernels.generated._runtime.tail(1, _t7, 0) - _t22*gaussym.kernels.generated._runtime.tail(0, _t7, 0) + _t6,4*_t11*gaussym.kernels.generated._runtime.tail_expdiff(4, _t23, _t24, 0) + 8*_t14*(gaussym.kernels.generated._runtime.tail(3, _t23, 0) + gaussym.kernels.generated._runtime.tail(3, _t25, 0)) + _t17*gaussym.kernels.generated._runtime.tail_expdiff(2, _t23, _t24, 0) + (1/2)*_t21*(gaussym.kernels.generated._runtime.tail(1, _t23, 0) + gaussym.kernels.generated._runtime.tail(1, _t25, 0)) + (1/2)*_t22*gaussym.kernels.generated._runtime.tail_expdiff(0, _t23, _t24, 0)], default=numpy.nan)


def _moment_5(mu, sigma):
    _t0 = mu**5
    _t1 = sigma**4
    _t2 = _t1*mu
    _t3 = 15*_t2
    _t4 = sigma**2
    _t5 = mu**3
    _t6 = _t4*_t5
    _t7 = 10*_t6
    _t8 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma)
    _t9 = -_t8
    _t10 = 2*_t4 + 1
    _t11 = _t10**(-3.0)
    _t12 = mu*sigma**8
    _t13 = 40*_t11*_t12
    _t14 = numpy.sqrt(2)
    _t15 = _t14*sigma**10/_t10**(5/2)
    _t16 = 8*_t15
    _t17 = _t10**(-1.0)
    _t18 = 20*_t11
    _t19 = _t10**(-2.0)
    _t20 = 60*_t4
    _t21 = _t1*_t17*(_t18*_t5 + _t19*_t20*mu)
    _t22 = 2*_t21
    _t23 = mu**2
    _t24 = _t14*sigma**6*(20*_t17*_t4 + 20*_t19*_t23)/_t10**(3/2)
    _t25 = 2*_t24
    _t26 = _t10**(-4.0)
    _t27 = 2*_t0/_t10**5 + 30*_t11*_t2 + 20*_t26*_t6
    _t28 = _t14/numpy.sqrt(_t10)
    _t29 = _t28*_t4*(30*_t1*_t19 + _t11*_t20*_t23 + 10*_t26*mu**4)
    _t30 = _t28*mu
    _t31 = -2*_t30
    _t32 = -_t30
    return numpy.select([numpy.less(_t30, -1),numpy.greater(_t30, 1),True], [-_t0 + _t13*gaussym.kernels.generated._runtime.tail(4, _t9, 0) + _t16*gaussym.kernels.generated._runtime.tail(5, _t9, 0) + _t22*gaussym.kernels.generated._runtime.tail(2, _t9, 0) + _t25*gaussym.kernels.generated._runtime.tail(3, _t9, 0) + _t27*gaussym.kernels.generated._runtime.tail(0, _t9, 0) + _t29*gaussym.kernels.generated._runtime.tail(1, _t9, 0) - _t3 - _t7,_t0 - _t13*gaussym.kernels.generated._runtime.tail(4, _t8, 0) + _t16*gaussym.kernels.generated._runtime.tail(5, _t8, 0) - _t22*gaussym.kernels.generated._runtime.tail(2, _t8, 0) + _t25*gaussym.kernels.generated._runtime.tail(3, _t8, 0) - _t27*gaussym.kernels.generated._runtime.tail(0, _t8, 0) + _t29*gaussym.kernels.generated._runtime.tail(1, _t8, 0) + _t3 + _t7,_t12*_t18*gaussym.kernels.generated._runtime.tail_expdiff(4, _t30, _t31, 0) + 4*_t15*(gaussym.kernels.generated._runtime.tail(5, _t30, 0) + gaussym.kernels.generated._runtime.tail(5, _t32, 0)) + _t21*gaussym.kernels.generated._runtime.tail_expdiff(2, _t30, _t31, 0) + _t24*(gaussym.kernels.generated._runtime.tail(3, _t30, 0) + gaussym.kernels.generated._runtime.tail(3, _t32, 0)) + (1/2)*_t27*gaussym.kernels.generated._runtime.tail_expdiff(0, _t30, _t31, 0) + (1/2)*_t29*(gaussym.kernels.generated._runtime.tail(1, _t30, 0) + gaussym.kernels.generated._runtime.tail(1, _t32, 0))], default=numpy.nan)


def _moment_6(mu, sigma):
    _t0 = mu**6
    _t1 = sigma**6
    _t2 = 15*_t1
    _t3 = mu**2
    _t4 = sigma**4
    _t5 = _t3*_t4
    _t6 = 45*_t5
    _t7 = sigma**2
    _t8 = mu**4
    _t9 = _t7*_t8
    _t10 = 15*_t9
    _t11 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma)
    _t12 = -_t11
    _t13 = 2*_t7 + 1
    _t14 = _t13**(-3.0)
    _t15 = _t14*sigma**12
    _t16 = 16*_t15
    _t17 = numpy.sqrt(2)
    _t18 = _t17*mu*sigma**10/_t13**(7/2)
    _t19 = 48*_t18
    _t20 = _t13**(-2.0)
    _t21 = _t13**(-1.0)
    _t22 = _t20*sigma**8*(30*_t20*_t3 + 30*_t21*_t7)
    _t23 = 4*_t22
    _t24 = mu**3
    _t25 = 120*_t7
    _t26 = _t1*_t17*(40*_t14*_t24 + _t20*_t25*mu)/_t13**(3/2)
    _t27 = 2*_t26
    _t28 = _t13**(-4.0)
    _t29 = 180*_t14
    _t30 = _t21*_t4*(90*_t20*_t4 + 30*_t28*_t8 + _t29*_t3*_t7)
    _t31 = 2*_t30
    _t32 = _t13**(-5.0)
    _t33 = _t17/numpy.sqrt(_t13)
    _t34 = _t33*_t7*(_t24*_t25*_t28 + _t29*_t4*mu + 12*_t32*mu**5)
    _t35 = 2*_t0/_t13**6 + 30*_t1*_t14 + 90*_t28*_t5 + 30*_t32*_t9
    _t36 = _t33*mu
    _t37 = -2*_t36
    _t38 = -_t36
    return numpy.select([numpy.less(_t36, -1),numpy.greater(_t36, 1),True], [-_t0 - _t10 + _t16*gaussym.kernels.generated._runtime.tail(6, _t12, 0) + _t19*gaussym.kernels.generated._runtime.tail(5, _t12, 0) - _t2 + _t23*gaussym.kernels.generated._runtime.tail(4, _t12, 0) + _t27*gaussym.kernels.generated._runtime.tail(3, _t12, 0) + _t31*gaussym.kernels.generated._runtime.tail(2, _t12, 0) + _t34*gaussym.kernels.generated._runtime.tail(1, _t12, 0) + _t35*gaussym.kernels.generated._runtime.tail(0, _t12, 0) - _t6,_t0 + _t10 - _t16*gaussym.kernels.generated._runtime.tail(6, _t11, 0) + _t19*gaussym.kernels.generated._runtime.tail(5, _t11, 0) + _t2 - _t23*gaussym.kernels.generated._runtime.tail(4, _t11, 0) + _t27*gaussym.kernels.generated._runtime.tail(3, _t11, 0) - _t31*gaussym.kernels.generated._runtime.tail(2, _t11, 0) + _t34*gaussym.kernels.generated._runtime.tail(1, _t11, 0) - _t35*gaussym.kernels.generated._runtime.tail(0, _t11, 0) + _t6,8*_t15*gaussym.kernels.generated._runtime.tail_expdiff(6, _t36, _t37, 0) + 24*_t18*(gaussym.kernels.generated._runtime.tail(5, _t36, 0) + gaussym.kernels.generated._runtime.tail(5, _t38, 0)) + 2*_t22*gaussym.kernels.generated._runtime.tail_expdiff(4, _t36, _t37, 0) + _t26*(gaussym.kernels.generated._runtime.tail(3, _t36, 0) + gaussym.kernels.generated._runtime.tail(3, _t38, 0)) + _t30*gaussym.kernels.generated._runtime.tail_expdiff(2, _t36, _t37, 0) + (1/2)*_t34*(gaussym.kernels.generated._runtime.tail(1, _t36, 0) + gaussym.kernels.generated._runtime.tail(1, _t38, 0)) + (1/2)*_t35*gaussym.kernels.generated._runtime.tail_expdiff(0, _t36, _t37, 0)], default=numpy.nan)


def _moment_7(mu, sigma):
    _t0 = mu**7
    _t1 = sigma**6
    _t2 = _t1*mu
    _t3 = 105*_t2
    _t4 = mu**3
    _t5 = sigma**4
    _t6 = _t4*_t5
    _t7 = 105*_t6
    _t8 = sigma**2
    _t9 = mu**5
    _t10 = _t8*_t9
    _t11 = 21*_t10
    _t12 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma)
    _t13 = -_t12
    _t14 = 2*_t8 + 1
    _t15 = _t14**(-4.0)
    _t16 = _t15*mu*sigma**12
    _t17 = 112*_t16
    _t18 = numpy.sqrt(2)
    _t19 = _t18*sigma**14/_t14**(7/2)
    _t20 = 16*_t19
    _t21 = _t14**(-2.0)
    _t22 = _t14**(-3.0)
    _t23 = 210*_t21
    _t24 = _t21*sigma**8*(70*_t22*_t4 + _t23*_t8*mu)
    _t25 = 4*_t24
    _t26 = mu**2
    _t27 = _t14**(-1.0)
    _t28 = _t18*sigma**10*(42*_t21*_t26 + 42*_t27*_t8)/_t14**(5/2)
    _t29 = 4*_t28
    _t30 = _t14**(-5.0)
    _t31 = 630*_t5
    _t32 = 420*_t8
    _t33 = _t27*_t5*(_t15*_t32*_t4 + _t22*_t31*mu + 42*_t30*_t9)
    _t34 = 2*_t33
    _t35 = mu**4
    _t36 = _t1*_t18*(70*_t15*_t35 + _t22*_t26*_t32 + _t23*_t5)/_t14**(3/2)
    _t37 = 2*_t36
    _t38 = 210*_t30
    _t39 = _t14**(-6.0)
    _t40 = 2*_t0/_t14**7 + 42*_t10*_t39 + 210*_t15*_t2 + _t38*_t6
    _t41 = _t18/numpy.sqrt(_t14)
    _t42 = _t41*_t8*(210*_t1*_t22 + _t15*_t26*_t31 + _t35*_t38*_t8 + 14*_t39*mu**6)
    _t43 = _t41*mu
    _t44 = -2*_t43
    _t45 = -_t43
    return numpy.select([numpy.less(_t43, -1),numpy.greater(_t43, 1),True], [-_t0 - _t11 + _t17*gaussym.kernels.generated._runtime.tail(6, _t13, 0) + _t20*gaussym.kernels.generated._runtime.tail(7, _t13, 0) + _t25*gaussym.kernels.generated._runtime.tail(4, _t13, 0) + _t29*gaussym.kernels.generated._runtime.tail(5, _t13, 0) - _t3 + _t34*gaussym.kernels.generated._runtime.tail(2, _t13, 0) + _t37*gaussym.kernels.generated._runtime.tail(3, _t13, 0) + _t40*gaussym.kernels.generated._runtime.tail(0, _t13, 0) + _t42*gaussym.kernels.generated._runtime.tail(1, _t13, 0) - _t7,_t0 + _t11 - _t17*gaussym.kernels.generated._runtime.tail(6, _t12, 0) + _t20*gaussym.kernels.generated._runtime.tail(7, _t12, 0) - _t25*gaussym.kernels.generated._runtime.tail(4, _t12, 0) + _t29*gaussym.kernels.generated._runtime.tail(5, _t12, 0) + _t3 - _t34*gaussym.kernels.generated._runtime.tail(2, _t12, 0) + _t37*gaussym.kernels.generated._runtime.tail(3, _t12, 0) - _t40*gaussym.kernels.generated._runtime.tail(0, _t12, 0) + _t42*gaussym.kernels.generated._runtime.tail(1, _t12, 0) + _t7,56*_t16*gaussym.kernels.generated._runtime.tail_expdiff(6, _t43, _t44, 0) + 8*_t19*(gaussym.kernels.generated._runtime.tail(7, _t43, 0) + gaussym.kernels.generated._runtime.tail(7, _t45, 0)) + 2*_t24*gaussym.kernels.generated._runtime.tail_expdiff(4, _t43, _t44, 0) + 2*_t28*(gaussym.kernels.generated._runtime.tail(5, _t43, 0) + gaussym.kernels.generated._runtime.tail(5, _t45, 0)) + _t33*gaussym.kernels.generated._runtime.tail_expdiff(2, _t43, _t44, 0) + _t36*(gaussym.kernels.generated._runtime.tail(3, _t43, 0) + gaussym.kernels.generated._runtime.tail(3, _t45, 0)) + (1/2)*_t40*gaussym.kernels.generated._runtime.tail_expdiff(0, _t43, _t44, 0) + (1/2)*_t42*(gaussym.kernels.generated._runtime.tail(1, _t43, 0) + gaussym.kernels.generated._runtime.tail(1, _t45, 0))], default=numpy.nan)


def _moment_8(mu, sigma):
    _t0 = mu**8
    _t1 = sigma**8
    _t2 = 105*_t1
    _t3 = mu**2
    _t4 = sigma**6
    _t5 = _t3*_t4
    _t6 = 420*_t5
    _t7 = mu**4
    _t8 = sigma**4
    _t9 = _t7*_t8
    _t10 = 210*_t9
    _t11 = sigma**2
    _t12 = mu**6
    _t13 = _t11*_t12
    _t14 = 28*_t13
    _t15 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma)
    _t16 = -_t15
    _t17 = 2*_t11 + 1
    _t18 = _t17**(-4.0)
    _t19 = _t18*sigma**16
    _t20 = 32*_t19
    _t21 = numpy.sqrt(2)
    _t22 = _t21*mu*sigma**14/_t17**(9/2)
    _t23 = 128*_t22
    _t24 = _t17**(-3.0)
    _t25 = _t17**(-2.0)
    _t26 = _t17**(-1.0)
    _t27 = _t24*sigma**12*(56*_t11*_t26 + 56*_t25*_t3)
    _t28 = 8*_t27
    _t29 = mu**3
    _t30 = 336*_t11
    _t31 = _t21*sigma**10*(112*_t24*_t29 + _t25*_t30*mu)/_t17**(5/2)
    _t32 = 4*_t31
    _t33 = 840*_t24
    _t34 = _t1*_t25*(_t11*_t3*_t33 + 140*_t18*_t7 + 420*_t25*_t8)
    _t35 = 4*_t34
    _t36 = mu**5
    _t37 = _t17**(-5.0)
    _t38 = 1680*mu
    _t39 = _t21*_t4*(1120*_t11*_t18*_t29 + _t24*_t38*_t8 + 112*_t36*_t37)/_t17**(3/2)
    _t40 = 2*_t39
    _t41 = _t17**(-6.0)
    _t42 = 840*_t37
    _t43 = _t26*_t8*(_t11*_t42*_t7 + 56*_t12*_t41 + 2520*_t18*_t3*_t8 + _t33*_t4)
    _t44 = 2*_t43
    _t45 = _t17**(-7.0)
    _t46 = _t21/numpy.sqrt(_t17)
    _t47 = _t11*_t46*(_t18*_t38*_t4 + 1680*_t29*_t37*_t8 + _t30*_t36*_t41 + 16*_t45*mu**7)
    _t48 = 2*_t0/_t17**8 + 210*_t1*_t18 + 56*_t13*_t45 + 420*_t41*_t9 + _t42*_t5
    _t49 = _t46*mu
    _t50 = -2*_t49
    _t51 = -_t49
    return numpy.select([numpy.less(_t49, -1),numpy.greater(_t49, 1),True], [-_t0 - _t10 - _t14 - _t2 + _t20*gaussym.kernels.generated._runtime.tail(8, _t16, 0) + _t23*gaussym.kernels.generated._runtime.tail(7, _t16, 0) + _t28*gaussym.kernels.generated._runtime.tail(6, _t16, 0) + _t32*gaussym.kernels.generated._runtime.tail(5, _t16, 0) + _t35*gaussym.kernels.generated._runtime.tail(4, _t16, 0) + _t40*gaussym.kernels.generated._runtime.tail(3, _t16, 0) + _t44*gaussym.kernels.generated._runtime.tail(2, _t16, 0) + _t47*gaussym.kernels.generated._runtime.tail(1, _t16, 0) + _t48*gaussym.kernels.generated._runtime.tail(0, _t16, 0) - _t6,_t0 + _t10 + _t14 + _t2 - _t20*gaussym.kernels.generated._runtime.tail(8, _t15, 0) + _t23*gaussym.kernels.generated._runtime.tail(7, _t15, 0) - _t28*gaussym.kernels.generated._runtime.tail(6, _t15, 0) + _t32*gaussym.kernels.generated._runtime.tail(5, _t15, 0) - _t35*gaussym.kernels.generated._runtime.tail(4, _t15, 0) + _t40*gaussym.kernels.generated._runtime.tail(3, _t15, 0) - _t44*gaussym.kernels.generated._runtime.tail(2, _t15, 0) + _t47*gaussym.kernels.generated._runtime.tail(1, _t15, 0) - _t48*gaussym.kernels.generated._runtime.tail(0, _t15, 0) + _t6,16*_t19*gaussym.kernels.generated._runtime.tail_expdiff(8, _t49, _t50, 0) + 64*_t22*(gaussym.kernels.generated._runtime.tail(7, _t49, 0) + gaussym.kernels.generated._runtime.tail(7, _t51, 0)) + 4*_t27*gaussym.kernels.generated._runtime.tail_expdiff(6, _t49, _t50, 0) + 2*_t31*(gaussym.kernels.generated._runtime.tail(5, _t49, 0) + gaussym.kernels.generated._runtime.tail(5, _t51, 0)) + 2*_t34*gaussym.kernels.generated._runtime.tail_expdiff(4, _t49, _t50, 0) + _t39*(gaussym.kernels.generated._runtime.tail(3, _t49, 0) + gaussym.kernels.generated._runtime.tail(3, _t51, 0)) + _t43*gaussym.kernels.generated._runtime.tail_expdiff(2, _t49, _t50, 0) + (1/2)*_t47*(gaussym.kernels.generated._runtime.tail(1, _t49, 0) + gaussym.kernels.generated._runtime.tail(1, _t51, 0)) + (1/2)*_t48*gaussym.kernels.generated._runtime.tail_expdiff(0, _t49, _t50, 0)], default=numpy.nan)


def _moment_9(mu, sigma):
    _t0 = mu**9
    _t1 = sigma**8
    _t2 = _t1*mu
    _t3 = 945*_t2
    _t4 = mu**3
    _t5 = sigma**6
    _t6 = _t4*_t5
    _t7 = 1260*_t6
    _t8 = mu**5
    _t9 = sigma**4
    _t10 = _t8*_t9
    _t11 = 378*_t10
    _t12 = sigma**2
    _t13 = mu**7
    _t14 = _t12*_t13
    _t15 = 36*_t14
    _t16 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma)
    _t17 = -_t16
    _t18 = 2*_t12 + 1
    _t19 = _t18**(-5.0)
    _t20 = _t19*mu*sigma**16
    _t21 = 288*_t20
    _t22 = numpy.sqrt(2)
    _t23 = _t22*sigma**18/_t18**(9/2)
    _t24 = 32*_t23
    _t25 = _t18**(-3.0)
    _t26 = _t18**(-2.0)
    _t27 = 504*_t12
    _t28 = _t25*sigma**12*(168*_t25*_t4 + _t26*_t27*mu)
    _t29 = 8*_t28
    _t30 = mu**2
    _t31 = _t18**(-1.0)
    _t32 = sigma**14*(72*_t12*_t31 + 72*_t26*_t30)/_t18**(7/2)
    _t33 = 8*_t22*_t32
    _t34 = 3780*_t9
    _t35 = _t18**(-4.0)
    _t36 = 2520*_t12
    _t37 = _t1*_t26*(252*_t19*_t8 + _t25*_t34*mu + _t35*_t36*_t4)
    _t38 = 4*_t37
    _t39 = 4*_t22
    _t40 = mu**4
    _t41 = 1512*_t12
    _t42 = sigma**10*(_t25*_t30*_t41 + 756*_t26*_t9 + 252*_t35*_t40)/_t18**(5/2)
    _t43 = _t39*_t42
    _t44 = _t18**(-7.0)
    _t45 = 7560*_t5
    _t46 = 7560*_t9
    _t47 = _t18**(-6.0)
    _t48 = _t31*_t9*(72*_t13*_t44 + _t19*_t4*_t46 + _t35*_t45*mu + _t41*_t47*_t8)
    _t49 = 2*_t48
    _t50 = mu**6
    _t51 = _t22*_t5*(_t19*_t36*_t40 + 2520*_t25*_t5 + _t30*_t35*_t46 + 168*_t47*_t50)/_t18**(3/2)
    _t52 = 2*_t51
    _t53 = _t18**(-8.0)
    _t54 = 2*_t0/_t18**9 + 756*_t10*_t44 + 72*_t14*_t53 + 1890*_t19*_t2 + 2520*_t47*_t6
    _t55 = _t22/numpy.sqrt(_t18)
    _t56 = _t12*_t55*(1890*_t1*_t35 + _t19*_t30*_t45 + _t27*_t44*_t50 + _t34*_t40*_t47 + 18*_t53*mu**8)
    _t57 = _t55*mu
    _t58 = -2*_t57
    _t59 = -_t57
    return numpy.select([numpy.less(_t57, -1),numpy.greater(_t57, 1),True], [-_t0 - _t11 - _t15 + _t21*gaussym.kernels.generated._runtime.tail(8, _t17, 0) + _t24*gaussym.kernels.generated._runtime.tail(9, _t17, 0) + _t29*gaussym.kernels.generated._runtime.tail(6, _t17, 0) - _t3 + _t33*gaussym.kernels.generated._runtime.tail(7, _t17, 0) + _t38*gaussym.kernels.generated._runtime.tail(4, _t17, 0) + _t43*gaussym.kernels.generated._runtime.tail(5, _t17, 0) + _t49*gaussym.kernels.generated._runtime.tail(2, _t17, 0) + _t52*gaussym.kernels.generated._runtime.tail(3, _t17, 0) + _t54*gaussym.kernels.generated._runtime.tail(0, _t17, 0) + _t56*gaussym.kernels.generated._runtime.tail(1, _t17, 0) - _t7,_t0 + _t11 + _t15 - _t21*gaussym.kernels.generated._runtime.tail(8, _t16, 0) + _t24*gaussym.kernels.generated._runtime.tail(9, _t16, 0) - _t29*gaussym.kernels.generated._runtime.tail(6, _t16, 0) + _t3 + _t33*gaussym.kernels.generated._runtime.tail(7, _t16, 0) - _t38*gaussym.kernels.generated._runtime.tail(4, _t16, 0) + _t43*gaussym.kernels.generated._runtime.tail(5, _t16, 0) - _t49*gaussym.kernels.generated._runtime.tail(2, _t16, 0) + _t52*gaussym.kernels.generated._runtime.tail(3, _t16, 0) - _t54*gaussym.kernels.generated._runtime.tail(0, _t16, 0) + _t56*gaussym.kernels.generated._runtime.tail(1, _t16, 0) + _t7,144*_t20*gaussym.kernels.generated._runtime.tail_expdiff(8, _t57, _t58, 0) + 2*_t22*_t42*(gaussym.kernels.generated._runtime.tail(5, _t57, 0) + gaussym.kernels.generated._runtime.tail(5, _t59, 0)) + 16*_t23*(gaussym.kernels.generated._runtime.tail(9, _t57, 0) + gaussym.kernels.generated._runtime.tail(9, _t59, 0)) + 4*_t28*gaussym.kernels.generated._runtime.tail_expdiff(6, _t57, _t58, 0) + _t32*_t39*(gaussym.kernels.generated._runtime.tail(7, _t57, 0) + gaussym.kernels.generated._runtime.tail(7, _t59, 0)) + 2*_t37*gaussym.kernels.generated._runtime.tail_expdiff(4, _t57, _t58, 0) + _t48*gaussym.kernels.generated._runtime.tail_expdiff(2, _t57, _t58, 0) + _t51*(gaussym.kernels.generated._runtime.tail(3, _t57, 0) + gaussym.kernels.generated._runtime.tail(3, _t59, 0)) + (1/2)*_t54*gaussym.kernels.generated._runtime.tail_expdiff(0, _t57, _t58, 0) + (1/2)*_t56*(gaussym.kernels.generated._runtime.tail(1, _t57, 0) + gaussym.kernels.generated._runtime.tail(1, _t59, 0))], default=numpy.nan)


def _moment_10(mu, sigma):
    _t0 = mu**10
    _t1 = sigma**10
    _t2 = 945*_t1
    _t3 = mu**2
    _t4 = sigma**8
    _t5 = _t3*_t4
    _t6 = 4725*_t5
    _t7 = mu**4
    _t8 = sigma**6
    _t9 = _t7*_t8
    _t10 = 3150*_t9
    _t11 = mu**6
    _t12 = sigma**4
    _t13 = _t11*_t12
    _t14 = 630*_t13
    _t15 = sigma**2
    _t16 = mu**8
    _t17 = _t15*_t16
    _t18 = 45*_t17
    _t19 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma)
    _t20 = -_t19
    _t21 = 2*_t15 + 1
    _t22 = _t21**(-5.0)
    _t23 = _t22*sigma**20
    _t24 = 64*_t23
    _t25 = numpy.sqrt(2)
    _t26 = _t25*mu*sigma**18/_t21**(11/2)
    _t27 = 320*_t26
    _t28 = _t21**(-4.0)
    _t29 = _t21**(-2.0)
    _t30 = _t21**(-1.0)
    _t31 = _t28*sigma**16*(90*_t15*_t30 + 90*_t29*_t3)
    _t32 = 16*_t31
    _t33 = mu**3
    _t34 = _t21**(-3.0)
    _t35 = 720*_t15
    _t36 = sigma**14*(_t29*_t35*mu + 240*_t33*_t34)/_t21**(7/2)
    _t37 = 8*_t25*_t36
    _t38 = 2520*_t15
    _t39 = _t34*sigma**12*(1260*_t12*_t29 + 420*_t28*_t7 + _t3*_t34*_t38)
    _t40 = 8*_t39
    _t41 = 4*_t25
    _t42 = mu**5
    _t43 = 7560*_t12
    _t44 = 5040*_t15
    _t45 = _t1*(504*_t22*_t42 + _t28*_t33*_t44 + _t34*_t43*mu)/_t21**(5/2)
    _t46 = _t41*_t45
    _t47 = _t21**(-6.0)
    _t48 = 18900*_t12
    _t49 = _t29*_t4*(420*_t11*_t47 + 6300*_t15*_t22*_t7 + _t28*_t3*_t48 + 6300*_t34*_t8)
    _t50 = 4*_t49
    _t51 = mu**7
    _t52 = _t21**(-7.0)
    _t53 = 25200*_t8
    _t54 = _t25*_t8*(25200*_t12*_t22*_t33 + _t28*_t53*mu + _t42*_t44*_t47 + 240*_t51*_t52)/_t21**(3/2)
    _t55 = 2*_t54
    _t56 = _t21**(-8.0)
    _t57 = _t12*_t30*(_t11*_t38*_t52 + 90*_t16*_t56 + 37800*_t22*_t3*_t8 + 9450*_t28*_t4 + _t47*_t48*_t7)
    _t58 = 2*_t57
    _t59 = _t21**(-9.0)
    _t60 = _t25/numpy.sqrt(_t21)
    _t61 = _t15*_t60*(18900*_t22*_t4*mu + _t33*_t47*_t53 + _t35*_t51*_t56 + _t42*_t43*_t52 + 20*_t59*mu**9)
    _t62 = 2*_t0/_t21**10 + 1890*_t1*_t22 + 1260*_t13*_t56 + 90*_t17*_t59 + 9450*_t47*_t5 + 6300*_t52*_t9
    _t63 = _t60*mu
    _t64 = -2*_t63
    _t65 = -_t63
    return numpy.select([numpy.less(_t63, -1),numpy.greater(_t63, 1),True], [-_t0 - _t10 - _t14 - _t18 - _t2 + _t24*gaussym.kernels.generated._runtime.tail(10, _t20, 0) + _t27*gaussym.kernels.generated._runtime.tail(9, _t20, 0) + _t32*gaussym.kernels.generated._runtime.tail(8, _t20, 0) + _t37*gaussym.kernels.generated._runtime.tail(7, _t20, 0) + _t40*gaussym.kernels.generated._runtime.tail(6, _t20, 0) + _t46*gaussym.kernels.generated._runtime.tail(5, _t20, 0) + _t50*gaussym.kernels.generated._runtime.tail(4, _t20, 0) + _t55*gaussym.kernels.generated._runtime.tail(3, _t20, 0) + _t58*gaussym.kernels.generated._runtime.tail(2, _t20, 0) - _t6 + _t61*gaussym.kernels.generated._runtime.tail(1, _t20, 0) + _t62*gaussym.kernels.generated._runtime.tail(0, _t20, 0),_t0 + _t10 + _t14 + _t18 + _t2 - _t24*gaussym.kernels.generated._runtime.tail(10, _t19, 0) + _t27*gaussym.kernels.generated._runtime.tail(9, _t19, 0) - _t32*gaussym.kernels.generated._runtime.tail(8, _t19, 0) + _t37*gaussym.kernels.generated._runtime.tail(7, _t19, 0) - _t40*gaussym.kernels.generated._runtime.tail(6, _t19, 0) + _t46*gaussym.kernels.generated._runtime.tail(5, _t19, 0) - _t50*gaussym.kernels.generated._runtime.tail(4, _t19, 0) + _t55*gaussym.kernels.generated._runtime.tail(3, _t19, 0) - _t58*gaussym.kernels.generated._runtime.tail(2, _t19, 0) + _t6 + _t61*gaussym.kernels.generated._runtime.tail(1, _t19, 0) - _t62*gaussym.kernels.generated._runtime.tail(0, _t19, 0),32*_t23*gaussym.kernels.generated._runtime.tail_expdiff(10, _t63, _t64, 0) + 2*_t25*_t45*(gaussym.kernels.generated._runtime.tail(5, _t63, 0) + gaussym.kernels.generated._runtime.tail(5, _t65, 0)) + 160*_t26*(gaussym.kernels.generated._runtime.tail(9, _t63, 0) + gaussym.kernels.generated._runtime.tail(9, _t65, 0)) + 8*_t31*gaussym.kernels.generated._runtime.tail_expdiff(8, _t63, _t64, 0) + _t36*_t41*(gaussym.kernels.generated._runtime.tail(7, _t63, 0) + gaussym.kernels.generated._runtime.tail(7, _t65, 0)) + 4*_t39*gaussym.kernels.generated._runtime.tail_expdiff(6, _t63, _t64, 0) + 2*_t49*gaussym.kernels.generated._runtime.tail_expdiff(4, _t63, _t64, 0) + _t54*(gaussym.kernels.generated._runtime.tail(3, _t63, 0) + gaussym.kernels.generated._runtime.tail(3, _t65, 0)) + _t57*gaussym.kernels.generated._runtime.tail_expdiff(2, _t63, _t64, 0) + (1/2)*_t61*(gaussym.kernels.generated._runtime.tail(1, _t63, 0) + gaussym.kernels.generated._runtime.tail(1, _t65, 0)) + (1/2)*_t62*gaussym.kernels.generated._runtime.tail_expdiff(0, _t63, _t64, 0)], default=numpy.nan)


def _derivative_0(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma)
    _t1 = numpy.sqrt(2)*mu/numpy.sqrt(2*sigma**2 + 1)
    return numpy.select([numpy.less(_t1, -1),numpy.greater(_t1, 1),True], [2*gaussym.kernels.generated._runtime.tail(0, -_t0, 0) - 1,1 - 2*gaussym.kernels.generated._runtime.tail(0, _t0, 0),gaussym.kernels.generated._runtime.tail_expdiff(0, _t1, -2*_t1, 0)], default=numpy.nan)


def _derivative_1(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.sqrt(2)/numpy.sqrt(2*_t0 + 1)
    _t2 = _t1*mu
    return numpy.select([numpy.logical_or.reduce((numpy.greater(_t2, 1),numpy.less(_t2, -1))),True], [2*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma))/numpy.sqrt(_t0 + 1/2),2*_t1*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_2(mu, sigma):
    _t0 = sigma**2
    _t1 = 2*_t0 + 1
    _t2 = numpy.sqrt(2)*mu
    _t3 = _t2/numpy.sqrt(_t1)
    return numpy.select([numpy.logical_or.reduce((numpy.greater(_t3, 1),numpy.less(_t3, -1))),True], [-2*mu*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma))/(_t0 + 1/2)**(3/2),-4*_t2*gaussym.kernels.generated._runtime.norm_pdf(_t3)/_t1**(3/2)], default=numpy.nan)


def _derivative_3(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1/2
    _t2 = mu**2
    _t3 = numpy.sqrt(2)
    _t4 = 2*_t0 + 1
    _t5 = _t3*mu/numpy.sqrt(_t4)
    return numpy.select([numpy.logical_or.reduce((numpy.greater(_t5, 1),numpy.less(_t5, -1))),True], [2*(-1 + _t2/_t1)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma))/_t1**(3/2),4*_t3*(2*_t2/_t4 - 1)*gaussym.kernels.generated._runtime.norm_pdf(_t5)/_t4**(3/2)], default=numpy.nan)


def _derivative_4(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1/2
    _t2 = 2*_t0 + 1
    _t3 = mu**2
    _t4 = numpy.sqrt(2)*mu
    _t5 = _t4/numpy.sqrt(_t2)
    return numpy.select([numpy.logical_or.reduce((numpy.greater(_t5, 1),numpy.less(_t5, -1))),True], [8*mu*(3 - _t3/_t1)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma))/(numpy.sqrt(_t1)*_t2**2),8*_t4*(3 - 2*_t3/_t2)*gaussym.kernels.generated._runtime.norm_pdf(_t5)/_t2**(5/2)], default=numpy.nan)


def _derivative_5(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1/2
    _t2 = mu**4
    _t3 = mu**2
    _t4 = numpy.sqrt(2)
    _t5 = 2*_t0 + 1
    _t6 = _t4*mu/numpy.sqrt(_t5)
    return numpy.select([numpy.logical_or.reduce((numpy.greater(_t6, 1),numpy.less(_t6, -1))),True], [2*(3 - 6*_t3/_t1 + _t2/_t1**2)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma))/_t1**(5/2),8*_t4*(4*_t2/_t5**2 - 12*_t3/_t5 + 3)*gaussym.kernels.generated._runtime.norm_pdf(_t6)/_t5**(5/2)], default=numpy.nan)


def _derivative_6(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1/2
    _t2 = 2*_t0 + 1
    _t3 = mu**4
    _t4 = mu**2
    _t5 = numpy.sqrt(2)*mu
    _t6 = _t5/numpy.sqrt(_t2)
    return numpy.select([numpy.logical_or.reduce((numpy.greater(_t6, 1),numpy.less(_t6, -1))),True], [16*mu*(-15 + 10*_t4/_t1 - _t3/_t1**2)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma))/(numpy.sqrt(_t1)*_t2**3),16*_t5*(-15 + 20*_t4/_t2 - 4*_t3/_t2**2)*gaussym.kernels.generated._runtime.norm_pdf(_t6)/_t2**(7/2)], default=numpy.nan)


def _derivative_7(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1/2
    _t2 = mu**6
    _t3 = mu**2
    _t4 = mu**4
    _t5 = numpy.sqrt(2)
    _t6 = 2*_t0 + 1
    _t7 = _t5*mu/numpy.sqrt(_t6)
    return numpy.select([numpy.logical_or.reduce((numpy.greater(_t7, 1),numpy.less(_t7, -1))),True], [2*(-15 + 45*_t3/_t1 - 15*_t4/_t1**2 + _t2/_t1**3)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma))/_t1**(7/2),16*_t5*(8*_t2/_t6**3 + 90*_t3/_t6 - 60*_t4/_t6**2 - 15)*gaussym.kernels.generated._runtime.norm_pdf(_t7)/_t6**(7/2)], default=numpy.nan)


def _derivative_8(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1/2
    _t2 = 2*_t0 + 1
    _t3 = mu**6
    _t4 = mu**2
    _t5 = mu**4
    _t6 = numpy.sqrt(2)*mu
    _t7 = _t6/numpy.sqrt(_t2)
    return numpy.select([numpy.logical_or.reduce((numpy.greater(_t7, 1),numpy.less(_t7, -1))),True], [32*mu*(105 - 105*_t4/_t1 + 21*_t5/_t1**2 - _t3/_t1**3)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma))/(numpy.sqrt(_t1)*_t2**4),32*_t6*(105 - 210*_t4/_t2 + 84*_t5/_t2**2 - 8*_t3/_t2**3)*gaussym.kernels.generated._runtime.norm_pdf(_t7)/_t2**(9/2)], default=numpy.nan)


def _derivative_9(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1/2
    _t2 = mu**8
    _t3 = mu**2
    _t4 = mu**4
    _t5 = mu**6
    _t6 = numpy.sqrt(2)
    _t7 = 2*_t0 + 1
    _t8 = _t6*mu/numpy.sqrt(_t7)
    return numpy.select([numpy.logical_or.reduce((numpy.greater(_t8, 1),numpy.less(_t8, -1))),True], [2*(105 - 420*_t3/_t1 + 210*_t4/_t1**2 - 28*_t5/_t1**3 + _t2/_t1**4)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma))/_t1**(9/2),32*_t6*(16*_t2/_t7**4 - 840*_t3/_t7 + 840*_t4/_t7**2 - 224*_t5/_t7**3 + 105)*gaussym.kernels.generated._runtime.norm_pdf(_t8)/_t7**(9/2)], default=numpy.nan)


def _derivative_10(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1/2
    _t2 = 2*_t0 + 1
    _t3 = mu**8
    _t4 = mu**2
    _t5 = mu**4
    _t6 = mu**6
    _t7 = numpy.sqrt(2)*mu
    _t8 = _t7/numpy.sqrt(_t2)
    return numpy.select([numpy.logical_or.reduce((numpy.greater(_t8, 1),numpy.less(_t8, -1))),True], [64*mu*(-945 + 1260*_t4/_t1 - 378*_t5/_t1**2 + 36*_t6/_t1**3 - _t3/_t1**4)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1/2, sigma))/(numpy.sqrt(_t1)*_t2**5),64*_t7*(-945 + 2520*_t4/_t2 - 1512*_t5/_t2**2 + 288*_t6/_t2**3 - 16*_t3/_t2**4)*gaussym.kernels.generated._runtime.norm_pdf(_t8)/_t2**(11/2)], default=numpy.nan)


def _activation_mp(x):
    return mpmath.erf(x)


def _act_derivative_mp_0(x):
    return mpmath.erf(x)


def _act_derivative_mp_1(x):
    return 2*mpmath.exp(-x**2)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_2(x):
    return -4*x*mpmath.exp(-x**2)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_3(x):
    _t0 = x**2
    _t1 = mpmath.exp(-_t0)/mpmath.sqrt(mpmath.pi)
    return 8*_t0*_t1 - 4*_t1


def _act_derivative_mp_4(x):
    _t0 = 1/mpmath.sqrt(mpmath.pi)
    _t1 = mpmath.exp(-x**2)
    return -16*_t0*_t1*x**3 + 24*_t0*_t1*x


def _act_derivative_mp_5(x):
    _t0 = x**2
    _t1 = mpmath.exp(-_t0)/mpmath.sqrt(mpmath.pi)
    return -96*_t0*_t1 + 32*_t1*x**4 + 24*_t1


def _act_derivative_mp_6(x):
    _t0 = 1/mpmath.sqrt(mpmath.pi)
    _t1 = mpmath.exp(-x**2)
    _t2 = _t0*_t1
    return 320*_t0*_t1*x**3 - 64*_t2*x**5 - 240*_t2*x


def _act_derivative_mp_7(x):
    _t0 = x**2
    _t1 = mpmath.exp(-_t0)/mpmath.sqrt(mpmath.pi)
    return 1440*_t0*_t1 + 128*_t1*x**6 - 960*_t1*x**4 - 240*_t1


def _act_derivative_mp_8(x):
    _t0 = 1/mpmath.sqrt(mpmath.pi)
    _t1 = mpmath.exp(-x**2)
    _t2 = _t0*_t1
    return 2688*_t0*_t1*x**5 + 3360*_t0*_t1*x - 256*_t2*x**7 - 6720*_t2*x**3


def _act_derivative_mp_9(x):
    _t0 = x**2
    _t1 = mpmath.exp(-_t0)/mpmath.sqrt(mpmath.pi)
    _t2 = 26880*_t1
    return -_t0*_t2 + 512*_t1*x**8 - 7168*_t1*x**6 + 3360*_t1 + _t2*x**4


def _act_derivative_mp_10(x):
    _t0 = 1/mpmath.sqrt(mpmath.pi)
    _t1 = mpmath.exp(-x**2)
    _t2 = _t0*_t1
    return 18432*_t0*_t1*x**7 + 161280*_t0*_t1*x**3 - 1024*_t2*x**9 - 96768*_t2*x**5 - 60480*_t2*x


def _moment_mp_0(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2))
    _t1 = mpmath.sqrt(2)*mu/mpmath.sqrt(2*sigma**2 + 1)
    return ((2*gaussym.kernels.special.gauss_tail_mp(0, -_t0, 0) - 1) if (_t1 < -1) else (1 - 2*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0)) if (_t1 > 1) else (gaussym.kernels.generated._runtime.tail_expdiff_mp(0, _t1, -2*_t1, 0)))


def _moment_mp_1(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2))
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = 2*_t2
    _t4 = _t3 + 1
    _t5 = mu/_t4
    _t6 = 2*_t5
    _t7 = mpmath.sqrt(2)/mpmath.sqrt(_t4)
    _t8 = _t3*_t7
    _t9 = _t7*mu
    return ((_t6*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0) + _t8*gaussym.kernels.special.gauss_tail_mp(1, _t1, 0) - mu) if (_t9 < -1) else (-_t6*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0) + _t8*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) + mu) if (_t9 > 1) else (_t2*_t7*(gaussym.kernels.special.gauss_tail_mp(1, -_t9, 0) + gaussym.kernels.special.gauss_tail_mp(1, _t9, 0)) + _t5*gaussym.kernels.generated._runtime.tail_expdiff_mp(0, _t9, -2*_t9, 0)))


def _moment_mp_2(mu, sigma):
    _t0 = mu**2
    _t1 = sigma**2
    _t2 = mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2))
    _t3 = -_t2
    _t4 = 2*_t1
    _t5 = _t4 + 1
    _t6 = 1/_t5
    _t7 = _t6*sigma**4
    _t8 = 4*_t7
    _t9 = mpmath.sqrt(2)*mu
    _t10 = _t9/_t5**(mpmath.mpf(3)/mpmath.mpf(2))
    _t11 = 4*_t1*_t10
    _t12 = 2*_t0/_t5**2 + _t4*_t6
    _t13 = _t9/mpmath.sqrt(_t5)
    _t14 = -2*_t13
    return ((-_t0 - _t1 + _t11*gaussym.kernels.special.gauss_tail_mp(1, _t3, 0) + _t12*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0) + _t8*gaussym.kernels.special.gauss_tail_mp(2, _t3, 0)) if (_t13 < -1) else (_t0 + _t1 + _t11*gaussym.kernels.special.gauss_tail_mp(1, _t2, 0) - _t12*gaussym.kernels.special.gauss_tail_mp(0, _t2, 0) - _t8*gaussym.kernels.special.gauss_tail_mp(2, _t2, 0)) if (_t13 > 1) else (_t10*_t4*(gaussym.kernels.special.gauss_tail_mp(1, -_t13, 0) + gaussym.kernels.special.gauss_tail_mp(1, _t13, 0)) + (mpmath.mpf(1)/mpmath.mpf(2))*_t12*gaussym.kernels.generated._runtime.tail_expdiff_mp(0, _t13, _t14, 0) + 2*_t7*gaussym.kernels.generated._runtime.tail_expdiff_mp(2, _t13, _t14, 0)))


def _moment_mp_3(mu, sigma):
    _t0 = mu**3
    _t1 = sigma**2
    _t2 = _t1*mu
    _t3 = 3*_t2
    _t4 = mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2))
    _t5 = -_t4
    _t6 = 2*_t1 + 1
    _t7 = _t6**(-2)
    _t8 = mu*sigma**4
    _t9 = 12*_t7*_t8
    _t10 = mpmath.sqrt(2)
    _t11 = _t10*sigma**6/_t6**(mpmath.mpf(3)/mpmath.mpf(2))
    _t12 = 4*_t11
    _t13 = 6*_t7
    _t14 = 2*_t0/_t6**3 + _t13*_t2
    _t15 = _t10/mpmath.sqrt(_t6)
    _t16 = _t1*_t15*(6*_t1/_t6 + _t13*mu**2)
    _t17 = _t15*mu
    _t18 = -2*_t17
    _t19 = -_t17
    return ((-_t0 + _t12*gaussym.kernels.special.gauss_tail_mp(3, _t5, 0) + _t14*gaussym.kernels.special.gauss_tail_mp(0, _t5, 0) + _t16*gaussym.kernels.special.gauss_tail_mp(1, _t5, 0) - _t3 + _t9*gaussym.kernels.special.gauss_tail_mp(2, _t5, 0)) if (_t17 < -1) else (_t0 + _t12*gaussym.kernels.special.gauss_tail_mp(3, _t4, 0) - _t14*gaussym.kernels.special.gauss_tail_mp(0, _t4, 0) + _t16*gaussym.kernels.special.gauss_tail_mp(1, _t4, 0) + _t3 - _t9*gaussym.kernels.special.gauss_tail_mp(2, _t4, 0)) if (_t17 > 1) else (2*_t11*(gaussym.kernels.special.gauss_tail_mp(3, _t17, 0) + gaussym.kernels.special.gauss_tail_mp(3, _t19, 0)) + _t13*_t8*gaussym.kernels.generated._runtime.tail_expdiff_mp(2, _t17, _t18, 0) + (mpmath.mpf(1)/mpmath.mpf(2))*_t14*gaussym.kernels.generated._runtime.tail_expdiff_mp(0, _t17, _t18, 0) + (mpmath.mpf(1)/mpmath.mpf(2))*_t16*(gaussym.kernels.special.gauss_tail_mp(1, _t17, 0) + gaussym.kernels.special.gauss_tail_mp(1, _t19, 0))))


def _moment_mp_4(mu, sigma):
    _t0 = mu**4
    _t1 = sigma**4
    _t2 = 3*_t1
    _t3 = sigma**2
    _t4 = mu**2
    _t5 = _t3*_t4
    _t6 = 6*_t5
    _t7 = mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2))
    _t8 = -_t7
    _t9 = 2*_t3 + 1
    _t10 = _t9**(-2)
    _t11 = _t10*sigma**8
    _t12 = 8*_t11
    _t13 = mpmath.sqrt(2)
    _t14 = _t13*mu*sigma**6/_t9**(mpmath.mpf(5)/mpmath.mpf(2))
    _t15 = 16*_t14
    _t16 = 1/_t9
    _t17 = _t1*_t16*(12*_t10*_t4 + 12*_t16*_t3)
    _t18 = 2*_t17
    _t19 = _t9**(-3)
    _t20 = _t13/mpmath.sqrt(_t9)
    _t21 = _t20*_t3*(24*_t10*_t3*mu + 8*_t19*mu**3)
    _t22 = 2*_t0/_t9**4 + 6*_t1*_t10 + 12*_t19*_t5
    _t23 = _t20*mu
    _t24 = -2*_t23
    _t25 = -_t23
    return ((-_t0 + _t12*gaussym.kernels.special.gauss_tail_mp(4, _t8, 0) + _t15*gaussym.kernels.special.gauss_tail_mp(3, _t8, 0) + _t18*gaussym.kernels.special.gauss_tail_mp(2, _t8, 0) - _t2 + _t21*gaussym.kernels.special.gauss_tail_mp(1, _t8, 0) + _t22*gaussym.kernels.special.gauss_tail_mp(0, _t8, 0) - _t6) if (_t23 < -1) else (_t0 - _t12*gaussym.kernels.special.gauss_tail_mp(4, _t7, 0) + _t15*gaussym.kernels.special.gauss_tail_mp(3, _t7, 0) - _t18*gaussym.kernels.special.gauss_tail_mp(2, _t7, 0) + _t2 + _t21*gaussym.kernels.special.gauss_tail_mp(1, _t7, 0) - _t22*gaussym.kernels.special.gauss_tail_mp(0, _t7, 0) + _t6) if (_t23 > 1) else (4*_t11*gaussym.kernels.generated._runtime.tail_expdiff_mp(4, _t23, _t24, 0) + 8*_t14*(gaussym.kernels.special.gauss_tail_mp(3, _t23, 0) + gaussym.kernels.special.gauss_tail_mp(3, _t25, 0)) + _t17*gaussym.kernels.generated._runtime.tail_expdiff_mp(2, _t23, _t24, 0) + (mpmath.mpf(1)/mpmath.mpf(2))*_t21*(gaussym.kernels.special.gauss_tail_mp(1, _t23, 0) + gaussym.kernels.special.gauss_tail_mp(1, _t25, 0)) + (mpmath.mpf(1)/mpmath.mpf(2))*_t22*gaussym.kernels.generated._runtime.tail_expdiff_mp(0, _t23, _t24, 0)))


def _moment_mp_5(mu, sigma):
    _t0 = mu**5
    _t1 = sigma**4
    _t2 = _t1*mu
    _t3 = 15*_t2
    _t4 = sigma**2
    _t5 = mu**3
    _t6 = _t4*_t5
    _t7 = 10*_t6
    _t8 = mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2))
    _t9 = -_t8
    _t10 = 2*_t4 + 1
    _t11 = _t10**(-3)
    _t12 = mu*sigma**8
    _t13 = 40*_t11*_t12
    _t14 = mpmath.sqrt(2)
    _t15 = _t14*sigma**10/_t10**(mpmath.mpf(5)/mpmath.mpf(2))
    _t16 = 8*_t15
    _t17 = 1/_t10
    _t18 = 20*_t11
    _t19 = _t10**(-2)
    _t20 = 60*_t4
    _t21 = _t1*_t17*(_t18*_t5 + _t19*_t20*mu)
    _t22 = 2*_t21
    _t23 = mu**2
    _t24 = _t14*sigma**6*(20*_t17*_t4 + 20*_t19*_t23)/_t10**(mpmath.mpf(3)/mpmath.mpf(2))
    _t25 = 2*_t24
    _t26 = _t10**(-4)
    _t27 = 2*_t0/_t10**5 + 30*_t11*_t2 + 20*_t26*_t6
    _t28 = _t14/mpmath.sqrt(_t10)
    _t29 = _t28*_t4*(30*_t1*_t19 + _t11*_t20*_t23 + 10*_t26*mu**4)
    _t30 = _t28*mu
    _t31 = -2*_t30
    _t32 = -_t30
    return ((-_t0 + _t13*gaussym.kernels.special.gauss_tail_mp(4, _t9, 0) + _t16*gaussym.kernels.special.gauss_tail_mp(5, _t9, 0) + _t22*gaussym.kernels.special.gauss_tail_mp(2, _t9, 0) + _t25*gaussym.kernels.special.gauss_tail_mp(3, _t9, 0) + _t27*gaussym.kernels.special.gauss_tail_mp(0, _t9, 0) + _t29*gaussym.kernels.special.gauss_tail_mp(1, _t9, 0) - _t3 - _t7) if (_t30 < -1) else (_t0 - _t13*gaussym.kernels.special.gauss_tail_mp(4, _t8, 0) + _t16*gaussym.kernels.special.gauss_tail_mp(5, _t8, 0) - _t22*gaussym.kernels.special.gauss_tail_mp(2, _t8, 0) + _t25*gaussym.kernels.special.gauss_tail_mp(3, _t8, 0) - _t27*gaussym.kernels.special.gauss_tail_mp(0, _t8, 0) + _t29*gaussym.kernels.special.gauss_tail_mp(1, _t8, 0) + _t3 + _t7) if (_t30 > 1) else (_t12*_t18*gaussym.kernels.generated._runtime.tail_expdiff_mp(4, _t30, _t31, 0) + 4*_t15*(gaussym.kernels.special.gauss_tail_mp(5, _t30, 0) + gaussym.kernels.special.gauss_tail_mp(5, _t32, 0)) + _t21*gaussym.kernels.generated._runtime.tail_expdiff_mp(2, _t30, _t31, 0) + _t24*(gaussym.kernels.special.gauss_tail_mp(3, _t30, 0) + gaussym.kernels.special.gauss_tail_mp(3, _t32, 0)) + (mpmath.mpf(1)/mpmath.mpf(2))*_t27*gaussym.kernels.generated._runtime.tail_expdiff_mp(0, _t30, _t31, 0) + (mpmath.mpf(1)/mpmath.mpf(2))*_t29*(gaussym.kernels.special.gauss_tail_mp(1, _t30, 0) + gaussym.kernels.special.gauss_tail_mp(1, _t32, 0))))


def _moment_mp_6(mu, sigma):
    _t0 = mu**6
    _t1 = sigma**6
    _t2 = 15*_t1
    _t3 = mu**2
    _t4 = sigma**4
    _t5 = _t3*_t4
    _t6 = 45*_t5
    _t7 = sigma**2
    _t8 = mu**4
    _t9 = _t7*_t8
    _t10 = 15*_t9
    _t11 = mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2))
    _t12 = -_t11
    _t13 = 2*_t7 + 1
    _t14 = _t13**(-3)
    _t15 = _t14*sigma**12
    _t16 = 16*_t15
    _t17 = mpmath.sqrt(2)
    _t18 = _t17*mu*sigma**10/_t13**(mpmath.mpf(7)/mpmath.mpf(2))
    _t19 = 48*_t18
    _t20 = _t13**(-2)
    _t21 = 1/_t13
    _t22 = _t20*sigma**8*(30*_t20*_t3 + 30*_t21*_t7)
    _t23 = 4*_t22
    _t24 = mu**3
    _t25 = 120*_t7
    _t26 = _t1*_t17*(40*_t14*_t24 + _t20*_t25*mu)/_t13**(mpmath.mpf(3)/mpmath.mpf(2))
    _t27 = 2*_t26
    _t28 = _t13**(-4)
    _t29 = 180*_t14
    _t30 = _t21*_t4*(90*_t20*_t4 + 30*_t28*_t8 + _t29*_t3*_t7)
    _t31 = 2*_t30
    _t32 = _t13**(-5)
    _t33 = _t17/mpmath.sqrt(_t13)
    _t34 = _t33*_t7*(_t24*_t25*_t28 + _t29*_t4*mu + 12*_t32*mu**5)
    _t35 = 2*_t0/_t13**6 + 30*_t1*_t14 + 90*_t28*_t5 + 30*_t32*_t9
    _t36 = _t33*mu
    _t37 = -2*_t36
    _t38 = -_t36
    return ((-_t0 - _t10 + _t16*gaussym.kernels.special.gauss_tail_mp(6, _t12, 0) + _t19*gaussym.kernels.special.gauss_tail_mp(5, _t12, 0) - _t2 + _t23*gaussym.kernels.special.gauss_tail_mp(4, _t12, 0) + _t27*gaussym.kernels.special.gauss_tail_mp(3, _t12, 0) + _t31*gaussym.kernels.special.gauss_tail_mp(2, _t12, 0) + _t34*gaussym.kernels.special.gauss_tail_mp(1, _t12, 0) + _t35*gaussym.kernels.special.gauss_tail_mp(0, _t12, 0) - _t6) if (_t36 < -1) else (_t0 + _t10 - _t16*gaussym.kernels.special.gauss_tail_mp(6, _t11, 0) + _t19*gaussym.kernels.special.gauss_tail_mp(5, _t11, 0) + _t2 - _t23*gaussym.kernels.special.gauss_tail_mp(4, _t11, 0) + _t27*gaussym.kernels.special.gauss_tail_mp(3, _t11, 0) - _t31*gaussym.kernels.special.gauss_tail_mp(2, _t11, 0) + _t34*gaussym.kernels.special.gauss_tail_mp(1, _t11, 0) - _t35*gaussym.kernels.special.gauss_tail_mp(0, _t11, 0) + _t6) if (_t36 > 1) else (8*_t15*gaussym.kernels.generated._runtime.tail_expdiff_mp(6, _t36, _t37, 0) + 24*_t18*(gaussym.kernels.special.gauss_tail_mp(5, _t36, 0) + gaussym.kernels.special.gauss_tail_mp(5, _t38, 0)) + 2*_t22*gaussym.kernels.generated._runtime.tail_expdiff_mp(4, _t36, _t37, 0) + _t26*(gaussym.kernels.special.gauss_tail_mp(3, _t36, 0) + gaussym.kernels.special.gauss_tail_mp(3, _t38, 0)) + _t30*gaussym.kernels.generated._runtime.tail_expdiff_mp(2, _t36, _t37, 0) + (mpmath.mpf(1)/mpmath.mpf(2))*_t34*(gaussym.kernels.special.gauss_tail_mp(1, _t36, 0) + gaussym.kernels.special.gauss_tail_mp(1, _t38, 0)) + (mpmath.mpf(1)/mpmath.mpf(2))*_t35*gaussym.kernels.generated._runtime.tail_expdiff_mp(0, _t36, _t37, 0)))


def _moment_mp_7(mu, sigma):
    _t0 = mu**7
    _t1 = sigma**6
    _t2 = _t1*mu
    _t3 = 105*_t2
    _t4 = mu**3
    _t5 = sigma**4
    _t6 = _t4*_t5
    _t7 = 105*_t6
    _t8 = sigma**2
    _t9 = mu**5
    _t10 = _t8*_t9
    _t11 = 21*_t10
    _t12 = mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2))
    _t13 = -_t12
    _t14 = 2*_t8 + 1
    _t15 = _t14**(-4)
    _t16 = _t15*mu*sigma**12
    _t17 = 112*_t16
    _t18 = mpmath.sqrt(2)
    _t19 = _t18*sigma**14/_t14**(mpmath.mpf(7)/mpmath.mpf(2))
    _t20 = 16*_t19
    _t21 = _t14**(-2)
    _t22 = _t14**(-3)
    _t23 = 210*_t21
    _t24 = _t21*sigma**8*(70*_t22*_t4 + _t23*_t8*mu)
    _t25 = 4*_t24
    _t26 = mu**2
    _t27 = 1/_t14
    _t28 = _t18*sigma**10*(42*_t21*_t26 + 42*_t27*_t8)/_t14**(mpmath.mpf(5)/mpmath.mpf(2))
    _t29 = 4*_t28
    _t30 = _t14**(-5)
    _t31 = 630*_t5
    _t32 = 420*_t8
    _t33 = _t27*_t5*(_t15*_t32*_t4 + _t22*_t31*mu + 42*_t30*_t9)
    _t34 = 2*_t33
    _t35 = mu**4
    _t36 = _t1*_t18*(70*_t15*_t35 + _t22*_t26*_t32 + _t23*_t5)/_t14**(mpmath.mpf(3)/mpmath.mpf(2))
    _t37 = 2*_t36
    _t38 = 210*_t30
    _t39 = _t14**(-6)
    _t40 = 2*_t0/_t14**7 + 42*_t10*_t39 + 210*_t15*_t2 + _t38*_t6
    _t41 = _t18/mpmath.sqrt(_t14)
    _t42 = _t41*_t8*(210*_t1*_t22 + _t15*_t26*_t31 + _t35*_t38*_t8 + 14*_t39*mu**6)
    _t43 = _t41*mu
    _t44 = -2*_t43
    _t45 = -_t43
    return ((-_t0 - _t11 + _t17*gaussym.kernels.special.gauss_tail_mp(6, _t13, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(7, _t13, 0) + _t25*gaussym.kernels.special.gauss_tail_mp(4, _t13, 0) + _t29*gaussym.kernels.special.gauss_tail_mp(5, _t13, 0) - _t3 + _t34*gaussym.kernels.special.gauss_tail_mp(2, _t13, 0) + _t37*gaussym.kernels.special.gauss_tail_mp(3, _t13, 0) + _t40*gaussym.kernels.special.gauss_tail_mp(0, _t13, 0) + _t42*gaussym.kernels.special.gauss_tail_mp(1, _t13, 0) - _t7) if (_t43 < -1) else (_t0 + _t11 - _t17*gaussym.kernels.special.gauss_tail_mp(6, _t12, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(7, _t12, 0) - _t25*gaussym.kernels.special.gauss_tail_mp(4, _t12, 0) + _t29*gaussym.kernels.special.gauss_tail_mp(5, _t12, 0) + _t3 - _t34*gaussym.kernels.special.gauss_tail_mp(2, _t12, 0) + _t37*gaussym.kernels.special.gauss_tail_mp(3, _t12, 0) - _t40*gaussym.kernels.special.gauss_tail_mp(0, _t12, 0) + _t42*gaussym.kernels.special.gauss_tail_mp(1, _t12, 0) + _t7) if (_t43 > 1) else (56*_t16*gaussym.kernels.generated._runtime.tail_expdiff_mp(6, _t43, _t44, 0) + 8*_t19*(gaussym.kernels.special.gauss_tail_mp(7, _t43, 0) + gaussym.kernels.special.gauss_tail_mp(7, _t45, 0)) + 2*_t24*gaussym.kernels.generated._runtime.tail_expdiff_mp(4, _t43, _t44, 0) + 2*_t28*(gaussym.kernels.special.gauss_tail_mp(5, _t43, 0) + gaussym.kernels.special.gauss_tail_mp(5, _t45, 0)) + _t33*gaussym.kernels.generated._runtime.tail_expdiff_mp(2, _t43, _t44, 0) + _t36*(gaussym.kernels.special.gauss_tail_mp(3, _t43, 0) + gaussym.kernels.special.gauss_tail_mp(3, _t45, 0)) + (mpmath.mpf(1)/mpmath.mpf(2))*_t40*gaussym.kernels.generated._runtime.tail_expdiff_mp(0, _t43, _t44, 0) + (mpmath.mpf(1)/mpmath.mpf(2))*_t42*(gaussym.kernels.special.gauss_tail_mp(1, _t43, 0) + gaussym.kernels.special.gauss_tail_mp(1, _t45, 0))))


def _moment_mp_8(mu, sigma):
    _t0 = mu**8
    _t1 = sigma**8
    _t2 = 105*_t1
    _t3 = mu**2
    _t4 = sigma**6
    _t5 = _t3*_t4
    _t6 = 420*_t5
    _t7 = mu**4
    _t8 = sigma**4
    _t9 = _t7*_t8
    _t10 = 210*_t9
    _t11 = sigma**2
    _t12 = mu**6
    _t13 = _t11*_t12
    _t14 = 28*_t13
    _t15 = mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2))
    _t16 = -_t15
    _t17 = 2*_t11 + 1
    _t18 = _t17**(-4)
    _t19 = _t18*sigma**16
    _t20 = 32*_t19
    _t21 = mpmath.sqrt(2)
    _t22 = _t21*mu*sigma**14/_t17**(mpmath.mpf(9)/mpmath.mpf(2))
    _t23 = 128*_t22
    _t24 = _t17**(-3)
    _t25 = _t17**(-2)
    _t26 = 1/_t17
    _t27 = _t24*sigma**12*(56*_t11*_t26 + 56*_t25*_t3)
    _t28 = 8*_t27
    _t29 = mu**3
    _t30 = 336*_t11
    _t31 = _t21*sigma**10*(112*_t24*_t29 + _t25*_t30*mu)/_t17**(mpmath.mpf(5)/mpmath.mpf(2))
    _t32 = 4*_t31
    _t33 = 840*_t24
    _t34 = _t1*_t25*(_t11*_t3*_t33 + 140*_t18*_t7 + 420*_t25*_t8)
    _t35 = 4*_t34
    _t36 = mu**5
    _t37 = _t17**(-5)
    _t38 = 1680*mu
    _t39 = _t21*_t4*(1120*_t11*_t18*_t29 + _t24*_t38*_t8 + 112*_t36*_t37)/_t17**(mpmath.mpf(3)/mpmath.mpf(2))
    _t40 = 2*_t39
    _t41 = _t17**(-6)
    _t42 = 840*_t37
    _t43 = _t26*_t8*(_t11*_t42*_t7 + 56*_t12*_t41 + 2520*_t18*_t3*_t8 + _t33*_t4)
    _t44 = 2*_t43
    _t45 = _t17**(-7)
    _t46 = _t21/mpmath.sqrt(_t17)
    _t47 = _t11*_t46*(_t18*_t38*_t4 + 1680*_t29*_t37*_t8 + _t30*_t36*_t41 + 16*_t45*mu**7)
    _t48 = 2*_t0/_t17**8 + 210*_t1*_t18 + 56*_t13*_t45 + 420*_t41*_t9 + _t42*_t5
    _t49 = _t46*mu
    _t50 = -2*_t49
    _t51 = -_t49
    return ((-_t0 - _t10 - _t14 - _t2 + _t20*gaussym.kernels.special.gauss_tail_mp(8, _t16, 0) + _t23*gaussym.kernels.special.gauss_tail_mp(7, _t16, 0) + _t28*gaussym.kernels.special.gauss_tail_mp(6, _t16, 0) + _t32*gaussym.kernels.special.gauss_tail_mp(5, _t16, 0) + _t35*gaussym.kernels.special.gauss_tail_mp(4, _t16, 0) + _t40*gaussym.kernels.special.gauss_tail_mp(3, _t16, 0) + _t44*gaussym.kernels.special.gauss_tail_mp(2, _t16, 0) + _t47*gaussym.kernels.special.gauss_tail_mp(1, _t16, 0) + _t48*gaussym.kernels.special.gauss_tail_mp(0, _t16, 0) - _t6) if (_t49 < -1) else (_t0 + _t10 + _t14 + _t2 - _t20*gaussym.kernels.special.gauss_tail_mp(8, _t15, 0) + _t23*gaussym.kernels.special.gauss_tail_mp(7, _t15, 0) - _t28*gaussym.kernels.special.gauss_tail_mp(6, _t15, 0) + _t32*gaussym.kernels.special.gauss_tail_mp(5, _t15, 0) - _t35*gaussym.kernels.special.gauss_tail_mp(4, _t15, 0) + _t40*gaussym.kernels.special.gauss_tail_mp(3, _t15, 0) - _t44*gaussym.kernels.special.gauss_tail_mp(2, _t15, 0) + _t47*gaussym.kernels.special.gauss_tail_mp(1, _t15, 0) - _t48*gaussym.kernels.special.gauss_tail_mp(0, _t15, 0) + _t6) if (_t49 > 1) else (16*_t19*gaussym.kernels.generated._runtime.tail_expdiff_mp(8, _t49, _t50, 0) + 64*_t22*(gaussym.kernels.special.gauss_tail_mp(7, _t49, 0) + gaussym.kernels.special.gauss_tail_mp(7, _t51, 0)) + 4*_t27*gaussym.kernels.generated._runtime.tail_expdiff_mp(6, _t49, _t50, 0) + 2*_t31*(gaussym.kernels.special.gauss_tail_mp(5, _t49, 0) + gaussym.kernels.special.gauss_tail_mp(5, _t51, 0)) + 2*_t34*gaussym.kernels.generated._runtime.tail_expdiff_mp(4, _t49, _t50, 0) + _t39*(gaussym.kernels.special.gauss_tail_mp(3, _t49, 0) + gaussym.kernels.special.gauss_tail_mp(3, _t51, 0)) + _t43*gaussym.kernels.generated._runtime.tail_expdiff_mp(2, _t49, _t50, 0) + (mpmath.mpf(1)/mpmath.mpf(2))*_t47*(gaussym.kernels.special.gauss_tail_mp(1, _t49, 0) + gaussym.kernels.special.gauss_tail_mp(1, _t51, 0)) + (mpmath.mpf(1)/mpmath.mpf(2))*_t48*gaussym.kernels.generated._runtime.tail_expdiff_mp(0, _t49, _t50, 0)))


def _moment_mp_9(mu, sigma):
    _t0 = mu**9
    _t1 = sigma**8
    _t2 = _t1*mu
    _t3 = 945*_t2
    _t4 = mu**3
    _t5 = sigma**6
    _t6 = _t4*_t5
    _t7 = 1260*_t6
    _t8 = mu**5
    _t9 = sigma**4
    _t10 = _t8*_t9
    _t11 = 378*_t10
    _t12 = sigma**2
    _t13 = mu**7
    _t14 = _t12*_t13
    _t15 = 36*_t14
    _t16 = mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2))
    _t17 = -_t16
    _t18 = 2*_t12 + 1
    _t19 = _t18**(-5)
    _t20 = _t19*mu*sigma**16
    _t21 = 288*_t20
    _t22 = mpmath.sqrt(2)
    _t23 = _t22*sigma**18/_t18**(mpmath.mpf(9)/mpmath.mpf(2))
    _t24 = 32*_t23
    _t25 = _t18**(-3)
    _t26 = _t18**(-2)
    _t27 = 504*_t12
    _t28 = _t25*sigma**12*(168*_t25*_t4 + _t26*_t27*mu)
    _t29 = 8*_t28
    _t30 = mu**2
    _t31 = 1/_t18
    _t32 = sigma**14*(72*_t12*_t31 + 72*_t26*_t30)/_t18**(mpmath.mpf(7)/mpmath.mpf(2))
    _t33 = 8*_t22*_t32
    _t34 = 3780*_t9
    _t35 = _t18**(-4)
    _t36 = 2520*_t12
    _t37 = _t1*_t26*(252*_t19*_t8 + _t25*_t34*mu + _t35*_t36*_t4)
    _t38 = 4*_t37
    _t39 = 4*_t22
    _t40 = mu**4
    _t41 = 1512*_t12
    _t42 = sigma**10*(_t25*_t30*_t41 + 756*_t26*_t9 + 252*_t35*_t40)/_t18**(mpmath.mpf(5)/mpmath.mpf(2))
    _t43 = _t39*_t42
    _t44 = _t18**(-7)
    _t45 = 7560*_t5
    _t46 = 7560*_t9
    _t47 = _t18**(-6)
    _t48 = _t31*_t9*(72*_t13*_t44 + _t19*_t4*_t46 + _t35*_t45*mu + _t41*_t47*_t8)
    _t49 = 2*_t48
    _t50 = mu**6
    _t51 = _t22*_t5*(_t19*_t36*_t40 + 2520*_t25*_t5 + _t30*_t35*_t46 + 168*_t47*_t50)/_t18**(mpmath.mpf(3)/mpmath.mpf(2))
    _t52 = 2*_t51
    _t53 = _t18**(-8)
    _t54 = 2*_t0/_t18**9 + 756*_t10*_t44 + 72*_t14*_t53 + 1890*_t19*_t2 + 2520*_t47*_t6
    _t55 = _t22/mpmath.sqrt(_t18)
    _t56 = _t12*_t55*(1890*_t1*_t35 + _t19*_t30*_t45 + _t27*_t44*_t50 + _t34*_t40*_t47 + 18*_t53*mu**8)
    _t57 = _t55*mu
    _t58 = -2*_t57
    _t59 = -_t57
    return ((-_t0 - _t11 - _t15 + _t21*gaussym.kernels.special.gauss_tail_mp(8, _t17, 0) + _t24*gaussym.kernels.special.gauss_tail_mp(9, _t17, 0) + _t29*gaussym.kernels.special.gauss_tail_mp(6, _t17, 0) - _t3 + _t33*gaussym.kernels.special.gauss_tail_mp(7, _t17, 0) + _t38*gaussym.kernels.special.gauss_tail_mp(4, _t17, 0) + _t43*gaussym.kernels.special.gauss_tail_mp(5, _t17, 0) + _t49*gaussym.kernels.special.gauss_tail_mp(2, _t17, 0) + _t52*gaussym.kernels.special.gauss_tail_mp(3, _t17, 0) + _t54*gaussym.kernels.special.gauss_tail_mp(0, _t17, 0) + _t56*gaussym.kernels.special.gauss_tail_mp(1, _t17, 0) - _t7) if (_t57 < -1) else (_t0 + _t11 + _t15 - _t21*gaussym.kernels.special.gauss_tail_mp(8, _t16, 0) + _t24*gaussym.kernels.special.gauss_tail_mp(9, _t16, 0) - _t29*gaussym.kernels.special.gauss_tail_mp(6, _t16, 0) + _t3 + _t33*gaussym.kernels.special.gauss_tail_mp(7, _t16, 0) - _t38*gaussym.kernels.special.gauss_tail_mp(4, _t16, 0) + _t43*gaussym.kernels.special.gauss_tail_mp(5, _t16, 0) - _t49*gaussym.kernels.special.gauss_tail_mp(2, _t16, 0) + _t52*gaussym.kernels.special.gauss_tail_mp(3, _t16, 0) - _t54*gaussym.kernels.special.gauss_tail_mp(0, _t16, 0) + _t56*gaussym.kernels.special.gauss_tail_mp(1, _t16, 0) + _t7) if (_t57 > 1) else (144*_t20*gaussym.kernels.generated._runtime.tail_expdiff_mp(8, _t57, _t58, 0) + 2*_t22*_t42*(gaussym.kernels.special.gauss_tail_mp(5, _t57, 0) + gaussym.kernels.special.gauss_tail_mp(5, _t59, 0)) + 16*_t23*(gaussym.kernels.special.gauss_tail_mp(9, _t57, 0) + gaussym.kernels.special.gauss_tail_mp(9, _t59, 0)) + 4*_t28*gaussym.kernels.generated._runtime.tail_expdiff_mp(6, _t57, _t58, 0) + _t32*_t39*(gaussym.kernels.special.gauss_tail_mp(7, _t57, 0) + gaussym.kernels.special.gauss_tail_mp(7, _t59, 0)) + 2*_t37*gaussym.kernels.generated._runtime.tail_expdiff_mp(4, _t57, _t58, 0) + _t48*gaussym.kernels.generated._runtime.tail_expdiff_mp(2, _t57, _t58, 0) + _t51*(gaussym.kernels.special.gauss_tail_mp(3, _t57, 0) + gaussym.kernels.special.gauss_tail_mp(3, _t59, 0)) + (mpmath.mpf(1)/mpmath.mpf(2))*_t54*gaussym.kernels.generated._runtime.tail_expdiff_mp(0, _t57, _t58, 0) + (mpmath.mpf(1)/mpmath.mpf(2))*_t56*(gaussym.kernels.special.gauss_tail_mp(1, _t57, 0) + gaussym.kernels.special.gauss_tail_mp(1, _t59, 0))))


def _moment_mp_10(mu, sigma):
    _t0 = mu**10
    _t1 = sigma**10
    _t2 = 945*_t1
    _t3 = mu**2
    _t4 = sigma**8
    _t5 = _t3*_t4
    _t6 = 4725*_t5
    _t7 = mu**4
    _t8 = sigma**6
    _t9 = _t7*_t8
    _t10 = 3150*_t9
    _t11 = mu**6
    _t12 = sigma**4
    _t13 = _t11*_t12
    _t14 = 630*_t13
    _t15 = sigma**2
    _t16 = mu**8
    _t17 = _t15*_t16
    _t18 = 45*_t17
    _t19 = mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2))
    _t20 = -_t19
    _t21 = 2*_t15 + 1
    _t22 = _t21**(-5)
    _t23 = _t22*sigma**20
    _t24 = 64*_t23
    _t25 = mpmath.sqrt(2)
    _t26 = _t25*mu*sigma**18/_t21**(mpmath.mpf(11)/mpmath.mpf(2))
    _t27 = 320*_t26
    _t28 = _t21**(-4)
    _t29 = _t21**(-2)
    _t30 = 1/_t21
    _t31 = _t28*sigma**16*(90*_t15*_t30 + 90*_t29*_t3)
    _t32 = 16*_t31
    _t33 = mu**3
    _t34 = _t21**(-3)
    _t35 = 720*_t15
    _t36 = sigma**14*(_t29*_t35*mu + 240*_t33*_t34)/_t21**(mpmath.mpf(7)/mpmath.mpf(2))
    _t37 = 8*_t25*_t36
    _t38 = 2520*_t15
    _t39 = _t34*sigma**12*(1260*_t12*_t29 + 420*_t28*_t7 + _t3*_t34*_t38)
    _t40 = 8*_t39
    _t41 = 4*_t25
    _t42 = mu**5
    _t43 = 7560*_t12
    _t44 = 5040*_t15
    _t45 = _t1*(504*_t22*_t42 + _t28*_t33*_t44 + _t34*_t43*mu)/_t21**(mpmath.mpf(5)/mpmath.mpf(2))
    _t46 = _t41*_t45
    _t47 = _t21**(-6)
    _t48 = 18900*_t12
    _t49 = _t29*_t4*(420*_t11*_t47 + 6300*_t15*_t22*_t7 + _t28*_t3*_t48 + 6300*_t34*_t8)
    _t50 = 4*_t49
    _t51 = mu**7
    _t52 = _t21**(-7)
    _t53 = 25200*_t8
    _t54 = _t25*_t8*(25200*_t12*_t22*_t33 + _t28*_t53*mu + _t42*_t44*_t47 + 240*_t51*_t52)/_t21**(mpmath.mpf(3)/mpmath.mpf(2))
    _t55 = 2*_t54
    _t56 = _t21**(-8)
    _t57 = _t12*_t30*(_t11*_t38*_t52 + 90*_t16*_t56 + 37800*_t22*_t3*_t8 + 9450*_t28*_t4 + _t47*_t48*_t7)
    _t58 = 2*_t57
    _t59 = _t21**(-9)
    _t60 = _t25/mpmath.sqrt(_t21)
    _t61 = _t15*_t60*(18900*_t22*_t4*mu + _t33*_t47*_t53 + _t35*_t51*_t56 + _t42*_t43*_t52 + 20*_t59*mu**9)
    _t62 = 2*_t0/_t21**10 + 1890*_t1*_t22 + 1260*_t13*_t56 + 90*_t17*_t59 + 9450*_t47*_t5 + 6300*_t52*_t9
    _t63 = _t60*mu
    _t64 = -2*_t63
    _t65 = -_t63
    return ((-_t0 - _t10 - _t14 - _t18 - _t2 + _t24*gaussym.kernels.special.gauss_tail_mp(10, _t20, 0) + _t27*gaussym.kernels.special.gauss_tail_mp(9, _t20, 0) + _t32*gaussym.kernels.special.gauss_tail_mp(8, _t20, 0) + _t37*gaussym.kernels.special.gauss_tail_mp(7, _t20, 0) + _t40*gaussym.kernels.special.gauss_tail_mp(6, _t20, 0) + _t46*gaussym.kernels.special.gauss_tail_mp(5, _t20, 0) + _t50*gaussym.kernels.special.gauss_tail_mp(4, _t20, 0) + _t55*gaussym.kernels.special.gauss_tail_mp(3, _t20, 0) + _t58*gaussym.kernels.special.gauss_tail_mp(2, _t20, 0) - _t6 + _t61*gaussym.kernels.special.gauss_tail_mp(1, _t20, 0) + _t62*gaussym.kernels.special.gauss_tail_mp(0, _t20, 0)) if (_t63 < -1) else (_t0 + _t10 + _t14 + _t18 + _t2 - _t24*gaussym.kernels.special.gauss_tail_mp(10, _t19, 0) + _t27*gaussym.kernels.special.gauss_tail_mp(9, _t19, 0) - _t32*gaussym.kernels.special.gauss_tail_mp(8, _t19, 0) + _t37*gaussym.kernels.special.gauss_tail_mp(7, _t19, 0) - _t40*gaussym.kernels.special.gauss_tail_mp(6, _t19, 0) + _t46*gaussym.kernels.special.gauss_tail_mp(5, _t19, 0) - _t50*gaussym.kernels.special.gauss_tail_mp(4, _t19, 0) + _t55*gaussym.kernels.special.gauss_tail_mp(3, _t19, 0) - _t58*gaussym.kernels.special.gauss_tail_mp(2, _t19, 0) + _t6 + _t61*gaussym.kernels.special.gauss_tail_mp(1, _t19, 0) - _t62*gaussym.kernels.special.gauss_tail_mp(0, _t19, 0)) if (_t63 > 1) else (32*_t23*gaussym.kernels.generated._runtime.tail_expdiff_mp(10, _t63, _t64, 0) + 2*_t25*_t45*(gaussym.kernels.special.gauss_tail_mp(5, _t63, 0) + gaussym.kernels.special.gauss_tail_mp(5, _t65, 0)) + 160*_t26*(gaussym.kernels.special.gauss_tail_mp(9, _t63, 0) + gaussym.kernels.special.gauss_tail_mp(9, _t65, 0)) + 8*_t31*gaussym.kernels.generated._runtime.tail_expdiff_mp(8, _t63, _t64, 0) + _t36*_t41*(gaussym.kernels.special.gauss_tail_mp(7, _t63, 0) + gaussym.kernels.special.gauss_tail_mp(7, _t65, 0)) + 4*_t39*gaussym.kernels.generated._runtime.tail_expdiff_mp(6, _t63, _t64, 0) + 2*_t49*gaussym.kernels.generated._runtime.tail_expdiff_mp(4, _t63, _t64, 0) + _t54*(gaussym.kernels.special.gauss_tail_mp(3, _t63, 0) + gaussym.kernels.special.gauss_tail_mp(3, _t65, 0)) + _t57*gaussym.kernels.generated._runtime.tail_expdiff_mp(2, _t63, _t64, 0) + (mpmath.mpf(1)/mpmath.mpf(2))*_t61*(gaussym.kernels.special.gauss_tail_mp(1, _t63, 0) + gaussym.kernels.special.gauss_tail_mp(1, _t65, 0)) + (mpmath.mpf(1)/mpmath.mpf(2))*_t62*gaussym.kernels.generated._runtime.tail_expdiff_mp(0, _t63, _t64, 0)))


def _derivative_mp_0(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2))
    _t1 = mpmath.sqrt(2)*mu/mpmath.sqrt(2*sigma**2 + 1)
    return ((2*gaussym.kernels.special.gauss_tail_mp(0, -_t0, 0) - 1) if (_t1 < -1) else (1 - 2*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0)) if (_t1 > 1) else (gaussym.kernels.generated._runtime.tail_expdiff_mp(0, _t1, -2*_t1, 0)))


def _derivative_mp_1(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.sqrt(2)/mpmath.sqrt(2*_t0 + 1)
    _t2 = _t1*mu
    return ((2*mpmath.npdf(mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2)))/mpmath.sqrt(_t0 + mpmath.mpf(1)/mpmath.mpf(2))) if (_t2 > 1) or (_t2 < -1) else (2*_t1*mpmath.npdf(_t2)))


def _derivative_mp_2(mu, sigma):
    _t0 = sigma**2
    _t1 = 2*_t0 + 1
    _t2 = mpmath.sqrt(2)*mu
    _t3 = _t2/mpmath.sqrt(_t1)
    return ((-2*mu*mpmath.npdf(mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2)))/(_t0 + mpmath.mpf(1)/mpmath.mpf(2))**(mpmath.mpf(3)/mpmath.mpf(2))) if (_t3 > 1) or (_t3 < -1) else (-4*_t2*mpmath.npdf(_t3)/_t1**(mpmath.mpf(3)/mpmath.mpf(2))))


def _derivative_mp_3(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mpmath.mpf(1)/mpmath.mpf(2)
    _t2 = mu**2
    _t3 = mpmath.sqrt(2)
    _t4 = 2*_t0 + 1
    _t5 = _t3*mu/mpmath.sqrt(_t4)
    return ((2*(-1 + _t2/_t1)*mpmath.npdf(mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2)))/_t1**(mpmath.mpf(3)/mpmath.mpf(2))) if (_t5 > 1) or (_t5 < -1) else (4*_t3*(2*_t2/_t4 - 1)*mpmath.npdf(_t5)/_t4**(mpmath.mpf(3)/mpmath.mpf(2))))


def _derivative_mp_4(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mpmath.mpf(1)/mpmath.mpf(2)
    _t2 = 2*_t0 + 1
    _t3 = mu**2
    _t4 = mpmath.sqrt(2)*mu
    _t5 = _t4/mpmath.sqrt(_t2)
    return ((8*mu*(3 - _t3/_t1)*mpmath.npdf(mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2)))/(mpmath.sqrt(_t1)*_t2**2)) if (_t5 > 1) or (_t5 < -1) else (8*_t4*(3 - 2*_t3/_t2)*mpmath.npdf(_t5)/_t2**(mpmath.mpf(5)/mpmath.mpf(2))))


def _derivative_mp_5(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mpmath.mpf(1)/mpmath.mpf(2)
    _t2 = mu**4
    _t3 = mu**2
    _t4 = mpmath.sqrt(2)
    _t5 = 2*_t0 + 1
    _t6 = _t4*mu/mpmath.sqrt(_t5)
    return ((2*(3 - 6*_t3/_t1 + _t2/_t1**2)*mpmath.npdf(mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2)))/_t1**(mpmath.mpf(5)/mpmath.mpf(2))) if (_t6 > 1) or (_t6 < -1) else (8*_t4*(4*_t2/_t5**2 - 12*_t3/_t5 + 3)*mpmath.npdf(_t6)/_t5**(mpmath.mpf(5)/mpmath.mpf(2))))


def _derivative_mp_6(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mpmath.mpf(1)/mpmath.mpf(2)
    _t2 = 2*_t0 + 1
    _t3 = mu**4
    _t4 = mu**2
    _t5 = mpmath.sqrt(2)*mu
    _t6 = _t5/mpmath.sqrt(_t2)
    return ((16*mu*(-15 + 10*_t4/_t1 - _t3/_t1**2)*mpmath.npdf(mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2)))/(mpmath.sqrt(_t1)*_t2**3)) if (_t6 > 1) or (_t6 < -1) else (16*_t5*(-15 + 20*_t4/_t2 - 4*_t3/_t2**2)*mpmath.npdf(_t6)/_t2**(mpmath.mpf(7)/mpmath.mpf(2))))


def _derivative_mp_7(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mpmath.mpf(1)/mpmath.mpf(2)
    _t2 = mu**6
    _t3 = mu**2
    _t4 = mu**4
    _t5 = mpmath.sqrt(2)
    _t6 = 2*_t0 + 1
    _t7 = _t5*mu/mpmath.sqrt(_t6)
    return ((2*(-15 + 45*_t3/_t1 - 15*_t4/_t1**2 + _t2/_t1**3)*mpmath.npdf(mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2)))/_t1**(mpmath.mpf(7)/mpmath.mpf(2))) if (_t7 > 1) or (_t7 < -1) else (16*_t5*(8*_t2/_t6**3 + 90*_t3/_t6 - 60*_t4/_t6**2 - 15)*mpmath.npdf(_t7)/_t6**(mpmath.mpf(7)/mpmath.mpf(2))))


def _derivative_mp_8(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mpmath.mpf(1)/mpmath.mpf(2)
    _t2 = 2*_t0 + 1
    _t3 = mu**6
    _t4 = mu**2
    _t5 = mu**4
    _t6 = mpmath.sqrt(2)*mu
    _t7 = _t6/mpmath.sqrt(_t2)
    return ((32*mu*(105 - 105*_t4/_t1 + 21*_t5/_t1**2 - _t3/_t1**3)*mpmath.npdf(mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2)))/(mpmath.sqrt(_t1)*_t2**4)) if (_t7 > 1) or (_t7 < -1) else (32*_t6*(105 - 210*_t4/_t2 + 84*_t5/_t2**2 - 8*_t3/_t2**3)*mpmath.npdf(_t7)/_t2**(mpmath.mpf(9)/mpmath.mpf(2))))


def _derivative_mp_9(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mpmath.mpf(1)/mpmath.mpf(2)
    _t2 = mu**8
    _t3 = mu**2
    _t4 = mu**4
    _t5 = mu**6
    _t6 = mpmath.sqrt(2)
    _t7 = 2*_t0 + 1
    _t8 = _t6*mu/mpmath.sqrt(_t7)
    return ((2*(105 - 420*_t3/_t1 + 210*_t4/_t1**2 - 28*_t5/_t1**3 + _t2/_t1**4)*mpmath.npdf(mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2)))/_t1**(mpmath.mpf(9)/mpmath.mpf(2))) if (_t8 > 1) or (_t8 < -1) else (32*_t6*(16*_t2/_t7**4 - 840*_t3/_t7 + 840*_t4/_t7**2 - 224*_t5/_t7**3 + 105)*mpmath.npdf(_t8)/_t7**(mpmath.mpf(9)/mpmath.mpf(2))))


def _derivative_mp_10(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mpmath.mpf(1)/mpmath.mpf(2)
    _t2 = 2*_t0 + 1
    _t3 = mu**8
    _t4 = mu**2
    _t5 = mu**4
    _t6 = mu**6
    _t7 = mpmath.sqrt(2)*mu
    _t8 = _t7/mpmath.sqrt(_t2)
    return ((64*mu*(-945 + 1260*_t4/_t1 - 378*_t5/_t1**2 + 36*_t6/_t1**3 - _t3/_t1**4)*mpmath.npdf(mu/mpmath.sqrt(sigma**2 + mpmath.mpf(1)/mpmath.mpf(2)))/(mpmath.sqrt(_t1)*_t2**5)) if (_t8 > 1) or (_t8 < -1) else (64*_t7*(-945 + 2520*_t4/_t2 - 1512*_t5/_t2**2 + 288*_t6/_t2**3 - 16*_t3/_t2**4)*mpmath.npdf(_t8)/_t2**(mpmath.mpf(11)/mpmath.mpf(2))))


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
