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
    n = 0: alpha*Dexp(0, mu/sigma, sigma, mu + sigma**2/2) + sigma*D(1, -mu/sigma, 0)
    n = 1: -alpha*sigma*Dexp(1, mu/sigma, sigma, mu + sigma**2/2) + sigma**2*D(2, -mu/sigma, 0)
    n = 2: alpha*sigma**2*Dexp(2, mu/sigma, sigma, mu + sigma**2/2) + sigma**3*D(3, -mu/sigma, 0)
Closed-form part of E[act'(x)]:
    alpha*(D(0, mu/sigma + sigma, mu + sigma**2/2) + (-exp(mu + sigma**2/2)*phi(mu/sigma + sigma) + phi(mu/sigma))/sigma) + D(0, -mu/sigma, 0)
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
    _t0 = mu/sigma
    return alpha*gaussym.kernels.generated._runtime.tail_expdiff(0, _t0, sigma, mu + (1/2)*sigma**2) + sigma*gaussym.kernels.special.gauss_tail(1, -_t0, 0)


def _moment_1(mu, sigma, alpha):
    _t0 = sigma**2
    _t1 = mu/sigma
    return _t0*gaussym.kernels.special.gauss_tail(2, -_t1, 0) - alpha*sigma*gaussym.kernels.generated._runtime.tail_expdiff(1, _t1, sigma, (1/2)*_t0 + mu)


def _moment_2(mu, sigma, alpha):
    _t0 = mu/sigma
    _t1 = sigma**2
    return _t1*alpha*gaussym.kernels.generated._runtime.tail_expdiff(2, _t0, sigma, (1/2)*_t1 + mu) + sigma**3*gaussym.kernels.special.gauss_tail(3, -_t0, 0)


def _moment_3(mu, sigma, alpha):
    _t0 = mu/sigma
    return -alpha*sigma**3*gaussym.kernels.generated._runtime.tail_expdiff(3, _t0, sigma, mu + (1/2)*sigma**2) + sigma**4*gaussym.kernels.special.gauss_tail(4, -_t0, 0)


def _moment_4(mu, sigma, alpha):
    _t0 = mu/sigma
    return alpha*sigma**4*gaussym.kernels.generated._runtime.tail_expdiff(4, _t0, sigma, mu + (1/2)*sigma**2) + sigma**5*gaussym.kernels.special.gauss_tail(5, -_t0, 0)


def _moment_5(mu, sigma, alpha):
    _t0 = mu/sigma
    return -alpha*sigma**5*gaussym.kernels.generated._runtime.tail_expdiff(5, _t0, sigma, mu + (1/2)*sigma**2) + sigma**6*gaussym.kernels.special.gauss_tail(6, -_t0, 0)


def _moment_6(mu, sigma, alpha):
    _t0 = mu/sigma
    return alpha*sigma**6*gaussym.kernels.generated._runtime.tail_expdiff(6, _t0, sigma, mu + (1/2)*sigma**2) + sigma**7*gaussym.kernels.special.gauss_tail(7, -_t0, 0)


def _moment_7(mu, sigma, alpha):
    _t0 = mu/sigma
    return -alpha*sigma**7*gaussym.kernels.generated._runtime.tail_expdiff(7, _t0, sigma, mu + (1/2)*sigma**2) + sigma**8*gaussym.kernels.special.gauss_tail(8, -_t0, 0)


def _moment_8(mu, sigma, alpha):
    _t0 = mu/sigma
    return alpha*sigma**8*gaussym.kernels.generated._runtime.tail_expdiff(8, _t0, sigma, mu + (1/2)*sigma**2) + sigma**9*gaussym.kernels.special.gauss_tail(9, -_t0, 0)


def _moment_9(mu, sigma, alpha):
    _t0 = mu/sigma
    return -alpha*sigma**9*gaussym.kernels.generated._runtime.tail_expdiff(9, _t0, sigma, mu + (1/2)*sigma**2) + sigma**10*gaussym.kernels.special.gauss_tail(10, -_t0, 0)


def _moment_10(mu, sigma, alpha):
    _t0 = mu/sigma
    return alpha*sigma**10*gaussym.kernels.generated._runtime.tail_expdiff(10, _t0, sigma, mu + (1/2)*sigma**2) + sigma**11*gaussym.kernels.special.gauss_tail(11, -_t0, 0)


def _derivative_0(mu, sigma, alpha):
    _t0 = mu/sigma
    return alpha*gaussym.kernels.generated._runtime.tail_expdiff(0, _t0, sigma, mu + (1/2)*sigma**2) + sigma*gaussym.kernels.special.gauss_tail(1, -_t0, 0)


def _derivative_1(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = _t1 + sigma
    _t3 = mu + (1/2)*sigma**2
    return alpha*(_t0*(-numpy.exp(_t3)*gaussym.kernels.generated._runtime.norm_pdf(_t2) + gaussym.kernels.generated._runtime.norm_pdf(_t1)) + gaussym.kernels.special.gauss_tail(0, _t2, _t3)) + gaussym.kernels.special.gauss_tail(0, -_t1, 0)


def _derivative_2(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = _t1 + sigma
    _t3 = sigma**2
    _t4 = (1/2)*_t3 + mu
    _t5 = numpy.exp(_t4)*gaussym.kernels.generated._runtime.norm_pdf(_t2)
    _t6 = _t0*_t5
    return _t0*gaussym.kernels.generated._runtime.norm_pdf(-_t1) - alpha*(_t0*(-_t2*_t6 + _t5 + mu*gaussym.kernels.generated._runtime.norm_pdf(_t1)/_t3) + _t6 - gaussym.kernels.special.gauss_tail(0, _t2, _t4))


def _derivative_3(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = _t1 + sigma
    _t3 = sigma**2
    _t4 = (1/2)*_t3 + mu
    _t5 = numpy.exp(_t4)*gaussym.kernels.generated._runtime.norm_pdf(_t2)
    _t6 = 2*_t0*_t5
    _t7 = _t3**(-1.0)
    _t8 = _t5*_t7
    _t9 = gaussym.kernels.generated._runtime.norm_pdf(_t1)
    return alpha*(_t0*(-_t2**2*_t8 + _t2*_t6 - _t5 - _t7*_t9 + _t8 + _t9*mu**2/sigma**4) + _t2*_t8 - _t6 + gaussym.kernels.special.gauss_tail(0, _t2, _t4)) - mu*gaussym.kernels.generated._runtime.norm_pdf(-_t1)/sigma**3


def _derivative_4(mu, sigma, alpha):
    _t0 = sigma**(-3.0)
    _t1 = sigma**(-1.0)
    _t2 = _t1*mu
    _t3 = gaussym.kernels.generated._runtime.norm_pdf(-_t2)
    _t4 = _t2 + sigma
    _t5 = sigma**2
    _t6 = (1/2)*_t5 + mu
    _t7 = numpy.exp(_t6)*gaussym.kernels.generated._runtime.norm_pdf(_t4)
    _t8 = _t0*_t7
    _t9 = 3*_t7
    _t10 = _t1*_t9
    _t11 = _t9/_t5
    _t12 = _t4**2
    _t13 = gaussym.kernels.generated._runtime.norm_pdf(_t2)
    return -_t0*_t3 + _t3*mu**2/sigma**5 + alpha*(-_t1*(-_t10*_t4 + _t11*_t12 - _t11 + _t13*mu**3/sigma**6 - 3*_t13*mu/sigma**4 - _t4**3*_t8 + 3*_t4*_t8 + _t7) - _t10 + _t11*_t4 - _t12*_t8 + _t8 + gaussym.kernels.special.gauss_tail(0, _t4, _t6))


def _derivative_5(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = gaussym.kernels.generated._runtime.norm_pdf(-_t1)
    _t3 = _t1 + sigma
    _t4 = sigma**2
    _t5 = (1/2)*_t4 + mu
    _t6 = sigma**(-3.0)
    _t7 = numpy.exp(_t5)*gaussym.kernels.generated._runtime.norm_pdf(_t3)
    _t8 = 4*_t7
    _t9 = _t6*_t8
    _t10 = _t0*_t8
    _t11 = sigma**(-4.0)
    _t12 = 3*_t11
    _t13 = _t12*_t7
    _t14 = 6*_t7
    _t15 = _t14/_t4
    _t16 = _t3**3
    _t17 = _t11*_t7
    _t18 = _t3**2
    _t19 = gaussym.kernels.generated._runtime.norm_pdf(_t1)
    return -_t2*mu**3/sigma**7 + 3*_t2*mu/sigma**5 + alpha*(_t0*(_t10*_t3 + _t11*_t14*_t18 + _t12*_t19 - _t13 - _t15*_t18 + _t15 + _t16*_t9 - _t17*_t3**4 + _t19*mu**4/sigma**8 - 6*_t19*mu**2/sigma**6 - 12*_t3*_t6*_t7 - _t7) - _t10 - _t13*_t3 + _t15*_t3 + _t16*_t17 - _t18*_t9 + _t9 + gaussym.kernels.special.gauss_tail(0, _t3, _t5))


def _derivative_6(mu, sigma, alpha):
    _t0 = sigma**(-5.0)
    _t1 = sigma**(-1.0)
    _t2 = _t1*mu
    _t3 = gaussym.kernels.generated._runtime.norm_pdf(-_t2)
    _t4 = _t2 + sigma
    _t5 = sigma**2
    _t6 = (1/2)*_t5 + mu
    _t7 = numpy.exp(_t6)*gaussym.kernels.generated._runtime.norm_pdf(_t4)
    _t8 = sigma**(-3.0)
    _t9 = 10*_t7
    _t10 = _t8*_t9
    _t11 = 5*_t1*_t7
    _t12 = _t7/sigma**4
    _t13 = 15*_t12
    _t14 = _t9/_t5
    _t15 = _t4**4
    _t16 = _t0*_t7
    _t17 = _t4**2
    _t18 = _t4**3
    _t19 = 5*_t12
    _t20 = gaussym.kernels.generated._runtime.norm_pdf(_t2)
    return 3*_t0*_t3 + _t3*mu**4/sigma**9 - 6*_t3*mu**2/sigma**7 - alpha*(3*_t0*_t7 + _t1*(_t0*_t18*_t9 - _t10*_t18 - _t11*_t4 - 30*_t12*_t17 + _t13 + _t14*_t17 - _t14 + _t15*_t19 - _t16*_t4**5 - 15*_t16*_t4 + _t20*mu**5/sigma**10 - 10*_t20*mu**3/sigma**8 + 15*_t20*mu/sigma**6 + 30*_t4*_t7*_t8 + _t7) + _t10*_t17 - _t10 + _t11 + _t13*_t4 - _t14*_t4 + _t15*_t16 - 6*_t16*_t17 - _t18*_t19 - gaussym.kernels.special.gauss_tail(0, _t4, _t6))


def _derivative_7(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = gaussym.kernels.generated._runtime.norm_pdf(-_t1)
    _t3 = _t1 + sigma
    _t4 = sigma**2
    _t5 = (1/2)*_t4 + mu
    _t6 = sigma**(-5.0)
    _t7 = numpy.exp(_t5)
    _t8 = gaussym.kernels.generated._runtime.norm_pdf(_t3)
    _t9 = _t7*_t8
    _t10 = _t6*_t9
    _t11 = sigma**(-3.0)
    _t12 = 20*_t11*_t9
    _t13 = 6*_t0*_t9
    _t14 = sigma**(-6.0)
    _t15 = 15*_t14*_t9
    _t16 = sigma**(-4.0)
    _t17 = _t16*_t9
    _t18 = _t4**(-1.0)
    _t19 = 15*_t9
    _t20 = _t18*_t19
    _t21 = _t3**5
    _t22 = _t14*_t9
    _t23 = _t3**3
    _t24 = _t3**2
    _t25 = _t3**4
    _t26 = 6*_t10
    _t27 = gaussym.kernels.generated._runtime.norm_pdf(_t1)
    return -_t2*mu**5/sigma**11 + 10*_t2*mu**3/sigma**9 - 15*_t2*mu/sigma**7 + alpha*(-_t0*(-90*_t10*_t3 + 60*_t11*_t3*_t7*_t8 - _t12*_t23 - _t13*_t3 + 45*_t14*_t24*_t7*_t8 + 15*_t14*_t27 + _t14*_t3**6*_t7*_t8 - _t15*_t25 - _t15 + 15*_t16*_t25*_t7*_t8 + 45*_t16*_t7*_t8 - 90*_t17*_t24 + 15*_t18*_t24*_t7*_t8 - _t20 - _t21*_t26 + 60*_t23*_t6*_t7*_t8 - _t27*mu**6/sigma**12 + 15*_t27*mu**4/sigma**10 - 45*_t27*mu**2/sigma**8 + _t7*_t8) + 36*_t10*_t24 - 18*_t10 - _t12*_t24 + _t12 - _t13 + _t15*_t3 + _t16*_t19*_t23 - 45*_t17*_t3 + _t20*_t3 + _t21*_t22 - 10*_t22*_t23 - _t25*_t26 + gaussym.kernels.special.gauss_tail(0, _t3, _t5))


def _derivative_8(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = gaussym.kernels.generated._runtime.norm_pdf(-_t1)
    _t3 = sigma**(-7.0)
    _t4 = 15*_t3
    _t5 = _t1 + sigma
    _t6 = sigma**2
    _t7 = (1/2)*_t6 + mu
    _t8 = numpy.exp(_t7)*gaussym.kernels.generated._runtime.norm_pdf(_t5)
    _t9 = _t4*_t8
    _t10 = sigma**(-5.0)
    _t11 = _t10*_t8
    _t12 = sigma**(-3.0)
    _t13 = 35*_t8
    _t14 = _t12*_t13
    _t15 = 7*_t8
    _t16 = _t0*_t15
    _t17 = sigma**(-6.0)
    _t18 = 105*_t8
    _t19 = _t17*_t18
    _t20 = sigma**(-4.0)
    _t21 = _t18*_t20
    _t22 = 21*_t8
    _t23 = _t22/_t6
    _t24 = _t5**2
    _t25 = _t3*_t8
    _t26 = _t5**4
    _t27 = _t5**6
    _t28 = _t5**3
    _t29 = _t5**5
    _t30 = _t15*_t17
    _t31 = _t13*_t20
    _t32 = gaussym.kernels.generated._runtime.norm_pdf(_t1)
    _t33 = 105*_t32
    _t34 = _t18*_t3
    _t35 = _t22*_t29
    _t36 = _t24*_t8
    return -_t2*_t4 + _t2*mu**6/sigma**13 - 15*_t2*mu**4/sigma**11 + 45*_t2*mu**2/sigma**9 + alpha*(-_t0*(-_t10*_t35 + 210*_t11*_t28 - 315*_t11*_t5 + _t12*_t18*_t5 - _t14*_t28 - _t16*_t5 + 315*_t17*_t36 - _t19*_t26 - _t19 - 210*_t20*_t36 + _t21 + _t23*_t24 - _t23 - _t25*_t5**7 + _t26*_t31 + _t27*_t30 - _t28*_t34 + _t3*_t35 + _t32*mu**7/sigma**14 - 21*_t32*mu**5/sigma**12 + _t33*mu**3/sigma**10 - _t33*mu/sigma**8 + _t34*_t5 + _t8) - _t10*_t22*_t26 + 126*_t11*_t24 - 63*_t11 - _t14*_t24 + _t14 - _t16 - 70*_t17*_t28*_t8 + _t19*_t5 - _t21*_t5 + _t23*_t5 - 45*_t24*_t25 - _t25*_t27 + _t26*_t9 + _t28*_t31 + _t29*_t30 + _t9 + gaussym.kernels.special.gauss_tail(0, _t5, _t7))


def _derivative_9(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = _t0*mu
    _t2 = gaussym.kernels.generated._runtime.norm_pdf(-_t1)
    _t3 = 105*_t2
    _t4 = _t1 + sigma
    _t5 = sigma**2
    _t6 = (1/2)*_t5 + mu
    _t7 = sigma**(-7.0)
    _t8 = numpy.exp(_t6)
    _t9 = gaussym.kernels.generated._runtime.norm_pdf(_t4)
    _t10 = _t8*_t9
    _t11 = _t10*_t7
    _t12 = 120*_t11
    _t13 = sigma**(-5.0)
    _t14 = _t10*_t13
    _t15 = sigma**(-3.0)
    _t16 = 56*_t10*_t15
    _t17 = 8*_t10
    _t18 = _t0*_t17
    _t19 = sigma**(-8.0)
    _t20 = 105*_t19
    _t21 = _t10*_t20
    _t22 = sigma**(-6.0)
    _t23 = 420*_t10
    _t24 = _t22*_t23
    _t25 = sigma**(-4.0)
    _t26 = _t10*_t25
    _t27 = _t5**(-1.0)
    _t28 = 28*_t10
    _t29 = _t27*_t28
    _t30 = _t4**7
    _t31 = _t10*_t19
    _t32 = _t4**3
    _t33 = _t4**5
    _t34 = _t4**2
    _t35 = _t4**4
    _t36 = _t4**6
    _t37 = _t17*_t7
    _t38 = 56*_t14
    _t39 = gaussym.kernels.generated._runtime.norm_pdf(_t1)
    _t40 = _t23*_t34
    return -_t2*mu**7/sigma**15 + 21*_t2*mu**5/sigma**13 - _t3*mu**3/sigma**11 + _t3*mu/sigma**9 + alpha*(-_t0*(-840*_t11*_t32 + 560*_t13*_t32*_t8*_t9 - 840*_t14*_t4 + 168*_t15*_t4*_t8*_t9 - _t16*_t32 - _t18*_t4 - _t19*_t28*_t36 + 210*_t19*_t35*_t8*_t9 + _t19*_t4**8*_t8*_t9 - _t19*_t40 + 105*_t19*_t8*_t9 - _t20*_t39 + 1260*_t22*_t34*_t8*_t9 + 28*_t22*_t36*_t8*_t9 - _t24*_t35 - _t24 + 70*_t25*_t35*_t8*_t9 - _t25*_t40 + 210*_t25*_t8*_t9 + 28*_t27*_t34*_t8*_t9 - _t29 - _t30*_t37 - _t33*_t38 + 168*_t33*_t7*_t8*_t9 - _t39*mu**8/sigma**16 + 28*_t39*mu**6/sigma**14 - 210*_t39*mu**4/sigma**12 + 420*_t39*mu**2/sigma**10 + 840*_t4*_t7*_t8*_t9 + _t8*_t9) - 280*_t10*_t22*_t32 - 360*_t11*_t34 + _t12*_t35 + _t12 + 336*_t14*_t34 - 168*_t14 - _t16*_t34 + _t16 - _t18 + _t21*_t32 - _t21*_t4 + _t22*_t28*_t33 + _t24*_t4 + 70*_t26*_t32 - 210*_t26*_t4 + _t29*_t4 + _t30*_t31 - 21*_t31*_t33 - _t35*_t38 - _t36*_t37 + gaussym.kernels.special.gauss_tail(0, _t4, _t6))


def _derivative_10(mu, sigma, alpha):
    _t0 = sigma**(-9.0)
    _t1 = sigma**(-1.0)
    _t2 = _t1*mu
    _t3 = gaussym.kernels.generated._runtime.norm_pdf(-_t2)
    _t4 = _t2 + sigma
    _t5 = sigma**2
    _t6 = (1/2)*_t5 + mu
    _t7 = numpy.exp(_t6)*gaussym.kernels.generated._runtime.norm_pdf(_t4)
    _t8 = sigma**(-7.0)
    _t9 = _t7*_t8
    _t10 = 540*_t9
    _t11 = sigma**(-5.0)
    _t12 = 378*_t7
    _t13 = _t7/sigma**3
    _t14 = 84*_t13
    _t15 = 9*_t1*_t7
    _t16 = _t7/sigma**8
    _t17 = 945*_t16
    _t18 = _t7/sigma**6
    _t19 = 1260*_t18
    _t20 = sigma**(-4.0)
    _t21 = _t12*_t20
    _t22 = 36*_t7
    _t23 = _t22/_t5
    _t24 = _t4**8
    _t25 = _t0*_t7
    _t26 = _t4**2
    _t27 = _t4**4
    _t28 = _t4**6
    _t29 = _t4**3
    _t30 = _t4**5
    _t31 = _t4**7
    _t32 = 9*_t16
    _t33 = 84*_t18
    _t34 = _t11*_t7
    _t35 = 756*_t26
    _t36 = 126*_t34
    _t37 = _t20*_t7
    _t38 = 126*_t37
    _t39 = gaussym.kernels.generated._runtime.norm_pdf(_t2)
    _t40 = 3780*_t9
    _t41 = 1260*_t29
    _t42 = _t22*_t31
    _t43 = 3780*_t26
    return 105*_t0*_t3 + _t3*mu**8/sigma**17 - 28*_t3*mu**6/sigma**15 + 210*_t3*mu**4/sigma**13 - 420*_t3*mu**2/sigma**11 - alpha*(105*_t0*_t7 + _t1*(-_t0*_t12*_t30 + _t0*_t42 + 252*_t13*_t4 - _t14*_t29 - _t15*_t4 + 1890*_t16*_t27 - 252*_t16*_t28 - _t16*_t43 + _t17 + _t18*_t43 - _t19*_t27 - _t19 + _t21 + _t23*_t26 - _t23 + _t24*_t32 - _t25*_t4**9 - 945*_t25*_t4 + _t25*_t41 + _t27*_t38 + _t28*_t33 - _t29*_t40 - _t30*_t36 + 756*_t30*_t9 - 1890*_t34*_t4 + _t34*_t41 - _t35*_t37 + _t39*mu**9/sigma**18 - 36*_t39*mu**7/sigma**16 + 378*_t39*mu**5/sigma**14 - 1260*_t39*mu**3/sigma**12 + 945*_t39*mu/sigma**10 + _t4*_t40 - _t42*_t8 + _t7) - _t10*_t27 - _t10 + _t11*_t12 + _t14*_t26 - _t14 + _t15 + 189*_t16*_t30 - _t17*_t29 + _t17*_t4 + 840*_t18*_t29 - _t19*_t4 + _t21*_t4 + _t22*_t28*_t8 - _t23*_t4 + _t24*_t25 - 420*_t25*_t26 + 210*_t25*_t27 - 28*_t25*_t28 + 1620*_t26*_t9 + _t27*_t36 - _t29*_t38 - _t30*_t33 - _t31*_t32 - _t34*_t35 - gaussym.kernels.special.gauss_tail(0, _t4, _t6))


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
    _t0 = mu/sigma
    return alpha*gaussym.kernels.generated._runtime.tail_expdiff_mp(0, _t0, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma*gaussym.kernels.special.gauss_tail_mp(1, -_t0, 0)


def _moment_mp_1(mu, sigma, alpha):
    _t0 = sigma**2
    _t1 = mu/sigma
    return _t0*gaussym.kernels.special.gauss_tail_mp(2, -_t1, 0) - alpha*sigma*gaussym.kernels.generated._runtime.tail_expdiff_mp(1, _t1, sigma, (mpmath.mpf(1)/mpmath.mpf(2))*_t0 + mu)


def _moment_mp_2(mu, sigma, alpha):
    _t0 = mu/sigma
    _t1 = sigma**2
    return _t1*alpha*gaussym.kernels.generated._runtime.tail_expdiff_mp(2, _t0, sigma, (mpmath.mpf(1)/mpmath.mpf(2))*_t1 + mu) + sigma**3*gaussym.kernels.special.gauss_tail_mp(3, -_t0, 0)


def _moment_mp_3(mu, sigma, alpha):
    _t0 = mu/sigma
    return -alpha*sigma**3*gaussym.kernels.generated._runtime.tail_expdiff_mp(3, _t0, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**4*gaussym.kernels.special.gauss_tail_mp(4, -_t0, 0)


def _moment_mp_4(mu, sigma, alpha):
    _t0 = mu/sigma
    return alpha*sigma**4*gaussym.kernels.generated._runtime.tail_expdiff_mp(4, _t0, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**5*gaussym.kernels.special.gauss_tail_mp(5, -_t0, 0)


def _moment_mp_5(mu, sigma, alpha):
    _t0 = mu/sigma
    return -alpha*sigma**5*gaussym.kernels.generated._runtime.tail_expdiff_mp(5, _t0, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**6*gaussym.kernels.special.gauss_tail_mp(6, -_t0, 0)


def _moment_mp_6(mu, sigma, alpha):
    _t0 = mu/sigma
    return alpha*sigma**6*gaussym.kernels.generated._runtime.tail_expdiff_mp(6, _t0, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**7*gaussym.kernels.special.gauss_tail_mp(7, -_t0, 0)


def _moment_mp_7(mu, sigma, alpha):
    _t0 = mu/sigma
    return -alpha*sigma**7*gaussym.kernels.generated._runtime.tail_expdiff_mp(7, _t0, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**8*gaussym.kernels.special.gauss_tail_mp(8, -_t0, 0)


def _moment_mp_8(mu, sigma, alpha):
    _t0 = mu/sigma
    return alpha*sigma**8*gaussym.kernels.generated._runtime.tail_expdiff_mp(8, _t0, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**9*gaussym.kernels.special.gauss_tail_mp(9, -_t0, 0)


def _moment_mp_9(mu, sigma, alpha):
    _t0 = mu/sigma
    return -alpha*sigma**9*gaussym.kernels.generated._runtime.tail_expdiff_mp(9, _t0, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**10*gaussym.kernels.special.gauss_tail_mp(10, -_t0, 0)


def _moment_mp_10(mu, sigma, alpha):
    _t0 = mu/sigma
    return alpha*sigma**10*gaussym.kernels.generated._runtime.tail_expdiff_mp(10, _t0, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**11*gaussym.kernels.special.gauss_tail_mp(11, -_t0, 0)


def _derivative_mp_0(mu, sigma, alpha):
    _t0 = mu/sigma
    return alpha*gaussym.kernels.generated._runtime.tail_expdiff_mp(0, _t0, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma*gaussym.kernels.special.gauss_tail_mp(1, -_t0, 0)


def _derivative_mp_1(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = _t1 + sigma
    _t3 = mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2
    return alpha*(_t0*(-mpmath.exp(_t3)*mpmath.npdf(_t2) + mpmath.npdf(_t1)) + gaussym.kernels.special.gauss_tail_mp(0, _t2, _t3)) + gaussym.kernels.special.gauss_tail_mp(0, -_t1, 0)


def _derivative_mp_2(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = _t1 + sigma
    _t3 = sigma**2
    _t4 = (mpmath.mpf(1)/mpmath.mpf(2))*_t3 + mu
    _t5 = mpmath.exp(_t4)*mpmath.npdf(_t2)
    _t6 = _t0*_t5
    return _t0*mpmath.npdf(-_t1) - alpha*(_t0*(-_t2*_t6 + _t5 + mu*mpmath.npdf(_t1)/_t3) + _t6 - gaussym.kernels.special.gauss_tail_mp(0, _t2, _t4))


def _derivative_mp_3(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = _t1 + sigma
    _t3 = sigma**2
    _t4 = (mpmath.mpf(1)/mpmath.mpf(2))*_t3 + mu
    _t5 = mpmath.exp(_t4)*mpmath.npdf(_t2)
    _t6 = 2*_t0*_t5
    _t7 = 1/_t3
    _t8 = _t5*_t7
    _t9 = mpmath.npdf(_t1)
    return alpha*(_t0*(-_t2**2*_t8 + _t2*_t6 - _t5 - _t7*_t9 + _t8 + _t9*mu**2/sigma**4) + _t2*_t8 - _t6 + gaussym.kernels.special.gauss_tail_mp(0, _t2, _t4)) - mu*mpmath.npdf(-_t1)/sigma**3


def _derivative_mp_4(mu, sigma, alpha):
    _t0 = sigma**(-3)
    _t1 = 1/sigma
    _t2 = _t1*mu
    _t3 = mpmath.npdf(-_t2)
    _t4 = _t2 + sigma
    _t5 = sigma**2
    _t6 = (mpmath.mpf(1)/mpmath.mpf(2))*_t5 + mu
    _t7 = mpmath.exp(_t6)*mpmath.npdf(_t4)
    _t8 = _t0*_t7
    _t9 = 3*_t7
    _t10 = _t1*_t9
    _t11 = _t9/_t5
    _t12 = _t4**2
    _t13 = mpmath.npdf(_t2)
    return -_t0*_t3 + _t3*mu**2/sigma**5 + alpha*(-_t1*(-_t10*_t4 + _t11*_t12 - _t11 + _t13*mu**3/sigma**6 - 3*_t13*mu/sigma**4 - _t4**3*_t8 + 3*_t4*_t8 + _t7) - _t10 + _t11*_t4 - _t12*_t8 + _t8 + gaussym.kernels.special.gauss_tail_mp(0, _t4, _t6))


def _derivative_mp_5(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = mpmath.npdf(-_t1)
    _t3 = _t1 + sigma
    _t4 = sigma**2
    _t5 = (mpmath.mpf(1)/mpmath.mpf(2))*_t4 + mu
    _t6 = sigma**(-3)
    _t7 = mpmath.exp(_t5)*mpmath.npdf(_t3)
    _t8 = 4*_t7
    _t9 = _t6*_t8
    _t10 = _t0*_t8
    _t11 = sigma**(-4)
    _t12 = 3*_t11
    _t13 = _t12*_t7
    _t14 = 6*_t7
    _t15 = _t14/_t4
    _t16 = _t3**3
    _t17 = _t11*_t7
    _t18 = _t3**2
    _t19 = mpmath.npdf(_t1)
    return -_t2*mu**3/sigma**7 + 3*_t2*mu/sigma**5 + alpha*(_t0*(_t10*_t3 + _t11*_t14*_t18 + _t12*_t19 - _t13 - _t15*_t18 + _t15 + _t16*_t9 - _t17*_t3**4 + _t19*mu**4/sigma**8 - 6*_t19*mu**2/sigma**6 - 12*_t3*_t6*_t7 - _t7) - _t10 - _t13*_t3 + _t15*_t3 + _t16*_t17 - _t18*_t9 + _t9 + gaussym.kernels.special.gauss_tail_mp(0, _t3, _t5))


def _derivative_mp_6(mu, sigma, alpha):
    _t0 = sigma**(-5)
    _t1 = 1/sigma
    _t2 = _t1*mu
    _t3 = mpmath.npdf(-_t2)
    _t4 = _t2 + sigma
    _t5 = sigma**2
    _t6 = (mpmath.mpf(1)/mpmath.mpf(2))*_t5 + mu
    _t7 = mpmath.exp(_t6)*mpmath.npdf(_t4)
    _t8 = sigma**(-3)
    _t9 = 10*_t7
    _t10 = _t8*_t9
    _t11 = 5*_t1*_t7
    _t12 = _t7/sigma**4
    _t13 = 15*_t12
    _t14 = _t9/_t5
    _t15 = _t4**4
    _t16 = _t0*_t7
    _t17 = _t4**2
    _t18 = _t4**3
    _t19 = 5*_t12
    _t20 = mpmath.npdf(_t2)
    return 3*_t0*_t3 + _t3*mu**4/sigma**9 - 6*_t3*mu**2/sigma**7 - alpha*(3*_t0*_t7 + _t1*(_t0*_t18*_t9 - _t10*_t18 - _t11*_t4 - 30*_t12*_t17 + _t13 + _t14*_t17 - _t14 + _t15*_t19 - _t16*_t4**5 - 15*_t16*_t4 + _t20*mu**5/sigma**10 - 10*_t20*mu**3/sigma**8 + 15*_t20*mu/sigma**6 + 30*_t4*_t7*_t8 + _t7) + _t10*_t17 - _t10 + _t11 + _t13*_t4 - _t14*_t4 + _t15*_t16 - 6*_t16*_t17 - _t18*_t19 - gaussym.kernels.special.gauss_tail_mp(0, _t4, _t6))


def _derivative_mp_7(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = mpmath.npdf(-_t1)
    _t3 = _t1 + sigma
    _t4 = sigma**2
    _t5 = (mpmath.mpf(1)/mpmath.mpf(2))*_t4 + mu
    _t6 = sigma**(-5)
    _t7 = mpmath.exp(_t5)
    _t8 = mpmath.npdf(_t3)
    _t9 = _t7*_t8
    _t10 = _t6*_t9
    _t11 = sigma**(-3)
    _t12 = 20*_t11*_t9
    _t13 = 6*_t0*_t9
    _t14 = sigma**(-6)
    _t15 = 15*_t14*_t9
    _t16 = sigma**(-4)
    _t17 = _t16*_t9
    _t18 = 1/_t4
    _t19 = 15*_t9
    _t20 = _t18*_t19
    _t21 = _t3**5
    _t22 = _t14*_t9
    _t23 = _t3**3
    _t24 = _t3**2
    _t25 = _t3**4
    _t26 = 6*_t10
    _t27 = mpmath.npdf(_t1)
    return -_t2*mu**5/sigma**11 + 10*_t2*mu**3/sigma**9 - 15*_t2*mu/sigma**7 + alpha*(-_t0*(-90*_t10*_t3 + 60*_t11*_t3*_t7*_t8 - _t12*_t23 - _t13*_t3 + 45*_t14*_t24*_t7*_t8 + 15*_t14*_t27 + _t14*_t3**6*_t7*_t8 - _t15*_t25 - _t15 + 15*_t16*_t25*_t7*_t8 + 45*_t16*_t7*_t8 - 90*_t17*_t24 + 15*_t18*_t24*_t7*_t8 - _t20 - _t21*_t26 + 60*_t23*_t6*_t7*_t8 - _t27*mu**6/sigma**12 + 15*_t27*mu**4/sigma**10 - 45*_t27*mu**2/sigma**8 + _t7*_t8) + 36*_t10*_t24 - 18*_t10 - _t12*_t24 + _t12 - _t13 + _t15*_t3 + _t16*_t19*_t23 - 45*_t17*_t3 + _t20*_t3 + _t21*_t22 - 10*_t22*_t23 - _t25*_t26 + gaussym.kernels.special.gauss_tail_mp(0, _t3, _t5))


def _derivative_mp_8(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = mpmath.npdf(-_t1)
    _t3 = sigma**(-7)
    _t4 = 15*_t3
    _t5 = _t1 + sigma
    _t6 = sigma**2
    _t7 = (mpmath.mpf(1)/mpmath.mpf(2))*_t6 + mu
    _t8 = mpmath.exp(_t7)*mpmath.npdf(_t5)
    _t9 = _t4*_t8
    _t10 = sigma**(-5)
    _t11 = _t10*_t8
    _t12 = sigma**(-3)
    _t13 = 35*_t8
    _t14 = _t12*_t13
    _t15 = 7*_t8
    _t16 = _t0*_t15
    _t17 = sigma**(-6)
    _t18 = 105*_t8
    _t19 = _t17*_t18
    _t20 = sigma**(-4)
    _t21 = _t18*_t20
    _t22 = 21*_t8
    _t23 = _t22/_t6
    _t24 = _t5**2
    _t25 = _t3*_t8
    _t26 = _t5**4
    _t27 = _t5**6
    _t28 = _t5**3
    _t29 = _t5**5
    _t30 = _t15*_t17
    _t31 = _t13*_t20
    _t32 = mpmath.npdf(_t1)
    _t33 = 105*_t32
    _t34 = _t18*_t3
    _t35 = _t22*_t29
    _t36 = _t24*_t8
    return -_t2*_t4 + _t2*mu**6/sigma**13 - 15*_t2*mu**4/sigma**11 + 45*_t2*mu**2/sigma**9 + alpha*(-_t0*(-_t10*_t35 + 210*_t11*_t28 - 315*_t11*_t5 + _t12*_t18*_t5 - _t14*_t28 - _t16*_t5 + 315*_t17*_t36 - _t19*_t26 - _t19 - 210*_t20*_t36 + _t21 + _t23*_t24 - _t23 - _t25*_t5**7 + _t26*_t31 + _t27*_t30 - _t28*_t34 + _t3*_t35 + _t32*mu**7/sigma**14 - 21*_t32*mu**5/sigma**12 + _t33*mu**3/sigma**10 - _t33*mu/sigma**8 + _t34*_t5 + _t8) - _t10*_t22*_t26 + 126*_t11*_t24 - 63*_t11 - _t14*_t24 + _t14 - _t16 - 70*_t17*_t28*_t8 + _t19*_t5 - _t21*_t5 + _t23*_t5 - 45*_t24*_t25 - _t25*_t27 + _t26*_t9 + _t28*_t31 + _t29*_t30 + _t9 + gaussym.kernels.special.gauss_tail_mp(0, _t5, _t7))


def _derivative_mp_9(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = _t0*mu
    _t2 = mpmath.npdf(-_t1)
    _t3 = 105*_t2
    _t4 = _t1 + sigma
    _t5 = sigma**2
    _t6 = (mpmath.mpf(1)/mpmath.mpf(2))*_t5 + mu
    _t7 = sigma**(-7)
    _t8 = mpmath.exp(_t6)
    _t9 = mpmath.npdf(_t4)
    _t10 = _t8*_t9
    _t11 = _t10*_t7
    _t12 = 120*_t11
    _t13 = sigma**(-5)
    _t14 = _t10*_t13
    _t15 = sigma**(-3)
    _t16 = 56*_t10*_t15
    _t17 = 8*_t10
    _t18 = _t0*_t17
    _t19 = sigma**(-8)
    _t20 = 105*_t19
    _t21 = _t10*_t20
    _t22 = sigma**(-6)
    _t23 = 420*_t10
    _t24 = _t22*_t23
    _t25 = sigma**(-4)
    _t26 = _t10*_t25
    _t27 = 1/_t5
    _t28 = 28*_t10
    _t29 = _t27*_t28
    _t30 = _t4**7
    _t31 = _t10*_t19
    _t32 = _t4**3
    _t33 = _t4**5
    _t34 = _t4**2
    _t35 = _t4**4
    _t36 = _t4**6
    _t37 = _t17*_t7
    _t38 = 56*_t14
    _t39 = mpmath.npdf(_t1)
    _t40 = _t23*_t34
    return -_t2*mu**7/sigma**15 + 21*_t2*mu**5/sigma**13 - _t3*mu**3/sigma**11 + _t3*mu/sigma**9 + alpha*(-_t0*(-840*_t11*_t32 + 560*_t13*_t32*_t8*_t9 - 840*_t14*_t4 + 168*_t15*_t4*_t8*_t9 - _t16*_t32 - _t18*_t4 - _t19*_t28*_t36 + 210*_t19*_t35*_t8*_t9 + _t19*_t4**8*_t8*_t9 - _t19*_t40 + 105*_t19*_t8*_t9 - _t20*_t39 + 1260*_t22*_t34*_t8*_t9 + 28*_t22*_t36*_t8*_t9 - _t24*_t35 - _t24 + 70*_t25*_t35*_t8*_t9 - _t25*_t40 + 210*_t25*_t8*_t9 + 28*_t27*_t34*_t8*_t9 - _t29 - _t30*_t37 - _t33*_t38 + 168*_t33*_t7*_t8*_t9 - _t39*mu**8/sigma**16 + 28*_t39*mu**6/sigma**14 - 210*_t39*mu**4/sigma**12 + 420*_t39*mu**2/sigma**10 + 840*_t4*_t7*_t8*_t9 + _t8*_t9) - 280*_t10*_t22*_t32 - 360*_t11*_t34 + _t12*_t35 + _t12 + 336*_t14*_t34 - 168*_t14 - _t16*_t34 + _t16 - _t18 + _t21*_t32 - _t21*_t4 + _t22*_t28*_t33 + _t24*_t4 + 70*_t26*_t32 - 210*_t26*_t4 + _t29*_t4 + _t30*_t31 - 21*_t31*_t33 - _t35*_t38 - _t36*_t37 + gaussym.kernels.special.gauss_tail_mp(0, _t4, _t6))


def _derivative_mp_10(mu, sigma, alpha):
    _t0 = sigma**(-9)
    _t1 = 1/sigma
    _t2 = _t1*mu
    _t3 = mpmath.npdf(-_t2)
    _t4 = _t2 + sigma
    _t5 = sigma**2
    _t6 = (mpmath.mpf(1)/mpmath.mpf(2))*_t5 + mu
    _t7 = mpmath.exp(_t6)*mpmath.npdf(_t4)
    _t8 = sigma**(-7)
    _t9 = _t7*_t8
    _t10 = 540*_t9
    _t11 = sigma**(-5)
    _t12 = 378*_t7
    _t13 = _t7/sigma**3
    _t14 = 84*_t13
    _t15 = 9*_t1*_t7
    _t16 = _t7/sigma**8
    _t17 = 945*_t16
    _t18 = _t7/sigma**6
    _t19 = 1260*_t18
    _t20 = sigma**(-4)
    _t21 = _t12*_t20
    _t22 = 36*_t7
    _t23 = _t22/_t5
    _t24 = _t4**8
    _t25 = _t0*_t7
    _t26 = _t4**2
    _t27 = _t4**4
    _t28 = _t4**6
    _t29 = _t4**3
    _t30 = _t4**5
    _t31 = _t4**7
    _t32 = 9*_t16
    _t33 = 84*_t18
    _t34 = _t11*_t7
    _t35 = 756*_t26
    _t36 = 126*_t34
    _t37 = _t20*_t7
    _t38 = 126*_t37
    _t39 = mpmath.npdf(_t2)
    _t40 = 3780*_t9
    _t41 = 1260*_t29
    _t42 = _t22*_t31
    _t43 = 3780*_t26
    return 105*_t0*_t3 + _t3*mu**8/sigma**17 - 28*_t3*mu**6/sigma**15 + 210*_t3*mu**4/sigma**13 - 420*_t3*mu**2/sigma**11 - alpha*(105*_t0*_t7 + _t1*(-_t0*_t12*_t30 + _t0*_t42 + 252*_t13*_t4 - _t14*_t29 - _t15*_t4 + 1890*_t16*_t27 - 252*_t16*_t28 - _t16*_t43 + _t17 + _t18*_t43 - _t19*_t27 - _t19 + _t21 + _t23*_t26 - _t23 + _t24*_t32 - _t25*_t4**9 - 945*_t25*_t4 + _t25*_t41 + _t27*_t38 + _t28*_t33 - _t29*_t40 - _t30*_t36 + 756*_t30*_t9 - 1890*_t34*_t4 + _t34*_t41 - _t35*_t37 + _t39*mu**9/sigma**18 - 36*_t39*mu**7/sigma**16 + 378*_t39*mu**5/sigma**14 - 1260*_t39*mu**3/sigma**12 + 945*_t39*mu/sigma**10 + _t4*_t40 - _t42*_t8 + _t7) - _t10*_t27 - _t10 + _t11*_t12 + _t14*_t26 - _t14 + _t15 + 189*_t16*_t30 - _t17*_t29 + _t17*_t4 + 840*_t18*_t29 - _t19*_t4 + _t21*_t4 + _t22*_t28*_t8 - _t23*_t4 + _t24*_t25 - 420*_t25*_t26 + 210*_t25*_t27 - 28*_t25*_t28 + 1620*_t26*_t9 + _t27*_t36 - _t29*_t38 - _t30*_t33 - _t31*_t32 - _t34*_t35 - gaussym.kernels.special.gauss_tail_mp(0, _t4, _t6))


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
