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
    n = 0: PhiBlend(2, 0, sqrt(2)*mu/sqrt(2*sigma**2 + 1)) - 1
    n = 1: -mu + PhiBlend(2*mu, 2*sqrt(2)*sigma**2/sqrt(2*sigma**2 + 1), sqrt(2)*mu/sqrt(2*sigma**2 + 1))
    n = 2: -mu**2 - sigma**2 + PhiBlend(2*(mu**2 + sigma**2), 4*sqrt(2)*mu*sigma**2*(-sigma**2/(2*sigma**2 + 1) + 1)/sqrt(2*sigma**2 + 1), sqrt(2)*mu/sqrt(2*sigma**2 + 1))
Closed-form part of E[act'(x)]:
    PhiBlend(0, 2*sqrt(2)/sqrt(2*sigma**2 + 1), sqrt(2)*mu/sqrt(2*sigma**2 + 1))
"""
# ruff: noqa
import gaussym.kernels.generated._runtime
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
    return gaussym.kernels.generated._runtime.phi_blend(2, 0, numpy.sqrt(2)*mu/numpy.sqrt(2*sigma**2 + 1)) - 1


def _moment_1(mu, sigma):
    _t0 = 2*sigma**2
    _t1 = numpy.sqrt(2)/numpy.sqrt(_t0 + 1)
    return -mu + gaussym.kernels.generated._runtime.phi_blend(2*mu, _t0*_t1, _t1*mu)


def _moment_2(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mu**2
    _t2 = 2*_t0 + 1
    _t3 = numpy.sqrt(2)*mu/numpy.sqrt(_t2)
    return -_t1 + gaussym.kernels.generated._runtime.phi_blend(2*_t1, 4*_t0*_t3*(-_t0/_t2 + 1), _t3)


def _moment_3(mu, sigma):
    _t0 = sigma**2
    _t1 = 3*_t0
    _t2 = mu**2
    _t3 = 2*_t0
    _t4 = _t3 + 1
    _t5 = _t0/_t4
    _t6 = 4*sigma**4
    _t7 = numpy.sqrt(2)/numpy.sqrt(_t4)
    return -_t1*mu - mu**3 + gaussym.kernels.generated._runtime.phi_blend(2*mu*(_t1 + _t2), _t3*_t7*(-6*_t2*_t5 + _t2*_t6/(4*_t0 + _t6 + 1) + 3*_t2 + _t3 + _t5), _t7*mu)


def _moment_4(mu, sigma):
    _t0 = sigma**4
    _t1 = 3*_t0
    _t2 = mu**2
    _t3 = sigma**2
    _t4 = 6*_t3
    _t5 = _t2*_t4
    _t6 = _t1 + _t5 + mu**4
    _t7 = 2*_t3 + 1
    _t8 = _t7**(-1.0)
    _t9 = 4*_t3
    _t10 = (4*_t0 + _t9 + 1)**(-1.0)
    _t11 = sigma**6
    _t12 = numpy.sqrt(2)*mu/numpy.sqrt(_t7)
    return -_t6 + gaussym.kernels.generated._runtime.phi_blend(2*_t6, _t12*_t9*(8*_t0*_t10*_t2 - _t1*_t10 - _t1*_t8 - 4*_t11*_t2/(12*_t0 + 8*_t11 + _t4 + 1) + 2*_t2 + 2*_t3*_t8 + 4*_t3 - _t5*_t8), _t12)


def _moment_5(mu, sigma):
    _t0 = sigma**4
    _t1 = 15*_t0
    _t2 = sigma**2
    _t3 = 10*_t2
    _t4 = mu**4
    _t5 = mu**2
    _t6 = _t3*_t5
    _t7 = 20*_t2
    _t8 = 2*_t2
    _t9 = _t8 + 1
    _t10 = _t9**(-1.0)
    _t11 = 4*_t0
    _t12 = 30*_t5
    _t13 = (_t11 + 4*_t2 + 1)**(-1.0)
    _t14 = _t0*_t13
    _t15 = sigma**6
    _t16 = 40*_t4
    _t17 = _t15/(12*_t0 + 8*_t15 + 6*_t2 + 1)
    _t18 = 16*sigma**8
    _t19 = numpy.sqrt(2)/numpy.sqrt(_t9)
    return -_t1*mu - _t3*mu**3 - mu**5 + gaussym.kernels.generated._runtime.phi_blend(2*mu*(_t1 + _t4 + _t6), _t19*_t8*(-_t0*_t10*_t12 + 8*_t0 + _t10*_t11 - _t10*_t4*_t7 + _t10*_t6 - _t12*_t14 + 16*_t13*_t15*_t5 + _t14*_t16 + 3*_t14 - _t16*_t17 + 24*_t17*_t5 + _t18*_t4/(24*_t0 + 32*_t15 + _t18 + 8*_t2 + 1) + 5*_t4 + _t5*_t7), _t19*mu)


def _moment_6(mu, sigma):
    _t0 = sigma**6
    _t1 = 15*_t0
    _t2 = mu**2
    _t3 = sigma**4
    _t4 = 45*_t2*_t3
    _t5 = mu**4
    _t6 = sigma**2
    _t7 = 15*_t5*_t6
    _t8 = _t1 + _t4 + _t7 + mu**6
    _t9 = 2*_t6 + 1
    _t10 = _t9**(-1.0)
    _t11 = 4*_t6
    _t12 = (_t11 + 4*_t3 + 1)**(-1.0)
    _t13 = (8*_t0 + 12*_t3 + 6*_t6 + 1)**(-1.0)
    _t14 = sigma**8
    _t15 = (32*_t0 + 16*_t14 + 24*_t3 + 8*_t6 + 1)**(-1.0)
    _t16 = sigma**10
    _t17 = numpy.sqrt(2)*mu/numpy.sqrt(_t9)
    return -_t8 + gaussym.kernels.generated._runtime.phi_blend(2*_t8, _t11*_t17*(48*_t0*_t12*_t2 + 72*_t0*_t13*_t2 - 60*_t0*_t13*_t5 - _t1*_t10 - _t1*_t12 - _t1*_t13 + 10*_t10*_t2*_t6 + 12*_t10*_t3 - _t10*_t4 - _t10*_t7 + 40*_t12*_t3*_t5 + 9*_t12*_t3 - _t12*_t4 - 20*_t13*_t14*_t2 - 40*_t14*_t15*_t2 + 48*_t14*_t15*_t5 - 16*_t16*_t5/(80*_t0 + 80*_t14 + 32*_t16 + 40*_t3 + 10*_t6 + 1) + 20*_t2*_t6 + 24*_t3 + 3*_t5), _t17)


def _moment_7(mu, sigma):
    _t0 = sigma**6
    _t1 = 105*_t0
    _t2 = sigma**4
    _t3 = 105*_t2
    _t4 = sigma**2
    _t5 = 21*_t4
    _t6 = mu**6
    _t7 = mu**2
    _t8 = mu**4
    _t9 = _t2*_t7
    _t10 = _t4*_t8
    _t11 = 2*_t4
    _t12 = _t11 + 1
    _t13 = _t12**(-1.0)
    _t14 = _t0*_t13
    _t15 = 210*_t7
    _t16 = 210*_t2*_t8
    _t17 = (4*_t2 + 4*_t4 + 1)**(-1.0)
    _t18 = _t0*_t17
    _t19 = sigma**8
    _t20 = _t19*_t7
    _t21 = (8*_t0 + 12*_t2 + 6*_t4 + 1)**(-1.0)
    _t22 = _t0*_t21
    _t23 = _t19*_t8
    _t24 = (32*_t0 + 16*_t19 + 24*_t2 + 8*_t4 + 1)**(-1.0)
    _t25 = sigma**10
    _t26 = _t25/(80*_t0 + 80*_t19 + 40*_t2 + 32*_t25 + 10*_t4 + 1)
    _t27 = 64*sigma**12
    _t28 = numpy.sqrt(2)/numpy.sqrt(_t12)
    return -_t1*mu - _t3*mu**3 - _t5*mu**5 - mu**7 + gaussym.kernels.generated._runtime.phi_blend(2*mu*(_t1 + _t3*_t7 + _t5*_t8 + _t6), _t11*_t28*(48*_t0 + 35*_t10*_t13 + 70*_t10 - _t13*_t16 - 42*_t13*_t4*_t6 + 84*_t13*_t9 - _t14*_t15 + 24*_t14 - _t15*_t18 - _t15*_t22 - _t16*_t17 + 140*_t17*_t2*_t6 + 96*_t17*_t20 + 63*_t17*_t9 + 336*_t18*_t8 + 18*_t18 + 336*_t19*_t24*_t6 + 144*_t20*_t21 + 180*_t20*_t24 - 280*_t21*_t23 - 280*_t22*_t6 + 504*_t22*_t8 + 15*_t22 - 560*_t23*_t24 + 96*_t24*_t25*_t8 - 224*_t26*_t6 + 240*_t26*_t8 + _t27*_t6/(160*_t0 + 240*_t19 + 60*_t2 + 192*_t25 + _t27 + 12*_t4 + 1) + 7*_t6 + 168*_t9), _t28*mu)


def _moment_8(mu, sigma):
    _t0 = sigma**8
    _t1 = 105*_t0
    _t2 = sigma**6
    _t3 = mu**2
    _t4 = 420*_t3
    _t5 = _t2*_t4
    _t6 = mu**4
    _t7 = sigma**4
    _t8 = 210*_t6*_t7
    _t9 = mu**6
    _t10 = sigma**2
    _t11 = 28*_t10*_t9
    _t12 = _t1 + _t11 + _t5 + _t8 + mu**8
    _t13 = 2*_t10 + 1
    _t14 = _t13**(-1.0)
    _t15 = 4*_t10
    _t16 = (_t15 + 4*_t7 + 1)**(-1.0)
    _t17 = (6*_t10 + 8*_t2 + 12*_t7 + 1)**(-1.0)
    _t18 = sigma**10
    _t19 = _t18*_t3
    _t20 = 560*_t0
    _t21 = 280*_t2
    _t22 = (16*_t0 + 8*_t10 + 32*_t2 + 24*_t7 + 1)**(-1.0)
    _t23 = (80*_t0 + 10*_t10 + 32*_t18 + 80*_t2 + 40*_t7 + 1)**(-1.0)
    _t24 = _t18*_t23
    _t25 = sigma**12
    _t26 = _t25*_t6
    _t27 = (240*_t0 + 12*_t10 + 192*_t18 + 160*_t2 + 64*_t25 + 60*_t7 + 1)**(-1.0)
    _t28 = sigma**14
    _t29 = numpy.sqrt(2)*mu/numpy.sqrt(_t13)
    return -_t12 + gaussym.kernels.generated._runtime.phi_blend(2*_t12, _t15*_t29*(384*_t0*_t16*_t3 + 576*_t0*_t17*_t3 + 720*_t0*_t22*_t3 - 1120*_t0*_t22*_t6 + 448*_t0*_t22*_t9 - _t1*_t14 - _t1*_t16 - _t1*_t17 - _t1*_t22 + 28*_t10*_t14*_t6 + 56*_t10*_t6 - _t11*_t14 + 96*_t14*_t2 + 112*_t14*_t3*_t7 - _t14*_t5 - _t14*_t8 + 448*_t16*_t2*_t6 + 72*_t16*_t2 + 84*_t16*_t3*_t7 - _t16*_t5 + 112*_t16*_t7*_t9 - _t16*_t8 - 140*_t17*_t19 + 672*_t17*_t2*_t6 + 60*_t17*_t2 - _t17*_t20*_t6 - _t17*_t21*_t9 - _t17*_t5 + 384*_t18*_t22*_t6 + 960*_t18*_t23*_t6 - 280*_t19*_t22 + 192*_t2 - 112*_t23*_t26 - _t24*_t4 - 448*_t24*_t9 + 256*_t25*_t27*_t9 - 336*_t26*_t27 - 64*_t28*_t9/(14*_t10 + 672*_t18 + _t20 + _t21 + 448*_t25 + 128*_t28 + 84*_t7 + 1) + 224*_t3*_t7 + 4*_t9), _t29)


def _moment_9(mu, sigma):
    _t0 = sigma**8
    _t1 = 945*_t0
    _t2 = sigma**6
    _t3 = 1260*_t2
    _t4 = sigma**4
    _t5 = 378*_t4
    _t6 = sigma**2
    _t7 = 36*_t6
    _t8 = mu**8
    _t9 = mu**2
    _t10 = mu**4
    _t11 = _t10*_t5
    _t12 = mu**6
    _t13 = _t2*_t9
    _t14 = _t10*_t4
    _t15 = _t12*_t6
    _t16 = 2*_t6
    _t17 = _t16 + 1
    _t18 = _t17**(-1.0)
    _t19 = _t0*_t18
    _t20 = 1890*_t9
    _t21 = 2520*_t10*_t2
    _t22 = 756*_t12*_t4
    _t23 = (4*_t4 + 4*_t6 + 1)**(-1.0)
    _t24 = _t0*_t23
    _t25 = sigma**10
    _t26 = _t25*_t9
    _t27 = (8*_t2 + 12*_t4 + 6*_t6 + 1)**(-1.0)
    _t28 = _t0*_t27
    _t29 = _t10*_t25
    _t30 = _t2*_t27
    _t31 = (16*_t0 + 32*_t2 + 24*_t4 + 8*_t6 + 1)**(-1.0)
    _t32 = _t0*_t31
    _t33 = sigma**12
    _t34 = _t10*_t33
    _t35 = (80*_t0 + 80*_t2 + 32*_t25 + 40*_t4 + 10*_t6 + 1)**(-1.0)
    _t36 = _t25*_t35
    _t37 = _t12*_t33
    _t38 = (240*_t0 + 160*_t2 + 192*_t25 + 64*_t33 + 60*_t4 + 12*_t6 + 1)**(-1.0)
    _t39 = sigma**14
    _t40 = _t39/(560*_t0 + 280*_t2 + 672*_t25 + 448*_t33 + 128*_t39 + 84*_t4 + 14*_t6 + 1)
    _t41 = 256*sigma**16
    _t42 = numpy.sqrt(2)/numpy.sqrt(_t17)
    return -_t1*mu - _t3*mu**3 - _t5*mu**5 - _t7*mu**7 - mu**9 + gaussym.kernels.generated._runtime.phi_blend(2*mu*(_t1 + _t11 + _t12*_t7 + _t3*_t9 + _t8), _t16*_t42*(384*_t0 + 3456*_t10*_t24 + 5184*_t10*_t28 + 6480*_t10*_t32 + _t11*_t23 + 2016*_t12*_t2*_t23 + 3456*_t12*_t25*_t31 - 3360*_t12*_t28 + 3024*_t12*_t30 - 6720*_t12*_t32 + 8640*_t12*_t36 + 512*_t12*_t38*_t39 + 1792*_t12*_t40 + 864*_t13*_t18 + 648*_t13*_t23 + 540*_t13*_t27 + 1728*_t13 + 504*_t14*_t18 + 1008*_t14 + 84*_t15*_t18 + 168*_t15 - _t18*_t21 - _t18*_t22 - 72*_t18*_t6*_t8 - _t19*_t20 + 192*_t19 - _t20*_t24 - _t20*_t28 - _t20*_t32 - _t21*_t23 - _t21*_t27 - _t22*_t23 + 768*_t23*_t26 + 336*_t23*_t4*_t8 + 144*_t24 + 1152*_t26*_t27 + 1440*_t26*_t31 - 2520*_t27*_t29 + 120*_t28 - 5040*_t29*_t31 - 7560*_t29*_t35 - 1008*_t30*_t8 + 768*_t31*_t34 + 2016*_t32*_t8 + 105*_t32 + 2304*_t33*_t38*_t8 + 1920*_t34*_t35 + 3360*_t34*_t38 - 2016*_t35*_t37 - 2688*_t36*_t8 + 1680*_t36*_t9 - 6048*_t37*_t38 - 1152*_t40*_t8 + _t41*_t8/(1120*_t0 + 448*_t2 + 1792*_t25 + 1792*_t33 + 1024*_t39 + 112*_t4 + _t41 + 16*_t6 + 1) + 9*_t8), _t42*mu)


def _moment_10(mu, sigma):
    _t0 = sigma**10
    _t1 = 945*_t0
    _t2 = mu**2
    _t3 = sigma**8
    _t4 = 4725*_t2*_t3
    _t5 = mu**4
    _t6 = sigma**6
    _t7 = 3150*_t5*_t6
    _t8 = mu**6
    _t9 = sigma**4
    _t10 = 630*_t8*_t9
    _t11 = mu**8
    _t12 = sigma**2
    _t13 = 45*_t11*_t12
    _t14 = _t1 + _t10 + _t13 + _t4 + _t7 + mu**10
    _t15 = 2*_t12 + 1
    _t16 = _t15**(-1.0)
    _t17 = 4*_t12
    _t18 = (_t17 + 4*_t9 + 1)**(-1.0)
    _t19 = (6*_t12 + 8*_t6 + 12*_t9 + 1)**(-1.0)
    _t20 = sigma**12
    _t21 = _t2*_t20
    _t22 = _t0*_t5
    _t23 = (8*_t12 + 16*_t3 + 32*_t6 + 24*_t9 + 1)**(-1.0)
    _t24 = (32*_t0 + 10*_t12 + 80*_t3 + 80*_t6 + 40*_t9 + 1)**(-1.0)
    _t25 = _t20*_t24
    _t26 = sigma**14
    _t27 = (192*_t0 + 12*_t12 + 64*_t20 + 240*_t3 + 160*_t6 + 60*_t9 + 1)**(-1.0)
    _t28 = _t20*_t27
    _t29 = _t26*_t5
    _t30 = (672*_t0 + 14*_t12 + 448*_t20 + 128*_t26 + 560*_t3 + 280*_t6 + 84*_t9 + 1)**(-1.0)
    _t31 = sigma**16
    _t32 = (1792*_t0 + 16*_t12 + 1792*_t20 + 1024*_t26 + 1120*_t3 + 256*_t31 + 448*_t6 + 112*_t9 + 1)**(-1.0)
    _t33 = 2304*_t31
    _t34 = sigma**18
    _t35 = numpy.sqrt(2)*mu/numpy.sqrt(_t15)
    return -_t14 + gaussym.kernels.generated._runtime.phi_blend(2*_t14, _t17*_t35*(-3360*_t0*_t11*_t24 + 3840*_t0*_t18*_t2 + 5760*_t0*_t19*_t2 + 7200*_t0*_t2*_t23 + 8400*_t0*_t2*_t24 + 5760*_t0*_t23*_t8 + 14400*_t0*_t24*_t8 - _t1*_t16 - _t1*_t18 - _t1*_t19 - _t1*_t23 - _t1*_t24 - _t10*_t16 - _t10*_t18 + 240*_t11*_t18*_t9 - 840*_t11*_t19*_t6 + 3840*_t11*_t20*_t27 + 2016*_t11*_t23*_t3 - 2880*_t11*_t26*_t30 + 1280*_t11*_t31*_t32 - 256*_t11*_t34/(4032*_t0 + 18*_t12 + 5376*_t20 + 4608*_t26 + 2016*_t3 + _t33 + 512*_t34 + 672*_t6 + 144*_t9 + 1) + 5*_t11 + 60*_t12*_t16*_t8 + 120*_t12*_t8 - _t13*_t16 + 1440*_t16*_t2*_t6 + 960*_t16*_t3 - _t16*_t4 + 504*_t16*_t5*_t9 - _t16*_t7 + 1080*_t18*_t2*_t6 + 5760*_t18*_t3*_t5 + 720*_t18*_t3 - _t18*_t4 + 378*_t18*_t5*_t9 + 2016*_t18*_t6*_t8 - _t18*_t7 + 900*_t19*_t2*_t6 - 1260*_t19*_t21 - 6300*_t19*_t22 + 8640*_t19*_t3*_t5 - 4200*_t19*_t3*_t8 + 600*_t19*_t3 - _t19*_t4 + 3024*_t19*_t6*_t8 - _t19*_t7 - 3780*_t2*_t25 - 5040*_t2*_t28 + 2880*_t2*_t6 + 3840*_t20*_t23*_t5 + 9600*_t20*_t24*_t5 + 16800*_t20*_t27*_t5 - 2520*_t21*_t23 - 12600*_t22*_t23 - 18900*_t22*_t24 + 10800*_t23*_t3*_t5 - 8400*_t23*_t3*_t8 + 525*_t23*_t3 - _t23*_t4 - 1008*_t24*_t26*_t5 - 5040*_t25*_t8 + 2560*_t26*_t27*_t8 + 8960*_t26*_t30*_t8 - 3024*_t27*_t29 - 15120*_t28*_t8 - 6048*_t29*_t30 + 1920*_t3 - 576*_t30*_t31*_t8 - _t32*_t33*_t8 + 1008*_t5*_t9), _t35)


def _derivative_0(mu, sigma):
    return gaussym.kernels.generated._runtime.phi_blend(2, 0, numpy.sqrt(2)*mu/numpy.sqrt(2*sigma**2 + 1)) - 1


def _derivative_1(mu, sigma):
    _t0 = numpy.sqrt(2)/numpy.sqrt(2*sigma**2 + 1)
    return gaussym.kernels.generated._runtime.phi_blend(0, 2*_t0, _t0*mu)


def _derivative_2(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = numpy.sqrt(2)*mu
    return gaussym.kernels.generated._runtime.phi_blend(0, -4*_t1/_t0**(3/2), _t1/numpy.sqrt(_t0))


def _derivative_3(mu, sigma):
    _t0 = sigma**2
    _t1 = 2*_t0 + 1
    _t2 = numpy.sqrt(2)/numpy.sqrt(_t1)
    return gaussym.kernels.generated._runtime.phi_blend(0, 4*_t2*(2*mu**2/(4*_t0 + 4*sigma**4 + 1) - 1/_t1), _t2*mu)


def _derivative_4(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.sqrt(2)
    _t2 = 2*_t0 + 1
    _t3 = _t1/numpy.sqrt(_t2)
    _t4 = _t3*mu
    _t5 = _t1/_t2**(3/2)
    return 2*_t5*(_t3*gaussym.kernels.generated._runtime.phi_blend(0, -4*_t5*mu**3, _t4) + 8*mu*gaussym.kernels.generated._runtime.phi_blend(0, 1, _t4)/_t2) + gaussym.kernels.generated._runtime.phi_blend(0, 8*_t4/(4*_t0 + 4*sigma**4 + 1), _t4)


def _derivative_5(mu, sigma):
    _t0 = numpy.sqrt(2)
    _t1 = sigma**2
    _t2 = 2*_t1 + 1
    _t3 = _t0/numpy.sqrt(_t2)
    _t4 = _t3*mu
    _t5 = gaussym.kernels.generated._runtime.phi_blend(0, 1, _t4)
    _t6 = _t2**(-1.0)
    _t7 = mu**2
    _t8 = 2*_t7
    _t9 = _t0/_t2**(5/2)
    _t10 = sigma**4
    return 8*_t9*(_t5 - gaussym.kernels.generated._runtime.phi_blend(0, _t6*_t8, _t4)) - 4*_t9*(12*_t5*_t6*_t7 - gaussym.kernels.generated._runtime.phi_blend(0, 8*mu**4/_t2**2, _t4)) + gaussym.kernels.generated._runtime.phi_blend(0, 16*_t3*(-_t8/(6*_t1 + 12*_t10 + 8*sigma**6 + 1) + (4*_t1 + 4*_t10 + 1)**(-1.0)), _t4)


def _derivative_6(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = _t0**(-2.0)
    _t2 = numpy.sqrt(2)
    _t3 = _t2/numpy.sqrt(_t0)
    _t4 = _t3*mu
    _t5 = gaussym.kernels.generated._runtime.phi_blend(0, -_t4, _t4)
    _t6 = _t0**(-1.0)
    _t7 = 2*_t6
    _t8 = gaussym.kernels.generated._runtime.phi_blend(0, 1, _t4)
    _t9 = _t8*mu
    _t10 = mu**3
    _t11 = _t0**(-3/2)
    _t12 = _t11*_t2
    _t13 = 2*_t12
    _t14 = mu**2
    return 8*_t1*(-_t3*(_t3*gaussym.kernels.generated._runtime.phi_blend(0, -_t10*_t13, _t4) + 4*_t6*_t9) + _t5*_t7) + _t13*(-16*_t1*mu*(_t8 - gaussym.kernels.generated._runtime.phi_blend(0, _t14*_t7, _t4)) + 16*_t11*_t2*_t5 - _t3*(24*_t1*_t14*_t5 + 24*_t12*_t9 - _t3*(32*_t1*_t10*_t8 + _t3*gaussym.kernels.generated._runtime.phi_blend(0, -8*_t2*mu**5/_t0**(5/2), _t4))))


def _derivative_7(mu, sigma):
    _t0 = numpy.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = _t0/numpy.sqrt(_t1)
    _t3 = _t2*mu
    _t4 = gaussym.kernels.generated._runtime.phi_blend(0, 1, _t3)
    _t5 = mu**2
    _t6 = _t1**(-1.0)
    _t7 = 2*_t6
    _t8 = _t4 - gaussym.kernels.generated._runtime.phi_blend(0, _t5*_t7, _t3)
    _t9 = _t1**(-3.0)
    _t10 = gaussym.kernels.generated._runtime.phi_blend(0, -_t3, _t3)
    _t11 = mu**3
    _t12 = _t0/_t1**(3/2)
    _t13 = 2*_t12
    _t14 = _t1**(-5/2)
    _t15 = _t10*mu
    _t16 = -_t8
    _t17 = _t4*_t5
    _t18 = _t1**(-2.0)
    _t19 = _t18*mu**4
    _t20 = 48*_t18
    _t21 = _t0*_t14
    return 16*_t0*_t14*(-_t13*_t15 + _t16*_t6 - _t4*_t7 - _t6*(-6*_t17*_t6 + gaussym.kernels.generated._runtime.phi_blend(0, 4*_t19, _t3))) - 96*_t0*_t8/_t1**(7/2) - 8*_t18*(12*_t12*_t4 + _t15*_t20 + 12*_t16*_t21*_t5 - _t2*(16*_t10*_t11*_t21 + _t17*_t20 + _t6*(-40*_t19*_t4 + gaussym.kernels.generated._runtime.phi_blend(0, 16*_t9*mu**6, _t3)))) - 32*_t9*mu*(_t10*_t7 - _t2*(_t2*gaussym.kernels.generated._runtime.phi_blend(0, -_t11*_t13, _t3) + 4*_t4*_t6*mu))


def _derivative_8(mu, sigma):
    _t0 = numpy.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = 1/numpy.sqrt(_t1)
    _t3 = _t0*_t2
    _t4 = _t3*mu
    _t5 = gaussym.kernels.generated._runtime.phi_blend(0, -_t4, _t4)
    _t6 = _t1**(-1.0)
    _t7 = 2*_t6
    _t8 = gaussym.kernels.generated._runtime.phi_blend(0, 1, _t4)
    _t9 = _t8*mu
    _t10 = mu**3
    _t11 = _t0/_t1**(3/2)
    _t12 = 2*_t11
    _t13 = -_t0*_t2*(_t3*gaussym.kernels.generated._runtime.phi_blend(0, -_t10*_t12, _t4) + 4*_t6*_t9) + _t5*_t7
    _t14 = -_t13
    _t15 = _t1**(-2.0)
    _t16 = 8*_t15
    _t17 = mu**2
    _t18 = -_t8 + gaussym.kernels.generated._runtime.phi_blend(0, _t17*_t7, _t4)
    _t19 = _t18*mu
    _t20 = _t15*_t5
    _t21 = _t10*_t8
    _t22 = mu**5
    _t23 = _t0/_t1**(5/2)
    _t24 = mu**4
    _t25 = _t1**(-3.0)
    return -_t12*(32*_t11*_t13 + 32*_t15*mu*(-_t12*_t5*mu + _t18*_t6 - _t6*(-6*_t17*_t6*_t8 + gaussym.kernels.generated._runtime.phi_blend(0, 4*_t15*_t24, _t4)) - _t7*_t8) + _t3*(24*_t14*_t15*_t17 + 144*_t19*_t23 + 144*_t20 - _t3*(64*_t10*_t18*_t25 + 192*_t15*_t9 + 192*_t17*_t23*_t5 + _t3*(_t0*_t2*(96*_t22*_t25*_t8 + _t3*gaussym.kernels.generated._runtime.phi_blend(0, -16*_t0*mu**7/_t1**(7/2), _t4)) - 160*_t21*_t23 - 80*_t24*_t25*_t5)))) + _t16*(_t14*_t7 - _t3*(8*_t11*_t5 + _t16*_t19 + _t3*(_t0*_t2*(16*_t15*_t21 + _t3*gaussym.kernels.generated._runtime.phi_blend(0, -4*_t22*_t23, _t4)) - 12*_t11*_t9 - 12*_t17*_t20)))


def _derivative_9(mu, sigma):
    _t0 = numpy.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = 1/numpy.sqrt(_t1)
    _t3 = _t0*_t2
    _t4 = _t3*mu
    _t5 = gaussym.kernels.generated._runtime.phi_blend(0, 1, _t4)
    _t6 = _t1**(-1.0)
    _t7 = 2*_t6
    _t8 = _t0/_t1**(3/2)
    _t9 = 2*_t8
    _t10 = gaussym.kernels.generated._runtime.phi_blend(0, -_t4, _t4)
    _t11 = _t10*mu
    _t12 = mu**2
    _t13 = -_t5 + gaussym.kernels.generated._runtime.phi_blend(0, _t12*_t7, _t4)
    _t14 = _t5*_t6
    _t15 = _t1**(-2.0)
    _t16 = mu**4
    _t17 = _t15*_t16
    _t18 = _t11*_t9 - _t13*_t6 + _t5*_t7 + _t6*(-6*_t12*_t14 + gaussym.kernels.generated._runtime.phi_blend(0, 4*_t17, _t4))
    _t19 = _t0/_t1**(7/2)
    _t20 = _t1**(-3.0)
    _t21 = mu**3
    _t22 = _t0*_t2*(4*_t14*mu + _t3*gaussym.kernels.generated._runtime.phi_blend(0, -_t21*_t9, _t4)) - _t10*_t7
    _t23 = 8*_t15
    _t24 = _t5*_t8
    _t25 = 12*_t15
    _t26 = _t15*_t5
    _t27 = 16*_t21
    _t28 = mu**5
    _t29 = _t1**(-5/2)
    _t30 = _t0*_t29
    _t31 = _t22*mu
    _t32 = _t12*_t13
    _t33 = 24*_t12
    _t34 = _t10*_t21
    _t35 = _t20*mu**6
    _t36 = 96*_t15
    _t37 = 240*_t5
    return 16*_t0*_t29*(-_t13*_t25 + 2*_t18*_t6 - _t3*(_t0*_t2*(_t26*_t33 + 8*_t30*_t34 + _t6*(-20*_t17*_t5 + gaussym.kernels.generated._runtime.phi_blend(0, 8*_t35, _t4))) - 24*_t11*_t15 - 6*_t24 - 6*_t30*_t32) - _t31*_t9) + 320*_t18*_t19 - 32*_t20*mu*(_t22*_t7 - _t3*(8*_t10*_t8 + _t13*_t23*mu + _t3*(_t0*_t2*(_t26*_t27 + _t3*gaussym.kernels.generated._runtime.phi_blend(0, -4*_t28*_t30, _t4)) - _t10*_t12*_t25 - 12*_t24*mu))) - _t23*(144*_t13*_t30 + _t18*_t30*_t33 - _t3*(288*_t11*_t30 + 288*_t20*_t32 + _t22*_t27*_t30 + _t3*(_t0*_t2*(48*_t10*_t19*_t28 + _t16*_t20*_t37 + _t6*(-112*_t35*_t5 + gaussym.kernels.generated._runtime.phi_blend(0, 32*mu**8/_t1**4, _t4))) - _t12*_t30*_t37 - 40*_t13*_t16*_t19 - 320*_t20*_t34) + _t36*_t5) + _t31*_t36)


def _derivative_10(mu, sigma):
    _t0 = numpy.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = 1/numpy.sqrt(_t1)
    _t3 = _t0*_t2
    _t4 = _t3*mu
    _t5 = gaussym.kernels.generated._runtime.phi_blend(0, -_t4, _t4)
    _t6 = _t1**(-1.0)
    _t7 = 2*_t6
    _t8 = gaussym.kernels.generated._runtime.phi_blend(0, 1, _t4)
    _t9 = _t8*mu
    _t10 = mu**3
    _t11 = _t0/_t1**(3/2)
    _t12 = 2*_t11
    _t13 = _t0*_t2*(_t3*gaussym.kernels.generated._runtime.phi_blend(0, -_t10*_t12, _t4) + 4*_t6*_t9) - _t5*_t7
    _t14 = 8*_t5
    _t15 = _t1**(-2.0)
    _t16 = 8*_t15
    _t17 = mu**2
    _t18 = -_t8 + gaussym.kernels.generated._runtime.phi_blend(0, _t17*_t7, _t4)
    _t19 = _t18*mu
    _t20 = _t15*_t5
    _t21 = 12*_t17
    _t22 = 16*_t15
    _t23 = _t10*_t8
    _t24 = mu**5
    _t25 = _t0/_t1**(5/2)
    _t26 = -_t0*_t2*(_t11*_t14 + _t16*_t19 + _t3*(_t0*_t2*(_t22*_t23 + _t3*gaussym.kernels.generated._runtime.phi_blend(0, -4*_t24*_t25, _t4)) - 12*_t11*_t9 - _t20*_t21)) + _t13*_t7
    _t27 = -_t26
    _t28 = _t12*mu
    _t29 = _t17*_t8
    _t30 = mu**4
    _t31 = _t15*_t30
    _t32 = -_t18*_t6 + _t28*_t5 + _t6*(-6*_t29*_t6 + gaussym.kernels.generated._runtime.phi_blend(0, 4*_t31, _t4)) + _t7*_t8
    _t33 = _t32*mu
    _t34 = _t13*_t15
    _t35 = _t25*_t5
    _t36 = _t1**(-3.0)
    _t37 = _t10*_t36
    _t38 = _t36*_t5
    _t39 = _t24*_t8
    _t40 = mu**7
    _t41 = _t0/_t1**(7/2)
    _t42 = _t17*_t25
    _t43 = 24*_t15
    _t44 = mu**6
    _t45 = 960*_t41
    _t46 = _t1**(-4.0)
    return -_t12*(48*_t11*_t26 + 32*_t15*mu*(-_t13*_t28 - 12*_t15*_t18 - _t3*(_t0*_t2*(_t10*_t14*_t25 + _t29*_t43 + _t6*(-20*_t31*_t8 + gaussym.kernels.generated._runtime.phi_blend(0, 8*_t36*_t44, _t4))) - 6*_t11*_t8 - 6*_t18*_t42 - 24*_t20*mu) + 2*_t32*_t6) + _t3*(_t17*_t27*_t43 + 480*_t25*_t33 - _t3*(384*_t13*_t42 + 2304*_t19*_t36 + _t3*(_t0*_t2*(192*_t18*_t24*_t46 + 1920*_t23*_t36 + _t3*(_t0*_t2*(_t3*gaussym.kernels.generated._runtime.phi_blend(0, -32*_t0*mu**9/_t1**(9/2), _t4) + 256*_t40*_t46*_t8) - 672*_t39*_t41 - 224*_t44*_t46*_t5) + _t30*_t45*_t5) - _t10*_t18*_t45 - 80*_t13*_t30*_t36 - 2880*_t17*_t38 - 960*_t25*_t9) + 128*_t32*_t37 + 768*_t35) + 480*_t34)) + _t16*(_t27*_t7 - _t3*(16*_t11*_t13 + _t22*_t33 + _t3*(_t0*_t2*(96*_t15*_t9 + 96*_t17*_t35 + 32*_t18*_t37 + _t3*(_t0*_t2*(_t3*gaussym.kernels.generated._runtime.phi_blend(0, -8*_t40*_t41, _t4) + 48*_t36*_t39) - 80*_t23*_t25 - 40*_t30*_t38)) - 72*_t19*_t25 - 72*_t20 - _t21*_t34)))


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
    return ((2)*mpmath.ncdf(mpmath.sqrt(2)*mu/mpmath.sqrt(2*sigma**2 + 1)) + (0)*mpmath.npdf(mpmath.sqrt(2)*mu/mpmath.sqrt(2*sigma**2 + 1))) - 1


def _moment_mp_1(mu, sigma):
    _t0 = 2*sigma**2
    _t1 = mpmath.sqrt(2)/mpmath.sqrt(_t0 + 1)
    return -mu + ((2*mu)*mpmath.ncdf(_t1*mu) + (_t0*_t1)*mpmath.npdf(_t1*mu))


def _moment_mp_2(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + mu**2
    _t2 = 2*_t0 + 1
    _t3 = mpmath.sqrt(2)*mu/mpmath.sqrt(_t2)
    return -_t1 + ((2*_t1)*mpmath.ncdf(_t3) + (4*_t0*_t3*(-_t0/_t2 + 1))*mpmath.npdf(_t3))


def _moment_mp_3(mu, sigma):
    _t0 = sigma**2
    _t1 = 3*_t0
    _t2 = mu**2
    _t3 = 2*_t0
    _t4 = _t3 + 1
    _t5 = _t0/_t4
    _t6 = 4*sigma**4
    _t7 = mpmath.sqrt(2)/mpmath.sqrt(_t4)
    return -_t1*mu - mu**3 + ((2*mu*(_t1 + _t2))*mpmath.ncdf(_t7*mu) + (_t3*_t7*(-6*_t2*_t5 + _t2*_t6/(4*_t0 + _t6 + 1) + 3*_t2 + _t3 + _t5))*mpmath.npdf(_t7*mu))


def _moment_mp_4(mu, sigma):
    _t0 = sigma**4
    _t1 = 3*_t0
    _t2 = mu**2
    _t3 = sigma**2
    _t4 = 6*_t3
    _t5 = _t2*_t4
    _t6 = _t1 + _t5 + mu**4
    _t7 = 2*_t3 + 1
    _t8 = 1/_t7
    _t9 = 4*_t3
    _t10 = 1/(4*_t0 + _t9 + 1)
    _t11 = sigma**6
    _t12 = mpmath.sqrt(2)*mu/mpmath.sqrt(_t7)
    return -_t6 + ((2*_t6)*mpmath.ncdf(_t12) + (_t12*_t9*(8*_t0*_t10*_t2 - _t1*_t10 - _t1*_t8 - 4*_t11*_t2/(12*_t0 + 8*_t11 + _t4 + 1) + 2*_t2 + 2*_t3*_t8 + 4*_t3 - _t5*_t8))*mpmath.npdf(_t12))


def _moment_mp_5(mu, sigma):
    _t0 = sigma**4
    _t1 = 15*_t0
    _t2 = sigma**2
    _t3 = 10*_t2
    _t4 = mu**4
    _t5 = mu**2
    _t6 = _t3*_t5
    _t7 = 20*_t2
    _t8 = 2*_t2
    _t9 = _t8 + 1
    _t10 = 1/_t9
    _t11 = 4*_t0
    _t12 = 30*_t5
    _t13 = 1/(_t11 + 4*_t2 + 1)
    _t14 = _t0*_t13
    _t15 = sigma**6
    _t16 = 40*_t4
    _t17 = _t15/(12*_t0 + 8*_t15 + 6*_t2 + 1)
    _t18 = 16*sigma**8
    _t19 = mpmath.sqrt(2)/mpmath.sqrt(_t9)
    return -_t1*mu - _t3*mu**3 - mu**5 + ((2*mu*(_t1 + _t4 + _t6))*mpmath.ncdf(_t19*mu) + (_t19*_t8*(-_t0*_t10*_t12 + 8*_t0 + _t10*_t11 - _t10*_t4*_t7 + _t10*_t6 - _t12*_t14 + 16*_t13*_t15*_t5 + _t14*_t16 + 3*_t14 - _t16*_t17 + 24*_t17*_t5 + _t18*_t4/(24*_t0 + 32*_t15 + _t18 + 8*_t2 + 1) + 5*_t4 + _t5*_t7))*mpmath.npdf(_t19*mu))


def _moment_mp_6(mu, sigma):
    _t0 = sigma**6
    _t1 = 15*_t0
    _t2 = mu**2
    _t3 = sigma**4
    _t4 = 45*_t2*_t3
    _t5 = mu**4
    _t6 = sigma**2
    _t7 = 15*_t5*_t6
    _t8 = _t1 + _t4 + _t7 + mu**6
    _t9 = 2*_t6 + 1
    _t10 = 1/_t9
    _t11 = 4*_t6
    _t12 = 1/(_t11 + 4*_t3 + 1)
    _t13 = 1/(8*_t0 + 12*_t3 + 6*_t6 + 1)
    _t14 = sigma**8
    _t15 = 1/(32*_t0 + 16*_t14 + 24*_t3 + 8*_t6 + 1)
    _t16 = sigma**10
    _t17 = mpmath.sqrt(2)*mu/mpmath.sqrt(_t9)
    return -_t8 + ((2*_t8)*mpmath.ncdf(_t17) + (_t11*_t17*(48*_t0*_t12*_t2 + 72*_t0*_t13*_t2 - 60*_t0*_t13*_t5 - _t1*_t10 - _t1*_t12 - _t1*_t13 + 10*_t10*_t2*_t6 + 12*_t10*_t3 - _t10*_t4 - _t10*_t7 + 40*_t12*_t3*_t5 + 9*_t12*_t3 - _t12*_t4 - 20*_t13*_t14*_t2 - 40*_t14*_t15*_t2 + 48*_t14*_t15*_t5 - 16*_t16*_t5/(80*_t0 + 80*_t14 + 32*_t16 + 40*_t3 + 10*_t6 + 1) + 20*_t2*_t6 + 24*_t3 + 3*_t5))*mpmath.npdf(_t17))


def _moment_mp_7(mu, sigma):
    _t0 = sigma**6
    _t1 = 105*_t0
    _t2 = sigma**4
    _t3 = 105*_t2
    _t4 = sigma**2
    _t5 = 21*_t4
    _t6 = mu**6
    _t7 = mu**2
    _t8 = mu**4
    _t9 = _t2*_t7
    _t10 = _t4*_t8
    _t11 = 2*_t4
    _t12 = _t11 + 1
    _t13 = 1/_t12
    _t14 = _t0*_t13
    _t15 = 210*_t7
    _t16 = 210*_t2*_t8
    _t17 = 1/(4*_t2 + 4*_t4 + 1)
    _t18 = _t0*_t17
    _t19 = sigma**8
    _t20 = _t19*_t7
    _t21 = 1/(8*_t0 + 12*_t2 + 6*_t4 + 1)
    _t22 = _t0*_t21
    _t23 = _t19*_t8
    _t24 = 1/(32*_t0 + 16*_t19 + 24*_t2 + 8*_t4 + 1)
    _t25 = sigma**10
    _t26 = _t25/(80*_t0 + 80*_t19 + 40*_t2 + 32*_t25 + 10*_t4 + 1)
    _t27 = 64*sigma**12
    _t28 = mpmath.sqrt(2)/mpmath.sqrt(_t12)
    return -_t1*mu - _t3*mu**3 - _t5*mu**5 - mu**7 + ((2*mu*(_t1 + _t3*_t7 + _t5*_t8 + _t6))*mpmath.ncdf(_t28*mu) + (_t11*_t28*(48*_t0 + 35*_t10*_t13 + 70*_t10 - _t13*_t16 - 42*_t13*_t4*_t6 + 84*_t13*_t9 - _t14*_t15 + 24*_t14 - _t15*_t18 - _t15*_t22 - _t16*_t17 + 140*_t17*_t2*_t6 + 96*_t17*_t20 + 63*_t17*_t9 + 336*_t18*_t8 + 18*_t18 + 336*_t19*_t24*_t6 + 144*_t20*_t21 + 180*_t20*_t24 - 280*_t21*_t23 - 280*_t22*_t6 + 504*_t22*_t8 + 15*_t22 - 560*_t23*_t24 + 96*_t24*_t25*_t8 - 224*_t26*_t6 + 240*_t26*_t8 + _t27*_t6/(160*_t0 + 240*_t19 + 60*_t2 + 192*_t25 + _t27 + 12*_t4 + 1) + 7*_t6 + 168*_t9))*mpmath.npdf(_t28*mu))


def _moment_mp_8(mu, sigma):
    _t0 = sigma**8
    _t1 = 105*_t0
    _t2 = sigma**6
    _t3 = mu**2
    _t4 = 420*_t3
    _t5 = _t2*_t4
    _t6 = mu**4
    _t7 = sigma**4
    _t8 = 210*_t6*_t7
    _t9 = mu**6
    _t10 = sigma**2
    _t11 = 28*_t10*_t9
    _t12 = _t1 + _t11 + _t5 + _t8 + mu**8
    _t13 = 2*_t10 + 1
    _t14 = 1/_t13
    _t15 = 4*_t10
    _t16 = 1/(_t15 + 4*_t7 + 1)
    _t17 = 1/(6*_t10 + 8*_t2 + 12*_t7 + 1)
    _t18 = sigma**10
    _t19 = _t18*_t3
    _t20 = 560*_t0
    _t21 = 280*_t2
    _t22 = 1/(16*_t0 + 8*_t10 + 32*_t2 + 24*_t7 + 1)
    _t23 = 1/(80*_t0 + 10*_t10 + 32*_t18 + 80*_t2 + 40*_t7 + 1)
    _t24 = _t18*_t23
    _t25 = sigma**12
    _t26 = _t25*_t6
    _t27 = 1/(240*_t0 + 12*_t10 + 192*_t18 + 160*_t2 + 64*_t25 + 60*_t7 + 1)
    _t28 = sigma**14
    _t29 = mpmath.sqrt(2)*mu/mpmath.sqrt(_t13)
    return -_t12 + ((2*_t12)*mpmath.ncdf(_t29) + (_t15*_t29*(384*_t0*_t16*_t3 + 576*_t0*_t17*_t3 + 720*_t0*_t22*_t3 - 1120*_t0*_t22*_t6 + 448*_t0*_t22*_t9 - _t1*_t14 - _t1*_t16 - _t1*_t17 - _t1*_t22 + 28*_t10*_t14*_t6 + 56*_t10*_t6 - _t11*_t14 + 96*_t14*_t2 + 112*_t14*_t3*_t7 - _t14*_t5 - _t14*_t8 + 448*_t16*_t2*_t6 + 72*_t16*_t2 + 84*_t16*_t3*_t7 - _t16*_t5 + 112*_t16*_t7*_t9 - _t16*_t8 - 140*_t17*_t19 + 672*_t17*_t2*_t6 + 60*_t17*_t2 - _t17*_t20*_t6 - _t17*_t21*_t9 - _t17*_t5 + 384*_t18*_t22*_t6 + 960*_t18*_t23*_t6 - 280*_t19*_t22 + 192*_t2 - 112*_t23*_t26 - _t24*_t4 - 448*_t24*_t9 + 256*_t25*_t27*_t9 - 336*_t26*_t27 - 64*_t28*_t9/(14*_t10 + 672*_t18 + _t20 + _t21 + 448*_t25 + 128*_t28 + 84*_t7 + 1) + 224*_t3*_t7 + 4*_t9))*mpmath.npdf(_t29))


def _moment_mp_9(mu, sigma):
    _t0 = sigma**8
    _t1 = 945*_t0
    _t2 = sigma**6
    _t3 = 1260*_t2
    _t4 = sigma**4
    _t5 = 378*_t4
    _t6 = sigma**2
    _t7 = 36*_t6
    _t8 = mu**8
    _t9 = mu**2
    _t10 = mu**4
    _t11 = _t10*_t5
    _t12 = mu**6
    _t13 = _t2*_t9
    _t14 = _t10*_t4
    _t15 = _t12*_t6
    _t16 = 2*_t6
    _t17 = _t16 + 1
    _t18 = 1/_t17
    _t19 = _t0*_t18
    _t20 = 1890*_t9
    _t21 = 2520*_t10*_t2
    _t22 = 756*_t12*_t4
    _t23 = 1/(4*_t4 + 4*_t6 + 1)
    _t24 = _t0*_t23
    _t25 = sigma**10
    _t26 = _t25*_t9
    _t27 = 1/(8*_t2 + 12*_t4 + 6*_t6 + 1)
    _t28 = _t0*_t27
    _t29 = _t10*_t25
    _t30 = _t2*_t27
    _t31 = 1/(16*_t0 + 32*_t2 + 24*_t4 + 8*_t6 + 1)
    _t32 = _t0*_t31
    _t33 = sigma**12
    _t34 = _t10*_t33
    _t35 = 1/(80*_t0 + 80*_t2 + 32*_t25 + 40*_t4 + 10*_t6 + 1)
    _t36 = _t25*_t35
    _t37 = _t12*_t33
    _t38 = 1/(240*_t0 + 160*_t2 + 192*_t25 + 64*_t33 + 60*_t4 + 12*_t6 + 1)
    _t39 = sigma**14
    _t40 = _t39/(560*_t0 + 280*_t2 + 672*_t25 + 448*_t33 + 128*_t39 + 84*_t4 + 14*_t6 + 1)
    _t41 = 256*sigma**16
    _t42 = mpmath.sqrt(2)/mpmath.sqrt(_t17)
    return -_t1*mu - _t3*mu**3 - _t5*mu**5 - _t7*mu**7 - mu**9 + ((2*mu*(_t1 + _t11 + _t12*_t7 + _t3*_t9 + _t8))*mpmath.ncdf(_t42*mu) + (_t16*_t42*(384*_t0 + 3456*_t10*_t24 + 5184*_t10*_t28 + 6480*_t10*_t32 + _t11*_t23 + 2016*_t12*_t2*_t23 + 3456*_t12*_t25*_t31 - 3360*_t12*_t28 + 3024*_t12*_t30 - 6720*_t12*_t32 + 8640*_t12*_t36 + 512*_t12*_t38*_t39 + 1792*_t12*_t40 + 864*_t13*_t18 + 648*_t13*_t23 + 540*_t13*_t27 + 1728*_t13 + 504*_t14*_t18 + 1008*_t14 + 84*_t15*_t18 + 168*_t15 - _t18*_t21 - _t18*_t22 - 72*_t18*_t6*_t8 - _t19*_t20 + 192*_t19 - _t20*_t24 - _t20*_t28 - _t20*_t32 - _t21*_t23 - _t21*_t27 - _t22*_t23 + 768*_t23*_t26 + 336*_t23*_t4*_t8 + 144*_t24 + 1152*_t26*_t27 + 1440*_t26*_t31 - 2520*_t27*_t29 + 120*_t28 - 5040*_t29*_t31 - 7560*_t29*_t35 - 1008*_t30*_t8 + 768*_t31*_t34 + 2016*_t32*_t8 + 105*_t32 + 2304*_t33*_t38*_t8 + 1920*_t34*_t35 + 3360*_t34*_t38 - 2016*_t35*_t37 - 2688*_t36*_t8 + 1680*_t36*_t9 - 6048*_t37*_t38 - 1152*_t40*_t8 + _t41*_t8/(1120*_t0 + 448*_t2 + 1792*_t25 + 1792*_t33 + 1024*_t39 + 112*_t4 + _t41 + 16*_t6 + 1) + 9*_t8))*mpmath.npdf(_t42*mu))


def _moment_mp_10(mu, sigma):
    _t0 = sigma**10
    _t1 = 945*_t0
    _t2 = mu**2
    _t3 = sigma**8
    _t4 = 4725*_t2*_t3
    _t5 = mu**4
    _t6 = sigma**6
    _t7 = 3150*_t5*_t6
    _t8 = mu**6
    _t9 = sigma**4
    _t10 = 630*_t8*_t9
    _t11 = mu**8
    _t12 = sigma**2
    _t13 = 45*_t11*_t12
    _t14 = _t1 + _t10 + _t13 + _t4 + _t7 + mu**10
    _t15 = 2*_t12 + 1
    _t16 = 1/_t15
    _t17 = 4*_t12
    _t18 = 1/(_t17 + 4*_t9 + 1)
    _t19 = 1/(6*_t12 + 8*_t6 + 12*_t9 + 1)
    _t20 = sigma**12
    _t21 = _t2*_t20
    _t22 = _t0*_t5
    _t23 = 1/(8*_t12 + 16*_t3 + 32*_t6 + 24*_t9 + 1)
    _t24 = 1/(32*_t0 + 10*_t12 + 80*_t3 + 80*_t6 + 40*_t9 + 1)
    _t25 = _t20*_t24
    _t26 = sigma**14
    _t27 = 1/(192*_t0 + 12*_t12 + 64*_t20 + 240*_t3 + 160*_t6 + 60*_t9 + 1)
    _t28 = _t20*_t27
    _t29 = _t26*_t5
    _t30 = 1/(672*_t0 + 14*_t12 + 448*_t20 + 128*_t26 + 560*_t3 + 280*_t6 + 84*_t9 + 1)
    _t31 = sigma**16
    _t32 = 1/(1792*_t0 + 16*_t12 + 1792*_t20 + 1024*_t26 + 1120*_t3 + 256*_t31 + 448*_t6 + 112*_t9 + 1)
    _t33 = 2304*_t31
    _t34 = sigma**18
    _t35 = mpmath.sqrt(2)*mu/mpmath.sqrt(_t15)
    return -_t14 + ((2*_t14)*mpmath.ncdf(_t35) + (_t17*_t35*(-3360*_t0*_t11*_t24 + 3840*_t0*_t18*_t2 + 5760*_t0*_t19*_t2 + 7200*_t0*_t2*_t23 + 8400*_t0*_t2*_t24 + 5760*_t0*_t23*_t8 + 14400*_t0*_t24*_t8 - _t1*_t16 - _t1*_t18 - _t1*_t19 - _t1*_t23 - _t1*_t24 - _t10*_t16 - _t10*_t18 + 240*_t11*_t18*_t9 - 840*_t11*_t19*_t6 + 3840*_t11*_t20*_t27 + 2016*_t11*_t23*_t3 - 2880*_t11*_t26*_t30 + 1280*_t11*_t31*_t32 - 256*_t11*_t34/(4032*_t0 + 18*_t12 + 5376*_t20 + 4608*_t26 + 2016*_t3 + _t33 + 512*_t34 + 672*_t6 + 144*_t9 + 1) + 5*_t11 + 60*_t12*_t16*_t8 + 120*_t12*_t8 - _t13*_t16 + 1440*_t16*_t2*_t6 + 960*_t16*_t3 - _t16*_t4 + 504*_t16*_t5*_t9 - _t16*_t7 + 1080*_t18*_t2*_t6 + 5760*_t18*_t3*_t5 + 720*_t18*_t3 - _t18*_t4 + 378*_t18*_t5*_t9 + 2016*_t18*_t6*_t8 - _t18*_t7 + 900*_t19*_t2*_t6 - 1260*_t19*_t21 - 6300*_t19*_t22 + 8640*_t19*_t3*_t5 - 4200*_t19*_t3*_t8 + 600*_t19*_t3 - _t19*_t4 + 3024*_t19*_t6*_t8 - _t19*_t7 - 3780*_t2*_t25 - 5040*_t2*_t28 + 2880*_t2*_t6 + 3840*_t20*_t23*_t5 + 9600*_t20*_t24*_t5 + 16800*_t20*_t27*_t5 - 2520*_t21*_t23 - 12600*_t22*_t23 - 18900*_t22*_t24 + 10800*_t23*_t3*_t5 - 8400*_t23*_t3*_t8 + 525*_t23*_t3 - _t23*_t4 - 1008*_t24*_t26*_t5 - 5040*_t25*_t8 + 2560*_t26*_t27*_t8 + 8960*_t26*_t30*_t8 - 3024*_t27*_t29 - 15120*_t28*_t8 - 6048*_t29*_t30 + 1920*_t3 - 576*_t30*_t31*_t8 - _t32*_t33*_t8 + 1008*_t5*_t9))*mpmath.npdf(_t35))


def _derivative_mp_0(mu, sigma):
    return ((2)*mpmath.ncdf(mpmath.sqrt(2)*mu/mpmath.sqrt(2*sigma**2 + 1)) + (0)*mpmath.npdf(mpmath.sqrt(2)*mu/mpmath.sqrt(2*sigma**2 + 1))) - 1


def _derivative_mp_1(mu, sigma):
    _t0 = mpmath.sqrt(2)/mpmath.sqrt(2*sigma**2 + 1)
    return ((0)*mpmath.ncdf(_t0*mu) + (2*_t0)*mpmath.npdf(_t0*mu))


def _derivative_mp_2(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = mpmath.sqrt(2)*mu
    return ((0)*mpmath.ncdf(_t1/mpmath.sqrt(_t0)) + (-4*_t1/_t0**(mpmath.mpf(3)/mpmath.mpf(2)))*mpmath.npdf(_t1/mpmath.sqrt(_t0)))


def _derivative_mp_3(mu, sigma):
    _t0 = sigma**2
    _t1 = 2*_t0 + 1
    _t2 = mpmath.sqrt(2)/mpmath.sqrt(_t1)
    return ((0)*mpmath.ncdf(_t2*mu) + (4*_t2*(2*mu**2/(4*_t0 + 4*sigma**4 + 1) - 1/_t1))*mpmath.npdf(_t2*mu))


def _derivative_mp_4(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.sqrt(2)
    _t2 = 2*_t0 + 1
    _t3 = _t1/mpmath.sqrt(_t2)
    _t4 = _t3*mu
    _t5 = _t1/_t2**(mpmath.mpf(3)/mpmath.mpf(2))
    return 2*_t5*(_t3*((0)*mpmath.ncdf(_t4) + (-4*_t5*mu**3)*mpmath.npdf(_t4)) + 8*mu*((0)*mpmath.ncdf(_t4) + (1)*mpmath.npdf(_t4))/_t2) + ((0)*mpmath.ncdf(_t4) + (8*_t4/(4*_t0 + 4*sigma**4 + 1))*mpmath.npdf(_t4))


def _derivative_mp_5(mu, sigma):
    _t0 = mpmath.sqrt(2)
    _t1 = sigma**2
    _t2 = 2*_t1 + 1
    _t3 = _t0/mpmath.sqrt(_t2)
    _t4 = _t3*mu
    _t5 = ((0)*mpmath.ncdf(_t4) + (1)*mpmath.npdf(_t4))
    _t6 = 1/_t2
    _t7 = mu**2
    _t8 = 2*_t7
    _t9 = _t0/_t2**(mpmath.mpf(5)/mpmath.mpf(2))
    _t10 = sigma**4
    return 8*_t9*(_t5 - ((0)*mpmath.ncdf(_t4) + (_t6*_t8)*mpmath.npdf(_t4))) - 4*_t9*(12*_t5*_t6*_t7 - ((0)*mpmath.ncdf(_t4) + (8*mu**4/_t2**2)*mpmath.npdf(_t4))) + ((0)*mpmath.ncdf(_t4) + (16*_t3*(-_t8/(6*_t1 + 12*_t10 + 8*sigma**6 + 1) + 1/(4*_t1 + 4*_t10 + 1)))*mpmath.npdf(_t4))


def _derivative_mp_6(mu, sigma):
    _t0 = 2*sigma**2 + 1
    _t1 = _t0**(-2)
    _t2 = mpmath.sqrt(2)
    _t3 = _t2/mpmath.sqrt(_t0)
    _t4 = _t3*mu
    _t5 = ((0)*mpmath.ncdf(_t4) + (-_t4)*mpmath.npdf(_t4))
    _t6 = 1/_t0
    _t7 = 2*_t6
    _t8 = ((0)*mpmath.ncdf(_t4) + (1)*mpmath.npdf(_t4))
    _t9 = _t8*mu
    _t10 = mu**3
    _t11 = _t0**(mpmath.mpf(-3)/mpmath.mpf(2))
    _t12 = _t11*_t2
    _t13 = 2*_t12
    _t14 = mu**2
    return 8*_t1*(-_t3*(_t3*((0)*mpmath.ncdf(_t4) + (-_t10*_t13)*mpmath.npdf(_t4)) + 4*_t6*_t9) + _t5*_t7) + _t13*(-16*_t1*mu*(_t8 - ((0)*mpmath.ncdf(_t4) + (_t14*_t7)*mpmath.npdf(_t4))) + 16*_t11*_t2*_t5 - _t3*(24*_t1*_t14*_t5 + 24*_t12*_t9 - _t3*(32*_t1*_t10*_t8 + _t3*((0)*mpmath.ncdf(_t4) + (-8*_t2*mu**5/_t0**(mpmath.mpf(5)/mpmath.mpf(2)))*mpmath.npdf(_t4)))))


def _derivative_mp_7(mu, sigma):
    _t0 = mpmath.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = _t0/mpmath.sqrt(_t1)
    _t3 = _t2*mu
    _t4 = ((0)*mpmath.ncdf(_t3) + (1)*mpmath.npdf(_t3))
    _t5 = mu**2
    _t6 = 1/_t1
    _t7 = 2*_t6
    _t8 = _t4 - ((0)*mpmath.ncdf(_t3) + (_t5*_t7)*mpmath.npdf(_t3))
    _t9 = _t1**(-3)
    _t10 = ((0)*mpmath.ncdf(_t3) + (-_t3)*mpmath.npdf(_t3))
    _t11 = mu**3
    _t12 = _t0/_t1**(mpmath.mpf(3)/mpmath.mpf(2))
    _t13 = 2*_t12
    _t14 = _t1**(mpmath.mpf(-5)/mpmath.mpf(2))
    _t15 = _t10*mu
    _t16 = -_t8
    _t17 = _t4*_t5
    _t18 = _t1**(-2)
    _t19 = _t18*mu**4
    _t20 = 48*_t18
    _t21 = _t0*_t14
    return 16*_t0*_t14*(-_t13*_t15 + _t16*_t6 - _t4*_t7 - _t6*(-6*_t17*_t6 + ((0)*mpmath.ncdf(_t3) + (4*_t19)*mpmath.npdf(_t3)))) - 96*_t0*_t8/_t1**(mpmath.mpf(7)/mpmath.mpf(2)) - 8*_t18*(12*_t12*_t4 + _t15*_t20 + 12*_t16*_t21*_t5 - _t2*(16*_t10*_t11*_t21 + _t17*_t20 + _t6*(-40*_t19*_t4 + ((0)*mpmath.ncdf(_t3) + (16*_t9*mu**6)*mpmath.npdf(_t3))))) - 32*_t9*mu*(_t10*_t7 - _t2*(_t2*((0)*mpmath.ncdf(_t3) + (-_t11*_t13)*mpmath.npdf(_t3)) + 4*_t4*_t6*mu))


def _derivative_mp_8(mu, sigma):
    _t0 = mpmath.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = 1/mpmath.sqrt(_t1)
    _t3 = _t0*_t2
    _t4 = _t3*mu
    _t5 = ((0)*mpmath.ncdf(_t4) + (-_t4)*mpmath.npdf(_t4))
    _t6 = 1/_t1
    _t7 = 2*_t6
    _t8 = ((0)*mpmath.ncdf(_t4) + (1)*mpmath.npdf(_t4))
    _t9 = _t8*mu
    _t10 = mu**3
    _t11 = _t0/_t1**(mpmath.mpf(3)/mpmath.mpf(2))
    _t12 = 2*_t11
    _t13 = -_t0*_t2*(_t3*((0)*mpmath.ncdf(_t4) + (-_t10*_t12)*mpmath.npdf(_t4)) + 4*_t6*_t9) + _t5*_t7
    _t14 = -_t13
    _t15 = _t1**(-2)
    _t16 = 8*_t15
    _t17 = mu**2
    _t18 = -_t8 + ((0)*mpmath.ncdf(_t4) + (_t17*_t7)*mpmath.npdf(_t4))
    _t19 = _t18*mu
    _t20 = _t15*_t5
    _t21 = _t10*_t8
    _t22 = mu**5
    _t23 = _t0/_t1**(mpmath.mpf(5)/mpmath.mpf(2))
    _t24 = mu**4
    _t25 = _t1**(-3)
    return -_t12*(32*_t11*_t13 + 32*_t15*mu*(-_t12*_t5*mu + _t18*_t6 - _t6*(-6*_t17*_t6*_t8 + ((0)*mpmath.ncdf(_t4) + (4*_t15*_t24)*mpmath.npdf(_t4))) - _t7*_t8) + _t3*(24*_t14*_t15*_t17 + 144*_t19*_t23 + 144*_t20 - _t3*(64*_t10*_t18*_t25 + 192*_t15*_t9 + 192*_t17*_t23*_t5 + _t3*(_t0*_t2*(96*_t22*_t25*_t8 + _t3*((0)*mpmath.ncdf(_t4) + (-16*_t0*mu**7/_t1**(mpmath.mpf(7)/mpmath.mpf(2)))*mpmath.npdf(_t4))) - 160*_t21*_t23 - 80*_t24*_t25*_t5)))) + _t16*(_t14*_t7 - _t3*(8*_t11*_t5 + _t16*_t19 + _t3*(_t0*_t2*(16*_t15*_t21 + _t3*((0)*mpmath.ncdf(_t4) + (-4*_t22*_t23)*mpmath.npdf(_t4))) - 12*_t11*_t9 - 12*_t17*_t20)))


def _derivative_mp_9(mu, sigma):
    _t0 = mpmath.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = 1/mpmath.sqrt(_t1)
    _t3 = _t0*_t2
    _t4 = _t3*mu
    _t5 = ((0)*mpmath.ncdf(_t4) + (1)*mpmath.npdf(_t4))
    _t6 = 1/_t1
    _t7 = 2*_t6
    _t8 = _t0/_t1**(mpmath.mpf(3)/mpmath.mpf(2))
    _t9 = 2*_t8
    _t10 = ((0)*mpmath.ncdf(_t4) + (-_t4)*mpmath.npdf(_t4))
    _t11 = _t10*mu
    _t12 = mu**2
    _t13 = -_t5 + ((0)*mpmath.ncdf(_t4) + (_t12*_t7)*mpmath.npdf(_t4))
    _t14 = _t5*_t6
    _t15 = _t1**(-2)
    _t16 = mu**4
    _t17 = _t15*_t16
    _t18 = _t11*_t9 - _t13*_t6 + _t5*_t7 + _t6*(-6*_t12*_t14 + ((0)*mpmath.ncdf(_t4) + (4*_t17)*mpmath.npdf(_t4)))
    _t19 = _t0/_t1**(mpmath.mpf(7)/mpmath.mpf(2))
    _t20 = _t1**(-3)
    _t21 = mu**3
    _t22 = _t0*_t2*(4*_t14*mu + _t3*((0)*mpmath.ncdf(_t4) + (-_t21*_t9)*mpmath.npdf(_t4))) - _t10*_t7
    _t23 = 8*_t15
    _t24 = _t5*_t8
    _t25 = 12*_t15
    _t26 = _t15*_t5
    _t27 = 16*_t21
    _t28 = mu**5
    _t29 = _t1**(mpmath.mpf(-5)/mpmath.mpf(2))
    _t30 = _t0*_t29
    _t31 = _t22*mu
    _t32 = _t12*_t13
    _t33 = 24*_t12
    _t34 = _t10*_t21
    _t35 = _t20*mu**6
    _t36 = 96*_t15
    _t37 = 240*_t5
    return 16*_t0*_t29*(-_t13*_t25 + 2*_t18*_t6 - _t3*(_t0*_t2*(_t26*_t33 + 8*_t30*_t34 + _t6*(-20*_t17*_t5 + ((0)*mpmath.ncdf(_t4) + (8*_t35)*mpmath.npdf(_t4)))) - 24*_t11*_t15 - 6*_t24 - 6*_t30*_t32) - _t31*_t9) + 320*_t18*_t19 - 32*_t20*mu*(_t22*_t7 - _t3*(8*_t10*_t8 + _t13*_t23*mu + _t3*(_t0*_t2*(_t26*_t27 + _t3*((0)*mpmath.ncdf(_t4) + (-4*_t28*_t30)*mpmath.npdf(_t4))) - _t10*_t12*_t25 - 12*_t24*mu))) - _t23*(144*_t13*_t30 + _t18*_t30*_t33 - _t3*(288*_t11*_t30 + 288*_t20*_t32 + _t22*_t27*_t30 + _t3*(_t0*_t2*(48*_t10*_t19*_t28 + _t16*_t20*_t37 + _t6*(-112*_t35*_t5 + ((0)*mpmath.ncdf(_t4) + (32*mu**8/_t1**4)*mpmath.npdf(_t4)))) - _t12*_t30*_t37 - 40*_t13*_t16*_t19 - 320*_t20*_t34) + _t36*_t5) + _t31*_t36)


def _derivative_mp_10(mu, sigma):
    _t0 = mpmath.sqrt(2)
    _t1 = 2*sigma**2 + 1
    _t2 = 1/mpmath.sqrt(_t1)
    _t3 = _t0*_t2
    _t4 = _t3*mu
    _t5 = ((0)*mpmath.ncdf(_t4) + (-_t4)*mpmath.npdf(_t4))
    _t6 = 1/_t1
    _t7 = 2*_t6
    _t8 = ((0)*mpmath.ncdf(_t4) + (1)*mpmath.npdf(_t4))
    _t9 = _t8*mu
    _t10 = mu**3
    _t11 = _t0/_t1**(mpmath.mpf(3)/mpmath.mpf(2))
    _t12 = 2*_t11
    _t13 = _t0*_t2*(_t3*((0)*mpmath.ncdf(_t4) + (-_t10*_t12)*mpmath.npdf(_t4)) + 4*_t6*_t9) - _t5*_t7
    _t14 = 8*_t5
    _t15 = _t1**(-2)
    _t16 = 8*_t15
    _t17 = mu**2
    _t18 = -_t8 + ((0)*mpmath.ncdf(_t4) + (_t17*_t7)*mpmath.npdf(_t4))
    _t19 = _t18*mu
    _t20 = _t15*_t5
    _t21 = 12*_t17
    _t22 = 16*_t15
    _t23 = _t10*_t8
    _t24 = mu**5
    _t25 = _t0/_t1**(mpmath.mpf(5)/mpmath.mpf(2))
    _t26 = -_t0*_t2*(_t11*_t14 + _t16*_t19 + _t3*(_t0*_t2*(_t22*_t23 + _t3*((0)*mpmath.ncdf(_t4) + (-4*_t24*_t25)*mpmath.npdf(_t4))) - 12*_t11*_t9 - _t20*_t21)) + _t13*_t7
    _t27 = -_t26
    _t28 = _t12*mu
    _t29 = _t17*_t8
    _t30 = mu**4
    _t31 = _t15*_t30
    _t32 = -_t18*_t6 + _t28*_t5 + _t6*(-6*_t29*_t6 + ((0)*mpmath.ncdf(_t4) + (4*_t31)*mpmath.npdf(_t4))) + _t7*_t8
    _t33 = _t32*mu
    _t34 = _t13*_t15
    _t35 = _t25*_t5
    _t36 = _t1**(-3)
    _t37 = _t10*_t36
    _t38 = _t36*_t5
    _t39 = _t24*_t8
    _t40 = mu**7
    _t41 = _t0/_t1**(mpmath.mpf(7)/mpmath.mpf(2))
    _t42 = _t17*_t25
    _t43 = 24*_t15
    _t44 = mu**6
    _t45 = 960*_t41
    _t46 = _t1**(-4)
    return -_t12*(48*_t11*_t26 + 32*_t15*mu*(-_t13*_t28 - 12*_t15*_t18 - _t3*(_t0*_t2*(_t10*_t14*_t25 + _t29*_t43 + _t6*(-20*_t31*_t8 + ((0)*mpmath.ncdf(_t4) + (8*_t36*_t44)*mpmath.npdf(_t4)))) - 6*_t11*_t8 - 6*_t18*_t42 - 24*_t20*mu) + 2*_t32*_t6) + _t3*(_t17*_t27*_t43 + 480*_t25*_t33 - _t3*(384*_t13*_t42 + 2304*_t19*_t36 + _t3*(_t0*_t2*(192*_t18*_t24*_t46 + 1920*_t23*_t36 + _t3*(_t0*_t2*(_t3*((0)*mpmath.ncdf(_t4) + (-32*_t0*mu**9/_t1**(mpmath.mpf(9)/mpmath.mpf(2)))*mpmath.npdf(_t4)) + 256*_t40*_t46*_t8) - 672*_t39*_t41 - 224*_t44*_t46*_t5) + _t30*_t45*_t5) - _t10*_t18*_t45 - 80*_t13*_t30*_t36 - 2880*_t17*_t38 - 960*_t25*_t9) + 128*_t32*_t37 + 768*_t35) + 480*_t34)) + _t16*(_t27*_t7 - _t3*(16*_t11*_t13 + _t22*_t33 + _t3*(_t0*_t2*(96*_t15*_t9 + 96*_t17*_t35 + 32*_t18*_t37 + _t3*(_t0*_t2*(_t3*((0)*mpmath.ncdf(_t4) + (-8*_t40*_t41)*mpmath.npdf(_t4)) + 48*_t36*_t39) - 80*_t23*_t25 - 40*_t30*_t38)) - 72*_t19*_t25 - 72*_t20 - _t21*_t34)))


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
