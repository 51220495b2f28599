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
    n = 0: Piecewise((mu*D(0, -mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1) + sigma**2*D(1, -mu/sqrt(sigma**2 + 1), 0)/sqrt(sigma**2 + 1), mu/sqrt(sigma**2 + 1) < 0), (mu - mu*D(0, mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1) + sigma**2*D(1, mu/sqrt(sigma**2 + 1), 0)/sqrt(sigma**2 + 1), True))
    n = 1: Piecewise((2*mu*sigma**2*D(1, -mu/sqrt(sigma**2 + 1), 0)/(sigma**2*sqrt(sigma**2 + 1) + sqrt(sigma**2 + 1)) + sigma**4*D(2, -mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1) + (mu**2/(sigma**4 + 2*sigma**2 + 1) + sigma**2/(sigma**2 + 1))*D(0, -mu/sqrt(sigma**2 + 1), 0), mu/sqrt(sigma**2 + 1) < 0), (mu**2 + 2*mu*sigma**2*D(1, mu/sqrt(sigma**2 + 1), 0)/(sigma**2*sqrt(sigma**2 + 1) + sqrt(sigma**2 + 1)) - sigma**4*D(2, mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1) + sigma**2 - (mu**2/(sigma**4 + 2*sigma**2 + 1) + sigma**2/(sigma**2 + 1))*D(0, mu/sqrt(sigma**2 + 1), 0), True))
    n = 2: Piecewise((3*mu*sigma**4*D(2, -mu/sqrt(sigma**2 + 1), 0)/(sigma**4 + 2*sigma**2 + 1) + sigma**6*D(3, -mu/sqrt(sigma**2 + 1), 0)/(sigma**2*sqrt(sigma**2 + 1) + sqrt(sigma**2 + 1)) + (mu**3/(sigma**6 + 3*sigma**4 + 3*sigma**2 + 1) + 3*mu*sigma**2/(sigma**4 + 2*sigma**2 + 1))*D(0, -mu/sqrt(sigma**2 + 1), 0) + (3*mu**2*sigma**2/(sigma**4*sqrt(sigma**2 + 1) + 2*sigma**2*sqrt(sigma**2 + 1) + sqrt(sigma**2 + 1)) + 3*sigma**4/(sigma**2*sqrt(sigma**2 + 1) + sqrt(sigma**2 + 1)))*D(1, -mu/sqrt(sigma**2 + 1), 0), mu/sqrt(sigma**2 + 1) < 0), (mu**3 - 3*mu*sigma**4*D(2, mu/sqrt(sigma**2 + 1), 0)/(sigma**4 + 2*sigma**2 + 1) + 3*mu*sigma**2 + sigma**6*D(3, mu/sqrt(sigma**2 + 1), 0)/(sigma**2*sqrt(sigma**2 + 1) + sqrt(sigma**2 + 1)) - (mu**3/(sigma**6 + 3*sigma**4 + 3*sigma**2 + 1) + 3*mu*sigma**2/(sigma**4 + 2*sigma**2 + 1))*D(0, mu/sqrt(sigma**2 + 1), 0) - (-3*mu**2*sigma**2/(sigma**4*sqrt(sigma**2 + 1) + 2*sigma**2*sqrt(sigma**2 + 1) + sqrt(sigma**2 + 1)) - 3*sigma**4/(sigma**2*sqrt(sigma**2 + 1) + sqrt(sigma**2 + 1)))*D(1, mu/sqrt(sigma**2 + 1), 0), True))
