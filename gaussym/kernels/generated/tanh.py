"""Generated kernels for the activation 'tanh' -- DO NOT EDIT.

    act(x) = tanh(x)
    moments E[x^n act(x)], x ~ N(mu, sigma^2), for n <= MAX_N = 10; expected derivatives
    E[act^(m)(x)] = d^m/dmu^m E[act(x)] for m <= MAX_N; numpy (vectorised) and mpmath kernels.

Written by gaussym.kernels.codegen. Regenerate: python derivations/regenerate_kernels.py (built-ins) or
    gaussym codegen 'tanh(x)' --name tanh --max-n 10 -o FILE

Decomposition:
    piece x in (-inf, inf): tanh(x)
      numeric    : tanh(x) (no integral rule for this factor)
    numeric part: residual = tanh(x)
      asymptote (closed form): Piecewise((-1, x < 0), (1, True))
      remainder by quadrature on window (-40.25, 40.25), breakpoints (0.0,)

Blocks: D(k, c, L) = e^L int_c^inf (z-c)^k phi(z) dz (gauss_tail); PhiBlend(P, Q, q) = P Phi(q) + Q phi(q).
Closed-form part of E[x^n act(x)]:
    n = 0: D(0, -mu/sigma, 0) - D(0, mu/sigma, 0)
    n = 1: sigma*D(1, -mu/sigma, 0) + sigma*D(1, mu/sigma, 0)
    n = 2: sigma**2*D(2, -mu/sigma, 0) - sigma**2*D(2, mu/sigma, 0)
Closed-form part of E[act'(x)]:
    0
Numeric part: + E[x^n remainder(x)] by quadrature on WINDOW (gaussym.kernels.quadrature.remainder_moments).
"""
# ruff: noqa
import gaussym.kernels.generated._runtime
import gaussym.kernels.special
import mpmath
import numpy

NAME = 'tanh'
EXPRESSION = 'tanh(x)'
PARAMS = {}
MAX_N = 10
NUMERIC = True
BAKED_PARAMS = ()
DIRECT_SIGMA = 0.5
WINDOW = (-40.25, 40.25)
REMAINDER_BREAKPOINTS = (0.0,)
_runtime = gaussym.kernels.generated._runtime


def _activation(x):
    return numpy.tanh(x)


def _act_derivative_0(x):
    return numpy.tanh(x)


def _act_derivative_1(x):
    return 1 - numpy.tanh(x)**2


def _act_derivative_2(x):
    _t0 = numpy.tanh(x)
    return -_t0*(2 - 2*_t0**2)


def _act_derivative_3(x):
    _t0 = numpy.tanh(x)**2
    _t1 = 2 - 2*_t0
    return 2*_t0*_t1 - _t1*(1 - _t0)


def _act_derivative_4(x):
    _t0 = numpy.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    return -4*_t0**3*_t2 + 3*_t0*_t2**2 + 2*_t0*_t2*(1 - _t1)


def _act_derivative_5(x):
    _t0 = numpy.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t2**2
    _t4 = 1 - _t1
    _t5 = 4*_t1*_t2
    return 8*_t0**4*_t2 - 14*_t1*_t3 + 2*_t2*_t4**2 + 3*_t3*_t4 - _t4*_t5 - _t5*(3 - 3*_t1)


def _act_derivative_6(x):
    _t0 = numpy.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**3
    _t4 = _t2**2
    _t5 = 1 - _t1
    _t6 = _t0*_t4
    _t7 = 3 - 3*_t1
    return -16*_t0**5*_t2 - 17*_t0*_t2**3 - 4*_t0*_t2*_t5**2 + 8*_t2*_t3*_t5 + 8*_t2*_t3*_t7 + 8*_t2*_t3*(4 - 4*_t1) + 72*_t3*_t4 - 20*_t5*_t6 - 4*_t6*_t7


def _act_derivative_7(x):
    _t0 = numpy.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**4
    _t4 = _t2**2
    _t5 = _t2**3
    _t6 = 1 - _t1
    _t7 = _t6**2
    _t8 = 16*_t3
    _t9 = 3 - 3*_t1
    _t10 = _t2*_t8
    _t11 = 4 - 4*_t1
    return 32*_t0**6*_t2 + 8*_t1*_t11*_t2*_t9 + 8*_t1*_t2*_t6*_t9 + 8*_t1*_t2*_t7 + 8*_t1*_t2*_t9**2 + 88*_t1*_t4*_t6 + 88*_t1*_t4*_t9 + 134*_t1*_t5 - _t10*_t11 - _t10*_t9 - _t10*(5 - 5*_t1) - 4*_t2*_t6**3 - _t2*_t6*_t8 - 352*_t3*_t4 - 4*_t4*_t6*_t9 - 20*_t4*_t7 - 17*_t5*_t6


def _act_derivative_8(x):
    _t0 = numpy.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**5
    _t4 = _t2**2
    _t5 = _t0**3
    _t6 = _t2**3
    _t7 = 1 - _t1
    _t8 = 32*_t2*_t3
    _t9 = _t0*_t6
    _t10 = 8*_t0
    _t11 = 3 - 3*_t1
    _t12 = 4 - 4*_t1
    _t13 = 5 - 5*_t1
    _t14 = _t4*_t5
    _t15 = _t7**2
    _t16 = _t2*_t5
    _t17 = 16*_t16
    _t18 = _t0*_t4
    _t19 = _t11**2
    _t20 = _t10*_t4
    _t21 = _t17*_t7
    _t22 = _t11*_t12
    return -64*_t0**7*_t2 + 151*_t0*_t2**4 + _t10*_t2*_t7**3 - 440*_t11*_t14 + 24*_t11*_t18*_t7 - _t11*_t21 + _t11*_t8 + 92*_t11*_t9 - _t12**2*_t17 - _t12*_t13*_t17 - 376*_t12*_t14 - _t12*_t21 + _t12*_t8 + _t13*_t8 - 392*_t14*_t7 - _t15*_t17 + 100*_t15*_t18 - 32*_t16*_t22 - _t17*_t19 + _t19*_t20 + _t20*_t22 + 1616*_t3*_t4 - 1156*_t5*_t6 + _t7*_t8 + 242*_t7*_t9 + _t8*(6 - 6*_t1)


