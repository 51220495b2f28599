"""Generated kernels for the activation 'gelu' -- DO NOT EDIT.

    act(x) = x*Phi(x)
    moments E[x^n act(x)], x ~ N(mu, sigma^2), for n <= MAX_N = 10; expected derivatives
    E[act^(m)(x)] = d^m/dmu^m E[act(x)] for m <= MAX_N; numpy (vectorised) and mpmath kernels.

Written by gaussym.kernels.codegen. Regenerate: python derivations/regenerate_kernels.py (built-ins) or
    gaussym codegen 'x*Phi(x)' --name gelu --max-n 10 -o FILE

Decomposition:
    piece x in (-inf, inf): x*(erf(sqrt(2)*x/2)/2 + 1/2)
      closed form: x*(erf(sqrt(2)*x/2)/2 + 1/2)

Blocks: D(k, c, L) = e^L int_c^inf (z-c)^k phi(z) dz (gauss_tail); PhiBlend(P, Q, q) = P Phi(q) + Q phi(q).
Closed-form part of E[x^n act(x)]:
    n = 0: PhiBlend(mu, sigma**2/sqrt(sigma**2 + 1), mu/sqrt(sigma**2 + 1))
    n = 1: PhiBlend(mu**2 + sigma**2, mu*sigma**2*(-sigma**2/(sigma**2 + 1) + 2)/sqrt(sigma**2 + 1), mu/sqrt(sigma**2 + 1))
    n = 2: PhiBlend(mu*(mu**2 + 3*sigma**2), sigma**2*(mu**2*sigma**4/(sigma**4 + 2*sigma**2 + 1) - 3*mu**2*sigma**2/(sigma**2 + 1) + 3*mu**2 + 2*sigma**2 + sigma**2/(sigma**2 + 1))/sqrt(sigma**2 + 1), mu/sqrt(sigma**2 + 1))
Closed-form part of E[act'(x)]:
    PhiBlend(1, mu*(-sigma**2/(sigma**2 + 1) + 1)/sqrt(sigma**2 + 1), mu/sqrt(sigma**2 + 1))
"""
# ruff: noqa
import gaussym.kernels.generated._runtime
import mpmath
import numpy
import scipy.constants
import scipy.special

NAME = 'gelu'
EXPRESSION = 'x*Phi(x)'
PARAMS = {}
MAX_N = 10
NUMERIC = False
WINDOW = ()
REMAINDER_BREAKPOINTS = ()
_runtime = gaussym.kernels.generated._runtime


def _activation(x):
    return x*((1/2)*scipy.special.erf((1/2)*numpy.sqrt(2)*x) + 1/2)


def _act_derivative_0(x):
    return x*((1/2)*scipy.special.erf((1/2)*numpy.sqrt(2)*x) + 1/2)


def _act_derivative_1(x):
    _t0 = (1/2)*numpy.sqrt(2)*x
    return _t0*numpy.exp(-1/2*x**2)/numpy.sqrt(scipy.constants.pi) + (1/2)*scipy.special.erf(_t0) + 1/2


def _act_derivative_2(x):
    _t0 = (1/2)*x**2
    return numpy.sqrt(2)*(1 - _t0)*numpy.exp(-_t0)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_3(x):
    _t0 = x**2
    return (1/2)*numpy.sqrt(2)*x*(_t0 - 4)*numpy.exp(-1/2*_t0)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_4(x):
    _t0 = x**2
    _t1 = (1/2)*_t0
    return numpy.sqrt(2)*(2*_t0 - _t1*(_t0 - 3) - 2)*numpy.exp(-_t1)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_5(x):
    _t0 = x**2
    return numpy.sqrt(2)*x*(-11/2*_t0 + (1/2)*x**4 + 9)*numpy.exp(-1/2*_t0)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_6(x):
    _t0 = x**2
    _t1 = (1/2)*_t0
    _t2 = x**4
    return numpy.sqrt(2)*(-18*_t0 - _t1*(-10*_t0 + _t2 + 15) + 3*_t2 + 9)*numpy.exp(-_t1)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_7(x):
    _t0 = x**2
    return numpy.sqrt(2)*x*((115/2)*_t0 + (1/2)*x**6 - 11*x**4 - 60)*numpy.exp(-1/2*_t0)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_8(x):
    _t0 = x**2
    _t1 = (1/2)*_t0
    _t2 = x**4
    _t3 = x**6
    return numpy.sqrt(2)*(180*_t0 - _t1*(105*_t0 - 21*_t2 + _t3 - 105) - 60*_t2 + 4*_t3 - 60)*numpy.exp(-_t1)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_9(x):
    _t0 = x**2
    return numpy.sqrt(2)*x*(-1365/2*_t0 + (1/2)*x**8 - 37/2*x**6 + (399/2)*x**4 + 525)*numpy.exp(-1/2*_t0)/numpy.sqrt(scipy.constants.pi)


def _act_derivative_10(x):
    _t0 = x**2
    _t1 = (1/2)*_t0
    _t2 = x**4
    _t3 = x**6
    _t4 = x**8
    return numpy.sqrt(2)*(-2100*_t0 - _t1*(-1260*_t0 + 378*_t2 - 36*_t3 + _t4 + 945) + 1050*_t2 - 140*_t3 + 5*_t4 + 525)*numpy.exp(-_t1)/numpy.sqrt(scipy.constants.pi)


def _moment_0(mu, sigma):
    _t0 = sigma**2
    _t1 = 1/numpy.sqrt(_t0 + 1)
    return gaussym.kernels.generated._runtime.phi_blend(mu, _t0*_t1, _t1*mu)


