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
    n = 0: Piecewise((2*D(0, -sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0), sqrt(2)*mu/sqrt(2*sigma**2 + 1) < 0), (2 - 2*D(0, sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0), True)) - 1
    n = 1: -mu + Piecewise((2*mu*D(0, -sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/(2*sigma**2 + 1) + 2*sqrt(2)*sigma**2*D(1, -sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/sqrt(2*sigma**2 + 1), sqrt(2)*mu/sqrt(2*sigma**2 + 1) < 0), (2*mu - 2*mu*D(0, sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/(2*sigma**2 + 1) + 2*sqrt(2)*sigma**2*D(1, sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/sqrt(2*sigma**2 + 1), True))
    n = 2: -mu**2 - sigma**2 + Piecewise((4*sqrt(2)*mu*sigma**2*D(1, -sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/(2*sigma**2 + 1)**(3/2) + 4*sigma**4*D(2, -sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/(2*sigma**2 + 1) + (2*mu**2/(2*sigma**2 + 1)**2 + 2*sigma**2/(2*sigma**2 + 1))*D(0, -sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0), sqrt(2)*mu/sqrt(2*sigma**2 + 1) < 0), (2*mu**2 + 4*sqrt(2)*mu*sigma**2*D(1, sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/(2*sigma**2 + 1)**(3/2) - 4*sigma**4*D(2, sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/(2*sigma**2 + 1) + 2*sigma**2 - (2*mu**2/(2*sigma**2 + 1)**2 + 2*sigma**2/(2*sigma**2 + 1))*D(0, sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0), True))
Closed-form part of E[act'(x)]:
    2*sqrt(2)*phi(sqrt(2)*mu/sqrt(2*sigma**2 + 1))/sqrt(2*sigma**2 + 1)
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
WINDOW = ()
REMAINDER_BREAKPOINTS = ()
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
    return 4*(2*_t0 - 1)*numpy.exp(-_t0)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_4(x):
    _t0 = x**2
    return 8*x*(3 - 2*_t0)*numpy.exp(-_t0)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_5(x):
    _t0 = x**2
    return 8*(-12*_t0 + 4*x**4 + 3)*numpy.exp(-_t0)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_6(x):
    _t0 = x**2
    return 16*x*(20*_t0 - 4*x**4 - 15)*numpy.exp(-_t0)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_7(x):
    _t0 = x**2
    return 16*(90*_t0 + 8*x**6 - 60*x**4 - 15)*numpy.exp(-_t0)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_8(x):
    _t0 = x**2
    return 32*x*(-210*_t0 - 8*x**6 + 84*x**4 + 105)*numpy.exp(-_t0)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_9(x):
    _t0 = x**2
    return 32*(-840*_t0 + 16*x**8 - 224*x**6 + 840*x**4 + 105)*numpy.exp(-_t0)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_10(x):
    _t0 = x**2
    return 64*x*(2520*_t0 - 16*x**8 + 288*x**6 - 1512*x**4 - 945)*numpy.exp(-_t0)/numpy.sqrt(scipy.constants.pi)


def _moment_0(mu, sigma):
    _t0 = numpy.sqrt(2)*mu/numpy.sqrt(2*sigma**2 + 1)
    return numpy.select([numpy.less(_t0, 0),True], [2*gaussym.kernels.generated._runtime.tail(0, -_t0, 0),2 - 2*gaussym.kernels.generated._runtime.tail(0, _t0, 0)], default=numpy.nan) - 1


def _moment_1(mu, sigma):
    _t0 = 2*sigma**2
    _t1 = _t0 + 1
    _t2 = numpy.sqrt(2)/numpy.sqrt(_t1)
    _t3 = _t2*mu
    _t4 = -_t3
    _t5 = 2*mu
    _t6 = _t5/_t1
    _t7 = _t0*_t2
    return -mu + numpy.select([numpy.less(_t3, 0),True], [_t6*gaussym.kernels.generated._runtime.tail(0, _t4, 0) + _t7*gaussym.kernels.generated._runtime.tail(1, _t4, 0),_t5 - _t6*gaussym.kernels.generated._runtime.tail(0, _t3, 0) + _t7*gaussym.kernels.generated._runtime.tail(1, _t3, 0)], default=numpy.nan)


def _moment_2(mu, sigma):
    _t0 = mu**2
    _t1 = sigma**2
    _t2 = 2*_t1
    _t3 = _t2 + 1
    _t4 = numpy.sqrt(2)*mu
    _t5 = _t4/numpy.sqrt(_t3)
    _t6 = -_t5
    _t7 = _t3**(-1.0)
    _t8 = 4*_t7*sigma**4
    _t9 = 4*_t1*_t4/_t3**(3/2)
    _t10 = 2*_t0
    _t11 = _t10/_t3**2 + _t2*_t7
    return -_t0 - _t1 + numpy.select([numpy.less(_t5, 0),True], [_t11*gaussym.kernels.generated._runtime.tail(0, _t6, 0) + _t8*gaussym.kernels.generated._runtime.tail(2, _t6, 0) + _t9*gaussym.kernels.generated._runtime.tail(1, _t6, 0),_t10 - _t11*gaussym.kernels.generated._runtime.tail(0, _t5, 0) + _t2 - _t8*gaussym.kernels.generated._runtime.tail(2, _t5, 0) + _t9*gaussym.kernels.generated._runtime.tail(1, _t5, 0)], default=numpy.nan)


def _moment_3(mu, sigma):
    _t0 = mu**3
    _t1 = sigma**2
    _t2 = _t1*mu
    _t3 = numpy.sqrt(2)
    _t4 = 2*_t1 + 1
    _t5 = _t3/numpy.sqrt(_t4)
    _t6 = _t5*mu
    _t7 = -_t6
    _t8 = _t4**(-2.0)
    _t9 = 12*_t8*mu*sigma**4
    _t10 = 4*_t3*sigma**6/_t4**(3/2)
    _t11 = 2*_t0
    _t12 = 6*_t8
    _t13 = _t11/_t4**3 + _t12*_t2
    _t14 = _t1*_t5*(6*_t1/_t4 + _t12*mu**2)
    return -_t0 - 3*_t2 + numpy.select([numpy.less(_t6, 0),True], [_t10*gaussym.kernels.generated._runtime.tail(3, _t7, 0) + _t13*gaussym.kernels.generated._runtime.tail(0, _t7, 0) + _t14*gaussym.kernels.generated._runtime.tail(1, _t7, 0) + _t9*gaussym.kernels.generated._runtime.tail(2, _t7, 0),_t10*gaussym.kernels.generated._runtime.tail(3, _t6, 0) + _t11 - _t13*gaussym.kernels.generated._runtime.tail(0, _t6, 0) + _t14*gaussym.kernels.generated._runtime.tail(1, _t6, 0) + 6*_t2 - _t9*gaussym.kernels.generated._runtime.tail(2, _t6, 0)], default=numpy.nan)


def _moment_4(mu, sigma):
    _t0 = mu**4
    _t1 = sigma**4
    _t2 = sigma**2
    _t3 = mu**2
    _t4 = _t2*_t3
    _t5 = numpy.sqrt(2)
    _t6 = 2*_t2 + 1
    _t7 = _t5/numpy.sqrt(_t6)
    _t8 = _t7*mu
    _t9 = -_t8
    _t10 = _t6**(-2.0)
    _t11 = 8*_t10*sigma**8
    _t12 = 16*_t5*mu*sigma**6/_t6**(5/2)
    _t13 = _t6**(-1.0)
    _t14 = 2*_t1*_t13*(12*_t10*_t3 + 12*_t13*_t2)
    _t15 = _t6**(-3.0)
    _t16 = _t2*_t7*(24*_t10*_t2*mu + 8*_t15*mu**3)
    _t17 = 2*_t0
    _t18 = 6*_t1
    _t19 = 12*_t4
    _t20 = _t10*_t18 + _t15*_t19 + _t17/_t6**4
    return -_t0 - 3*_t1 - 6*_t4 + numpy.select([numpy.less(_t8, 0),True], [_t11*gaussym.kernels.generated._runtime.tail(4, _t9, 0) + _t12*gaussym.kernels.generated._runtime.tail(3, _t9, 0) + _t14*gaussym.kernels.generated._runtime.tail(2, _t9, 0) + _t16*gaussym.kernels.generated._runtime.tail(1, _t9, 0) + _t20*gaussym.kernels.generated._runtime.tail(0, _t9, 0),-_t11*gaussym.kernels.generated._runtime.tail(4, _t8, 0) + _t12*gaussym.kernels.generated._runtime.tail(3, _t8, 0) - _t14*gaussym.kernels.generated._runtime.tail(2, _t8, 0) + _t16*gaussym.kernels.generated._runtime.tail(1, _t8, 0) + _t17 + _t18 + _t19 - _t20*gaussym.kernels.generated._runtime.tail(0, _t8, 0)], default=numpy.nan)


def _moment_5(mu, sigma):
    _t0 = mu**5
    _t1 = sigma**4
    _t2 = _t1*mu
    _t3 = sigma**2
    _t4 = mu**3
    _t5 = _t3*_t4
    _t6 = numpy.sqrt(2)
    _t7 = 2*_t3 + 1
    _t8 = _t6/numpy.sqrt(_t7)
    _t9 = _t8*mu
    _t10 = -_t9
    _t11 = _t7**(-3.0)
    _t12 = 40*_t11*mu*sigma**8
    _t13 = 8*_t6*sigma**10/_t7**(5/2)
    _t14 = _t7**(-1.0)
    _t15 = _t7**(-2.0)
    _t16 = 60*_t3
    _t17 = 2*_t1*_t14*(20*_t11*_t4 + _t15*_t16*mu)
    _t18 = mu**2
    _t19 = 2*_t6*sigma**6*(20*_t14*_t3 + 20*_t15*_t18)/_t7**(3/2)
    _t20 = 2*_t0
    _t21 = 30*_t2
    _t22 = _t7**(-4.0)
    _t23 = 20*_t5
    _t24 = _t11*_t21 + _t20/_t7**5 + _t22*_t23
    _t25 = _t3*_t8*(30*_t1*_t15 + _t11*_t16*_t18 + 10*_t22*mu**4)
    return -_t0 - 15*_t2 - 10*_t5 + numpy.select([numpy.less(_t9, 0),True], [_t12*gaussym.kernels.generated._runtime.tail(4, _t10, 0) + _t13*gaussym.kernels.generated._runtime.tail(5, _t10, 0) + _t17*gaussym.kernels.generated._runtime.tail(2, _t10, 0) + _t19*gaussym.kernels.generated._runtime.tail(3, _t10, 0) + _t24*gaussym.kernels.generated._runtime.tail(0, _t10, 0) + _t25*gaussym.kernels.generated._runtime.tail(1, _t10, 0),-_t12*gaussym.kernels.generated._runtime.tail(4, _t9, 0) + _t13*gaussym.kernels.generated._runtime.tail(5, _t9, 0) - _t17*gaussym.kernels.generated._runtime.tail(2, _t9, 0) + _t19*gaussym.kernels.generated._runtime.tail(3, _t9, 0) + _t20 + _t21 + _t23 - _t24*gaussym.kernels.generated._runtime.tail(0, _t9, 0) + _t25*gaussym.kernels.generated._runtime.tail(1, _t9, 0)], default=numpy.nan)


def _moment_6(mu, sigma):
    _t0 = mu**6
    _t1 = sigma**6
    _t2 = mu**2
    _t3 = sigma**4
    _t4 = _t2*_t3
    _t5 = sigma**2
    _t6 = mu**4
    _t7 = _t5*_t6
    _t8 = numpy.sqrt(2)
    _t9 = 2*_t5 + 1
    _t10 = _t8/numpy.sqrt(_t9)
    _t11 = _t10*mu
    _t12 = -_t11
    _t13 = _t9**(-3.0)
    _t14 = 16*_t13*sigma**12
    _t15 = 48*_t8*mu*sigma**10/_t9**(7/2)
    _t16 = _t9**(-2.0)
    _t17 = _t9**(-1.0)
    _t18 = 4*_t16*sigma**8*(30*_t16*_t2 + 30*_t17*_t5)
    _t19 = mu**3
    _t20 = 120*_t5
    _t21 = 2*_t1*_t8*(40*_t13*_t19 + _t16*_t20*mu)/_t9**(3/2)
    _t22 = _t9**(-4.0)
    _t23 = 180*_t13
    _t24 = 2*_t17*_t3*(90*_t16*_t3 + _t2*_t23*_t5 + 30*_t22*_t6)
    _t25 = _t9**(-5.0)
    _t26 = _t10*_t5*(_t19*_t20*_t22 + _t23*_t3*mu + 12*_t25*mu**5)
    _t27 = 2*_t0
    _t28 = 30*_t1
    _t29 = 90*_t4
    _t30 = 30*_t7
    _t31 = _t13*_t28 + _t22*_t29 + _t25*_t30 + _t27/_t9**6
    return -_t0 - 15*_t1 - 45*_t4 - 15*_t7 + numpy.select([numpy.less(_t11, 0),True], [_t14*gaussym.kernels.generated._runtime.tail(6, _t12, 0) + _t15*gaussym.kernels.generated._runtime.tail(5, _t12, 0) + _t18*gaussym.kernels.generated._runtime.tail(4, _t12, 0) + _t21*gaussym.kernels.generated._runtime.tail(3, _t12, 0) + _t24*gaussym.kernels.generated._runtime.tail(2, _t12, 0) + _t26*gaussym.kernels.generated._runtime.tail(1, _t12, 0) + _t31*gaussym.kernels.generated._runtime.tail(0, _t12, 0),-_t14*gaussym.kernels.generated._runtime.tail(6, _t11, 0) + _t15*gaussym.kernels.generated._runtime.tail(5, _t11, 0) - _t18*gaussym.kernels.generated._runtime.tail(4, _t11, 0) + _t21*gaussym.kernels.generated._runtime.tail(3, _t11, 0) - _t24*gaussym.kernels.generated._runtime.tail(2, _t11, 0) + _t26*gaussym.kernels.generated._runtime.tail(1, _t11, 0) + _t27 + _t28 + _t29 + _t30 - _t31*gaussym.kernels.generated._runtime.tail(0, _t11, 0)], default=numpy.nan)


def _moment_7(mu, sigma):
    _t0 = mu**7
    _t1 = sigma**6
    _t2 = _t1*mu
    _t3 = mu**3
    _t4 = sigma**4
    _t5 = _t3*_t4
    _t6 = sigma**2
    _t7 = mu**5
    _t8 = _t6*_t7
    _t9 = numpy.sqrt(2)
    _t10 = 2*_t6 + 1
    _t11 = _t9/numpy.sqrt(_t10)
    _t12 = _t11*mu
    _t13 = -_t12
    _t14 = _t10**(-4.0)
    _t15 = 112*_t14*mu*sigma**12
    _t16 = 16*_t9*sigma**14/_t10**(7/2)
    _t17 = _t10**(-2.0)
    _t18 = _t10**(-3.0)
    _t19 = 210*_t17
    _t20 = 4*_t17*sigma**8*(70*_t18*_t3 + _t19*_t6*mu)
    _t21 = mu**2
    _t22 = _t10**(-1.0)
    _t23 = 4*_t9*sigma**10*(42*_t17*_t21 + 42*_t22*_t6)/_t10**(5/2)
    _t24 = _t10**(-5.0)
    _t25 = 630*_t4
    _t26 = 420*_t6
    _t27 = 2*_t22*_t4*(_t14*_t26*_t3 + _t18*_t25*mu + 42*_t24*_t7)
    _t28 = mu**4
    _t29 = 2*_t1*_t9*(70*_t14*_t28 + _t18*_t21*_t26 + _t19*_t4)/_t10**(3/2)
    _t30 = 2*_t0
    _t31 = 210*_t2
    _t32 = 210*_t5
    _t33 = _t10**(-6.0)
    _t34 = 42*_t8
    _t35 = _t14*_t31 + _t24*_t32 + _t33*_t34 + _t30/_t10**7
    _t36 = _t11*_t6*(210*_t1*_t18 + _t14*_t21*_t25 + 210*_t24*_t28*_t6 + 14*_t33*mu**6)
    return -_t0 - 105*_t2 - 105*_t5 - 21*_t8 + numpy.select([numpy.less(_t12, 0),True], [_t15*gaussym.kernels.generated._runtime.tail(6, _t13, 0) + _t16*gaussym.kernels.generated._runtime.tail(7, _t13, 0) + _t20*gaussym.kernels.generated._runtime.tail(4, _t13, 0) + _t23*gaussym.kernels.generated._runtime.tail(5, _t13, 0) + _t27*gaussym.kernels.generated._runtime.tail(2, _t13, 0) + _t29*gaussym.kernels.generated._runtime.tail(3, _t13, 0) + _t35*gaussym.kernels.generated._runtime.tail(0, _t13, 0) + _t36*gaussym.kernels.generated._runtime.tail(1, _t13, 0),-_t15*gaussym.kernels.generated._runtime.tail(6, _t12, 0) + _t16*gaussym.kernels.generated._runtime.tail(7, _t12, 0) - _t20*gaussym.kernels.generated._runtime.tail(4, _t12, 0) + _t23*gaussym.kernels.generated._runtime.tail(5, _t12, 0) - _t27*gaussym.kernels.generated._runtime.tail(2, _t12, 0) + _t29*gaussym.kernels.generated._runtime.tail(3, _t12, 0) + _t30 + _t31 + _t32 + _t34 - _t35*gaussym.kernels.generated._runtime.tail(0, _t12, 0) + _t36*gaussym.kernels.generated._runtime.tail(1, _t12, 0)], default=numpy.nan)


def _moment_8(mu, sigma):
    _t0 = mu**8
    _t1 = sigma**8
    _t2 = mu**2
    _t3 = sigma**6
    _t4 = _t2*_t3
    _t5 = mu**4
    _t6 = sigma**4
    _t7 = _t5*_t6
    _t8 = sigma**2
    _t9 = mu**6
    _t10 = _t8*_t9
    _t11 = numpy.sqrt(2)
    _t12 = 2*_t8 + 1
    _t13 = _t11/numpy.sqrt(_t12)
    _t14 = _t13*mu
    _t15 = -_t14
    _t16 = _t12**(-4.0)
    _t17 = 32*_t16*sigma**16
    _t18 = 128*_t11*mu*sigma**14/_t12**(9/2)
    _t19 = _t12**(-3.0)
    _t20 = _t12**(-2.0)
    _t21 = _t12**(-1.0)
    _t22 = 8*_t19*sigma**12*(56*_t2*_t20 + 56*_t21*_t8)
    _t23 = mu**3
    _t24 = 336*_t8
    _t25 = 4*_t11*sigma**10*(112*_t19*_t23 + _t20*_t24*mu)/_t12**(5/2)
    _t26 = 840*_t19
    _t27 = 4*_t1*_t20*(140*_t16*_t5 + _t2*_t26*_t8 + 420*_t20*_t6)
    _t28 = mu**5
    _t29 = _t12**(-5.0)
    _t30 = 1680*mu
    _t31 = 2*_t11*_t3*(1120*_t16*_t23*_t8 + _t19*_t30*_t6 + 112*_t28*_t29)/_t12**(3/2)
    _t32 = _t12**(-6.0)
    _t33 = 2*_t21*_t6*(2520*_t16*_t2*_t6 + _t26*_t3 + 840*_t29*_t5*_t8 + 56*_t32*_t9)
    _t34 = _t12**(-7.0)
    _t35 = _t13*_t8*(_t16*_t3*_t30 + 1680*_t23*_t29*_t6 + _t24*_t28*_t32 + 16*_t34*mu**7)
    _t36 = 2*_t0
    _t37 = 210*_t1
    _t38 = 840*_t4
    _t39 = 420*_t7
    _t40 = 56*_t10
    _t41 = _t16*_t37 + _t29*_t38 + _t32*_t39 + _t34*_t40 + _t36/_t12**8
    return -_t0 - 105*_t1 - 28*_t10 - 420*_t4 - 210*_t7 + numpy.select([numpy.less(_t14, 0),True], [_t17*gaussym.kernels.generated._runtime.tail(8, _t15, 0) + _t18*gaussym.kernels.generated._runtime.tail(7, _t15, 0) + _t22*gaussym.kernels.generated._runtime.tail(6, _t15, 0) + _t25*gaussym.kernels.generated._runtime.tail(5, _t15, 0) + _t27*gaussym.kernels.generated._runtime.tail(4, _t15, 0) + _t31*gaussym.kernels.generated._runtime.tail(3, _t15, 0) + _t33*gaussym.kernels.generated._runtime.tail(2, _t15, 0) + _t35*gaussym.kernels.generated._runtime.tail(1, _t15, 0) + _t41*gaussym.kernels.generated._runtime.tail(0, _t15, 0),-_t17*gaussym.kernels.generated._runtime.tail(8, _t14, 0) + _t18*gaussym.kernels.generated._runtime.tail(7, _t14, 0) - _t22*gaussym.kernels.generated._runtime.tail(6, _t14, 0) + _t25*gaussym.kernels.generated._runtime.tail(5, _t14, 0) - _t27*gaussym.kernels.generated._runtime.tail(4, _t14, 0) + _t31*gaussym.kernels.generated._runtime.tail(3, _t14, 0) - _t33*gaussym.kernels.generated._runtime.tail(2, _t14, 0) + _t35*gaussym.kernels.generated._runtime.tail(1, _t14, 0) + _t36 + _t37 + _t38 + _t39 + _t40 - _t41*gaussym.kernels.generated._runtime.tail(0, _t14, 0)], default=numpy.nan)


def _moment_9(mu, sigma):
    _t0 = mu**9
    _t1 = sigma**8
    _t2 = _t1*mu
    _t3 = mu**3
    _t4 = sigma**6
    _t5 = _t3*_t4
    _t6 = mu**5
    _t7 = sigma**4
    _t8 = _t6*_t7
    _t9 = sigma**2
    _t10 = mu**7
    _t11 = _t10*_t9
    _t12 = numpy.sqrt(2)
    _t13 = 2*_t9 + 1
    _t14 = _t12/numpy.sqrt(_t13)
    _t15 = _t14*mu
    _t16 = -_t15
    _t17 = _t13**(-5.0)
    _t18 = 288*_t17*mu*sigma**16
    _t19 = 32*_t12*sigma**18/_t13**(9/2)
    _t20 = _t13**(-3.0)
    _t21 = _t13**(-2.0)
    _t22 = 504*_t9
    _t23 = 8*_t20*sigma**12*(168*_t20*_t3 + _t21*_t22*mu)
    _t24 = mu**2
    _t25 = _t13**(-1.0)
    _t26 = 8*_t12*sigma**14*(72*_t21*_t24 + 72*_t25*_t9)/_t13**(7/2)
    _t27 = 3780*_t7
    _t28 = _t13**(-4.0)
    _t29 = 2520*_t9
    _t30 = 4*_t1*_t21*(252*_t17*_t6 + _t20*_t27*mu + _t28*_t29*_t3)
    _t31 = mu**4
    _t32 = 1512*_t9
    _t33 = 4*_t12*sigma**10*(_t20*_t24*_t32 + 756*_t21*_t7 + 252*_t28*_t31)/_t13**(5/2)
    _t34 = _t13**(-7.0)
    _t35 = 7560*_t4
    _t36 = 7560*_t7
    _t37 = _t13**(-6.0)
    _t38 = 2*_t25*_t7*(72*_t10*_t34 + _t17*_t3*_t36 + _t28*_t35*mu + _t32*_t37*_t6)
    _t39 = mu**6
    _t40 = 2*_t12*_t4*(_t17*_t29*_t31 + 2520*_t20*_t4 + _t24*_t28*_t36 + 168*_t37*_t39)/_t13**(3/2)
    _t41 = 2*_t0
    _t42 = 1890*_t2
    _t43 = 2520*_t5
    _t44 = 756*_t8
    _t45 = _t13**(-8.0)
    _t46 = 72*_t11
    _t47 = _t17*_t42 + _t34*_t44 + _t37*_t43 + _t45*_t46 + _t41/_t13**9
    _t48 = _t14*_t9*(1890*_t1*_t28 + _t17*_t24*_t35 + _t22*_t34*_t39 + _t27*_t31*_t37 + 18*_t45*mu**8)
    return -_t0 - 36*_t11 - 945*_t2 - 1260*_t5 - 378*_t8 + numpy.select([numpy.less(_t15, 0),True], [_t18*gaussym.kernels.generated._runtime.tail(8, _t16, 0) + _t19*gaussym.kernels.generated._runtime.tail(9, _t16, 0) + _t23*gaussym.kernels.generated._runtime.tail(6, _t16, 0) + _t26*gaussym.kernels.generated._runtime.tail(7, _t16, 0) + _t30*gaussym.kernels.generated._runtime.tail(4, _t16, 0) + _t33*gaussym.kernels.generated._runtime.tail(5, _t16, 0) + _t38*gaussym.kernels.generated._runtime.tail(2, _t16, 0) + _t40*gaussym.kernels.generated._runtime.tail(3, _t16, 0) + _t47*gaussym.kernels.generated._runtime.tail(0, _t16, 0) + _t48*gaussym.kernels.generated._runtime.tail(1, _t16, 0),-_t18*gaussym.kernels.generated._runtime.tail(8, _t15, 0) + _t19*gaussym.kernels.generated._runtime.tail(9, _t15, 0) - _t23*gaussym.kernels.generated._runtime.tail(6, _t15, 0) + _t26*gaussym.kernels.generated._runtime.tail(7, _t15, 0) - _t30*gaussym.kernels.generated._runtime.tail(4, _t15, 0) + _t33*gaussym.kernels.generated._runtime.tail(5, _t15, 0) - _t38*gaussym.kernels.generated._runtime.tail(2, _t15, 0) + _t40*gaussym.kernels.generated._runtime.tail(3, _t15, 0) + _t41 + _t42 + _t43 + _t44 + _t46 - _t47*gaussym.kernels.generated._runtime.tail(0, _t15, 0) + _t48*gaussym.kernels.generated._runtime.tail(1, _t15, 0)], default=numpy.nan)


def _moment_10(mu, sigma):
    _t0 = mu**10
    _t1 = sigma**10
    _t2 = mu**2
    _t3 = sigma**8
    _t4 = _t2*_t3
    _t5 = mu**4
    _t6 = sigma**6
    _t7 = _t5*_t6
    _t8 = mu**6
    _t9 = sigma**4
    _t10 = _t8*_t9
    _t11 = sigma**2
    _t12 = mu**8
    _t13 = _t11*_t12
    _t14 = numpy.sqrt(2)
    _t15 = 2*_t11 + 1
    _t16 = _t14/numpy.sqrt(_t15)
    _t17 = _t16*mu
    _t18 = -_t17
    _t19 = _t15**(-5.0)
    _t20 = 64*_t19*sigma**20
    _t21 = 320*_t14*mu*sigma**18/_t15**(11/2)
    _t22 = _t15**(-4.0)
    _t23 = _t15**(-2.0)
    _t24 = _t15**(-1.0)
    _t25 = 16*_t22*sigma**16*(90*_t11*_t24 + 90*_t2*_t23)
    _t26 = mu**3
    _t27 = _t15**(-3.0)
    _t28 = 720*_t11
    _t29 = 8*_t14*sigma**14*(_t23*_t28*mu + 240*_t26*_t27)/_t15**(7/2)
    _t30 = 2520*_t11
    _t31 = 8*_t27*sigma**12*(_t2*_t27*_t30 + 420*_t22*_t5 + 1260*_t23*_t9)
    _t32 = mu**5
    _t33 = 7560*_t9
    _t34 = 5040*_t11
    _t35 = 4*_t1*_t14*(504*_t19*_t32 + _t22*_t26*_t34 + _t27*_t33*mu)/_t15**(5/2)
    _t36 = _t15**(-6.0)
    _t37 = 18900*_t9
    _t38 = 4*_t23*_t3*(6300*_t11*_t19*_t5 + _t2*_t22*_t37 + 6300*_t27*_t6 + 420*_t36*_t8)
    _t39 = mu**7
    _t40 = _t15**(-7.0)
    _t41 = 25200*_t6
    _t42 = 2*_t14*_t6*(25200*_t19*_t26*_t9 + _t22*_t41*mu + _t32*_t34*_t36 + 240*_t39*_t40)/_t15**(3/2)
    _t43 = _t15**(-8.0)
    _t44 = 2*_t24*_t9*(90*_t12*_t43 + 37800*_t19*_t2*_t6 + 9450*_t22*_t3 + _t30*_t40*_t8 + _t36*_t37*_t5)
    _t45 = _t15**(-9.0)
    _t46 = _t11*_t16*(18900*_t19*_t3*mu + _t26*_t36*_t41 + _t28*_t39*_t43 + _t32*_t33*_t40 + 20*_t45*mu**9)
    _t47 = 2*_t0
    _t48 = 1890*_t1
    _t49 = 9450*_t4
    _t50 = 6300*_t7
    _t51 = 1260*_t10
    _t52 = 90*_t13
    _t53 = _t19*_t48 + _t36*_t49 + _t40*_t50 + _t43*_t51 + _t45*_t52 + _t47/_t15**10
    return -_t0 - 945*_t1 - 630*_t10 - 45*_t13 - 4725*_t4 - 3150*_t7 + numpy.select([numpy.less(_t17, 0),True], [_t20*gaussym.kernels.generated._runtime.tail(10, _t18, 0) + _t21*gaussym.kernels.generated._runtime.tail(9, _t18, 0) + _t25*gaussym.kernels.generated._runtime.tail(8, _t18, 0) + _t29*gaussym.kernels.generated._runtime.tail(7, _t18, 0) + _t31*gaussym.kernels.generated._runtime.tail(6, _t18, 0) + _t35*gaussym.kernels.generated._runtime.tail(5, _t18, 0) + _t38*gaussym.kernels.generated._runtime.tail(4, _t18, 0) + _t42*gaussym.kernels.generated._runtime.tail(3, _t18, 0) + _t44*gaussym.kernels.generated._runtime.tail(2, _t18, 0) + _t46*gaussym.kernels.generated._runtime.tail(1, _t18, 0) + _t53*gaussym.kernels.generated._runtime.tail(0, _t18, 0),-_t20*gaussym.kernels.generated._runtime.tail(10, _t17, 0) + _t21*gaussym.kernels.generated._runtime.tail(9, _t17, 0) - _t25*gaussym.kernels.generated._runtime.tail(8, _t17, 0) + _t29*gaussym.kernels.generated._runtime.tail(7, _t17, 0) - _t31*gaussym.kernels.generated._runtime.tail(6, _t17, 0) + _t35*gaussym.kernels.generated._runtime.tail(5, _t17, 0) - _t38*gaussym.kernels.generated._runtime.tail(4, _t17, 0) + _t42*gaussym.kernels.generated._runtime.tail(3, _t17, 0) - _t44*gaussym.kernels.generated._runtime.tail(2, _t17, 0) + _t46*gaussym.kernels.generated._runtime.tail(1, _t17, 0) + _t47 + _t48 + _t49 + _t50 + _t51 + _t52 - _t53*gaussym.kernels.generated._runtime.tail(0, _t17, 0)], default=numpy.nan)


def _derivative_0(mu, sigma):
    _t0 = numpy.sqrt(2)*mu/numpy.sqrt(2*sigma**2 + 1)
    return numpy.select([numpy.less(_t0, 0),True], [2*gaussym.kernels.generated._runtime.tail(0, -_t0, 0),2 - 2*gaussym.kernels.generated._runtime.tail(0, _t0, 0)], default=numpy.nan) - 1


def _derivative_1(mu, sigma):
    _t0 = numpy.sqrt(2)/numpy.sqrt(2*sigma**2 + 1)
    return 2*_t0*gaussym.kernels.generated._runtime.norm_pdf(_t0*mu)


def _derivative_2(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = numpy.sqrt(2)*mu
    return -4*_t1*gaussym.kernels.generated._runtime.norm_pdf(_t1/numpy.sqrt(_t0))/_t0**(3/2)


def _derivative_3(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = numpy.sqrt(2)
    _t2 = _t1*gaussym.kernels.generated._runtime.norm_pdf(_t1*mu/numpy.sqrt(_t0))
    return -4*_t2/_t0**(3/2) + 8*_t2*mu**2/_t0**(5/2)


def _derivative_4(mu, sigma):
    _t0 = numpy.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = gaussym.kernels.generated._runtime.norm_pdf(_t0*mu/numpy.sqrt(_t1))
    return 24*_t0*_t2*mu/_t1**(5/2) - 16*_t0*_t2*mu**3/_t1**(7/2)


def _derivative_5(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = numpy.sqrt(2)
    _t2 = _t1*gaussym.kernels.generated._runtime.norm_pdf(_t1*mu/numpy.sqrt(_t0))
    return 24*_t2/_t0**(5/2) - 96*_t2*mu**2/_t0**(7/2) + 32*_t2*mu**4/_t0**(9/2)


def _derivative_6(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = numpy.sqrt(2)
    _t2 = _t1*mu
    _t3 = gaussym.kernels.generated._runtime.norm_pdf(_t2/numpy.sqrt(_t0))
    return -240*_t2*_t3/_t0**(7/2) + 320*_t1*_t3*mu**3/_t0**(9/2) - 64*_t1*_t3*mu**5/_t0**(11/2)


def _derivative_7(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = numpy.sqrt(2)
    _t2 = _t1*gaussym.kernels.generated._runtime.norm_pdf(_t1*mu/numpy.sqrt(_t0))
    return -240*_t2/_t0**(7/2) + 1440*_t2*mu**2/_t0**(9/2) - 960*_t2*mu**4/_t0**(11/2) + 128*_t2*mu**6/_t0**(13/2)


def _derivative_8(mu, sigma):
    _t0 = numpy.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = gaussym.kernels.generated._runtime.norm_pdf(_t0*mu/numpy.sqrt(_t1))
    _t3 = _t0*_t2
    return 3360*_t0*_t2*mu/_t1**(9/2) + 2688*_t0*_t2*mu**5/_t1**(13/2) - 6720*_t3*mu**3/_t1**(11/2) - 256*_t3*mu**7/_t1**(15/2)


def _derivative_9(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = numpy.sqrt(2)
    _t2 = _t1*gaussym.kernels.generated._runtime.norm_pdf(_t1*mu/numpy.sqrt(_t0))
    _t3 = 26880*_t2
    return 3360*_t2/_t0**(9/2) - _t3*mu**2/_t0**(11/2) + _t3*mu**4/_t0**(13/2) - 7168*_t2*mu**6/_t0**(15/2) + 512*_t2*mu**8/_t0**(17/2)


def _derivative_10(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = numpy.sqrt(2)
    _t2 = _t1*mu
    _t3 = gaussym.kernels.generated._runtime.norm_pdf(_t2/numpy.sqrt(_t0))
    _t4 = _t1*_t3
    return -60480*_t2*_t3/_t0**(11/2) + 161280*_t1*_t3*mu**3/_t0**(13/2) - 96768*_t4*mu**5/_t0**(15/2) + 18432*_t1*_t3*mu**7/_t0**(17/2) - 1024*_t4*mu**9/_t0**(19/2)


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
    return 4*(2*_t0 - 1)*mpmath.exp(-_t0)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_4(x):
    _t0 = x**2
    return 8*x*(3 - 2*_t0)*mpmath.exp(-_t0)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_5(x):
    _t0 = x**2
    return 8*(-12*_t0 + 4*x**4 + 3)*mpmath.exp(-_t0)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_6(x):
    _t0 = x**2
    return 16*x*(20*_t0 - 4*x**4 - 15)*mpmath.exp(-_t0)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_7(x):
    _t0 = x**2
    return 16*(90*_t0 + 8*x**6 - 60*x**4 - 15)*mpmath.exp(-_t0)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_8(x):
    _t0 = x**2
    return 32*x*(-210*_t0 - 8*x**6 + 84*x**4 + 105)*mpmath.exp(-_t0)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_9(x):
    _t0 = x**2
    return 32*(-840*_t0 + 16*x**8 - 224*x**6 + 840*x**4 + 105)*mpmath.exp(-_t0)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_10(x):
    _t0 = x**2
    return 64*x*(2520*_t0 - 16*x**8 + 288*x**6 - 1512*x**4 - 945)*mpmath.exp(-_t0)/mpmath.sqrt(mpmath.pi)


def _moment_mp_0(mu, sigma):
    _t0 = mpmath.sqrt(2)*mu/mpmath.sqrt(2*sigma**2 + 1)
    return ((2*gaussym.kernels.special.gauss_tail_mp(0, -_t0, 0)) if (_t0 < 0) else (2 - 2*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0))) - 1


def _moment_mp_1(mu, sigma):
    _t0 = 2*sigma**2
    _t1 = _t0 + 1
    _t2 = mpmath.sqrt(2)/mpmath.sqrt(_t1)
    _t3 = _t2*mu
    _t4 = -_t3
    _t5 = 2*mu
    _t6 = _t5/_t1
    _t7 = _t0*_t2
    return -mu + ((_t6*gaussym.kernels.special.gauss_tail_mp(0, _t4, 0) + _t7*gaussym.kernels.special.gauss_tail_mp(1, _t4, 0)) if (_t3 < 0) else (_t5 - _t6*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0) + _t7*gaussym.kernels.special.gauss_tail_mp(1, _t3, 0)))


def _moment_mp_2(mu, sigma):
    _t0 = mu**2
    _t1 = sigma**2
    _t2 = 2*_t1
    _t3 = _t2 + 1
    _t4 = mpmath.sqrt(2)*mu
    _t5 = _t4/mpmath.sqrt(_t3)
    _t6 = -_t5
    _t7 = 1/_t3
    _t8 = 4*_t7*sigma**4
    _t9 = 4*_t1*_t4/_t3**(mpmath.mpf(3)/mpmath.mpf(2))
    _t10 = 2*_t0
    _t11 = _t10/_t3**2 + _t2*_t7
    return -_t0 - _t1 + ((_t11*gaussym.kernels.special.gauss_tail_mp(0, _t6, 0) + _t8*gaussym.kernels.special.gauss_tail_mp(2, _t6, 0) + _t9*gaussym.kernels.special.gauss_tail_mp(1, _t6, 0)) if (_t5 < 0) else (_t10 - _t11*gaussym.kernels.special.gauss_tail_mp(0, _t5, 0) + _t2 - _t8*gaussym.kernels.special.gauss_tail_mp(2, _t5, 0) + _t9*gaussym.kernels.special.gauss_tail_mp(1, _t5, 0)))


def _moment_mp_3(mu, sigma):
    _t0 = mu**3
    _t1 = sigma**2
    _t2 = _t1*mu
    _t3 = mpmath.sqrt(2)
    _t4 = 2*_t1 + 1
    _t5 = _t3/mpmath.sqrt(_t4)
    _t6 = _t5*mu
    _t7 = -_t6
    _t8 = _t4**(-2)
    _t9 = 12*_t8*mu*sigma**4
    _t10 = 4*_t3*sigma**6/_t4**(mpmath.mpf(3)/mpmath.mpf(2))
    _t11 = 2*_t0
    _t12 = 6*_t8
    _t13 = _t11/_t4**3 + _t12*_t2
    _t14 = _t1*_t5*(6*_t1/_t4 + _t12*mu**2)
    return -_t0 - 3*_t2 + ((_t10*gaussym.kernels.special.gauss_tail_mp(3, _t7, 0) + _t13*gaussym.kernels.special.gauss_tail_mp(0, _t7, 0) + _t14*gaussym.kernels.special.gauss_tail_mp(1, _t7, 0) + _t9*gaussym.kernels.special.gauss_tail_mp(2, _t7, 0)) if (_t6 < 0) else (_t10*gaussym.kernels.special.gauss_tail_mp(3, _t6, 0) + _t11 - _t13*gaussym.kernels.special.gauss_tail_mp(0, _t6, 0) + _t14*gaussym.kernels.special.gauss_tail_mp(1, _t6, 0) + 6*_t2 - _t9*gaussym.kernels.special.gauss_tail_mp(2, _t6, 0)))


def _moment_mp_4(mu, sigma):
    _t0 = mu**4
    _t1 = sigma**4
    _t2 = sigma**2
    _t3 = mu**2
    _t4 = _t2*_t3
    _t5 = mpmath.sqrt(2)
    _t6 = 2*_t2 + 1
    _t7 = _t5/mpmath.sqrt(_t6)
    _t8 = _t7*mu
    _t9 = -_t8
    _t10 = _t6**(-2)
    _t11 = 8*_t10*sigma**8
    _t12 = 16*_t5*mu*sigma**6/_t6**(mpmath.mpf(5)/mpmath.mpf(2))
    _t13 = 1/_t6
    _t14 = 2*_t1*_t13*(12*_t10*_t3 + 12*_t13*_t2)
    _t15 = _t6**(-3)
    _t16 = _t2*_t7*(24*_t10*_t2*mu + 8*_t15*mu**3)
    _t17 = 2*_t0
    _t18 = 6*_t1
    _t19 = 12*_t4
    _t20 = _t10*_t18 + _t15*_t19 + _t17/_t6**4
    return -_t0 - 3*_t1 - 6*_t4 + ((_t11*gaussym.kernels.special.gauss_tail_mp(4, _t9, 0) + _t12*gaussym.kernels.special.gauss_tail_mp(3, _t9, 0) + _t14*gaussym.kernels.special.gauss_tail_mp(2, _t9, 0) + _t16*gaussym.kernels.special.gauss_tail_mp(1, _t9, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(0, _t9, 0)) if (_t8 < 0) else (-_t11*gaussym.kernels.special.gauss_tail_mp(4, _t8, 0) + _t12*gaussym.kernels.special.gauss_tail_mp(3, _t8, 0) - _t14*gaussym.kernels.special.gauss_tail_mp(2, _t8, 0) + _t16*gaussym.kernels.special.gauss_tail_mp(1, _t8, 0) + _t17 + _t18 + _t19 - _t20*gaussym.kernels.special.gauss_tail_mp(0, _t8, 0)))


def _moment_mp_5(mu, sigma):
    _t0 = mu**5
    _t1 = sigma**4
    _t2 = _t1*mu
    _t3 = sigma**2
    _t4 = mu**3
    _t5 = _t3*_t4
    _t6 = mpmath.sqrt(2)
    _t7 = 2*_t3 + 1
    _t8 = _t6/mpmath.sqrt(_t7)
    _t9 = _t8*mu
    _t10 = -_t9
    _t11 = _t7**(-3)
    _t12 = 40*_t11*mu*sigma**8
    _t13 = 8*_t6*sigma**10/_t7**(mpmath.mpf(5)/mpmath.mpf(2))
    _t14 = 1/_t7
    _t15 = _t7**(-2)
    _t16 = 60*_t3
    _t17 = 2*_t1*_t14*(20*_t11*_t4 + _t15*_t16*mu)
    _t18 = mu**2
    _t19 = 2*_t6*sigma**6*(20*_t14*_t3 + 20*_t15*_t18)/_t7**(mpmath.mpf(3)/mpmath.mpf(2))
    _t20 = 2*_t0
    _t21 = 30*_t2
    _t22 = _t7**(-4)
    _t23 = 20*_t5
    _t24 = _t11*_t21 + _t20/_t7**5 + _t22*_t23
    _t25 = _t3*_t8*(30*_t1*_t15 + _t11*_t16*_t18 + 10*_t22*mu**4)
    return -_t0 - 15*_t2 - 10*_t5 + ((_t12*gaussym.kernels.special.gauss_tail_mp(4, _t10, 0) + _t13*gaussym.kernels.special.gauss_tail_mp(5, _t10, 0) + _t17*gaussym.kernels.special.gauss_tail_mp(2, _t10, 0) + _t19*gaussym.kernels.special.gauss_tail_mp(3, _t10, 0) + _t24*gaussym.kernels.special.gauss_tail_mp(0, _t10, 0) + _t25*gaussym.kernels.special.gauss_tail_mp(1, _t10, 0)) if (_t9 < 0) else (-_t12*gaussym.kernels.special.gauss_tail_mp(4, _t9, 0) + _t13*gaussym.kernels.special.gauss_tail_mp(5, _t9, 0) - _t17*gaussym.kernels.special.gauss_tail_mp(2, _t9, 0) + _t19*gaussym.kernels.special.gauss_tail_mp(3, _t9, 0) + _t20 + _t21 + _t23 - _t24*gaussym.kernels.special.gauss_tail_mp(0, _t9, 0) + _t25*gaussym.kernels.special.gauss_tail_mp(1, _t9, 0)))


def _moment_mp_6(mu, sigma):
    _t0 = mu**6
    _t1 = sigma**6
    _t2 = mu**2
    _t3 = sigma**4
    _t4 = _t2*_t3
    _t5 = sigma**2
    _t6 = mu**4
    _t7 = _t5*_t6
    _t8 = mpmath.sqrt(2)
    _t9 = 2*_t5 + 1
    _t10 = _t8/mpmath.sqrt(_t9)
    _t11 = _t10*mu
    _t12 = -_t11
    _t13 = _t9**(-3)
    _t14 = 16*_t13*sigma**12
    _t15 = 48*_t8*mu*sigma**10/_t9**(mpmath.mpf(7)/mpmath.mpf(2))
    _t16 = _t9**(-2)
    _t17 = 1/_t9
    _t18 = 4*_t16*sigma**8*(30*_t16*_t2 + 30*_t17*_t5)
    _t19 = mu**3
    _t20 = 120*_t5
    _t21 = 2*_t1*_t8*(40*_t13*_t19 + _t16*_t20*mu)/_t9**(mpmath.mpf(3)/mpmath.mpf(2))
    _t22 = _t9**(-4)
    _t23 = 180*_t13
    _t24 = 2*_t17*_t3*(90*_t16*_t3 + _t2*_t23*_t5 + 30*_t22*_t6)
    _t25 = _t9**(-5)
    _t26 = _t10*_t5*(_t19*_t20*_t22 + _t23*_t3*mu + 12*_t25*mu**5)
    _t27 = 2*_t0
    _t28 = 30*_t1
    _t29 = 90*_t4
    _t30 = 30*_t7
    _t31 = _t13*_t28 + _t22*_t29 + _t25*_t30 + _t27/_t9**6
    return -_t0 - 15*_t1 - 45*_t4 - 15*_t7 + ((_t14*gaussym.kernels.special.gauss_tail_mp(6, _t12, 0) + _t15*gaussym.kernels.special.gauss_tail_mp(5, _t12, 0) + _t18*gaussym.kernels.special.gauss_tail_mp(4, _t12, 0) + _t21*gaussym.kernels.special.gauss_tail_mp(3, _t12, 0) + _t24*gaussym.kernels.special.gauss_tail_mp(2, _t12, 0) + _t26*gaussym.kernels.special.gauss_tail_mp(1, _t12, 0) + _t31*gaussym.kernels.special.gauss_tail_mp(0, _t12, 0)) if (_t11 < 0) else (-_t14*gaussym.kernels.special.gauss_tail_mp(6, _t11, 0) + _t15*gaussym.kernels.special.gauss_tail_mp(5, _t11, 0) - _t18*gaussym.kernels.special.gauss_tail_mp(4, _t11, 0) + _t21*gaussym.kernels.special.gauss_tail_mp(3, _t11, 0) - _t24*gaussym.kernels.special.gauss_tail_mp(2, _t11, 0) + _t26*gaussym.kernels.special.gauss_tail_mp(1, _t11, 0) + _t27 + _t28 + _t29 + _t30 - _t31*gaussym.kernels.special.gauss_tail_mp(0, _t11, 0)))


def _moment_mp_7(mu, sigma):
    _t0 = mu**7
    _t1 = sigma**6
    _t2 = _t1*mu
    _t3 = mu**3
    _t4 = sigma**4
    _t5 = _t3*_t4
    _t6 = sigma**2
    _t7 = mu**5
    _t8 = _t6*_t7
    _t9 = mpmath.sqrt(2)
    _t10 = 2*_t6 + 1
    _t11 = _t9/mpmath.sqrt(_t10)
    _t12 = _t11*mu
    _t13 = -_t12
    _t14 = _t10**(-4)
    _t15 = 112*_t14*mu*sigma**12
    _t16 = 16*_t9*sigma**14/_t10**(mpmath.mpf(7)/mpmath.mpf(2))
    _t17 = _t10**(-2)
    _t18 = _t10**(-3)
    _t19 = 210*_t17
    _t20 = 4*_t17*sigma**8*(70*_t18*_t3 + _t19*_t6*mu)
    _t21 = mu**2
    _t22 = 1/_t10
    _t23 = 4*_t9*sigma**10*(42*_t17*_t21 + 42*_t22*_t6)/_t10**(mpmath.mpf(5)/mpmath.mpf(2))
    _t24 = _t10**(-5)
    _t25 = 630*_t4
    _t26 = 420*_t6
    _t27 = 2*_t22*_t4*(_t14*_t26*_t3 + _t18*_t25*mu + 42*_t24*_t7)
    _t28 = mu**4
    _t29 = 2*_t1*_t9*(70*_t14*_t28 + _t18*_t21*_t26 + _t19*_t4)/_t10**(mpmath.mpf(3)/mpmath.mpf(2))
    _t30 = 2*_t0
    _t31 = 210*_t2
    _t32 = 210*_t5
    _t33 = _t10**(-6)
    _t34 = 42*_t8
    _t35 = _t14*_t31 + _t24*_t32 + _t33*_t34 + _t30/_t10**7
    _t36 = _t11*_t6*(210*_t1*_t18 + _t14*_t21*_t25 + 210*_t24*_t28*_t6 + 14*_t33*mu**6)
    return -_t0 - 105*_t2 - 105*_t5 - 21*_t8 + ((_t15*gaussym.kernels.special.gauss_tail_mp(6, _t13, 0) + _t16*gaussym.kernels.special.gauss_tail_mp(7, _t13, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(4, _t13, 0) + _t23*gaussym.kernels.special.gauss_tail_mp(5, _t13, 0) + _t27*gaussym.kernels.special.gauss_tail_mp(2, _t13, 0) + _t29*gaussym.kernels.special.gauss_tail_mp(3, _t13, 0) + _t35*gaussym.kernels.special.gauss_tail_mp(0, _t13, 0) + _t36*gaussym.kernels.special.gauss_tail_mp(1, _t13, 0)) if (_t12 < 0) else (-_t15*gaussym.kernels.special.gauss_tail_mp(6, _t12, 0) + _t16*gaussym.kernels.special.gauss_tail_mp(7, _t12, 0) - _t20*gaussym.kernels.special.gauss_tail_mp(4, _t12, 0) + _t23*gaussym.kernels.special.gauss_tail_mp(5, _t12, 0) - _t27*gaussym.kernels.special.gauss_tail_mp(2, _t12, 0) + _t29*gaussym.kernels.special.gauss_tail_mp(3, _t12, 0) + _t30 + _t31 + _t32 + _t34 - _t35*gaussym.kernels.special.gauss_tail_mp(0, _t12, 0) + _t36*gaussym.kernels.special.gauss_tail_mp(1, _t12, 0)))


def _moment_mp_8(mu, sigma):
    _t0 = mu**8
    _t1 = sigma**8
    _t2 = mu**2
    _t3 = sigma**6
    _t4 = _t2*_t3
    _t5 = mu**4
    _t6 = sigma**4
    _t7 = _t5*_t6
    _t8 = sigma**2
    _t9 = mu**6
    _t10 = _t8*_t9
    _t11 = mpmath.sqrt(2)
    _t12 = 2*_t8 + 1
    _t13 = _t11/mpmath.sqrt(_t12)
    _t14 = _t13*mu
    _t15 = -_t14
    _t16 = _t12**(-4)
    _t17 = 32*_t16*sigma**16
    _t18 = 128*_t11*mu*sigma**14/_t12**(mpmath.mpf(9)/mpmath.mpf(2))
    _t19 = _t12**(-3)
    _t20 = _t12**(-2)
    _t21 = 1/_t12
    _t22 = 8*_t19*sigma**12*(56*_t2*_t20 + 56*_t21*_t8)
    _t23 = mu**3
    _t24 = 336*_t8
    _t25 = 4*_t11*sigma**10*(112*_t19*_t23 + _t20*_t24*mu)/_t12**(mpmath.mpf(5)/mpmath.mpf(2))
    _t26 = 840*_t19
    _t27 = 4*_t1*_t20*(140*_t16*_t5 + _t2*_t26*_t8 + 420*_t20*_t6)
    _t28 = mu**5
    _t29 = _t12**(-5)
    _t30 = 1680*mu
    _t31 = 2*_t11*_t3*(1120*_t16*_t23*_t8 + _t19*_t30*_t6 + 112*_t28*_t29)/_t12**(mpmath.mpf(3)/mpmath.mpf(2))
    _t32 = _t12**(-6)
    _t33 = 2*_t21*_t6*(2520*_t16*_t2*_t6 + _t26*_t3 + 840*_t29*_t5*_t8 + 56*_t32*_t9)
    _t34 = _t12**(-7)
    _t35 = _t13*_t8*(_t16*_t3*_t30 + 1680*_t23*_t29*_t6 + _t24*_t28*_t32 + 16*_t34*mu**7)
    _t36 = 2*_t0
    _t37 = 210*_t1
    _t38 = 840*_t4
    _t39 = 420*_t7
    _t40 = 56*_t10
    _t41 = _t16*_t37 + _t29*_t38 + _t32*_t39 + _t34*_t40 + _t36/_t12**8
    return -_t0 - 105*_t1 - 28*_t10 - 420*_t4 - 210*_t7 + ((_t17*gaussym.kernels.special.gauss_tail_mp(8, _t15, 0) + _t18*gaussym.kernels.special.gauss_tail_mp(7, _t15, 0) + _t22*gaussym.kernels.special.gauss_tail_mp(6, _t15, 0) + _t25*gaussym.kernels.special.gauss_tail_mp(5, _t15, 0) + _t27*gaussym.kernels.special.gauss_tail_mp(4, _t15, 0) + _t31*gaussym.kernels.special.gauss_tail_mp(3, _t15, 0) + _t33*gaussym.kernels.special.gauss_tail_mp(2, _t15, 0) + _t35*gaussym.kernels.special.gauss_tail_mp(1, _t15, 0) + _t41*gaussym.kernels.special.gauss_tail_mp(0, _t15, 0)) if (_t14 < 0) else (-_t17*gaussym.kernels.special.gauss_tail_mp(8, _t14, 0) + _t18*gaussym.kernels.special.gauss_tail_mp(7, _t14, 0) - _t22*gaussym.kernels.special.gauss_tail_mp(6, _t14, 0) + _t25*gaussym.kernels.special.gauss_tail_mp(5, _t14, 0) - _t27*gaussym.kernels.special.gauss_tail_mp(4, _t14, 0) + _t31*gaussym.kernels.special.gauss_tail_mp(3, _t14, 0) - _t33*gaussym.kernels.special.gauss_tail_mp(2, _t14, 0) + _t35*gaussym.kernels.special.gauss_tail_mp(1, _t14, 0) + _t36 + _t37 + _t38 + _t39 + _t40 - _t41*gaussym.kernels.special.gauss_tail_mp(0, _t14, 0)))


def _moment_mp_9(mu, sigma):
    _t0 = mu**9
    _t1 = sigma**8
    _t2 = _t1*mu
    _t3 = mu**3
    _t4 = sigma**6
    _t5 = _t3*_t4
    _t6 = mu**5
    _t7 = sigma**4
    _t8 = _t6*_t7
    _t9 = sigma**2
    _t10 = mu**7
    _t11 = _t10*_t9
    _t12 = mpmath.sqrt(2)
    _t13 = 2*_t9 + 1
    _t14 = _t12/mpmath.sqrt(_t13)
    _t15 = _t14*mu
    _t16 = -_t15
    _t17 = _t13**(-5)
    _t18 = 288*_t17*mu*sigma**16
    _t19 = 32*_t12*sigma**18/_t13**(mpmath.mpf(9)/mpmath.mpf(2))
    _t20 = _t13**(-3)
    _t21 = _t13**(-2)
    _t22 = 504*_t9
    _t23 = 8*_t20*sigma**12*(168*_t20*_t3 + _t21*_t22*mu)
    _t24 = mu**2
    _t25 = 1/_t13
    _t26 = 8*_t12*sigma**14*(72*_t21*_t24 + 72*_t25*_t9)/_t13**(mpmath.mpf(7)/mpmath.mpf(2))
    _t27 = 3780*_t7
    _t28 = _t13**(-4)
    _t29 = 2520*_t9
    _t30 = 4*_t1*_t21*(252*_t17*_t6 + _t20*_t27*mu + _t28*_t29*_t3)
    _t31 = mu**4
    _t32 = 1512*_t9
    _t33 = 4*_t12*sigma**10*(_t20*_t24*_t32 + 756*_t21*_t7 + 252*_t28*_t31)/_t13**(mpmath.mpf(5)/mpmath.mpf(2))
    _t34 = _t13**(-7)
    _t35 = 7560*_t4
    _t36 = 7560*_t7
    _t37 = _t13**(-6)
    _t38 = 2*_t25*_t7*(72*_t10*_t34 + _t17*_t3*_t36 + _t28*_t35*mu + _t32*_t37*_t6)
    _t39 = mu**6
    _t40 = 2*_t12*_t4*(_t17*_t29*_t31 + 2520*_t20*_t4 + _t24*_t28*_t36 + 168*_t37*_t39)/_t13**(mpmath.mpf(3)/mpmath.mpf(2))
    _t41 = 2*_t0
    _t42 = 1890*_t2
    _t43 = 2520*_t5
    _t44 = 756*_t8
    _t45 = _t13**(-8)
    _t46 = 72*_t11
    _t47 = _t17*_t42 + _t34*_t44 + _t37*_t43 + _t45*_t46 + _t41/_t13**9
    _t48 = _t14*_t9*(1890*_t1*_t28 + _t17*_t24*_t35 + _t22*_t34*_t39 + _t27*_t31*_t37 + 18*_t45*mu**8)
    return -_t0 - 36*_t11 - 945*_t2 - 1260*_t5 - 378*_t8 + ((_t18*gaussym.kernels.special.gauss_tail_mp(8, _t16, 0) + _t19*gaussym.kernels.special.gauss_tail_mp(9, _t16, 0) + _t23*gaussym.kernels.special.gauss_tail_mp(6, _t16, 0) + _t26*gaussym.kernels.special.gauss_tail_mp(7, _t16, 0) + _t30*gaussym.kernels.special.gauss_tail_mp(4, _t16, 0) + _t33*gaussym.kernels.special.gauss_tail_mp(5, _t16, 0) + _t38*gaussym.kernels.special.gauss_tail_mp(2, _t16, 0) + _t40*gaussym.kernels.special.gauss_tail_mp(3, _t16, 0) + _t47*gaussym.kernels.special.gauss_tail_mp(0, _t16, 0) + _t48*gaussym.kernels.special.gauss_tail_mp(1, _t16, 0)) if (_t15 < 0) else (-_t18*gaussym.kernels.special.gauss_tail_mp(8, _t15, 0) + _t19*gaussym.kernels.special.gauss_tail_mp(9, _t15, 0) - _t23*gaussym.kernels.special.gauss_tail_mp(6, _t15, 0) + _t26*gaussym.kernels.special.gauss_tail_mp(7, _t15, 0) - _t30*gaussym.kernels.special.gauss_tail_mp(4, _t15, 0) + _t33*gaussym.kernels.special.gauss_tail_mp(5, _t15, 0) - _t38*gaussym.kernels.special.gauss_tail_mp(2, _t15, 0) + _t40*gaussym.kernels.special.gauss_tail_mp(3, _t15, 0) + _t41 + _t42 + _t43 + _t44 + _t46 - _t47*gaussym.kernels.special.gauss_tail_mp(0, _t15, 0) + _t48*gaussym.kernels.special.gauss_tail_mp(1, _t15, 0)))


def _moment_mp_10(mu, sigma):
    _t0 = mu**10
    _t1 = sigma**10
    _t2 = mu**2
    _t3 = sigma**8
    _t4 = _t2*_t3
    _t5 = mu**4
    _t6 = sigma**6
    _t7 = _t5*_t6
    _t8 = mu**6
    _t9 = sigma**4
    _t10 = _t8*_t9
    _t11 = sigma**2
    _t12 = mu**8
    _t13 = _t11*_t12
    _t14 = mpmath.sqrt(2)
    _t15 = 2*_t11 + 1
    _t16 = _t14/mpmath.sqrt(_t15)
    _t17 = _t16*mu
    _t18 = -_t17
    _t19 = _t15**(-5)
    _t20 = 64*_t19*sigma**20
    _t21 = 320*_t14*mu*sigma**18/_t15**(mpmath.mpf(11)/mpmath.mpf(2))
    _t22 = _t15**(-4)
    _t23 = _t15**(-2)
    _t24 = 1/_t15
    _t25 = 16*_t22*sigma**16*(90*_t11*_t24 + 90*_t2*_t23)
    _t26 = mu**3
    _t27 = _t15**(-3)
    _t28 = 720*_t11
    _t29 = 8*_t14*sigma**14*(_t23*_t28*mu + 240*_t26*_t27)/_t15**(mpmath.mpf(7)/mpmath.mpf(2))
    _t30 = 2520*_t11
    _t31 = 8*_t27*sigma**12*(_t2*_t27*_t30 + 420*_t22*_t5 + 1260*_t23*_t9)
    _t32 = mu**5
    _t33 = 7560*_t9
    _t34 = 5040*_t11
    _t35 = 4*_t1*_t14*(504*_t19*_t32 + _t22*_t26*_t34 + _t27*_t33*mu)/_t15**(mpmath.mpf(5)/mpmath.mpf(2))
    _t36 = _t15**(-6)
    _t37 = 18900*_t9
    _t38 = 4*_t23*_t3*(6300*_t11*_t19*_t5 + _t2*_t22*_t37 + 6300*_t27*_t6 + 420*_t36*_t8)
    _t39 = mu**7
    _t40 = _t15**(-7)
    _t41 = 25200*_t6
    _t42 = 2*_t14*_t6*(25200*_t19*_t26*_t9 + _t22*_t41*mu + _t32*_t34*_t36 + 240*_t39*_t40)/_t15**(mpmath.mpf(3)/mpmath.mpf(2))
    _t43 = _t15**(-8)
    _t44 = 2*_t24*_t9*(90*_t12*_t43 + 37800*_t19*_t2*_t6 + 9450*_t22*_t3 + _t30*_t40*_t8 + _t36*_t37*_t5)
    _t45 = _t15**(-9)
    _t46 = _t11*_t16*(18900*_t19*_t3*mu + _t26*_t36*_t41 + _t28*_t39*_t43 + _t32*_t33*_t40 + 20*_t45*mu**9)
    _t47 = 2*_t0
    _t48 = 1890*_t1
    _t49 = 9450*_t4
    _t50 = 6300*_t7
    _t51 = 1260*_t10
    _t52 = 90*_t13
    _t53 = _t19*_t48 + _t36*_t49 + _t40*_t50 + _t43*_t51 + _t45*_t52 + _t47/_t15**10
    return -_t0 - 945*_t1 - 630*_t10 - 45*_t13 - 4725*_t4 - 3150*_t7 + ((_t20*gaussym.kernels.special.gauss_tail_mp(10, _t18, 0) + _t21*gaussym.kernels.special.gauss_tail_mp(9, _t18, 0) + _t25*gaussym.kernels.special.gauss_tail_mp(8, _t18, 0) + _t29*gaussym.kernels.special.gauss_tail_mp(7, _t18, 0) + _t31*gaussym.kernels.special.gauss_tail_mp(6, _t18, 0) + _t35*gaussym.kernels.special.gauss_tail_mp(5, _t18, 0) + _t38*gaussym.kernels.special.gauss_tail_mp(4, _t18, 0) + _t42*gaussym.kernels.special.gauss_tail_mp(3, _t18, 0) + _t44*gaussym.kernels.special.gauss_tail_mp(2, _t18, 0) + _t46*gaussym.kernels.special.gauss_tail_mp(1, _t18, 0) + _t53*gaussym.kernels.special.gauss_tail_mp(0, _t18, 0)) if (_t17 < 0) else (-_t20*gaussym.kernels.special.gauss_tail_mp(10, _t17, 0) + _t21*gaussym.kernels.special.gauss_tail_mp(9, _t17, 0) - _t25*gaussym.kernels.special.gauss_tail_mp(8, _t17, 0) + _t29*gaussym.kernels.special.gauss_tail_mp(7, _t17, 0) - _t31*gaussym.kernels.special.gauss_tail_mp(6, _t17, 0) + _t35*gaussym.kernels.special.gauss_tail_mp(5, _t17, 0) - _t38*gaussym.kernels.special.gauss_tail_mp(4, _t17, 0) + _t42*gaussym.kernels.special.gauss_tail_mp(3, _t17, 0) - _t44*gaussym.kernels.special.gauss_tail_mp(2, _t17, 0) + _t46*gaussym.kernels.special.gauss_tail_mp(1, _t17, 0) + _t47 + _t48 + _t49 + _t50 + _t51 + _t52 - _t53*gaussym.kernels.special.gauss_tail_mp(0, _t17, 0)))


def _derivative_mp_0(mu, sigma):
    _t0 = mpmath.sqrt(2)*mu/mpmath.sqrt(2*sigma**2 + 1)
    return ((2*gaussym.kernels.special.gauss_tail_mp(0, -_t0, 0)) if (_t0 < 0) else (2 - 2*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0))) - 1


def _derivative_mp_1(mu, sigma):
    _t0 = mpmath.sqrt(2)/mpmath.sqrt(2*sigma**2 + 1)
    return 2*_t0*mpmath.npdf(_t0*mu)


def _derivative_mp_2(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = mpmath.sqrt(2)*mu
    return -4*_t1*mpmath.npdf(_t1/mpmath.sqrt(_t0))/_t0**(mpmath.mpf(3)/mpmath.mpf(2))


def _derivative_mp_3(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = mpmath.sqrt(2)
    _t2 = _t1*mpmath.npdf(_t1*mu/mpmath.sqrt(_t0))
    return -4*_t2/_t0**(mpmath.mpf(3)/mpmath.mpf(2)) + 8*_t2*mu**2/_t0**(mpmath.mpf(5)/mpmath.mpf(2))


def _derivative_mp_4(mu, sigma):
    _t0 = mpmath.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = mpmath.npdf(_t0*mu/mpmath.sqrt(_t1))
    return 24*_t0*_t2*mu/_t1**(mpmath.mpf(5)/mpmath.mpf(2)) - 16*_t0*_t2*mu**3/_t1**(mpmath.mpf(7)/mpmath.mpf(2))


def _derivative_mp_5(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = mpmath.sqrt(2)
    _t2 = _t1*mpmath.npdf(_t1*mu/mpmath.sqrt(_t0))
    return 24*_t2/_t0**(mpmath.mpf(5)/mpmath.mpf(2)) - 96*_t2*mu**2/_t0**(mpmath.mpf(7)/mpmath.mpf(2)) + 32*_t2*mu**4/_t0**(mpmath.mpf(9)/mpmath.mpf(2))


def _derivative_mp_6(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = mpmath.sqrt(2)
    _t2 = _t1*mu
    _t3 = mpmath.npdf(_t2/mpmath.sqrt(_t0))
    return -240*_t2*_t3/_t0**(mpmath.mpf(7)/mpmath.mpf(2)) + 320*_t1*_t3*mu**3/_t0**(mpmath.mpf(9)/mpmath.mpf(2)) - 64*_t1*_t3*mu**5/_t0**(mpmath.mpf(11)/mpmath.mpf(2))


def _derivative_mp_7(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = mpmath.sqrt(2)
    _t2 = _t1*mpmath.npdf(_t1*mu/mpmath.sqrt(_t0))
    return -240*_t2/_t0**(mpmath.mpf(7)/mpmath.mpf(2)) + 1440*_t2*mu**2/_t0**(mpmath.mpf(9)/mpmath.mpf(2)) - 960*_t2*mu**4/_t0**(mpmath.mpf(11)/mpmath.mpf(2)) + 128*_t2*mu**6/_t0**(mpmath.mpf(13)/mpmath.mpf(2))


def _derivative_mp_8(mu, sigma):
    _t0 = mpmath.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = mpmath.npdf(_t0*mu/mpmath.sqrt(_t1))
    _t3 = _t0*_t2
    return 3360*_t0*_t2*mu/_t1**(mpmath.mpf(9)/mpmath.mpf(2)) + 2688*_t0*_t2*mu**5/_t1**(mpmath.mpf(13)/mpmath.mpf(2)) - 6720*_t3*mu**3/_t1**(mpmath.mpf(11)/mpmath.mpf(2)) - 256*_t3*mu**7/_t1**(mpmath.mpf(15)/mpmath.mpf(2))


def _derivative_mp_9(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = mpmath.sqrt(2)
    _t2 = _t1*mpmath.npdf(_t1*mu/mpmath.sqrt(_t0))
    _t3 = 26880*_t2
    return 3360*_t2/_t0**(mpmath.mpf(9)/mpmath.mpf(2)) - _t3*mu**2/_t0**(mpmath.mpf(11)/mpmath.mpf(2)) + _t3*mu**4/_t0**(mpmath.mpf(13)/mpmath.mpf(2)) - 7168*_t2*mu**6/_t0**(mpmath.mpf(15)/mpmath.mpf(2)) + 512*_t2*mu**8/_t0**(mpmath.mpf(17)/mpmath.mpf(2))


def _derivative_mp_10(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = mpmath.sqrt(2)
    _t2 = _t1*mu
    _t3 = mpmath.npdf(_t2/mpmath.sqrt(_t0))
    _t4 = _t1*_t3
    return -60480*_t2*_t3/_t0**(mpmath.mpf(11)/mpmath.mpf(2)) + 161280*_t1*_t3*mu**3/_t0**(mpmath.mpf(13)/mpmath.mpf(2)) - 96768*_t4*mu**5/_t0**(mpmath.mpf(15)/mpmath.mpf(2)) + 18432*_t1*_t3*mu**7/_t0**(mpmath.mpf(17)/mpmath.mpf(2)) - 1024*_t4*mu**9/_t0**(mpmath.mpf(19)/mpmath.mpf(2))


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