def _act_derivative_9(x):
    _t0 = numpy.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**6
    _t4 = _t2**2
    _t5 = _t0**4
    _t6 = _t2**3
    _t7 = _t2**4
    _t8 = 1 - _t1
    _t9 = _t8**2
    _t10 = _t8**3
    _t11 = _t2*_t8
    _t12 = 64*_t3
    _t13 = 3 - 3*_t1
    _t14 = _t12*_t2
    _t15 = 4 - 4*_t1
    _t16 = 5 - 5*_t1
    _t17 = 6 - 6*_t1
    _t18 = _t4*_t8
    _t19 = _t1*_t6
    _t20 = 32*_t5
    _t21 = _t2*_t20
    _t22 = _t1*_t2
    _t23 = 16*_t22
    _t24 = _t13**2
    _t25 = _t15**2
    _t26 = _t13*_t4
    _t27 = _t4*_t5
    _t28 = _t1*_t4
    _t29 = _t13*_t8
    _t30 = 8*_t18
    _t31 = _t11*_t20
    _t32 = _t13*_t15
    _t33 = 64*_t2*_t5
    _t34 = _t16*_t21
    _t35 = 16*_t1*_t11
    _t36 = _t13*_t23
    return 128*_t0**8*_t2 - 1726*_t1*_t7 - _t10*_t23 + 100*_t10*_t4 - _t11*_t12 - _t13**3*_t23 - _t13*_t14 - 1812*_t13*_t19 + _t13*_t31 + _t13*_t34 - _t14*_t15 - _t14*_t16 - _t14*_t17 - _t14*(7 - 7*_t1) + _t15*_t16*_t33 - 24*_t15*_t19 - 32*_t15*_t22*_t24 + 1824*_t15*_t27 + _t15*_t31 + _t16**2*_t21 - _t16*_t23*_t32 + 1680*_t16*_t27 + _t16*_t31 + _t17*_t34 + 1712*_t18*_t5 - 1724*_t19*_t8 + 8*_t2*_t8**4 + _t21*_t24 + _t21*_t25 + _t21*_t9 - 472*_t24*_t28 + _t24*_t30 - _t24*_t35 - _t25*_t36 + 2000*_t26*_t5 + 24*_t26*_t9 - 488*_t28*_t29 - 408*_t28*_t32 - 424*_t28*_t9 + 92*_t29*_t6 - 7072*_t3*_t4 + _t30*_t32 + _t32*_t33 - _t32*_t35 - _t36*_t9 + 10152*_t5*_t6 + 242*_t6*_t9 + 151*_t7*_t8


def _act_derivative_10(x):
    _t0 = numpy.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**7
    _t4 = _t2**2
    _t5 = _t0**5
    _t6 = _t2**3
    _t7 = _t0**3
    _t8 = _t2**4
    _t9 = 1 - _t1
    _t10 = _t0*_t8
    _t11 = 3 - 3*_t1
    _t12 = 4 - 4*_t1
    _t13 = 5 - 5*_t1
    _t14 = 6 - 6*_t1
    _t15 = 7 - 7*_t1
    _t16 = 24*_t12
    _t17 = _t4*_t5
    _t18 = _t9**2
    _t19 = _t2*_t5
    _t20 = 64*_t19
    _t21 = _t0*_t6
    _t22 = _t9**3
    _t23 = _t0*_t4
    _t24 = _t11**2
    _t25 = _t11**3
    _t26 = _t12**2
    _t27 = _t13**2
    _t28 = 16*_t23
    _t29 = _t20*_t9
    _t30 = _t11*_t21
    _t31 = 128*_t19
    _t32 = _t11*_t12
    _t33 = _t11*_t20
    _t34 = _t13*_t31
    _t35 = _t14*_t20
    _t36 = _t23*_t24
    _t37 = 48*_t9
    return -256*_t0**9*_t2 - 1877*_t0*_t2**5 - 16*_t0*_t2*_t9**4 - 1904*_t10*_t11 - _t10*_t16 - 3692*_t10*_t9 + 64*_t11*_t12*_t13*_t2*_t7 + 64*_t11*_t12*_t2*_t7*_t9 + 4048*_t11*_t12*_t4*_t7 + 64*_t11*_t13*_t4*_t7 - 8640*_t11*_t17 + 32*_t11*_t18*_t2*_t7 - 112*_t11*_t18*_t23 + 96*_t11*_t2*_t26*_t7 + 128*_t11*_t2*_t3 - _t11*_t26*_t28 - _t11*_t29 + 2144*_t11*_t4*_t7*_t9 + 15824*_t11*_t6*_t7 + 32*_t12**3*_t2*_t7 + 32*_t12*_t13*_t14*_t2*_t7 + 32*_t12*_t13*_t2*_t7*_t9 + 1728*_t12*_t13*_t4*_t7 - 8096*_t12*_t17 + 32*_t12*_t18*_t2*_t7 + 96*_t12*_t2*_t24*_t7 + 32*_t12*_t2*_t27*_t7 + 128*_t12*_t2*_t3 - _t12*_t29 - 416*_t12*_t30 - _t12*_t34 - _t12*_t35 - 32*_t12*_t36 + 1760*_t12*_t4*_t7*_t9 + 11520*_t12*_t6*_t7 - 7616*_t13*_t17 + 64*_t13*_t2*_t26*_t7 + 128*_t13*_t2*_t3 - _t13*_t28*_t32 - _t13*_t29 - _t13*_t33 - _t14**2*_t20 - 7232*_t14*_t17 + 128*_t14*_t2*_t3 - _t14*_t29 - _t14*_t33 - _t14*_t34 + 128*_t15*_t2*_t3 - _t15*_t35 - _t16*_t21*_t9 - 7296*_t17*_t9 - _t18*_t20 - 2248*_t18*_t21 + 1792*_t18*_t4*_t7 + 32*_t2*_t22*_t7 + 32*_t2*_t24*_t7*_t9 + 32*_t2*_t25*_t7 + 32*_t2*_t26*_t7*_t9 + 128*_t2*_t3*_t9 + 128*_t2*_t3*(8 - 8*_t1) - _t20*_t24 - _t20*_t26 - _t20*_t27 - 480*_t21*_t24 - 448*_t22*_t23 - _t23*_t32*_t37 + 2176*_t24*_t4*_t7 - _t25*_t28 + 1872*_t26*_t4*_t7 + 29952*_t3*_t4 - 1168*_t30*_t9 - _t31*_t32 - _t36*_t37 - 84320*_t5*_t6 + 12656*_t6*_t7*_t9 + 21064*_t7*_t8


def _moment_0(mu, sigma):
    _t0 = mu/sigma
    return gaussym.kernels.generated._runtime.tail(0, -_t0, 0) - gaussym.kernels.generated._runtime.tail(0, _t0, 0)


def _moment_1(mu, sigma):
    _t0 = mu/sigma
    return sigma*gaussym.kernels.generated._runtime.tail(1, -_t0, 0) + sigma*gaussym.kernels.generated._runtime.tail(1, _t0, 0)


def _moment_2(mu, sigma):
    _t0 = sigma**2
    _t1 = mu/sigma
    return _t0*gaussym.kernels.generated._runtime.tail(2, -_t1, 0) - _t0*gaussym.kernels.generated._runtime.tail(2, _t1, 0)


