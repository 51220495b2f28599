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
    n = 1: Piecewise((2*mu*sigma**2*D(1, -mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1)**(3/2) + sigma**4*D(2, -mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1) + (mu**2/(sigma**2 + 1)**2 + sigma**2/(sigma**2 + 1))*D(0, -mu/sqrt(sigma**2 + 1), 0), mu/sqrt(sigma**2 + 1) < 0), (mu**2 + 2*mu*sigma**2*D(1, mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1)**(3/2) - sigma**4*D(2, mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1) + sigma**2 - (mu**2/(sigma**2 + 1)**2 + sigma**2/(sigma**2 + 1))*D(0, mu/sqrt(sigma**2 + 1), 0), True))
    n = 2: Piecewise((3*mu*sigma**4*D(2, -mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1)**2 + sigma**6*D(3, -mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1)**(3/2) + sigma**2*(3*mu**2/(sigma**2 + 1)**2 + 3*sigma**2/(sigma**2 + 1))*D(1, -mu/sqrt(sigma**2 + 1), 0)/sqrt(sigma**2 + 1) + (mu**3/(sigma**2 + 1)**3 + 3*mu*sigma**2/(sigma**2 + 1)**2)*D(0, -mu/sqrt(sigma**2 + 1), 0), mu/sqrt(sigma**2 + 1) < 0), (mu**3 - 3*mu*sigma**4*D(2, mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1)**2 + 3*mu*sigma**2 + sigma**6*D(3, mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1)**(3/2) + sigma**2*(3*mu**2/(sigma**2 + 1)**2 + 3*sigma**2/(sigma**2 + 1))*D(1, mu/sqrt(sigma**2 + 1), 0)/sqrt(sigma**2 + 1) - (mu**3/(sigma**2 + 1)**3 + 3*mu*sigma**2/(sigma**2 + 1)**2)*D(0, mu/sqrt(sigma**2 + 1), 0), True))