Closed-form part of E[act'(x)]:
    Piecewise((mu*phi(-mu/sqrt(sigma**2 + 1))/(sigma**2 + 1)**(3/2) + sigma**2*D(0, -mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1) + D(0, -mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1), mu/sqrt(sigma**2 + 1) < 0), (mu*phi(mu/sqrt(sigma**2 + 1))/(sigma**2 + 1)**(3/2) - sigma**2*D(0, mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1) + 1 - D(0, mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1), True))
"""
# ruff: noqa
import gaussym.kernels.generated._runtime
import gaussym.kernels.special
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
    _t1 = _t0 + 1
    _t2 = 1/numpy.sqrt(_t1)
    _t3 = _t2*mu
    _t4 = -_t3
    _t5 = mu/_t1
    _t6 = _t0*_t2
    return numpy.select([numpy.less(_t3, 0),True], [_t5*gaussym.kernels.special.gauss_tail(0, _t4, 0) + _t6*gaussym.kernels.special.gauss_tail(1, _t4, 0),-_t5*gaussym.kernels.special.gauss_tail(0, _t3, 0) + _t6*gaussym.kernels.special.gauss_tail(1, _t3, 0) + mu], default=numpy.nan)


def _moment_1(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = numpy.sqrt(_t1)
    _t3 = mu/_t2
    _t4 = -_t3
    _t5 = _t1**(-1.0)
    _t6 = sigma**4
    _t7 = _t5*_t6
    _t8 = 2*_t0
    _t9 = _t8*mu/(_t0*_t2 + _t2)
    _t10 = mu**2
    _t11 = _t0*_t5 + _t10/(_t6 + _t8 + 1)
    return numpy.select([numpy.less(_t3, 0),True], [_t11*gaussym.kernels.special.gauss_tail(0, _t4, 0) + _t7*gaussym.kernels.special.gauss_tail(2, _t4, 0) + _t9*gaussym.kernels.special.gauss_tail(1, _t4, 0),_t0 + _t10 - _t11*gaussym.kernels.special.gauss_tail(0, _t3, 0) - _t7*gaussym.kernels.special.gauss_tail(2, _t3, 0) + _t9*gaussym.kernels.special.gauss_tail(1, _t3, 0)], default=numpy.nan)


def _moment_2(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**4
    _t5 = 2*_t0
    _t6 = (_t4 + _t5 + 1)**(-1.0)
    _t7 = 3*_t4
    _t8 = _t6*_t7*mu
    _t9 = (_t0*_t1 + _t1)**(-1.0)
    _t10 = sigma**6
    _t11 = _t10*_t9
    _t12 = 3*_t0
    _t13 = _t12*mu
    _t14 = mu**3
    _t15 = _t13*_t6 + _t14/(_t10 + _t12 + _t7 + 1)
    _t16 = _t12*mu**2/(_t1*_t4 + _t1*_t5 + _t1) + _t7*_t9
    return numpy.select([numpy.less(_t2, 0),True], [_t11*gaussym.kernels.special.gauss_tail(3, _t3, 0) + _t15*gaussym.kernels.special.gauss_tail(0, _t3, 0) + _t16*gaussym.kernels.special.gauss_tail(1, _t3, 0) + _t8*gaussym.kernels.special.gauss_tail(2, _t3, 0),_t11*gaussym.kernels.special.gauss_tail(3, _t2, 0) + _t13 + _t14 - _t15*gaussym.kernels.special.gauss_tail(0, _t2, 0) + _t16*gaussym.kernels.special.gauss_tail(1, _t2, 0) - _t8*gaussym.kernels.special.gauss_tail(2, _t2, 0)], default=numpy.nan)


def _moment_3(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**4
    _t5 = 2*_t0
    _t6 = (_t4 + _t5 + 1)**(-1.0)
    _t7 = sigma**8
    _t8 = _t6*_t7
    _t9 = sigma**6
    _t10 = 4*_t9
    _t11 = mu/(_t1*_t4 + _t1*_t5 + _t1)
    _t12 = _t10*_t11
    _t13 = mu**2
    _t14 = 3*_t0
    _t15 = 3*_t4
    _t16 = (_t14 + _t15 + _t9 + 1)**(-1.0)
    _t17 = 6*_t4
    _t18 = _t13*_t16*_t17 + 6*_t6*_t9
    _t19 = 6*_t0*_t13
    _t20 = mu**4
    _t21 = 4*_t0
    _t22 = _t15*_t6 + _t16*_t19 + _t20/(_t10 + _t17 + _t21 + _t7 + 1)
    _t23 = 12*_t11*_t4 + _t21*mu**3/(_t1*_t14 + _t1*_t15 + _t1*_t9 + _t1)
    return numpy.select([numpy.less(_t2, 0),True], [_t12*gaussym.kernels.special.gauss_tail(3, _t3, 0) + _t18*gaussym.kernels.special.gauss_tail(2, _t3, 0) + _t22*gaussym.kernels.special.gauss_tail(0, _t3, 0) + _t23*gaussym.kernels.special.gauss_tail(1, _t3, 0) + _t8*gaussym.kernels.special.gauss_tail(4, _t3, 0),_t12*gaussym.kernels.special.gauss_tail(3, _t2, 0) + _t15 - _t18*gaussym.kernels.special.gauss_tail(2, _t2, 0) + _t19 + _t20 - _t22*gaussym.kernels.special.gauss_tail(0, _t2, 0) + _t23*gaussym.kernels.special.gauss_tail(1, _t2, 0) - _t8*gaussym.kernels.special.gauss_tail(4, _t2, 0)], default=numpy.nan)


def _moment_4(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**8
    _t5 = 5*_t4
    _t6 = sigma**6
    _t7 = 3*_t0
    _t8 = sigma**4
    _t9 = (_t6 + _t7 + 3*_t8 + 1)**(-1.0)
    _t10 = _t9*mu
    _t11 = _t10*_t5
    _t12 = _t1*_t8
    _t13 = (2*_t0*_t1 + _t1 + _t12)**(-1.0)
    _t14 = sigma**10
    _t15 = mu**3
    _t16 = 4*_t0
    _t17 = (_t16 + _t4 + 4*_t6 + 6*_t8 + 1)**(-1.0)
    _t18 = 10*_t8
    _t19 = 30*_t10*_t6 + _t15*_t17*_t18
    _t20 = mu**5
    _t21 = 5*_t0
    _t22 = 10*_t6
    _t23 = 10*_t0*_t15*_t17 + _t20/(_t14 + _t18 + _t21 + _t22 + _t5 + 1) + 15*_t8*_t9*mu
    _t24 = _t1*_t6
    _t25 = mu**2/(_t1*_t7 + _t1 + 3*_t12 + _t24)
    _t26 = 10*_t13*_t4 + _t22*_t25
    _t27 = 15*_t13*_t6 + _t21*mu**4/(_t1*_t16 + _t1*_t4 + _t1 + 6*_t12 + 4*_t24) + 30*_t25*_t8
    return numpy.select([numpy.less(_t2, 0),True], [_t11*gaussym.kernels.special.gauss_tail(4, _t3, 0) + _t13*_t14*gaussym.kernels.special.gauss_tail(5, _t3, 0) + _t19*gaussym.kernels.special.gauss_tail(2, _t3, 0) + _t23*gaussym.kernels.special.gauss_tail(0, _t3, 0) + _t26*gaussym.kernels.special.gauss_tail(3, _t3, 0) + _t27*gaussym.kernels.special.gauss_tail(1, _t3, 0),10*_t0*_t15 - _t11*gaussym.kernels.special.gauss_tail(4, _t2, 0) + _t13*_t14*gaussym.kernels.special.gauss_tail(5, _t2, 0) - _t19*gaussym.kernels.special.gauss_tail(2, _t2, 0) + _t20 - _t23*gaussym.kernels.special.gauss_tail(0, _t2, 0) + _t26*gaussym.kernels.special.gauss_tail(3, _t2, 0) + _t27*gaussym.kernels.special.gauss_tail(1, _t2, 0) + 15*_t8*mu], default=numpy.nan)


def _moment_5(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**6
    _t5 = 3*_t0
    _t6 = sigma**4
    _t7 = 3*_t6
    _t8 = (_t4 + _t5 + _t7 + 1)**(-1.0)
    _t9 = sigma**12
    _t10 = _t8*_t9
    _t11 = sigma**10
    _t12 = 6*_t11
    _t13 = _t1*_t4
    _t14 = (_t1*_t5 + _t1*_t7 + _t1 + _t13)**(-1.0)
    _t15 = _t14*mu
    _t16 = sigma**8
    _t17 = 15*_t16
    _t18 = mu**2
    _t19 = 4*_t0
    _t20 = 6*_t6
    _t21 = 4*_t4
    _t22 = (_t16 + _t19 + _t20 + _t21 + 1)**(-1.0)
    _t23 = _t18*_t22
    _t24 = 15*_t11*_t8 + _t17*_t23
    _t25 = 90*_t4
    _t26 = mu**4
    _t27 = 5*_t0
    _t28 = 10*_t6
    _t29 = (_t11 + 5*_t16 + _t27 + _t28 + 10*_t4 + 1)**(-1.0)
    _t30 = 15*_t6
    _t31 = 45*_t16*_t8 + _t23*_t25 + _t26*_t29*_t30
    _t32 = 20*_t4
    _t33 = _t1*_t16
    _t34 = mu**3/(_t1*_t19 + _t1*_t20 + _t1*_t21 + _t1 + _t33)
    _t35 = 60*_t15*_t16 + _t32*_t34
    _t36 = mu**6
    _t37 = 6*_t0
    _t38 = 15*_t0*_t26*_t29 + 45*_t18*_t22*_t6 + _t36/(_t12 + _t17 + _t30 + _t32 + _t37 + _t9 + 1) + 15*_t4*_t8
    _t39 = _t15*_t25 + 60*_t34*_t6 + _t37*mu**5/(_t1*_t11 + _t1*_t27 + _t1*_t28 + _t1 + 10*_t13 + 5*_t33)
    return numpy.select([numpy.less(_t2, 0),True], [_t10*gaussym.kernels.special.gauss_tail(6, _t3, 0) + _t12*_t15*gaussym.kernels.special.gauss_tail(5, _t3, 0) + _t24*gaussym.kernels.special.gauss_tail(4, _t3, 0) + _t31*gaussym.kernels.special.gauss_tail(2, _t3, 0) + _t35*gaussym.kernels.special.gauss_tail(3, _t3, 0) + _t38*gaussym.kernels.special.gauss_tail(0, _t3, 0) + _t39*gaussym.kernels.special.gauss_tail(1, _t3, 0),15*_t0*_t26 - _t10*gaussym.kernels.special.gauss_tail(6, _t2, 0) + 6*_t11*_t14*mu*gaussym.kernels.special.gauss_tail(5, _t2, 0) + 45*_t18*_t6 - _t24*gaussym.kernels.special.gauss_tail(4, _t2, 0) - _t31*gaussym.kernels.special.gauss_tail(2, _t2, 0) + _t35*gaussym.kernels.special.gauss_tail(3, _t2, 0) + _t36 - _t38*gaussym.kernels.special.gauss_tail(0, _t2, 0) + _t39*gaussym.kernels.special.gauss_tail(1, _t2, 0) + 15*_t4], default=numpy.nan)


def _moment_6(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**12
    _t5 = 7*_t4
    _t6 = sigma**8
    _t7 = 4*_t0
    _t8 = sigma**4
    _t9 = 6*_t8
    _t10 = sigma**6
    _t11 = (4*_t10 + _t6 + _t7 + _t9 + 1)**(-1.0)
    _t12 = _t11*mu
    _t13 = _t12*_t5
    _t14 = _t1*_t10
    _t15 = 3*_t1
    _t16 = (_t0*_t15 + _t1 + _t14 + _t15*_t8)**(-1.0)
    _t17 = sigma**14
    _t18 = sigma**10
    _t19 = 105*mu
    _t20 = 35*_t6
    _t21 = mu**3
    _t22 = 5*_t0
    _t23 = 10*_t8
    _t24 = (10*_t10 + _t18 + _t22 + _t23 + 5*_t6 + 1)**(-1.0)
    _t25 = _t21*_t24
    _t26 = _t11*_t18*_t19 + _t20*_t25
    _t27 = mu**5
    _t28 = 6*_t0
    _t29 = 15*_t8
    _t30 = (20*_t10 + 6*_t18 + _t28 + _t29 + _t4 + 15*_t6 + 1)**(-1.0)
    _t31 = 21*_t8
    _t32 = 210*_t10*_t25 + 315*_t12*_t6 + _t27*_t30*_t31
    _t33 = 21*_t18
    _t34 = _t1*_t6
    _t35 = mu**2/(_t1*_t7 + _t1*_t9 + _t1 + 4*_t14 + _t34)
    _t36 = 21*_t16*_t4 + _t33*_t35
    _t37 = 105*_t8
    _t38 = mu**7
    _t39 = 7*_t0
    _t40 = 35*_t10
    _t41 = 21*_t0*_t27*_t30 + _t10*_t11*_t19 + _t21*_t24*_t37 + _t38/(_t17 + _t20 + _t31 + _t33 + _t39 + _t40 + _t5 + 1)
    _t42 = 105*_t16
    _t43 = _t1*_t18
    _t44 = mu**4/(_t1*_t22 + _t1*_t23 + _t1 + 10*_t14 + 5*_t34 + _t43)
    _t45 = _t18*_t42 + 210*_t35*_t6 + _t40*_t44
    _t46 = 315*_t10*_t35 + _t37*_t44 + _t39*mu**6/(_t1*_t28 + _t1*_t29 + _t1*_t4 + _t1 + 20*_t14 + 15*_t34 + 6*_t43) + _t42*_t6
    return numpy.select([numpy.less(_t2, 0),True], [_t13*gaussym.kernels.special.gauss_tail(6, _t3, 0) + _t16*_t17*gaussym.kernels.special.gauss_tail(7, _t3, 0) + _t26*gaussym.kernels.special.gauss_tail(4, _t3, 0) + _t32*gaussym.kernels.special.gauss_tail(2, _t3, 0) + _t36*gaussym.kernels.special.gauss_tail(5, _t3, 0) + _t41*gaussym.kernels.special.gauss_tail(0, _t3, 0) + _t45*gaussym.kernels.special.gauss_tail(3, _t3, 0) + _t46*gaussym.kernels.special.gauss_tail(1, _t3, 0),21*_t0*_t27 + 105*_t10*mu - _t13*gaussym.kernels.special.gauss_tail(6, _t2, 0) + _t16*_t17*gaussym.kernels.special.gauss_tail(7, _t2, 0) + 105*_t21*_t8 - _t26*gaussym.kernels.special.gauss_tail(4, _t2, 0) - _t32*gaussym.kernels.special.gauss_tail(2, _t2, 0) + _t36*gaussym.kernels.special.gauss_tail(5, _t2, 0) + _t38 - _t41*gaussym.kernels.special.gauss_tail(0, _t2, 0) + _t45*gaussym.kernels.special.gauss_tail(3, _t2, 0) + _t46*gaussym.kernels.special.gauss_tail(1, _t2, 0)], default=numpy.nan)


def _moment_7(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**8
    _t5 = 4*_t0
    _t6 = sigma**4
    _t7 = 6*_t6
    _t8 = sigma**6
    _t9 = 4*_t8
    _t10 = (_t4 + _t5 + _t7 + _t9 + 1)**(-1.0)
    _t11 = sigma**16
    _t12 = _t10*_t11
    _t13 = sigma**14
    _t14 = 8*_t13
    _t15 = _t1*_t4
    _t16 = (_t1*_t5 + _t1*_t7 + _t1*_t9 + _t1 + _t15)**(-1.0)
    _t17 = _t16*mu
    _t18 = sigma**12
    _t19 = 28*_t18
    _t20 = mu**2
    _t21 = sigma**10
    _t22 = 5*_t0
    _t23 = 10*_t6
    _t24 = 10*_t8
    _t25 = 5*_t4
    _t26 = (_t21 + _t22 + _t23 + _t24 + _t25 + 1)**(-1.0)
    _t27 = _t20*_t26
    _t28 = 28*_t10*_t13 + _t19*_t27
    _t29 = 420*_t21
    _t30 = 70*_t4
    _t31 = mu**4
    _t32 = 6*_t0
    _t33 = 15*_t6
    _t34 = 20*_t8
    _t35 = (_t18 + 6*_t21 + _t32 + _t33 + _t34 + 15*_t4 + 1)**(-1.0)
    _t36 = _t31*_t35
    _t37 = 210*_t10*_t18 + _t27*_t29 + _t30*_t36
    _t38 = 56*_t21
    _t39 = _t1*_t21
    _t40 = mu**3/(_t1*_t22 + _t1*_t23 + _t1*_t24 + _t1*_t25 + _t1 + _t39)
    _t41 = 168*_t17*_t18 + _t38*_t40
    _t42 = 420*_t8
    _t43 = mu**6
    _t44 = 7*_t0
    _t45 = 21*_t6
    _t46 = 35*_t8
    _t47 = (_t13 + 7*_t18 + 21*_t21 + 35*_t4 + _t44 + _t45 + _t46 + 1)**(-1.0)
    _t48 = 28*_t6
    _t49 = _t10*_t29 + 1260*_t27*_t4 + _t36*_t42 + _t43*_t47*_t48
    _t50 = mu**8
    _t51 = 8*_t0
    _t52 = 56*_t8
    _t53 = 28*_t0*_t43*_t47 + 105*_t10*_t4 + _t20*_t26*_t42 + 210*_t31*_t35*_t6 + _t50/(_t11 + _t14 + _t19 + _t30 + _t38 + _t48 + _t51 + _t52 + 1)
    _t54 = 840*_t17
    _t55 = _t1*_t18
    _t56 = mu**5/(_t1*_t32 + _t1*_t33 + _t1*_t34 + _t1 + 15*_t15 + 6*_t39 + _t55)
    _t57 = _t21*_t54 + 560*_t4*_t40 + _t52*_t56
    _t58 = _t4*_t54 + 840*_t40*_t8 + _t51*mu**7/(_t1*_t13 + _t1*_t44 + _t1*_t45 + _t1*_t46 + _t1 + 35*_t15 + 21*_t39 + 7*_t55) + 168*_t56*_t6
    return numpy.select([numpy.less(_t2, 0),True], [_t12*gaussym.kernels.special.gauss_tail(8, _t3, 0) + _t14*_t17*gaussym.kernels.special.gauss_tail(7, _t3, 0) + _t28*gaussym.kernels.special.gauss_tail(6, _t3, 0) + _t37*gaussym.kernels.special.gauss_tail(4, _t3, 0) + _t41*gaussym.kernels.special.gauss_tail(5, _t3, 0) + _t49*gaussym.kernels.special.gauss_tail(2, _t3, 0) + _t53*gaussym.kernels.special.gauss_tail(0, _t3, 0) + _t57*gaussym.kernels.special.gauss_tail(3, _t3, 0) + _t58*gaussym.kernels.special.gauss_tail(1, _t3, 0),28*_t0*_t43 - _t12*gaussym.kernels.special.gauss_tail(8, _t2, 0) + 8*_t13*_t16*mu*gaussym.kernels.special.gauss_tail(7, _t2, 0) + 420*_t20*_t8 - _t28*gaussym.kernels.special.gauss_tail(6, _t2, 0) + 210*_t31*_t6 - _t37*gaussym.kernels.special.gauss_tail(4, _t2, 0) + 105*_t4 + _t41*gaussym.kernels.special.gauss_tail(5, _t2, 0) - _t49*gaussym.kernels.special.gauss_tail(2, _t2, 0) + _t50 - _t53*gaussym.kernels.special.gauss_tail(0, _t2, 0) + _t57*gaussym.kernels.special.gauss_tail(3, _t2, 0) + _t58*gaussym.kernels.special.gauss_tail(1, _t2, 0)], default=numpy.nan)


def _moment_8(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**16
    _t5 = 9*_t4
    _t6 = sigma**10
    _t7 = 5*_t0
    _t8 = sigma**4
    _t9 = 10*_t8
    _t10 = sigma**6
    _t11 = 10*_t10
    _t12 = sigma**8
    _t13 = (_t11 + 5*_t12 + _t6 + _t7 + _t9 + 1)**(-1.0)
    _t14 = _t13*mu
    _t15 = _t14*_t5
    _t16 = _t1*_t12
    _t17 = 4*_t1
    _t18 = (_t0*_t17 + 6*_t1*_t8 + _t1 + _t10*_t17 + _t16)**(-1.0)
    _t19 = sigma**18
    _t20 = sigma**14
    _t21 = sigma**12
    _t22 = 84*_t21
    _t23 = mu**3
    _t24 = 6*_t0
    _t25 = 15*_t8
    _t26 = 20*_t10
    _t27 = (15*_t12 + _t21 + _t24 + _t25 + _t26 + 6*_t6 + 1)**(-1.0)
    _t28 = _t23*_t27
    _t29 = 252*_t14*_t20 + _t22*_t28
    _t30 = 1260*_t23
    _t31 = 126*_t12
    _t32 = mu**5
    _t33 = 7*_t0
    _t34 = 21*_t8
    _t35 = 35*_t10
    _t36 = (35*_t12 + _t20 + 7*_t21 + _t33 + _t34 + _t35 + 21*_t6 + 1)**(-1.0)
    _t37 = _t32*_t36
    _t38 = 1890*_t14*_t21 + _t27*_t30*_t6 + _t31*_t37
    _t39 = 36*_t20
    _t40 = _t1*_t6
    _t41 = mu**2/(_t1*_t11 + _t1*_t7 + _t1*_t9 + _t1 + 5*_t16 + _t40)
    _t42 = 36*_t18*_t4 + _t39*_t41
    _t43 = 3780*_t6
    _t44 = 3780*_t12
    _t45 = mu**7
    _t46 = 8*_t0
    _t47 = 28*_t8
    _t48 = 56*_t10
    _t49 = (70*_t12 + 8*_t20 + 28*_t21 + _t4 + _t46 + _t47 + _t48 + 56*_t6 + 1)**(-1.0)
    _t50 = 36*_t8
    _t51 = 756*_t10*_t37 + _t14*_t43 + _t28*_t44 + _t45*_t49*_t50
    _t52 = mu**9
    _t53 = 9*_t0
    _t54 = 84*_t10
    _t55 = 126*_t6
    _t56 = 36*_t0*_t45*_t49 + _t10*_t27*_t30 + 945*_t12*_t13*mu + 378*_t32*_t36*_t8 + _t52/(_t19 + _t22 + _t31 + _t39 + _t5 + _t50 + _t53 + _t54 + _t55 + 1)
    _t57 = _t1*_t21
    _t58 = mu**4/(_t1*_t24 + _t1*_t25 + _t1*_t26 + _t1 + 15*_t16 + 6*_t40 + _t57)
    _t59 = 378*_t18*_t20 + 756*_t21*_t41 + _t55*_t58
    _t60 = _t1*_t20
    _t61 = mu**6/(_t1*_t33 + _t1*_t34 + _t1*_t35 + _t1 + 35*_t16 + 21*_t40 + 7*_t57 + _t60)
    _t62 = 1260*_t12*_t58 + 1260*_t18*_t21 + _t41*_t43 + _t54*_t61
    _t63 = 1890*_t10*_t58 + 945*_t18*_t6 + _t41*_t44 + _t53*mu**8/(_t1*_t4 + _t1*_t46 + _t1*_t47 + _t1*_t48 + _t1 + 70*_t16 + 56*_t40 + 28*_t57 + 8*_t60) + 252*_t61*_t8
    return numpy.select([numpy.less(_t2, 0),True], [_t15*gaussym.kernels.special.gauss_tail(8, _t3, 0) + _t18*_t19*gaussym.kernels.special.gauss_tail(9, _t3, 0) + _t29*gaussym.kernels.special.gauss_tail(6, _t3, 0) + _t38*gaussym.kernels.special.gauss_tail(4, _t3, 0) + _t42*gaussym.kernels.special.gauss_tail(7, _t3, 0) + _t51*gaussym.kernels.special.gauss_tail(2, _t3, 0) + _t56*gaussym.kernels.special.gauss_tail(0, _t3, 0) + _t59*gaussym.kernels.special.gauss_tail(5, _t3, 0) + _t62*gaussym.kernels.special.gauss_tail(3, _t3, 0) + _t63*gaussym.kernels.special.gauss_tail(1, _t3, 0),36*_t0*_t45 + 1260*_t10*_t23 + 945*_t12*mu - _t15*gaussym.kernels.special.gauss_tail(8, _t2, 0) + _t18*_t19*gaussym.kernels.special.gauss_tail(9, _t2, 0) - _t29*gaussym.kernels.special.gauss_tail(6, _t2, 0) + 378*_t32*_t8 - _t38*gaussym.kernels.special.gauss_tail(4, _t2, 0) + _t42*gaussym.kernels.special.gauss_tail(7, _t2, 0) - _t51*gaussym.kernels.special.gauss_tail(2, _t2, 0) + _t52 - _t56*gaussym.kernels.special.gauss_tail(0, _t2, 0) + _t59*gaussym.kernels.special.gauss_tail(5, _t2, 0) + _t62*gaussym.kernels.special.gauss_tail(3, _t2, 0) + _t63*gaussym.kernels.special.gauss_tail(1, _t2, 0)], default=numpy.nan)


def _moment_9(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**10
    _t5 = 5*_t0
    _t6 = sigma**4
    _t7 = 10*_t6
    _t8 = sigma**6
    _t9 = 10*_t8
    _t10 = sigma**8
    _t11 = 5*_t10
    _t12 = (_t11 + _t4 + _t5 + _t7 + _t9 + 1)**(-1.0)
    _t13 = sigma**20
    _t14 = _t12*_t13
    _t15 = sigma**18
    _t16 = sigma**16
    _t17 = 45*_t16
    _t18 = mu**2
    _t19 = sigma**12
    _t20 = 6*_t0
    _t21 = 15*_t6
    _t22 = 20*_t8
    _t23 = 15*_t10
    _t24 = 6*_t4
    _t25 = (_t19 + _t20 + _t21 + _t22 + _t23 + _t24 + 1)**(-1.0)
    _t26 = _t18*_t25
    _t27 = 45*_t12*_t15 + _t17*_t26
    _t28 = 10*_t15
    _t29 = _t1*_t4
    _t30 = (_t1*_t11 + _t1*_t5 + _t1*_t7 + _t1*_t9 + _t1 + _t29)**(-1.0)
    _t31 = _t30*mu
    _t32 = sigma**14
    _t33 = 210*_t19
    _t34 = mu**4
    _t35 = 7*_t0
    _t36 = 21*_t6
    _t37 = 35*_t8
    _t38 = 35*_t10
    _t39 = (7*_t19 + _t32 + _t35 + _t36 + _t37 + _t38 + 21*_t4 + 1)**(-1.0)
    _t40 = _t34*_t39
    _t41 = 630*_t12*_t16 + 1260*_t26*_t32 + _t33*_t40
    _t42 = 120*_t32
    _t43 = _t1*_t19
    _t44 = mu**3/(_t1*_t20 + _t1*_t21 + _t1*_t22 + _t1*_t23 + _t1*_t24 + _t1 + _t43)
    _t45 = 360*_t16*_t31 + _t42*_t44
    _t46 = 3150*_t34
    _t47 = 210*_t10
    _t48 = mu**6
    _t49 = 8*_t0
    _t50 = 28*_t6
    _t51 = 56*_t8
    _t52 = 70*_t10
    _t53 = (_t16 + 28*_t19 + 8*_t32 + 56*_t4 + _t49 + _t50 + _t51 + _t52 + 1)**(-1.0)
    _t54 = _t48*_t53
    _t55 = 3150*_t12*_t32 + 9450*_t19*_t26 + _t39*_t4*_t46 + _t47*_t54
    _t56 = mu**8
    _t57 = 9*_t0
    _t58 = 36*_t6
    _t59 = 84*_t8
    _t60 = 126*_t10
    _t61 = (_t15 + 9*_t16 + 84*_t19 + 36*_t32 + 126*_t4 + _t57 + _t58 + _t59 + _t60 + 1)**(-1.0)
    _t62 = 45*_t6
    _t63 = 9450*_t10*_t40 + 4725*_t12*_t19 + 18900*_t26*_t4 + 1260*_t54*_t8 + _t56*_t61*_t62
    _t64 = 252*_t4
    _t65 = _t1*_t32
    _t66 = mu**5/(_t1*_t35 + _t1*_t36 + _t1*_t37 + _t1*_t38 + _t1 + 21*_t29 + 7*_t43 + _t65)
    _t67 = 2520*_t19*_t44 + 3780*_t31*_t32 + _t64*_t66
    _t68 = mu**10
    _t69 = 10*_t0
    _t70 = 120*_t8
    _t71 = 45*_t0*_t56*_t61 + 4725*_t10*_t18*_t25 + 945*_t12*_t4 + _t39*_t46*_t8 + 630*_t48*_t53*_t6 + _t68/(_t13 + _t17 + _t28 + _t33 + _t42 + _t47 + _t62 + _t64 + _t69 + _t70 + 1)
    _t72 = 12600*_t44
    _t73 = _t1*_t16
    _t74 = mu**7/(_t1*_t49 + _t1*_t50 + _t1*_t51 + _t1*_t52 + _t1 + 56*_t29 + 28*_t43 + 8*_t65 + _t73)
    _t75 = 2520*_t10*_t66 + 12600*_t19*_t31 + _t4*_t72 + _t70*_t74
    _t76 = _t10*_t72 + 9450*_t31*_t4 + 360*_t6*_t74 + 3780*_t66*_t8 + _t69*mu**9/(_t1*_t15 + _t1*_t57 + _t1*_t58 + _t1*_t59 + _t1*_t60 + _t1 + 126*_t29 + 84*_t43 + 36*_t65 + 9*_t73)
    return numpy.select([numpy.less(_t2, 0),True], [_t14*gaussym.kernels.special.gauss_tail(10, _t3, 0) + _t27*gaussym.kernels.special.gauss_tail(8, _t3, 0) + _t28*_t31*gaussym.kernels.special.gauss_tail(9, _t3, 0) + _t41*gaussym.kernels.special.gauss_tail(6, _t3, 0) + _t45*gaussym.kernels.special.gauss_tail(7, _t3, 0) + _t55*gaussym.kernels.special.gauss_tail(4, _t3, 0) + _t63*gaussym.kernels.special.gauss_tail(2, _t3, 0) + _t67*gaussym.kernels.special.gauss_tail(5, _t3, 0) + _t71*gaussym.kernels.special.gauss_tail(0, _t3, 0) + _t75*gaussym.kernels.special.gauss_tail(3, _t3, 0) + _t76*gaussym.kernels.special.gauss_tail(1, _t3, 0),45*_t0*_t56 + 4725*_t10*_t18 - _t14*gaussym.kernels.special.gauss_tail(10, _t2, 0) + 10*_t15*_t30*mu*gaussym.kernels.special.gauss_tail(9, _t2, 0) - _t27*gaussym.kernels.special.gauss_tail(8, _t2, 0) + 3150*_t34*_t8 + 945*_t4 - _t41*gaussym.kernels.special.gauss_tail(6, _t2, 0) + _t45*gaussym.kernels.special.gauss_tail(7, _t2, 0) + 630*_t48*_t6 - _t55*gaussym.kernels.special.gauss_tail(4, _t2, 0) - _t63*gaussym.kernels.special.gauss_tail(2, _t2, 0) + _t67*gaussym.kernels.special.gauss_tail(5, _t2, 0) + _t68 - _t71*gaussym.kernels.special.gauss_tail(0, _t2, 0) + _t75*gaussym.kernels.special.gauss_tail(3, _t2, 0) + _t76*gaussym.kernels.special.gauss_tail(1, _t2, 0)], default=numpy.nan)


def _moment_10(mu, sigma):
    _t0 = sigma**2
    _t1 = numpy.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**20
    _t5 = 11*_t4
    _t6 = sigma**12
    _t7 = 6*_t0
    _t8 = sigma**4
    _t9 = 15*_t8
    _t10 = sigma**6
    _t11 = 20*_t10
    _t12 = sigma**8
    _t13 = 15*_t12
    _t14 = sigma**10
    _t15 = (_t11 + _t13 + 6*_t14 + _t6 + _t7 + _t9 + 1)**(-1.0)
    _t16 = _t15*mu
    _t17 = _t16*_t5
    _t18 = _t1*_t14
    _t19 = 5*_t1
    _t20 = 10*_t1
    _t21 = (_t0*_t19 + _t1 + _t10*_t20 + _t12*_t19 + _t18 + _t20*_t8)**(-1.0)
    _t22 = sigma**22
    _t23 = sigma**18
    _t24 = sigma**16
    _t25 = 165*_t24
    _t26 = mu**3
    _t27 = sigma**14
    _t28 = 7*_t0
    _t29 = 21*_t8
    _t30 = 35*_t10
    _t31 = 35*_t12
    _t32 = (21*_t14 + _t27 + _t28 + _t29 + _t30 + _t31 + 7*_t6 + 1)**(-1.0)
    _t33 = _t26*_t32
    _t34 = 495*_t16*_t23 + _t25*_t33
    _t35 = 6930*_t24
    _t36 = 462*_t6
    _t37 = mu**5
    _t38 = 8*_t0
    _t39 = 28*_t8
    _t40 = 56*_t10
    _t41 = 70*_t12
    _t42 = (56*_t14 + _t24 + 8*_t27 + _t38 + _t39 + _t40 + _t41 + 28*_t6 + 1)**(-1.0)
    _t43 = _t37*_t42
    _t44 = _t16*_t35 + 4620*_t27*_t33 + _t36*_t43
    _t45 = 55*_t23
    _t46 = _t1*_t6
    _t47 = mu**2/(_t1*_t11 + _t1*_t13 + _t1*_t7 + _t1*_t9 + _t1 + 6*_t18 + _t46)
    _t48 = 55*_t21*_t4 + _t45*_t47
    _t49 = 6930*_t37
    _t50 = 330*_t12
    _t51 = mu**7
    _t52 = 9*_t0
    _t53 = 36*_t8
    _t54 = 84*_t10
    _t55 = 126*_t12
    _t56 = (126*_t14 + _t23 + 9*_t24 + 36*_t27 + _t52 + _t53 + _t54 + _t55 + 84*_t6 + 1)**(-1.0)
    _t57 = _t51*_t56
    _t58 = _t14*_t42*_t49 + 34650*_t16*_t27 + 34650*_t33*_t6 + _t50*_t57
    _t59 = mu**9
    _t60 = 10*_t0
    _t61 = 45*_t8
    _t62 = 120*_t10
    _t63 = 210*_t12
    _t64 = (252*_t14 + 10*_t23 + 45*_t24 + 120*_t27 + _t4 + 210*_t6 + _t60 + _t61 + _t62 + _t63 + 1)**(-1.0)
    _t65 = 55*_t8
    _t66 = 1980*_t10*_t57 + 20790*_t12*_t43 + 69300*_t14*_t33 + 51975*_t16*_t6 + _t59*_t64*_t65
    _t67 = 330*_t27
    _t68 = _t1*_t27
    _t69 = mu**4/(_t1*_t28 + _t1*_t29 + _t1*_t30 + _t1*_t31 + _t1 + 21*_t18 + 7*_t46 + _t68)
    _t70 = 990*_t21*_t23 + 1980*_t24*_t47 + _t67*_t69
    _t71 = mu**11
    _t72 = 11*_t0
    _t73 = 165*_t10
    _t74 = 462*_t14
    _t75 = 55*_t0*_t59*_t64 + _t10*_t42*_t49 + 17325*_t12*_t26*_t32 + 10395*_t14*_t15*mu + 990*_t51*_t56*_t8 + _t71/(_t22 + _t25 + _t36 + _t45 + _t5 + _t50 + _t65 + _t67 + _t72 + _t73 + _t74 + 1)
    _t76 = _t1*_t24
    _t77 = mu**6/(_t1*_t38 + _t1*_t39 + _t1*_t40 + _t1*_t41 + _t1 + 56*_t18 + 28*_t46 + 8*_t68 + _t76)
    _t78 = _t21*_t35 + 20790*_t27*_t47 + 6930*_t6*_t69 + _t74*_t77
    _t79 = 34650*_t69
    _t80 = _t1*_t23
    _t81 = mu**8/(_t1*_t52 + _t1*_t53 + _t1*_t54 + _t1*_t55 + _t1 + 126*_t18 + 84*_t46 + 36*_t68 + 9*_t76 + _t80)
    _t82 = 4620*_t12*_t77 + _t14*_t79 + 17325*_t21*_t27 + 69300*_t47*_t6 + _t73*_t81
    _t83 = 6930*_t10*_t77 + _t12*_t79 + 51975*_t14*_t47 + 10395*_t21*_t6 + _t72*mu**10/(_t1*_t4 + _t1*_t60 + _t1*_t61 + _t1*_t62 + _t1*_t63 + _t1 + 252*_t18 + 210*_t46 + 120*_t68 + 45*_t76 + 10*_t80) + 495*_t8*_t81
    return numpy.select([numpy.less(_t2, 0),True], [_t17*gaussym.kernels.special.gauss_tail(10, _t3, 0) + _t21*_t22*gaussym.kernels.special.gauss_tail(11, _t3, 0) + _t34*gaussym.kernels.special.gauss_tail(8, _t3, 0) + _t44*gaussym.kernels.special.gauss_tail(6, _t3, 0) + _t48*gaussym.kernels.special.gauss_tail(9, _t3, 0) + _t58*gaussym.kernels.special.gauss_tail(4, _t3, 0) + _t66*gaussym.kernels.special.gauss_tail(2, _t3, 0) + _t70*gaussym.kernels.special.gauss_tail(7, _t3, 0) + _t75*gaussym.kernels.special.gauss_tail(0, _t3, 0) + _t78*gaussym.kernels.special.gauss_tail(5, _t3, 0) + _t82*gaussym.kernels.special.gauss_tail(3, _t3, 0) + _t83*gaussym.kernels.special.gauss_tail(1, _t3, 0),55*_t0*_t59 + 6930*_t10*_t37 + 17325*_t12*_t26 + 10395*_t14*mu - _t17*gaussym.kernels.special.gauss_tail(10, _t2, 0) + _t21*_t22*gaussym.kernels.special.gauss_tail(11, _t2, 0) - _t34*gaussym.kernels.special.gauss_tail(8, _t2, 0) - _t44*gaussym.kernels.special.gauss_tail(6, _t2, 0) + _t48*gaussym.kernels.special.gauss_tail(9, _t2, 0) + 990*_t51*_t8 - _t58*gaussym.kernels.special.gauss_tail(4, _t2, 0) - _t66*gaussym.kernels.special.gauss_tail(2, _t2, 0) + _t70*gaussym.kernels.special.gauss_tail(7, _t2, 0) + _t71 - _t75*gaussym.kernels.special.gauss_tail(0, _t2, 0) + _t78*gaussym.kernels.special.gauss_tail(5, _t2, 0) + _t82*gaussym.kernels.special.gauss_tail(3, _t2, 0) + _t83*gaussym.kernels.special.gauss_tail(1, _t2, 0)], default=numpy.nan)


def _derivative_0(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = 1/numpy.sqrt(_t1)
    _t3 = _t2*mu
    _t4 = -_t3
    _t5 = mu/_t1
    _t6 = _t0*_t2
    return numpy.select([numpy.less(_t3, 0),True], [_t5*gaussym.kernels.special.gauss_tail(0, _t4, 0) + _t6*gaussym.kernels.special.gauss_tail(1, _t4, 0),-_t5*gaussym.kernels.special.gauss_tail(0, _t3, 0) + _t6*gaussym.kernels.special.gauss_tail(1, _t3, 0) + mu], default=numpy.nan)


def _derivative_1(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/numpy.sqrt(_t1)
    _t3 = -_t2
    _t4 = mu/_t1**(3/2)
    _t5 = _t1**(-1.0)
    _t6 = _t5*gaussym.kernels.special.gauss_tail(0, _t3, 0)
    _t7 = _t5*gaussym.kernels.special.gauss_tail(0, _t2, 0)
    return numpy.select([numpy.less(_t2, 0),True], [_t0*_t6 + _t4*gaussym.kernels.generated._runtime.norm_pdf(_t3) + _t6,-_t0*_t7 + _t4*gaussym.kernels.generated._runtime.norm_pdf(_t2) - _t7 + 1], default=numpy.nan)


def _derivative_2(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/numpy.sqrt(_t1)
    _t3 = (_t0 + 2 - mu**2/_t1)/_t1**(3/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t3*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t3*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_3(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/numpy.sqrt(_t1)
    _t3 = mu*(-_t0 - 4 + mu**2/_t1)/_t1**(5/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t3*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t3*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_4(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/numpy.sqrt(_t1)
    _t3 = mu**2
    _t4 = _t1**(-1.0)
    _t5 = (_t0*_t3*_t4 - _t0 + 7*_t3*_t4 - 4 - mu**4/_t1**2)/_t1**(5/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t5*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t5*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_5(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/numpy.sqrt(_t1)
    _t3 = mu**2/_t1
    _t4 = mu*(-_t0*_t3 + 3*_t0 - 11*_t3 + 18 + mu**4/_t1**2)/_t1**(7/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t4*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t4*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_6(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/numpy.sqrt(_t1)
    _t3 = mu**2/_t1
    _t4 = mu**4/_t1**2
    _t5 = (-6*_t0*_t3 + _t0*_t4 + 3*_t0 - 51*_t3 + 16*_t4 + 18 - mu**6/_t1**3)/_t1**(7/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t5*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t5*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_7(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/numpy.sqrt(_t1)
    _t3 = mu**2
    _t4 = _t1**(-1.0)
    _t5 = mu**4/_t1**2
    _t6 = mu*(10*_t0*_t3*_t4 - _t0*_t5 - 15*_t0 + 115*_t3*_t4 - 22*_t5 - 120 + mu**6/_t1**3)/_t1**(9/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t6*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t6*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_8(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/numpy.sqrt(_t1)
    _t3 = 15*_t0
    _t4 = mu**2
    _t5 = _t1**(-1.0)
    _t6 = mu**4/_t1**2
    _t7 = mu**6
    _t8 = _t1**(-3.0)
    _t9 = (45*_t0*_t4*_t5 + _t0*_t7*_t8 - _t3*_t6 - _t3 + 465*_t4*_t5 - 225*_t6 + 29*_t7*_t8 - 120 - mu**8/_t1**4)/_t1**(9/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t9*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t9*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_9(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/numpy.sqrt(_t1)
    _t3 = 105*_t0
    _t4 = mu**2/_t1
    _t5 = mu**4/_t1**2
    _t6 = mu**6/_t1**3
    _t7 = mu*(21*_t0*_t5 - _t0*_t6 - _t3*_t4 + _t3 - 1365*_t4 + 399*_t5 - 37*_t6 + 1050 + mu**8/_t1**4)/_t1**(11/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t7*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t7*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


def _derivative_10(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/numpy.sqrt(_t1)
    _t3 = mu**2/_t1
    _t4 = mu**4/_t1**2
    _t5 = mu**6/_t1**3
    _t6 = mu**8/_t1**4
    _t7 = (-420*_t0*_t3 + 210*_t0*_t4 - 28*_t0*_t5 + _t0*_t6 + 105*_t0 - 5145*_t3 + 3360*_t4 - 658*_t5 + 46*_t6 + 1050 - mu**10/_t1**5)/_t1**(11/2)
    return numpy.select([numpy.less(_t2, 0),True], [_t7*gaussym.kernels.generated._runtime.norm_pdf(-_t2),_t7*gaussym.kernels.generated._runtime.norm_pdf(_t2)], default=numpy.nan)


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
    _t1 = _t0 + 1
    _t2 = 1/mpmath.sqrt(_t1)
    _t3 = _t2*mu
    _t4 = -_t3
    _t5 = mu/_t1
    _t6 = _t0*_t2
    return ((_t5*gaussym.kernels.special.gauss_tail_mp(0, _t4, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(1, _t4, 0)) if (_t3 < 0) else (-_t5*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(1, _t3, 0) + mu))


def _moment_mp_1(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mpmath.sqrt(_t1)
    _t3 = mu/_t2
    _t4 = -_t3
    _t5 = 1/_t1
    _t6 = sigma**4
    _t7 = _t5*_t6
    _t8 = 2*_t0
    _t9 = _t8*mu/(_t0*_t2 + _t2)
    _t10 = mu**2
    _t11 = _t0*_t5 + _t10/(_t6 + _t8 + 1)
    return ((_t11*gaussym.kernels.special.gauss_tail_mp(0, _t4, 0) + _t7*gaussym.kernels.special.gauss_tail_mp(2, _t4, 0) + _t9*gaussym.kernels.special.gauss_tail_mp(1, _t4, 0)) if (_t3 < 0) else (_t0 + _t10 - _t11*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0) - _t7*gaussym.kernels.special.gauss_tail_mp(2, _t3, 0) + _t9*gaussym.kernels.special.gauss_tail_mp(1, _t3, 0)))


def _moment_mp_2(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**4
    _t5 = 2*_t0
    _t6 = 1/(_t4 + _t5 + 1)
    _t7 = 3*_t4
    _t8 = _t6*_t7*mu
    _t9 = 1/(_t0*_t1 + _t1)
    _t10 = sigma**6
    _t11 = _t10*_t9
    _t12 = 3*_t0
    _t13 = _t12*mu
    _t14 = mu**3
    _t15 = _t13*_t6 + _t14/(_t10 + _t12 + _t7 + 1)
    _t16 = _t12*mu**2/(_t1*_t4 + _t1*_t5 + _t1) + _t7*_t9
    return ((_t11*gaussym.kernels.special.gauss_tail_mp(3, _t3, 0) + _t15*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0) + _t16*gaussym.kernels.special.gauss_tail_mp(1, _t3, 0) + _t8*gaussym.kernels.special.gauss_tail_mp(2, _t3, 0)) if (_t2 < 0) else (_t11*gaussym.kernels.special.gauss_tail_mp(3, _t2, 0) + _t13 + _t14 - _t15*gaussym.kernels.special.gauss_tail_mp(0, _t2, 0) + _t16*gaussym.kernels.special.gauss_tail_mp(1, _t2, 0) - _t8*gaussym.kernels.special.gauss_tail_mp(2, _t2, 0)))


def _moment_mp_3(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**4
    _t5 = 2*_t0
    _t6 = 1/(_t4 + _t5 + 1)
    _t7 = sigma**8
    _t8 = _t6*_t7
    _t9 = sigma**6
    _t10 = 4*_t9
    _t11 = mu/(_t1*_t4 + _t1*_t5 + _t1)
    _t12 = _t10*_t11
    _t13 = mu**2
    _t14 = 3*_t0
    _t15 = 3*_t4
    _t16 = 1/(_t14 + _t15 + _t9 + 1)
    _t17 = 6*_t4
    _t18 = _t13*_t16*_t17 + 6*_t6*_t9
    _t19 = 6*_t0*_t13
    _t20 = mu**4
    _t21 = 4*_t0
    _t22 = _t15*_t6 + _t16*_t19 + _t20/(_t10 + _t17 + _t21 + _t7 + 1)
    _t23 = 12*_t11*_t4 + _t21*mu**3/(_t1*_t14 + _t1*_t15 + _t1*_t9 + _t1)
    return ((_t12*gaussym.kernels.special.gauss_tail_mp(3, _t3, 0) + _t18*gaussym.kernels.special.gauss_tail_mp(2, _t3, 0) + _t22*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0) + _t23*gaussym.kernels.special.gauss_tail_mp(1, _t3, 0) + _t8*gaussym.kernels.special.gauss_tail_mp(4, _t3, 0)) if (_t2 < 0) else (_t12*gaussym.kernels.special.gauss_tail_mp(3, _t2, 0) + _t15 - _t18*gaussym.kernels.special.gauss_tail_mp(2, _t2, 0) + _t19 + _t20 - _t22*gaussym.kernels.special.gauss_tail_mp(0, _t2, 0) + _t23*gaussym.kernels.special.gauss_tail_mp(1, _t2, 0) - _t8*gaussym.kernels.special.gauss_tail_mp(4, _t2, 0)))


def _moment_mp_4(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**8
    _t5 = 5*_t4
    _t6 = sigma**6
    _t7 = 3*_t0
    _t8 = sigma**4
    _t9 = 1/(_t6 + _t7 + 3*_t8 + 1)
    _t10 = _t9*mu
    _t11 = _t10*_t5
    _t12 = _t1*_t8
    _t13 = 1/(2*_t0*_t1 + _t1 + _t12)
    _t14 = sigma**10
    _t15 = mu**3
    _t16 = 4*_t0
    _t17 = 1/(_t16 + _t4 + 4*_t6 + 6*_t8 + 1)
    _t18 = 10*_t8
    _t19 = 30*_t10*_t6 + _t15*_t17*_t18
    _t20 = mu**5
    _t21 = 5*_t0
    _t22 = 10*_t6
    _t23 = 10*_t0*_t15*_t17 + _t20/(_t14 + _t18 + _t21 + _t22 + _t5 + 1) + 15*_t8*_t9*mu
    _t24 = _t1*_t6
    _t25 = mu**2/(_t1*_t7 + _t1 + 3*_t12 + _t24)
    _t26 = 10*_t13*_t4 + _t22*_t25
    _t27 = 15*_t13*_t6 + _t21*mu**4/(_t1*_t16 + _t1*_t4 + _t1 + 6*_t12 + 4*_t24) + 30*_t25*_t8
    return ((_t11*gaussym.kernels.special.gauss_tail_mp(4, _t3, 0) + _t13*_t14*gaussym.kernels.special.gauss_tail_mp(5, _t3, 0) + _t19*gaussym.kernels.special.gauss_tail_mp(2, _t3, 0) + _t23*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0) + _t26*gaussym.kernels.special.gauss_tail_mp(3, _t3, 0) + _t27*gaussym.kernels.special.gauss_tail_mp(1, _t3, 0)) if (_t2 < 0) else (10*_t0*_t15 - _t11*gaussym.kernels.special.gauss_tail_mp(4, _t2, 0) + _t13*_t14*gaussym.kernels.special.gauss_tail_mp(5, _t2, 0) - _t19*gaussym.kernels.special.gauss_tail_mp(2, _t2, 0) + _t20 - _t23*gaussym.kernels.special.gauss_tail_mp(0, _t2, 0) + _t26*gaussym.kernels.special.gauss_tail_mp(3, _t2, 0) + _t27*gaussym.kernels.special.gauss_tail_mp(1, _t2, 0) + 15*_t8*mu))


def _moment_mp_5(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**6
    _t5 = 3*_t0
    _t6 = sigma**4
    _t7 = 3*_t6
    _t8 = 1/(_t4 + _t5 + _t7 + 1)
    _t9 = sigma**12
    _t10 = _t8*_t9
    _t11 = sigma**10
    _t12 = 6*_t11
    _t13 = _t1*_t4
    _t14 = 1/(_t1*_t5 + _t1*_t7 + _t1 + _t13)
    _t15 = _t14*mu
    _t16 = sigma**8
    _t17 = 15*_t16
    _t18 = mu**2
    _t19 = 4*_t0
    _t20 = 6*_t6
    _t21 = 4*_t4
    _t22 = 1/(_t16 + _t19 + _t20 + _t21 + 1)
    _t23 = _t18*_t22
    _t24 = 15*_t11*_t8 + _t17*_t23
    _t25 = 90*_t4
    _t26 = mu**4
    _t27 = 5*_t0
    _t28 = 10*_t6
    _t29 = 1/(_t11 + 5*_t16 + _t27 + _t28 + 10*_t4 + 1)
    _t30 = 15*_t6
    _t31 = 45*_t16*_t8 + _t23*_t25 + _t26*_t29*_t30
    _t32 = 20*_t4
    _t33 = _t1*_t16
    _t34 = mu**3/(_t1*_t19 + _t1*_t20 + _t1*_t21 + _t1 + _t33)
    _t35 = 60*_t15*_t16 + _t32*_t34
    _t36 = mu**6
    _t37 = 6*_t0
    _t38 = 15*_t0*_t26*_t29 + 45*_t18*_t22*_t6 + _t36/(_t12 + _t17 + _t30 + _t32 + _t37 + _t9 + 1) + 15*_t4*_t8
    _t39 = _t15*_t25 + 60*_t34*_t6 + _t37*mu**5/(_t1*_t11 + _t1*_t27 + _t1*_t28 + _t1 + 10*_t13 + 5*_t33)
    return ((_t10*gaussym.kernels.special.gauss_tail_mp(6, _t3, 0) + _t12*_t15*gaussym.kernels.special.gauss_tail_mp(5, _t3, 0) + _t24*gaussym.kernels.special.gauss_tail_mp(4, _t3, 0) + _t31*gaussym.kernels.special.gauss_tail_mp(2, _t3, 0) + _t35*gaussym.kernels.special.gauss_tail_mp(3, _t3, 0) + _t38*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0) + _t39*gaussym.kernels.special.gauss_tail_mp(1, _t3, 0)) if (_t2 < 0) else (15*_t0*_t26 - _t10*gaussym.kernels.special.gauss_tail_mp(6, _t2, 0) + 6*_t11*_t14*mu*gaussym.kernels.special.gauss_tail_mp(5, _t2, 0) + 45*_t18*_t6 - _t24*gaussym.kernels.special.gauss_tail_mp(4, _t2, 0) - _t31*gaussym.kernels.special.gauss_tail_mp(2, _t2, 0) + _t35*gaussym.kernels.special.gauss_tail_mp(3, _t2, 0) + _t36 - _t38*gaussym.kernels.special.gauss_tail_mp(0, _t2, 0) + _t39*gaussym.kernels.special.gauss_tail_mp(1, _t2, 0) + 15*_t4))


def _moment_mp_6(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**12
    _t5 = 7*_t4
    _t6 = sigma**8
    _t7 = 4*_t0
    _t8 = sigma**4
    _t9 = 6*_t8
    _t10 = sigma**6
    _t11 = 1/(4*_t10 + _t6 + _t7 + _t9 + 1)
    _t12 = _t11*mu
    _t13 = _t12*_t5
    _t14 = _t1*_t10
    _t15 = 3*_t1
    _t16 = 1/(_t0*_t15 + _t1 + _t14 + _t15*_t8)
    _t17 = sigma**14
    _t18 = sigma**10
    _t19 = 105*mu
    _t20 = 35*_t6
    _t21 = mu**3
    _t22 = 5*_t0
    _t23 = 10*_t8
    _t24 = 1/(10*_t10 + _t18 + _t22 + _t23 + 5*_t6 + 1)
    _t25 = _t21*_t24
    _t26 = _t11*_t18*_t19 + _t20*_t25
    _t27 = mu**5
    _t28 = 6*_t0
    _t29 = 15*_t8
    _t30 = 1/(20*_t10 + 6*_t18 + _t28 + _t29 + _t4 + 15*_t6 + 1)
    _t31 = 21*_t8
    _t32 = 210*_t10*_t25 + 315*_t12*_t6 + _t27*_t30*_t31
    _t33 = 21*_t18
    _t34 = _t1*_t6
    _t35 = mu**2/(_t1*_t7 + _t1*_t9 + _t1 + 4*_t14 + _t34)
    _t36 = 21*_t16*_t4 + _t33*_t35
    _t37 = 105*_t8
    _t38 = mu**7
    _t39 = 7*_t0
    _t40 = 35*_t10
    _t41 = 21*_t0*_t27*_t30 + _t10*_t11*_t19 + _t21*_t24*_t37 + _t38/(_t17 + _t20 + _t31 + _t33 + _t39 + _t40 + _t5 + 1)
    _t42 = 105*_t16
    _t43 = _t1*_t18
    _t44 = mu**4/(_t1*_t22 + _t1*_t23 + _t1 + 10*_t14 + 5*_t34 + _t43)
    _t45 = _t18*_t42 + 210*_t35*_t6 + _t40*_t44
    _t46 = 315*_t10*_t35 + _t37*_t44 + _t39*mu**6/(_t1*_t28 + _t1*_t29 + _t1*_t4 + _t1 + 20*_t14 + 15*_t34 + 6*_t43) + _t42*_t6
    return ((_t13*gaussym.kernels.special.gauss_tail_mp(6, _t3, 0) + _t16*_t17*gaussym.kernels.special.gauss_tail_mp(7, _t3, 0) + _t26*gaussym.kernels.special.gauss_tail_mp(4, _t3, 0) + _t32*gaussym.kernels.special.gauss_tail_mp(2, _t3, 0) + _t36*gaussym.kernels.special.gauss_tail_mp(5, _t3, 0) + _t41*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0) + _t45*gaussym.kernels.special.gauss_tail_mp(3, _t3, 0) + _t46*gaussym.kernels.special.gauss_tail_mp(1, _t3, 0)) if (_t2 < 0) else (21*_t0*_t27 + 105*_t10*mu - _t13*gaussym.kernels.special.gauss_tail_mp(6, _t2, 0) + _t16*_t17*gaussym.kernels.special.gauss_tail_mp(7, _t2, 0) + 105*_t21*_t8 - _t26*gaussym.kernels.special.gauss_tail_mp(4, _t2, 0) - _t32*gaussym.kernels.special.gauss_tail_mp(2, _t2, 0) + _t36*gaussym.kernels.special.gauss_tail_mp(5, _t2, 0) + _t38 - _t41*gaussym.kernels.special.gauss_tail_mp(0, _t2, 0) + _t45*gaussym.kernels.special.gauss_tail_mp(3, _t2, 0) + _t46*gaussym.kernels.special.gauss_tail_mp(1, _t2, 0)))


def _moment_mp_7(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**8
    _t5 = 4*_t0
    _t6 = sigma**4
    _t7 = 6*_t6
    _t8 = sigma**6
    _t9 = 4*_t8
    _t10 = 1/(_t4 + _t5 + _t7 + _t9 + 1)
    _t11 = sigma**16
    _t12 = _t10*_t11
    _t13 = sigma**14
    _t14 = 8*_t13
    _t15 = _t1*_t4
    _t16 = 1/(_t1*_t5 + _t1*_t7 + _t1*_t9 + _t1 + _t15)
    _t17 = _t16*mu
    _t18 = sigma**12
    _t19 = 28*_t18
    _t20 = mu**2
    _t21 = sigma**10
    _t22 = 5*_t0
    _t23 = 10*_t6
    _t24 = 10*_t8
    _t25 = 5*_t4
    _t26 = 1/(_t21 + _t22 + _t23 + _t24 + _t25 + 1)
    _t27 = _t20*_t26
    _t28 = 28*_t10*_t13 + _t19*_t27
    _t29 = 420*_t21
    _t30 = 70*_t4
    _t31 = mu**4
    _t32 = 6*_t0
    _t33 = 15*_t6
    _t34 = 20*_t8
    _t35 = 1/(_t18 + 6*_t21 + _t32 + _t33 + _t34 + 15*_t4 + 1)
    _t36 = _t31*_t35
    _t37 = 210*_t10*_t18 + _t27*_t29 + _t30*_t36
    _t38 = 56*_t21
    _t39 = _t1*_t21
    _t40 = mu**3/(_t1*_t22 + _t1*_t23 + _t1*_t24 + _t1*_t25 + _t1 + _t39)
    _t41 = 168*_t17*_t18 + _t38*_t40
    _t42 = 420*_t8
    _t43 = mu**6
    _t44 = 7*_t0
    _t45 = 21*_t6
    _t46 = 35*_t8
    _t47 = 1/(_t13 + 7*_t18 + 21*_t21 + 35*_t4 + _t44 + _t45 + _t46 + 1)
    _t48 = 28*_t6
    _t49 = _t10*_t29 + 1260*_t27*_t4 + _t36*_t42 + _t43*_t47*_t48
    _t50 = mu**8
    _t51 = 8*_t0
    _t52 = 56*_t8
    _t53 = 28*_t0*_t43*_t47 + 105*_t10*_t4 + _t20*_t26*_t42 + 210*_t31*_t35*_t6 + _t50/(_t11 + _t14 + _t19 + _t30 + _t38 + _t48 + _t51 + _t52 + 1)
    _t54 = 840*_t17
    _t55 = _t1*_t18
    _t56 = mu**5/(_t1*_t32 + _t1*_t33 + _t1*_t34 + _t1 + 15*_t15 + 6*_t39 + _t55)
    _t57 = _t21*_t54 + 560*_t4*_t40 + _t52*_t56
    _t58 = _t4*_t54 + 840*_t40*_t8 + _t51*mu**7/(_t1*_t13 + _t1*_t44 + _t1*_t45 + _t1*_t46 + _t1 + 35*_t15 + 21*_t39 + 7*_t55) + 168*_t56*_t6
    return ((_t12*gaussym.kernels.special.gauss_tail_mp(8, _t3, 0) + _t14*_t17*gaussym.kernels.special.gauss_tail_mp(7, _t3, 0) + _t28*gaussym.kernels.special.gauss_tail_mp(6, _t3, 0) + _t37*gaussym.kernels.special.gauss_tail_mp(4, _t3, 0) + _t41*gaussym.kernels.special.gauss_tail_mp(5, _t3, 0) + _t49*gaussym.kernels.special.gauss_tail_mp(2, _t3, 0) + _t53*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0) + _t57*gaussym.kernels.special.gauss_tail_mp(3, _t3, 0) + _t58*gaussym.kernels.special.gauss_tail_mp(1, _t3, 0)) if (_t2 < 0) else (28*_t0*_t43 - _t12*gaussym.kernels.special.gauss_tail_mp(8, _t2, 0) + 8*_t13*_t16*mu*gaussym.kernels.special.gauss_tail_mp(7, _t2, 0) + 420*_t20*_t8 - _t28*gaussym.kernels.special.gauss_tail_mp(6, _t2, 0) + 210*_t31*_t6 - _t37*gaussym.kernels.special.gauss_tail_mp(4, _t2, 0) + 105*_t4 + _t41*gaussym.kernels.special.gauss_tail_mp(5, _t2, 0) - _t49*gaussym.kernels.special.gauss_tail_mp(2, _t2, 0) + _t50 - _t53*gaussym.kernels.special.gauss_tail_mp(0, _t2, 0) + _t57*gaussym.kernels.special.gauss_tail_mp(3, _t2, 0) + _t58*gaussym.kernels.special.gauss_tail_mp(1, _t2, 0)))


def _moment_mp_8(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**16
    _t5 = 9*_t4
    _t6 = sigma**10
    _t7 = 5*_t0
    _t8 = sigma**4
    _t9 = 10*_t8
    _t10 = sigma**6
    _t11 = 10*_t10
    _t12 = sigma**8
    _t13 = 1/(_t11 + 5*_t12 + _t6 + _t7 + _t9 + 1)
    _t14 = _t13*mu
    _t15 = _t14*_t5
    _t16 = _t1*_t12
    _t17 = 4*_t1
    _t18 = 1/(_t0*_t17 + 6*_t1*_t8 + _t1 + _t10*_t17 + _t16)
    _t19 = sigma**18
    _t20 = sigma**14
    _t21 = sigma**12
    _t22 = 84*_t21
    _t23 = mu**3
    _t24 = 6*_t0
    _t25 = 15*_t8
    _t26 = 20*_t10
    _t27 = 1/(15*_t12 + _t21 + _t24 + _t25 + _t26 + 6*_t6 + 1)
    _t28 = _t23*_t27
    _t29 = 252*_t14*_t20 + _t22*_t28
    _t30 = 1260*_t23
    _t31 = 126*_t12
    _t32 = mu**5
    _t33 = 7*_t0
    _t34 = 21*_t8
    _t35 = 35*_t10
    _t36 = 1/(35*_t12 + _t20 + 7*_t21 + _t33 + _t34 + _t35 + 21*_t6 + 1)
    _t37 = _t32*_t36
    _t38 = 1890*_t14*_t21 + _t27*_t30*_t6 + _t31*_t37
    _t39 = 36*_t20
    _t40 = _t1*_t6
    _t41 = mu**2/(_t1*_t11 + _t1*_t7 + _t1*_t9 + _t1 + 5*_t16 + _t40)
    _t42 = 36*_t18*_t4 + _t39*_t41
    _t43 = 3780*_t6
    _t44 = 3780*_t12
    _t45 = mu**7
    _t46 = 8*_t0
    _t47 = 28*_t8
    _t48 = 56*_t10
    _t49 = 1/(70*_t12 + 8*_t20 + 28*_t21 + _t4 + _t46 + _t47 + _t48 + 56*_t6 + 1)
    _t50 = 36*_t8
    _t51 = 756*_t10*_t37 + _t14*_t43 + _t28*_t44 + _t45*_t49*_t50
    _t52 = mu**9
    _t53 = 9*_t0
    _t54 = 84*_t10
    _t55 = 126*_t6
    _t56 = 36*_t0*_t45*_t49 + _t10*_t27*_t30 + 945*_t12*_t13*mu + 378*_t32*_t36*_t8 + _t52/(_t19 + _t22 + _t31 + _t39 + _t5 + _t50 + _t53 + _t54 + _t55 + 1)
    _t57 = _t1*_t21
    _t58 = mu**4/(_t1*_t24 + _t1*_t25 + _t1*_t26 + _t1 + 15*_t16 + 6*_t40 + _t57)
    _t59 = 378*_t18*_t20 + 756*_t21*_t41 + _t55*_t58
    _t60 = _t1*_t20
    _t61 = mu**6/(_t1*_t33 + _t1*_t34 + _t1*_t35 + _t1 + 35*_t16 + 21*_t40 + 7*_t57 + _t60)
    _t62 = 1260*_t12*_t58 + 1260*_t18*_t21 + _t41*_t43 + _t54*_t61
    _t63 = 1890*_t10*_t58 + 945*_t18*_t6 + _t41*_t44 + _t53*mu**8/(_t1*_t4 + _t1*_t46 + _t1*_t47 + _t1*_t48 + _t1 + 70*_t16 + 56*_t40 + 28*_t57 + 8*_t60) + 252*_t61*_t8
    return ((_t15*gaussym.kernels.special.gauss_tail_mp(8, _t3, 0) + _t18*_t19*gaussym.kernels.special.gauss_tail_mp(9, _t3, 0) + _t29*gaussym.kernels.special.gauss_tail_mp(6, _t3, 0) + _t38*gaussym.kernels.special.gauss_tail_mp(4, _t3, 0) + _t42*gaussym.kernels.special.gauss_tail_mp(7, _t3, 0) + _t51*gaussym.kernels.special.gauss_tail_mp(2, _t3, 0) + _t56*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0) + _t59*gaussym.kernels.special.gauss_tail_mp(5, _t3, 0) + _t62*gaussym.kernels.special.gauss_tail_mp(3, _t3, 0) + _t63*gaussym.kernels.special.gauss_tail_mp(1, _t3, 0)) if (_t2 < 0) else (36*_t0*_t45 + 1260*_t10*_t23 + 945*_t12*mu - _t15*gaussym.kernels.special.gauss_tail_mp(8, _t2, 0) + _t18*_t19*gaussym.kernels.special.gauss_tail_mp(9, _t2, 0) - _t29*gaussym.kernels.special.gauss_tail_mp(6, _t2, 0) + 378*_t32*_t8 - _t38*gaussym.kernels.special.gauss_tail_mp(4, _t2, 0) + _t42*gaussym.kernels.special.gauss_tail_mp(7, _t2, 0) - _t51*gaussym.kernels.special.gauss_tail_mp(2, _t2, 0) + _t52 - _t56*gaussym.kernels.special.gauss_tail_mp(0, _t2, 0) + _t59*gaussym.kernels.special.gauss_tail_mp(5, _t2, 0) + _t62*gaussym.kernels.special.gauss_tail_mp(3, _t2, 0) + _t63*gaussym.kernels.special.gauss_tail_mp(1, _t2, 0)))


def _moment_mp_9(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**10
    _t5 = 5*_t0
    _t6 = sigma**4
    _t7 = 10*_t6
    _t8 = sigma**6
    _t9 = 10*_t8
    _t10 = sigma**8
    _t11 = 5*_t10
    _t12 = 1/(_t11 + _t4 + _t5 + _t7 + _t9 + 1)
    _t13 = sigma**20
    _t14 = _t12*_t13
    _t15 = sigma**18
    _t16 = sigma**16
    _t17 = 45*_t16
    _t18 = mu**2
    _t19 = sigma**12
    _t20 = 6*_t0
    _t21 = 15*_t6
    _t22 = 20*_t8
    _t23 = 15*_t10
    _t24 = 6*_t4
    _t25 = 1/(_t19 + _t20 + _t21 + _t22 + _t23 + _t24 + 1)
    _t26 = _t18*_t25
    _t27 = 45*_t12*_t15 + _t17*_t26
    _t28 = 10*_t15
    _t29 = _t1*_t4
    _t30 = 1/(_t1*_t11 + _t1*_t5 + _t1*_t7 + _t1*_t9 + _t1 + _t29)
    _t31 = _t30*mu
    _t32 = sigma**14
    _t33 = 210*_t19
    _t34 = mu**4
    _t35 = 7*_t0
    _t36 = 21*_t6
    _t37 = 35*_t8
    _t38 = 35*_t10
    _t39 = 1/(7*_t19 + _t32 + _t35 + _t36 + _t37 + _t38 + 21*_t4 + 1)
    _t40 = _t34*_t39
    _t41 = 630*_t12*_t16 + 1260*_t26*_t32 + _t33*_t40
    _t42 = 120*_t32
    _t43 = _t1*_t19
    _t44 = mu**3/(_t1*_t20 + _t1*_t21 + _t1*_t22 + _t1*_t23 + _t1*_t24 + _t1 + _t43)
    _t45 = 360*_t16*_t31 + _t42*_t44
    _t46 = 3150*_t34
    _t47 = 210*_t10
    _t48 = mu**6
    _t49 = 8*_t0
    _t50 = 28*_t6
    _t51 = 56*_t8
    _t52 = 70*_t10
    _t53 = 1/(_t16 + 28*_t19 + 8*_t32 + 56*_t4 + _t49 + _t50 + _t51 + _t52 + 1)
    _t54 = _t48*_t53
    _t55 = 3150*_t12*_t32 + 9450*_t19*_t26 + _t39*_t4*_t46 + _t47*_t54
    _t56 = mu**8
    _t57 = 9*_t0
    _t58 = 36*_t6
    _t59 = 84*_t8
    _t60 = 126*_t10
    _t61 = 1/(_t15 + 9*_t16 + 84*_t19 + 36*_t32 + 126*_t4 + _t57 + _t58 + _t59 + _t60 + 1)
    _t62 = 45*_t6
    _t63 = 9450*_t10*_t40 + 4725*_t12*_t19 + 18900*_t26*_t4 + 1260*_t54*_t8 + _t56*_t61*_t62
    _t64 = 252*_t4
    _t65 = _t1*_t32
    _t66 = mu**5/(_t1*_t35 + _t1*_t36 + _t1*_t37 + _t1*_t38 + _t1 + 21*_t29 + 7*_t43 + _t65)
    _t67 = 2520*_t19*_t44 + 3780*_t31*_t32 + _t64*_t66
    _t68 = mu**10
    _t69 = 10*_t0
    _t70 = 120*_t8
    _t71 = 45*_t0*_t56*_t61 + 4725*_t10*_t18*_t25 + 945*_t12*_t4 + _t39*_t46*_t8 + 630*_t48*_t53*_t6 + _t68/(_t13 + _t17 + _t28 + _t33 + _t42 + _t47 + _t62 + _t64 + _t69 + _t70 + 1)
    _t72 = 12600*_t44
    _t73 = _t1*_t16
    _t74 = mu**7/(_t1*_t49 + _t1*_t50 + _t1*_t51 + _t1*_t52 + _t1 + 56*_t29 + 28*_t43 + 8*_t65 + _t73)
    _t75 = 2520*_t10*_t66 + 12600*_t19*_t31 + _t4*_t72 + _t70*_t74
    _t76 = _t10*_t72 + 9450*_t31*_t4 + 360*_t6*_t74 + 3780*_t66*_t8 + _t69*mu**9/(_t1*_t15 + _t1*_t57 + _t1*_t58 + _t1*_t59 + _t1*_t60 + _t1 + 126*_t29 + 84*_t43 + 36*_t65 + 9*_t73)
    return ((_t14*gaussym.kernels.special.gauss_tail_mp(10, _t3, 0) + _t27*gaussym.kernels.special.gauss_tail_mp(8, _t3, 0) + _t28*_t31*gaussym.kernels.special.gauss_tail_mp(9, _t3, 0) + _t41*gaussym.kernels.special.gauss_tail_mp(6, _t3, 0) + _t45*gaussym.kernels.special.gauss_tail_mp(7, _t3, 0) + _t55*gaussym.kernels.special.gauss_tail_mp(4, _t3, 0) + _t63*gaussym.kernels.special.gauss_tail_mp(2, _t3, 0) + _t67*gaussym.kernels.special.gauss_tail_mp(5, _t3, 0) + _t71*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0) + _t75*gaussym.kernels.special.gauss_tail_mp(3, _t3, 0) + _t76*gaussym.kernels.special.gauss_tail_mp(1, _t3, 0)) if (_t2 < 0) else (45*_t0*_t56 + 4725*_t10*_t18 - _t14*gaussym.kernels.special.gauss_tail_mp(10, _t2, 0) + 10*_t15*_t30*mu*gaussym.kernels.special.gauss_tail_mp(9, _t2, 0) - _t27*gaussym.kernels.special.gauss_tail_mp(8, _t2, 0) + 3150*_t34*_t8 + 945*_t4 - _t41*gaussym.kernels.special.gauss_tail_mp(6, _t2, 0) + _t45*gaussym.kernels.special.gauss_tail_mp(7, _t2, 0) + 630*_t48*_t6 - _t55*gaussym.kernels.special.gauss_tail_mp(4, _t2, 0) - _t63*gaussym.kernels.special.gauss_tail_mp(2, _t2, 0) + _t67*gaussym.kernels.special.gauss_tail_mp(5, _t2, 0) + _t68 - _t71*gaussym.kernels.special.gauss_tail_mp(0, _t2, 0) + _t75*gaussym.kernels.special.gauss_tail_mp(3, _t2, 0) + _t76*gaussym.kernels.special.gauss_tail_mp(1, _t2, 0)))


def _moment_mp_10(mu, sigma):
    _t0 = sigma**2
    _t1 = mpmath.sqrt(_t0 + 1)
    _t2 = mu/_t1
    _t3 = -_t2
    _t4 = sigma**20
    _t5 = 11*_t4
    _t6 = sigma**12
    _t7 = 6*_t0
    _t8 = sigma**4
    _t9 = 15*_t8
    _t10 = sigma**6
    _t11 = 20*_t10
    _t12 = sigma**8
    _t13 = 15*_t12
    _t14 = sigma**10
    _t15 = 1/(_t11 + _t13 + 6*_t14 + _t6 + _t7 + _t9 + 1)
    _t16 = _t15*mu
    _t17 = _t16*_t5
    _t18 = _t1*_t14
    _t19 = 5*_t1
    _t20 = 10*_t1
    _t21 = 1/(_t0*_t19 + _t1 + _t10*_t20 + _t12*_t19 + _t18 + _t20*_t8)
    _t22 = sigma**22
    _t23 = sigma**18
    _t24 = sigma**16
    _t25 = 165*_t24
    _t26 = mu**3
    _t27 = sigma**14
    _t28 = 7*_t0
    _t29 = 21*_t8
    _t30 = 35*_t10
    _t31 = 35*_t12
    _t32 = 1/(21*_t14 + _t27 + _t28 + _t29 + _t30 + _t31 + 7*_t6 + 1)
    _t33 = _t26*_t32
    _t34 = 495*_t16*_t23 + _t25*_t33
    _t35 = 6930*_t24
    _t36 = 462*_t6
    _t37 = mu**5
    _t38 = 8*_t0
    _t39 = 28*_t8
    _t40 = 56*_t10
    _t41 = 70*_t12
    _t42 = 1/(56*_t14 + _t24 + 8*_t27 + _t38 + _t39 + _t40 + _t41 + 28*_t6 + 1)
    _t43 = _t37*_t42
    _t44 = _t16*_t35 + 4620*_t27*_t33 + _t36*_t43
    _t45 = 55*_t23
    _t46 = _t1*_t6
    _t47 = mu**2/(_t1*_t11 + _t1*_t13 + _t1*_t7 + _t1*_t9 + _t1 + 6*_t18 + _t46)
    _t48 = 55*_t21*_t4 + _t45*_t47
    _t49 = 6930*_t37
    _t50 = 330*_t12
    _t51 = mu**7
    _t52 = 9*_t0
    _t53 = 36*_t8
    _t54 = 84*_t10
    _t55 = 126*_t12
    _t56 = 1/(126*_t14 + _t23 + 9*_t24 + 36*_t27 + _t52 + _t53 + _t54 + _t55 + 84*_t6 + 1)
    _t57 = _t51*_t56
    _t58 = _t14*_t42*_t49 + 34650*_t16*_t27 + 34650*_t33*_t6 + _t50*_t57
    _t59 = mu**9
    _t60 = 10*_t0
    _t61 = 45*_t8
    _t62 = 120*_t10
    _t63 = 210*_t12
    _t64 = 1/(252*_t14 + 10*_t23 + 45*_t24 + 120*_t27 + _t4 + 210*_t6 + _t60 + _t61 + _t62 + _t63 + 1)
    _t65 = 55*_t8
    _t66 = 1980*_t10*_t57 + 20790*_t12*_t43 + 69300*_t14*_t33 + 51975*_t16*_t6 + _t59*_t64*_t65
    _t67 = 330*_t27
    _t68 = _t1*_t27
    _t69 = mu**4/(_t1*_t28 + _t1*_t29 + _t1*_t30 + _t1*_t31 + _t1 + 21*_t18 + 7*_t46 + _t68)
    _t70 = 990*_t21*_t23 + 1980*_t24*_t47 + _t67*_t69
    _t71 = mu**11
    _t72 = 11*_t0
    _t73 = 165*_t10
    _t74 = 462*_t14
    _t75 = 55*_t0*_t59*_t64 + _t10*_t42*_t49 + 17325*_t12*_t26*_t32 + 10395*_t14*_t15*mu + 990*_t51*_t56*_t8 + _t71/(_t22 + _t25 + _t36 + _t45 + _t5 + _t50 + _t65 + _t67 + _t72 + _t73 + _t74 + 1)
    _t76 = _t1*_t24
    _t77 = mu**6/(_t1*_t38 + _t1*_t39 + _t1*_t40 + _t1*_t41 + _t1 + 56*_t18 + 28*_t46 + 8*_t68 + _t76)
    _t78 = _t21*_t35 + 20790*_t27*_t47 + 6930*_t6*_t69 + _t74*_t77
    _t79 = 34650*_t69
    _t80 = _t1*_t23
    _t81 = mu**8/(_t1*_t52 + _t1*_t53 + _t1*_t54 + _t1*_t55 + _t1 + 126*_t18 + 84*_t46 + 36*_t68 + 9*_t76 + _t80)
    _t82 = 4620*_t12*_t77 + _t14*_t79 + 17325*_t21*_t27 + 69300*_t47*_t6 + _t73*_t81
    _t83 = 6930*_t10*_t77 + _t12*_t79 + 51975*_t14*_t47 + 10395*_t21*_t6 + _t72*mu**10/(_t1*_t4 + _t1*_t60 + _t1*_t61 + _t1*_t62 + _t1*_t63 + _t1 + 252*_t18 + 210*_t46 + 120*_t68 + 45*_t76 + 10*_t80) + 495*_t8*_t81
    return ((_t17*gaussym.kernels.special.gauss_tail_mp(10, _t3, 0) + _t21*_t22*gaussym.kernels.special.gauss_tail_mp(11, _t3, 0) + _t34*gaussym.kernels.special.gauss_tail_mp(8, _t3, 0) + _t44*gaussym.kernels.special.gauss_tail_mp(6, _t3, 0) + _t48*gaussym.kernels.special.gauss_tail_mp(9, _t3, 0) + _t58*gaussym.kernels.special.gauss_tail_mp(4, _t3, 0) + _t66*gaussym.kernels.special.gauss_tail_mp(2, _t3, 0) + _t70*gaussym.kernels.special.gauss_tail_mp(7, _t3, 0) + _t75*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0) + _t78*gaussym.kernels.special.gauss_tail_mp(5, _t3, 0) + _t82*gaussym.kernels.special.gauss_tail_mp(3, _t3, 0) + _t83*gaussym.kernels.special.gauss_tail_mp(1, _t3, 0)) if (_t2 < 0) else (55*_t0*_t59 + 6930*_t10*_t37 + 17325*_t12*_t26 + 10395*_t14*mu - _t17*gaussym.kernels.special.gauss_tail_mp(10, _t2, 0) + _t21*_t22*gaussym.kernels.special.gauss_tail_mp(11, _t2, 0) - _t34*gaussym.kernels.special.gauss_tail_mp(8, _t2, 0) - _t44*gaussym.kernels.special.gauss_tail_mp(6, _t2, 0) + _t48*gaussym.kernels.special.gauss_tail_mp(9, _t2, 0) + 990*_t51*_t8 - _t58*gaussym.kernels.special.gauss_tail_mp(4, _t2, 0) - _t66*gaussym.kernels.special.gauss_tail_mp(2, _t2, 0) + _t70*gaussym.kernels.special.gauss_tail_mp(7, _t2, 0) + _t71 - _t75*gaussym.kernels.special.gauss_tail_mp(0, _t2, 0) + _t78*gaussym.kernels.special.gauss_tail_mp(5, _t2, 0) + _t82*gaussym.kernels.special.gauss_tail_mp(3, _t2, 0) + _t83*gaussym.kernels.special.gauss_tail_mp(1, _t2, 0)))


def _derivative_mp_0(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = 1/mpmath.sqrt(_t1)
    _t3 = _t2*mu
    _t4 = -_t3
    _t5 = mu/_t1
    _t6 = _t0*_t2
    return ((_t5*gaussym.kernels.special.gauss_tail_mp(0, _t4, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(1, _t4, 0)) if (_t3 < 0) else (-_t5*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(1, _t3, 0) + mu))


def _derivative_mp_1(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/mpmath.sqrt(_t1)
    _t3 = -_t2
    _t4 = mu/_t1**(mpmath.mpf(3)/mpmath.mpf(2))
    _t5 = 1/_t1
    _t6 = _t5*gaussym.kernels.special.gauss_tail_mp(0, _t3, 0)
    _t7 = _t5*gaussym.kernels.special.gauss_tail_mp(0, _t2, 0)
    return ((_t0*_t6 + _t4*mpmath.npdf(_t3) + _t6) if (_t2 < 0) else (-_t0*_t7 + _t4*mpmath.npdf(_t2) - _t7 + 1))


def _derivative_mp_2(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/mpmath.sqrt(_t1)
    _t3 = (_t0 + 2 - mu**2/_t1)/_t1**(mpmath.mpf(3)/mpmath.mpf(2))
    return ((_t3*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t3*mpmath.npdf(_t2)))


def _derivative_mp_3(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/mpmath.sqrt(_t1)
    _t3 = mu*(-_t0 - 4 + mu**2/_t1)/_t1**(mpmath.mpf(5)/mpmath.mpf(2))
    return ((_t3*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t3*mpmath.npdf(_t2)))


def _derivative_mp_4(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/mpmath.sqrt(_t1)
    _t3 = mu**2
    _t4 = 1/_t1
    _t5 = (_t0*_t3*_t4 - _t0 + 7*_t3*_t4 - 4 - mu**4/_t1**2)/_t1**(mpmath.mpf(5)/mpmath.mpf(2))
    return ((_t5*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t5*mpmath.npdf(_t2)))


def _derivative_mp_5(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/mpmath.sqrt(_t1)
    _t3 = mu**2/_t1
    _t4 = mu*(-_t0*_t3 + 3*_t0 - 11*_t3 + 18 + mu**4/_t1**2)/_t1**(mpmath.mpf(7)/mpmath.mpf(2))
    return ((_t4*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t4*mpmath.npdf(_t2)))


def _derivative_mp_6(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/mpmath.sqrt(_t1)
    _t3 = mu**2/_t1
    _t4 = mu**4/_t1**2
    _t5 = (-6*_t0*_t3 + _t0*_t4 + 3*_t0 - 51*_t3 + 16*_t4 + 18 - mu**6/_t1**3)/_t1**(mpmath.mpf(7)/mpmath.mpf(2))
    return ((_t5*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t5*mpmath.npdf(_t2)))


def _derivative_mp_7(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/mpmath.sqrt(_t1)
    _t3 = mu**2
    _t4 = 1/_t1
    _t5 = mu**4/_t1**2
    _t6 = mu*(10*_t0*_t3*_t4 - _t0*_t5 - 15*_t0 + 115*_t3*_t4 - 22*_t5 - 120 + mu**6/_t1**3)/_t1**(mpmath.mpf(9)/mpmath.mpf(2))
    return ((_t6*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t6*mpmath.npdf(_t2)))


def _derivative_mp_8(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/mpmath.sqrt(_t1)
    _t3 = 15*_t0
    _t4 = mu**2
    _t5 = 1/_t1
    _t6 = mu**4/_t1**2
    _t7 = mu**6
    _t8 = _t1**(-3)
    _t9 = (45*_t0*_t4*_t5 + _t0*_t7*_t8 - _t3*_t6 - _t3 + 465*_t4*_t5 - 225*_t6 + 29*_t7*_t8 - 120 - mu**8/_t1**4)/_t1**(mpmath.mpf(9)/mpmath.mpf(2))
    return ((_t9*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t9*mpmath.npdf(_t2)))


def _derivative_mp_9(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/mpmath.sqrt(_t1)
    _t3 = 105*_t0
    _t4 = mu**2/_t1
    _t5 = mu**4/_t1**2
    _t6 = mu**6/_t1**3
    _t7 = mu*(21*_t0*_t5 - _t0*_t6 - _t3*_t4 + _t3 - 1365*_t4 + 399*_t5 - 37*_t6 + 1050 + mu**8/_t1**4)/_t1**(mpmath.mpf(11)/mpmath.mpf(2))
    return ((_t7*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t7*mpmath.npdf(_t2)))


def _derivative_mp_10(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mu/mpmath.sqrt(_t1)
    _t3 = mu**2/_t1
    _t4 = mu**4/_t1**2
    _t5 = mu**6/_t1**3
    _t6 = mu**8/_t1**4
    _t7 = (-420*_t0*_t3 + 210*_t0*_t4 - 28*_t0*_t5 + _t0*_t6 + 105*_t0 - 5145*_t3 + 3360*_t4 - 658*_t5 + 46*_t6 + 1050 - mu**10/_t1**5)/_t1**(mpmath.mpf(11)/mpmath.mpf(2))
    return ((_t7*mpmath.npdf(-_t2)) if (_t2 < 0) else (_t7*mpmath.npdf(_t2)))


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