def _moment_3(mu, sigma):
    _t0 = sigma**3
    _t1 = mu/sigma
    return _t0*gaussym.kernels.generated._runtime.tail(3, -_t1, 0) + _t0*gaussym.kernels.generated._runtime.tail(3, _t1, 0)


def _moment_4(mu, sigma):
    _t0 = sigma**4
    _t1 = mu/sigma
    return _t0*gaussym.kernels.generated._runtime.tail(4, -_t1, 0) - _t0*gaussym.kernels.generated._runtime.tail(4, _t1, 0)


def _moment_5(mu, sigma):
    _t0 = sigma**5
    _t1 = mu/sigma
    return _t0*gaussym.kernels.generated._runtime.tail(5, -_t1, 0) + _t0*gaussym.kernels.generated._runtime.tail(5, _t1, 0)


def _moment_6(mu, sigma):
    _t0 = sigma**6
    _t1 = mu/sigma
    return _t0*gaussym.kernels.generated._runtime.tail(6, -_t1, 0) - _t0*gaussym.kernels.generated._runtime.tail(6, _t1, 0)


def _moment_7(mu, sigma):
    _t0 = sigma**7
    _t1 = mu/sigma
    return _t0*gaussym.kernels.generated._runtime.tail(7, -_t1, 0) + _t0*gaussym.kernels.generated._runtime.tail(7, _t1, 0)


def _moment_8(mu, sigma):
    _t0 = sigma**8
    _t1 = mu/sigma
    return _t0*gaussym.kernels.generated._runtime.tail(8, -_t1, 0) - _t0*gaussym.kernels.generated._runtime.tail(8, _t1, 0)


def _moment_9(mu, sigma):
    _t0 = sigma**9
    _t1 = mu/sigma
    return _t0*gaussym.kernels.generated._runtime.tail(9, -_t1, 0) + _t0*gaussym.kernels.generated._runtime.tail(9, _t1, 0)


def _moment_10(mu, sigma):
    _t0 = sigma**10
    _t1 = mu/sigma
    return _t0*gaussym.kernels.generated._runtime.tail(10, -_t1, 0) - _t0*gaussym.kernels.generated._runtime.tail(10, _t1, 0)


def _derivative_0(mu, sigma):
    _t0 = mu/sigma
    return gaussym.kernels.generated._runtime.tail(0, -_t0, 0) - gaussym.kernels.generated._runtime.tail(0, _t0, 0)


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


def _remainder(x):
    _t0 = numpy.tanh(x)
    return numpy.select([numpy.less(x, 0),True], [_t0 + 1,_t0 - 1], default=numpy.nan)


def _remainder_derivative_0(x):
    _t0 = numpy.tanh(x)
    return numpy.select([numpy.less(x, 0),True], [_t0 + 1,_t0 - 1], default=numpy.nan)


def _remainder_derivative_1(x):
    return 1 - numpy.tanh(x)**2


def _remainder_derivative_2(x):
    _t0 = numpy.tanh(x)
    return -_t0*(2 - 2*_t0**2)


def _remainder_derivative_3(x):
    _t0 = numpy.tanh(x)**2
    _t1 = 2 - 2*_t0
    return 2*_t0*_t1 - _t1*(1 - _t0)


def _remainder_derivative_4(x):
    _t0 = numpy.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    return -4*_t0**3*_t2 + 3*_t0*_t2**2 + 2*_t0*_t2*(1 - _t1)


def _remainder_derivative_5(x):
    _t0 = numpy.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t2**2
    _t4 = 1 - _t1
    _t5 = 4*_t1*_t2
    return 8*_t0**4*_t2 - 14*_t1*_t3 + 2*_t2*_t4**2 + 3*_t3*_t4 - _t4*_t5 - _t5*(3 - 3*_t1)


def _remainder_derivative_6(x):
    _t0 = numpy.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**3
    _t4 = _t2**2
    _t5 = 1 - _t1
    _t6 = _t0*_t4
    _t7 = 3 - 3*_t1
    return -16*_t0**5*_t2 - 17*_t0*_t2**3 - 4*_t0*_t2*_t5**2 + 8*_t2*_t3*_t5 + 8*_t2*_t3*_t7 + 8*_t2*_t3*(4 - 4*_t1) + 72*_t3*_t4 - 20*_t5*_t6 - 4*_t6*_t7


def _remainder_derivative_7(x):
    _t0 = numpy.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**4
    _t4 = _t2**2
    _t5 = _t2**3
    _t6 = 1 - _t1
    _t7 = _t6**2
    _t8 = 16*_t3
    _t9 = 3 - 3*_t1
    _t10 = _t2*_t8
    _t11 = 4 - 4*_t1
    return 32*_t0**6*_t2 + 8*_t1*_t11*_t2*_t9 + 8*_t1*_t2*_t6*_t9 + 8*_t1*_t2*_t7 + 8*_t1*_t2*_t9**2 + 88*_t1*_t4*_t6 + 88*_t1*_t4*_t9 + 134*_t1*_t5 - _t10*_t11 - _t10*_t9 - _t10*(5 - 5*_t1) - 4*_t2*_t6**3 - _t2*_t6*_t8 - 352*_t3*_t4 - 4*_t4*_t6*_t9 - 20*_t4*_t7 - 17*_t5*_t6


def _remainder_derivative_8(x):
    _t0 = numpy.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**5
    _t4 = _t2**2
    _t5 = _t0**3
    _t6 = _t2**3
    _t7 = 1 - _t1
    _t8 = 32*_t2*_t3
    _t9 = _t0*_t6
    _t10 = 8*_t0
    _t11 = 3 - 3*_t1
    _t12 = 4 - 4*_t1
    _t13 = 5 - 5*_t1
    _t14 = _t4*_t5
    _t15 = _t7**2
    _t16 = _t2*_t5
    _t17 = 16*_t16
    _t18 = _t0*_t4
    _t19 = _t11**2
    _t20 = _t10*_t4
    _t21 = _t17*_t7
    _t22 = _t11*_t12
    return -64*_t0**7*_t2 + 151*_t0*_t2**4 + _t10*_t2*_t7**3 - 440*_t11*_t14 + 24*_t11*_t18*_t7 - _t11*_t21 + _t11*_t8 + 92*_t11*_t9 - _t12**2*_t17 - _t12*_t13*_t17 - 376*_t12*_t14 - _t12*_t21 + _t12*_t8 + _t13*_t8 - 392*_t14*_t7 - _t15*_t17 + 100*_t15*_t18 - 32*_t16*_t22 - _t17*_t19 + _t19*_t20 + _t20*_t22 + 1616*_t3*_t4 - 1156*_t5*_t6 + _t7*_t8 + 242*_t7*_t9 + _t8*(6 - 6*_t1)