Closed-form part of E[act'(x)]:
    Piecewise((mu*phi(mu/sqrt(sigma**2 + 1))/(sigma**2 + 1)**(3/2) + sigma**2*D(0, -mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1) + D(0, -mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1), mu/sqrt(sigma**2 + 1) < 0), (mu*phi(mu/sqrt(sigma**2 + 1))/(sigma**2 + 1)**(3/2) - sigma**2*D(0, mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1) + 1 - D(0, mu/sqrt(sigma**2 + 1), 0)/(sigma**2 + 1), True))
"""
# ruff: noqa
import gaussym.kernels.generated._runtime
import gaussym.kernels.special
import mpmath
import numpy

NAME = 'gelu'
EXPRESSION = 'x*Phi(x)'
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
    return x*gaussym.kernels.generated._runtime.norm_cdf(x)


def _act_derivative_0(x):
    return x*gaussym.kernels.generated._runtime.norm_cdf(x)


def _act_derivative_1(x):
    return x*gaussym.kernels.generated._runtime.norm_pdf(x) + gaussym.kernels.generated._runtime.norm_cdf(x)


def _act_derivative_2(x):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(x)
    return -_t0*x**2 + 2*_t0


def _act_derivative_3(x):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(x)
    return _t0*x**3 - 4*_t0*x


def _act_derivative_4(x):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(x)
    return -_t0*x**4 + 7*_t0*x**2 - 4*_t0


def _act_derivative_5(x):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(x)
    return _t0*x**5 - 11*_t0*x**3 + 18*_t0*x


def _act_derivative_6(x):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(x)
    return -_t0*x**6 + 16*_t0*x**4 - 51*_t0*x**2 + 18*_t0


def _act_derivative_7(x):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(x)
    return _t0*x**7 - 22*_t0*x**5 + 115*_t0*x**3 - 120*_t0*x


def _act_derivative_8(x):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(x)
    return -_t0*x**8 + 29*_t0*x**6 - 225*_t0*x**4 + 465*_t0*x**2 - 120*_t0


def _act_derivative_9(x):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(x)
    return _t0*x**9 - 37*_t0*x**7 + 399*_t0*x**5 - 1365*_t0*x**3 + 1050*_t0*x


def _act_derivative_10(x):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(x)
    return -_t0*x**10 + 46*_t0*x**8 - 658*_t0*x**6 + 3360*_t0*x**4 - 5145*_t0*x**2 + 1050*_t0


def _moment_0(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = mu/_t3
    _t5 = 1/numpy.sqrt(_t3)
    _t6 = _t2*_t5
    return numpy.select([numpy.less(_t5*mu, 0),True], [_t4*gaussym.kernels.generated._runtime.tail(0, _t1, 0) + _t6*gaussym.kernels.generated._runtime.tail(1, _t1, 0),-_t4*gaussym.kernels.generated._runtime.tail(0, _t0, 0) + _t6*gaussym.kernels.generated._runtime.tail(1, _t0, 0) + mu], default=numpy.nan)


def _moment_1(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = _t3**(-1.0)
    _t5 = _t4*sigma**4
    _t6 = 2*_t2*mu/_t3**(3/2)
    _t7 = mu**2
    _t8 = _t2*_t4 + _t7/_t3**2
    return numpy.select([numpy.less(mu/numpy.sqrt(_t3), 0),True], [_t5*gaussym.kernels.generated._runtime.tail(2, _t1, 0) + _t6*gaussym.kernels.generated._runtime.tail(1, _t1, 0) + _t8*gaussym.kernels.generated._runtime.tail(0, _t1, 0),_t2 - _t5*gaussym.kernels.generated._runtime.tail(2, _t0, 0) + _t6*gaussym.kernels.generated._runtime.tail(1, _t0, 0) + _t7 - _t8*gaussym.kernels.generated._runtime.tail(0, _t0, 0)], default=numpy.nan)


def _moment_2(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = sigma**6/_t3**(3/2)
    _t5 = 3/_t3**2
    _t6 = _t5*mu
    _t7 = _t6*sigma**4
    _t8 = mu**3
    _t9 = _t2*_t6 + _t8/_t3**3
    _t10 = 1/numpy.sqrt(_t3)
    _t11 = 3*_t2
    _t12 = _t10*_t2*(_t11/_t3 + _t5*mu**2)
    return numpy.select([numpy.less(_t10*mu, 0),True], [_t12*gaussym.kernels.generated._runtime.tail(1, _t1, 0) + _t4*gaussym.kernels.generated._runtime.tail(3, _t1, 0) + _t7*gaussym.kernels.generated._runtime.tail(2, _t1, 0) + _t9*gaussym.kernels.generated._runtime.tail(0, _t1, 0),_t11*mu + _t12*gaussym.kernels.generated._runtime.tail(1, _t0, 0) + _t4*gaussym.kernels.generated._runtime.tail(3, _t0, 0) - _t7*gaussym.kernels.generated._runtime.tail(2, _t0, 0) + _t8 - _t9*gaussym.kernels.generated._runtime.tail(0, _t0, 0)], default=numpy.nan)


def _moment_3(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = _t3**(-2.0)
    _t5 = _t4*sigma**8
    _t6 = 4*mu*sigma**6/_t3**(5/2)
    _t7 = sigma**4
    _t8 = _t3**(-1.0)
    _t9 = 6*mu**2
    _t10 = _t7*_t8*(6*_t2*_t8 + _t4*_t9)
    _t11 = 1/numpy.sqrt(_t3)
    _t12 = _t3**(-3.0)
    _t13 = _t11*_t2*(4*_t12*mu**3 + 12*_t2*_t4*mu)
    _t14 = mu**4
    _t15 = 3*_t7
    _t16 = _t2*_t9
    _t17 = _t12*_t16 + _t14/_t3**4 + _t15*_t4
    return numpy.select([numpy.less(_t11*mu, 0),True], [_t10*gaussym.kernels.generated._runtime.tail(2, _t1, 0) + _t13*gaussym.kernels.generated._runtime.tail(1, _t1, 0) + _t17*gaussym.kernels.generated._runtime.tail(0, _t1, 0) + _t5*gaussym.kernels.generated._runtime.tail(4, _t1, 0) + _t6*gaussym.kernels.generated._runtime.tail(3, _t1, 0),-_t10*gaussym.kernels.generated._runtime.tail(2, _t0, 0) + _t13*gaussym.kernels.generated._runtime.tail(1, _t0, 0) + _t14 + _t15 + _t16 - _t17*gaussym.kernels.generated._runtime.tail(0, _t0, 0) - _t5*gaussym.kernels.generated._runtime.tail(4, _t0, 0) + _t6*gaussym.kernels.generated._runtime.tail(3, _t0, 0)], default=numpy.nan)


def _moment_4(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = sigma**10/_t3**(5/2)
    _t5 = _t3**(-3.0)
    _t6 = 5*_t5*mu*sigma**8
    _t7 = mu**2
    _t8 = _t3**(-2.0)
    _t9 = _t3**(-1.0)
    _t10 = sigma**6*(10*_t2*_t9 + 10*_t7*_t8)/_t3**(3/2)
    _t11 = sigma**4
    _t12 = 10*mu**3
    _t13 = 30*_t2
    _t14 = _t11*_t9*(_t12*_t5 + _t13*_t8*mu)
    _t15 = mu**5
    _t16 = 15*_t11
    _t17 = _t16*mu
    _t18 = _t3**(-4.0)
    _t19 = _t12*_t2
    _t20 = _t15/_t3**5 + _t17*_t5 + _t18*_t19
    _t21 = 1/numpy.sqrt(_t3)
    _t22 = _t2*_t21*(_t13*_t5*_t7 + _t16*_t8 + 5*_t18*mu**4)
    return numpy.select([numpy.less(_t21*mu, 0),True], [_t10*gaussym.kernels.generated._runtime.tail(3, _t1, 0) + _t14*gaussym.kernels.generated._runtime.tail(2, _t1, 0) + _t20*gaussym.kernels.generated._runtime.tail(0, _t1, 0) + _t22*gaussym.kernels.generated._runtime.tail(1, _t1, 0) + _t4*gaussym.kernels.generated._runtime.tail(5, _t1, 0) + _t6*gaussym.kernels.generated._runtime.tail(4, _t1, 0),_t10*gaussym.kernels.generated._runtime.tail(3, _t0, 0) - _t14*gaussym.kernels.generated._runtime.tail(2, _t0, 0) + _t15 + _t17 + _t19 - _t20*gaussym.kernels.generated._runtime.tail(0, _t0, 0) + _t22*gaussym.kernels.generated._runtime.tail(1, _t0, 0) + _t4*gaussym.kernels.generated._runtime.tail(5, _t0, 0) - _t6*gaussym.kernels.generated._runtime.tail(4, _t0, 0)], default=numpy.nan)


def _moment_5(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = _t3**(-3.0)
    _t5 = _t4*sigma**12
    _t6 = 6*mu*sigma**10/_t3**(7/2)
    _t7 = _t3**(-2.0)
    _t8 = mu**2
    _t9 = _t3**(-1.0)
    _t10 = _t7*sigma**8*(15*_t2*_t9 + 15*_t7*_t8)
    _t11 = sigma**6
    _t12 = mu**3
    _t13 = 60*_t2
    _t14 = _t11*(20*_t12*_t4 + _t13*_t7*mu)/_t3**(3/2)
    _t15 = sigma**4
    _t16 = _t3**(-4.0)
    _t17 = 15*mu**4
    _t18 = 45*_t15
    _t19 = 90*_t4
    _t20 = _t15*_t9*(_t16*_t17 + _t18*_t7 + _t19*_t2*_t8)
    _t21 = 1/numpy.sqrt(_t3)
    _t22 = _t3**(-5.0)
    _t23 = _t2*_t21*(_t12*_t13*_t16 + _t15*_t19*mu + 6*_t22*mu**5)
    _t24 = mu**6
    _t25 = 15*_t11
    _t26 = _t18*_t8
    _t27 = _t17*_t2
    _t28 = _t16*_t26 + _t22*_t27 + _t24/_t3**6 + _t25*_t4
    return numpy.select([numpy.less(_t21*mu, 0),True], [_t10*gaussym.kernels.generated._runtime.tail(4, _t1, 0) + _t14*gaussym.kernels.generated._runtime.tail(3, _t1, 0) + _t20*gaussym.kernels.generated._runtime.tail(2, _t1, 0) + _t23*gaussym.kernels.generated._runtime.tail(1, _t1, 0) + _t28*gaussym.kernels.generated._runtime.tail(0, _t1, 0) + _t5*gaussym.kernels.generated._runtime.tail(6, _t1, 0) + _t6*gaussym.kernels.generated._runtime.tail(5, _t1, 0),-_t10*gaussym.kernels.generated._runtime.tail(4, _t0, 0) + _t14*gaussym.kernels.generated._runtime.tail(3, _t0, 0) - _t20*gaussym.kernels.generated._runtime.tail(2, _t0, 0) + _t23*gaussym.kernels.generated._runtime.tail(1, _t0, 0) + _t24 + _t25 + _t26 + _t27 - _t28*gaussym.kernels.generated._runtime.tail(0, _t0, 0) - _t5*gaussym.kernels.generated._runtime.tail(6, _t0, 0) + _t6*gaussym.kernels.generated._runtime.tail(5, _t0, 0)], default=numpy.nan)


def _moment_6(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = sigma**14/_t3**(7/2)
    _t5 = _t3**(-4.0)
    _t6 = 7*_t5*mu*sigma**12
    _t7 = mu**2
    _t8 = _t3**(-2.0)
    _t9 = _t3**(-1.0)
    _t10 = sigma**10*(21*_t2*_t9 + 21*_t7*_t8)/_t3**(5/2)
    _t11 = mu**3
    _t12 = _t3**(-3.0)
    _t13 = 105*_t2
    _t14 = _t8*sigma**8*(35*_t11*_t12 + _t13*_t8*mu)
    _t15 = sigma**6
    _t16 = mu**4
    _t17 = sigma**4
    _t18 = 105*_t17
    _t19 = 210*_t2
    _t20 = _t15*(_t12*_t19*_t7 + 35*_t16*_t5 + _t18*_t8)/_t3**(3/2)
    _t21 = _t3**(-5.0)
    _t22 = 21*mu**5
    _t23 = 315*_t17
    _t24 = _t17*_t9*(_t11*_t19*_t5 + _t12*_t23*mu + _t21*_t22)
    _t25 = mu**7
    _t26 = 105*_t15
    _t27 = _t26*mu
    _t28 = _t11*_t18
    _t29 = _t3**(-6.0)
    _t30 = _t2*_t22
    _t31 = _t21*_t28 + _t25/_t3**7 + _t27*_t5 + _t29*_t30
    _t32 = 1/numpy.sqrt(_t3)
    _t33 = _t2*_t32*(_t12*_t26 + _t13*_t16*_t21 + _t23*_t5*_t7 + 7*_t29*mu**6)
    return numpy.select([numpy.less(_t32*mu, 0),True], [_t10*gaussym.kernels.generated._runtime.tail(5, _t1, 0) + _t14*gaussym.kernels.generated._runtime.tail(4, _t1, 0) + _t20*gaussym.kernels.generated._runtime.tail(3, _t1, 0) + _t24*gaussym.kernels.generated._runtime.tail(2, _t1, 0) + _t31*gaussym.kernels.generated._runtime.tail(0, _t1, 0) + _t33*gaussym.kernels.generated._runtime.tail(1, _t1, 0) + _t4*gaussym.kernels.generated._runtime.tail(7, _t1, 0) + _t6*gaussym.kernels.generated._runtime.tail(6, _t1, 0),_t10*gaussym.kernels.generated._runtime.tail(5, _t0, 0) - _t14*gaussym.kernels.generated._runtime.tail(4, _t0, 0) + _t20*gaussym.kernels.generated._runtime.tail(3, _t0, 0) - _t24*gaussym.kernels.generated._runtime.tail(2, _t0, 0) + _t25 + _t27 + _t28 + _t30 - _t31*gaussym.kernels.generated._runtime.tail(0, _t0, 0) + _t33*gaussym.kernels.generated._runtime.tail(1, _t0, 0) + _t4*gaussym.kernels.generated._runtime.tail(7, _t0, 0) - _t6*gaussym.kernels.generated._runtime.tail(6, _t0, 0)], default=numpy.nan)


def _moment_7(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = _t3**(-4.0)
    _t5 = _t4*sigma**16
    _t6 = 8*mu*sigma**14/_t3**(9/2)
    _t7 = _t3**(-3.0)
    _t8 = mu**2
    _t9 = _t3**(-2.0)
    _t10 = _t3**(-1.0)
    _t11 = _t7*sigma**12*(28*_t10*_t2 + 28*_t8*_t9)
    _t12 = mu**3
    _t13 = 168*_t2
    _t14 = sigma**10*(56*_t12*_t7 + _t13*_t9*mu)/_t3**(5/2)
    _t15 = sigma**8
    _t16 = mu**4
    _t17 = sigma**4
    _t18 = 210*_t17
    _t19 = 420*_t2
    _t20 = _t15*_t9*(70*_t16*_t4 + _t18*_t9 + _t19*_t7*_t8)
    _t21 = sigma**6
    _t22 = mu**5
    _t23 = _t3**(-5.0)
    _t24 = 840*mu
    _t25 = _t21*(560*_t12*_t2*_t4 + _t17*_t24*_t7 + 56*_t22*_t23)/_t3**(3/2)
    _t26 = _t3**(-6.0)
    _t27 = 28*mu**6
    _t28 = 420*_t21
    _t29 = _t10*_t17*(_t16*_t19*_t23 + 1260*_t17*_t4*_t8 + _t26*_t27 + _t28*_t7)
    _t30 = 1/numpy.sqrt(_t3)
    _t31 = _t3**(-7.0)
    _t32 = _t2*_t30*(840*_t12*_t17*_t23 + _t13*_t22*_t26 + _t21*_t24*_t4 + 8*_t31*mu**7)
    _t33 = mu**8
    _t34 = 105*_t15
    _t35 = _t28*_t8
    _t36 = _t16*_t18
    _t37 = _t2*_t27
    _t38 = _t23*_t35 + _t26*_t36 + _t31*_t37 + _t34*_t4 + _t33/_t3**8
    return numpy.select([numpy.less(_t30*mu, 0),True], [_t11*gaussym.kernels.generated._runtime.tail(6, _t1, 0) + _t14*gaussym.kernels.generated._runtime.tail(5, _t1, 0) + _t20*gaussym.kernels.generated._runtime.tail(4, _t1, 0) + _t25*gaussym.kernels.generated._runtime.tail(3, _t1, 0) + _t29*gaussym.kernels.generated._runtime.tail(2, _t1, 0) + _t32*gaussym.kernels.generated._runtime.tail(1, _t1, 0) + _t38*gaussym.kernels.generated._runtime.tail(0, _t1, 0) + _t5*gaussym.kernels.generated._runtime.tail(8, _t1, 0) + _t6*gaussym.kernels.generated._runtime.tail(7, _t1, 0),-_t11*gaussym.kernels.generated._runtime.tail(6, _t0, 0) + _t14*gaussym.kernels.generated._runtime.tail(5, _t0, 0) - _t20*gaussym.kernels.generated._runtime.tail(4, _t0, 0) + _t25*gaussym.kernels.generated._runtime.tail(3, _t0, 0) - _t29*gaussym.kernels.generated._runtime.tail(2, _t0, 0) + _t32*gaussym.kernels.generated._runtime.tail(1, _t0, 0) + _t33 + _t34 + _t35 + _t36 + _t37 - _t38*gaussym.kernels.generated._runtime.tail(0, _t0, 0) - _t5*gaussym.kernels.generated._runtime.tail(8, _t0, 0) + _t6*gaussym.kernels.generated._runtime.tail(7, _t0, 0)], default=numpy.nan)


def _moment_8(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = sigma**18/_t3**(9/2)
    _t5 = _t3**(-5.0)
    _t6 = 9*_t5*mu*sigma**16
    _t7 = mu**2
    _t8 = _t3**(-2.0)
    _t9 = _t3**(-1.0)
    _t10 = sigma**14*(36*_t2*_t9 + 36*_t7*_t8)/_t3**(7/2)
    _t11 = _t3**(-3.0)
    _t12 = mu**3
    _t13 = 252*_t2
    _t14 = _t11*sigma**12*(84*_t11*_t12 + _t13*_t8*mu)
    _t15 = mu**4
    _t16 = _t3**(-4.0)
    _t17 = sigma**4
    _t18 = 378*_t17
    _t19 = 756*_t2
    _t20 = sigma**10*(_t11*_t19*_t7 + 126*_t15*_t16 + _t18*_t8)/_t3**(5/2)
    _t21 = sigma**8
    _t22 = mu**5
    _t23 = 1890*_t17
    _t24 = 1260*_t2
    _t25 = _t21*_t8*(_t11*_t23*mu + _t12*_t16*_t24 + 126*_t22*_t5)
    _t26 = sigma**6
    _t27 = mu**6
    _t28 = _t3**(-6.0)
    _t29 = 1260*_t26
    _t30 = 3780*_t17
    _t31 = _t26*(_t11*_t29 + _t15*_t24*_t5 + _t16*_t30*_t7 + 84*_t27*_t28)/_t3**(3/2)
    _t32 = _t3**(-7.0)
    _t33 = 36*mu**7
    _t34 = 3780*_t26
    _t35 = _t17*_t9*(_t12*_t30*_t5 + _t16*_t34*mu + _t19*_t22*_t28 + _t32*_t33)
    _t36 = mu**9
    _t37 = 945*_t21
    _t38 = _t37*mu
    _t39 = _t12*_t29
    _t40 = _t18*_t22
    _t41 = _t3**(-8.0)
    _t42 = _t2*_t33
    _t43 = _t28*_t39 + _t32*_t40 + _t38*_t5 + _t41*_t42 + _t36/_t3**9
    _t44 = 1/numpy.sqrt(_t3)
    _t45 = _t2*_t44*(_t13*_t27*_t32 + _t15*_t23*_t28 + _t16*_t37 + _t34*_t5*_t7 + 9*_t41*mu**8)
    return numpy.select([numpy.less(_t44*mu, 0),True], [_t10*gaussym.kernels.generated._runtime.tail(7, _t1, 0) + _t14*gaussym.kernels.generated._runtime.tail(6, _t1, 0) + _t20*gaussym.kernels.generated._runtime.tail(5, _t1, 0) + _t25*gaussym.kernels.generated._runtime.tail(4, _t1, 0) + _t31*gaussym.kernels.generated._runtime.tail(3, _t1, 0) + _t35*gaussym.kernels.generated._runtime.tail(2, _t1, 0) + _t4*gaussym.kernels.generated._runtime.tail(9, _t1, 0) + _t43*gaussym.kernels.generated._runtime.tail(0, _t1, 0) + _t45*gaussym.kernels.generated._runtime.tail(1, _t1, 0) + _t6*gaussym.kernels.generated._runtime.tail(8, _t1, 0),_t10*gaussym.kernels.generated._runtime.tail(7, _t0, 0) - _t14*gaussym.kernels.generated._runtime.tail(6, _t0, 0) + _t20*gaussym.kernels.generated._runtime.tail(5, _t0, 0) - _t25*gaussym.kernels.generated._runtime.tail(4, _t0, 0) + _t31*gaussym.kernels.generated._runtime.tail(3, _t0, 0) - _t35*gaussym.kernels.generated._runtime.tail(2, _t0, 0) + _t36 + _t38 + _t39 + _t4*gaussym.kernels.generated._runtime.tail(9, _t0, 0) + _t40 + _t42 - _t43*gaussym.kernels.generated._runtime.tail(0, _t0, 0) + _t45*gaussym.kernels.generated._runtime.tail(1, _t0, 0) - _t6*gaussym.kernels.generated._runtime.tail(8, _t0, 0)], default=numpy.nan)


def _moment_9(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = _t3**(-5.0)
    _t5 = _t4*sigma**20
    _t6 = 10*mu*sigma**18/_t3**(11/2)
    _t7 = _t3**(-4.0)
    _t8 = mu**2
    _t9 = _t3**(-2.0)
    _t10 = _t3**(-1.0)
    _t11 = _t7*sigma**16*(45*_t10*_t2 + 45*_t8*_t9)
    _t12 = mu**3
    _t13 = _t3**(-3.0)
    _t14 = 360*_t2
    _t15 = sigma**14*(120*_t12*_t13 + _t14*_t9*mu)/_t3**(7/2)
    _t16 = mu**4
    _t17 = sigma**4
    _t18 = 630*_t17
    _t19 = 1260*_t2
    _t20 = _t13*sigma**12*(_t13*_t19*_t8 + 210*_t16*_t7 + _t18*_t9)
    _t21 = sigma**10
    _t22 = mu**5
    _t23 = 3780*_t17
    _t24 = 2520*_t2
    _t25 = _t21*(_t12*_t24*_t7 + _t13*_t23*mu + 252*_t22*_t4)/_t3**(5/2)
    _t26 = sigma**8
    _t27 = mu**6
    _t28 = _t3**(-6.0)
    _t29 = sigma**6
    _t30 = 3150*_t29
    _t31 = 9450*_t17
    _t32 = _t26*_t9*(_t13*_t30 + 3150*_t16*_t2*_t4 + 210*_t27*_t28 + _t31*_t7*_t8)
    _t33 = mu**7
    _t34 = _t3**(-7.0)
    _t35 = 12600*_t29
    _t36 = _t29*(12600*_t12*_t17*_t4 + _t22*_t24*_t28 + 120*_t33*_t34 + _t35*_t7*mu)/_t3**(3/2)
    _t37 = _t3**(-8.0)
    _t38 = 45*mu**8
    _t39 = 4725*_t26
    _t40 = _t10*_t17*(_t16*_t28*_t31 + _t19*_t27*_t34 + 18900*_t29*_t4*_t8 + _t37*_t38 + _t39*_t7)
    _t41 = 1/numpy.sqrt(_t3)
    _t42 = _t3**(-9.0)
    _t43 = _t2*_t41*(_t12*_t28*_t35 + _t14*_t33*_t37 + _t22*_t23*_t34 + 9450*_t26*_t4*mu + 10*_t42*mu**9)
    _t44 = mu**10
    _t45 = 945*_t21
    _t46 = _t39*_t8
    _t47 = _t16*_t30
    _t48 = _t18*_t27
    _t49 = _t2*_t38
    _t50 = _t28*_t46 + _t34*_t47 + _t37*_t48 + _t4*_t45 + _t42*_t49 + _t44/_t3**10
    return numpy.select([numpy.less(_t41*mu, 0),True], [_t11*gaussym.kernels.generated._runtime.tail(8, _t1, 0) + _t15*gaussym.kernels.generated._runtime.tail(7, _t1, 0) + _t20*gaussym.kernels.generated._runtime.tail(6, _t1, 0) + _t25*gaussym.kernels.generated._runtime.tail(5, _t1, 0) + _t32*gaussym.kernels.generated._runtime.tail(4, _t1, 0) + _t36*gaussym.kernels.generated._runtime.tail(3, _t1, 0) + _t40*gaussym.kernels.generated._runtime.tail(2, _t1, 0) + _t43*gaussym.kernels.generated._runtime.tail(1, _t1, 0) + _t5*gaussym.kernels.generated._runtime.tail(10, _t1, 0) + _t50*gaussym.kernels.generated._runtime.tail(0, _t1, 0) + _t6*gaussym.kernels.generated._runtime.tail(9, _t1, 0),-_t11*gaussym.kernels.generated._runtime.tail(8, _t0, 0) + _t15*gaussym.kernels.generated._runtime.tail(7, _t0, 0) - _t20*gaussym.kernels.generated._runtime.tail(6, _t0, 0) + _t25*gaussym.kernels.generated._runtime.tail(5, _t0, 0) - _t32*gaussym.kernels.generated._runtime.tail(4, _t0, 0) + _t36*gaussym.kernels.generated._runtime.tail(3, _t0, 0) - _t40*gaussym.kernels.generated._runtime.tail(2, _t0, 0) + _t43*gaussym.kernels.generated._runtime.tail(1, _t0, 0) + _t44 + _t45 + _t46 + _t47 + _t48 + _t49 - _t5*gaussym.kernels.generated._runtime.tail(10, _t0, 0) - _t50*gaussym.kernels.generated._runtime.tail(0, _t0, 0) + _t6*gaussym.kernels.generated._runtime.tail(9, _t0, 0)], default=numpy.nan)


def _moment_10(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = sigma**22/_t3**(11/2)
    _t5 = _t3**(-6.0)
    _t6 = 11*_t5*mu*sigma**20
    _t7 = mu**2
    _t8 = _t3**(-2.0)
    _t9 = _t3**(-1.0)
    _t10 = sigma**18*(55*_t2*_t9 + 55*_t7*_t8)/_t3**(9/2)
    _t11 = _t3**(-4.0)
    _t12 = mu**3
    _t13 = _t3**(-3.0)
    _t14 = 495*_t2
    _t15 = _t11*sigma**16*(165*_t12*_t13 + _t14*_t8*mu)
    _t16 = mu**4
    _t17 = sigma**4
    _t18 = 990*_t17
    _t19 = 1980*_t2
    _t20 = sigma**14*(330*_t11*_t16 + _t13*_t19*_t7 + _t18*_t8)/_t3**(7/2)
    _t21 = mu**5
    _t22 = _t3**(-5.0)
    _t23 = 6930*_t17
    _t24 = 4620*_t2
    _t25 = _t13*sigma**12*(_t11*_t12*_t24 + _t13*_t23*mu + 462*_t21*_t22)
    _t26 = sigma**10
    _t27 = mu**6
    _t28 = sigma**6
    _t29 = 6930*_t28
    _t30 = 20790*_t17
    _t31 = 6930*_t2
    _t32 = _t26*(_t11*_t30*_t7 + _t13*_t29 + _t16*_t22*_t31 + 462*_t27*_t5)/_t3**(5/2)
    _t33 = sigma**8
    _t34 = mu**7
    _t35 = _t3**(-7.0)
    _t36 = _t33*_t8*(34650*_t11*_t28*mu + 34650*_t12*_t17*_t22 + _t21*_t31*_t5 + 330*_t34*_t35)
    _t37 = mu**8
    _t38 = _t3**(-8.0)
    _t39 = 17325*_t33
    _t40 = 69300*_t28
    _t41 = 34650*_t16
    _t42 = _t28*(_t11*_t39 + _t17*_t41*_t5 + _t22*_t40*_t7 + _t24*_t27*_t35 + 165*_t37*_t38)/_t3**(3/2)
    _t43 = _t3**(-9.0)
    _t44 = 55*mu**9
    _t45 = 51975*_t33
    _t46 = _t17*_t9*(_t12*_t40*_t5 + _t19*_t34*_t38 + _t21*_t30*_t35 + _t22*_t45*mu + _t43*_t44)
    _t47 = mu**11
    _t48 = 10395*_t26
    _t49 = _t48*mu
    _t50 = _t12*_t39
    _t51 = _t21*_t29
    _t52 = _t18*_t34
    _t53 = _t3**(-10.0)
    _t54 = _t2*_t44
    _t55 = _t35*_t50 + _t38*_t51 + _t43*_t52 + _t49*_t5 + _t53*_t54 + _t47/_t3**11
    _t56 = 1/numpy.sqrt(_t3)
    _t57 = _t2*_t56*(_t14*_t37*_t43 + _t22*_t48 + _t23*_t27*_t38 + _t28*_t35*_t41 + _t45*_t5*_t7 + 11*_t53*mu**10)
    return numpy.select([numpy.less(_t56*mu, 0),True], [_t10*gaussym.kernels.generated._runtime.tail(9, _t1, 0) + _t15*gaussym.kernels.generated._runtime.tail(8, _t1, 0) + _t20*gaussym.kernels.generated._runtime.tail(7, _t1, 0) + _t25*gaussym.kernels.generated._runtime.tail(6, _t1, 0) + _t32*gaussym.kernels.generated._runtime.tail(5, _t1, 0) + _t36*gaussym.kernels.generated._runtime.tail(4, _t1, 0) + _t4*gaussym.kernels.generated._runtime.tail(11, _t1, 0) + _t42*gaussym.kernels.generated._runtime.tail(3, _t1, 0) + _t46*gaussym.kernels.generated._runtime.tail(2, _t1, 0) + _t55*gaussym.kernels.generated._runtime.tail(0, _t1, 0) + _t57*gaussym.kernels.generated._runtime.tail(1, _t1, 0) + _t6*gaussym.kernels.generated._runtime.tail(10, _t1, 0),_t10*gaussym.kernels.generated._runtime.tail(9, _t0, 0) - _t15*gaussym.kernels.generated._runtime.tail(8, _t0, 0) + _t20*gaussym.kernels.generated._runtime.tail(7, _t0, 0) - _t25*gaussym.kernels.generated._runtime.tail(6, _t0, 0) + _t32*gaussym.kernels.generated._runtime.tail(5, _t0, 0) - _t36*gaussym.kernels.generated._runtime.tail(4, _t0, 0) + _t4*gaussym.kernels.generated._runtime.tail(11, _t0, 0) + _t42*gaussym.kernels.generated._runtime.tail(3, _t0, 0) - _t46*gaussym.kernels.generated._runtime.tail(2, _t0, 0) + _t47 + _t49 + _t50 + _t51 + _t52 + _t54 - _t55*gaussym.kernels.generated._runtime.tail(0, _t0, 0) + _t57*gaussym.kernels.generated._runtime.tail(1, _t0, 0) - _t6*gaussym.kernels.generated._runtime.tail(10, _t0, 0)], default=numpy.nan)


def _derivative_0(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = mu/_t3
    _t5 = 1/numpy.sqrt(_t3)
    _t6 = _t2*_t5
    return numpy.select([numpy.less(_t5*mu, 0),True], [_t4*gaussym.kernels.generated._runtime.tail(0, _t1, 0) + _t6*gaussym.kernels.generated._runtime.tail(1, _t1, 0),-_t4*gaussym.kernels.generated._runtime.tail(0, _t0, 0) + _t6*gaussym.kernels.generated._runtime.tail(1, _t0, 0) + mu], default=numpy.nan)


def _derivative_1(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma)
    _t1 = sigma**2
    _t2 = _t1 + 1
    _t3 = mu*gaussym.kernels.generated._runtime.norm_pdf(_t0)/_t2**(3/2)
    _t4 = _t2**(-1.0)
    _t5 = _t4*gaussym.kernels.generated._runtime.tail(0, -_t0, 0)
    _t6 = _t4*gaussym.kernels.generated._runtime.tail(0, _t0, 0)
    return numpy.select([numpy.less(mu/numpy.sqrt(_t2), 0),True], [_t1*_t5 + _t3 + _t5,-_t1*_t6 + _t3 - _t6 + 1], default=numpy.nan)


def _derivative_2(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma))
    _t3 = _t2/_t1**(3/2)
    return _t0*_t3 + 2*_t3 - _t2*mu**2/_t1**(5/2)


def _derivative_3(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma))
    _t1 = sigma**2
    _t2 = _t1 + 1
    _t3 = _t0*mu/_t2**(5/2)
    return _t0*mu**3/_t2**(7/2) - _t1*_t3 - 4*_t3


def _derivative_4(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma))
    _t3 = _t2/_t1**(5/2)
    _t4 = mu**2
    _t5 = _t1**(-7/2)
    return _t0*_t2*_t4*_t5 - _t0*_t3 + 7*_t2*_t4*_t5 - 4*_t3 - _t2*mu**4/_t1**(9/2)


def _derivative_5(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma))
    _t1 = sigma**2
    _t2 = _t1 + 1
    _t3 = _t0*mu/_t2**(7/2)
    _t4 = _t0*mu**3/_t2**(9/2)
    return _t0*mu**5/_t2**(11/2) + 3*_t1*_t3 - _t1*_t4 + 18*_t3 - 11*_t4


def _derivative_6(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma))
    _t3 = _t2/_t1**(7/2)
    _t4 = _t2*mu**2/_t1**(9/2)
    _t5 = _t2*mu**4/_t1**(11/2)
    return 3*_t0*_t3 - 6*_t0*_t4 + _t0*_t5 + 18*_t3 - 51*_t4 + 16*_t5 - _t2*mu**6/_t1**(13/2)


def _derivative_7(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma))
    _t1 = sigma**2
    _t2 = _t1 + 1
    _t3 = _t0*mu/_t2**(9/2)
    _t4 = mu**3
    _t5 = _t2**(-11/2)
    _t6 = _t0*mu**5/_t2**(13/2)
    return 10*_t0*_t1*_t4*_t5 + 115*_t0*_t4*_t5 + _t0*mu**7/_t2**(15/2) - 15*_t1*_t3 - _t1*_t6 - 120*_t3 - 22*_t6


def _derivative_8(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma))
    _t3 = _t2/_t1**(9/2)
    _t4 = mu**2
    _t5 = _t1**(-11/2)
    _t6 = _t2*mu**4/_t1**(13/2)
    _t7 = mu**6
    _t8 = _t1**(-15/2)
    _t9 = 15*_t0
    return 45*_t0*_t2*_t4*_t5 + _t0*_t2*_t7*_t8 + 465*_t2*_t4*_t5 + 29*_t2*_t7*_t8 - _t3*_t9 - 120*_t3 - _t6*_t9 - 225*_t6 - _t2*mu**8/_t1**(17/2)


def _derivative_9(mu, sigma):
    _t0 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma))
    _t1 = sigma**2
    _t2 = _t1 + 1
    _t3 = _t0*mu/_t2**(11/2)
    _t4 = _t0*mu**3/_t2**(13/2)
    _t5 = _t0*mu**5/_t2**(15/2)
    _t6 = _t0*mu**7/_t2**(17/2)
    _t7 = 105*_t1
    return _t0*mu**9/_t2**(19/2) + 21*_t1*_t5 - _t1*_t6 + _t3*_t7 + 1050*_t3 - _t4*_t7 - 1365*_t4 + 399*_t5 - 37*_t6


def _derivative_10(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.sqrt_quotient(mu, 1, sigma))
    _t3 = _t2/_t1**(11/2)
    _t4 = _t2*mu**2/_t1**(13/2)
    _t5 = _t2*mu**4/_t1**(15/2)
    _t6 = _t2*mu**6/_t1**(17/2)
    _t7 = _t2*mu**8/_t1**(19/2)
    return 105*_t0*_t3 - 420*_t0*_t4 + 210*_t0*_t5 - 28*_t0*_t6 + _t0*_t7 + 1050*_t3 - 5145*_t4 + 3360*_t5 - 658*_t6 + 46*_t7 - _t2*mu**10/_t1**(21/2)


def _activation_mp(x):
    return x*mpmath.ncdf(x)


def _act_derivative_mp_0(x):
    return x*mpmath.ncdf(x)


def _act_derivative_mp_1(x):
    return x*mpmath.npdf(x) + mpmath.ncdf(x)


def _act_derivative_mp_2(x):
    _t0 = mpmath.npdf(x)
    return -_t0*x**2 + 2*_t0


def _act_derivative_mp_3(x):
    _t0 = mpmath.npdf(x)
    return _t0*x**3 - 4*_t0*x


def _act_derivative_mp_4(x):
    _t0 = mpmath.npdf(x)
    return -_t0*x**4 + 7*_t0*x**2 - 4*_t0


def _act_derivative_mp_5(x):
    _t0 = mpmath.npdf(x)
    return _t0*x**5 - 11*_t0*x**3 + 18*_t0*x


def _act_derivative_mp_6(x):
    _t0 = mpmath.npdf(x)
    return -_t0*x**6 + 16*_t0*x**4 - 51*_t0*x**2 + 18*_t0


def _act_derivative_mp_7(x):
    _t0 = mpmath.npdf(x)
    return _t0*x**7 - 22*_t0*x**5 + 115*_t0*x**3 - 120*_t0*x


def _act_derivative_mp_8(x):
    _t0 = mpmath.npdf(x)
    return -_t0*x**8 + 29*_t0*x**6 - 225*_t0*x**4 + 465*_t0*x**2 - 120*_t0


def _act_derivative_mp_9(x):
    _t0 = mpmath.npdf(x)
    return _t0*x**9 - 37*_t0*x**7 + 399*_t0*x**5 - 1365*_t0*x**3 + 1050*_t0*x


def _act_derivative_mp_10(x):
    _t0 = mpmath.npdf(x)
    return -_t0*x**10 + 46*_t0*x**8 - 658*_t0*x**6 + 3360*_t0*x**4 - 5145*_t0*x**2 + 1050*_t0


def _moment_mp_0(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + 1)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = mu/_t3
    _t5 = 1/mpmath.sqrt(_t3)
    _t6 = _t2*_t5
    return ((_t4*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(1, _t1, 0)) if (_t5*mu < 0) else (-_t4*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) + mu))


def _moment_mp_1(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + 1)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = 1/_t3
    _t5 = _t4*sigma**4
    _t6 = 2*_t2*mu/_t3**(mpmath.mpf(3)/mpmath.mpf(2))
    _t7 = mu**2
    _t8 = _t2*_t4 + _t7/_t3**2
    return ((_t5*gaussym.kernels.special.gauss_tail_mp(2, _t1, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(1, _t1, 0) + _t8*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0)) if (mu/mpmath.sqrt(_t3) < 0) else (_t2 - _t5*gaussym.kernels.special.gauss_tail_mp(2, _t0, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) + _t7 - _t8*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0)))


def _moment_mp_2(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + 1)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = sigma**6/_t3**(mpmath.mpf(3)/mpmath.mpf(2))
    _t5 = 3/_t3**2
    _t6 = _t5*mu
    _t7 = _t6*sigma**4
    _t8 = mu**3
    _t9 = _t2*_t6 + _t8/_t3**3
    _t10 = 1/mpmath.sqrt(_t3)
    _t11 = 3*_t2
    _t12 = _t10*_t2*(_t11/_t3 + _t5*mu**2)
    return ((_t12*gaussym.kernels.special.gauss_tail_mp(1, _t1, 0) + _t4*gaussym.kernels.special.gauss_tail_mp(3, _t1, 0) + _t7*gaussym.kernels.special.gauss_tail_mp(2, _t1, 0) + _t9*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0)) if (_t10*mu < 0) else (_t11*mu + _t12*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) + _t4*gaussym.kernels.special.gauss_tail_mp(3, _t0, 0) - _t7*gaussym.kernels.special.gauss_tail_mp(2, _t0, 0) + _t8 - _t9*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0)))


def _moment_mp_3(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + 1)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = _t3**(-2)
    _t5 = _t4*sigma**8
    _t6 = 4*mu*sigma**6/_t3**(mpmath.mpf(5)/mpmath.mpf(2))
    _t7 = sigma**4
    _t8 = 1/_t3
    _t9 = 6*mu**2
    _t10 = _t7*_t8*(6*_t2*_t8 + _t4*_t9)
    _t11 = 1/mpmath.sqrt(_t3)
    _t12 = _t3**(-3)
    _t13 = _t11*_t2*(4*_t12*mu**3 + 12*_t2*_t4*mu)
    _t14 = mu**4
    _t15 = 3*_t7
    _t16 = _t2*_t9
    _t17 = _t12*_t16 + _t14/_t3**4 + _t15*_t4
    return ((_t10*gaussym.kernels.special.gauss_tail_mp(2, _t1, 0) + _t13*gaussym.kernels.special.gauss_tail_mp(1, _t1, 0) + _t17*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0) + _t5*gaussym.kernels.special.gauss_tail_mp(4, _t1, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(3, _t1, 0)) if (_t11*mu < 0) else (-_t10*gaussym.kernels.special.gauss_tail_mp(2, _t0, 0) + _t13*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) + _t14 + _t15 + _t16 - _t17*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0) - _t5*gaussym.kernels.special.gauss_tail_mp(4, _t0, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(3, _t0, 0)))


def _moment_mp_4(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + 1)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = sigma**10/_t3**(mpmath.mpf(5)/mpmath.mpf(2))
    _t5 = _t3**(-3)
    _t6 = 5*_t5*mu*sigma**8
    _t7 = mu**2
    _t8 = _t3**(-2)
    _t9 = 1/_t3
    _t10 = sigma**6*(10*_t2*_t9 + 10*_t7*_t8)/_t3**(mpmath.mpf(3)/mpmath.mpf(2))
    _t11 = sigma**4
    _t12 = 10*mu**3
    _t13 = 30*_t2
    _t14 = _t11*_t9*(_t12*_t5 + _t13*_t8*mu)
    _t15 = mu**5
    _t16 = 15*_t11
    _t17 = _t16*mu
    _t18 = _t3**(-4)
    _t19 = _t12*_t2
    _t20 = _t15/_t3**5 + _t17*_t5 + _t18*_t19
    _t21 = 1/mpmath.sqrt(_t3)
    _t22 = _t2*_t21*(_t13*_t5*_t7 + _t16*_t8 + 5*_t18*mu**4)
    return ((_t10*gaussym.kernels.special.gauss_tail_mp(3, _t1, 0) + _t14*gaussym.kernels.special.gauss_tail_mp(2, _t1, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0) + _t22*gaussym.kernels.special.gauss_tail_mp(1, _t1, 0) + _t4*gaussym.kernels.special.gauss_tail_mp(5, _t1, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(4, _t1, 0)) if (_t21*mu < 0) else (_t10*gaussym.kernels.special.gauss_tail_mp(3, _t0, 0) - _t14*gaussym.kernels.special.gauss_tail_mp(2, _t0, 0) + _t15 + _t17 + _t19 - _t20*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0) + _t22*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) + _t4*gaussym.kernels.special.gauss_tail_mp(5, _t0, 0) - _t6*gaussym.kernels.special.gauss_tail_mp(4, _t0, 0)))


def _moment_mp_5(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + 1)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = _t3**(-3)
    _t5 = _t4*sigma**12
    _t6 = 6*mu*sigma**10/_t3**(mpmath.mpf(7)/mpmath.mpf(2))
    _t7 = _t3**(-2)
    _t8 = mu**2
    _t9 = 1/_t3
    _t10 = _t7*sigma**8*(15*_t2*_t9 + 15*_t7*_t8)
    _t11 = sigma**6
    _t12 = mu**3
    _t13 = 60*_t2
    _t14 = _t11*(20*_t12*_t4 + _t13*_t7*mu)/_t3**(mpmath.mpf(3)/mpmath.mpf(2))
    _t15 = sigma**4
    _t16 = _t3**(-4)
    _t17 = 15*mu**4
    _t18 = 45*_t15
    _t19 = 90*_t4
    _t20 = _t15*_t9*(_t16*_t17 + _t18*_t7 + _t19*_t2*_t8)
    _t21 = 1/mpmath.sqrt(_t3)
    _t22 = _t3**(-5)
    _t23 = _t2*_t21*(_t12*_t13*_t16 + _t15*_t19*mu + 6*_t22*mu**5)
    _t24 = mu**6
    _t25 = 15*_t11
    _t26 = _t18*_t8
    _t27 = _t17*_t2
    _t28 = _t16*_t26 + _t22*_t27 + _t24/_t3**6 + _t25*_t4
    return ((_t10*gaussym.kernels.special.gauss_tail_mp(4, _t1, 0) + _t14*gaussym.kernels.special.gauss_tail_mp(3, _t1, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(2, _t1, 0) + _t23*gaussym.kernels.special.gauss_tail_mp(1, _t1, 0) + _t28*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0) + _t5*gaussym.kernels.special.gauss_tail_mp(6, _t1, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(5, _t1, 0)) if (_t21*mu < 0) else (-_t10*gaussym.kernels.special.gauss_tail_mp(4, _t0, 0) + _t14*gaussym.kernels.special.gauss_tail_mp(3, _t0, 0) - _t20*gaussym.kernels.special.gauss_tail_mp(2, _t0, 0) + _t23*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) + _t24 + _t25 + _t26 + _t27 - _t28*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0) - _t5*gaussym.kernels.special.gauss_tail_mp(6, _t0, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(5, _t0, 0)))


def _moment_mp_6(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + 1)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = sigma**14/_t3**(mpmath.mpf(7)/mpmath.mpf(2))
    _t5 = _t3**(-4)
    _t6 = 7*_t5*mu*sigma**12
    _t7 = mu**2
    _t8 = _t3**(-2)
    _t9 = 1/_t3
    _t10 = sigma**10*(21*_t2*_t9 + 21*_t7*_t8)/_t3**(mpmath.mpf(5)/mpmath.mpf(2))
    _t11 = mu**3
    _t12 = _t3**(-3)
    _t13 = 105*_t2
    _t14 = _t8*sigma**8*(35*_t11*_t12 + _t13*_t8*mu)
    _t15 = sigma**6
    _t16 = mu**4
    _t17 = sigma**4
    _t18 = 105*_t17
    _t19 = 210*_t2
    _t20 = _t15*(_t12*_t19*_t7 + 35*_t16*_t5 + _t18*_t8)/_t3**(mpmath.mpf(3)/mpmath.mpf(2))
    _t21 = _t3**(-5)
    _t22 = 21*mu**5
    _t23 = 315*_t17
    _t24 = _t17*_t9*(_t11*_t19*_t5 + _t12*_t23*mu + _t21*_t22)
    _t25 = mu**7
    _t26 = 105*_t15
    _t27 = _t26*mu
    _t28 = _t11*_t18
    _t29 = _t3**(-6)
    _t30 = _t2*_t22
    _t31 = _t21*_t28 + _t25/_t3**7 + _t27*_t5 + _t29*_t30
    _t32 = 1/mpmath.sqrt(_t3)
    _t33 = _t2*_t32*(_t12*_t26 + _t13*_t16*_t21 + _t23*_t5*_t7 + 7*_t29*mu**6)
    return ((_t10*gaussym.kernels.special.gauss_tail_mp(5, _t1, 0) + _t14*gaussym.kernels.special.gauss_tail_mp(4, _t1, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(3, _t1, 0) + _t24*gaussym.kernels.special.gauss_tail_mp(2, _t1, 0) + _t31*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0) + _t33*gaussym.kernels.special.gauss_tail_mp(1, _t1, 0) + _t4*gaussym.kernels.special.gauss_tail_mp(7, _t1, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(6, _t1, 0)) if (_t32*mu < 0) else (_t10*gaussym.kernels.special.gauss_tail_mp(5, _t0, 0) - _t14*gaussym.kernels.special.gauss_tail_mp(4, _t0, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(3, _t0, 0) - _t24*gaussym.kernels.special.gauss_tail_mp(2, _t0, 0) + _t25 + _t27 + _t28 + _t30 - _t31*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0) + _t33*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) + _t4*gaussym.kernels.special.gauss_tail_mp(7, _t0, 0) - _t6*gaussym.kernels.special.gauss_tail_mp(6, _t0, 0)))


def _moment_mp_7(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + 1)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = _t3**(-4)
    _t5 = _t4*sigma**16
    _t6 = 8*mu*sigma**14/_t3**(mpmath.mpf(9)/mpmath.mpf(2))
    _t7 = _t3**(-3)
    _t8 = mu**2
    _t9 = _t3**(-2)
    _t10 = 1/_t3
    _t11 = _t7*sigma**12*(28*_t10*_t2 + 28*_t8*_t9)
    _t12 = mu**3
    _t13 = 168*_t2
    _t14 = sigma**10*(56*_t12*_t7 + _t13*_t9*mu)/_t3**(mpmath.mpf(5)/mpmath.mpf(2))
    _t15 = sigma**8
    _t16 = mu**4
    _t17 = sigma**4
    _t18 = 210*_t17
    _t19 = 420*_t2
    _t20 = _t15*_t9*(70*_t16*_t4 + _t18*_t9 + _t19*_t7*_t8)
    _t21 = sigma**6
    _t22 = mu**5
    _t23 = _t3**(-5)
    _t24 = 840*mu
    _t25 = _t21*(560*_t12*_t2*_t4 + _t17*_t24*_t7 + 56*_t22*_t23)/_t3**(mpmath.mpf(3)/mpmath.mpf(2))
    _t26 = _t3**(-6)
    _t27 = 28*mu**6
    _t28 = 420*_t21
    _t29 = _t10*_t17*(_t16*_t19*_t23 + 1260*_t17*_t4*_t8 + _t26*_t27 + _t28*_t7)
    _t30 = 1/mpmath.sqrt(_t3)
    _t31 = _t3**(-7)
    _t32 = _t2*_t30*(840*_t12*_t17*_t23 + _t13*_t22*_t26 + _t21*_t24*_t4 + 8*_t31*mu**7)
    _t33 = mu**8
    _t34 = 105*_t15
    _t35 = _t28*_t8
    _t36 = _t16*_t18
    _t37 = _t2*_t27
    _t38 = _t23*_t35 + _t26*_t36 + _t31*_t37 + _t34*_t4 + _t33/_t3**8
    return ((_t11*gaussym.kernels.special.gauss_tail_mp(6, _t1, 0) + _t14*gaussym.kernels.special.gauss_tail_mp(5, _t1, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(4, _t1, 0) + _t25*gaussym.kernels.special.gauss_tail_mp(3, _t1, 0) + _t29*gaussym.kernels.special.gauss_tail_mp(2, _t1, 0) + _t32*gaussym.kernels.special.gauss_tail_mp(1, _t1, 0) + _t38*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0) + _t5*gaussym.kernels.special.gauss_tail_mp(8, _t1, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(7, _t1, 0)) if (_t30*mu < 0) else (-_t11*gaussym.kernels.special.gauss_tail_mp(6, _t0, 0) + _t14*gaussym.kernels.special.gauss_tail_mp(5, _t0, 0) - _t20*gaussym.kernels.special.gauss_tail_mp(4, _t0, 0) + _t25*gaussym.kernels.special.gauss_tail_mp(3, _t0, 0) - _t29*gaussym.kernels.special.gauss_tail_mp(2, _t0, 0) + _t32*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) + _t33 + _t34 + _t35 + _t36 + _t37 - _t38*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0) - _t5*gaussym.kernels.special.gauss_tail_mp(8, _t0, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(7, _t0, 0)))


def _moment_mp_8(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + 1)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = sigma**18/_t3**(mpmath.mpf(9)/mpmath.mpf(2))
    _t5 = _t3**(-5)
    _t6 = 9*_t5*mu*sigma**16
    _t7 = mu**2
    _t8 = _t3**(-2)
    _t9 = 1/_t3
    _t10 = sigma**14*(36*_t2*_t9 + 36*_t7*_t8)/_t3**(mpmath.mpf(7)/mpmath.mpf(2))
    _t11 = _t3**(-3)
    _t12 = mu**3
    _t13 = 252*_t2
    _t14 = _t11*sigma**12*(84*_t11*_t12 + _t13*_t8*mu)
    _t15 = mu**4
    _t16 = _t3**(-4)
    _t17 = sigma**4
    _t18 = 378*_t17
    _t19 = 756*_t2
    _t20 = sigma**10*(_t11*_t19*_t7 + 126*_t15*_t16 + _t18*_t8)/_t3**(mpmath.mpf(5)/mpmath.mpf(2))
    _t21 = sigma**8
    _t22 = mu**5
    _t23 = 1890*_t17
    _t24 = 1260*_t2
    _t25 = _t21*_t8*(_t11*_t23*mu + _t12*_t16*_t24 + 126*_t22*_t5)
    _t26 = sigma**6
    _t27 = mu**6
    _t28 = _t3**(-6)
    _t29 = 1260*_t26
    _t30 = 3780*_t17
    _t31 = _t26*(_t11*_t29 + _t15*_t24*_t5 + _t16*_t30*_t7 + 84*_t27*_t28)/_t3**(mpmath.mpf(3)/mpmath.mpf(2))
    _t32 = _t3**(-7)
    _t33 = 36*mu**7
    _t34 = 3780*_t26
    _t35 = _t17*_t9*(_t12*_t30*_t5 + _t16*_t34*mu + _t19*_t22*_t28 + _t32*_t33)
    _t36 = mu**9
    _t37 = 945*_t21
    _t38 = _t37*mu
    _t39 = _t12*_t29
    _t40 = _t18*_t22
    _t41 = _t3**(-8)
    _t42 = _t2*_t33
    _t43 = _t28*_t39 + _t32*_t40 + _t38*_t5 + _t41*_t42 + _t36/_t3**9
    _t44 = 1/mpmath.sqrt(_t3)
    _t45 = _t2*_t44*(_t13*_t27*_t32 + _t15*_t23*_t28 + _t16*_t37 + _t34*_t5*_t7 + 9*_t41*mu**8)
    return ((_t10*gaussym.kernels.special.gauss_tail_mp(7, _t1, 0) + _t14*gaussym.kernels.special.gauss_tail_mp(6, _t1, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(5, _t1, 0) + _t25*gaussym.kernels.special.gauss_tail_mp(4, _t1, 0) + _t31*gaussym.kernels.special.gauss_tail_mp(3, _t1, 0) + _t35*gaussym.kernels.special.gauss_tail_mp(2, _t1, 0) + _t4*gaussym.kernels.special.gauss_tail_mp(9, _t1, 0) + _t43*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0) + _t45*gaussym.kernels.special.gauss_tail_mp(1, _t1, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(8, _t1, 0)) if (_t44*mu < 0) else (_t10*gaussym.kernels.special.gauss_tail_mp(7, _t0, 0) - _t14*gaussym.kernels.special.gauss_tail_mp(6, _t0, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(5, _t0, 0) - _t25*gaussym.kernels.special.gauss_tail_mp(4, _t0, 0) + _t31*gaussym.kernels.special.gauss_tail_mp(3, _t0, 0) - _t35*gaussym.kernels.special.gauss_tail_mp(2, _t0, 0) + _t36 + _t38 + _t39 + _t4*gaussym.kernels.special.gauss_tail_mp(9, _t0, 0) + _t40 + _t42 - _t43*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0) + _t45*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) - _t6*gaussym.kernels.special.gauss_tail_mp(8, _t0, 0)))


def _moment_mp_9(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + 1)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = _t3**(-5)
    _t5 = _t4*sigma**20
    _t6 = 10*mu*sigma**18/_t3**(mpmath.mpf(11)/mpmath.mpf(2))
    _t7 = _t3**(-4)
    _t8 = mu**2
    _t9 = _t3**(-2)
    _t10 = 1/_t3
    _t11 = _t7*sigma**16*(45*_t10*_t2 + 45*_t8*_t9)
    _t12 = mu**3
    _t13 = _t3**(-3)
    _t14 = 360*_t2
    _t15 = sigma**14*(120*_t12*_t13 + _t14*_t9*mu)/_t3**(mpmath.mpf(7)/mpmath.mpf(2))
    _t16 = mu**4
    _t17 = sigma**4
    _t18 = 630*_t17
    _t19 = 1260*_t2
    _t20 = _t13*sigma**12*(_t13*_t19*_t8 + 210*_t16*_t7 + _t18*_t9)
    _t21 = sigma**10
    _t22 = mu**5
    _t23 = 3780*_t17
    _t24 = 2520*_t2
    _t25 = _t21*(_t12*_t24*_t7 + _t13*_t23*mu + 252*_t22*_t4)/_t3**(mpmath.mpf(5)/mpmath.mpf(2))
    _t26 = sigma**8
    _t27 = mu**6
    _t28 = _t3**(-6)
    _t29 = sigma**6
    _t30 = 3150*_t29
    _t31 = 9450*_t17
    _t32 = _t26*_t9*(_t13*_t30 + 3150*_t16*_t2*_t4 + 210*_t27*_t28 + _t31*_t7*_t8)
    _t33 = mu**7
    _t34 = _t3**(-7)
    _t35 = 12600*_t29
    _t36 = _t29*(12600*_t12*_t17*_t4 + _t22*_t24*_t28 + 120*_t33*_t34 + _t35*_t7*mu)/_t3**(mpmath.mpf(3)/mpmath.mpf(2))
    _t37 = _t3**(-8)
    _t38 = 45*mu**8
    _t39 = 4725*_t26
    _t40 = _t10*_t17*(_t16*_t28*_t31 + _t19*_t27*_t34 + 18900*_t29*_t4*_t8 + _t37*_t38 + _t39*_t7)
    _t41 = 1/mpmath.sqrt(_t3)
    _t42 = _t3**(-9)
    _t43 = _t2*_t41*(_t12*_t28*_t35 + _t14*_t33*_t37 + _t22*_t23*_t34 + 9450*_t26*_t4*mu + 10*_t42*mu**9)
    _t44 = mu**10
    _t45 = 945*_t21
    _t46 = _t39*_t8
    _t47 = _t16*_t30
    _t48 = _t18*_t27
    _t49 = _t2*_t38
    _t50 = _t28*_t46 + _t34*_t47 + _t37*_t48 + _t4*_t45 + _t42*_t49 + _t44/_t3**10
    return ((_t11*gaussym.kernels.special.gauss_tail_mp(8, _t1, 0) + _t15*gaussym.kernels.special.gauss_tail_mp(7, _t1, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(6, _t1, 0) + _t25*gaussym.kernels.special.gauss_tail_mp(5, _t1, 0) + _t32*gaussym.kernels.special.gauss_tail_mp(4, _t1, 0) + _t36*gaussym.kernels.special.gauss_tail_mp(3, _t1, 0) + _t40*gaussym.kernels.special.gauss_tail_mp(2, _t1, 0) + _t43*gaussym.kernels.special.gauss_tail_mp(1, _t1, 0) + _t5*gaussym.kernels.special.gauss_tail_mp(10, _t1, 0) + _t50*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(9, _t1, 0)) if (_t41*mu < 0) else (-_t11*gaussym.kernels.special.gauss_tail_mp(8, _t0, 0) + _t15*gaussym.kernels.special.gauss_tail_mp(7, _t0, 0) - _t20*gaussym.kernels.special.gauss_tail_mp(6, _t0, 0) + _t25*gaussym.kernels.special.gauss_tail_mp(5, _t0, 0) - _t32*gaussym.kernels.special.gauss_tail_mp(4, _t0, 0) + _t36*gaussym.kernels.special.gauss_tail_mp(3, _t0, 0) - _t40*gaussym.kernels.special.gauss_tail_mp(2, _t0, 0) + _t43*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) + _t44 + _t45 + _t46 + _t47 + _t48 + _t49 - _t5*gaussym.kernels.special.gauss_tail_mp(10, _t0, 0) - _t50*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(9, _t0, 0)))


def _moment_mp_10(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + 1)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = sigma**22/_t3**(mpmath.mpf(11)/mpmath.mpf(2))
    _t5 = _t3**(-6)
    _t6 = 11*_t5*mu*sigma**20
    _t7 = mu**2
    _t8 = _t3**(-2)
    _t9 = 1/_t3
    _t10 = sigma**18*(55*_t2*_t9 + 55*_t7*_t8)/_t3**(mpmath.mpf(9)/mpmath.mpf(2))
    _t11 = _t3**(-4)
    _t12 = mu**3
    _t13 = _t3**(-3)
    _t14 = 495*_t2
    _t15 = _t11*sigma**16*(165*_t12*_t13 + _t14*_t8*mu)
    _t16 = mu**4
    _t17 = sigma**4
    _t18 = 990*_t17
    _t19 = 1980*_t2
    _t20 = sigma**14*(330*_t11*_t16 + _t13*_t19*_t7 + _t18*_t8)/_t3**(mpmath.mpf(7)/mpmath.mpf(2))
    _t21 = mu**5
    _t22 = _t3**(-5)
    _t23 = 6930*_t17
    _t24 = 4620*_t2
    _t25 = _t13*sigma**12*(_t11*_t12*_t24 + _t13*_t23*mu + 462*_t21*_t22)
    _t26 = sigma**10
    _t27 = mu**6
    _t28 = sigma**6
    _t29 = 6930*_t28
    _t30 = 20790*_t17
    _t31 = 6930*_t2
    _t32 = _t26*(_t11*_t30*_t7 + _t13*_t29 + _t16*_t22*_t31 + 462*_t27*_t5)/_t3**(mpmath.mpf(5)/mpmath.mpf(2))
    _t33 = sigma**8
    _t34 = mu**7
    _t35 = _t3**(-7)
    _t36 = _t33*_t8*(34650*_t11*_t28*mu + 34650*_t12*_t17*_t22 + _t21*_t31*_t5 + 330*_t34*_t35)
    _t37 = mu**8
    _t38 = _t3**(-8)
    _t39 = 17325*_t33
    _t40 = 69300*_t28
    _t41 = 34650*_t16
    _t42 = _t28*(_t11*_t39 + _t17*_t41*_t5 + _t22*_t40*_t7 + _t24*_t27*_t35 + 165*_t37*_t38)/_t3**(mpmath.mpf(3)/mpmath.mpf(2))
    _t43 = _t3**(-9)
    _t44 = 55*mu**9
    _t45 = 51975*_t33
    _t46 = _t17*_t9*(_t12*_t40*_t5 + _t19*_t34*_t38 + _t21*_t30*_t35 + _t22*_t45*mu + _t43*_t44)
    _t47 = mu**11
    _t48 = 10395*_t26
    _t49 = _t48*mu
    _t50 = _t12*_t39
    _t51 = _t21*_t29
    _t52 = _t18*_t34
    _t53 = _t3**(-10)
    _t54 = _t2*_t44
    _t55 = _t35*_t50 + _t38*_t51 + _t43*_t52 + _t49*_t5 + _t53*_t54 + _t47/_t3**11
    _t56 = 1/mpmath.sqrt(_t3)
    _t57 = _t2*_t56*(_t14*_t37*_t43 + _t22*_t48 + _t23*_t27*_t38 + _t28*_t35*_t41 + _t45*_t5*_t7 + 11*_t53*mu**10)
    return ((_t10*gaussym.kernels.special.gauss_tail_mp(9, _t1, 0) + _t15*gaussym.kernels.special.gauss_tail_mp(8, _t1, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(7, _t1, 0) + _t25*gaussym.kernels.special.gauss_tail_mp(6, _t1, 0) + _t32*gaussym.kernels.special.gauss_tail_mp(5, _t1, 0) + _t36*gaussym.kernels.special.gauss_tail_mp(4, _t1, 0) + _t4*gaussym.kernels.special.gauss_tail_mp(11, _t1, 0) + _t42*gaussym.kernels.special.gauss_tail_mp(3, _t1, 0) + _t46*gaussym.kernels.special.gauss_tail_mp(2, _t1, 0) + _t55*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0) + _t57*gaussym.kernels.special.gauss_tail_mp(1, _t1, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(10, _t1, 0)) if (_t56*mu < 0) else (_t10*gaussym.kernels.special.gauss_tail_mp(9, _t0, 0) - _t15*gaussym.kernels.special.gauss_tail_mp(8, _t0, 0) + _t20*gaussym.kernels.special.gauss_tail_mp(7, _t0, 0) - _t25*gaussym.kernels.special.gauss_tail_mp(6, _t0, 0) + _t32*gaussym.kernels.special.gauss_tail_mp(5, _t0, 0) - _t36*gaussym.kernels.special.gauss_tail_mp(4, _t0, 0) + _t4*gaussym.kernels.special.gauss_tail_mp(11, _t0, 0) + _t42*gaussym.kernels.special.gauss_tail_mp(3, _t0, 0) - _t46*gaussym.kernels.special.gauss_tail_mp(2, _t0, 0) + _t47 + _t49 + _t50 + _t51 + _t52 + _t54 - _t55*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0) + _t57*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) - _t6*gaussym.kernels.special.gauss_tail_mp(10, _t0, 0)))


def _derivative_mp_0(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + 1)
    _t1 = -_t0
    _t2 = sigma**2
    _t3 = _t2 + 1
    _t4 = mu/_t3
    _t5 = 1/mpmath.sqrt(_t3)
    _t6 = _t2*_t5
    return ((_t4*gaussym.kernels.special.gauss_tail_mp(0, _t1, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(1, _t1, 0)) if (_t5*mu < 0) else (-_t4*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0) + _t6*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0) + mu))


def _derivative_mp_1(mu, sigma):
    _t0 = mu/mpmath.sqrt(sigma**2 + 1)
    _t1 = sigma**2
    _t2 = _t1 + 1
    _t3 = mu*mpmath.npdf(_t0)/_t2**(mpmath.mpf(3)/mpmath.mpf(2))
    _t4 = 1/_t2
    _t5 = _t4*gaussym.kernels.special.gauss_tail_mp(0, -_t0, 0)
    _t6 = _t4*gaussym.kernels.special.gauss_tail_mp(0, _t0, 0)
    return ((_t1*_t5 + _t3 + _t5) if (mu/mpmath.sqrt(_t2) < 0) else (-_t1*_t6 + _t3 - _t6 + 1))


def _derivative_mp_2(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mpmath.npdf(mu/mpmath.sqrt(sigma**2 + 1))
    _t3 = _t2/_t1**(mpmath.mpf(3)/mpmath.mpf(2))
    return _t0*_t3 + 2*_t3 - _t2*mu**2/_t1**(mpmath.mpf(5)/mpmath.mpf(2))


def _derivative_mp_3(mu, sigma):
    _t0 = mpmath.npdf(mu/mpmath.sqrt(sigma**2 + 1))
    _t1 = sigma**2
    _t2 = _t1 + 1
    _t3 = _t0*mu/_t2**(mpmath.mpf(5)/mpmath.mpf(2))
    return _t0*mu**3/_t2**(mpmath.mpf(7)/mpmath.mpf(2)) - _t1*_t3 - 4*_t3


def _derivative_mp_4(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mpmath.npdf(mu/mpmath.sqrt(sigma**2 + 1))
    _t3 = _t2/_t1**(mpmath.mpf(5)/mpmath.mpf(2))
    _t4 = mu**2
    _t5 = _t1**(mpmath.mpf(-7)/mpmath.mpf(2))
    return _t0*_t2*_t4*_t5 - _t0*_t3 + 7*_t2*_t4*_t5 - 4*_t3 - _t2*mu**4/_t1**(mpmath.mpf(9)/mpmath.mpf(2))


def _derivative_mp_5(mu, sigma):
    _t0 = mpmath.npdf(mu/mpmath.sqrt(sigma**2 + 1))
    _t1 = sigma**2
    _t2 = _t1 + 1
    _t3 = _t0*mu/_t2**(mpmath.mpf(7)/mpmath.mpf(2))
    _t4 = _t0*mu**3/_t2**(mpmath.mpf(9)/mpmath.mpf(2))
    return _t0*mu**5/_t2**(mpmath.mpf(11)/mpmath.mpf(2)) + 3*_t1*_t3 - _t1*_t4 + 18*_t3 - 11*_t4


def _derivative_mp_6(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mpmath.npdf(mu/mpmath.sqrt(sigma**2 + 1))
    _t3 = _t2/_t1**(mpmath.mpf(7)/mpmath.mpf(2))
    _t4 = _t2*mu**2/_t1**(mpmath.mpf(9)/mpmath.mpf(2))
    _t5 = _t2*mu**4/_t1**(mpmath.mpf(11)/mpmath.mpf(2))
    return 3*_t0*_t3 - 6*_t0*_t4 + _t0*_t5 + 18*_t3 - 51*_t4 + 16*_t5 - _t2*mu**6/_t1**(mpmath.mpf(13)/mpmath.mpf(2))


def _derivative_mp_7(mu, sigma):
    _t0 = mpmath.npdf(mu/mpmath.sqrt(sigma**2 + 1))
    _t1 = sigma**2
    _t2 = _t1 + 1
    _t3 = _t0*mu/_t2**(mpmath.mpf(9)/mpmath.mpf(2))
    _t4 = mu**3
    _t5 = _t2**(mpmath.mpf(-11)/mpmath.mpf(2))
    _t6 = _t0*mu**5/_t2**(mpmath.mpf(13)/mpmath.mpf(2))
    return 10*_t0*_t1*_t4*_t5 + 115*_t0*_t4*_t5 + _t0*mu**7/_t2**(mpmath.mpf(15)/mpmath.mpf(2)) - 15*_t1*_t3 - _t1*_t6 - 120*_t3 - 22*_t6


def _derivative_mp_8(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mpmath.npdf(mu/mpmath.sqrt(sigma**2 + 1))
    _t3 = _t2/_t1**(mpmath.mpf(9)/mpmath.mpf(2))
    _t4 = mu**2
    _t5 = _t1**(mpmath.mpf(-11)/mpmath.mpf(2))
    _t6 = _t2*mu**4/_t1**(mpmath.mpf(13)/mpmath.mpf(2))
    _t7 = mu**6
    _t8 = _t1**(mpmath.mpf(-15)/mpmath.mpf(2))
    _t9 = 15*_t0
    return 45*_t0*_t2*_t4*_t5 + _t0*_t2*_t7*_t8 + 465*_t2*_t4*_t5 + 29*_t2*_t7*_t8 - _t3*_t9 - 120*_t3 - _t6*_t9 - 225*_t6 - _t2*mu**8/_t1**(mpmath.mpf(17)/mpmath.mpf(2))


def _derivative_mp_9(mu, sigma):
    _t0 = mpmath.npdf(mu/mpmath.sqrt(sigma**2 + 1))
    _t1 = sigma**2
    _t2 = _t1 + 1
    _t3 = _t0*mu/_t2**(mpmath.mpf(11)/mpmath.mpf(2))
    _t4 = _t0*mu**3/_t2**(mpmath.mpf(13)/mpmath.mpf(2))
    _t5 = _t0*mu**5/_t2**(mpmath.mpf(15)/mpmath.mpf(2))
    _t6 = _t0*mu**7/_t2**(mpmath.mpf(17)/mpmath.mpf(2))
    _t7 = 105*_t1
    return _t0*mu**9/_t2**(mpmath.mpf(19)/mpmath.mpf(2)) + 21*_t1*_t5 - _t1*_t6 + _t3*_t7 + 1050*_t3 - _t4*_t7 - 1365*_t4 + 399*_t5 - 37*_t6


def _derivative_mp_10(mu, sigma):
    _t0 = sigma**2
    _t1 = _t0 + 1
    _t2 = mpmath.npdf(mu/mpmath.sqrt(sigma**2 + 1))
    _t3 = _t2/_t1**(mpmath.mpf(11)/mpmath.mpf(2))
    _t4 = _t2*mu**2/_t1**(mpmath.mpf(13)/mpmath.mpf(2))
    _t5 = _t2*mu**4/_t1**(mpmath.mpf(15)/mpmath.mpf(2))
    _t6 = _t2*mu**6/_t1**(mpmath.mpf(17)/mpmath.mpf(2))
    _t7 = _t2*mu**8/_t1**(mpmath.mpf(19)/mpmath.mpf(2))
    return 105*_t0*_t3 - 420*_t0*_t4 + 210*_t0*_t5 - 28*_t0*_t6 + _t0*_t7 + 1050*_t3 - 5145*_t4 + 3360*_t5 - 658*_t6 + 46*_t7 - _t2*mu**10/_t1**(mpmath.mpf(21)/mpmath.mpf(2))


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