def _moment_1(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/numpy.sqrt(_t1)
    return gaussym.kernels.generated._runtime.phi_blend(_t0 + mu**2, _t0*_t2*(-_t0/_t1 + 2), _t2)


def _moment_2(mu, sigma):
    _t0 = mu**2
    _t1 = sigma**2
    _t2 = 3*_t1
    _t3 = _t1 + 1
    _t4 = 1/numpy.sqrt(_t3)
    _t5 = 2*_t1
    _t6 = _t3**(-1.0)
    _t7 = sigma**4
    return gaussym.kernels.generated._runtime.phi_blend(mu*(_t0 + _t2), _t1*_t4*(-_t0*_t2*_t6 + _t0*_t7/(_t5 + _t7 + 1) + 3*_t0 + _t1*_t6 + _t5), _t4*mu)


def _moment_3(mu, sigma):
    _t0 = sigma**4
    _t1 = 3*_t0
    _t2 = mu**2
    _t3 = sigma**2
    _t4 = 6*_t2*_t3
    _t5 = _t3 + 1
    _t6 = _t5**(-1.0)
    _t7 = (_t0 + 2*_t3 + 1)**(-1.0)
    _t8 = sigma**6
    _t9 = mu/numpy.sqrt(_t5)
    return gaussym.kernels.generated._runtime.phi_blend(_t1 + _t4 + mu**4, _t3*_t9*(4*_t0*_t2*_t7 - _t1*_t6 - _t1*_t7 - _t2*_t8/(_t1 + 3*_t3 + _t8 + 1) + 4*_t2 + 4*_t3*_t6 + 8*_t3 - _t4*_t6), _t9)


def _moment_4(mu, sigma):
    _t0 = mu**4
    _t1 = sigma**4
    _t2 = 15*_t1
    _t3 = sigma**2
    _t4 = mu**2
    _t5 = _t3*_t4
    _t6 = 10*_t5
    _t7 = _t3 + 1
    _t8 = 1/numpy.sqrt(_t7)
    _t9 = 5*_t0
    _t10 = _t7**(-1.0)
    _t11 = _t2*_t4
    _t12 = 10*_t0
    _t13 = (_t1 + 2*_t3 + 1)**(-1.0)
    _t14 = 3*_t1
    _t15 = sigma**6
    _t16 = 4*_t15
    _t17 = _t15/(_t14 + _t15 + 3*_t3 + 1)
    _t18 = sigma**8
    return gaussym.kernels.generated._runtime.phi_blend(mu*(_t0 + _t2 + _t6), _t3*_t8*(_t0*_t18/(6*_t1 + _t16 + _t18 + 4*_t3 + 1) + 4*_t1*_t10 + _t1*_t12*_t13 + 8*_t1 - _t10*_t11 - _t10*_t12*_t3 + _t10*_t6 - _t11*_t13 + _t13*_t14 + _t13*_t16*_t4 + 6*_t17*_t4 - _t17*_t9 + 20*_t5 + _t9), _t8*mu)


def _moment_5(mu, sigma):
    _t0 = sigma**6
    _t1 = 15*_t0
    _t2 = mu**2
    _t3 = sigma**4
    _t4 = 45*_t2*_t3
    _t5 = mu**4
    _t6 = sigma**2
    _t7 = 15*_t5*_t6
    _t8 = _t6 + 1
    _t9 = _t8**(-1.0)
    _t10 = (_t3 + 2*_t6 + 1)**(-1.0)
    _t11 = (_t0 + 3*_t3 + 3*_t6 + 1)**(-1.0)
    _t12 = _t1*_t11
    _t13 = sigma**8
    _t14 = 5*_t13
    _t15 = (4*_t0 + _t13 + 6*_t3 + 4*_t6 + 1)**(-1.0)
    _t16 = sigma**10
    _t17 = mu/numpy.sqrt(_t8)
    return gaussym.kernels.generated._runtime.phi_blend(_t1 + _t4 + _t7 + mu**6, _t17*_t6*(24*_t0*_t10*_t2 + 36*_t0*_t11*_t2 - _t1*_t10 - _t1*_t9 + 20*_t10*_t3*_t5 + 18*_t10*_t3 - _t10*_t4 - _t11*_t14*_t2 - _t12*_t5 - _t12 - 10*_t13*_t15*_t2 + 6*_t13*_t15*_t5 - _t16*_t5/(10*_t0 + _t14 + _t16 + 10*_t3 + 5*_t6 + 1) + 20*_t2*_t6*_t9 + 40*_t2*_t6 + 24*_t3*_t9 + 48*_t3 - _t4*_t9 + 6*_t5 - _t7*_t9), _t17)


def _moment_6(mu, sigma):
    _t0 = mu**6
    _t1 = sigma**6
    _t2 = 105*_t1
    _t3 = sigma**4
    _t4 = mu**2
    _t5 = _t3*_t4
    _t6 = sigma**2
    _t7 = mu**4
    _t8 = _t6*_t7
    _t9 = _t6 + 1
    _t10 = 1/numpy.sqrt(_t9)
    _t11 = 7*_t0
    _t12 = _t9**(-1.0)
    _t13 = _t2*_t4
    _t14 = 105*_t3*_t7
    _t15 = 21*_t0
    _t16 = (_t3 + 2*_t6 + 1)**(-1.0)
    _t17 = _t1*_t16
    _t18 = sigma**8
    _t19 = _t18*_t4
    _t20 = 35*_t0
    _t21 = (_t1 + 3*_t3 + 3*_t6 + 1)**(-1.0)
    _t22 = _t1*_t21
    _t23 = _t18*_t7
    _t24 = (4*_t1 + _t18 + 6*_t3 + 4*_t6 + 1)**(-1.0)
    _t25 = _t18*_t24
    _t26 = sigma**10
    _t27 = 6*_t26
    _t28 = _t26/(10*_t1 + 5*_t18 + _t26 + 10*_t3 + 5*_t6 + 1)
    _t29 = sigma**12
    return gaussym.kernels.generated._runtime.phi_blend(mu*(_t0 + _t2 + 105*_t5 + 21*_t8), _t10*_t6*(_t0*_t29/(20*_t1 + 15*_t18 + _t27 + _t29 + 15*_t3 + 6*_t6 + 1) + 24*_t1*_t12 + 48*_t1 - _t11*_t28 + _t11 - _t12*_t13 - _t12*_t14 - _t12*_t15*_t6 + 84*_t12*_t5 + 35*_t12*_t8 - _t13*_t16 - _t13*_t21 - _t14*_t16 + _t15*_t25 + 24*_t16*_t19 + _t16*_t20*_t3 + 63*_t16*_t5 + 84*_t17*_t7 + 18*_t17 + 36*_t19*_t21 - _t20*_t22 - 35*_t21*_t23 + 126*_t22*_t7 + 15*_t22 - 70*_t23*_t24 + _t24*_t27*_t7 + 45*_t25*_t4 + 15*_t28*_t7 + 168*_t5 + 70*_t8), _t10*mu)


def _moment_7(mu, sigma):
    _t0 = sigma**8
    _t1 = 105*_t0
    _t2 = mu**2
    _t3 = sigma**6
    _t4 = 420*_t2*_t3
    _t5 = mu**4
    _t6 = sigma**4
    _t7 = 210*_t5*_t6
    _t8 = sigma**2
    _t9 = mu**6
    _t10 = 28*_t9
    _t11 = _t10*_t8
    _t12 = _t8 + 1
    _t13 = _t12**(-1.0)
    _t14 = (_t6 + 2*_t8 + 1)**(-1.0)
    _t15 = (_t3 + 3*_t6 + 3*_t8 + 1)**(-1.0)
    _t16 = sigma**10
    _t17 = _t16*_t2
    _t18 = _t0*_t5
    _t19 = (_t0 + 4*_t3 + 6*_t6 + 4*_t8 + 1)**(-1.0)
    _t20 = (5*_t0 + _t16 + 10*_t3 + 10*_t6 + 5*_t8 + 1)**(-1.0)
    _t21 = sigma**12
    _t22 = 7*_t21
    _t23 = (15*_t0 + 6*_t16 + _t21 + 20*_t3 + 15*_t6 + 6*_t8 + 1)**(-1.0)
    _t24 = sigma**14
    _t25 = mu/numpy.sqrt(_t12)
    return gaussym.kernels.generated._runtime.phi_blend(_t1 + _t11 + _t4 + _t7 + mu**8, _t25*_t8*(192*_t0*_t14*_t2 + 288*_t0*_t15*_t2 + 360*_t0*_t19*_t2 + 56*_t0*_t19*_t9 - _t1*_t13 - _t1*_t14 - _t1*_t15 - _t1*_t19 - _t10*_t16*_t20 - _t11*_t13 + 224*_t13*_t2*_t6 + 192*_t13*_t3 - _t13*_t4 + 56*_t13*_t5*_t8 - _t13*_t7 + 168*_t14*_t2*_t6 + 224*_t14*_t3*_t5 + 144*_t14*_t3 - _t14*_t4 + 56*_t14*_t6*_t9 - _t14*_t7 - 35*_t15*_t17 - 140*_t15*_t18 + 336*_t15*_t3*_t5 - 70*_t15*_t3*_t9 + 120*_t15*_t3 - _t15*_t4 + 48*_t16*_t19*_t5 + 120*_t16*_t20*_t5 - 70*_t17*_t19 - 105*_t17*_t20 - 280*_t18*_t19 + 448*_t2*_t6 - _t20*_t22*_t5 - 21*_t21*_t23*_t5 + 8*_t21*_t23*_t9 - _t24*_t9/(35*_t0 + 21*_t16 + _t22 + _t24 + 35*_t3 + 21*_t6 + 7*_t8 + 1) + 384*_t3 + 112*_t5*_t8 + 8*_t9), _t25)


def _moment_8(mu, sigma):
    _t0 = mu**8
    _t1 = sigma**8
    _t2 = 945*_t1
    _t3 = sigma**6
    _t4 = mu**2
    _t5 = _t3*_t4
    _t6 = sigma**4
    _t7 = mu**4
    _t8 = _t6*_t7
    _t9 = 378*_t8
    _t10 = sigma**2
    _t11 = mu**6
    _t12 = _t10*_t11
    _t13 = _t10 + 1
    _t14 = 1/numpy.sqrt(_t13)
    _t15 = 9*_t0
    _t16 = _t13**(-1.0)
    _t17 = _t2*_t4
    _t18 = 1260*_t3*_t7
    _t19 = 378*_t11*_t6
    _t20 = 36*_t0
    _t21 = (2*_t10 + _t6 + 1)**(-1.0)
    _t22 = _t1*_t21
    _t23 = sigma**10
    _t24 = _t23*_t4
    _t25 = 84*_t0
    _t26 = (3*_t10 + _t3 + 3*_t6 + 1)**(-1.0)
    _t27 = _t1*_t26
    _t28 = _t23*_t7
    _t29 = _t26*_t3
    _t30 = 126*_t0
    _t31 = (_t1 + 4*_t10 + 4*_t3 + 6*_t6 + 1)**(-1.0)
    _t32 = _t1*_t31
    _t33 = sigma**12
    _t34 = _t33*_t7
    _t35 = (5*_t1 + 5*_t10 + _t23 + 10*_t3 + 10*_t6 + 1)**(-1.0)
    _t36 = _t23*_t35
    _t37 = _t11*_t33
    _t38 = (15*_t1 + 6*_t10 + 6*_t23 + 20*_t3 + _t33 + 15*_t6 + 1)**(-1.0)
    _t39 = _t33*_t38
    _t40 = sigma**14
    _t41 = 8*_t40
    _t42 = _t40/(35*_t1 + 7*_t10 + 21*_t23 + 35*_t3 + 7*_t33 + _t40 + 21*_t6 + 1)
    _t43 = sigma**16
    return gaussym.kernels.generated._runtime.phi_blend(mu*(_t0 + 36*_t12 + _t2 + 1260*_t5 + _t9), _t10*_t14*(_t0*_t43/(70*_t1 + 8*_t10 + 56*_t23 + 56*_t3 + 28*_t33 + _t41 + _t43 + 28*_t6 + 1) + 192*_t1*_t16 + 384*_t1 - _t10*_t16*_t20 + 504*_t11*_t21*_t3 + 216*_t11*_t23*_t31 - 420*_t11*_t27 + 756*_t11*_t29 - 840*_t11*_t32 + 540*_t11*_t36 + _t11*_t38*_t41 + 28*_t11*_t42 + 84*_t12*_t16 + 168*_t12 - _t15*_t42 + _t15 - _t16*_t17 - _t16*_t18 - _t16*_t19 + 864*_t16*_t5 + 504*_t16*_t8 - _t17*_t21 - _t17*_t26 - _t17*_t31 - _t18*_t21 - _t18*_t26 - _t19*_t21 + _t20*_t39 + 192*_t21*_t24 + _t21*_t25*_t6 + 648*_t21*_t5 + _t21*_t9 + 864*_t22*_t7 + 144*_t22 + 288*_t24*_t26 + 360*_t24*_t31 - _t25*_t36 - 315*_t26*_t28 + 540*_t26*_t5 + 1296*_t27*_t7 + 120*_t27 - 630*_t28*_t31 - 945*_t28*_t35 - _t29*_t30 + _t30*_t32 + 48*_t31*_t34 + 1620*_t32*_t7 + 105*_t32 + 120*_t34*_t35 - 63*_t35*_t37 + 420*_t36*_t4 - 189*_t37*_t38 + 210*_t39*_t7 + 1728*_t5 + 1008*_t8), _t14*mu)


def _moment_9(mu, sigma):
    _t0 = sigma**10
    _t1 = 945*_t0
    _t2 = mu**2
    _t3 = sigma**8
    _t4 = 4725*_t2*_t3
    _t5 = sigma**6
    _t6 = mu**4
    _t7 = 3150*_t6
    _t8 = _t5*_t7
    _t9 = mu**6
    _t10 = sigma**4
    _t11 = 630*_t10*_t9
    _t12 = sigma**2
    _t13 = mu**8
    _t14 = 45*_t13
    _t15 = _t12*_t14
    _t16 = _t12 + 1
    _t17 = _t16**(-1.0)
    _t18 = (_t10 + 2*_t12 + 1)**(-1.0)
    _t19 = (3*_t10 + 3*_t12 + _t5 + 1)**(-1.0)
    _t20 = sigma**12
    _t21 = _t2*_t20
    _t22 = _t0*_t6
    _t23 = 210*_t13
    _t24 = (6*_t10 + 4*_t12 + _t3 + 4*_t5 + 1)**(-1.0)
    _t25 = (_t0 + 10*_t10 + 5*_t12 + 5*_t3 + 10*_t5 + 1)**(-1.0)
    _t26 = sigma**14
    _t27 = _t26*_t6
    _t28 = _t20*_t9
    _t29 = (6*_t0 + 15*_t10 + 6*_t12 + _t20 + 15*_t3 + 20*_t5 + 1)**(-1.0)
    _t30 = (21*_t0 + 21*_t10 + 7*_t12 + 7*_t20 + _t26 + 35*_t3 + 35*_t5 + 1)**(-1.0)
    _t31 = sigma**16
    _t32 = 9*_t31
    _t33 = (56*_t0 + 28*_t10 + 8*_t12 + 28*_t20 + 8*_t26 + 70*_t3 + _t31 + 56*_t5 + 1)**(-1.0)
    _t34 = sigma**18
    _t35 = mu/numpy.sqrt(_t16)
    return gaussym.kernels.generated._runtime.phi_blend(_t1 + _t11 + _t15 + _t4 + _t8 + mu**10, _t12*_t35*(1920*_t0*_t18*_t2 + 2880*_t0*_t19*_t2 + 3600*_t0*_t2*_t24 + 4200*_t0*_t2*_t25 - _t0*_t23*_t25 - _t0*_t24*_t7 + 720*_t0*_t24*_t9 + 1800*_t0*_t25*_t9 - _t1*_t17 - _t1*_t18 - _t1*_t19 - _t1*_t24 - _t1*_t25 + 120*_t10*_t13*_t18 + 1008*_t10*_t17*_t6 + 756*_t10*_t18*_t6 + 2016*_t10*_t6 - _t11*_t17 - _t11*_t18 + 120*_t12*_t17*_t9 + 240*_t12*_t9 + 120*_t13*_t20*_t29 + 252*_t13*_t24*_t3 + 10*_t13*_t31*_t33 - _t13*_t34/(126*_t0 + 36*_t10 + 9*_t12 + 84*_t20 + 36*_t26 + 126*_t3 + _t32 + _t34 + 84*_t5 + 1) + 10*_t13 - _t14*_t26*_t30 - _t15*_t17 + 2880*_t17*_t2*_t5 + 1920*_t17*_t3 - _t17*_t4 - _t17*_t8 + 2160*_t18*_t2*_t5 + 2880*_t18*_t3*_t6 + 1440*_t18*_t3 - _t18*_t4 + 1008*_t18*_t5*_t9 - _t18*_t8 + 1800*_t19*_t2*_t5 - 315*_t19*_t21 - 1575*_t19*_t22 - _t19*_t23*_t5 + 4320*_t19*_t3*_t6 - 1050*_t19*_t3*_t9 + 1200*_t19*_t3 - _t19*_t4 + 1512*_t19*_t5*_t9 - _t19*_t8 + 5760*_t2*_t5 + 480*_t20*_t24*_t6 + 1200*_t20*_t25*_t6 + 2100*_t20*_t29*_t6 - 630*_t21*_t24 - 945*_t21*_t25 - 1260*_t21*_t29 - 4725*_t22*_t25 + 5400*_t24*_t3*_t6 - 2100*_t24*_t3*_t9 + 1050*_t24*_t3 - _t24*_t4 - 63*_t25*_t27 - 315*_t25*_t28 + 80*_t26*_t29*_t9 + 280*_t26*_t30*_t9 - 189*_t27*_t29 - 378*_t27*_t30 - 945*_t28*_t29 + 3840*_t3 - _t30*_t32*_t9 - 36*_t31*_t33*_t9), _t35)


def _moment_10(mu, sigma):
    _t0 = mu**10
    _t1 = sigma**10
    _t2 = 10395*_t1
    _t3 = sigma**8
    _t4 = mu**2
    _t5 = _t3*_t4
    _t6 = sigma**6
    _t7 = mu**4
    _t8 = _t6*_t7
    _t9 = sigma**4
    _t10 = mu**6
    _t11 = _t10*_t9
    _t12 = sigma**2
    _t13 = mu**8
    _t14 = _t12*_t13
    _t15 = _t12 + 1
    _t16 = 1/numpy.sqrt(_t15)
    _t17 = 11*_t0
    _t18 = _t15**(-1.0)
    _t19 = _t2*_t4
    _t20 = 17325*_t3*_t7
    _t21 = 6930*_t10*_t6
    _t22 = 990*_t13*_t9
    _t23 = 55*_t0
    _t24 = (2*_t12 + _t9 + 1)**(-1.0)
    _t25 = _t1*_t24
    _t26 = 7920*_t24
    _t27 = sigma**12
    _t28 = _t27*_t4
    _t29 = _t10*_t3
    _t30 = 165*_t0
    _t31 = (3*_t12 + _t6 + 3*_t9 + 1)**(-1.0)
    _t32 = _t1*_t31
    _t33 = _t27*_t7
    _t34 = _t31*_t6
    _t35 = _t13*_t3
    _t36 = 330*_t0
    _t37 = (4*_t12 + _t3 + 4*_t6 + 6*_t9 + 1)**(-1.0)
    _t38 = _t1*_t37
    _t39 = sigma**14
    _t40 = _t39*_t7
    _t41 = _t3*_t37
    _t42 = 11550*_t10
    _t43 = _t10*_t27
    _t44 = 462*_t0
    _t45 = (_t1 + 5*_t12 + 5*_t3 + 10*_t6 + 10*_t9 + 1)**(-1.0)
    _t46 = _t1*_t45
    _t47 = _t10*_t39
    _t48 = _t13*_t27
    _t49 = (6*_t1 + 6*_t12 + _t27 + 15*_t3 + 20*_t6 + 15*_t9 + 1)**(-1.0)
    _t50 = _t27*_t49
    _t51 = _t39*_t49
    _t52 = sigma**16
    _t53 = _t10*_t52
    _t54 = (21*_t1 + 7*_t12 + 7*_t27 + 35*_t3 + _t39 + 35*_t6 + 21*_t9 + 1)**(-1.0)
    _t55 = _t39*_t54
    _t56 = _t13*_t52
    _t57 = (56*_t1 + 8*_t12 + 28*_t27 + 70*_t3 + 8*_t39 + _t52 + 56*_t6 + 28*_t9 + 1)**(-1.0)
    _t58 = _t52*_t57
    _t59 = sigma**18
    _t60 = 10*_t59
    _t61 = _t59/(126*_t1 + 9*_t12 + 84*_t27 + 126*_t3 + 36*_t39 + 9*_t52 + _t59 + 84*_t6 + 36*_t9 + 1)
    _t62 = sigma**20
    return gaussym.kernels.generated._runtime.phi_blend(mu*(_t0 + 990*_t11 + 55*_t14 + _t2 + 17325*_t5 + 6930*_t8), _t12*_t16*(_t0*_t62/(252*_t1 + 10*_t12 + 210*_t27 + 210*_t3 + 120*_t39 + 45*_t52 + 120*_t6 + _t60 + _t62 + 45*_t9 + 1) + 1920*_t1*_t18 + 3840*_t1 - 5775*_t10*_t32 + 14850*_t10*_t41 - 17325*_t10*_t46 + 630*_t10*_t58 + 1848*_t11*_t18 + 1386*_t11*_t24 + 3696*_t11 - _t12*_t18*_t23 + 1848*_t13*_t24*_t6 + 2772*_t13*_t34 + 1980*_t13*_t38 + 4950*_t13*_t46 + 440*_t13*_t51 + 1540*_t13*_t55 + _t13*_t57*_t60 + 45*_t13*_t61 + 165*_t14*_t18 + 330*_t14 - _t17*_t61 + _t17 - _t18*_t19 - _t18*_t20 - _t18*_t21 - _t18*_t22 + 10560*_t18*_t5 + 7920*_t18*_t8 - _t19*_t24 - _t19*_t31 - _t19*_t37 - _t19*_t45 - _t20*_t24 - _t20*_t31 - _t20*_t37 - _t21*_t24 - _t21*_t31 - _t22*_t24 + _t23*_t58 + 1920*_t24*_t28 + _t24*_t30*_t9 + 5940*_t24*_t8 + 10560*_t25*_t7 + 1440*_t25 + _t26*_t29 + _t26*_t5 + 2880*_t28*_t31 + 3600*_t28*_t37 + 4200*_t28*_t45 + 11880*_t29*_t31 - _t30*_t55 - 3465*_t31*_t33 - 2310*_t31*_t35 + 6600*_t31*_t5 + 4950*_t31*_t8 + 15840*_t32*_t7 + 1200*_t32 - 6930*_t33*_t37 - 10395*_t33*_t45 - 13860*_t33*_t49 - _t34*_t36 - 4620*_t35*_t37 + _t36*_t50 + 480*_t37*_t40 + 2640*_t37*_t43 + 5775*_t37*_t5 - _t38*_t42 + 19800*_t38*_t7 + 1050*_t38 + 4725*_t4*_t50 + 1200*_t40*_t45 + _t41*_t44 + _t42*_t50 + 6600*_t43*_t45 - _t44*_t46 - 693*_t45*_t47 - 1155*_t45*_t48 + 23100*_t46*_t7 + 945*_t46 - 2079*_t47*_t49 - 4158*_t47*_t54 - 3465*_t48*_t49 + 80*_t49*_t53 + 21120*_t5 + 2100*_t51*_t7 + 280*_t53*_t54 - 99*_t54*_t56 + 3150*_t55*_t7 - 396*_t56*_t57 + 15840*_t8), _t16*mu)


def _derivative_0(mu, sigma):
    _t0 = sigma**2
    _t1 = 1/numpy.sqrt(_t0 + 1)
    return gaussym.kernels.generated._runtime.phi_blend(mu, _t0*_t1, _t1*mu)


def _derivative_1(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/numpy.sqrt(_t1)
    return gaussym.kernels.generated._runtime.phi_blend(1, _t2*(-_t0/_t1 + 1), _t2)


def _derivative_2(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = 1/numpy.sqrt(_t1)
    _t3 = mu**2
    _t4 = _t1**(-1.0)
    return gaussym.kernels.generated._runtime.phi_blend(0, _t2*(_t0*_t3/(2*_t0 + sigma**4 + 1) - _t0*_t4 - _t3*_t4 + 2), _t2*mu)


def _derivative_3(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = 1/numpy.sqrt(_t1)
    _t3 = _t2*mu
    _t4 = _t1**(-1.0)
    _t5 = _t0*_t4 - 1
    return -_t2*(_t2*_t5*gaussym.kernels.generated._runtime.phi_blend(0, -_t3, _t3) - _t4*(2*_t5*mu*gaussym.kernels.generated._runtime.phi_blend(0, 1, _t3) + gaussym.kernels.generated._runtime.phi_blend(0, -_t4*_t5*mu**3, _t3))) + gaussym.kernels.generated._runtime.phi_blend(0, -mu/_t1**(3/2), _t3)


def _derivative_4(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = _t1**(-3/2)
    _t3 = 1/numpy.sqrt(_t1)
    _t4 = _t3*mu
    _t5 = gaussym.kernels.generated._runtime.phi_blend(0, 1, _t4)
    _t6 = _t1**(-1.0)
    _t7 = _t6*mu**2
    _t8 = _t2*(_t5 - gaussym.kernels.generated._runtime.phi_blend(0, _t7, _t4))
    _t9 = _t0*_t6 - 1
    _t10 = _t5*_t9
    return _t6*(2*_t10*_t3 - _t3*(3*_t10*_t7 - _t3*gaussym.kernels.generated._runtime.phi_blend(0, _t2*_t9*mu**4, _t4)) + 2*_t6*_t9*mu*gaussym.kernels.generated._runtime.phi_blend(0, -_t4, _t4)) + _t8*_t9 - _t8


def _derivative_5(mu, sigma):
    _t0 = sigma**4
    _t1 = sigma**2
    _t2 = _t1 + 1
    _t3 = 1/numpy.sqrt(_t2)
    _t4 = _t3*mu
    _t5 = _t2**(-1.0)
    _t6 = _t1*_t5 - 1
    _t7 = gaussym.kernels.generated._runtime.phi_blend(0, 1, _t4)
    _t8 = mu**2
    _t9 = 2*mu
    _t10 = _t2**(-3/2)
    _t11 = _t5*_t7
    _t12 = mu**3
    _t13 = _t11*_t9 + _t3*gaussym.kernels.generated._runtime.phi_blend(0, -_t10*_t12, _t4)
    _t14 = gaussym.kernels.generated._runtime.phi_blend(0, -_t4, _t4)
    _t15 = _t5*_t6
    return _t10*_t13 - _t10*(3*_t10*_t14*_t6*_t8 + 6*_t15*_t7*mu + _t5*(-4*_t11*_t12*_t6 - gaussym.kernels.generated._runtime.phi_blend(0, -_t6*mu**5/_t2**2, _t4))) + _t15*(-_t13*_t3 + _t14*_t5) + gaussym.kernels.generated._runtime.phi_blend(0, _t4*(-4*_t1/(3*_t0 + 3*_t1 + sigma**6 + 1) + 5/(_t0 + 2*_t1 + 1)), _t4) - _t6*_t9*(_t7 - gaussym.kernels.generated._runtime.phi_blend(0, _t5*_t8, _t4))/_t2**(5/2)


def _derivative_6(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = _t1**(-3/2)
    _t3 = _t1**(-1.0)
    _t4 = 1/numpy.sqrt(_t1)
    _t5 = _t4*mu
    _t6 = gaussym.kernels.generated._runtime.phi_blend(0, 1, _t5)
    _t7 = 2*_t3*_t6
    _t8 = 2*mu
    _t9 = gaussym.kernels.generated._runtime.phi_blend(0, -_t5, _t5)
    _t10 = mu**2
    _t11 = _t10*_t3
    _t12 = _t6 - gaussym.kernels.generated._runtime.phi_blend(0, _t11, _t5)
    _t13 = _t1**(-2.0)
    _t14 = _t13*mu**4
    _t15 = _t12*_t3 + _t2*_t8*_t9 - _t3*(3*_t11*_t6 - gaussym.kernels.generated._runtime.phi_blend(0, _t14, _t5)) + _t7
    _t16 = _t0*_t3 - 1
    _t17 = mu**3
    _t18 = -_t16
    return -_t15*_t16*_t2 + _t15*_t2 - _t3*(6*_t12*_t16*_t2 + _t16*_t3*_t8*(_t3*_t9 - _t4*(_t4*gaussym.kernels.generated._runtime.phi_blend(0, -_t17*_t2, _t5) + _t7*mu)) + _t4*(-3*_t10*_t12*_t13*_t16 + 12*_t16*_t2*_t9*mu + 6*_t16*_t3*_t6 - _t4*(-12*_t10*_t18*_t2*_t6 - 4*_t13*_t17*_t18*_t9 + _t4*(-5*_t14*_t16*_t6 + _t4*gaussym.kernels.generated._runtime.phi_blend(0, _t16*mu**6/_t1**(5/2), _t5)))))


def _derivative_7(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = _t1**(-2.0)
    _t3 = _t1**(-1.0)
    _t4 = 1/numpy.sqrt(_t1)
    _t5 = _t4*mu
    _t6 = gaussym.kernels.generated._runtime.phi_blend(0, -_t5, _t5)
    _t7 = gaussym.kernels.generated._runtime.phi_blend(0, 1, _t5)
    _t8 = 2*_t3*_t7
    _t9 = mu**3
    _t10 = _t1**(-3/2)
    _t11 = _t3*_t6 - _t4*(_t4*gaussym.kernels.generated._runtime.phi_blend(0, -_t10*_t9, _t5) + _t8*mu)
    _t12 = _t11*_t2
    _t13 = _t0*_t3 - 1
    _t14 = 2*mu
    _t15 = mu**2
    _t16 = _t15*_t3
    _t17 = _t7 - gaussym.kernels.generated._runtime.phi_blend(0, _t16, _t5)
    _t18 = mu**4
    _t19 = _t1**(-5/2)
    _t20 = _t13*_t19
    _t21 = _t17*_t2
    _t22 = _t10*_t7*mu
    _t23 = 3*_t15
    _t24 = _t2*_t6
    _t25 = _t2*_t7
    _t26 = 4*_t9
    _t27 = mu**5
    _t28 = 4*_t10*_t6 - _t14*_t21 - _t4*(6*_t22 + _t23*_t24 - _t4*(_t25*_t26 + _t4*gaussym.kernels.generated._runtime.phi_blend(0, -_t19*_t27, _t5)))
    _t29 = -_t13
    _t30 = 24*_t29
    return _t10*_t28 - _t10*(-_t10*_t11*_t13*_t23 + 18*_t10*_t13*_t6 - 18*_t13*_t21*mu - _t4*(-_t15*_t24*_t30 + _t17*_t19*_t26*_t29 - _t22*_t30 + _t4*(-20*_t13*_t25*_t9 - 5*_t18*_t20*_t6 + _t3*(-6*_t25*_t27*_t29 + gaussym.kernels.generated._runtime.phi_blend(0, -_t13*mu**7/_t1**3, _t5))))) - 8*_t12*_t13 + _t12 - _t13*_t3*(_t11*_t3 + _t28*_t4) + _t14*_t20*(_t10*_t14*_t6 + _t17*_t3 - _t3*(3*_t16*_t7 - gaussym.kernels.generated._runtime.phi_blend(0, _t18*_t2, _t5)) + _t8)


def _derivative_8(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = _t1**(-3/2)
    _t3 = _t1**(-2.0)
    _t4 = 1/numpy.sqrt(_t1)
    _t5 = _t4*mu
    _t6 = gaussym.kernels.generated._runtime.phi_blend(0, 1, _t5)
    _t7 = mu**2
    _t8 = _t1**(-1.0)
    _t9 = _t7*_t8
    _t10 = _t6 - gaussym.kernels.generated._runtime.phi_blend(0, _t9, _t5)
    _t11 = _t10*_t3
    _t12 = 2*mu
    _t13 = gaussym.kernels.generated._runtime.phi_blend(0, -_t5, _t5)
    _t14 = 2*_t8
    _t15 = _t14*_t6
    _t16 = mu**3
    _t17 = _t13*_t8 - _t4*(_t15*mu + _t4*gaussym.kernels.generated._runtime.phi_blend(0, -_t16*_t2, _t5))
    _t18 = _t17*_t2
    _t19 = mu**4
    _t20 = _t19*_t3
    _t21 = 3*_t6*_t9 - gaussym.kernels.generated._runtime.phi_blend(0, _t20, _t5)
    _t22 = -_t10
    _t23 = _t12*_t13*_t2 + _t15
    _t24 = _t21*_t8 + _t22*_t8 - _t23
    _t25 = _t2*_t6
    _t26 = 6*_t25
    _t27 = _t13*_t3
    _t28 = _t27*mu
    _t29 = _t1**(-5/2)
    _t30 = 3*_t7
    _t31 = _t3*_t6
    _t32 = _t31*_t7
    _t33 = 4*_t16
    _t34 = _t13*_t29
    _t35 = _t1**(-3.0)
    _t36 = _t35*mu**6
    _t37 = _t2*(-6*_t11 - _t12*_t18 + _t24*_t8 - _t4*(_t22*_t29*_t30 + _t26 + 12*_t28 - _t4*(12*_t32 + _t33*_t34 + _t8*(-5*_t20*_t6 + gaussym.kernels.generated._runtime.phi_blend(0, _t36, _t5)))))
    _t38 = _t0*_t8 - 1
    _t39 = mu**5
    _t40 = 24*_t38
    _t41 = -_t38
    _t42 = _t29*_t41
    return -_t37*_t38 + _t37 + _t8*(_t14*_t38*mu*(_t17*_t8 + _t4*(-_t11*_t12 + 4*_t13*_t2 - _t4*(_t26*mu + _t27*_t30 - _t4*(_t31*_t33 + _t4*gaussym.kernels.generated._runtime.phi_blend(0, -_t29*_t39, _t5))))) + 10*_t2*_t38*(_t10*_t8 - _t21*_t8 + _t23) + _t4*(36*_t11*_t38 + _t18*_t40*mu + _t24*_t3*_t30*_t38 + _t4*(36*_t10*_t42*_t7 + _t17*_t3*_t33*_t41 + _t25*_t40 - 72*_t28*_t41 + _t4*(5*_t10*_t19*_t35*_t38 - 40*_t16*_t34*_t38 - 60*_t32*_t38 + _t4*(-6*_t13*_t35*_t39*_t41 - 30*_t19*_t42*_t6 + _t4*(-7*_t36*_t38*_t6 + _t4*gaussym.kernels.generated._runtime.phi_blend(0, _t38*mu**8/_t1**(7/2), _t5)))))))


def _derivative_9(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = _t1**(-2.0)
    _t3 = _t1**(-1.0)
    _t4 = 1/numpy.sqrt(_t1)
    _t5 = _t4*mu
    _t6 = gaussym.kernels.generated._runtime.phi_blend(0, -_t5, _t5)
    _t7 = gaussym.kernels.generated._runtime.phi_blend(0, 1, _t5)
    _t8 = 2*_t3*_t7
    _t9 = mu**3
    _t10 = _t1**(-3/2)
    _t11 = _t3*_t6 - _t4*(_t4*gaussym.kernels.generated._runtime.phi_blend(0, -_t10*_t9, _t5) + _t8*mu)
    _t12 = -_t11
    _t13 = _t10*_t6
    _t14 = mu**2
    _t15 = _t14*_t3
    _t16 = _t7 - gaussym.kernels.generated._runtime.phi_blend(0, _t15, _t5)
    _t17 = -_t16
    _t18 = 2*mu
    _t19 = _t18*_t2
    _t20 = 6*_t7
    _t21 = _t10*_t20
    _t22 = _t2*_t6
    _t23 = 3*_t14
    _t24 = _t7*_t9
    _t25 = mu**5
    _t26 = _t1**(-5/2)
    _t27 = _t21*mu + _t22*_t23 - _t4*(4*_t2*_t24 + _t4*gaussym.kernels.generated._runtime.phi_blend(0, -_t25*_t26, _t5))
    _t28 = _t12*_t3 - _t4*(4*_t13 + _t17*_t19 - _t27*_t4)
    _t29 = _t0*_t3 - 1
    _t30 = _t16*_t2
    _t31 = _t10*_t11
    _t32 = mu**4
    _t33 = _t2*_t32
    _t34 = -_t13*_t18 + _t17*_t3 - _t3*(-3*_t15*_t7 + gaussym.kernels.generated._runtime.phi_blend(0, _t33, _t5)) - _t8
    _t35 = _t17*_t26
    _t36 = _t2*_t7
    _t37 = 4*_t9
    _t38 = _t26*_t6
    _t39 = mu**6
    _t40 = _t1**(-3.0)
    _t41 = _t26*_t29
    _t42 = _t36*mu
    _t43 = _t14*_t38
    _t44 = _t24*_t26
    _t45 = 5*_t32
    _t46 = _t40*_t6
    _t47 = _t25*_t40
    _t48 = mu**7
    _t49 = _t1**(-7/2)
    _t50 = _t19*_t34 + 8*_t31 + _t4*(_t12*_t2*_t23 + 18*_t22 + 18*_t35*mu - _t4*(_t17*_t37*_t40 + _t4*(_t4*(_t20*_t47 + _t4*gaussym.kernels.generated._runtime.phi_blend(0, -_t48*_t49, _t5)) - 20*_t44 - _t45*_t46) + 24*_t42 + 24*_t43))
    _t51 = 60*_t29
    _t52 = -_t29
    _t53 = _t16*_t52
    return -_t10*_t50 + _t10*(_t10*_t23*_t28*_t29 + 30*_t2*_t29*_t34*mu + _t31*_t51 + _t4*(48*_t11*_t14*_t2*_t52 + 96*_t22*_t29 + _t26*_t34*_t37*_t52 + 144*_t26*_t53*mu + _t4*(_t11*_t41*_t45 + _t16*_t40*_t51*_t9 - 120*_t29*_t42 - 180*_t29*_t43 + _t4*(6*_t25*_t49*_t53 - 60*_t32*_t46*_t52 + _t4*(-7*_t29*_t39*_t49*_t6 - 42*_t29*_t47*_t7 + _t3*(-8*_t40*_t48*_t52*_t7 + gaussym.kernels.generated._runtime.phi_blend(0, -_t29*mu**9/_t1**4, _t5))) - 120*_t44*_t52)))) - _t18*_t41*(_t18*_t31 - _t3*_t34 + 6*_t30 + _t4*(_t21 + 12*_t22*mu + _t23*_t35 - _t4*(12*_t14*_t36 + _t3*(-5*_t33*_t7 + gaussym.kernels.generated._runtime.phi_blend(0, _t39*_t40, _t5)) + _t37*_t38))) + _t2*_t28 + 12*_t2*_t29*(_t11*_t3 + _t4*(4*_t10*_t6 - _t18*_t30 - _t27*_t4)) - _t29*_t3*(_t28*_t3 - _t4*_t50)


def _derivative_10(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = _t1**(-3/2)
    _t3 = _t1**(-2.0)
    _t4 = 1/numpy.sqrt(_t1)
    _t5 = _t4*mu
    _t6 = gaussym.kernels.generated._runtime.phi_blend(0, 1, _t5)
    _t7 = _t1**(-1.0)
    _t8 = 2*_t7
    _t9 = _t6*_t8
    _t10 = gaussym.kernels.generated._runtime.phi_blend(0, -_t5, _t5)
    _t11 = _t10*_t2
    _t12 = 2*mu
    _t13 = mu**2
    _t14 = _t13*_t7
    _t15 = _t6 - gaussym.kernels.generated._runtime.phi_blend(0, _t14, _t5)
    _t16 = -_t15
    _t17 = mu**4
    _t18 = _t17*_t3
    _t19 = _t11*_t12 - _t16*_t7 + _t7*(-3*_t14*_t6 + gaussym.kernels.generated._runtime.phi_blend(0, _t18, _t5)) + _t9
    _t20 = -_t19
    _t21 = _t20*_t3
    _t22 = mu**3
    _t23 = _t10*_t7 - _t4*(_t4*gaussym.kernels.generated._runtime.phi_blend(0, -_t2*_t22, _t5) + _t9*mu)
    _t24 = -_t23
    _t25 = 6*_t6
    _t26 = _t2*_t25
    _t27 = _t10*_t3
    _t28 = 3*_t13
    _t29 = _t3*_t6
    _t30 = 4*_t22
    _t31 = mu**5
    _t32 = _t1**(-5/2)
    _t33 = _t24*_t7 - _t4*(4*_t11 + _t12*_t16*_t3 + _t4*(-_t26*mu - _t27*_t28 + _t4*(_t29*_t30 + _t4*gaussym.kernels.generated._runtime.phi_blend(0, -_t31*_t32, _t5))))
    _t34 = _t12*_t2
    _t35 = 6*_t3
    _t36 = _t16*_t32
    _t37 = _t10*_t22
    _t38 = 4*_t32
    _t39 = mu**6
    _t40 = _t1**(-3.0)
    _t41 = _t39*_t40
    _t42 = _t26 + 12*_t27*mu + _t28*_t36 - _t4*(12*_t13*_t29 + _t37*_t38 + _t7*(-5*_t18*_t6 + gaussym.kernels.generated._runtime.phi_blend(0, _t41, _t5)))
    _t43 = -_t16*_t35 + _t19*_t7 - _t24*_t34 + _t4*_t42
    _t44 = _t24*_t3
    _t45 = 24*_t29
    _t46 = _t10*_t32
    _t47 = _t46*mu
    _t48 = _t16*_t40
    _t49 = _t32*_t6
    _t50 = _t13*_t49
    _t51 = _t37*_t40
    _t52 = _t1**(-7/2)
    _t53 = _t17*_t52
    _t54 = _t17*_t40
    _t55 = _t54*_t6
    _t56 = 6*_t31
    _t57 = _t10*_t52
    _t58 = _t1**(-4.0)
    _t59 = _t58*mu**8
    _t60 = -10*_t21 - _t33*_t34 - _t4*(_t19*_t28*_t32 + 36*_t36 - _t4*(36*_t13*_t48 + _t22*_t24*_t38 + _t4*(-5*_t16*_t53 + _t4*(30*_t55 + _t56*_t57 + _t7*(-7*_t41*_t6 + gaussym.kernels.generated._runtime.phi_blend(0, _t59, _t5))) - 60*_t50 - 40*_t51) + _t45 + 72*_t47) + 24*_t44*mu) + _t43*_t7
    _t61 = _t0*_t7 - 1
    _t62 = _t2*_t23
    _t63 = _t2*_t61
    _t64 = 5*_t54
    _t65 = mu**7
    _t66 = _t15*_t61
    _t67 = -_t61
    _t68 = _t23*_t67
    _t69 = 360*_t67
    return -_t2*_t60*_t61 + _t2*_t60 - _t7*(-_t4*(90*_t21*_t61 + _t28*_t3*_t43*_t61 + 36*_t33*_t63*mu + _t4*(60*_t13*_t20*_t32*_t67 + _t3*_t30*_t33*_t67 + 240*_t3*_t68*mu - 240*_t32*_t66 + _t4*(360*_t13*_t40*_t66 + _t20*_t61*_t64 + 80*_t22*_t23*_t32*_t61 - 120*_t29*_t61 + _t4*(90*_t15*_t53*_t67 + _t4*(-84*_t31*_t57*_t61 + 7*_t39*_t58*_t66 + _t4*(-8*_t10*_t58*_t65*_t67 - 56*_t39*_t52*_t6*_t67 + _t4*(_t4*gaussym.kernels.generated._runtime.phi_blend(0, _t61*mu**10/_t1**(9/2), _t5) - 9*_t59*_t6*_t61)) - 210*_t55*_t61) + _t40*_t56*_t68 - _t50*_t69 - _t51*_t69) - 480*_t47*_t61))) + _t61*_t8*mu*(-_t33*_t7 + _t4*(_t12*_t21 + _t4*(18*_t27 + _t28*_t44 + 18*_t36*mu - _t4*(24*_t13*_t46 + _t30*_t48 + _t4*(-_t10*_t64 - 20*_t22*_t49 + _t4*(_t25*_t31*_t40 + _t4*gaussym.kernels.generated._runtime.phi_blend(0, -_t52*_t65, _t5))) + _t45*mu)) + 8*_t62)) + 14*_t63*(_t12*_t62 + _t15*_t35 - _t20*_t7 + _t4*_t42))


def _activation_mp(x):
    return x*((mpmath.mpf(1)/mpmath.mpf(2))*mpmath.erf((mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(2)*x) + mpmath.mpf(1)/mpmath.mpf(2))


def _act_derivative_mp_0(x):
    return x*((mpmath.mpf(1)/mpmath.mpf(2))*mpmath.erf((mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(2)*x) + mpmath.mpf(1)/mpmath.mpf(2))


def _act_derivative_mp_1(x):
    _t0 = (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(2)*x
    return _t0*mpmath.exp(-mpmath.mpf(1)/mpmath.mpf(2)*x**2)/mpmath.sqrt(mpmath.pi) + (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.erf(_t0) + mpmath.mpf(1)/mpmath.mpf(2)


def _act_derivative_mp_2(x):
    _t0 = (mpmath.mpf(1)/mpmath.mpf(2))*x**2
    return mpmath.sqrt(2)*(1 - _t0)*mpmath.exp(-_t0)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_3(x):
    _t0 = x**2
    return (mpmath.mpf(1)/mpmath.mpf(2))*mpmath.sqrt(2)*x*(_t0 - 4)*mpmath.exp(-mpmath.mpf(1)/mpmath.mpf(2)*_t0)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_4(x):
    _t0 = x**2
    _t1 = (mpmath.mpf(1)/mpmath.mpf(2))*_t0
    return mpmath.sqrt(2)*(2*_t0 - _t1*(_t0 - 3) - 2)*mpmath.exp(-_t1)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_5(x):
    _t0 = x**2
    return mpmath.sqrt(2)*x*(-mpmath.mpf(11)/mpmath.mpf(2)*_t0 + (mpmath.mpf(1)/mpmath.mpf(2))*x**4 + 9)*mpmath.exp(-mpmath.mpf(1)/mpmath.mpf(2)*_t0)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_6(x):
    _t0 = x**2
    _t1 = (mpmath.mpf(1)/mpmath.mpf(2))*_t0
    _t2 = x**4
    return mpmath.sqrt(2)*(-18*_t0 - _t1*(-10*_t0 + _t2 + 15) + 3*_t2 + 9)*mpmath.exp(-_t1)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_7(x):
    _t0 = x**2
    return mpmath.sqrt(2)*x*((mpmath.mpf(115)/mpmath.mpf(2))*_t0 + (mpmath.mpf(1)/mpmath.mpf(2))*x**6 - 11*x**4 - 60)*mpmath.exp(-mpmath.mpf(1)/mpmath.mpf(2)*_t0)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_8(x):
    _t0 = x**2
    _t1 = (mpmath.mpf(1)/mpmath.mpf(2))*_t0
    _t2 = x**4
    _t3 = x**6
    return mpmath.sqrt(2)*(180*_t0 - _t1*(105*_t0 - 21*_t2 + _t3 - 105) - 60*_t2 + 4*_t3 - 60)*mpmath.exp(-_t1)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_9(x):
    _t0 = x**2
    return mpmath.sqrt(2)*x*(-mpmath.mpf(1365)/mpmath.mpf(2)*_t0 + (mpmath.mpf(1)/mpmath.mpf(2))*x**8 - mpmath.mpf(37)/mpmath.mpf(2)*x**6 + (mpmath.mpf(399)/mpmath.mpf(2))*x**4 + 525)*mpmath.exp(-mpmath.mpf(1)/mpmath.mpf(2)*_t0)/mpmath.sqrt(mpmath.pi)


def _act_derivative_mp_10(x):
    _t0 = x**2
    _t1 = (mpmath.mpf(1)/mpmath.mpf(2))*_t0
    _t2 = x**4
    _t3 = x**6
    _t4 = x**8
    return mpmath.sqrt(2)*(-2100*_t0 - _t1*(-1260*_t0 + 378*_t2 - 36*_t3 + _t4 + 945) + 1050*_t2 - 140*_t3 + 5*_t4 + 525)*mpmath.exp(-_t1)/mpmath.sqrt(mpmath.pi)


def _moment_mp_0(mu, sigma):
    _t0 = sigma**2
    _t1 = 1/mpmath.sqrt(_t0 + 1)
    return ((mu)*mpmath.ncdf(_t1*mu) + (_t0*_t1)*mpmath.npdf(_t1*mu))


def _moment_mp_1(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/mpmath.sqrt(_t1)
    return ((_t0 + mu**2)*mpmath.ncdf(_t2) + (_t0*_t2*(-_t0/_t1 + 2))*mpmath.npdf(_t2))


def _moment_mp_2(mu, sigma):
    _t0 = mu**2
    _t1 = sigma**2
    _t2 = 3*_t1
    _t3 = _t1 + 1
    _t4 = 1/mpmath.sqrt(_t3)
    _t5 = 2*_t1
    _t6 = 1/_t3
    _t7 = sigma**4
    return ((mu*(_t0 + _t2))*mpmath.ncdf(_t4*mu) + (_t1*_t4*(-_t0*_t2*_t6 + _t0*_t7/(_t5 + _t7 + 1) + 3*_t0 + _t1*_t6 + _t5))*mpmath.npdf(_t4*mu))


def _moment_mp_3(mu, sigma):
    _t0 = sigma**4
    _t1 = 3*_t0
    _t2 = mu**2
    _t3 = sigma**2
    _t4 = 6*_t2*_t3
    _t5 = _t3 + 1
    _t6 = 1/_t5
    _t7 = 1/(_t0 + 2*_t3 + 1)
    _t8 = sigma**6
    _t9 = mu/mpmath.sqrt(_t5)
    return ((_t1 + _t4 + mu**4)*mpmath.ncdf(_t9) + (_t3*_t9*(4*_t0*_t2*_t7 - _t1*_t6 - _t1*_t7 - _t2*_t8/(_t1 + 3*_t3 + _t8 + 1) + 4*_t2 + 4*_t3*_t6 + 8*_t3 - _t4*_t6))*mpmath.npdf(_t9))


def _moment_mp_4(mu, sigma):
    _t0 = mu**4
    _t1 = sigma**4
    _t2 = 15*_t1
    _t3 = sigma**2
    _t4 = mu**2
    _t5 = _t3*_t4
    _t6 = 10*_t5
    _t7 = _t3 + 1
    _t8 = 1/mpmath.sqrt(_t7)
    _t9 = 5*_t0
    _t10 = 1/_t7
    _t11 = _t2*_t4
    _t12 = 10*_t0
    _t13 = 1/(_t1 + 2*_t3 + 1)
    _t14 = 3*_t1
    _t15 = sigma**6
    _t16 = 4*_t15
    _t17 = _t15/(_t14 + _t15 + 3*_t3 + 1)
    _t18 = sigma**8
    return ((mu*(_t0 + _t2 + _t6))*mpmath.ncdf(_t8*mu) + (_t3*_t8*(_t0*_t18/(6*_t1 + _t16 + _t18 + 4*_t3 + 1) + 4*_t1*_t10 + _t1*_t12*_t13 + 8*_t1 - _t10*_t11 - _t10*_t12*_t3 + _t10*_t6 - _t11*_t13 + _t13*_t14 + _t13*_t16*_t4 + 6*_t17*_t4 - _t17*_t9 + 20*_t5 + _t9))*mpmath.npdf(_t8*mu))


def _moment_mp_5(mu, sigma):
    _t0 = sigma**6
    _t1 = 15*_t0
    _t2 = mu**2
    _t3 = sigma**4
    _t4 = 45*_t2*_t3
    _t5 = mu**4
    _t6 = sigma**2
    _t7 = 15*_t5*_t6
    _t8 = _t6 + 1
    _t9 = 1/_t8
    _t10 = 1/(_t3 + 2*_t6 + 1)
    _t11 = 1/(_t0 + 3*_t3 + 3*_t6 + 1)
    _t12 = _t1*_t11
    _t13 = sigma**8
    _t14 = 5*_t13
    _t15 = 1/(4*_t0 + _t13 + 6*_t3 + 4*_t6 + 1)
    _t16 = sigma**10
    _t17 = mu/mpmath.sqrt(_t8)
    return ((_t1 + _t4 + _t7 + mu**6)*mpmath.ncdf(_t17) + (_t17*_t6*(24*_t0*_t10*_t2 + 36*_t0*_t11*_t2 - _t1*_t10 - _t1*_t9 + 20*_t10*_t3*_t5 + 18*_t10*_t3 - _t10*_t4 - _t11*_t14*_t2 - _t12*_t5 - _t12 - 10*_t13*_t15*_t2 + 6*_t13*_t15*_t5 - _t16*_t5/(10*_t0 + _t14 + _t16 + 10*_t3 + 5*_t6 + 1) + 20*_t2*_t6*_t9 + 40*_t2*_t6 + 24*_t3*_t9 + 48*_t3 - _t4*_t9 + 6*_t5 - _t7*_t9))*mpmath.npdf(_t17))


def _moment_mp_6(mu, sigma):
    _t0 = mu**6
    _t1 = sigma**6
    _t2 = 105*_t1
    _t3 = sigma**4
    _t4 = mu**2
    _t5 = _t3*_t4
    _t6 = sigma**2
    _t7 = mu**4
    _t8 = _t6*_t7
    _t9 = _t6 + 1
    _t10 = 1/mpmath.sqrt(_t9)
    _t11 = 7*_t0
    _t12 = 1/_t9
    _t13 = _t2*_t4
    _t14 = 105*_t3*_t7
    _t15 = 21*_t0
    _t16 = 1/(_t3 + 2*_t6 + 1)
    _t17 = _t1*_t16
    _t18 = sigma**8
    _t19 = _t18*_t4
    _t20 = 35*_t0
    _t21 = 1/(_t1 + 3*_t3 + 3*_t6 + 1)
    _t22 = _t1*_t21
    _t23 = _t18*_t7
    _t24 = 1/(4*_t1 + _t18 + 6*_t3 + 4*_t6 + 1)
    _t25 = _t18*_t24
    _t26 = sigma**10
    _t27 = 6*_t26
    _t28 = _t26/(10*_t1 + 5*_t18 + _t26 + 10*_t3 + 5*_t6 + 1)
    _t29 = sigma**12
    return ((mu*(_t0 + _t2 + 105*_t5 + 21*_t8))*mpmath.ncdf(_t10*mu) + (_t10*_t6*(_t0*_t29/(20*_t1 + 15*_t18 + _t27 + _t29 + 15*_t3 + 6*_t6 + 1) + 24*_t1*_t12 + 48*_t1 - _t11*_t28 + _t11 - _t12*_t13 - _t12*_t14 - _t12*_t15*_t6 + 84*_t12*_t5 + 35*_t12*_t8 - _t13*_t16 - _t13*_t21 - _t14*_t16 + _t15*_t25 + 24*_t16*_t19 + _t16*_t20*_t3 + 63*_t16*_t5 + 84*_t17*_t7 + 18*_t17 + 36*_t19*_t21 - _t20*_t22 - 35*_t21*_t23 + 126*_t22*_t7 + 15*_t22 - 70*_t23*_t24 + _t24*_t27*_t7 + 45*_t25*_t4 + 15*_t28*_t7 + 168*_t5 + 70*_t8))*mpmath.npdf(_t10*mu))


def _moment_mp_7(mu, sigma):
    _t0 = sigma**8
    _t1 = 105*_t0
    _t2 = mu**2
    _t3 = sigma**6
    _t4 = 420*_t2*_t3
    _t5 = mu**4
    _t6 = sigma**4
    _t7 = 210*_t5*_t6
    _t8 = sigma**2
    _t9 = mu**6
    _t10 = 28*_t9
    _t11 = _t10*_t8
    _t12 = _t8 + 1
    _t13 = 1/_t12
    _t14 = 1/(_t6 + 2*_t8 + 1)
    _t15 = 1/(_t3 + 3*_t6 + 3*_t8 + 1)
    _t16 = sigma**10
    _t17 = _t16*_t2
    _t18 = _t0*_t5
    _t19 = 1/(_t0 + 4*_t3 + 6*_t6 + 4*_t8 + 1)
    _t20 = 1/(5*_t0 + _t16 + 10*_t3 + 10*_t6 + 5*_t8 + 1)
    _t21 = sigma**12
    _t22 = 7*_t21
    _t23 = 1/(15*_t0 + 6*_t16 + _t21 + 20*_t3 + 15*_t6 + 6*_t8 + 1)
    _t24 = sigma**14
    _t25 = mu/mpmath.sqrt(_t12)
    return ((_t1 + _t11 + _t4 + _t7 + mu**8)*mpmath.ncdf(_t25) + (_t25*_t8*(192*_t0*_t14*_t2 + 288*_t0*_t15*_t2 + 360*_t0*_t19*_t2 + 56*_t0*_t19*_t9 - _t1*_t13 - _t1*_t14 - _t1*_t15 - _t1*_t19 - _t10*_t16*_t20 - _t11*_t13 + 224*_t13*_t2*_t6 + 192*_t13*_t3 - _t13*_t4 + 56*_t13*_t5*_t8 - _t13*_t7 + 168*_t14*_t2*_t6 + 224*_t14*_t3*_t5 + 144*_t14*_t3 - _t14*_t4 + 56*_t14*_t6*_t9 - _t14*_t7 - 35*_t15*_t17 - 140*_t15*_t18 + 336*_t15*_t3*_t5 - 70*_t15*_t3*_t9 + 120*_t15*_t3 - _t15*_t4 + 48*_t16*_t19*_t5 + 120*_t16*_t20*_t5 - 70*_t17*_t19 - 105*_t17*_t20 - 280*_t18*_t19 + 448*_t2*_t6 - _t20*_t22*_t5 - 21*_t21*_t23*_t5 + 8*_t21*_t23*_t9 - _t24*_t9/(35*_t0 + 21*_t16 + _t22 + _t24 + 35*_t3 + 21*_t6 + 7*_t8 + 1) + 384*_t3 + 112*_t5*_t8 + 8*_t9))*mpmath.npdf(_t25))


def _moment_mp_8(mu, sigma):
    _t0 = mu**8
    _t1 = sigma**8
    _t2 = 945*_t1
    _t3 = sigma**6
    _t4 = mu**2
    _t5 = _t3*_t4
    _t6 = sigma**4
    _t7 = mu**4
    _t8 = _t6*_t7
    _t9 = 378*_t8
    _t10 = sigma**2
    _t11 = mu**6
    _t12 = _t10*_t11
    _t13 = _t10 + 1
    _t14 = 1/mpmath.sqrt(_t13)
    _t15 = 9*_t0
    _t16 = 1/_t13
    _t17 = _t2*_t4
    _t18 = 1260*_t3*_t7
    _t19 = 378*_t11*_t6
    _t20 = 36*_t0
    _t21 = 1/(2*_t10 + _t6 + 1)
    _t22 = _t1*_t21
    _t23 = sigma**10
    _t24 = _t23*_t4
    _t25 = 84*_t0
    _t26 = 1/(3*_t10 + _t3 + 3*_t6 + 1)
    _t27 = _t1*_t26
    _t28 = _t23*_t7
    _t29 = _t26*_t3
    _t30 = 126*_t0
    _t31 = 1/(_t1 + 4*_t10 + 4*_t3 + 6*_t6 + 1)
    _t32 = _t1*_t31
    _t33 = sigma**12
    _t34 = _t33*_t7
    _t35 = 1/(5*_t1 + 5*_t10 + _t23 + 10*_t3 + 10*_t6 + 1)
    _t36 = _t23*_t35
    _t37 = _t11*_t33
    _t38 = 1/(15*_t1 + 6*_t10 + 6*_t23 + 20*_t3 + _t33 + 15*_t6 + 1)
    _t39 = _t33*_t38
    _t40 = sigma**14
    _t41 = 8*_t40
    _t42 = _t40/(35*_t1 + 7*_t10 + 21*_t23 + 35*_t3 + 7*_t33 + _t40 + 21*_t6 + 1)
    _t43 = sigma**16
    return ((mu*(_t0 + 36*_t12 + _t2 + 1260*_t5 + _t9))*mpmath.ncdf(_t14*mu) + (_t10*_t14*(_t0*_t43/(70*_t1 + 8*_t10 + 56*_t23 + 56*_t3 + 28*_t33 + _t41 + _t43 + 28*_t6 + 1) + 192*_t1*_t16 + 384*_t1 - _t10*_t16*_t20 + 504*_t11*_t21*_t3 + 216*_t11*_t23*_t31 - 420*_t11*_t27 + 756*_t11*_t29 - 840*_t11*_t32 + 540*_t11*_t36 + _t11*_t38*_t41 + 28*_t11*_t42 + 84*_t12*_t16 + 168*_t12 - _t15*_t42 + _t15 - _t16*_t17 - _t16*_t18 - _t16*_t19 + 864*_t16*_t5 + 504*_t16*_t8 - _t17*_t21 - _t17*_t26 - _t17*_t31 - _t18*_t21 - _t18*_t26 - _t19*_t21 + _t20*_t39 + 192*_t21*_t24 + _t21*_t25*_t6 + 648*_t21*_t5 + _t21*_t9 + 864*_t22*_t7 + 144*_t22 + 288*_t24*_t26 + 360*_t24*_t31 - _t25*_t36 - 315*_t26*_t28 + 540*_t26*_t5 + 1296*_t27*_t7 + 120*_t27 - 630*_t28*_t31 - 945*_t28*_t35 - _t29*_t30 + _t30*_t32 + 48*_t31*_t34 + 1620*_t32*_t7 + 105*_t32 + 120*_t34*_t35 - 63*_t35*_t37 + 420*_t36*_t4 - 189*_t37*_t38 + 210*_t39*_t7 + 1728*_t5 + 1008*_t8))*mpmath.npdf(_t14*mu))


def _moment_mp_9(mu, sigma):
    _t0 = sigma**10
    _t1 = 945*_t0
    _t2 = mu**2
    _t3 = sigma**8
    _t4 = 4725*_t2*_t3
    _t5 = sigma**6
    _t6 = mu**4
    _t7 = 3150*_t6
    _t8 = _t5*_t7
    _t9 = mu**6
    _t10 = sigma**4
    _t11 = 630*_t10*_t9
    _t12 = sigma**2
    _t13 = mu**8
    _t14 = 45*_t13
    _t15 = _t12*_t14
    _t16 = _t12 + 1
    _t17 = 1/_t16
    _t18 = 1/(_t10 + 2*_t12 + 1)
    _t19 = 1/(3*_t10 + 3*_t12 + _t5 + 1)
    _t20 = sigma**12
    _t21 = _t2*_t20
    _t22 = _t0*_t6
    _t23 = 210*_t13
    _t24 = 1/(6*_t10 + 4*_t12 + _t3 + 4*_t5 + 1)
    _t25 = 1/(_t0 + 10*_t10 + 5*_t12 + 5*_t3 + 10*_t5 + 1)
    _t26 = sigma**14
    _t27 = _t26*_t6
    _t28 = _t20*_t9
    _t29 = 1/(6*_t0 + 15*_t10 + 6*_t12 + _t20 + 15*_t3 + 20*_t5 + 1)
    _t30 = 1/(21*_t0 + 21*_t10 + 7*_t12 + 7*_t20 + _t26 + 35*_t3 + 35*_t5 + 1)
    _t31 = sigma**16
    _t32 = 9*_t31
    _t33 = 1/(56*_t0 + 28*_t10 + 8*_t12 + 28*_t20 + 8*_t26 + 70*_t3 + _t31 + 56*_t5 + 1)
    _t34 = sigma**18
    _t35 = mu/mpmath.sqrt(_t16)
    return ((_t1 + _t11 + _t15 + _t4 + _t8 + mu**10)*mpmath.ncdf(_t35) + (_t12*_t35*(1920*_t0*_t18*_t2 + 2880*_t0*_t19*_t2 + 3600*_t0*_t2*_t24 + 4200*_t0*_t2*_t25 - _t0*_t23*_t25 - _t0*_t24*_t7 + 720*_t0*_t24*_t9 + 1800*_t0*_t25*_t9 - _t1*_t17 - _t1*_t18 - _t1*_t19 - _t1*_t24 - _t1*_t25 + 120*_t10*_t13*_t18 + 1008*_t10*_t17*_t6 + 756*_t10*_t18*_t6 + 2016*_t10*_t6 - _t11*_t17 - _t11*_t18 + 120*_t12*_t17*_t9 + 240*_t12*_t9 + 120*_t13*_t20*_t29 + 252*_t13*_t24*_t3 + 10*_t13*_t31*_t33 - _t13*_t34/(126*_t0 + 36*_t10 + 9*_t12 + 84*_t20 + 36*_t26 + 126*_t3 + _t32 + _t34 + 84*_t5 + 1) + 10*_t13 - _t14*_t26*_t30 - _t15*_t17 + 2880*_t17*_t2*_t5 + 1920*_t17*_t3 - _t17*_t4 - _t17*_t8 + 2160*_t18*_t2*_t5 + 2880*_t18*_t3*_t6 + 1440*_t18*_t3 - _t18*_t4 + 1008*_t18*_t5*_t9 - _t18*_t8 + 1800*_t19*_t2*_t5 - 315*_t19*_t21 - 1575*_t19*_t22 - _t19*_t23*_t5 + 4320*_t19*_t3*_t6 - 1050*_t19*_t3*_t9 + 1200*_t19*_t3 - _t19*_t4 + 1512*_t19*_t5*_t9 - _t19*_t8 + 5760*_t2*_t5 + 480*_t20*_t24*_t6 + 1200*_t20*_t25*_t6 + 2100*_t20*_t29*_t6 - 630*_t21*_t24 - 945*_t21*_t25 - 1260*_t21*_t29 - 4725*_t22*_t25 + 5400*_t24*_t3*_t6 - 2100*_t24*_t3*_t9 + 1050*_t24*_t3 - _t24*_t4 - 63*_t25*_t27 - 315*_t25*_t28 + 80*_t26*_t29*_t9 + 280*_t26*_t30*_t9 - 189*_t27*_t29 - 378*_t27*_t30 - 945*_t28*_t29 + 3840*_t3 - _t30*_t32*_t9 - 36*_t31*_t33*_t9))*mpmath.npdf(_t35))


def _moment_mp_10(mu, sigma):
    _t0 = mu**10
    _t1 = sigma**10
    _t2 = 10395*_t1
    _t3 = sigma**8
    _t4 = mu**2
    _t5 = _t3*_t4
    _t6 = sigma**6
    _t7 = mu**4
    _t8 = _t6*_t7
    _t9 = sigma**4
    _t10 = mu**6
    _t11 = _t10*_t9
    _t12 = sigma**2
    _t13 = mu**8
    _t14 = _t12*_t13
    _t15 = _t12 + 1
    _t16 = 1/mpmath.sqrt(_t15)
    _t17 = 11*_t0
    _t18 = 1/_t15
    _t19 = _t2*_t4
    _t20 = 17325*_t3*_t7
    _t21 = 6930*_t10*_t6
    _t22 = 990*_t13*_t9
    _t23 = 55*_t0
    _t24 = 1/(2*_t12 + _t9 + 1)
    _t25 = _t1*_t24
    _t26 = 7920*_t24
    _t27 = sigma**12
    _t28 = _t27*_t4
    _t29 = _t10*_t3
    _t30 = 165*_t0
    _t31 = 1/(3*_t12 + _t6 + 3*_t9 + 1)
    _t32 = _t1*_t31
    _t33 = _t27*_t7
    _t34 = _t31*_t6
    _t35 = _t13*_t3
    _t36 = 330*_t0
    _t37 = 1/(4*_t12 + _t3 + 4*_t6 + 6*_t9 + 1)
    _t38 = _t1*_t37
    _t39 = sigma**14
    _t40 = _t39*_t7
    _t41 = _t3*_t37
    _t42 = 11550*_t10
    _t43 = _t10*_t27
    _t44 = 462*_t0
    _t45 = 1/(_t1 + 5*_t12 + 5*_t3 + 10*_t6 + 10*_t9 + 1)
    _t46 = _t1*_t45
    _t47 = _t10*_t39
    _t48 = _t13*_t27
    _t49 = 1/(6*_t1 + 6*_t12 + _t27 + 15*_t3 + 20*_t6 + 15*_t9 + 1)
    _t50 = _t27*_t49
    _t51 = _t39*_t49
    _t52 = sigma**16
    _t53 = _t10*_t52
    _t54 = 1/(21*_t1 + 7*_t12 + 7*_t27 + 35*_t3 + _t39 + 35*_t6 + 21*_t9 + 1)
    _t55 = _t39*_t54
    _t56 = _t13*_t52
    _t57 = 1/(56*_t1 + 8*_t12 + 28*_t27 + 70*_t3 + 8*_t39 + _t52 + 56*_t6 + 28*_t9 + 1)
    _t58 = _t52*_t57
    _t59 = sigma**18
    _t60 = 10*_t59
    _t61 = _t59/(126*_t1 + 9*_t12 + 84*_t27 + 126*_t3 + 36*_t39 + 9*_t52 + _t59 + 84*_t6 + 36*_t9 + 1)
    _t62 = sigma**20
    return ((mu*(_t0 + 990*_t11 + 55*_t14 + _t2 + 17325*_t5 + 6930*_t8))*mpmath.ncdf(_t16*mu) + (_t12*_t16*(_t0*_t62/(252*_t1 + 10*_t12 + 210*_t27 + 210*_t3 + 120*_t39 + 45*_t52 + 120*_t6 + _t60 + _t62 + 45*_t9 + 1) + 1920*_t1*_t18 + 3840*_t1 - 5775*_t10*_t32 + 14850*_t10*_t41 - 17325*_t10*_t46 + 630*_t10*_t58 + 1848*_t11*_t18 + 1386*_t11*_t24 + 3696*_t11 - _t12*_t18*_t23 + 1848*_t13*_t24*_t6 + 2772*_t13*_t34 + 1980*_t13*_t38 + 4950*_t13*_t46 + 440*_t13*_t51 + 1540*_t13*_t55 + _t13*_t57*_t60 + 45*_t13*_t61 + 165*_t14*_t18 + 330*_t14 - _t17*_t61 + _t17 - _t18*_t19 - _t18*_t20 - _t18*_t21 - _t18*_t22 + 10560*_t18*_t5 + 7920*_t18*_t8 - _t19*_t24 - _t19*_t31 - _t19*_t37 - _t19*_t45 - _t20*_t24 - _t20*_t31 - _t20*_t37 - _t21*_t24 - _t21*_t31 - _t22*_t24 + _t23*_t58 + 1920*_t24*_t28 + _t24*_t30*_t9 + 5940*_t24*_t8 + 10560*_t25*_t7 + 1440*_t25 + _t26*_t29 + _t26*_t5 + 2880*_t28*_t31 + 3600*_t28*_t37 + 4200*_t28*_t45 + 11880*_t29*_t31 - _t30*_t55 - 3465*_t31*_t33 - 2310*_t31*_t35 + 6600*_t31*_t5 + 4950*_t31*_t8 + 15840*_t32*_t7 + 1200*_t32 - 6930*_t33*_t37 - 10395*_t33*_t45 - 13860*_t33*_t49 - _t34*_t36 - 4620*_t35*_t37 + _t36*_t50 + 480*_t37*_t40 + 2640*_t37*_t43 + 5775*_t37*_t5 - _t38*_t42 + 19800*_t38*_t7 + 1050*_t38 + 4725*_t4*_t50 + 1200*_t40*_t45 + _t41*_t44 + _t42*_t50 + 6600*_t43*_t45 - _t44*_t46 - 693*_t45*_t47 - 1155*_t45*_t48 + 23100*_t46*_t7 + 945*_t46 - 2079*_t47*_t49 - 4158*_t47*_t54 - 3465*_t48*_t49 + 80*_t49*_t53 + 21120*_t5 + 2100*_t51*_t7 + 280*_t53*_t54 - 99*_t54*_t56 + 3150*_t55*_t7 - 396*_t56*_t57 + 15840*_t8))*mpmath.npdf(_t16*mu))


def _derivative_mp_0(mu, sigma):
    _t0 = sigma**2
    _t1 = 1/mpmath.sqrt(_t0 + 1)
    return ((mu)*mpmath.ncdf(_t1*mu) + (_t0*_t1)*mpmath.npdf(_t1*mu))


def _derivative_mp_1(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/mpmath.sqrt(_t1)
    return ((1)*mpmath.ncdf(_t2) + (_t2*(-_t0/_t1 + 1))*mpmath.npdf(_t2))


def _derivative_mp_2(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = 1/mpmath.sqrt(_t1)
    _t3 = mu**2
    _t4 = 1/_t1
    return ((0)*mpmath.ncdf(_t2*mu) + (_t2*(_t0*_t3/(2*_t0 + sigma**4 + 1) - _t0*_t4 - _t3*_t4 + 2))*mpmath.npdf(_t2*mu))


def _derivative_mp_3(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = 1/mpmath.sqrt(_t1)
    _t3 = _t2*mu
    _t4 = 1/_t1
    _t5 = _t0*_t4 - 1
    return -_t2*(_t2*_t5*((0)*mpmath.ncdf(_t3) + (-_t3)*mpmath.npdf(_t3)) - _t4*(2*_t5*mu*((0)*mpmath.ncdf(_t3) + (1)*mpmath.npdf(_t3)) + ((0)*mpmath.ncdf(_t3) + (-_t4*_t5*mu**3)*mpmath.npdf(_t3)))) + ((0)*mpmath.ncdf(_t3) + (-mu/_t1**(mpmath.mpf(3)/mpmath.mpf(2)))*mpmath.npdf(_t3))


def _derivative_mp_4(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = _t1**(mpmath.mpf(-3)/mpmath.mpf(2))
    _t3 = 1/mpmath.sqrt(_t1)
    _t4 = _t3*mu
    _t5 = ((0)*mpmath.ncdf(_t4) + (1)*mpmath.npdf(_t4))
    _t6 = 1/_t1
    _t7 = _t6*mu**2
    _t8 = _t2*(_t5 - ((0)*mpmath.ncdf(_t4) + (_t7)*mpmath.npdf(_t4)))
    _t9 = _t0*_t6 - 1
    _t10 = _t5*_t9
    return _t6*(2*_t10*_t3 - _t3*(3*_t10*_t7 - _t3*((0)*mpmath.ncdf(_t4) + (_t2*_t9*mu**4)*mpmath.npdf(_t4))) + 2*_t6*_t9*mu*((0)*mpmath.ncdf(_t4) + (-_t4)*mpmath.npdf(_t4))) + _t8*_t9 - _t8


def _derivative_mp_5(mu, sigma):
    _t0 = sigma**4
    _t1 = sigma**2
    _t2 = _t1 + 1
    _t3 = 1/mpmath.sqrt(_t2)
    _t4 = _t3*mu
    _t5 = 1/_t2
    _t6 = _t1*_t5 - 1
    _t7 = ((0)*mpmath.ncdf(_t4) + (1)*mpmath.npdf(_t4))
    _t8 = mu**2
    _t9 = 2*mu
    _t10 = _t2**(mpmath.mpf(-3)/mpmath.mpf(2))
    _t11 = _t5*_t7
    _t12 = mu**3
    _t13 = _t11*_t9 + _t3*((0)*mpmath.ncdf(_t4) + (-_t10*_t12)*mpmath.npdf(_t4))
    _t14 = ((0)*mpmath.ncdf(_t4) + (-_t4)*mpmath.npdf(_t4))
    _t15 = _t5*_t6
    return _t10*_t13 - _t10*(3*_t10*_t14*_t6*_t8 + 6*_t15*_t7*mu + _t5*(-4*_t11*_t12*_t6 - ((0)*mpmath.ncdf(_t4) + (-_t6*mu**5/_t2**2)*mpmath.npdf(_t4)))) + _t15*(-_t13*_t3 + _t14*_t5) + ((0)*mpmath.ncdf(_t4) + (_t4*(-4*_t1/(3*_t0 + 3*_t1 + sigma**6 + 1) + 5/(_t0 + 2*_t1 + 1)))*mpmath.npdf(_t4)) - _t6*_t9*(_t7 - ((0)*mpmath.ncdf(_t4) + (_t5*_t8)*mpmath.npdf(_t4)))/_t2**(mpmath.mpf(5)/mpmath.mpf(2))


def _derivative_mp_6(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = _t1**(mpmath.mpf(-3)/mpmath.mpf(2))
    _t3 = 1/_t1
    _t4 = 1/mpmath.sqrt(_t1)
    _t5 = _t4*mu
    _t6 = ((0)*mpmath.ncdf(_t5) + (1)*mpmath.npdf(_t5))
    _t7 = 2*_t3*_t6
    _t8 = 2*mu
    _t9 = ((0)*mpmath.ncdf(_t5) + (-_t5)*mpmath.npdf(_t5))
    _t10 = mu**2
    _t11 = _t10*_t3
    _t12 = _t6 - ((0)*mpmath.ncdf(_t5) + (_t11)*mpmath.npdf(_t5))
    _t13 = _t1**(-2)
    _t14 = _t13*mu**4
    _t15 = _t12*_t3 + _t2*_t8*_t9 - _t3*(3*_t11*_t6 - ((0)*mpmath.ncdf(_t5) + (_t14)*mpmath.npdf(_t5))) + _t7
    _t16 = _t0*_t3 - 1
    _t17 = mu**3
    _t18 = -_t16
    return -_t15*_t16*_t2 + _t15*_t2 - _t3*(6*_t12*_t16*_t2 + _t16*_t3*_t8*(_t3*_t9 - _t4*(_t4*((0)*mpmath.ncdf(_t5) + (-_t17*_t2)*mpmath.npdf(_t5)) + _t7*mu)) + _t4*(-3*_t10*_t12*_t13*_t16 + 12*_t16*_t2*_t9*mu + 6*_t16*_t3*_t6 - _t4*(-12*_t10*_t18*_t2*_t6 - 4*_t13*_t17*_t18*_t9 + _t4*(-5*_t14*_t16*_t6 + _t4*((0)*mpmath.ncdf(_t5) + (_t16*mu**6/_t1**(mpmath.mpf(5)/mpmath.mpf(2)))*mpmath.npdf(_t5))))))


def _derivative_mp_7(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = _t1**(-2)
    _t3 = 1/_t1
    _t4 = 1/mpmath.sqrt(_t1)
    _t5 = _t4*mu
    _t6 = ((0)*mpmath.ncdf(_t5) + (-_t5)*mpmath.npdf(_t5))
    _t7 = ((0)*mpmath.ncdf(_t5) + (1)*mpmath.npdf(_t5))
    _t8 = 2*_t3*_t7
    _t9 = mu**3
    _t10 = _t1**(mpmath.mpf(-3)/mpmath.mpf(2))
    _t11 = _t3*_t6 - _t4*(_t4*((0)*mpmath.ncdf(_t5) + (-_t10*_t9)*mpmath.npdf(_t5)) + _t8*mu)
    _t12 = _t11*_t2
    _t13 = _t0*_t3 - 1
    _t14 = 2*mu
    _t15 = mu**2
    _t16 = _t15*_t3
    _t17 = _t7 - ((0)*mpmath.ncdf(_t5) + (_t16)*mpmath.npdf(_t5))
    _t18 = mu**4
    _t19 = _t1**(mpmath.mpf(-5)/mpmath.mpf(2))
    _t20 = _t13*_t19
    _t21 = _t17*_t2
    _t22 = _t10*_t7*mu
    _t23 = 3*_t15
    _t24 = _t2*_t6
    _t25 = _t2*_t7
    _t26 = 4*_t9
    _t27 = mu**5
    _t28 = 4*_t10*_t6 - _t14*_t21 - _t4*(6*_t22 + _t23*_t24 - _t4*(_t25*_t26 + _t4*((0)*mpmath.ncdf(_t5) + (-_t19*_t27)*mpmath.npdf(_t5))))
    _t29 = -_t13
    _t30 = 24*_t29
    return _t10*_t28 - _t10*(-_t10*_t11*_t13*_t23 + 18*_t10*_t13*_t6 - 18*_t13*_t21*mu - _t4*(-_t15*_t24*_t30 + _t17*_t19*_t26*_t29 - _t22*_t30 + _t4*(-20*_t13*_t25*_t9 - 5*_t18*_t20*_t6 + _t3*(-6*_t25*_t27*_t29 + ((0)*mpmath.ncdf(_t5) + (-_t13*mu**7/_t1**3)*mpmath.npdf(_t5)))))) - 8*_t12*_t13 + _t12 - _t13*_t3*(_t11*_t3 + _t28*_t4) + _t14*_t20*(_t10*_t14*_t6 + _t17*_t3 - _t3*(3*_t16*_t7 - ((0)*mpmath.ncdf(_t5) + (_t18*_t2)*mpmath.npdf(_t5))) + _t8)


def _derivative_mp_8(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = _t1**(mpmath.mpf(-3)/mpmath.mpf(2))
    _t3 = _t1**(-2)
    _t4 = 1/mpmath.sqrt(_t1)
    _t5 = _t4*mu
    _t6 = ((0)*mpmath.ncdf(_t5) + (1)*mpmath.npdf(_t5))
    _t7 = mu**2
    _t8 = 1/_t1
    _t9 = _t7*_t8
    _t10 = _t6 - ((0)*mpmath.ncdf(_t5) + (_t9)*mpmath.npdf(_t5))
    _t11 = _t10*_t3
    _t12 = 2*mu
    _t13 = ((0)*mpmath.ncdf(_t5) + (-_t5)*mpmath.npdf(_t5))
    _t14 = 2*_t8
    _t15 = _t14*_t6
    _t16 = mu**3
    _t17 = _t13*_t8 - _t4*(_t15*mu + _t4*((0)*mpmath.ncdf(_t5) + (-_t16*_t2)*mpmath.npdf(_t5)))
    _t18 = _t17*_t2
    _t19 = mu**4
    _t20 = _t19*_t3
    _t21 = 3*_t6*_t9 - ((0)*mpmath.ncdf(_t5) + (_t20)*mpmath.npdf(_t5))
    _t22 = -_t10
    _t23 = _t12*_t13*_t2 + _t15
    _t24 = _t21*_t8 + _t22*_t8 - _t23
    _t25 = _t2*_t6
    _t26 = 6*_t25
    _t27 = _t13*_t3
    _t28 = _t27*mu
    _t29 = _t1**(mpmath.mpf(-5)/mpmath.mpf(2))
    _t30 = 3*_t7
    _t31 = _t3*_t6
    _t32 = _t31*_t7
    _t33 = 4*_t16
    _t34 = _t13*_t29
    _t35 = _t1**(-3)
    _t36 = _t35*mu**6
    _t37 = _t2*(-6*_t11 - _t12*_t18 + _t24*_t8 - _t4*(_t22*_t29*_t30 + _t26 + 12*_t28 - _t4*(12*_t32 + _t33*_t34 + _t8*(-5*_t20*_t6 + ((0)*mpmath.ncdf(_t5) + (_t36)*mpmath.npdf(_t5))))))
    _t38 = _t0*_t8 - 1
    _t39 = mu**5
    _t40 = 24*_t38
    _t41 = -_t38
    _t42 = _t29*_t41
    return -_t37*_t38 + _t37 + _t8*(_t14*_t38*mu*(_t17*_t8 + _t4*(-_t11*_t12 + 4*_t13*_t2 - _t4*(_t26*mu + _t27*_t30 - _t4*(_t31*_t33 + _t4*((0)*mpmath.ncdf(_t5) + (-_t29*_t39)*mpmath.npdf(_t5)))))) + 10*_t2*_t38*(_t10*_t8 - _t21*_t8 + _t23) + _t4*(36*_t11*_t38 + _t18*_t40*mu + _t24*_t3*_t30*_t38 + _t4*(36*_t10*_t42*_t7 + _t17*_t3*_t33*_t41 + _t25*_t40 - 72*_t28*_t41 + _t4*(5*_t10*_t19*_t35*_t38 - 40*_t16*_t34*_t38 - 60*_t32*_t38 + _t4*(-6*_t13*_t35*_t39*_t41 - 30*_t19*_t42*_t6 + _t4*(-7*_t36*_t38*_t6 + _t4*((0)*mpmath.ncdf(_t5) + (_t38*mu**8/_t1**(mpmath.mpf(7)/mpmath.mpf(2)))*mpmath.npdf(_t5))))))))


def _derivative_mp_9(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = _t1**(-2)
    _t3 = 1/_t1
    _t4 = 1/mpmath.sqrt(_t1)
    _t5 = _t4*mu
    _t6 = ((0)*mpmath.ncdf(_t5) + (-_t5)*mpmath.npdf(_t5))
    _t7 = ((0)*mpmath.ncdf(_t5) + (1)*mpmath.npdf(_t5))
    _t8 = 2*_t3*_t7
    _t9 = mu**3
    _t10 = _t1**(mpmath.mpf(-3)/mpmath.mpf(2))
    _t11 = _t3*_t6 - _t4*(_t4*((0)*mpmath.ncdf(_t5) + (-_t10*_t9)*mpmath.npdf(_t5)) + _t8*mu)
    _t12 = -_t11
    _t13 = _t10*_t6
    _t14 = mu**2
    _t15 = _t14*_t3
    _t16 = _t7 - ((0)*mpmath.ncdf(_t5) + (_t15)*mpmath.npdf(_t5))
    _t17 = -_t16
    _t18 = 2*mu
    _t19 = _t18*_t2
    _t20 = 6*_t7
    _t21 = _t10*_t20
    _t22 = _t2*_t6
    _t23 = 3*_t14
    _t24 = _t7*_t9
    _t25 = mu**5
    _t26 = _t1**(mpmath.mpf(-5)/mpmath.mpf(2))
    _t27 = _t21*mu + _t22*_t23 - _t4*(4*_t2*_t24 + _t4*((0)*mpmath.ncdf(_t5) + (-_t25*_t26)*mpmath.npdf(_t5)))
    _t28 = _t12*_t3 - _t4*(4*_t13 + _t17*_t19 - _t27*_t4)
    _t29 = _t0*_t3 - 1
    _t30 = _t16*_t2
    _t31 = _t10*_t11
    _t32 = mu**4
    _t33 = _t2*_t32
    _t34 = -_t13*_t18 + _t17*_t3 - _t3*(-3*_t15*_t7 + ((0)*mpmath.ncdf(_t5) + (_t33)*mpmath.npdf(_t5))) - _t8
    _t35 = _t17*_t26
    _t36 = _t2*_t7
    _t37 = 4*_t9
    _t38 = _t26*_t6
    _t39 = mu**6
    _t40 = _t1**(-3)
    _t41 = _t26*_t29
    _t42 = _t36*mu
    _t43 = _t14*_t38
    _t44 = _t24*_t26
    _t45 = 5*_t32
    _t46 = _t40*_t6
    _t47 = _t25*_t40
    _t48 = mu**7
    _t49 = _t1**(mpmath.mpf(-7)/mpmath.mpf(2))
    _t50 = _t19*_t34 + 8*_t31 + _t4*(_t12*_t2*_t23 + 18*_t22 + 18*_t35*mu - _t4*(_t17*_t37*_t40 + _t4*(_t4*(_t20*_t47 + _t4*((0)*mpmath.ncdf(_t5) + (-_t48*_t49)*mpmath.npdf(_t5))) - 20*_t44 - _t45*_t46) + 24*_t42 + 24*_t43))
    _t51 = 60*_t29
    _t52 = -_t29
    _t53 = _t16*_t52
    return -_t10*_t50 + _t10*(_t10*_t23*_t28*_t29 + 30*_t2*_t29*_t34*mu + _t31*_t51 + _t4*(48*_t11*_t14*_t2*_t52 + 96*_t22*_t29 + _t26*_t34*_t37*_t52 + 144*_t26*_t53*mu + _t4*(_t11*_t41*_t45 + _t16*_t40*_t51*_t9 - 120*_t29*_t42 - 180*_t29*_t43 + _t4*(6*_t25*_t49*_t53 - 60*_t32*_t46*_t52 + _t4*(-7*_t29*_t39*_t49*_t6 - 42*_t29*_t47*_t7 + _t3*(-8*_t40*_t48*_t52*_t7 + ((0)*mpmath.ncdf(_t5) + (-_t29*mu**9/_t1**4)*mpmath.npdf(_t5)))) - 120*_t44*_t52)))) - _t18*_t41*(_t18*_t31 - _t3*_t34 + 6*_t30 + _t4*(_t21 + 12*_t22*mu + _t23*_t35 - _t4*(12*_t14*_t36 + _t3*(-5*_t33*_t7 + ((0)*mpmath.ncdf(_t5) + (_t39*_t40)*mpmath.npdf(_t5))) + _t37*_t38))) + _t2*_t28 + 12*_t2*_t29*(_t11*_t3 + _t4*(4*_t10*_t6 - _t18*_t30 - _t27*_t4)) - _t29*_t3*(_t28*_t3 - _t4*_t50)


def _derivative_mp_10(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = _t1**(mpmath.mpf(-3)/mpmath.mpf(2))
    _t3 = _t1**(-2)
    _t4 = 1/mpmath.sqrt(_t1)
    _t5 = _t4*mu
    _t6 = ((0)*mpmath.ncdf(_t5) + (1)*mpmath.npdf(_t5))
    _t7 = 1/_t1
    _t8 = 2*_t7
    _t9 = _t6*_t8
    _t10 = ((0)*mpmath.ncdf(_t5) + (-_t5)*mpmath.npdf(_t5))
    _t11 = _t10*_t2
    _t12 = 2*mu
    _t13 = mu**2
    _t14 = _t13*_t7
    _t15 = _t6 - ((0)*mpmath.ncdf(_t5) + (_t14)*mpmath.npdf(_t5))
    _t16 = -_t15
    _t17 = mu**4
    _t18 = _t17*_t3
    _t19 = _t11*_t12 - _t16*_t7 + _t7*(-3*_t14*_t6 + ((0)*mpmath.ncdf(_t5) + (_t18)*mpmath.npdf(_t5))) + _t9
    _t20 = -_t19
    _t21 = _t20*_t3
    _t22 = mu**3
    _t23 = _t10*_t7 - _t4*(_t4*((0)*mpmath.ncdf(_t5) + (-_t2*_t22)*mpmath.npdf(_t5)) + _t9*mu)
    _t24 = -_t23
    _t25 = 6*_t6
    _t26 = _t2*_t25
    _t27 = _t10*_t3
    _t28 = 3*_t13
    _t29 = _t3*_t6
    _t30 = 4*_t22
    _t31 = mu**5
    _t32 = _t1**(mpmath.mpf(-5)/mpmath.mpf(2))
    _t33 = _t24*_t7 - _t4*(4*_t11 + _t12*_t16*_t3 + _t4*(-_t26*mu - _t27*_t28 + _t4*(_t29*_t30 + _t4*((0)*mpmath.ncdf(_t5) + (-_t31*_t32)*mpmath.npdf(_t5)))))
    _t34 = _t12*_t2
    _t35 = 6*_t3
    _t36 = _t16*_t32
    _t37 = _t10*_t22
    _t38 = 4*_t32
    _t39 = mu**6
    _t40 = _t1**(-3)
    _t41 = _t39*_t40
    _t42 = _t26 + 12*_t27*mu + _t28*_t36 - _t4*(12*_t13*_t29 + _t37*_t38 + _t7*(-5*_t18*_t6 + ((0)*mpmath.ncdf(_t5) + (_t41)*mpmath.npdf(_t5))))
    _t43 = -_t16*_t35 + _t19*_t7 - _t24*_t34 + _t4*_t42
    _t44 = _t24*_t3
    _t45 = 24*_t29
    _t46 = _t10*_t32
    _t47 = _t46*mu
    _t48 = _t16*_t40
    _t49 = _t32*_t6
    _t50 = _t13*_t49
    _t51 = _t37*_t40
    _t52 = _t1**(mpmath.mpf(-7)/mpmath.mpf(2))
    _t53 = _t17*_t52
    _t54 = _t17*_t40
    _t55 = _t54*_t6
    _t56 = 6*_t31
    _t57 = _t10*_t52
    _t58 = _t1**(-4)
    _t59 = _t58*mu**8
    _t60 = -10*_t21 - _t33*_t34 - _t4*(_t19*_t28*_t32 + 36*_t36 - _t4*(36*_t13*_t48 + _t22*_t24*_t38 + _t4*(-5*_t16*_t53 + _t4*(30*_t55 + _t56*_t57 + _t7*(-7*_t41*_t6 + ((0)*mpmath.ncdf(_t5) + (_t59)*mpmath.npdf(_t5)))) - 60*_t50 - 40*_t51) + _t45 + 72*_t47) + 24*_t44*mu) + _t43*_t7
    _t61 = _t0*_t7 - 1
    _t62 = _t2*_t23
    _t63 = _t2*_t61
    _t64 = 5*_t54
    _t65 = mu**7
    _t66 = _t15*_t61
    _t67 = -_t61
    _t68 = _t23*_t67
    _t69 = 360*_t67
    return -_t2*_t60*_t61 + _t2*_t60 - _t7*(-_t4*(90*_t21*_t61 + _t28*_t3*_t43*_t61 + 36*_t33*_t63*mu + _t4*(60*_t13*_t20*_t32*_t67 + _t3*_t30*_t33*_t67 + 240*_t3*_t68*mu - 240*_t32*_t66 + _t4*(360*_t13*_t40*_t66 + _t20*_t61*_t64 + 80*_t22*_t23*_t32*_t61 - 120*_t29*_t61 + _t4*(90*_t15*_t53*_t67 + _t4*(-84*_t31*_t57*_t61 + 7*_t39*_t58*_t66 + _t4*(-8*_t10*_t58*_t65*_t67 - 56*_t39*_t52*_t6*_t67 + _t4*(_t4*((0)*mpmath.ncdf(_t5) + (_t61*mu**10/_t1**(mpmath.mpf(9)/mpmath.mpf(2)))*mpmath.npdf(_t5)) - 9*_t59*_t6*_t61)) - 210*_t55*_t61) + _t40*_t56*_t68 - _t50*_t69 - _t51*_t69) - 480*_t47*_t61))) + _t61*_t8*mu*(-_t33*_t7 + _t4*(_t12*_t21 + _t4*(18*_t27 + _t28*_t44 + 18*_t36*mu - _t4*(24*_t13*_t46 + _t30*_t48 + _t4*(-_t10*_t64 - 20*_t22*_t49 + _t4*(_t25*_t31*_t40 + _t4*((0)*mpmath.ncdf(_t5) + (-_t52*_t65)*mpmath.npdf(_t5)))) + _t45*mu)) + 8*_t62)) + 14*_t63*(_t12*_t62 + _t15*_t35 - _t20*_t7 + _t4*_t42))


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