def _remainder_derivative_9(x):
    _t0 = numpy.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**6
    _t4 = _t2**2
    _t5 = _t0**4
    _t6 = _t2**3
    _t7 = _t2**4
    _t8 = 1 - _t1
    _t9 = _t8**2
    _t10 = _t8**3
    _t11 = _t2*_t8
    _t12 = 64*_t3
    _t13 = 3 - 3*_t1
    _t14 = _t12*_t2
    _t15 = 4 - 4*_t1
    _t16 = 5 - 5*_t1
    _t17 = 6 - 6*_t1
    _t18 = _t4*_t8
    _t19 = _t1*_t6
    _t20 = 32*_t5
    _t21 = _t2*_t20
    _t22 = _t1*_t2
    _t23 = 16*_t22
    _t24 = _t13**2
    _t25 = _t15**2
    _t26 = _t13*_t4
    _t27 = _t4*_t5
    _t28 = _t1*_t4
    _t29 = _t13*_t8
    _t30 = 8*_t18
    _t31 = _t11*_t20
    _t32 = _t13*_t15
    _t33 = 64*_t2*_t5
    _t34 = _t16*_t21
    _t35 = 16*_t1*_t11
    _t36 = _t13*_t23
    return 128*_t0**8*_t2 - 1726*_t1*_t7 - _t10*_t23 + 100*_t10*_t4 - _t11*_t12 - _t13**3*_t23 - _t13*_t14 - 1812*_t13*_t19 + _t13*_t31 + _t13*_t34 - _t14*_t15 - _t14*_t16 - _t14*_t17 - _t14*(7 - 7*_t1) + _t15*_t16*_t33 - 24*_t15*_t19 - 32*_t15*_t22*_t24 + 1824*_t15*_t27 + _t15*_t31 + _t16**2*_t21 - _t16*_t23*_t32 + 1680*_t16*_t27 + _t16*_t31 + _t17*_t34 + 1712*_t18*_t5 - 1724*_t19*_t8 + 8*_t2*_t8**4 + _t21*_t24 + _t21*_t25 + _t21*_t9 - 472*_t24*_t28 + _t24*_t30 - _t24*_t35 - _t25*_t36 + 2000*_t26*_t5 + 24*_t26*_t9 - 488*_t28*_t29 - 408*_t28*_t32 - 424*_t28*_t9 + 92*_t29*_t6 - 7072*_t3*_t4 + _t30*_t32 + _t32*_t33 - _t32*_t35 - _t36*_t9 + 10152*_t5*_t6 + 242*_t6*_t9 + 151*_t7*_t8


def _remainder_derivative_10(x):
    _t0 = numpy.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**7
    _t4 = _t2**2
    _t5 = _t0**5
    _t6 = _t2**3
    _t7 = _t0**3
    _t8 = _t2**4
    _t9 = 1 - _t1
    _t10 = _t0*_t8
    _t11 = 3 - 3*_t1
    _t12 = 4 - 4*_t1
    _t13 = 5 - 5*_t1
    _t14 = 6 - 6*_t1
    _t15 = 7 - 7*_t1
    _t16 = 24*_t12
    _t17 = _t4*_t5
    _t18 = _t9**2
    _t19 = _t2*_t5
    _t20 = 64*_t19
    _t21 = _t0*_t6
    _t22 = _t9**3
    _t23 = _t0*_t4
    _t24 = _t11**2
    _t25 = _t11**3
    _t26 = _t12**2
    _t27 = _t13**2
    _t28 = 16*_t23
    _t29 = _t20*_t9
    _t30 = _t11*_t21
    _t31 = 128*_t19
    _t32 = _t11*_t12
    _t33 = _t11*_t20
    _t34 = _t13*_t31
    _t35 = _t14*_t20
    _t36 = _t23*_t24
    _t37 = 48*_t9
    return -256*_t0**9*_t2 - 1877*_t0*_t2**5 - 16*_t0*_t2*_t9**4 - 1904*_t10*_t11 - _t10*_t16 - 3692*_t10*_t9 + 64*_t11*_t12*_t13*_t2*_t7 + 64*_t11*_t12*_t2*_t7*_t9 + 4048*_t11*_t12*_t4*_t7 + 64*_t11*_t13*_t4*_t7 - 8640*_t11*_t17 + 32*_t11*_t18*_t2*_t7 - 112*_t11*_t18*_t23 + 96*_t11*_t2*_t26*_t7 + 128*_t11*_t2*_t3 - _t11*_t26*_t28 - _t11*_t29 + 2144*_t11*_t4*_t7*_t9 + 15824*_t11*_t6*_t7 + 32*_t12**3*_t2*_t7 + 32*_t12*_t13*_t14*_t2*_t7 + 32*_t12*_t13*_t2*_t7*_t9 + 1728*_t12*_t13*_t4*_t7 - 8096*_t12*_t17 + 32*_t12*_t18*_t2*_t7 + 96*_t12*_t2*_t24*_t7 + 32*_t12*_t2*_t27*_t7 + 128*_t12*_t2*_t3 - _t12*_t29 - 416*_t12*_t30 - _t12*_t34 - _t12*_t35 - 32*_t12*_t36 + 1760*_t12*_t4*_t7*_t9 + 11520*_t12*_t6*_t7 - 7616*_t13*_t17 + 64*_t13*_t2*_t26*_t7 + 128*_t13*_t2*_t3 - _t13*_t28*_t32 - _t13*_t29 - _t13*_t33 - _t14**2*_t20 - 7232*_t14*_t17 + 128*_t14*_t2*_t3 - _t14*_t29 - _t14*_t33 - _t14*_t34 + 128*_t15*_t2*_t3 - _t15*_t35 - _t16*_t21*_t9 - 7296*_t17*_t9 - _t18*_t20 - 2248*_t18*_t21 + 1792*_t18*_t4*_t7 + 32*_t2*_t22*_t7 + 32*_t2*_t24*_t7*_t9 + 32*_t2*_t25*_t7 + 32*_t2*_t26*_t7*_t9 + 128*_t2*_t3*_t9 + 128*_t2*_t3*(8 - 8*_t1) - _t20*_t24 - _t20*_t26 - _t20*_t27 - 480*_t21*_t24 - 448*_t22*_t23 - _t23*_t32*_t37 + 2176*_t24*_t4*_t7 - _t25*_t28 + 1872*_t26*_t4*_t7 + 29952*_t3*_t4 - 1168*_t30*_t9 - _t31*_t32 - _t36*_t37 - 84320*_t5*_t6 + 12656*_t6*_t7*_t9 + 21064*_t7*_t8


