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
    n = 2: -mu**2 - sigma**2 + Piecewise((4*sqrt(2)*mu*sigma**2*D(1, -sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/(2*sigma**2*sqrt(2*sigma**2 + 1) + sqrt(2*sigma**2 + 1)) + 4*sigma**4*D(2, -sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/(2*sigma**2 + 1) + (2*mu**2/(4*sigma**4 + 4*sigma**2 + 1) + 2*sigma**2/(2*sigma**2 + 1))*D(0, -sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0), sqrt(2)*mu/sqrt(2*sigma**2 + 1) < 0), (2*mu**2 + 4*sqrt(2)*mu*sigma**2*D(1, sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/(2*sigma**2*sqrt(2*sigma**2 + 1) + sqrt(2*sigma**2 + 1)) - 4*sigma**4*D(2, sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0)/(2*sigma**2 + 1) + 2*sigma**2 - (2*mu**2/(4*sigma**4 + 4*sigma**2 + 1) + 2*sigma**2/(2*sigma**2 + 1))*D(0, sqrt(2)*mu/sqrt(2*sigma**2 + 1), 0), True))
Closed-form part of E[act'(x)]:
    Piecewise((2*sqrt(2)*phi(-sqrt(2)*mu/sqrt(2*sigma**2 + 1))/sqrt(2*sigma**2 + 1), sqrt(2)*mu/sqrt(2*sigma**2 + 1) < 0), (2*sqrt(2)*phi(sqrt(2)*mu/sqrt(2*sigma**2 + 1))/sqrt(2*sigma**2 + 1), True))
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
    return numpy.select([numpy.less(_t0, 0),True], [2*gaussym.kernels.special.gauss_tail(0, -_t0, 0),2 - 2*gaussym.kernels.special.gauss_tail(0, _t0, 0)], default=numpy.nan) - 1


def _moment_1(mu, sigma):
    _t0 = 2*sigma**2
    _t1 = _t0 + 1
    _t2 = numpy.sqrt(2)/numpy.sqrt(_t1)
    _t3 = _t2*mu
    _t4 = -_t3
    _t5 = 2*mu
    _t6 = _t5/_t1
    _t7 = _t0*_t2
    return -mu + numpy.select([numpy.less(_t3, 0),True], [_t6*gaussym.kernels.special.gauss_tail(0, _t4, 0) + _t7*gaussym.kernels.special.gauss_tail(1, _t4, 0),_t5 - _t6*gaussym.kernels.special.gauss_tail(0, _t3, 0) + _t7*gaussym.kernels.special.gauss_tail(1, _t3, 0)], default=numpy.nan)


def _moment_2(mu, sigma):
    _t0 = mu**2
    _t1 = sigma**2
    _t2 = 2*_t1
    _t3 = _t2 + 1
    _t4 = numpy.sqrt(_t3)
    _t5 = numpy.sqrt(2)*mu
    _t6 = _t5/_t4
    _t7 = -_t6
    _t8 = _t3**(-1.0)
    _t9 = 4*sigma**4
    _t10 = _t8*_t9
    _t11 = 4*_t1
    _t12 = 2*_t0
    _t13 = _t12/(_t11 + _t9 + 1) + _t2*_t8
    _t14 = _t11*_t5/(_t2*_t4 + _t4)
    return -_t0 - _t1 + numpy.select([numpy.less(_t6, 0),True], [_t10*gaussym.kernels.special.gauss_tail(2, _t7, 0) + _t13*gaussym.kernels.special.gauss_tail(0, _t7, 0) + _t14*gaussym.kernels.special.gauss_tail(1, _t7, 0),-_t10*gaussym.kernels.special.gauss_tail(2, _t6, 0) + _t12 - _t13*gaussym.kernels.special.gauss_tail(0, _t6, 0) + _t14*gaussym.kernels.special.gauss_tail(1, _t6, 0) + _t2], default=numpy.nan)


def _moment_3(mu, sigma):
    _t0 = mu**3
    _t1 = sigma**2
    _t2 = numpy.sqrt(2)
    _t3 = 2*_t1
    _t4 = numpy.sqrt(_t3 + 1)
    _t5 = _t2*mu/_t4
    _t6 = -_t5
    _t7 = 4*_t1
    _t8 = sigma**4
    _t9 = 4*_t8
    _t10 = (_t7 + _t9 + 1)**(-1.0)
    _t11 = 12*_t8
    _t12 = _t10*_t11*mu
    _t13 = sigma**6
    _t14 = _t2/(_t3*_t4 + _t4)
    _t15 = 4*_t13*_t14
    _t16 = 6*_t1
    _t17 = _t16*mu
    _t18 = 2*_t0
    _t19 = _t10*_t17 + _t18/(_t11 + 8*_t13 + _t16 + 1)
    _t20 = 6*_t14*_t8 + _t16*_t2*mu**2/(_t4*_t7 + _t4*_t9 + _t4)
    return -_t0 - 3*_t1*mu + numpy.select([numpy.less(_t5, 0),True], [_t12*gaussym.kernels.special.gauss_tail(2, _t6, 0) + _t15*gaussym.kernels.special.gauss_tail(3, _t6, 0) + _t19*gaussym.kernels.special.gauss_tail(0, _t6, 0) + _t20*gaussym.kernels.special.gauss_tail(1, _t6, 0),-_t12*gaussym.kernels.special.gauss_tail(2, _t5, 0) + _t15*gaussym.kernels.special.gauss_tail(3, _t5, 0) + _t17 + _t18 - _t19*gaussym.kernels.special.gauss_tail(0, _t5, 0) + _t20*gaussym.kernels.special.gauss_tail(1, _t5, 0)], default=numpy.nan)


def _moment_4(mu, sigma):
    _t0 = mu**4
    _t1 = sigma**4
    _t2 = mu**2
    _t3 = sigma**2
    _t4 = 6*_t3
    _t5 = numpy.sqrt(2*_t3 + 1)
    _t6 = numpy.sqrt(2)
    _t7 = _t6*mu
    _t8 = _t7/_t5
    _t9 = -_t8
    _t10 = sigma**8
    _t11 = 4*_t3
    _t12 = 4*_t1
    _t13 = (_t11 + _t12 + 1)**(-1.0)
    _t14 = 8*_t10*_t13
    _t15 = sigma**6
    _t16 = 12*_t1
    _t17 = 8*_t15
    _t18 = (_t16 + _t17 + _t4 + 1)**(-1.0)
    _t19 = 24*_t1
    _t20 = 24*_t13*_t15 + _t18*_t19*_t2
    _t21 = _t7/(_t11*_t5 + _t12*_t5 + _t5)
    _t22 = 16*_t15*_t21
    _t23 = 6*_t1
    _t24 = 12*_t2*_t3
    _t25 = 8*_t3
    _t26 = 2*_t0
    _t27 = _t13*_t23 + _t18*_t24 + _t26/(16*_t10 + 32*_t15 + _t19 + _t25 + 1)
    _t28 = _t19*_t21 + _t25*_t6*mu**3/(_t16*_t5 + _t17*_t5 + _t4*_t5 + _t5)
    return -_t0 - 3*_t1 - _t2*_t4 + numpy.select([numpy.less(_t8, 0),True], [_t14*gaussym.kernels.special.gauss_tail(4, _t9, 0) + _t20*gaussym.kernels.special.gauss_tail(2, _t9, 0) + _t22*gaussym.kernels.special.gauss_tail(3, _t9, 0) + _t27*gaussym.kernels.special.gauss_tail(0, _t9, 0) + _t28*gaussym.kernels.special.gauss_tail(1, _t9, 0),-_t14*gaussym.kernels.special.gauss_tail(4, _t8, 0) - _t20*gaussym.kernels.special.gauss_tail(2, _t8, 0) + _t22*gaussym.kernels.special.gauss_tail(3, _t8, 0) + _t23 + _t24 + _t26 - _t27*gaussym.kernels.special.gauss_tail(0, _t8, 0) + _t28*gaussym.kernels.special.gauss_tail(1, _t8, 0)], default=numpy.nan)


def _moment_5(mu, sigma):
    _t0 = mu**5
    _t1 = sigma**4
    _t2 = _t1*mu
    _t3 = mu**3
    _t4 = sigma**2
    _t5 = 10*_t4
    _t6 = numpy.sqrt(2)
    _t7 = numpy.sqrt(2*_t4 + 1)
    _t8 = _t6*mu/_t7
    _t9 = -_t8
    _t10 = sigma**8
    _t11 = 40*_t10
    _t12 = 6*_t4
    _t13 = 12*_t1
    _t14 = sigma**6
    _t15 = 8*_t14
    _t16 = (_t12 + _t13 + _t15 + 1)**(-1.0)
    _t17 = _t16*mu
    _t18 = _t11*_t17
    _t19 = sigma**10
    _t20 = 4*_t7
    _t21 = (_t1*_t20 + _t20*_t4 + _t7)**(-1.0)
    _t22 = _t21*_t6
    _t23 = 8*_t4
    _t24 = 24*_t1
    _t25 = 32*_t14
    _t26 = 16*_t10
    _t27 = (_t23 + _t24 + _t25 + _t26 + 1)**(-1.0)
    _t28 = 40*_t1
    _t29 = 120*_t14*_t17 + _t27*_t28*_t3
    _t30 = 2*_t0/(80*_t10 + 80*_t14 + 32*_t19 + _t28 + _t5 + 1) + 30*_t16*_t2 + 20*_t27*_t3*_t4
    _t31 = _t6*mu**2/(_t12*_t7 + _t13*_t7 + _t15*_t7 + _t7)
    _t32 = _t11*_t22 + 40*_t14*_t31
    _t33 = 60*_t1*_t31 + 30*_t14*_t22 + _t5*_t6*mu**4/(_t23*_t7 + _t24*_t7 + _t25*_t7 + _t26*_t7 + _t7)
    return -_t0 - 15*_t2 - _t3*_t5 + numpy.select([numpy.less(_t8, 0),True], [_t18*gaussym.kernels.special.gauss_tail(4, _t9, 0) + 8*_t19*_t22*gaussym.kernels.special.gauss_tail(5, _t9, 0) + _t29*gaussym.kernels.special.gauss_tail(2, _t9, 0) + _t30*gaussym.kernels.special.gauss_tail(0, _t9, 0) + _t32*gaussym.kernels.special.gauss_tail(3, _t9, 0) + _t33*gaussym.kernels.special.gauss_tail(1, _t9, 0),2*_t0 + 30*_t1*mu - _t18*gaussym.kernels.special.gauss_tail(4, _t8, 0) + 8*_t19*_t21*_t6*gaussym.kernels.special.gauss_tail(5, _t8, 0) - _t29*gaussym.kernels.special.gauss_tail(2, _t8, 0) + 20*_t3*_t4 - _t30*gaussym.kernels.special.gauss_tail(0, _t8, 0) + _t32*gaussym.kernels.special.gauss_tail(3, _t8, 0) + _t33*gaussym.kernels.special.gauss_tail(1, _t8, 0)], default=numpy.nan)


def _moment_6(mu, sigma):
    _t0 = mu**6
    _t1 = sigma**6
    _t2 = sigma**4
    _t3 = mu**2
    _t4 = _t2*_t3
    _t5 = sigma**2
    _t6 = mu**4
    _t7 = _t5*_t6
    _t8 = numpy.sqrt(2*_t5 + 1)
    _t9 = numpy.sqrt(2)
    _t10 = _t9*mu
    _t11 = _t10/_t8
    _t12 = -_t11
    _t13 = sigma**12
    _t14 = 6*_t5
    _t15 = 12*_t2
    _t16 = 8*_t1
    _t17 = (_t14 + _t15 + _t16 + 1)**(-1.0)
    _t18 = 16*_t13*_t17
    _t19 = sigma**10
    _t20 = sigma**8
    _t21 = 8*_t5
    _t22 = 24*_t2
    _t23 = 32*_t1
    _t24 = 16*_t20
    _t25 = (_t21 + _t22 + _t23 + _t24 + 1)**(-1.0)
    _t26 = _t25*_t3
    _t27 = 120*_t17*_t19 + 120*_t20*_t26
    _t28 = (_t14*_t8 + _t15*_t8 + _t16*_t8 + _t8)**(-1.0)
    _t29 = _t10*_t28
    _t30 = 10*_t5
    _t31 = 40*_t2
    _t32 = 80*_t1
    _t33 = 80*_t20
    _t34 = 32*_t19
    _t35 = (_t30 + _t31 + _t32 + _t33 + _t34 + 1)**(-1.0)
    _t36 = 60*_t2
    _t37 = 360*_t1*_t26 + 180*_t17*_t20 + _t35*_t36*_t6
    _t38 = 12*_t5
    _t39 = 240*_t20
    _t40 = 2*_t0/(160*_t1 + 64*_t13 + 192*_t19 + _t36 + _t38 + _t39 + 1) + 30*_t1*_t17 + 90*_t25*_t4 + 30*_t35*_t7
    _t41 = _t9*mu**3/(_t21*_t8 + _t22*_t8 + _t23*_t8 + _t24*_t8 + _t8)
    _t42 = _t29*_t39 + _t32*_t41
    _t43 = 180*_t1*_t29 + 120*_t2*_t41 + _t38*_t9*mu**5/(_t30*_t8 + _t31*_t8 + _t32*_t8 + _t33*_t8 + _t34*_t8 + _t8)
    return -_t0 - 15*_t1 - 45*_t4 - 15*_t7 + numpy.select([numpy.less(_t11, 0),True], [_t18*gaussym.kernels.special.gauss_tail(6, _t12, 0) + 48*_t19*_t29*gaussym.kernels.special.gauss_tail(5, _t12, 0) + _t27*gaussym.kernels.special.gauss_tail(4, _t12, 0) + _t37*gaussym.kernels.special.gauss_tail(2, _t12, 0) + _t40*gaussym.kernels.special.gauss_tail(0, _t12, 0) + _t42*gaussym.kernels.special.gauss_tail(3, _t12, 0) + _t43*gaussym.kernels.special.gauss_tail(1, _t12, 0),2*_t0 + 30*_t1 - _t18*gaussym.kernels.special.gauss_tail(6, _t11, 0) + 48*_t19*_t28*_t9*mu*gaussym.kernels.special.gauss_tail(5, _t11, 0) + 90*_t2*_t3 - _t27*gaussym.kernels.special.gauss_tail(4, _t11, 0) - _t37*gaussym.kernels.special.gauss_tail(2, _t11, 0) - _t40*gaussym.kernels.special.gauss_tail(0, _t11, 0) + _t42*gaussym.kernels.special.gauss_tail(3, _t11, 0) + _t43*gaussym.kernels.special.gauss_tail(1, _t11, 0) + 30*_t5*_t6], default=numpy.nan)


def _moment_7(mu, sigma):
    _t0 = mu**7
    _t1 = sigma**6
    _t2 = _t1*mu
    _t3 = sigma**4
    _t4 = mu**3
    _t5 = _t3*_t4
    _t6 = sigma**2
    _t7 = mu**5
    _t8 = _t6*_t7
    _t9 = numpy.sqrt(2)
    _t10 = numpy.sqrt(2*_t6 + 1)
    _t11 = _t9*mu/_t10
    _t12 = -_t11
    _t13 = sigma**12
    _t14 = 8*_t6
    _t15 = 24*_t3
    _t16 = 32*_t1
    _t17 = sigma**8
    _t18 = 16*_t17
    _t19 = (_t14 + _t15 + _t16 + _t18 + 1)**(-1.0)
    _t20 = _t19*mu
    _t21 = 112*_t13*_t20
    _t22 = sigma**14
    _t23 = (8*_t1*_t10 + 12*_t10*_t3 + 6*_t10*_t6 + _t10)**(-1.0)
    _t24 = _t23*_t9
    _t25 = sigma**10
    _t26 = 10*_t6
    _t27 = 40*_t3
    _t28 = 80*_t1
    _t29 = 80*_t17
    _t30 = 32*_t25
    _t31 = (_t26 + _t27 + _t28 + _t29 + _t30 + 1)**(-1.0)
    _t32 = _t31*_t4
    _t33 = 280*_t17*_t32 + 840*_t20*_t25
    _t34 = 12*_t6
    _t35 = 60*_t3
    _t36 = 160*_t1
    _t37 = 240*_t17
    _t38 = 192*_t25
    _t39 = 64*_t13
    _t40 = (_t34 + _t35 + _t36 + _t37 + _t38 + _t39 + 1)**(-1.0)
    _t41 = 84*_t3
    _t42 = 840*_t1*_t32 + 1260*_t17*_t20 + _t40*_t41*_t7
    _t43 = _t9*mu**2/(_t10*_t14 + _t10*_t15 + _t10*_t16 + _t10*_t18 + _t10)
    _t44 = 168*_t13*_t24 + 168*_t25*_t43
    _t45 = 14*_t6
    _t46 = 2*_t0/(280*_t1 + 448*_t13 + 560*_t17 + 128*_t22 + 672*_t25 + _t41 + _t45 + 1) + 210*_t19*_t2 + 210*_t31*_t5 + 42*_t40*_t8
    _t47 = _t9*mu**4/(_t10*_t26 + _t10*_t27 + _t10*_t28 + _t10*_t29 + _t10*_t30 + _t10)
    _t48 = 140*_t1*_t47 + 840*_t17*_t43 + 420*_t24*_t25
    _t49 = 630*_t1*_t43 + 210*_t17*_t24 + 210*_t3*_t47 + _t45*_t9*mu**6/(_t10*_t34 + _t10*_t35 + _t10*_t36 + _t10*_t37 + _t10*_t38 + _t10*_t39 + _t10)
    return -_t0 - 105*_t2 - 105*_t5 - 21*_t8 + numpy.select([numpy.less(_t11, 0),True], [_t21*gaussym.kernels.special.gauss_tail(6, _t12, 0) + 16*_t22*_t24*gaussym.kernels.special.gauss_tail(7, _t12, 0) + _t33*gaussym.kernels.special.gauss_tail(4, _t12, 0) + _t42*gaussym.kernels.special.gauss_tail(2, _t12, 0) + _t44*gaussym.kernels.special.gauss_tail(5, _t12, 0) + _t46*gaussym.kernels.special.gauss_tail(0, _t12, 0) + _t48*gaussym.kernels.special.gauss_tail(3, _t12, 0) + _t49*gaussym.kernels.special.gauss_tail(1, _t12, 0),2*_t0 + 210*_t1*mu - _t21*gaussym.kernels.special.gauss_tail(6, _t11, 0) + 16*_t22*_t23*_t9*gaussym.kernels.special.gauss_tail(7, _t11, 0) + 210*_t3*_t4 - _t33*gaussym.kernels.special.gauss_tail(4, _t11, 0) - _t42*gaussym.kernels.special.gauss_tail(2, _t11, 0) + _t44*gaussym.kernels.special.gauss_tail(5, _t11, 0) - _t46*gaussym.kernels.special.gauss_tail(0, _t11, 0) + _t48*gaussym.kernels.special.gauss_tail(3, _t11, 0) + _t49*gaussym.kernels.special.gauss_tail(1, _t11, 0) + 42*_t6*_t7], default=numpy.nan)


def _moment_8(mu, sigma):
    _t0 = mu**8
    _t1 = sigma**8
    _t2 = sigma**6
    _t3 = mu**2
    _t4 = _t2*_t3
    _t5 = sigma**4
    _t6 = mu**4
    _t7 = _t5*_t6
    _t8 = sigma**2
    _t9 = mu**6
    _t10 = _t8*_t9
    _t11 = numpy.sqrt(2*_t8 + 1)
    _t12 = numpy.sqrt(2)
    _t13 = _t12*mu
    _t14 = _t13/_t11
    _t15 = -_t14
    _t16 = sigma**16
    _t17 = 8*_t8
    _t18 = 24*_t5
    _t19 = 32*_t2
    _t20 = 16*_t1
    _t21 = (_t17 + _t18 + _t19 + _t20 + 1)**(-1.0)
    _t22 = 32*_t16*_t21
    _t23 = sigma**14
    _t24 = sigma**12
    _t25 = 448*_t24
    _t26 = 10*_t8
    _t27 = 40*_t5
    _t28 = 80*_t2
    _t29 = 80*_t1
    _t30 = sigma**10
    _t31 = 32*_t30
    _t32 = (_t26 + _t27 + _t28 + _t29 + _t31 + 1)**(-1.0)
    _t33 = _t3*_t32
    _t34 = 448*_t21*_t23 + _t25*_t33
    _t35 = 128*_t23
    _t36 = (_t11*_t17 + _t11*_t18 + _t11*_t19 + _t11*_t20 + _t11)**(-1.0)
    _t37 = _t13*_t36
    _t38 = 1680*_t21
    _t39 = 3360*_t30
    _t40 = 560*_t1
    _t41 = 12*_t8
    _t42 = 60*_t5
    _t43 = 160*_t2
    _t44 = 240*_t1
    _t45 = 192*_t30
    _t46 = 64*_t24
    _t47 = (_t41 + _t42 + _t43 + _t44 + _t45 + _t46 + 1)**(-1.0)
    _t48 = _t47*_t6
    _t49 = _t24*_t38 + _t33*_t39 + _t40*_t48
    _t50 = 1680*_t2
    _t51 = 14*_t8
    _t52 = 84*_t5
    _t53 = 280*_t2
    _t54 = 672*_t30
    _t55 = (_t25 + _t35 + _t40 + _t51 + _t52 + _t53 + _t54 + 1)**(-1.0)
    _t56 = 112*_t5
    _t57 = 5040*_t1*_t33 + _t30*_t38 + _t48*_t50 + _t55*_t56*_t9
    _t58 = _t12*mu**3/(_t11*_t26 + _t11*_t27 + _t11*_t28 + _t11*_t29 + _t11*_t31 + _t11)
    _t59 = 1344*_t24*_t37 + 448*_t30*_t58
    _t60 = 16*_t8
    _t61 = 2*_t0/(1120*_t1 + 256*_t16 + 448*_t2 + 1024*_t23 + 1792*_t24 + 1792*_t30 + _t56 + _t60 + 1) + 210*_t1*_t21 + 56*_t10*_t55 + 840*_t32*_t4 + 420*_t47*_t7
    _t62 = _t12*mu**5/(_t11*_t41 + _t11*_t42 + _t11*_t43 + _t11*_t44 + _t11*_t45 + _t11*_t46 + _t11)
    _t63 = 2240*_t1*_t58 + 224*_t2*_t62 + _t37*_t39
    _t64 = 1680*_t1*_t37 + _t12*_t60*mu**7/(_t11*_t25 + _t11*_t35 + _t11*_t40 + _t11*_t51 + _t11*_t52 + _t11*_t53 + _t11*_t54 + _t11) + 336*_t5*_t62 + _t50*_t58
    return -_t0 - 105*_t1 - 28*_t10 - 420*_t4 - 210*_t7 + numpy.select([numpy.less(_t14, 0),True], [_t22*gaussym.kernels.special.gauss_tail(8, _t15, 0) + _t34*gaussym.kernels.special.gauss_tail(6, _t15, 0) + _t35*_t37*gaussym.kernels.special.gauss_tail(7, _t15, 0) + _t49*gaussym.kernels.special.gauss_tail(4, _t15, 0) + _t57*gaussym.kernels.special.gauss_tail(2, _t15, 0) + _t59*gaussym.kernels.special.gauss_tail(5, _t15, 0) + _t61*gaussym.kernels.special.gauss_tail(0, _t15, 0) + _t63*gaussym.kernels.special.gauss_tail(3, _t15, 0) + _t64*gaussym.kernels.special.gauss_tail(1, _t15, 0),2*_t0 + 210*_t1 + 128*_t12*_t23*_t36*mu*gaussym.kernels.special.gauss_tail(7, _t14, 0) + 840*_t2*_t3 - _t22*gaussym.kernels.special.gauss_tail(8, _t14, 0) - _t34*gaussym.kernels.special.gauss_tail(6, _t14, 0) - _t49*gaussym.kernels.special.gauss_tail(4, _t14, 0) + 420*_t5*_t6 - _t57*gaussym.kernels.special.gauss_tail(2, _t14, 0) + _t59*gaussym.kernels.special.gauss_tail(5, _t14, 0) - _t61*gaussym.kernels.special.gauss_tail(0, _t14, 0) + _t63*gaussym.kernels.special.gauss_tail(3, _t14, 0) + _t64*gaussym.kernels.special.gauss_tail(1, _t14, 0) + 56*_t8*_t9], default=numpy.nan)


def _moment_9(mu, sigma):
    _t0 = mu**9
    _t1 = sigma**8
    _t2 = _t1*mu
    _t3 = sigma**6
    _t4 = mu**3
    _t5 = _t3*_t4
    _t6 = sigma**4
    _t7 = mu**5
    _t8 = _t6*_t7
    _t9 = sigma**2
    _t10 = mu**7
    _t11 = _t10*_t9
    _t12 = numpy.sqrt(2)
    _t13 = numpy.sqrt(2*_t9 + 1)
    _t14 = _t12*mu/_t13
    _t15 = -_t14
    _t16 = sigma**16
    _t17 = 10*_t9
    _t18 = 40*_t6
    _t19 = 80*_t3
    _t20 = 80*_t1
    _t21 = sigma**10
    _t22 = 32*_t21
    _t23 = (_t17 + _t18 + _t19 + _t20 + _t22 + 1)**(-1.0)
    _t24 = _t23*mu
    _t25 = 288*_t16*_t24
    _t26 = sigma**18
    _t27 = (16*_t1*_t13 + 32*_t13*_t3 + 24*_t13*_t6 + 8*_t13*_t9 + _t13)**(-1.0)
    _t28 = _t12*_t27
    _t29 = sigma**14
    _t30 = sigma**12
    _t31 = 12*_t9
    _t32 = 60*_t6
    _t33 = 160*_t3
    _t34 = 240*_t1
    _t35 = 192*_t21
    _t36 = 64*_t30
    _t37 = (_t31 + _t32 + _t33 + _t34 + _t35 + _t36 + 1)**(-1.0)
    _t38 = _t37*_t4
    _t39 = 4032*_t24*_t29 + 1344*_t30*_t38
    _t40 = 15120*_t24
    _t41 = 14*_t9
    _t42 = 84*_t6
    _t43 = 280*_t3
    _t44 = 560*_t1
    _t45 = 672*_t21
    _t46 = 448*_t30
    _t47 = 128*_t29
    _t48 = (_t41 + _t42 + _t43 + _t44 + _t45 + _t46 + _t47 + 1)**(-1.0)
    _t49 = _t48*_t7
    _t50 = 1008*_t1*_t49 + 10080*_t21*_t38 + _t30*_t40
    _t51 = _t12*mu**2/(_t13*_t17 + _t13*_t18 + _t13*_t19 + _t13*_t20 + _t13*_t22 + _t13)
    _t52 = 576*_t16*_t28 + 576*_t29*_t51
    _t53 = 16*_t9
    _t54 = 112*_t6
    _t55 = 448*_t3
    _t56 = 1120*_t1
    _t57 = 1792*_t21
    _t58 = 1792*_t30
    _t59 = 1024*_t29
    _t60 = 256*_t16
    _t61 = (_t53 + _t54 + _t55 + _t56 + _t57 + _t58 + _t59 + _t60 + 1)**(-1.0)
    _t62 = 144*_t6
    _t63 = 15120*_t1*_t38 + _t10*_t61*_t62 + _t21*_t40 + 3024*_t3*_t49
    _t64 = 18*_t9
    _t65 = 2*_t0/(2016*_t1 + 2304*_t16 + 4032*_t21 + 512*_t26 + 4608*_t29 + 672*_t3 + 5376*_t30 + _t62 + _t64 + 1) + 72*_t11*_t61 + 1890*_t2*_t23 + 2520*_t37*_t5 + 756*_t48*_t8
    _t66 = _t12*mu**4/(_t13*_t31 + _t13*_t32 + _t13*_t33 + _t13*_t34 + _t13*_t35 + _t13*_t36 + _t13)
    _t67 = 1008*_t21*_t66 + 3024*_t28*_t29 + 6048*_t30*_t51
    _t68 = _t12*mu**6/(_t13*_t41 + _t13*_t42 + _t13*_t43 + _t13*_t44 + _t13*_t45 + _t13*_t46 + _t13*_t47 + _t13)
    _t69 = 5040*_t1*_t66 + 15120*_t21*_t51 + 5040*_t28*_t30 + 336*_t3*_t68
    _t70 = 7560*_t1*_t51 + _t12*_t64*mu**8/(_t13*_t53 + _t13*_t54 + _t13*_t55 + _t13*_t56 + _t13*_t57 + _t13*_t58 + _t13*_t59 + _t13*_t60 + _t13) + 1890*_t21*_t28 + 3780*_t3*_t66 + 504*_t6*_t68
    return -_t0 - 36*_t11 - 945*_t2 - 1260*_t5 - 378*_t8 + numpy.select([numpy.less(_t14, 0),True], [_t25*gaussym.kernels.special.gauss_tail(8, _t15, 0) + 32*_t26*_t28*gaussym.kernels.special.gauss_tail(9, _t15, 0) + _t39*gaussym.kernels.special.gauss_tail(6, _t15, 0) + _t50*gaussym.kernels.special.gauss_tail(4, _t15, 0) + _t52*gaussym.kernels.special.gauss_tail(7, _t15, 0) + _t63*gaussym.kernels.special.gauss_tail(2, _t15, 0) + _t65*gaussym.kernels.special.gauss_tail(0, _t15, 0) + _t67*gaussym.kernels.special.gauss_tail(5, _t15, 0) + _t69*gaussym.kernels.special.gauss_tail(3, _t15, 0) + _t70*gaussym.kernels.special.gauss_tail(1, _t15, 0),2*_t0 + 1890*_t1*mu + 72*_t10*_t9 + 32*_t12*_t26*_t27*gaussym.kernels.special.gauss_tail(9, _t14, 0) - _t25*gaussym.kernels.special.gauss_tail(8, _t14, 0) + 2520*_t3*_t4 - _t39*gaussym.kernels.special.gauss_tail(6, _t14, 0) - _t50*gaussym.kernels.special.gauss_tail(4, _t14, 0) + _t52*gaussym.kernels.special.gauss_tail(7, _t14, 0) + 756*_t6*_t7 - _t63*gaussym.kernels.special.gauss_tail(2, _t14, 0) - _t65*gaussym.kernels.special.gauss_tail(0, _t14, 0) + _t67*gaussym.kernels.special.gauss_tail(5, _t14, 0) + _t69*gaussym.kernels.special.gauss_tail(3, _t14, 0) + _t70*gaussym.kernels.special.gauss_tail(1, _t14, 0)], default=numpy.nan)


def _moment_10(mu, sigma):
    _t0 = mu**10
    _t1 = sigma**10
    _t2 = sigma**8
    _t3 = mu**2
    _t4 = _t2*_t3
    _t5 = sigma**6
    _t6 = mu**4
    _t7 = _t5*_t6
    _t8 = sigma**4
    _t9 = mu**6
    _t10 = _t8*_t9
    _t11 = sigma**2
    _t12 = mu**8
    _t13 = _t11*_t12
    _t14 = numpy.sqrt(2*_t11 + 1)
    _t15 = numpy.sqrt(2)
    _t16 = _t15*mu
    _t17 = _t16/_t14
    _t18 = -_t17
    _t19 = sigma**20
    _t20 = 10*_t11
    _t21 = 40*_t8
    _t22 = 80*_t5
    _t23 = 80*_t2
    _t24 = 32*_t1
    _t25 = (_t20 + _t21 + _t22 + _t23 + _t24 + 1)**(-1.0)
    _t26 = 64*_t19*_t25
    _t27 = sigma**18
    _t28 = sigma**16
    _t29 = 12*_t11
    _t30 = 60*_t8
    _t31 = 160*_t5
    _t32 = 240*_t2
    _t33 = 192*_t1
    _t34 = sigma**12
    _t35 = 64*_t34
    _t36 = (_t29 + _t30 + _t31 + _t32 + _t33 + _t35 + 1)**(-1.0)
    _t37 = _t3*_t36
    _t38 = 1440*_t25*_t27 + 1440*_t28*_t37
    _t39 = (_t14*_t20 + _t14*_t21 + _t14*_t22 + _t14*_t23 + _t14*_t24 + _t14)**(-1.0)
    _t40 = _t16*_t39
    _t41 = sigma**14
    _t42 = 14*_t11
    _t43 = 84*_t8
    _t44 = 280*_t5
    _t45 = 560*_t2
    _t46 = 672*_t1
    _t47 = 448*_t34
    _t48 = 128*_t41
    _t49 = (_t42 + _t43 + _t44 + _t45 + _t46 + _t47 + _t48 + 1)**(-1.0)
    _t50 = _t49*_t6
    _t51 = 10080*_t25*_t28 + 3360*_t34*_t50 + 20160*_t37*_t41
    _t52 = 75600*_t37
    _t53 = 16*_t11
    _t54 = 112*_t8
    _t55 = 448*_t5
    _t56 = 1120*_t2
    _t57 = 1792*_t1
    _t58 = 1792*_t34
    _t59 = 1024*_t41
    _t60 = 256*_t28
    _t61 = (_t53 + _t54 + _t55 + _t56 + _t57 + _t58 + _t59 + _t60 + 1)**(-1.0)
    _t62 = _t61*_t9
    _t63 = 25200*_t1*_t50 + 1680*_t2*_t62 + 25200*_t25*_t41 + _t34*_t52
    _t64 = _t15*mu**3/(_t14*_t29 + _t14*_t30 + _t14*_t31 + _t14*_t32 + _t14*_t33 + _t14*_t35 + _t14)
    _t65 = 5760*_t28*_t40 + 1920*_t41*_t64
    _t66 = 18*_t11
    _t67 = 144*_t8
    _t68 = 672*_t5
    _t69 = 2016*_t2
    _t70 = 4032*_t1
    _t71 = 5376*_t34
    _t72 = 4608*_t41
    _t73 = 2304*_t28
    _t74 = 512*_t27
    _t75 = (_t66 + _t67 + _t68 + _t69 + _t70 + _t71 + _t72 + _t73 + _t74 + 1)**(-1.0)
    _t76 = 180*_t8
    _t77 = _t1*_t52 + _t12*_t75*_t76 + 37800*_t2*_t50 + 18900*_t25*_t34 + 5040*_t5*_t62
    _t78 = 20*_t11
    _t79 = 2*_t0/(8064*_t1 + 1024*_t19 + 3360*_t2 + 5120*_t27 + 11520*_t28 + 13440*_t34 + 15360*_t41 + 960*_t5 + _t76 + _t78 + 1) + 1890*_t1*_t25 + 1260*_t10*_t61 + 90*_t13*_t75 + 9450*_t36*_t4 + 6300*_t49*_t7
    _t80 = _t15*mu**5/(_t14*_t42 + _t14*_t43 + _t14*_t44 + _t14*_t45 + _t14*_t46 + _t14*_t47 + _t14*_t48 + _t14)
    _t81 = 2016*_t1*_t80 + 20160*_t34*_t64 + 30240*_t40*_t41
    _t82 = _t15*mu**7/(_t14*_t53 + _t14*_t54 + _t14*_t55 + _t14*_t56 + _t14*_t57 + _t14*_t58 + _t14*_t59 + _t14*_t60 + _t14)
    _t83 = 50400*_t1*_t64 + 10080*_t2*_t80 + 50400*_t34*_t40 + 480*_t5*_t82
    _t84 = 18900*_t1*_t40 + _t15*_t78*mu**9/(_t14*_t66 + _t14*_t67 + _t14*_t68 + _t14*_t69 + _t14*_t70 + _t14*_t71 + _t14*_t72 + _t14*_t73 + _t14*_t74 + _t14) + 25200*_t2*_t64 + 7560*_t5*_t80 + 720*_t8*_t82
    return -_t0 - 945*_t1 - 630*_t10 - 45*_t13 - 4725*_t4 - 3150*_t7 + numpy.select([numpy.less(_t17, 0),True], [_t26*gaussym.kernels.special.gauss_tail(10, _t18, 0) + 320*_t27*_t40*gaussym.kernels.special.gauss_tail(9, _t18, 0) + _t38*gaussym.kernels.special.gauss_tail(8, _t18, 0) + _t51*gaussym.kernels.special.gauss_tail(6, _t18, 0) + _t63*gaussym.kernels.special.gauss_tail(4, _t18, 0) + _t65*gaussym.kernels.special.gauss_tail(7, _t18, 0) + _t77*gaussym.kernels.special.gauss_tail(2, _t18, 0) + _t79*gaussym.kernels.special.gauss_tail(0, _t18, 0) + _t81*gaussym.kernels.special.gauss_tail(5, _t18, 0) + _t83*gaussym.kernels.special.gauss_tail(3, _t18, 0) + _t84*gaussym.kernels.special.gauss_tail(1, _t18, 0),2*_t0 + 1890*_t1 + 90*_t11*_t12 + 320*_t15*_t27*_t39*mu*gaussym.kernels.special.gauss_tail(9, _t17, 0) + 9450*_t2*_t3 - _t26*gaussym.kernels.special.gauss_tail(10, _t17, 0) - _t38*gaussym.kernels.special.gauss_tail(8, _t17, 0) + 6300*_t5*_t6 - _t51*gaussym.kernels.special.gauss_tail(6, _t17, 0) - _t63*gaussym.kernels.special.gauss_tail(4, _t17, 0) + _t65*gaussym.kernels.special.gauss_tail(7, _t17, 0) - _t77*gaussym.kernels.special.gauss_tail(2, _t17, 0) - _t79*gaussym.kernels.special.gauss_tail(0, _t17, 0) + 1260*_t8*_t9 + _t81*gaussym.kernels.special.gauss_tail(5, _t17, 0) + _t83*gaussym.kernels.special.gauss_tail(3, _t17, 0) + _t84*gaussym.kernels.special.gauss_tail(1, _t17, 0)], default=numpy.nan)


def _derivative_0(mu, sigma):
    _t0 = numpy.sqrt(2)*mu/numpy.sqrt(2*sigma**2 + 1)
    return numpy.select([numpy.less(_t0, 0),True], [2*gaussym.kernels.special.gauss_tail(0, -_t0, 0),2 - 2*gaussym.kernels.special.gauss_tail(0, _t0, 0)], default=numpy.nan) - 1


def _derivative_1(mu, sigma):
    _t0 = numpy.sqrt(2)/numpy.sqrt(2*sigma**2 + 1)
    _t1 = _t0*mu
    _t2 = 2*_t0
    return numpy.select([numpy.less(_t1, 0),True], [_t2*gaussym.kernels.generated._runtime.norm_pdf(-_t1),_t2*gaussym.kernels.generated._runtime.norm_pdf(_t1)], default=numpy.nan)


def _derivative_2(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = numpy.sqrt(2)*mu
    _t2 = _t1/numpy.sqrt(_t0)
    _t3 = 4*_t1/_t0**(3/2)
    return numpy.select([numpy.less(_t2, 0),True], [-_t3*gaussym.kernels.generated._runtime.norm_pdf(-_t2),-_t3*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_3(mu, sigma):
    _t0 = numpy.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = _t0*mu/numpy.sqrt(_t1)
    _t3 = 4*_t0*(-1 + 2*mu**2/_t1)/_t1**(3/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t3*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t3*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_4(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = numpy.sqrt(2)*mu
    _t2 = _t1/numpy.sqrt(_t0)
    _t3 = 8*_t1*(3 - 2*mu**2/_t0)/_t0**(5/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t3*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t3*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_5(mu, sigma):
    _t0 = numpy.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = _t0*mu/numpy.sqrt(_t1)
    _t3 = 8*_t0*(3 - 12*mu**2/_t1 + 4*mu**4/_t1**2)/_t1**(5/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t3*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t3*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_6(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = numpy.sqrt(2)*mu
    _t2 = _t1/numpy.sqrt(_t0)
    _t3 = 16*_t1*(-15 + 20*mu**2/_t0 - 4*mu**4/_t0**2)/_t0**(7/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t3*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t3*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_7(mu, sigma):
    _t0 = numpy.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = _t0*mu/numpy.sqrt(_t1)
    _t3 = 16*_t0*(-15 + 90*mu**2/_t1 - 60*mu**4/_t1**2 + 8*mu**6/_t1**3)/_t1**(7/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t3*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t3*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_8(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = numpy.sqrt(2)*mu
    _t2 = _t1/numpy.sqrt(_t0)
    _t3 = 32*_t1*(105 - 210*mu**2/_t0 + 84*mu**4/_t0**2 - 8*mu**6/_t0**3)/_t0**(9/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t3*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t3*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_9(mu, sigma):
    _t0 = numpy.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = _t0*mu/numpy.sqrt(_t1)
    _t3 = 32*_t0*(105 - 840*mu**2/_t1 + 840*mu**4/_t1**2 - 224*mu**6/_t1**3 + 16*mu**8/_t1**4)/_t1**(9/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t3*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t3*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_10(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = numpy.sqrt(2)*mu
    _t2 = _t1/numpy.sqrt(_t0)
    _t3 = 64*_t1*(-945 + 2520*mu**2/_t0 - 1512*mu**4/_t0**2 + 288*mu**6/_t0**3 - 16*mu**8/_t0**4)/_t0**(11/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t3*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t3*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


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
    _t4 = mpmath.sqrt(_t3)
    _t5 = mpmath.sqrt(2)*mu
    _t6 = _t5/_t4
    _t7 = -_t6
    _t8 = 1/_t3
    _t9 = 4*sigma**4
    _t10 = _t8*_t9
    _t11 = 4*_t1
    _t12 = 2*_t0
    _t13 = _t12/(_t11 + _t9 + 1) + _t2*_t8
    _t14 = _t11*_t5/(_t2*_t4 + _t4)
    return -_t0 - _t1 + ((_t10*gaussym.kernels.special.gauss_tail_mp(2, _t7, 0) + _t13*gaussym.kernels.special.gauss_tail_mp(0, _t7, 0) + _t14*gaussym.kernels.special.gauss_tail_mp(1, _t7, 0)) if (_t6 < 0) else (-_t10*gaussym.kernels.special.gauss_tail_mp(2, _t6, 0) + _t12 - _t13*gaussym.kernels.special.gauss_tail_mp(0, _t6, 0) + _t14*gaussym.kernels.special.gauss_tail_mp(1, _t6, 0) + _t2))


def _moment_mp_3(mu, sigma):
    _t0 = mu**3
    _t1 = sigma**2
    _t2 = mpmath.sqrt(2)
    _t3 = 2*_t1
    _t4 = mpmath.sqrt(_t3 + 1)
    _t5 = _t2*mu/_t4
    _t6 = -_t5
    _t7 = 4*_t1
    _t8 = sigma**4
    _t9 = 4*_t8
    _t10 = 1/(_t7 + _t9 + 1)
    _t11 = 12*_t8
    _t12 = _t10*_t11*mu
    _t13 = sigma**6
    _t14 = _t2/(_t3*_t4 + _t4)
    _t15 = 4*_t13*_t14
    _t16 = 6*_t1
    _t17 = _t16*mu
    _t18 = 2*_t0
    _t19 = _t10*_t17 + _t18/(_t11 + 8*_t13 + _t16 + 1)
    _t20 = 6*_t14*_t8 + _t16*_t2*mu**2/(_t4*_t7 + _t4*_t9 + _t4)
    return -_t0 - 3*_t1*mu + ((_t12*gaussym.kernels.special.gauss_tail_mp(2, _t6, 0) + _t15*gaussym.kernels.special.gauss_tail_mp(3, _t6, 0) + _t19*gaussym.kernels.special.gauss_tail_mp(0, _t6, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(1, _t6, 0)) if (_t5 < 0) else (-_t12*gaussym.kernels.special.gauss_tail_mp(2, _t5, 0) + _t15*gaussym.kernels.special.gauss_tail_mp(3, _t5, 0) + _t17 + _t18 - _t19*gaussym.kernels.special.gauss_tail_mp(0, _t5, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(1, _t5, 0)))


def _moment_mp_4(mu, sigma):
    _t0 = mu**4
    _t1 = sigma**4
    _t2 = mu**2
    _t3 = sigma**2
    _t4 = 6*_t3
    _t5 = mpmath.sqrt(2*_t3 + 1)
    _t6 = mpmath.sqrt(2)
    _t7 = _t6*mu
    _t8 = _t7/_t5
    _t9 = -_t8
    _t10 = sigma**8
    _t11 = 4*_t3
    _t12 = 4*_t1
    _t13 = 1/(_t11 + _t12 + 1)
    _t14 = 8*_t10*_t13
    _t15 = sigma**6
    _t16 = 12*_t1
    _t17 = 8*_t15
    _t18 = 1/(_t16 + _t17 + _t4 + 1)
    _t19 = 24*_t1
    _t20 = 24*_t13*_t15 + _t18*_t19*_t2
    _t21 = _t7/(_t11*_t5 + _t12*_t5 + _t5)
    _t22 = 16*_t15*_t21
    _t23 = 6*_t1
    _t24 = 12*_t2*_t3
    _t25 = 8*_t3
    _t26 = 2*_t0
    _t27 = _t13*_t23 + _t18*_t24 + _t26/(16*_t10 + 32*_t15 + _t19 + _t25 + 1)
    _t28 = _t19*_t21 + _t25*_t6*mu**3/(_t16*_t5 + _t17*_t5 + _t4*_t5 + _t5)
    return -_t0 - 3*_t1 - _t2*_t4 + ((_t14*gaussym.kernels.special.gauss_tail_mp(4, _t9, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(2, _t9, 0) + _t22*gaussym.kernels.special.gauss_tail_mp(3, _t9, 0) + _t27*gaussym.kernels.special.gauss_tail_mp(0, _t9, 0) + _t28*gaussym.kernels.special.gauss_tail_mp(1, _t9, 0)) if (_t8 < 0) else (-_t14*gaussym.kernels.special.gauss_tail_mp(4, _t8, 0) - _t20*gaussym.kernels.special.gauss_tail_mp(2, _t8, 0) + _t22*gaussym.kernels.special.gauss_tail_mp(3, _t8, 0) + _t23 + _t24 + _t26 - _t27*gaussym.kernels.special.gauss_tail_mp(0, _t8, 0) + _t28*gaussym.kernels.special.gauss_tail_mp(1, _t8, 0)))


def _moment_mp_5(mu, sigma):
    _t0 = mu**5
    _t1 = sigma**4
    _t2 = _t1*mu
    _t3 = mu**3
    _t4 = sigma**2
    _t5 = 10*_t4
    _t6 = mpmath.sqrt(2)
    _t7 = mpmath.sqrt(2*_t4 + 1)
    _t8 = _t6*mu/_t7
    _t9 = -_t8
    _t10 = sigma**8
    _t11 = 40*_t10
    _t12 = 6*_t4
    _t13 = 12*_t1
    _t14 = sigma**6
    _t15 = 8*_t14
    _t16 = 1/(_t12 + _t13 + _t15 + 1)
    _t17 = _t16*mu
    _t18 = _t11*_t17
    _t19 = sigma**10
    _t20 = 4*_t7
    _t21 = 1/(_t1*_t20 + _t20*_t4 + _t7)
    _t22 = _t21*_t6
    _t23 = 8*_t4
    _t24 = 24*_t1
    _t25 = 32*_t14
    _t26 = 16*_t10
    _t27 = 1/(_t23 + _t24 + _t25 + _t26 + 1)
    _t28 = 40*_t1
    _t29 = 120*_t14*_t17 + _t27*_t28*_t3
    _t30 = 2*_t0/(80*_t10 + 80*_t14 + 32*_t19 + _t28 + _t5 + 1) + 30*_t16*_t2 + 20*_t27*_t3*_t4
    _t31 = _t6*mu**2/(_t12*_t7 + _t13*_t7 + _t15*_t7 + _t7)
    _t32 = _t11*_t22 + 40*_t14*_t31
    _t33 = 60*_t1*_t31 + 30*_t14*_t22 + _t5*_t6*mu**4/(_t23*_t7 + _t24*_t7 + _t25*_t7 + _t26*_t7 + _t7)
    return -_t0 - 15*_t2 - _t3*_t5 + ((_t18*gaussym.kernels.special.gauss_tail_mp(4, _t9, 0) + 8*_t19*_t22*gaussym.kernels.special.gauss_tail_mp(5, _t9, 0) + _t29*gaussym.kernels.special.gauss_tail_mp(2, _t9, 0) + _t30*gaussym.kernels.special.gauss_tail_mp(0, _t9, 0) + _t32*gaussym.kernels.special.gauss_tail_mp(3, _t9, 0) + _t33*gaussym.kernels.special.gauss_tail_mp(1, _t9, 0)) if (_t8 < 0) else (2*_t0 + 30*_t1*mu - _t18*gaussym.kernels.special.gauss_tail_mp(4, _t8, 0) + 8*_t19*_t21*_t6*gaussym.kernels.special.gauss_tail_mp(5, _t8, 0) - _t29*gaussym.kernels.special.gauss_tail_mp(2, _t8, 0) + 20*_t3*_t4 - _t30*gaussym.kernels.special.gauss_tail_mp(0, _t8, 0) + _t32*gaussym.kernels.special.gauss_tail_mp(3, _t8, 0) + _t33*gaussym.kernels.special.gauss_tail_mp(1, _t8, 0)))


def _moment_mp_6(mu, sigma):
    _t0 = mu**6
    _t1 = sigma**6
    _t2 = sigma**4
    _t3 = mu**2
    _t4 = _t2*_t3
    _t5 = sigma**2
    _t6 = mu**4
    _t7 = _t5*_t6
    _t8 = mpmath.sqrt(2*_t5 + 1)
    _t9 = mpmath.sqrt(2)
    _t10 = _t9*mu
    _t11 = _t10/_t8
    _t12 = -_t11
    _t13 = sigma**12
    _t14 = 6*_t5
    _t15 = 12*_t2
    _t16 = 8*_t1
    _t17 = 1/(_t14 + _t15 + _t16 + 1)
    _t18 = 16*_t13*_t17
    _t19 = sigma**10
    _t20 = sigma**8
    _t21 = 8*_t5
    _t22 = 24*_t2
    _t23 = 32*_t1
    _t24 = 16*_t20
    _t25 = 1/(_t21 + _t22 + _t23 + _t24 + 1)
    _t26 = _t25*_t3
    _t27 = 120*_t17*_t19 + 120*_t20*_t26
    _t28 = 1/(_t14*_t8 + _t15*_t8 + _t16*_t8 + _t8)
    _t29 = _t10*_t28
    _t30 = 10*_t5
    _t31 = 40*_t2
    _t32 = 80*_t1
    _t33 = 80*_t20
    _t34 = 32*_t19
    _t35 = 1/(_t30 + _t31 + _t32 + _t33 + _t34 + 1)
    _t36 = 60*_t2
    _t37 = 360*_t1*_t26 + 180*_t17*_t20 + _t35*_t36*_t6
    _t38 = 12*_t5
    _t39 = 240*_t20
    _t40 = 2*_t0/(160*_t1 + 64*_t13 + 192*_t19 + _t36 + _t38 + _t39 + 1) + 30*_t1*_t17 + 90*_t25*_t4 + 30*_t35*_t7
    _t41 = _t9*mu**3/(_t21*_t8 + _t22*_t8 + _t23*_t8 + _t24*_t8 + _t8)
    _t42 = _t29*_t39 + _t32*_t41
    _t43 = 180*_t1*_t29 + 120*_t2*_t41 + _t38*_t9*mu**5/(_t30*_t8 + _t31*_t8 + _t32*_t8 + _t33*_t8 + _t34*_t8 + _t8)
    return -_t0 - 15*_t1 - 45*_t4 - 15*_t7 + ((_t18*gaussym.kernels.special.gauss_tail_mp(6, _t12, 0) + 48*_t19*_t29*gaussym.kernels.special.gauss_tail_mp(5, _t12, 0) + _t27*gaussym.kernels.special.gauss_tail_mp(4, _t12, 0) + _t37*gaussym.kernels.special.gauss_tail_mp(2, _t12, 0) + _t40*gaussym.kernels.special.gauss_tail_mp(0, _t12, 0) + _t42*gaussym.kernels.special.gauss_tail_mp(3, _t12, 0) + _t43*gaussym.kernels.special.gauss_tail_mp(1, _t12, 0)) if (_t11 < 0) else (2*_t0 + 30*_t1 - _t18*gaussym.kernels.special.gauss_tail_mp(6, _t11, 0) + 48*_t19*_t28*_t9*mu*gaussym.kernels.special.gauss_tail_mp(5, _t11, 0) + 90*_t2*_t3 - _t27*gaussym.kernels.special.gauss_tail_mp(4, _t11, 0) - _t37*gaussym.kernels.special.gauss_tail_mp(2, _t11, 0) - _t40*gaussym.kernels.special.gauss_tail_mp(0, _t11, 0) + _t42*gaussym.kernels.special.gauss_tail_mp(3, _t11, 0) + _t43*gaussym.kernels.special.gauss_tail_mp(1, _t11, 0) + 30*_t5*_t6))


def _moment_mp_7(mu, sigma):
    _t0 = mu**7
    _t1 = sigma**6
    _t2 = _t1*mu
    _t3 = sigma**4
    _t4 = mu**3
    _t5 = _t3*_t4
    _t6 = sigma**2
    _t7 = mu**5
    _t8 = _t6*_t7
    _t9 = mpmath.sqrt(2)
    _t10 = mpmath.sqrt(2*_t6 + 1)
    _t11 = _t9*mu/_t10
    _t12 = -_t11
    _t13 = sigma**12
    _t14 = 8*_t6
    _t15 = 24*_t3
    _t16 = 32*_t1
    _t17 = sigma**8
    _t18 = 16*_t17
    _t19 = 1/(_t14 + _t15 + _t16 + _t18 + 1)
    _t20 = _t19*mu
    _t21 = 112*_t13*_t20
    _t22 = sigma**14
    _t23 = 1/(8*_t1*_t10 + 12*_t10*_t3 + 6*_t10*_t6 + _t10)
    _t24 = _t23*_t9
    _t25 = sigma**10
    _t26 = 10*_t6
    _t27 = 40*_t3
    _t28 = 80*_t1
    _t29 = 80*_t17
    _t30 = 32*_t25
    _t31 = 1/(_t26 + _t27 + _t28 + _t29 + _t30 + 1)
    _t32 = _t31*_t4
    _t33 = 280*_t17*_t32 + 840*_t20*_t25
    _t34 = 12*_t6
    _t35 = 60*_t3
    _t36 = 160*_t1
    _t37 = 240*_t17
    _t38 = 192*_t25
    _t39 = 64*_t13
    _t40 = 1/(_t34 + _t35 + _t36 + _t37 + _t38 + _t39 + 1)
    _t41 = 84*_t3
    _t42 = 840*_t1*_t32 + 1260*_t17*_t20 + _t40*_t41*_t7
    _t43 = _t9*mu**2/(_t10*_t14 + _t10*_t15 + _t10*_t16 + _t10*_t18 + _t10)
    _t44 = 168*_t13*_t24 + 168*_t25*_t43
    _t45 = 14*_t6
    _t46 = 2*_t0/(280*_t1 + 448*_t13 + 560*_t17 + 128*_t22 + 672*_t25 + _t41 + _t45 + 1) + 210*_t19*_t2 + 210*_t31*_t5 + 42*_t40*_t8
    _t47 = _t9*mu**4/(_t10*_t26 + _t10*_t27 + _t10*_t28 + _t10*_t29 + _t10*_t30 + _t10)
    _t48 = 140*_t1*_t47 + 840*_t17*_t43 + 420*_t24*_t25
    _t49 = 630*_t1*_t43 + 210*_t17*_t24 + 210*_t3*_t47 + _t45*_t9*mu**6/(_t10*_t34 + _t10*_t35 + _t10*_t36 + _t10*_t37 + _t10*_t38 + _t10*_t39 + _t10)
    return -_t0 - 105*_t2 - 105*_t5 - 21*_t8 + ((_t21*gaussym.kernels.special.gauss_tail_mp(6, _t12, 0) + 16*_t22*_t24*gaussym.kernels.special.gauss_tail_mp(7, _t12, 0) + _t33*gaussym.kernels.special.gauss_tail_mp(4, _t12, 0) + _t42*gaussym.kernels.special.gauss_tail_mp(2, _t12, 0) + _t44*gaussym.kernels.special.gauss_tail_mp(5, _t12, 0) + _t46*gaussym.kernels.special.gauss_tail_mp(0, _t12, 0) + _t48*gaussym.kernels.special.gauss_tail_mp(3, _t12, 0) + _t49*gaussym.kernels.special.gauss_tail_mp(1, _t12, 0)) if (_t11 < 0) else (2*_t0 + 210*_t1*mu - _t21*gaussym.kernels.special.gauss_tail_mp(6, _t11, 0) + 16*_t22*_t23*_t9*gaussym.kernels.special.gauss_tail_mp(7, _t11, 0) + 210*_t3*_t4 - _t33*gaussym.kernels.special.gauss_tail_mp(4, _t11, 0) - _t42*gaussym.kernels.special.gauss_tail_mp(2, _t11, 0) + _t44*gaussym.kernels.special.gauss_tail_mp(5, _t11, 0) - _t46*gaussym.kernels.special.gauss_tail_mp(0, _t11, 0) + _t48*gaussym.kernels.special.gauss_tail_mp(3, _t11, 0) + _t49*gaussym.kernels.special.gauss_tail_mp(1, _t11, 0) + 42*_t6*_t7))


def _moment_mp_8(mu, sigma):
    _t0 = mu**8
    _t1 = sigma**8
    _t2 = sigma**6
    _t3 = mu**2
    _t4 = _t2*_t3
    _t5 = sigma**4
    _t6 = mu**4
    _t7 = _t5*_t6
    _t8 = sigma**2
    _t9 = mu**6
    _t10 = _t8*_t9
    _t11 = mpmath.sqrt(2*_t8 + 1)
    _t12 = mpmath.sqrt(2)
    _t13 = _t12*mu
    _t14 = _t13/_t11
    _t15 = -_t14
    _t16 = sigma**16
    _t17 = 8*_t8
    _t18 = 24*_t5
    _t19 = 32*_t2
    _t20 = 16*_t1
    _t21 = 1/(_t17 + _t18 + _t19 + _t20 + 1)
    _t22 = 32*_t16*_t21
    _t23 = sigma**14
    _t24 = sigma**12
    _t25 = 448*_t24
    _t26 = 10*_t8
    _t27 = 40*_t5
    _t28 = 80*_t2
    _t29 = 80*_t1
    _t30 = sigma**10
    _t31 = 32*_t30
    _t32 = 1/(_t26 + _t27 + _t28 + _t29 + _t31 + 1)
    _t33 = _t3*_t32
    _t34 = 448*_t21*_t23 + _t25*_t33
    _t35 = 128*_t23
    _t36 = 1/(_t11*_t17 + _t11*_t18 + _t11*_t19 + _t11*_t20 + _t11)
    _t37 = _t13*_t36
    _t38 = 1680*_t21
    _t39 = 3360*_t30
    _t40 = 560*_t1
    _t41 = 12*_t8
    _t42 = 60*_t5
    _t43 = 160*_t2
    _t44 = 240*_t1
    _t45 = 192*_t30
    _t46 = 64*_t24
    _t47 = 1/(_t41 + _t42 + _t43 + _t44 + _t45 + _t46 + 1)
    _t48 = _t47*_t6
    _t49 = _t24*_t38 + _t33*_t39 + _t40*_t48
    _t50 = 1680*_t2
    _t51 = 14*_t8
    _t52 = 84*_t5
    _t53 = 280*_t2
    _t54 = 672*_t30
    _t55 = 1/(_t25 + _t35 + _t40 + _t51 + _t52 + _t53 + _t54 + 1)
    _t56 = 112*_t5
    _t57 = 5040*_t1*_t33 + _t30*_t38 + _t48*_t50 + _t55*_t56*_t9
    _t58 = _t12*mu**3/(_t11*_t26 + _t11*_t27 + _t11*_t28 + _t11*_t29 + _t11*_t31 + _t11)
    _t59 = 1344*_t24*_t37 + 448*_t30*_t58
    _t60 = 16*_t8
    _t61 = 2*_t0/(1120*_t1 + 256*_t16 + 448*_t2 + 1024*_t23 + 1792*_t24 + 1792*_t30 + _t56 + _t60 + 1) + 210*_t1*_t21 + 56*_t10*_t55 + 840*_t32*_t4 + 420*_t47*_t7
    _t62 = _t12*mu**5/(_t11*_t41 + _t11*_t42 + _t11*_t43 + _t11*_t44 + _t11*_t45 + _t11*_t46 + _t11)
    _t63 = 2240*_t1*_t58 + 224*_t2*_t62 + _t37*_t39
    _t64 = 1680*_t1*_t37 + _t12*_t60*mu**7/(_t11*_t25 + _t11*_t35 + _t11*_t40 + _t11*_t51 + _t11*_t52 + _t11*_t53 + _t11*_t54 + _t11) + 336*_t5*_t62 + _t50*_t58
    return -_t0 - 105*_t1 - 28*_t10 - 420*_t4 - 210*_t7 + ((_t22*gaussym.kernels.special.gauss_tail_mp(8, _t15, 0) + _t34*gaussym.kernels.special.gauss_tail_mp(6, _t15, 0) + _t35*_t37*gaussym.kernels.special.gauss_tail_mp(7, _t15, 0) + _t49*gaussym.kernels.special.gauss_tail_mp(4, _t15, 0) + _t57*gaussym.kernels.special.gauss_tail_mp(2, _t15, 0) + _t59*gaussym.kernels.special.gauss_tail_mp(5, _t15, 0) + _t61*gaussym.kernels.special.gauss_tail_mp(0, _t15, 0) + _t63*gaussym.kernels.special.gauss_tail_mp(3, _t15, 0) + _t64*gaussym.kernels.special.gauss_tail_mp(1, _t15, 0)) if (_t14 < 0) else (2*_t0 + 210*_t1 + 128*_t12*_t23*_t36*mu*gaussym.kernels.special.gauss_tail_mp(7, _t14, 0) + 840*_t2*_t3 - _t22*gaussym.kernels.special.gauss_tail_mp(8, _t14, 0) - _t34*gaussym.kernels.special.gauss_tail_mp(6, _t14, 0) - _t49*gaussym.kernels.special.gauss_tail_mp(4, _t14, 0) + 420*_t5*_t6 - _t57*gaussym.kernels.special.gauss_tail_mp(2, _t14, 0) + _t59*gaussym.kernels.special.gauss_tail_mp(5, _t14, 0) - _t61*gaussym.kernels.special.gauss_tail_mp(0, _t14, 0) + _t63*gaussym.kernels.special.gauss_tail_mp(3, _t14, 0) + _t64*gaussym.kernels.special.gauss_tail_mp(1, _t14, 0) + 56*_t8*_t9))


def _moment_mp_9(mu, sigma):
    _t0 = mu**9
    _t1 = sigma**8
    _t2 = _t1*mu
    _t3 = sigma**6
    _t4 = mu**3
    _t5 = _t3*_t4
    _t6 = sigma**4
    _t7 = mu**5
    _t8 = _t6*_t7
    _t9 = sigma**2
    _t10 = mu**7
    _t11 = _t10*_t9
    _t12 = mpmath.sqrt(2)
    _t13 = mpmath.sqrt(2*_t9 + 1)
    _t14 = _t12*mu/_t13
    _t15 = -_t14
    _t16 = sigma**16
    _t17 = 10*_t9
    _t18 = 40*_t6
    _t19 = 80*_t3
    _t20 = 80*_t1
    _t21 = sigma**10
    _t22 = 32*_t21
    _t23 = 1/(_t17 + _t18 + _t19 + _t20 + _t22 + 1)
    _t24 = _t23*mu
    _t25 = 288*_t16*_t24
    _t26 = sigma**18
    _t27 = 1/(16*_t1*_t13 + 32*_t13*_t3 + 24*_t13*_t6 + 8*_t13*_t9 + _t13)
    _t28 = _t12*_t27
    _t29 = sigma**14
    _t30 = sigma**12
    _t31 = 12*_t9
    _t32 = 60*_t6
    _t33 = 160*_t3
    _t34 = 240*_t1
    _t35 = 192*_t21
    _t36 = 64*_t30
    _t37 = 1/(_t31 + _t32 + _t33 + _t34 + _t35 + _t36 + 1)
    _t38 = _t37*_t4
    _t39 = 4032*_t24*_t29 + 1344*_t30*_t38
    _t40 = 15120*_t24
    _t41 = 14*_t9
    _t42 = 84*_t6
    _t43 = 280*_t3
    _t44 = 560*_t1
    _t45 = 672*_t21
    _t46 = 448*_t30
    _t47 = 128*_t29
    _t48 = 1/(_t41 + _t42 + _t43 + _t44 + _t45 + _t46 + _t47 + 1)
    _t49 = _t48*_t7
    _t50 = 1008*_t1*_t49 + 10080*_t21*_t38 + _t30*_t40
    _t51 = _t12*mu**2/(_t13*_t17 + _t13*_t18 + _t13*_t19 + _t13*_t20 + _t13*_t22 + _t13)
    _t52 = 576*_t16*_t28 + 576*_t29*_t51
    _t53 = 16*_t9
    _t54 = 112*_t6
    _t55 = 448*_t3
    _t56 = 1120*_t1
    _t57 = 1792*_t21
    _t58 = 1792*_t30
    _t59 = 1024*_t29
    _t60 = 256*_t16
    _t61 = 1/(_t53 + _t54 + _t55 + _t56 + _t57 + _t58 + _t59 + _t60 + 1)
    _t62 = 144*_t6
    _t63 = 15120*_t1*_t38 + _t10*_t61*_t62 + _t21*_t40 + 3024*_t3*_t49
    _t64 = 18*_t9
    _t65 = 2*_t0/(2016*_t1 + 2304*_t16 + 4032*_t21 + 512*_t26 + 4608*_t29 + 672*_t3 + 5376*_t30 + _t62 + _t64 + 1) + 72*_t11*_t61 + 1890*_t2*_t23 + 2520*_t37*_t5 + 756*_t48*_t8
    _t66 = _t12*mu**4/(_t13*_t31 + _t13*_t32 + _t13*_t33 + _t13*_t34 + _t13*_t35 + _t13*_t36 + _t13)
    _t67 = 1008*_t21*_t66 + 3024*_t28*_t29 + 6048*_t30*_t51
    _t68 = _t12*mu**6/(_t13*_t41 + _t13*_t42 + _t13*_t43 + _t13*_t44 + _t13*_t45 + _t13*_t46 + _t13*_t47 + _t13)
    _t69 = 5040*_t1*_t66 + 15120*_t21*_t51 + 5040*_t28*_t30 + 336*_t3*_t68
    _t70 = 7560*_t1*_t51 + _t12*_t64*mu**8/(_t13*_t53 + _t13*_t54 + _t13*_t55 + _t13*_t56 + _t13*_t57 + _t13*_t58 + _t13*_t59 + _t13*_t60 + _t13) + 1890*_t21*_t28 + 3780*_t3*_t66 + 504*_t6*_t68
    return -_t0 - 36*_t11 - 945*_t2 - 1260*_t5 - 378*_t8 + ((_t25*gaussym.kernels.special.gauss_tail_mp(8, _t15, 0) + 32*_t26*_t28*gaussym.kernels.special.gauss_tail_mp(9, _t15, 0) + _t39*gaussym.kernels.special.gauss_tail_mp(6, _t15, 0) + _t50*gaussym.kernels.special.gauss_tail_mp(4, _t15, 0) + _t52*gaussym.kernels.special.gauss_tail_mp(7, _t15, 0) + _t63*gaussym.kernels.special.gauss_tail_mp(2, _t15, 0) + _t65*gaussym.kernels.special.gauss_tail_mp(0, _t15, 0) + _t67*gaussym.kernels.special.gauss_tail_mp(5, _t15, 0) + _t69*gaussym.kernels.special.gauss_tail_mp(3, _t15, 0) + _t70*gaussym.kernels.special.gauss_tail_mp(1, _t15, 0)) if (_t14 < 0) else (2*_t0 + 1890*_t1*mu + 72*_t10*_t9 + 32*_t12*_t26*_t27*gaussym.kernels.special.gauss_tail_mp(9, _t14, 0) - _t25*gaussym.kernels.special.gauss_tail_mp(8, _t14, 0) + 2520*_t3*_t4 - _t39*gaussym.kernels.special.gauss_tail_mp(6, _t14, 0) - _t50*gaussym.kernels.special.gauss_tail_mp(4, _t14, 0) + _t52*gaussym.kernels.special.gauss_tail_mp(7, _t14, 0) + 756*_t6*_t7 - _t63*gaussym.kernels.special.gauss_tail_mp(2, _t14, 0) - _t65*gaussym.kernels.special.gauss_tail_mp(0, _t14, 0) + _t67*gaussym.kernels.special.gauss_tail_mp(5, _t14, 0) + _t69*gaussym.kernels.special.gauss_tail_mp(3, _t14, 0) + _t70*gaussym.kernels.special.gauss_tail_mp(1, _t14, 0)))


def _moment_mp_10(mu, sigma):
    _t0 = mu**10
    _t1 = sigma**10
    _t2 = sigma**8
    _t3 = mu**2
    _t4 = _t2*_t3
    _t5 = sigma**6
    _t6 = mu**4
    _t7 = _t5*_t6
    _t8 = sigma**4
    _t9 = mu**6
    _t10 = _t8*_t9
    _t11 = sigma**2
    _t12 = mu**8
    _t13 = _t11*_t12
    _t14 = mpmath.sqrt(2*_t11 + 1)
    _t15 = mpmath.sqrt(2)
    _t16 = _t15*mu
    _t17 = _t16/_t14
    _t18 = -_t17
    _t19 = sigma**20
    _t20 = 10*_t11
    _t21 = 40*_t8
    _t22 = 80*_t5
    _t23 = 80*_t2
    _t24 = 32*_t1
    _t25 = 1/(_t20 + _t21 + _t22 + _t23 + _t24 + 1)
    _t26 = 64*_t19*_t25
    _t27 = sigma**18
    _t28 = sigma**16
    _t29 = 12*_t11
    _t30 = 60*_t8
    _t31 = 160*_t5
    _t32 = 240*_t2
    _t33 = 192*_t1
    _t34 = sigma**12
    _t35 = 64*_t34
    _t36 = 1/(_t29 + _t30 + _t31 + _t32 + _t33 + _t35 + 1)
    _t37 = _t3*_t36
    _t38 = 1440*_t25*_t27 + 1440*_t28*_t37
    _t39 = 1/(_t14*_t20 + _t14*_t21 + _t14*_t22 + _t14*_t23 + _t14*_t24 + _t14)
    _t40 = _t16*_t39
    _t41 = sigma**14
    _t42 = 14*_t11
    _t43 = 84*_t8
    _t44 = 280*_t5
    _t45 = 560*_t2
    _t46 = 672*_t1
    _t47 = 448*_t34
    _t48 = 128*_t41
    _t49 = 1/(_t42 + _t43 + _t44 + _t45 + _t46 + _t47 + _t48 + 1)
    _t50 = _t49*_t6
    _t51 = 10080*_t25*_t28 + 3360*_t34*_t50 + 20160*_t37*_t41
    _t52 = 75600*_t37
    _t53 = 16*_t11
    _t54 = 112*_t8
    _t55 = 448*_t5
    _t56 = 1120*_t2
    _t57 = 1792*_t1
    _t58 = 1792*_t34
    _t59 = 1024*_t41
    _t60 = 256*_t28
    _t61 = 1/(_t53 + _t54 + _t55 + _t56 + _t57 + _t58 + _t59 + _t60 + 1)
    _t62 = _t61*_t9
    _t63 = 25200*_t1*_t50 + 1680*_t2*_t62 + 25200*_t25*_t41 + _t34*_t52
    _t64 = _t15*mu**3/(_t14*_t29 + _t14*_t30 + _t14*_t31 + _t14*_t32 + _t14*_t33 + _t14*_t35 + _t14)
    _t65 = 5760*_t28*_t40 + 1920*_t41*_t64
    _t66 = 18*_t11
    _t67 = 144*_t8
    _t68 = 672*_t5
    _t69 = 2016*_t2
    _t70 = 4032*_t1
    _t71 = 5376*_t34
    _t72 = 4608*_t41
    _t73 = 2304*_t28
    _t74 = 512*_t27
    _t75 = 1/(_t66 + _t67 + _t68 + _t69 + _t70 + _t71 + _t72 + _t73 + _t74 + 1)
    _t76 = 180*_t8
    _t77 = _t1*_t52 + _t12*_t75*_t76 + 37800*_t2*_t50 + 18900*_t25*_t34 + 5040*_t5*_t62
    _t78 = 20*_t11
    _t79 = 2*_t0/(8064*_t1 + 1024*_t19 + 3360*_t2 + 5120*_t27 + 11520*_t28 + 13440*_t34 + 15360*_t41 + 960*_t5 + _t76 + _t78 + 1) + 1890*_t1*_t25 + 1260*_t10*_t61 + 90*_t13*_t75 + 9450*_t36*_t4 + 6300*_t49*_t7
    _t80 = _t15*mu**5/(_t14*_t42 + _t14*_t43 + _t14*_t44 + _t14*_t45 + _t14*_t46 + _t14*_t47 + _t14*_t48 + _t14)
    _t81 = 2016*_t1*_t80 + 20160*_t34*_t64 + 30240*_t40*_t41
    _t82 = _t15*mu**7/(_t14*_t53 + _t14*_t54 + _t14*_t55 + _t14*_t56 + _t14*_t57 + _t14*_t58 + _t14*_t59 + _t14*_t60 + _t14)
    _t83 = 50400*_t1*_t64 + 10080*_t2*_t80 + 50400*_t34*_t40 + 480*_t5*_t82
    _t84 = 18900*_t1*_t40 + _t15*_t78*mu**9/(_t14*_t66 + _t14*_t67 + _t14*_t68 + _t14*_t69 + _t14*_t70 + _t14*_t71 + _t14*_t72 + _t14*_t73 + _t14*_t74 + _t14) + 25200*_t2*_t64 + 7560*_t5*_t80 + 720*_t8*_t82
    return -_t0 - 945*_t1 - 630*_t10 - 45*_t13 - 4725*_t4 - 3150*_t7 + ((_t26*gaussym.kernels.special.gauss_tail_mp(10, _t18, 0) + 320*_t27*_t40*gaussym.kernels.special.gauss_tail_mp(9, _t18, 0) + _t38*gaussym.kernels.special.gauss_tail_mp(8, _t18, 0) + _t51*gaussym.kernels.special.gauss_tail_mp(6, _t18, 0) + _t63*gaussym.kernels.special.gauss_tail_mp(4, _t18, 0) + _t65*gaussym.kernels.special.gauss_tail_mp(7, _t18, 0) + _t77*gaussym.kernels.special.gauss_tail_mp(2, _t18, 0) + _t79*gaussym.kernels.special.gauss_tail_mp(0, _t18, 0) + _t81*gaussym.kernels.special.gauss_tail_mp(5, _t18, 0) + _t83*gaussym.kernels.special.gauss_tail_mp(3, _t18, 0) + _t84*gaussym.kernels.special.gauss_tail_mp(1, _t18, 0)) if (_t17 < 0) else (2*_t0 + 1890*_t1 + 90*_t11*_t12 + 320*_t15*_t27*_t39*mu*gaussym.kernels.special.gauss_tail_mp(9, _t17, 0) + 9450*_t2*_t3 - _t26*gaussym.kernels.special.gauss_tail_mp(10, _t17, 0) - _t38*gaussym.kernels.special.gauss_tail_mp(8, _t17, 0) + 6300*_t5*_t6 - _t51*gaussym.kernels.special.gauss_tail_mp(6, _t17, 0) - _t63*gaussym.kernels.special.gauss_tail_mp(4, _t17, 0) + _t65*gaussym.kernels.special.gauss_tail_mp(7, _t17, 0) - _t77*gaussym.kernels.special.gauss_tail_mp(2, _t17, 0) - _t79*gaussym.kernels.special.gauss_tail_mp(0, _t17, 0) + 1260*_t8*_t9 + _t81*gaussym.kernels.special.gauss_tail_mp(5, _t17, 0) + _t83*gaussym.kernels.special.gauss_tail_mp(3, _t17, 0) + _t84*gaussym.kernels.special.gauss_tail_mp(1, _t17, 0)))


def _derivative_mp_0(mu, sigma):
    _t0 = mpmath.sqrt(2)*mu/mpmath.sqrt(2*sigma**2 + 1)
    return ((2*gaussym.kernels.special.gauss_tail_mp(0, -_t0, 0)) if (_t0 < 0) else (2 - 2*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0))) - 1


def _derivative_mp_1(mu, sigma):
    _t0 = mpmath.sqrt(2)/mpmath.sqrt(2*sigma**2 + 1)
    _t1 = _t0*mu
    _t2 = 2*_t0
    return ((_t2*mpmath.npdf(-_t1)) if (_t1 < 0) else (_t2*mpmath.npdf(_t1)))


def _derivative_mp_2(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = mpmath.sqrt(2)*mu
    _t2 = _t1/mpmath.sqrt(_t0)
    _t3 = 4*_t1/_t0**(mpmath.mpf(3)/mpmath.mpf(2))
    return ((-_t3*mpmath.npdf(-_t2)) if (_t2 < 0) else (-_t3*mpmath.npdf(_t2)))


def _derivative_mp_3(mu, sigma):
    _t0 = mpmath.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = _t0*mu/mpmath.sqrt(_t1)
    _t3 = 4*_t0*(-1 + 2*mu**2/_t1)/_t1**(mpmath.mpf(3)/mpmath.mpf(2))
    return ((_t3*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t3*mpmath.npdf(_t2)))


def _derivative_mp_4(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = mpmath.sqrt(2)*mu
    _t2 = _t1/mpmath.sqrt(_t0)
    _t3 = 8*_t1*(3 - 2*mu**2/_t0)/_t0**(mpmath.mpf(5)/mpmath.mpf(2))
    return ((_t3*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t3*mpmath.npdf(_t2)))


def _derivative_mp_5(mu, sigma):
    _t0 = mpmath.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = _t0*mu/mpmath.sqrt(_t1)
    _t3 = 8*_t0*(3 - 12*mu**2/_t1 + 4*mu**4/_t1**2)/_t1**(mpmath.mpf(5)/mpmath.mpf(2))
    return ((_t3*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t3*mpmath.npdf(_t2)))


def _derivative_mp_6(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = mpmath.sqrt(2)*mu
    _t2 = _t1/mpmath.sqrt(_t0)
    _t3 = 16*_t1*(-15 + 20*mu**2/_t0 - 4*mu**4/_t0**2)/_t0**(mpmath.mpf(7)/mpmath.mpf(2))
    return ((_t3*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t3*mpmath.npdf(_t2)))


def _derivative_mp_7(mu, sigma):
    _t0 = mpmath.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = _t0*mu/mpmath.sqrt(_t1)
    _t3 = 16*_t0*(-15 + 90*mu**2/_t1 - 60*mu**4/_t1**2 + 8*mu**6/_t1**3)/_t1**(mpmath.mpf(7)/mpmath.mpf(2))
    return ((_t3*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t3*mpmath.npdf(_t2)))


def _derivative_mp_8(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = mpmath.sqrt(2)*mu
    _t2 = _t1/mpmath.sqrt(_t0)
    _t3 = 32*_t1*(105 - 210*mu**2/_t0 + 84*mu**4/_t0**2 - 8*mu**6/_t0**3)/_t0**(mpmath.mpf(9)/mpmath.mpf(2))
    return ((_t3*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t3*mpmath.npdf(_t2)))


def _derivative_mp_9(mu, sigma):
    _t0 = mpmath.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = _t0*mu/mpmath.sqrt(_t1)
    _t3 = 32*_t0*(105 - 840*mu**2/_t1 + 840*mu**4/_t1**2 - 224*mu**6/_t1**3 + 16*mu**8/_t1**4)/_t1**(mpmath.mpf(9)/mpmath.mpf(2))
    return ((_t3*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t3*mpmath.npdf(_t2)))


def _derivative_mp_10(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = mpmath.sqrt(2)*mu
    _t2 = _t1/mpmath.sqrt(_t0)
    _t3 = 64*_t1*(-945 + 2520*mu**2/_t0 - 1512*mu**4/_t0**2 + 288*mu**6/_t0**3 - 16*mu**8/_t0**4)/_t0**(mpmath.mpf(11)/mpmath.mpf(2))
    return ((_t3*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t3*mpmath.npdf(_t2)))


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