def _activation_mp(x):
    return mpmath.tanh(x)


def _act_derivative_mp_0(x):
    return mpmath.tanh(x)


def _act_derivative_mp_1(x):
    return 1 - mpmath.tanh(x)**2


def _act_derivative_mp_2(x):
    _t0 = mpmath.tanh(x)
    return -_t0*(2 - 2*_t0**2)


def _act_derivative_mp_3(x):
    _t0 = mpmath.tanh(x)**2
    _t1 = 2 - 2*_t0
    return 2*_t0*_t1 - _t1*(1 - _t0)


def _act_derivative_mp_4(x):
    _t0 = mpmath.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    return -4*_t0**3*_t2 + 3*_t0*_t2**2 + 2*_t0*_t2*(1 - _t1)


def _act_derivative_mp_5(x):
    _t0 = mpmath.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t2**2
    _t4 = 1 - _t1
    _t5 = 4*_t1*_t2
    return 8*_t0**4*_t2 - 14*_t1*_t3 + 2*_t2*_t4**2 + 3*_t3*_t4 - _t4*_t5 - _t5*(3 - 3*_t1)


def _act_derivative_mp_6(x):
    _t0 = mpmath.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**3
    _t4 = _t2**2
    _t5 = 1 - _t1
    _t6 = _t0*_t4
    _t7 = 3 - 3*_t1
    return -16*_t0**5*_t2 - 17*_t0*_t2**3 - 4*_t0*_t2*_t5**2 + 8*_t2*_t3*_t5 + 8*_t2*_t3*_t7 + 8*_t2*_t3*(4 - 4*_t1) + 72*_t3*_t4 - 20*_t5*_t6 - 4*_t6*_t7


def _act_derivative_mp_7(x):
    _t0 = mpmath.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**4
    _t4 = _t2**2
    _t5 = _t2**3
    _t6 = 1 - _t1
    _t7 = _t6**2
    _t8 = 16*_t3
    _t9 = 3 - 3*_t1
    _t10 = _t2*_t8
    _t11 = 4 - 4*_t1
    return 32*_t0**6*_t2 + 8*_t1*_t11*_t2*_t9 + 8*_t1*_t2*_t6*_t9 + 8*_t1*_t2*_t7 + 8*_t1*_t2*_t9**2 + 88*_t1*_t4*_t6 + 88*_t1*_t4*_t9 + 134*_t1*_t5 - _t10*_t11 - _t10*_t9 - _t10*(5 - 5*_t1) - 4*_t2*_t6**3 - _t2*_t6*_t8 - 352*_t3*_t4 - 4*_t4*_t6*_t9 - 20*_t4*_t7 - 17*_t5*_t6


def _act_derivative_mp_8(x):
    _t0 = mpmath.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**5
    _t4 = _t2**2
    _t5 = _t0**3
    _t6 = _t2**3
    _t7 = 1 - _t1
    _t8 = 32*_t2*_t3
    _t9 = _t0*_t6
    _t10 = 8*_t0
    _t11 = 3 - 3*_t1
    _t12 = 4 - 4*_t1
    _t13 = 5 - 5*_t1
    _t14 = _t4*_t5
    _t15 = _t7**2
    _t16 = _t2*_t5
    _t17 = 16*_t16
    _t18 = _t0*_t4
    _t19 = _t11**2
    _t20 = _t10*_t4
    _t21 = _t17*_t7
    _t22 = _t11*_t12
    return -64*_t0**7*_t2 + 151*_t0*_t2**4 + _t10*_t2*_t7**3 - 440*_t11*_t14 + 24*_t11*_t18*_t7 - _t11*_t21 + _t11*_t8 + 92*_t11*_t9 - _t12**2*_t17 - _t12*_t13*_t17 - 376*_t12*_t14 - _t12*_t21 + _t12*_t8 + _t13*_t8 - 392*_t14*_t7 - _t15*_t17 + 100*_t15*_t18 - 32*_t16*_t22 - _t17*_t19 + _t19*_t20 + _t20*_t22 + 1616*_t3*_t4 - 1156*_t5*_t6 + _t7*_t8 + 242*_t7*_t9 + _t8*(6 - 6*_t1)


def _act_derivative_mp_9(x):
    _t0 = mpmath.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**6
    _t4 = _t2**2
    _t5 = _t0**4
    _t6 = _t2**3
    _t7 = _t2**4
    _t8 = 1 - _t1
    _t9 = _t8**2
    _t10 = _t8**3
    _t11 = _t2*_t8
    _t12 = 64*_t3
    _t13 = 3 - 3*_t1
    _t14 = _t12*_t2
    _t15 = 4 - 4*_t1
    _t16 = 5 - 5*_t1
    _t17 = 6 - 6*_t1
    _t18 = _t4*_t8
    _t19 = _t1*_t6
    _t20 = 32*_t5
    _t21 = _t2*_t20
    _t22 = _t1*_t2
    _t23 = 16*_t22
    _t24 = _t13**2
    _t25 = _t15**2
    _t26 = _t13*_t4
    _t27 = _t4*_t5
    _t28 = _t1*_t4
    _t29 = _t13*_t8
    _t30 = 8*_t18
    _t31 = _t11*_t20
    _t32 = _t13*_t15
    _t33 = 64*_t2*_t5
    _t34 = _t16*_t21
    _t35 = 16*_t1*_t11
    _t36 = _t13*_t23
    return 128*_t0**8*_t2 - 1726*_t1*_t7 - _t10*_t23 + 100*_t10*_t4 - _t11*_t12 - _t13**3*_t23 - _t13*_t14 - 1812*_t13*_t19 + _t13*_t31 + _t13*_t34 - _t14*_t15 - _t14*_t16 - _t14*_t17 - _t14*(7 - 7*_t1) + _t15*_t16*_t33 - 24*_t15*_t19 - 32*_t15*_t22*_t24 + 1824*_t15*_t27 + _t15*_t31 + _t16**2*_t21 - _t16*_t23*_t32 + 1680*_t16*_t27 + _t16*_t31 + _t17*_t34 + 1712*_t18*_t5 - 1724*_t19*_t8 + 8*_t2*_t8**4 + _t21*_t24 + _t21*_t25 + _t21*_t9 - 472*_t24*_t28 + _t24*_t30 - _t24*_t35 - _t25*_t36 + 2000*_t26*_t5 + 24*_t26*_t9 - 488*_t28*_t29 - 408*_t28*_t32 - 424*_t28*_t9 + 92*_t29*_t6 - 7072*_t3*_t4 + _t30*_t32 + _t32*_t33 - _t32*_t35 - _t36*_t9 + 10152*_t5*_t6 + 242*_t6*_t9 + 151*_t7*_t8


def _act_derivative_mp_10(x):
    _t0 = mpmath.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**7
    _t4 = _t2**2
    _t5 = _t0**5
    _t6 = _t2**3
    _t7 = _t0**3
    _t8 = _t2**4
    _t9 = 1 - _t1
    _t10 = _t0*_t8
    _t11 = 3 - 3*_t1
    _t12 = 4 - 4*_t1
    _t13 = 5 - 5*_t1
    _t14 = 6 - 6*_t1
    _t15 = 7 - 7*_t1
    _t16 = 24*_t12
    _t17 = _t4*_t5
    _t18 = _t9**2
    _t19 = _t2*_t5
    _t20 = 64*_t19
    _t21 = _t0*_t6
    _t22 = _t9**3
    _t23 = _t0*_t4
    _t24 = _t11**2
    _t25 = _t11**3
    _t26 = _t12**2
    _t27 = _t13**2
    _t28 = 16*_t23
    _t29 = _t20*_t9
    _t30 = _t11*_t21
    _t31 = 128*_t19
    _t32 = _t11*_t12
    _t33 = _t11*_t20
    _t34 = _t13*_t31
    _t35 = _t14*_t20
    _t36 = _t23*_t24
    _t37 = 48*_t9
    return -256*_t0**9*_t2 - 1877*_t0*_t2**5 - 16*_t0*_t2*_t9**4 - 1904*_t10*_t11 - _t10*_t16 - 3692*_t10*_t9 + 64*_t11*_t12*_t13*_t2*_t7 + 64*_t11*_t12*_t2*_t7*_t9 + 4048*_t11*_t12*_t4*_t7 + 64*_t11*_t13*_t4*_t7 - 8640*_t11*_t17 + 32*_t11*_t18*_t2*_t7 - 112*_t11*_t18*_t23 + 96*_t11*_t2*_t26*_t7 + 128*_t11*_t2*_t3 - _t11*_t26*_t28 - _t11*_t29 + 2144*_t11*_t4*_t7*_t9 + 15824*_t11*_t6*_t7 + 32*_t12**3*_t2*_t7 + 32*_t12*_t13*_t14*_t2*_t7 + 32*_t12*_t13*_t2*_t7*_t9 + 1728*_t12*_t13*_t4*_t7 - 8096*_t12*_t17 + 32*_t12*_t18*_t2*_t7 + 96*_t12*_t2*_t24*_t7 + 32*_t12*_t2*_t27*_t7 + 128*_t12*_t2*_t3 - _t12*_t29 - 416*_t12*_t30 - _t12*_t34 - _t12*_t35 - 32*_t12*_t36 + 1760*_t12*_t4*_t7*_t9 + 11520*_t12*_t6*_t7 - 7616*_t13*_t17 + 64*_t13*_t2*_t26*_t7 + 128*_t13*_t2*_t3 - _t13*_t28*_t32 - _t13*_t29 - _t13*_t33 - _t14**2*_t20 - 7232*_t14*_t17 + 128*_t14*_t2*_t3 - _t14*_t29 - _t14*_t33 - _t14*_t34 + 128*_t15*_t2*_t3 - _t15*_t35 - _t16*_t21*_t9 - 7296*_t17*_t9 - _t18*_t20 - 2248*_t18*_t21 + 1792*_t18*_t4*_t7 + 32*_t2*_t22*_t7 + 32*_t2*_t24*_t7*_t9 + 32*_t2*_t25*_t7 + 32*_t2*_t26*_t7*_t9 + 128*_t2*_t3*_t9 + 128*_t2*_t3*(8 - 8*_t1) - _t20*_t24 - _t20*_t26 - _t20*_t27 - 480*_t21*_t24 - 448*_t22*_t23 - _t23*_t32*_t37 + 2176*_t24*_t4*_t7 - _t25*_t28 + 1872*_t26*_t4*_t7 + 29952*_t3*_t4 - 1168*_t30*_t9 - _t31*_t32 - _t36*_t37 - 84320*_t5*_t6 + 12656*_t6*_t7*_t9 + 21064*_t7*_t8


def _moment_mp_0(mu, sigma):
    _t0 = mu/sigma
    return gaussym.kernels.special.gauss_tail_mp(0, -_t0, 0) - gaussym.kernels.special.gauss_tail_mp(0, _t0, 0)


def _moment_mp_1(mu, sigma):
    _t0 = mu/sigma
    return sigma*gaussym.kernels.special.gauss_tail_mp(1, -_t0, 0) + sigma*gaussym.kernels.special.gauss_tail_mp(1, _t0, 0)


def _moment_mp_2(mu, sigma):
    _t0 = sigma**2
    _t1 = mu/sigma
    return _t0*gaussym.kernels.special.gauss_tail_mp(2, -_t1, 0) - _t0*gaussym.kernels.special.gauss_tail_mp(2, _t1, 0)


def _moment_mp_3(mu, sigma):
    _t0 = sigma**3
    _t1 = mu/sigma
    return _t0*gaussym.kernels.special.gauss_tail_mp(3, -_t1, 0) + _t0*gaussym.kernels.special.gauss_tail_mp(3, _t1, 0)


def _moment_mp_4(mu, sigma):
    _t0 = sigma**4
    _t1 = mu/sigma
    return _t0*gaussym.kernels.special.gauss_tail_mp(4, -_t1, 0) - _t0*gaussym.kernels.special.gauss_tail_mp(4, _t1, 0)


def _moment_mp_5(mu, sigma):
    _t0 = sigma**5
    _t1 = mu/sigma
    return _t0*gaussym.kernels.special.gauss_tail_mp(5, -_t1, 0) + _t0*gaussym.kernels.special.gauss_tail_mp(5, _t1, 0)


def _moment_mp_6(mu, sigma):
    _t0 = sigma**6
    _t1 = mu/sigma
    return _t0*gaussym.kernels.special.gauss_tail_mp(6, -_t1, 0) - _t0*gaussym.kernels.special.gauss_tail_mp(6, _t1, 0)


def _moment_mp_7(mu, sigma):
    _t0 = sigma**7
    _t1 = mu/sigma
    return _t0*gaussym.kernels.special.gauss_tail_mp(7, -_t1, 0) + _t0*gaussym.kernels.special.gauss_tail_mp(7, _t1, 0)


def _moment_mp_8(mu, sigma):
    _t0 = sigma**8
    _t1 = mu/sigma
    return _t0*gaussym.kernels.special.gauss_tail_mp(8, -_t1, 0) - _t0*gaussym.kernels.special.gauss_tail_mp(8, _t1, 0)


def _moment_mp_9(mu, sigma):
    _t0 = sigma**9
    _t1 = mu/sigma
    return _t0*gaussym.kernels.special.gauss_tail_mp(9, -_t1, 0) + _t0*gaussym.kernels.special.gauss_tail_mp(9, _t1, 0)


def _moment_mp_10(mu, sigma):
    _t0 = sigma**10
    _t1 = mu/sigma
    return _t0*gaussym.kernels.special.gauss_tail_mp(10, -_t1, 0) - _t0*gaussym.kernels.special.gauss_tail_mp(10, _t1, 0)


def _derivative_mp_0(mu, sigma):
    _t0 = mu/sigma
    return gaussym.kernels.special.gauss_tail_mp(0, -_t0, 0) - gaussym.kernels.special.gauss_tail_mp(0, _t0, 0)


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
    _t0 = mpmath.tanh(x)
    return ((_t0 + 1) if (x < 0) else (_t0 - 1))


def _remainder_derivative_mp_0(x):
    _t0 = mpmath.tanh(x)
    return ((_t0 + 1) if (x < 0) else (_t0 - 1))


def _remainder_derivative_mp_1(x):
    return 1 - mpmath.tanh(x)**2


def _remainder_derivative_mp_2(x):
    _t0 = mpmath.tanh(x)
    return -_t0*(2 - 2*_t0**2)


def _remainder_derivative_mp_3(x):
    _t0 = mpmath.tanh(x)**2
    _t1 = 2 - 2*_t0
    return 2*_t0*_t1 - _t1*(1 - _t0)


def _remainder_derivative_mp_4(x):
    _t0 = mpmath.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    return -4*_t0**3*_t2 + 3*_t0*_t2**2 + 2*_t0*_t2*(1 - _t1)


def _remainder_derivative_mp_5(x):
    _t0 = mpmath.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t2**2
    _t4 = 1 - _t1
    _t5 = 4*_t1*_t2
    return 8*_t0**4*_t2 - 14*_t1*_t3 + 2*_t2*_t4**2 + 3*_t3*_t4 - _t4*_t5 - _t5*(3 - 3*_t1)


def _remainder_derivative_mp_6(x):
    _t0 = mpmath.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**3
    _t4 = _t2**2
    _t5 = 1 - _t1
    _t6 = _t0*_t4
    _t7 = 3 - 3*_t1
    return -16*_t0**5*_t2 - 17*_t0*_t2**3 - 4*_t0*_t2*_t5**2 + 8*_t2*_t3*_t5 + 8*_t2*_t3*_t7 + 8*_t2*_t3*(4 - 4*_t1) + 72*_t3*_t4 - 20*_t5*_t6 - 4*_t6*_t7


def _remainder_derivative_mp_7(x):
    _t0 = mpmath.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**4
    _t4 = _t2**2
    _t5 = _t2**3
    _t6 = 1 - _t1
    _t7 = _t6**2
    _t8 = 16*_t3
    _t9 = 3 - 3*_t1
    _t10 = _t2*_t8
    _t11 = 4 - 4*_t1
    return 32*_t0**6*_t2 + 8*_t1*_t11*_t2*_t9 + 8*_t1*_t2*_t6*_t9 + 8*_t1*_t2*_t7 + 8*_t1*_t2*_t9**2 + 88*_t1*_t4*_t6 + 88*_t1*_t4*_t9 + 134*_t1*_t5 - _t10*_t11 - _t10*_t9 - _t10*(5 - 5*_t1) - 4*_t2*_t6**3 - _t2*_t6*_t8 - 352*_t3*_t4 - 4*_t4*_t6*_t9 - 20*_t4*_t7 - 17*_t5*_t6


def _remainder_derivative_mp_8(x):
    _t0 = mpmath.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**5
    _t4 = _t2**2
    _t5 = _t0**3
    _t6 = _t2**3
    _t7 = 1 - _t1
    _t8 = 32*_t2*_t3
    _t9 = _t0*_t6
    _t10 = 8*_t0
    _t11 = 3 - 3*_t1
    _t12 = 4 - 4*_t1
    _t13 = 5 - 5*_t1
    _t14 = _t4*_t5
    _t15 = _t7**2
    _t16 = _t2*_t5
    _t17 = 16*_t16
    _t18 = _t0*_t4
    _t19 = _t11**2
    _t20 = _t10*_t4
    _t21 = _t17*_t7
    _t22 = _t11*_t12
    return -64*_t0**7*_t2 + 151*_t0*_t2**4 + _t10*_t2*_t7**3 - 440*_t11*_t14 + 24*_t11*_t18*_t7 - _t11*_t21 + _t11*_t8 + 92*_t11*_t9 - _t12**2*_t17 - _t12*_t13*_t17 - 376*_t12*_t14 - _t12*_t21 + _t12*_t8 + _t13*_t8 - 392*_t14*_t7 - _t15*_t17 + 100*_t15*_t18 - 32*_t16*_t22 - _t17*_t19 + _t19*_t20 + _t20*_t22 + 1616*_t3*_t4 - 1156*_t5*_t6 + _t7*_t8 + 242*_t7*_t9 + _t8*(6 - 6*_t1)


def _remainder_derivative_mp_9(x):
    _t0 = mpmath.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**6
    _t4 = _t2**2
    _t5 = _t0**4
    _t6 = _t2**3
    _t7 = _t2**4
    _t8 = 1 - _t1
    _t9 = _t8**2
    _t10 = _t8**3
    _t11 = _t2*_t8
    _t12 = 64*_t3
    _t13 = 3 - 3*_t1
    _t14 = _t12*_t2
    _t15 = 4 - 4*_t1
    _t16 = 5 - 5*_t1
    _t17 = 6 - 6*_t1
    _t18 = _t4*_t8
    _t19 = _t1*_t6
    _t20 = 32*_t5
    _t21 = _t2*_t20
    _t22 = _t1*_t2
    _t23 = 16*_t22
    _t24 = _t13**2
    _t25 = _t15**2
    _t26 = _t13*_t4
    _t27 = _t4*_t5
    _t28 = _t1*_t4
    _t29 = _t13*_t8
    _t30 = 8*_t18
    _t31 = _t11*_t20
    _t32 = _t13*_t15
    _t33 = 64*_t2*_t5
    _t34 = _t16*_t21
    _t35 = 16*_t1*_t11
    _t36 = _t13*_t23
    return 128*_t0**8*_t2 - 1726*_t1*_t7 - _t10*_t23 + 100*_t10*_t4 - _t11*_t12 - _t13**3*_t23 - _t13*_t14 - 1812*_t13*_t19 + _t13*_t31 + _t13*_t34 - _t14*_t15 - _t14*_t16 - _t14*_t17 - _t14*(7 - 7*_t1) + _t15*_t16*_t33 - 24*_t15*_t19 - 32*_t15*_t22*_t24 + 1824*_t15*_t27 + _t15*_t31 + _t16**2*_t21 - _t16*_t23*_t32 + 1680*_t16*_t27 + _t16*_t31 + _t17*_t34 + 1712*_t18*_t5 - 1724*_t19*_t8 + 8*_t2*_t8**4 + _t21*_t24 + _t21*_t25 + _t21*_t9 - 472*_t24*_t28 + _t24*_t30 - _t24*_t35 - _t25*_t36 + 2000*_t26*_t5 + 24*_t26*_t9 - 488*_t28*_t29 - 408*_t28*_t32 - 424*_t28*_t9 + 92*_t29*_t6 - 7072*_t3*_t4 + _t30*_t32 + _t32*_t33 - _t32*_t35 - _t36*_t9 + 10152*_t5*_t6 + 242*_t6*_t9 + 151*_t7*_t8


def _remainder_derivative_mp_10(x):
    _t0 = mpmath.tanh(x)
    _t1 = _t0**2
    _t2 = 2 - 2*_t1
    _t3 = _t0**7
    _t4 = _t2**2
    _t5 = _t0**5
    _t6 = _t2**3
    _t7 = _t0**3
    _t8 = _t2**4
    _t9 = 1 - _t1
    _t10 = _t0*_t8
    _t11 = 3 - 3*_t1
    _t12 = 4 - 4*_t1
    _t13 = 5 - 5*_t1
    _t14 = 6 - 6*_t1
    _t15 = 7 - 7*_t1
    _t16 = 24*_t12
    _t17 = _t4*_t5
    _t18 = _t9**2
    _t19 = _t2*_t5
    _t20 = 64*_t19
    _t21 = _t0*_t6
    _t22 = _t9**3
    _t23 = _t0*_t4
    _t24 = _t11**2
    _t25 = _t11**3
    _t26 = _t12**2
    _t27 = _t13**2
    _t28 = 16*_t23
    _t29 = _t20*_t9
    _t30 = _t11*_t21
    _t31 = 128*_t19
    _t32 = _t11*_t12
    _t33 = _t11*_t20
    _t34 = _t13*_t31
    _t35 = _t14*_t20
    _t36 = _t23*_t24
    _t37 = 48*_t9
    return -256*_t0**9*_t2 - 1877*_t0*_t2**5 - 16*_t0*_t2*_t9**4 - 1904*_t10*_t11 - _t10*_t16 - 3692*_t10*_t9 + 64*_t11*_t12*_t13*_t2*_t7 + 64*_t11*_t12*_t2*_t7*_t9 + 4048*_t11*_t12*_t4*_t7 + 64*_t11*_t13*_t4*_t7 - 8640*_t11*_t17 + 32*_t11*_t18*_t2*_t7 - 112*_t11*_t18*_t23 + 96*_t11*_t2*_t26*_t7 + 128*_t11*_t2*_t3 - _t11*_t26*_t28 - _t11*_t29 + 2144*_t11*_t4*_t7*_t9 + 15824*_t11*_t6*_t7 + 32*_t12**3*_t2*_t7 + 32*_t12*_t13*_t14*_t2*_t7 + 32*_t12*_t13*_t2*_t7*_t9 + 1728*_t12*_t13*_t4*_t7 - 8096*_t12*_t17 + 32*_t12*_t18*_t2*_t7 + 96*_t12*_t2*_t24*_t7 + 32*_t12*_t2*_t27*_t7 + 128*_t12*_t2*_t3 - _t12*_t29 - 416*_t12*_t30 - _t12*_t34 - _t12*_t35 - 32*_t12*_t36 + 1760*_t12*_t4*_t7*_t9 + 11520*_t12*_t6*_t7 - 7616*_t13*_t17 + 64*_t13*_t2*_t26*_t7 + 128*_t13*_t2*_t3 - _t13*_t28*_t32 - _t13*_t29 - _t13*_t33 - _t14**2*_t20 - 7232*_t14*_t17 + 128*_t14*_t2*_t3 - _t14*_t29 - _t14*_t33 - _t14*_t34 + 128*_t15*_t2*_t3 - _t15*_t35 - _t16*_t21*_t9 - 7296*_t17*_t9 - _t18*_t20 - 2248*_t18*_t21 + 1792*_t18*_t4*_t7 + 32*_t2*_t22*_t7 + 32*_t2*_t24*_t7*_t9 + 32*_t2*_t25*_t7 + 32*_t2*_t26*_t7*_t9 + 128*_t2*_t3*_t9 + 128*_t2*_t3*(8 - 8*_t1) - _t20*_t24 - _t20*_t26 - _t20*_t27 - 480*_t21*_t24 - 448*_t22*_t23 - _t23*_t32*_t37 + 2176*_t24*_t4*_t7 - _t25*_t28 + 1872*_t26*_t4*_t7 + 29952*_t3*_t4 - 1168*_t30*_t9 - _t31*_t32 - _t36*_t37 - 84320*_t5*_t6 + 12656*_t6*_t7*_t9 + 21064*_t7*_t8


_MOMENTS = (_moment_0, _moment_1, _moment_2, _moment_3, _moment_4, _moment_5, _moment_6, _moment_7, _moment_8, _moment_9, _moment_10,)
_DERIVATIVES = (_derivative_0, _derivative_1, _derivative_2, _derivative_3, _derivative_4, _derivative_5, _derivative_6, _derivative_7, _derivative_8, _derivative_9, _derivative_10,)
_ACT_DERIVATIVES = (_act_derivative_0, _act_derivative_1, _act_derivative_2, _act_derivative_3, _act_derivative_4, _act_derivative_5, _act_derivative_6, _act_derivative_7, _act_derivative_8, _act_derivative_9, _act_derivative_10,)
_MOMENTS_MP = (_moment_mp_0, _moment_mp_1, _moment_mp_2, _moment_mp_3, _moment_mp_4, _moment_mp_5, _moment_mp_6, _moment_mp_7, _moment_mp_8, _moment_mp_9, _moment_mp_10,)
_DERIVATIVES_MP = (_derivative_mp_0, _derivative_mp_1, _derivative_mp_2, _derivative_mp_3, _derivative_mp_4, _derivative_mp_5, _derivative_mp_6, _derivative_mp_7, _derivative_mp_8, _derivative_mp_9, _derivative_mp_10,)
_ACT_DERIVATIVES_MP = (_act_derivative_mp_0, _act_derivative_mp_1, _act_derivative_mp_2, _act_derivative_mp_3, _act_derivative_mp_4, _act_derivative_mp_5, _act_derivative_mp_6, _act_derivative_mp_7, _act_derivative_mp_8, _act_derivative_mp_9, _act_derivative_mp_10,)
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
