"""Generated kernels for the activation 'mish' -- DO NOT EDIT.

    act(x) = x*tanh(log1p(exp(x)))
    moments E[x^n act(x)], x ~ N(mu, sigma^2), for n <= MAX_N = 10; expected derivatives
    E[act^(m)(x)] = d^m/dmu^m E[act(x)] for m <= MAX_N; numpy (vectorised) and mpmath kernels.

Written by gaussym.kernels.codegen. Regenerate: python derivations/regenerate_kernels.py (built-ins) or
    gaussym codegen 'x*tanh(log1p(exp(x)))' --name mish --max-n 10 -o FILE

Decomposition:
    piece x in (-inf, inf): x*tanh(log(exp(x) + 1))
      numeric    : x*tanh(log(exp(x) + 1)) (no integral rule for this factor)
    numeric part: residual = x*tanh(log(exp(x) + 1))
      asymptote (closed form): Piecewise((0, x < 0), (x, True))
      remainder by quadrature on window (-93.25, 43.0), breakpoints (0.0,)

Blocks: D(k, c, L) = e^L int_c^inf (z-c)^k phi(z) dz (gauss_tail); PhiBlend(P, Q, q) = P Phi(q) + Q phi(q).
Closed-form part of E[x^n act(x)]:
    n = 0: sigma*D(1, -mu/sigma, 0)
    n = 1: sigma**2*D(2, -mu/sigma, 0)
    n = 2: sigma**3*D(3, -mu/sigma, 0)
Closed-form part of E[act'(x)]:
    D(0, -mu/sigma, 0)
Numeric part: + E[x^n remainder(x)] by quadrature on WINDOW (gaussym.kernels.quadrature.remainder_moments).
"""
# ruff: noqa
import gaussym.kernels.generated._runtime
import gaussym.kernels.special
import mpmath
import numpy
import scipy.special

NAME = 'mish'
EXPRESSION = 'x*tanh(log1p(exp(x)))'
PARAMS = {}
MAX_N = 10
NUMERIC = True
BAKED_PARAMS = ()
DIRECT_SIGMA = 0.5
HERMITE_SIGMA = None
WINDOW = (-93.25, 43.0)
REMAINDER_BREAKPOINTS = (0.0,)
SPLIT_EXP = False
SPLIT_WINDOW = (-93.25, 43.0)
SPLIT_BREAKPOINTS = (0.0,)
_runtime = gaussym.kernels.generated._runtime


def _activation(x):
    return x*numpy.tanh(numpy.logaddexp(0.0, x))


def _act_derivative_0(x):
    return x*numpy.tanh(numpy.logaddexp(0.0, x))


def _act_derivative_1(x):
    _t0 = numpy.logaddexp(0.0, x)
    return x*numpy.cosh(_t0)**(-2.0)*scipy.special.expit(x) + numpy.tanh(_t0)


def _act_derivative_2(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = scipy.special.expit(x)
    _t3 = _t1*_t2
    return -2*_t1*_t2**2*x*numpy.tanh(_t0) + _t3*x*scipy.special.expit(-x) + 2*_t3


def _act_derivative_3(x):
    _t0 = scipy.special.expit(x)
    _t1 = numpy.logaddexp(0.0, x)
    _t2 = numpy.cosh(_t1)**(-2.0)
    _t3 = scipy.special.expit(-x)
    _t4 = _t0**3
    _t5 = numpy.tanh(_t1)
    _t6 = _t0**2*_t2
    _t7 = 6*_t5*_t6
    _t8 = _t3*x
    return _t0*_t2*_t3**2*x + 3*_t0*_t2*_t3 - 2*_t2**2*_t4*x + 4*_t2*_t4*_t5**2*x - _t6*_t8 - _t7*_t8 - _t7


def _act_derivative_4(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = _t1**2
    _t3 = scipy.special.expit(x)
    _t4 = _t3**3
    _t5 = _t2*_t4
    _t6 = 4*_t1
    _t7 = _t3**2
    _t8 = scipy.special.expit(-x)
    _t9 = _t7*_t8
    _t10 = _t8**2
    _t11 = numpy.tanh(_t0)
    _t12 = _t11**2
    _t13 = _t3**4
    _t14 = _t1*x
    return 4*_t1*_t10*_t3 + 8*_t1*_t11*_t4*_t8*x - 24*_t1*_t11*_t9 + 24*_t1*_t12*_t4*_t8*x + 16*_t1*_t12*_t4 + _t1*_t3*_t8**3*x + _t1*_t4*_t8*x - 14*_t10*_t11*_t14*_t7 - _t10*_t6*_t7*x - 8*_t11**3*_t13*_t14 + 16*_t11*_t13*_t2*x - 12*_t5*_t8*x - 8*_t5 - _t6*_t9


def _act_derivative_5(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = scipy.special.expit(x)
    _t3 = _t2**5*x
    _t4 = 16*_t3
    _t5 = _t2**3
    _t6 = scipy.special.expit(-x)
    _t7 = _t5*_t6
    _t8 = 5*_t1
    _t9 = _t6**3
    _t10 = _t1*x
    _t11 = numpy.tanh(_t0)
    _t12 = _t2**4
    _t13 = _t1*_t12
    _t14 = _t11**3*_t13
    _t15 = _t1**2
    _t16 = _t12*_t15
    _t17 = _t11*_t16
    _t18 = _t6*x
    _t19 = _t13*_t18
    _t20 = _t6**2
    _t21 = _t1*_t2**2
    _t22 = _t20*_t21
    _t23 = _t20*_t5
    _t24 = _t10*_t23
    _t25 = _t21*_t9*x
    _t26 = _t1*_t7
    _t27 = _t11**2
    return _t1**3*_t4 + _t1*_t11**4*_t4 + _t10*_t2*_t6**4 - 10*_t11*_t19 - 70*_t11*_t22 + 60*_t11*_t24 - 30*_t11*_t25 + 40*_t11*_t26 - 80*_t14*_t18 - 40*_t14 - 50*_t15*_t23*x - 88*_t15*_t27*_t3 - 60*_t15*_t7 + 20*_t16*_t18 + 160*_t17*_t18 + 80*_t17 - 40*_t19*_t27 - _t19 + _t2*_t8*_t9 - 20*_t22 + 100*_t24*_t27 + 11*_t24 - 11*_t25 + 120*_t26*_t27 + _t7*_t8


def _act_derivative_6(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = _t1**3
    _t3 = scipy.special.expit(x)
    _t4 = _t3**5
    _t5 = 96*_t4
    _t6 = 6*_t1
    _t7 = _t3**4
    _t8 = scipy.special.expit(-x)
    _t9 = _t7*_t8
    _t10 = _t8**4
    _t11 = _t1*x
    _t12 = _t4*_t8
    _t13 = _t11*_t12
    _t14 = numpy.tanh(_t0)
    _t15 = _t1*_t14**4
    _t16 = _t3**3
    _t17 = _t8**2
    _t18 = _t16*_t17
    _t19 = 66*_t1
    _t20 = _t3**2
    _t21 = _t8**3
    _t22 = _t20*_t21
    _t23 = _t1**2
    _t24 = _t23*_t9
    _t25 = _t3**6
    _t26 = _t2*x
    _t27 = _t14**2
    _t28 = _t23*_t4
    _t29 = _t27*_t28
    _t30 = 26*_t11
    _t31 = _t17*_t7
    _t32 = _t16*_t21
    _t33 = _t10*_t20
    _t34 = _t8*x
    _t35 = _t28*_t34
    _t36 = 240*_t12
    _t37 = _t1*_t9
    _t38 = _t14**3
    _t39 = _t23*x
    _t40 = _t31*_t39
    _t41 = _t1*_t14
    _t42 = _t11*_t31
    _t43 = _t11*_t14
    return 600*_t1*_t18*_t27 + _t10*_t3*_t6 - 32*_t11*_t14**5*_t25 + 360*_t11*_t27*_t32 + _t11*_t3*_t8**5 + 12*_t13*_t14 + 60*_t13*_t27 + 160*_t13*_t38 + _t13 + 960*_t14*_t24 - 272*_t14*_t25*_t26 - 320*_t14*_t35 - 60*_t14*_t37 + 1040*_t14*_t40 - 182*_t14*_t42 + _t15*_t36*x + _t15*_t5 + _t18*_t19 - 300*_t18*_t23 + 360*_t18*_t41 - _t19*_t22 + _t19*_t32*x + _t2*_t5 - 180*_t22*_t41 + 120*_t24 + 416*_t25*_t38*_t39 + _t26*_t36 - 240*_t27*_t37 - 480*_t27*_t42 - 1320*_t29*_t34 - 528*_t29 - _t30*_t31 - _t30*_t33 - 180*_t32*_t39 + 292*_t32*_t43 - 62*_t33*_t43 - 30*_t35 - 480*_t37*_t38 - 520*_t38*_t42 + 240*_t40 - _t6*_t9


def _act_derivative_7(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = scipy.special.expit(x)
    _t3 = _t2**7
    _t4 = _t3*x
    _t5 = scipy.special.expit(-x)
    _t6 = _t2**5
    _t7 = _t5**5
    _t8 = _t2**6
    _t9 = _t1*_t8
    _t10 = _t5*x
    _t11 = _t10*_t9
    _t12 = numpy.tanh(_t0)
    _t13 = _t12**5*_t9
    _t14 = _t1**3
    _t15 = _t14*_t8
    _t16 = _t12*_t15
    _t17 = 182*_t1
    _t18 = _t2**4
    _t19 = _t5**2
    _t20 = _t18*_t19
    _t21 = _t2**3
    _t22 = _t5**3
    _t23 = _t2**2
    _t24 = _t5**4
    _t25 = _t23*_t24
    _t26 = _t1**2
    _t27 = _t26*_t5*_t6
    _t28 = _t12**3
    _t29 = _t1*x
    _t30 = _t18*_t22
    _t31 = _t23*_t7
    _t32 = _t12**4
    _t33 = _t12**2
    _t34 = _t26*x
    _t35 = _t19*_t34*_t6
    _t36 = _t1*_t20
    _t37 = _t29*_t30
    return -272*_t1**4*_t4 + 64*_t1*_t12**6*_t3*x + 476*_t1*_t12*_t19*_t6*x + 2044*_t1*_t12*_t21*_t22 + 1176*_t1*_t12*_t21*_t24*x - 434*_t1*_t12*_t25 + 84*_t1*_t12*_t5*_t6 + 2800*_t1*_t19*_t28*_t6*x + 2240*_t1*_t19*_t32*_t6*x + 1624*_t1*_t19*_t33*_t6*x + 57*_t1*_t19*_t6*x + _t1*_t2*_t5**6*x + 7*_t1*_t2*_t7 + 2520*_t1*_t21*_t22*_t33 + 462*_t1*_t21*_t22 + 1204*_t1*_t21*_t24*_t33*x + 302*_t1*_t21*_t24*x + 1120*_t1*_t28*_t5*_t6 + 1680*_t1*_t32*_t5*_t6 + 420*_t1*_t33*_t5*_t6 + 7*_t1*_t5*_t6 - 672*_t10*_t13 - 560*_t10*_t15 - 5712*_t10*_t16 - 14*_t11*_t12 - 280*_t11*_t28 - 560*_t11*_t32 - 84*_t11*_t33 - _t11 + 7280*_t12*_t18*_t19*_t26 + 5600*_t12*_t18*_t22*_t26*x + 560*_t12*_t26*_t5*_t8*x - 2240*_t12*_t27 - 126*_t12*_t29*_t31 - 5600*_t12*_t35 - 1274*_t12*_t36 - 1736*_t12*_t37 - 224*_t13 + 2240*_t14*_t19*_t6*x + 2880*_t14*_t3*_t33*x + 1680*_t14*_t5*_t6 - 1904*_t16 - _t17*_t20 - _t17*_t25 + 1680*_t18*_t19*_t26 + 1792*_t18*_t22*_t26*x - 1260*_t21*_t22*_t26 - 602*_t21*_t24*_t34 + 8736*_t26*_t28*_t5*_t8*x + 2912*_t26*_t28*_t8 - 1824*_t26*_t32*_t4 + 3080*_t26*_t33*_t5*_t8*x + 42*_t26*_t5*_t8*x - 9240*_t27*_t33 - 210*_t27 - 3640*_t28*_t36 - 2800*_t28*_t37 - 302*_t29*_t30 - 57*_t29*_t31 - 12320*_t33*_t35 - 3360*_t33*_t36 - 3584*_t33*_t37 - 812*_t35


def _act_derivative_8(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = _t1**4
    _t3 = scipy.special.expit(x)
    _t4 = _t3**7
    _t5 = _t2*_t4
    _t6 = _t3**6
    _t7 = scipy.special.expit(-x)
    _t8 = _t6*_t7
    _t9 = _t7**6
    _t10 = numpy.tanh(_t0)
    _t11 = _t10**6
    _t12 = _t3**5
    _t13 = _t7**2
    _t14 = 2416*_t1
    _t15 = _t3**4
    _t16 = _t7**3
    _t17 = _t15*_t16
    _t18 = _t3**3
    _t19 = _t7**4
    _t20 = _t3**2
    _t21 = _t7**5
    _t22 = _t20*_t21
    _t23 = _t1**2
    _t24 = _t1**3
    _t25 = _t24*_t8
    _t26 = _t3**8
    _t27 = _t1*x
    _t28 = _t10**4
    _t29 = _t23*_t4
    _t30 = _t28*_t29
    _t31 = _t10**2
    _t32 = _t13*_t6
    _t33 = 120*_t27
    _t34 = _t15*_t19
    _t35 = _t20*_t9
    _t36 = _t7*x
    _t37 = _t29*_t36
    _t38 = _t1*_t8
    _t39 = _t12*_t13*_t23
    _t40 = _t10**5
    _t41 = _t10**3
    _t42 = _t24*x
    _t43 = _t23*x
    _t44 = _t12*_t16*_t43
    _t45 = _t32*_t42
    _t46 = _t1*_t17
    _t47 = _t27*_t32
    _t48 = _t27*_t34
    return 3808*_t1*_t10*_t12*_t13 + 8192*_t1*_t10*_t12*_t16*x + 9408*_t1*_t10*_t18*_t19 + 4272*_t1*_t10*_t18*_t21*x - 1008*_t1*_t10*_t22 + 16*_t1*_t10*_t4*_t7*x + 1792*_t1*_t11*_t4*_t7*x + 512*_t1*_t11*_t4 + 17920*_t1*_t12*_t13*_t28 + 12992*_t1*_t12*_t13*_t31 + 22400*_t1*_t12*_t13*_t41 + 456*_t1*_t12*_t13 + 16800*_t1*_t12*_t16*_t28*x + 22344*_t1*_t12*_t16*_t31*x + 29568*_t1*_t12*_t16*_t41*x + 1191*_t1*_t12*_t16*x + 9632*_t1*_t18*_t19*_t31 + 2416*_t1*_t18*_t19 + 3864*_t1*_t18*_t21*_t31*x + 1191*_t1*_t18*_t21*x - 456*_t1*_t22 + 1120*_t1*_t28*_t4*_t7*x + _t1*_t3*_t7**7*x + 8*_t1*_t3*_t9 + 112*_t1*_t31*_t4*_t7*x + 1792*_t1*_t4*_t40*_t7*x + 448*_t1*_t4*_t41*_t7*x + _t1*_t4*_t7*x - 8*_t1*_t8 - 128*_t10**7*_t26*_t27 + 21056*_t10*_t13*_t23*_t6*x + 44800*_t10*_t15*_t16*_t23 + 27216*_t10*_t15*_t19*_t23*x + 7936*_t10*_t2*_t26*x + 4480*_t10*_t23*_t6*_t7 + 15232*_t10*_t24*_t4*_t7*x - 45696*_t10*_t25 - 254*_t10*_t27*_t35 - 896*_t10*_t37 - 112*_t10*_t38 - 44800*_t10*_t39 - 59136*_t10*_t44 - 72352*_t10*_t45 - 13888*_t10*_t46 - 1150*_t10*_t47 - 12252*_t10*_t48 + 17920*_t12*_t13*_t24 + 16800*_t12*_t16*_t24*x + 73920*_t13*_t23*_t31*_t6*x + 110656*_t13*_t23*_t41*_t6*x + 2352*_t13*_t23*_t6*x - _t14*_t17 - _t14*_t34*x + 14336*_t15*_t16*_t23 + 10752*_t15*_t19*_t23*x - 4816*_t18*_t19*_t23 - 1932*_t18*_t21*_t43 + 7680*_t23*_t26*_t40*x + 24640*_t23*_t31*_t6*_t7 + 69888*_t23*_t41*_t6*_t7 + 336*_t23*_t6*_t7 + 80640*_t24*_t31*_t4*_t7*x + 23040*_t24*_t31*_t4 + 1120*_t24*_t4*_t7*x - 4480*_t25 - 24576*_t26*_t41*_t42 - 4480*_t28*_t38 - 13440*_t28*_t47 - 51072*_t30*_t36 - 14592*_t30 - 6160*_t31*_t37 - 672*_t31*_t38 - 98560*_t31*_t39 - 92400*_t31*_t44 - 28672*_t31*_t46 - 4704*_t31*_t47 - 21504*_t31*_t48 - _t32*_t33 - _t33*_t35 - 7616*_t36*_t5 - 23296*_t37*_t41 - 56*_t37 - 5376*_t38*_t40 - 2240*_t38*_t41 - 6496*_t39 - 8512*_t40*_t47 - 22400*_t41*_t46 - 10528*_t41*_t47 - 13608*_t41*_t48 - 11172*_t44 - 13440*_t45 - 2176*_t5


def _act_derivative_9(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = scipy.special.expit(x)
    _t3 = _t2**9*x
    _t4 = _t2**7
    _t5 = scipy.special.expit(-x)
    _t6 = _t4*_t5
    _t7 = 9*_t1
    _t8 = _t5**7
    _t9 = _t1*x
    _t10 = numpy.tanh(_t0)
    _t11 = _t2**8
    _t12 = _t1*_t11
    _t13 = _t10**7*_t12
    _t14 = _t1**4
    _t15 = _t11*_t14
    _t16 = _t10*_t15
    _t17 = _t5*x
    _t18 = _t12*_t17
    _t19 = _t2**6
    _t20 = _t5**2
    _t21 = _t19*_t20
    _t22 = 1080*_t1
    _t23 = _t2**5
    _t24 = _t5**3
    _t25 = _t23*_t24
    _t26 = 10719*_t1
    _t27 = _t2**4
    _t28 = _t5**4
    _t29 = _t27*_t28
    _t30 = _t1*_t29
    _t31 = _t2**3
    _t32 = _t5**5
    _t33 = _t31*_t32
    _t34 = _t2**2
    _t35 = _t5**6
    _t36 = _t34*_t35
    _t37 = _t1**2
    _t38 = _t37*_t6
    _t39 = _t1**3
    _t40 = 10080*_t6
    _t41 = _t10**5
    _t42 = _t11*_t37
    _t43 = _t41*_t42
    _t44 = _t10**3
    _t45 = _t11*_t39
    _t46 = _t44*_t45
    _t47 = _t20*_t4
    _t48 = 247*_t9
    _t49 = _t19*_t24
    _t50 = 4293*_t9
    _t51 = _t23*_t28
    _t52 = 15619*_t9
    _t53 = _t27*_t32
    _t54 = _t31*_t35
    _t55 = _t34*_t8
    _t56 = _t17*_t42
    _t57 = _t17*_t45
    _t58 = _t1*_t10
    _t59 = _t21*_t37
    _t60 = _t25*_t37
    _t61 = _t29*_t37
    _t62 = _t21*_t39
    _t63 = 151200*_t25
    _t64 = _t10**6
    _t65 = _t10**4
    _t66 = _t10**2
    _t67 = _t47*x
    _t68 = _t37*_t67
    _t69 = _t37*x
    _t70 = _t49*_t69
    _t71 = _t51*_t69
    _t72 = _t53*_t69
    _t73 = _t39*x
    _t74 = 55776*_t47
    _t75 = 190176*_t49
    _t76 = 111216*_t51
    _t77 = _t1*_t6
    _t78 = _t1*_t65
    _t79 = 16128*_t77
    _t80 = _t1*_t21
    _t81 = _t39*_t6
    _t82 = _t10*_t9
    _t83 = _t10*_t49
    _t84 = _t53*_t9
    _t85 = _t1*_t66
    _t86 = _t66*_t9
    _t87 = _t47*_t9
    _t88 = _t65*_t9
    _t89 = _t49*_t9
    _t90 = _t47*_t73
    return 7936*_t1**5*_t3 + 256*_t1*_t10**8*_t3 + 266112*_t1*_t25*_t44 - 18*_t10*_t18 - 110268*_t10*_t30 - 8064*_t10*_t38 + 1344*_t10*_t56 - 34272*_t10*_t57 + 189504*_t10*_t59 - 532224*_t10*_t60 + 244944*_t10*_t61 - 651168*_t10*_t62 - 67200*_t10*_t68 + 393120*_t10*_t70 - 490560*_t10*_t71 + 124320*_t10*_t72 - 10350*_t10*_t80 + 137088*_t10*_t81 - 72750*_t10*_t84 + 479808*_t10*_t90 - 4608*_t13*_t17 - 1152*_t13 - 137216*_t14*_t3*_t66 - 68544*_t14*_t6 - 125664*_t14*_t67 + 22848*_t15*_t17 + 285696*_t16*_t17 + 71424*_t16 + 276480*_t17*_t43 - 884736*_t17*_t46 - 4032*_t18*_t41 - 672*_t18*_t44 - 5376*_t18*_t64 - 2016*_t18*_t65 - 144*_t18*_t66 - _t18 + _t2*_t5**8*_t9 + _t2*_t7*_t8 - _t21*_t22 - _t22*_t36 + _t25*_t26 + 73728*_t25*_t58 + 201096*_t25*_t85 + _t26*_t33 - 31616*_t3*_t37*_t64 + 185856*_t3*_t39*_t65 - 122472*_t30*_t44 - 193536*_t30*_t66 - 21744*_t30 - 17388*_t33*_t37 + 38448*_t33*_t58 + 34776*_t33*_t85 - 2286*_t36*_t58 - 209664*_t38*_t44 - 459648*_t38*_t65 - 55440*_t38*_t66 - 504*_t38 + _t39*_t40 + _t39*_t63 + _t40*_t78 + _t41*_t79 - 76608*_t41*_t80 + 56448*_t41*_t87 - 84672*_t41*_t89 + 69120*_t43 + 245280*_t44*_t51*_t9 + 52416*_t44*_t56 + 995904*_t44*_t59 - 733824*_t44*_t68 + 1100736*_t44*_t70 + 4032*_t44*_t77 - 94752*_t44*_t80 - 62160*_t44*_t84 + 33600*_t44*_t87 - 196560*_t44*_t89 - 221184*_t46 + _t47*_t48 + 2652*_t47*_t82 + 12492*_t47*_t86 - _t48*_t55 - _t49*_t50 + _t50*_t54 + _t51*_t52 + 94800*_t51*_t82 + 222240*_t51*_t86 - _t52*_t53 - 6050*_t54*_t69 + 14580*_t54*_t82 + 12100*_t54*_t86 - 510*_t55*_t82 + 153216*_t56*_t65 + 11088*_t56*_t66 + 72*_t56 - 241920*_t57*_t66 - 2016*_t57 + 144*_t58*_t6 + 665280*_t59*_t66 + 21168*_t59 + _t6*_t7 - 831600*_t60*_t66 - 100548*_t60 + 96768*_t61 - 120960*_t62 + _t63*_t78 + _t64*_t79 + 29568*_t64*_t87 - 842688*_t65*_t68 - 120960*_t65*_t80 - 306768*_t66*_t68 + 1045968*_t66*_t70 - 611688*_t66*_t71 + 1008*_t66*_t77 - 42336*_t66*_t80 + 725760*_t66*_t81 - 113880*_t66*_t84 - 111640*_t66*_t89 + 1330560*_t66*_t90 - 6246*_t68 + 55820*_t70 - 111120*_t71 + 56940*_t72 + _t73*_t74 - _t73*_t75 + _t73*_t76 - 719712*_t73*_t83 + _t74*_t88 - _t75*_t88 + _t76*_t88 - 33858*_t83*_t9


def _act_derivative_10(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = _t1**5
    _t3 = scipy.special.expit(x)
    _t4 = _t3**9
    _t5 = _t2*_t4
    _t6 = _t3**8
    _t7 = scipy.special.expit(-x)
    _t8 = _t6*_t7
    _t9 = 10*_t1
    _t10 = _t7**8
    _t11 = _t1*_t4
    _t12 = _t7*x
    _t13 = _t11*_t12
    _t14 = _t1*x
    _t15 = numpy.tanh(_t0)
    _t16 = _t11*_t15**8
    _t17 = _t3**7
    _t18 = _t7**2
    _t19 = _t17*_t18
    _t20 = 2470*_t1
    _t21 = _t3**6
    _t22 = _t7**3
    _t23 = _t21*_t22
    _t24 = 42930*_t1
    _t25 = _t3**5
    _t26 = _t7**4
    _t27 = _t25*_t26
    _t28 = 156190*_t1
    _t29 = _t3**4
    _t30 = _t7**5
    _t31 = _t29*_t30
    _t32 = _t3**3
    _t33 = _t7**6
    _t34 = _t32*_t33
    _t35 = _t3**2
    _t36 = _t7**7
    _t37 = _t35*_t36
    _t38 = _t1**2
    _t39 = _t38*_t8
    _t40 = _t1**3
    _t41 = _t40*_t8
    _t42 = _t1**4
    _t43 = _t42*_t8
    _t44 = _t3**10
    _t45 = _t15**6
    _t46 = _t38*_t4
    _t47 = _t45*_t46
    _t48 = _t15**4
    _t49 = _t4*_t40
    _t50 = _t48*_t49
    _t51 = _t15**2
    _t52 = _t4*_t42
    _t53 = _t51*_t52
    _t54 = _t18*_t6
    _t55 = 502*_t14
    _t56 = _t17*_t22
    _t57 = 14608*_t14
    _t58 = _t21*_t26
    _t59 = 88234*_t14
    _t60 = _t25*_t30
    _t61 = _t29*_t33
    _t62 = _t32*_t36
    _t63 = _t10*_t35
    _t64 = _t12*_t46
    _t65 = _t12*_t49
    _t66 = _t12*_t52
    _t67 = _t1*_t8
    _t68 = _t19*_t38
    _t69 = _t23*_t38
    _t70 = _t27*_t38
    _t71 = _t31*_t38
    _t72 = 557760*_t19
    _t73 = _t23*_t40
    _t74 = 1112160*_t27
    _t75 = _t15**7
    _t76 = _t38*x
    _t77 = _t15**5
    _t78 = _t40*x
    _t79 = _t15**3
    _t80 = _t42*x
    _t81 = _t54*_t76
    _t82 = _t56*_t76
    _t83 = _t58*_t76
    _t84 = _t60*_t76
    _t85 = _t61*_t76
    _t86 = _t54*_t78
    _t87 = 1354080*_t56
    _t88 = 2076480*_t58
    _t89 = 680400*_t60
    _t90 = _t54*_t80
    _t91 = _t1*_t15
    _t92 = _t1*_t23
    _t93 = _t1*_t31
    _t94 = _t14*_t54
    _t95 = _t14*_t15
    _t96 = _t15*_t58
    _t97 = _t14*_t61
    _t98 = _t1*_t51
    _t99 = _t1*_t19
    _t100 = _t1*_t48
    _t101 = _t19*_t40
    _t102 = _t14*_t48
    _t103 = _t14*_t51
    _t104 = _t14*_t56
    _t105 = _t14*_t58
    _t106 = _t56*_t78
    return 2452800*_t1*_t27*_t79 + _t10*_t3*_t9 + _t100*_t72 + _t100*_t74 + 4798080*_t101*_t15 + 13305600*_t101*_t51 - 194880*_t102*_t54 + _t102*_t87 - _t102*_t88 + _t102*_t89 + 490080*_t103*_t56 + 1826100*_t103*_t60 + 37320*_t103*_t62 + 376320*_t104*_t45 + 1029504*_t104*_t77 + 1048160*_t104*_t79 - 1748400*_t105*_t51 - 730464*_t105*_t77 - 2604960*_t105*_t79 + 8750784*_t106*_t15 + 16934400*_t106*_t51 + 11520*_t12*_t16 - 1422720*_t12*_t47 + 357120*_t12*_t5 + 8363520*_t12*_t50 - 6174720*_t12*_t53 + 20*_t13*_t15 + 13440*_t13*_t45 + 3360*_t13*_t48 + 180*_t13*_t51 + 15360*_t13*_t75 + 8064*_t13*_t77 + 960*_t13*_t79 + _t13 - 512*_t14*_t15**9*_t44 + _t14*_t3*_t7**9 + 1764960*_t14*_t60*_t79 - 613586*_t14*_t96 - 353792*_t15*_t2*_t44*x + 13440*_t15*_t39 - 342720*_t15*_t41 + 2856960*_t15*_t43 - 1920*_t15*_t64 + 68544*_t15*_t65 - 952320*_t15*_t66 - 180*_t15*_t67 - 672000*_t15*_t68 + 3931200*_t15*_t69 - 4905600*_t15*_t70 + 1243200*_t15*_t71 - 7197120*_t15*_t73 + 195120*_t15*_t81 - 2096320*_t15*_t82 + 5209920*_t15*_t83 - 3529920*_t15*_t84 + 545680*_t15*_t85 - 2181984*_t15*_t86 + 5952000*_t15*_t90 - 338580*_t15*_t92 - 727500*_t15*_t93 - 5942*_t15*_t94 - 387066*_t15*_t97 + 2560*_t16 + _t19*_t20 - 1256640*_t19*_t42 + 26520*_t19*_t91 + 124920*_t19*_t98 - _t20*_t37 - _t23*_t24 + _t24*_t34 + _t27*_t28 + 948000*_t27*_t91 + 2222400*_t27*_t98 - _t28*_t31 + _t28*_t60*x - 60500*_t34*_t38 + 145800*_t34*_t91 + 121000*_t34*_t98 - 5100*_t37*_t91 + 1532160*_t39*_t48 + 110880*_t39*_t51 + 2764800*_t39*_t77 + 524160*_t39*_t79 + 720*_t39 + _t40*_t72 + _t40*_t74 - 2419200*_t41*_t51 - 8847360*_t41*_t79 - 20160*_t41 + 228480*_t43 + 128512*_t44*_t75*_t76 - 1304832*_t44*_t77*_t78 + 1841152*_t44*_t79*_t80 - 53760*_t45*_t67 - 215040*_t45*_t94 + 295680*_t45*_t99 - 316160*_t47 - 383040*_t48*_t64 - 20160*_t48*_t67 - 8426880*_t48*_t68 + 6128640*_t48*_t81 - 10725120*_t48*_t82 - 1901760*_t48*_t92 + 79360*_t5 + 1858560*_t50 - 18480*_t51*_t64 + 604800*_t51*_t65 - 1440*_t51*_t67 - 3067680*_t51*_t68 + 10459680*_t51*_t69 - 6116880*_t51*_t70 + 1071840*_t51*_t81 - 7447440*_t51*_t82 + 11420640*_t51*_t83 - 3742200*_t51*_t84 - 9676800*_t51*_t86 - 1116400*_t51*_t92 - 1138800*_t51*_t93 - 31440*_t51*_t94 - 557280*_t51*_t97 - 1372160*_t53 - _t54*_t55 - _t55*_t63 + _t56*_t57 - 1599360*_t56*_t80 + 128724*_t56*_t95 + _t57*_t62 - _t58*_t59 - _t59*_t61 + 868988*_t60*_t95 - 18660*_t62*_t76 + 47804*_t62*_t95 - 1022*_t63*_t95 - 921600*_t64*_t77 - 104832*_t64*_t79 - 90*_t64 + 2949120*_t65*_t79 + 3360*_t65 - 57120*_t66 - 46080*_t67*_t75 - 40320*_t67*_t77 - 6720*_t67*_t79 - 7338240*_t68*_t79 - 62460*_t68 + 11007360*_t69*_t79 + 558200*_t69 - 1111200*_t70 + 569400*_t71 - 1901760*_t73 - 96000*_t75*_t94 + 5760000*_t77*_t81 - 846720*_t77*_t92 - 256704*_t77*_t94 + 564480*_t77*_t99 + _t78*_t87 - _t78*_t88 + _t78*_t89 - 6208944*_t78*_t96 + 3337152*_t79*_t81 - 13383552*_t79*_t82 + 9496032*_t79*_t83 - 18432000*_t79*_t86 - 1965600*_t79*_t92 - 621600*_t79*_t93 - 97560*_t79*_t94 - 272840*_t79*_t97 + 336000*_t79*_t99 - _t8*_t9 + 15720*_t81 - 245040*_t82 + 874200*_t83 - 913050*_t84 + 278640*_t85 - 194880*_t86 + 913920*_t90


def _moment_0(mu, sigma):
    return sigma*gaussym.kernels.generated._runtime.tail(1, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_1(mu, sigma):
    return sigma**2*gaussym.kernels.generated._runtime.tail(2, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_2(mu, sigma):
    return sigma**3*gaussym.kernels.generated._runtime.tail(3, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_3(mu, sigma):
    return sigma**4*gaussym.kernels.generated._runtime.tail(4, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_4(mu, sigma):
    return sigma**5*gaussym.kernels.generated._runtime.tail(5, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_5(mu, sigma):
    return sigma**6*gaussym.kernels.generated._runtime.tail(6, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_6(mu, sigma):
    return sigma**7*gaussym.kernels.generated._runtime.tail(7, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_7(mu, sigma):
    return sigma**8*gaussym.kernels.generated._runtime.tail(8, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_8(mu, sigma):
    return sigma**9*gaussym.kernels.generated._runtime.tail(9, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_9(mu, sigma):
    return sigma**10*gaussym.kernels.generated._runtime.tail(10, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_10(mu, sigma):
    return sigma**11*gaussym.kernels.generated._runtime.tail(11, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _derivative_0(mu, sigma):
    return sigma*gaussym.kernels.generated._runtime.tail(1, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _derivative_1(mu, sigma):
    return gaussym.kernels.generated._runtime.tail(0, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


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


def _derivative_split_0(mu, sigma):
    return sigma*gaussym.kernels.generated._runtime.tail(1, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _derivative_split_1(mu, sigma):
    return gaussym.kernels.generated._runtime.tail(0, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _derivative_split_2(mu, sigma):
    return gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma


def _derivative_split_3(mu, sigma):
    return -mu*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**3


def _derivative_split_4(mu, sigma):
    return (mu**2/sigma**2 - 1)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**3


def _derivative_split_5(mu, sigma):
    return -mu*(mu**2/sigma**2 - 3)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**5


def _derivative_split_6(mu, sigma):
    return (mu**4/sigma**4 - 6*mu**2/sigma**2 + 3)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**5


def _derivative_split_7(mu, sigma):
    return -mu*(mu**4/sigma**4 - 10*mu**2/sigma**2 + 15)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**7


def _derivative_split_8(mu, sigma):
    return (mu**6/sigma**6 - 15*mu**4/sigma**4 + 45*mu**2/sigma**2 - 15)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**7


def _derivative_split_9(mu, sigma):
    return -mu*(mu**6/sigma**6 - 21*mu**4/sigma**4 + 105*mu**2/sigma**2 - 105)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**9


def _derivative_split_10(mu, sigma):
    return (mu**8/sigma**8 - 28*mu**6/sigma**6 + 210*mu**4/sigma**4 - 420*mu**2/sigma**2 + 105)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**9


def _remainder(x):
    _t0 = numpy.logaddexp(0.0, x)
    return numpy.select([numpy.less(x, 0),True], [x*numpy.tanh(_t0),-2*x*scipy.special.expit(-2*_t0)], default=numpy.nan)


def _remainder_derivative_0(x):
    _t0 = numpy.logaddexp(0.0, x)
    return numpy.select([numpy.less(x, 0),True], [x*numpy.tanh(_t0),-2*x*scipy.special.expit(-2*_t0)], default=numpy.nan)


def _remainder_derivative_1(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = x*scipy.special.expit(x)
    _t2 = 2*_t0
    _t3 = scipy.special.expit(-_t2)
    return numpy.select([numpy.less(x, 0),True], [_t1*numpy.cosh(_t0)**(-2.0) + numpy.tanh(_t0),4*_t1*_t3*scipy.special.expit(_t2) - 2*_t3], default=numpy.nan)


def _remainder_derivative_2(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = scipy.special.expit(x)
    _t3 = _t1*_t2
    _t4 = x*scipy.special.expit(-x)
    _t5 = _t2**2*x
    _t6 = 2*_t0
    _t7 = scipy.special.expit(-_t6)
    _t8 = 8*_t7
    _t9 = scipy.special.expit(_t6)
    _t10 = _t2*_t9
    return numpy.select([numpy.less(x, 0),True], [-2*_t1*_t5*numpy.tanh(_t0) + _t3*_t4 + 2*_t3,4*_t10*_t4*_t7 + _t10*_t8 + 8*_t5*_t7**2*_t9 - _t5*_t8*_t9**2], default=numpy.nan)


def _remainder_derivative_3(x):
    _t0 = scipy.special.expit(x)
    _t1 = numpy.logaddexp(0.0, x)
    _t2 = numpy.cosh(_t1)**(-2.0)
    _t3 = scipy.special.expit(-x)
    _t4 = _t0**3
    _t5 = _t4*x
    _t6 = numpy.tanh(_t1)
    _t7 = _t0**2
    _t8 = _t2*_t7
    _t9 = 6*_t6*_t8
    _t10 = _t3*x
    _t11 = _t3**2
    _t12 = 2*_t1
    _t13 = scipy.special.expit(_t12)
    _t14 = _t13**2
    _t15 = scipy.special.expit(-_t12)
    _t16 = 24*_t7
    _t17 = _t14*_t15*_t16
    _t18 = _t15**2
    _t19 = _t13*_t16*_t18
    _t20 = _t13*_t15
    _t21 = _t0*_t20
    _t22 = 16*_t5
    return numpy.select([numpy.less(x, 0),True], [_t0*_t11*_t2*x + 3*_t0*_t2*_t3 - _t10*_t8 - _t10*_t9 - 2*_t2**2*_t5 + 4*_t2*_t4*_t6**2*x - _t9,-_t10*_t17 + _t10*_t19 - 4*_t10*_t20*_t7 + 4*_t11*_t21*x + _t13**3*_t15*_t22 + _t13*_t15**3*_t22 - 64*_t14*_t18*_t5 - _t17 + _t19 + 12*_t21*_t3], default=numpy.nan)


def _remainder_derivative_4(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = _t1**2
    _t3 = scipy.special.expit(x)
    _t4 = _t3**3
    _t5 = _t2*_t4
    _t6 = 4*_t1
    _t7 = _t3**2
    _t8 = scipy.special.expit(-x)
    _t9 = _t7*_t8
    _t10 = _t8**2
    _t11 = numpy.tanh(_t0)
    _t12 = _t11**2
    _t13 = _t8**3
    _t14 = _t3**4
    _t15 = _t1*x
    _t16 = _t7*x
    _t17 = _t8*x
    _t18 = 64*_t4
    _t19 = 2*_t0
    _t20 = scipy.special.expit(_t19)
    _t21 = _t20**3
    _t22 = scipy.special.expit(-_t19)
    _t23 = _t21*_t22
    _t24 = _t22**3
    _t25 = _t20*_t24
    _t26 = _t14*x
    _t27 = 32*_t26
    _t28 = _t20**2
    _t29 = _t22**2
    _t30 = _t29*_t4
    _t31 = _t28*_t30
    _t32 = _t22*_t9
    _t33 = 16*_t20
    _t34 = _t10*_t22
    _t35 = _t33*_t34
    _t36 = 352*_t26
    _t37 = _t17*_t20
    _t38 = 4*_t22
    _t39 = _t20*_t29
    _t40 = _t17*_t4
    _t41 = 96*_t40
    _t42 = 56*_t16
    return numpy.select([numpy.less(x, 0),True], [4*_t1*_t10*_t3 + 8*_t1*_t11*_t4*_t8*x - 24*_t1*_t11*_t9 + 24*_t1*_t12*_t4*_t8*x + 16*_t1*_t12*_t4 + _t1*_t13*_t3*x + _t1*_t4*_t8*x - 14*_t10*_t11*_t15*_t7 - _t10*_t16*_t6 - 8*_t11**3*_t14*_t15 + 16*_t11*_t14*_t2*x - 12*_t17*_t5 - 8*_t5 - _t6*_t9,_t10*_t39*_t42 + _t13*_t20*_t3*_t38*x - _t16*_t35 - 384*_t17*_t31 + _t18*_t23 + _t18*_t25 - _t20**4*_t22*_t27 + _t20*_t22**4*_t27 + _t21*_t29*_t36 + 32*_t22*_t28*_t40 + _t23*_t41 - _t24*_t28*_t36 + _t25*_t41 - 96*_t28*_t32 - _t28*_t34*_t42 + _t3*_t35 - 32*_t30*_t37 - 256*_t31 - _t32*_t33 + _t37*_t38*_t4 + 96*_t39*_t9], default=numpy.nan)


def _remainder_derivative_5(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = scipy.special.expit(x)
    _t3 = _t2**5*x
    _t4 = 16*_t3
    _t5 = _t2**3
    _t6 = scipy.special.expit(-x)
    _t7 = _t5*_t6
    _t8 = 5*_t1
    _t9 = _t6**3
    _t10 = _t2*_t9
    _t11 = _t1*x
    _t12 = _t2*_t6**4
    _t13 = numpy.tanh(_t0)
    _t14 = _t2**4
    _t15 = _t1*_t14
    _t16 = _t13**3*_t15
    _t17 = _t1**2
    _t18 = _t14*_t17
    _t19 = _t13*_t18
    _t20 = _t6*x
    _t21 = _t15*_t20
    _t22 = _t6**2
    _t23 = _t2**2
    _t24 = _t1*_t23
    _t25 = _t22*_t24
    _t26 = _t22*_t5
    _t27 = _t11*_t26
    _t28 = _t9*x
    _t29 = _t24*_t28
    _t30 = _t1*_t7
    _t31 = _t13**2
    _t32 = _t26*x
    _t33 = 160*_t14
    _t34 = 2*_t0
    _t35 = scipy.special.expit(_t34)
    _t36 = _t35**4
    _t37 = scipy.special.expit(-_t34)
    _t38 = _t36*_t37
    _t39 = _t37**4
    _t40 = _t33*_t35
    _t41 = 64*_t3
    _t42 = 1760*_t14
    _t43 = _t37**2
    _t44 = _t35**3
    _t45 = _t43*_t44
    _t46 = _t37**3
    _t47 = _t35**2
    _t48 = _t46*_t47
    _t49 = _t35*_t37
    _t50 = 20*_t49
    _t51 = 1664*_t3
    _t52 = _t14*_t20
    _t53 = 4*_t49
    _t54 = _t37*_t47
    _t55 = 480*_t7
    _t56 = _t37*_t44
    _t57 = _t43*_t7
    _t58 = _t35*_t46
    _t59 = _t22*_t23
    _t60 = 40*_t52
    _t61 = 320*_t52
    _t62 = _t35*_t43
    _t63 = 44*_t49
    _t64 = _t23*_t28
    _t65 = 280*_t59
    _t66 = _t43*_t47
    _t67 = 3520*_t52
    _t68 = 240*_t32
    _t69 = 400*_t32
    _t70 = 120*_t64
    return numpy.select([numpy.less(x, 0),True], [_t1**3*_t4 + _t1*_t13**4*_t4 + _t10*_t8 + _t11*_t12 - 10*_t13*_t21 - 70*_t13*_t25 + 60*_t13*_t27 - 30*_t13*_t29 + 40*_t13*_t30 - 80*_t16*_t20 - 40*_t16 - 88*_t17*_t3*_t31 - 50*_t17*_t32 - 60*_t17*_t7 + 20*_t18*_t20 + 160*_t19*_t20 + 80*_t19 - 40*_t21*_t31 - _t21 - 20*_t25 + 100*_t27*_t31 + 11*_t27 - 11*_t29 + 120*_t30*_t31 + _t7*_t8,_t10*_t50 + _t12*_t53*x - _t20*_t33*_t56 - _t20*_t40*_t46 + 4224*_t3*_t44*_t46 + _t32*_t63 - 1600*_t32*_t66 - _t33*_t38 + _t35**5*_t37*_t41 + _t35*_t37**5*_t41 + _t35*_t39*_t61 - 160*_t35*_t57 - _t36*_t43*_t51 - _t38*_t61 + _t39*_t40 - _t39*_t47*_t51 + _t42*_t45 - _t42*_t48 + _t45*_t67 - 1920*_t47*_t57 - _t48*_t67 - 80*_t49*_t59 + _t50*_t7 - _t52*_t53 + 640*_t52*_t66 - _t54*_t60 - _t54*_t65 + _t54*_t68 + 160*_t54*_t7 - _t54*_t70 + _t55*_t56 + _t55*_t58 + _t56*_t69 + _t58*_t69 + _t60*_t62 + _t62*_t65 - _t62*_t68 + _t62*_t70 - _t63*_t64], default=numpy.nan)


def _remainder_derivative_6(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = _t1**3
    _t3 = scipy.special.expit(x)
    _t4 = _t3**5
    _t5 = 96*_t4
    _t6 = 6*_t1
    _t7 = _t3**4
    _t8 = scipy.special.expit(-x)
    _t9 = _t7*_t8
    _t10 = _t8**4
    _t11 = _t10*_t3
    _t12 = _t1*x
    _t13 = _t4*_t8
    _t14 = _t12*_t13
    _t15 = _t3*_t8**5
    _t16 = numpy.tanh(_t0)
    _t17 = _t1*_t16**4
    _t18 = _t3**3
    _t19 = _t8**2
    _t20 = _t18*_t19
    _t21 = 66*_t1
    _t22 = _t3**2
    _t23 = _t8**3
    _t24 = _t22*_t23
    _t25 = _t1**2
    _t26 = _t25*_t9
    _t27 = _t3**6
    _t28 = _t2*x
    _t29 = _t16**2
    _t30 = _t25*_t4
    _t31 = _t29*_t30
    _t32 = 26*_t12
    _t33 = _t19*_t7
    _t34 = _t18*_t23
    _t35 = _t34*x
    _t36 = _t10*_t22
    _t37 = _t8*x
    _t38 = _t30*_t37
    _t39 = 240*_t13
    _t40 = _t1*_t9
    _t41 = _t16**3
    _t42 = _t25*x
    _t43 = _t33*_t42
    _t44 = _t1*_t16
    _t45 = _t39*x
    _t46 = _t12*_t33
    _t47 = _t12*_t16
    _t48 = 384*_t4
    _t49 = 2*_t0
    _t50 = scipy.special.expit(_t49)
    _t51 = _t50**5
    _t52 = scipy.special.expit(-_t49)
    _t53 = _t51*_t52
    _t54 = _t52**5
    _t55 = _t50*_t54
    _t56 = _t27*x
    _t57 = 128*_t56
    _t58 = 9984*_t4
    _t59 = _t52**2
    _t60 = _t50**4
    _t61 = _t59*_t60
    _t62 = _t52**3
    _t63 = _t50**3
    _t64 = _t62*_t63
    _t65 = _t52**4
    _t66 = _t50**2
    _t67 = _t65*_t66
    _t68 = _t52*_t9
    _t69 = 24*_t50
    _t70 = 7296*_t56
    _t71 = 38656*_t56
    _t72 = _t13*x
    _t73 = _t50*_t72
    _t74 = _t52*x
    _t75 = _t50*_t59
    _t76 = _t62*_t9
    _t77 = 1920*_t50
    _t78 = 264*_t50
    _t79 = _t20*_t52
    _t80 = _t24*_t52
    _t81 = 48*_t72
    _t82 = _t52*_t63
    _t83 = 960*_t72
    _t84 = _t50*_t62
    _t85 = _t33*x
    _t86 = _t52*_t85
    _t87 = 104*_t50
    _t88 = _t36*_t74
    _t89 = _t59*_t9
    _t90 = _t20*_t59
    _t91 = 1440*_t50
    _t92 = _t59*_t72
    _t93 = 24960*_t72
    _t94 = _t62*_t66
    _t95 = _t35*_t66
    _t96 = 22880*_t85
    return numpy.select([numpy.less(x, 0),True], [600*_t1*_t20*_t29 + _t11*_t6 + _t12*_t15 - 32*_t12*_t16**5*_t27 + 360*_t12*_t29*_t34 + 12*_t14*_t16 + 60*_t14*_t29 + 160*_t14*_t41 + _t14 + 960*_t16*_t26 - 272*_t16*_t27*_t28 - 320*_t16*_t38 - 60*_t16*_t40 + 1040*_t16*_t43 - 182*_t16*_t46 + _t17*_t45 + _t17*_t5 + _t2*_t5 + _t20*_t21 - 300*_t20*_t25 + 360*_t20*_t44 - _t21*_t24 + _t21*_t35 - 180*_t24*_t44 + 120*_t26 + 416*_t27*_t41*_t42 + _t28*_t39 - 240*_t29*_t40 - 480*_t29*_t46 - 1320*_t31*_t37 - 528*_t31 - _t32*_t33 - _t32*_t36 - 180*_t34*_t42 + 292*_t34*_t47 - 62*_t36*_t47 - 30*_t38 - 480*_t40*_t41 - 520*_t41*_t46 + 240*_t43 - _t6*_t9,_t11*_t52*_t69 + 4*_t15*_t50*_t74 + 2400*_t20*_t84 + 720*_t24*_t75 + _t35*_t52*_t78 + _t35*_t62*_t91 - 1168*_t35*_t75 + 1440*_t35*_t82 + 248*_t36*_t75*x + 25344*_t4*_t64 + _t45*_t82 + _t45*_t84 + _t48*_t53 + _t48*_t55 - _t50**6*_t52*_t57 + _t50*_t52**6*_t57 + 2080*_t50*_t65*_t85 - 960*_t50*_t76 + _t51*_t59*_t70 + 640*_t52*_t60*_t72 + _t52*_t66*_t81 + 4*_t52*_t73 + 1168*_t52*_t95 + _t53*_t83 - _t54*_t66*_t70 + _t55*_t83 - _t58*_t61 - _t58*_t67 + _t59*_t63*_t96 + 7680*_t59*_t66*_t85 - 5760*_t59*_t95 - _t60*_t62*_t71 - 1920*_t60*_t68 - 2080*_t60*_t86 - _t61*_t93 - _t62*_t77*_t85 + _t63*_t65*_t71 - 960*_t63*_t68 + 2400*_t63*_t79 - 1920*_t63*_t86 + 21120*_t63*_t89 - 7040*_t63*_t92 + 63360*_t64*_t72 - 640*_t65*_t73 + _t65*_t77*_t9 - 240*_t66*_t68 - 21120*_t66*_t76 + 1440*_t66*_t79 - 720*_t66*_t80 - 728*_t66*_t86 - 248*_t66*_t88 + 3840*_t66*_t89 - 9600*_t66*_t90 - 960*_t66*_t92 - _t67*_t93 - _t68*_t69 + 7040*_t72*_t94 - _t75*_t81 + 728*_t75*_t85 + 240*_t75*_t9 + _t78*_t79 - _t78*_t80 - _t86*_t87 - _t87*_t88 - _t90*_t91 - _t94*_t96], default=numpy.nan)


def _remainder_derivative_7(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = scipy.special.expit(x)
    _t3 = _t2**7
    _t4 = _t3*x
    _t5 = scipy.special.expit(-x)
    _t6 = _t2**5
    _t7 = _t5**5
    _t8 = _t2**6
    _t9 = _t1*_t8
    _t10 = _t5*x
    _t11 = _t10*_t9
    _t12 = numpy.tanh(_t0)
    _t13 = _t12**5*_t9
    _t14 = _t1**3
    _t15 = _t14*_t8
    _t16 = _t12*_t15
    _t17 = _t5**6
    _t18 = 182*_t1
    _t19 = _t2**4
    _t20 = _t5**2
    _t21 = _t19*_t20
    _t22 = _t2**3
    _t23 = _t5**3
    _t24 = _t2**2
    _t25 = _t5**4
    _t26 = _t24*_t25
    _t27 = _t1**2
    _t28 = _t5*_t6
    _t29 = _t27*_t28
    _t30 = _t12**3
    _t31 = _t1*x
    _t32 = _t19*_t23
    _t33 = _t24*_t7
    _t34 = _t22*_t23
    _t35 = _t12**4
    _t36 = _t12**2
    _t37 = _t27*x
    _t38 = _t20*_t6
    _t39 = _t37*_t38
    _t40 = _t22*_t25
    _t41 = _t1*_t21
    _t42 = _t31*_t32
    _t43 = 896*_t8
    _t44 = 2*_t0
    _t45 = scipy.special.expit(_t44)
    _t46 = _t45**6
    _t47 = scipy.special.expit(-_t44)
    _t48 = _t46*_t47
    _t49 = _t47**6
    _t50 = _t45*_t49
    _t51 = 256*_t4
    _t52 = 51072*_t8
    _t53 = _t47**2
    _t54 = _t45**5
    _t55 = _t53*_t54
    _t56 = 270592*_t8
    _t57 = _t47**3
    _t58 = _t45**4
    _t59 = _t57*_t58
    _t60 = _t47**4
    _t61 = _t45**3
    _t62 = _t60*_t61
    _t63 = _t47**5
    _t64 = _t45**2
    _t65 = _t63*_t64
    _t66 = _t28*_t45
    _t67 = 28*_t47
    _t68 = 30720*_t4
    _t69 = 304896*_t4
    _t70 = _t10*_t8
    _t71 = _t47*_t70
    _t72 = _t45*x
    _t73 = _t28*_t47
    _t74 = 1680*_t28
    _t75 = _t47*_t61
    _t76 = _t28*_t53
    _t77 = 336*_t45
    _t78 = _t45*_t57
    _t79 = _t21*_t47
    _t80 = 728*_t45
    _t81 = _t34*_t47
    _t82 = _t26*_t47
    _t83 = 2240*_t70
    _t84 = _t47*_t54
    _t85 = 2688*_t70
    _t86 = _t45*_t53
    _t87 = _t57*_t70
    _t88 = _t45*_t60
    _t89 = _t45*_t63
    _t90 = _t38*x
    _t91 = _t47*_t90
    _t92 = _t32*x
    _t93 = _t47*_t92
    _t94 = 1208*_t45
    _t95 = _t40*x
    _t96 = _t33*_t47
    _t97 = 174720*_t28
    _t98 = _t53*_t58
    _t99 = _t28*_t57
    _t100 = _t60*_t64
    _t101 = _t21*_t57
    _t102 = 10080*_t34
    _t103 = _t34*_t53
    _t104 = _t53*_t70
    _t105 = 58240*_t70
    _t106 = 153216*_t70
    _t107 = 811776*_t70
    _t108 = 1904*_t90
    _t109 = 6496*_t90
    _t110 = 11200*_t58
    _t111 = 8960*_t90
    _t112 = 11200*_t88
    _t113 = _t64*x
    _t114 = _t113*_t32
    _t115 = 14336*_t92
    _t116 = _t113*_t40
    _t117 = 4816*_t95
    _t118 = _t86*x
    _t119 = _t21*_t53
    _t120 = _t53*_t90
    _t121 = 123200*_t61
    _t122 = 232960*_t90
    _t123 = 123200*_t57
    return numpy.select([numpy.less(x, 0),True], [-272*_t1**4*_t4 + 64*_t1*_t12**6*_t3*x + 476*_t1*_t12*_t20*_t6*x + 2044*_t1*_t12*_t22*_t23 + 1176*_t1*_t12*_t22*_t25*x - 434*_t1*_t12*_t26 + 84*_t1*_t12*_t5*_t6 + _t1*_t17*_t2*x + 7*_t1*_t2*_t7 + 2800*_t1*_t20*_t30*_t6*x + 2240*_t1*_t20*_t35*_t6*x + 1624*_t1*_t20*_t36*_t6*x + 57*_t1*_t20*_t6*x + 2520*_t1*_t22*_t23*_t36 + 462*_t1*_t22*_t23 + 1204*_t1*_t22*_t25*_t36*x + 302*_t1*_t22*_t25*x + 1120*_t1*_t30*_t5*_t6 + 1680*_t1*_t35*_t5*_t6 + 420*_t1*_t36*_t5*_t6 + 7*_t1*_t5*_t6 - 672*_t10*_t13 - 560*_t10*_t15 - 5712*_t10*_t16 - 14*_t11*_t12 - 280*_t11*_t30 - 560*_t11*_t35 - 84*_t11*_t36 - _t11 + 7280*_t12*_t19*_t20*_t27 + 5600*_t12*_t19*_t23*_t27*x + 560*_t12*_t27*_t5*_t8*x - 2240*_t12*_t29 - 126*_t12*_t31*_t33 - 5600*_t12*_t39 - 1274*_t12*_t41 - 1736*_t12*_t42 - 224*_t13 + 2240*_t14*_t20*_t6*x + 2880*_t14*_t3*_t36*x + 1680*_t14*_t5*_t6 - 1904*_t16 - _t18*_t21 - _t18*_t26 + 1680*_t19*_t20*_t27 + 1792*_t19*_t23*_t27*x + 8736*_t27*_t30*_t5*_t8*x + 2912*_t27*_t30*_t8 - 1260*_t27*_t34 - 1824*_t27*_t35*_t4 + 3080*_t27*_t36*_t5*_t8*x + 42*_t27*_t5*_t8*x - 9240*_t29*_t36 - 210*_t29 - 3640*_t30*_t41 - 2800*_t30*_t42 - 302*_t31*_t32 - 57*_t31*_t33 - 12320*_t36*_t39 - 3360*_t36*_t41 - 3584*_t36*_t42 - 602*_t37*_t40 - 812*_t39,_t100*_t105 - _t100*_t122 - _t100*_t97 - 13440*_t101*_t45 - 160160*_t101*_t64 + _t102*_t75 + _t102*_t78 - 8176*_t103*_t45 - 40320*_t103*_t64 + 12320*_t104*_t61 + 1344*_t104*_t64 + _t105*_t98 + _t106*_t55 - _t106*_t65 - _t107*_t59 + _t107*_t62 + _t108*_t47*_t64 - _t108*_t86 + _t109*_t75 + _t109*_t78 + _t110*_t91 - _t110*_t93 + _t111*_t84 + _t111*_t89 - _t112*_t90 + _t112*_t92 - 504*_t113*_t96 - _t114*_t123 - 6944*_t114*_t47 + 57344*_t114*_t53 - _t115*_t75 - _t115*_t78 + 4704*_t116*_t47 - 19264*_t116*_t53 + _t117*_t75 + _t117*_t78 + 504*_t118*_t33 - 4704*_t118*_t40 + 160160*_t119*_t61 + 53760*_t119*_t64 - _t120*_t121 - 25984*_t120*_t64 + _t121*_t53*_t92 - _t122*_t98 + _t123*_t64*_t90 + 4*_t17*_t2*_t47*_t72 + _t2*_t45*_t67*_t7 + 5096*_t21*_t86 + 14560*_t21*_t88 + 1736*_t26*_t86 - 618496*_t4*_t58*_t60 - _t43*_t48 + _t43*_t50 + _t45**7*_t47*_t51 + _t45*_t47**7*_t51 - 4*_t45*_t71 + 1848*_t45*_t81 + 228*_t45*_t91 - _t46*_t53*_t68 + _t47*_t94*_t95 - _t48*_t85 - _t49*_t64*_t68 + _t50*_t85 + _t52*_t55 - _t52*_t65 + _t54*_t57*_t69 + 6720*_t54*_t73 - _t56*_t59 + _t56*_t62 + 591360*_t57*_t61*_t90 - 1120*_t58*_t71 + 4480*_t58*_t73 - 14560*_t58*_t79 - 4480*_t60*_t66 + _t61*_t63*_t69 - 49280*_t61*_t76 - 13440*_t61*_t79 - 147840*_t61*_t87 + 443520*_t61*_t99 + 6720*_t63*_t66 - 56*_t64*_t71 + 336*_t64*_t73 - 6720*_t64*_t76 - 5096*_t64*_t79 + 8176*_t64*_t81 - 1736*_t64*_t82 - 12320*_t64*_t87 + 49280*_t64*_t99 + _t66*_t67 - 336*_t70*_t75 + 56*_t70*_t86 + 1120*_t70*_t88 - 228*_t72*_t96 + _t74*_t75 + _t74*_t78 - _t76*_t77 - _t77*_t87 - _t79*_t80 - _t80*_t82 - _t83*_t84 - _t83*_t89 + 6944*_t86*_t92 - _t93*_t94 - _t97*_t98], default=numpy.nan)


def _remainder_derivative_8(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = _t1**4
    _t3 = scipy.special.expit(x)
    _t4 = _t3**7
    _t5 = _t2*_t4
    _t6 = _t3**6
    _t7 = scipy.special.expit(-x)
    _t8 = _t6*_t7
    _t9 = _t7**6
    _t10 = numpy.tanh(_t0)
    _t11 = _t10**6
    _t12 = _t7**7
    _t13 = _t3**5
    _t14 = _t7**2
    _t15 = 2416*_t1
    _t16 = _t3**4
    _t17 = _t7**3
    _t18 = _t16*_t17
    _t19 = _t3**3
    _t20 = _t7**4
    _t21 = _t3**2
    _t22 = _t7**5
    _t23 = _t21*_t22
    _t24 = _t1**2
    _t25 = _t1**3
    _t26 = _t25*_t8
    _t27 = _t3**8
    _t28 = _t1*x
    _t29 = _t10**4
    _t30 = _t24*_t4
    _t31 = _t29*_t30
    _t32 = _t10**2
    _t33 = _t14*_t6
    _t34 = 120*_t28
    _t35 = _t16*_t20
    _t36 = _t35*x
    _t37 = _t21*_t9
    _t38 = _t7*x
    _t39 = _t30*_t38
    _t40 = _t1*_t8
    _t41 = _t13*_t14
    _t42 = _t24*_t41
    _t43 = _t19*_t20
    _t44 = _t10**5
    _t45 = _t10**3
    _t46 = _t25*x
    _t47 = _t24*x
    _t48 = _t13*_t17
    _t49 = _t47*_t48
    _t50 = _t19*_t22
    _t51 = _t33*_t46
    _t52 = _t1*_t18
    _t53 = _t28*_t33
    _t54 = _t28*_t35
    _t55 = 2048*_t4
    _t56 = 2*_t0
    _t57 = scipy.special.expit(_t56)
    _t58 = _t57**7
    _t59 = scipy.special.expit(-_t56)
    _t60 = _t58*_t59
    _t61 = _t59**7
    _t62 = _t57*_t61
    _t63 = _t27*x
    _t64 = 512*_t63
    _t65 = 245760*_t4
    _t66 = _t59**2
    _t67 = _t57**6
    _t68 = _t66*_t67
    _t69 = 2439168*_t4
    _t70 = _t59**3
    _t71 = _t57**5
    _t72 = _t70*_t71
    _t73 = _t57**4
    _t74 = _t59**4
    _t75 = _t4*_t74
    _t76 = _t73*_t75
    _t77 = _t59**5
    _t78 = _t57**3
    _t79 = _t77*_t78
    _t80 = _t59**6
    _t81 = _t57**2
    _t82 = _t80*_t81
    _t83 = _t59*_t8
    _t84 = 32*_t57
    _t85 = 126464*_t63
    _t86 = 2198016*_t63
    _t87 = 7996928*_t63
    _t88 = _t38*_t4
    _t89 = _t57*_t88
    _t90 = _t59*x
    _t91 = _t57*_t66
    _t92 = _t70*_t8
    _t93 = _t57*_t8
    _t94 = _t77*_t8
    _t95 = _t41*_t57
    _t96 = _t18*_t59
    _t97 = 9664*_t57
    _t98 = _t43*_t59
    _t99 = _t23*_t59
    _t100 = 64*_t88
    _t101 = _t59*_t81
    _t102 = _t59*_t78
    _t103 = 448*_t88
    _t104 = _t59*_t73
    _t105 = 1792*_t38
    _t106 = _t105*_t4
    _t107 = _t59*_t88
    _t108 = 7168*_t88
    _t109 = _t57*_t70
    _t110 = _t33*x
    _t111 = _t110*_t59
    _t112 = 480*_t57
    _t113 = _t48*x
    _t114 = _t113*_t57
    _t115 = 4764*_t59
    _t116 = _t50*x
    _t117 = _t37*_t90
    _t118 = _t66*_t8
    _t119 = _t66*_t73
    _t120 = 465920*_t8
    _t121 = _t74*_t81
    _t122 = _t74*_t78
    _t123 = _t41*_t59
    _t124 = 89600*_t73
    _t125 = _t41*_t66
    _t126 = 89600*_t74
    _t127 = _t18*_t70
    _t128 = _t43*_t66
    _t129 = _t66*_t81
    _t130 = _t66*_t88
    _t131 = 860160*_t88
    _t132 = _t70*_t88
    _t133 = _t70*_t73
    _t134 = 8537088*_t88
    _t135 = _t38*_t75
    _t136 = 18816*_t110
    _t137 = 42112*_t110
    _t138 = _t57*_t74
    _t139 = _t110*_t77
    _t140 = 32768*_t113
    _t141 = 89376*_t113
    _t142 = _t36*_t81
    _t143 = 86016*_t36
    _t144 = 54432*_t36
    _t145 = 17088*_t116
    _t146 = 15456*_t116
    _t147 = 985600*_t78
    _t148 = 1863680*_t41
    _t149 = 985600*_t81
    _t150 = _t41*_t70
    _t151 = _t18*_t66
    _t152 = _t66*_t78
    _t153 = 1397760*_t110
    _t154 = _t110*_t70
    _t155 = 10282496*_t110
    _t156 = _t113*_t66
    _t157 = 1747200*_t113
    _t158 = _t113*_t70
    return numpy.select([numpy.less(x, 0),True], [3808*_t1*_t10*_t13*_t14 + 8192*_t1*_t10*_t13*_t17*x + 9408*_t1*_t10*_t19*_t20 + 4272*_t1*_t10*_t19*_t22*x - 1008*_t1*_t10*_t23 + 16*_t1*_t10*_t4*_t7*x + 1792*_t1*_t11*_t4*_t7*x + 512*_t1*_t11*_t4 + _t1*_t12*_t3*x + 17920*_t1*_t13*_t14*_t29 + 12992*_t1*_t13*_t14*_t32 + 22400*_t1*_t13*_t14*_t45 + 456*_t1*_t13*_t14 + 16800*_t1*_t13*_t17*_t29*x + 22344*_t1*_t13*_t17*_t32*x + 29568*_t1*_t13*_t17*_t45*x + 1191*_t1*_t13*_t17*x + 9632*_t1*_t19*_t20*_t32 + 2416*_t1*_t19*_t20 + 3864*_t1*_t19*_t22*_t32*x + 1191*_t1*_t19*_t22*x - 456*_t1*_t23 + 1120*_t1*_t29*_t4*_t7*x + 8*_t1*_t3*_t9 + 112*_t1*_t32*_t4*_t7*x + 1792*_t1*_t4*_t44*_t7*x + 448*_t1*_t4*_t45*_t7*x + _t1*_t4*_t7*x - 8*_t1*_t8 - 128*_t10**7*_t27*_t28 + 21056*_t10*_t14*_t24*_t6*x + 44800*_t10*_t16*_t17*_t24 + 27216*_t10*_t16*_t20*_t24*x + 7936*_t10*_t2*_t27*x + 4480*_t10*_t24*_t6*_t7 + 15232*_t10*_t25*_t4*_t7*x - 45696*_t10*_t26 - 254*_t10*_t28*_t37 - 896*_t10*_t39 - 112*_t10*_t40 - 44800*_t10*_t42 - 59136*_t10*_t49 - 72352*_t10*_t51 - 13888*_t10*_t52 - 1150*_t10*_t53 - 12252*_t10*_t54 + 17920*_t13*_t14*_t25 + 16800*_t13*_t17*_t25*x + 73920*_t14*_t24*_t32*_t6*x + 110656*_t14*_t24*_t45*_t6*x + 2352*_t14*_t24*_t6*x - _t15*_t18 - _t15*_t36 + 14336*_t16*_t17*_t24 + 10752*_t16*_t20*_t24*x + 7680*_t24*_t27*_t44*x + 24640*_t24*_t32*_t6*_t7 - 4816*_t24*_t43 + 69888*_t24*_t45*_t6*_t7 + 336*_t24*_t6*_t7 + 80640*_t25*_t32*_t4*_t7*x + 23040*_t25*_t32*_t4 + 1120*_t25*_t4*_t7*x - 4480*_t26 - 24576*_t27*_t45*_t46 - 4480*_t29*_t40 - 13440*_t29*_t53 - 51072*_t31*_t38 - 14592*_t31 - 6160*_t32*_t39 - 672*_t32*_t40 - 98560*_t32*_t42 - 92400*_t32*_t49 - 28672*_t32*_t52 - 4704*_t32*_t53 - 21504*_t32*_t54 - _t33*_t34 - _t34*_t37 - 7616*_t38*_t5 - 23296*_t39*_t45 - 56*_t39 - 5376*_t40*_t44 - 2240*_t40*_t45 - 6496*_t42 - 8512*_t44*_t53 - 22400*_t45*_t52 - 10528*_t45*_t53 - 13608*_t45*_t54 - 1932*_t47*_t50 - 11172*_t49 - 2176*_t5 - 13440*_t51,_t100*_t101 - _t100*_t91 + _t101*_t140 + _t101*_t145 + _t102*_t103 - _t102*_t136 + _t102*_t141 - _t102*_t143 + _t102*_t146 + _t103*_t109 + _t104*_t106 + 118272*_t104*_t113 - _t104*_t137 - _t104*_t144 - _t105*_t57*_t75 - _t106*_t129 + 7168*_t107*_t67 + 4480*_t107*_t71 + _t108*_t60 + _t108*_t62 - _t109*_t136 + _t109*_t141 - _t109*_t143 + _t109*_t146 + 38528*_t109*_t43 + 75264*_t110*_t129 + 463232*_t110*_t152 + 34048*_t110*_t57*_t80 + 1940736*_t110*_t66*_t71 + 4600*_t110*_t91 - _t111*_t112 - 34048*_t111*_t67 - 53760*_t111*_t71 - 4600*_t111*_t81 - _t112*_t117 + 67200*_t113*_t59*_t71 + _t114*_t115 - 118272*_t114*_t74 + 67200*_t114*_t77 + _t115*_t116*_t57 - 61824*_t116*_t129 - 1016*_t117*_t81 + 1225728*_t118*_t71 + 98560*_t118*_t78 + 10752*_t118*_t81 + _t119*_t120 - _t119*_t148 + _t119*_t153 - _t119*_t157 - 116480*_t119*_t88 + 4*_t12*_t3*_t57*_t90 + _t120*_t121 - _t121*_t148 + _t121*_t153 - _t121*_t157 + _t122*_t155 + 6494208*_t122*_t8 + _t123*_t124 + 71680*_t123*_t71 + 51968*_t123*_t78 + 15232*_t123*_t81 - _t124*_t96 - _t125*_t147 - 15232*_t125*_t57 - 207872*_t125*_t81 + _t126*_t18*_t57 - _t126*_t95 - _t127*_t149 - 114688*_t127*_t57 - 37632*_t128*_t57 - 154112*_t128*_t81 - 408576*_t130*_t71 - 19712*_t130*_t78 - _t131*_t68 - _t131*_t82 + 295680*_t132*_t78 + 19712*_t132*_t81 - _t133*_t155 + 2164736*_t133*_t88 + _t134*_t72 + _t134*_t79 - 2164736*_t135*_t78 - 116480*_t135*_t81 + _t137*_t138 + _t138*_t144 - 53760*_t139*_t57 - 1940736*_t139*_t81 - _t140*_t91 - 49008*_t142*_t59 + 344064*_t142*_t66 - 598752*_t142*_t70 - _t145*_t91 + _t147*_t151 + _t149*_t150 + 4730880*_t150*_t78 + 458752*_t151*_t81 + 598752*_t152*_t36 - 3548160*_t154*_t78 - 463232*_t154*_t81 - 1300992*_t156*_t78 - 357504*_t156*_t81 + 4435200*_t158*_t78 + 1300992*_t158*_t81 + 55552*_t18*_t91 + 4032*_t23*_t91 + _t3*_t59*_t84*_t9 - _t36*_t59*_t97 + 49008*_t36*_t91 + 1016*_t37*_t91*x - 17317888*_t38*_t76 + _t55*_t60 + _t55*_t62 - _t57**8*_t59*_t64 + _t57*_t59**8*_t64 - 2688*_t57*_t92 - 17920*_t57*_t94 - 1824*_t57*_t99 + _t58*_t66*_t85 + 4*_t59*_t89 + 1824*_t59*_t95 - _t61*_t81*_t85 - _t65*_t68 - _t65*_t82 - _t67*_t70*_t86 - 21504*_t67*_t83 + _t69*_t72 + _t69*_t79 + 51968*_t70*_t95 + _t71*_t74*_t87 - 17920*_t71*_t83 - _t73*_t77*_t87 - 8960*_t73*_t83 - 6494208*_t73*_t92 + 8960*_t74*_t93 - 4947968*_t76 + 408576*_t77*_t81*_t88 + 4480*_t77*_t89 + 71680*_t77*_t95 + _t78*_t80*_t86 - 2688*_t78*_t83 - 1182720*_t78*_t92 - 114688*_t78*_t96 + 38528*_t78*_t98 + 448*_t8*_t91 - 7168*_t80*_t89 + 21504*_t80*_t93 - 448*_t81*_t83 - 98560*_t81*_t92 - 1225728*_t81*_t94 - 55552*_t81*_t96 + 37632*_t81*_t98 - 4032*_t81*_t99 - _t83*_t84 - _t96*_t97 + _t97*_t98], default=numpy.nan)


def _remainder_derivative_9(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = scipy.special.expit(x)
    _t3 = _t2**9*x
    _t4 = _t2**7
    _t5 = scipy.special.expit(-x)
    _t6 = _t4*_t5
    _t7 = 9*_t1
    _t8 = _t5**7
    _t9 = _t2*_t8
    _t10 = _t1*x
    _t11 = _t2*_t5**8
    _t12 = numpy.tanh(_t0)
    _t13 = _t2**8
    _t14 = _t1*_t13
    _t15 = _t12**7*_t14
    _t16 = _t1**4
    _t17 = _t13*_t16
    _t18 = _t12*_t17
    _t19 = _t5*x
    _t20 = _t14*_t19
    _t21 = _t2**6
    _t22 = _t5**2
    _t23 = _t21*_t22
    _t24 = 1080*_t1
    _t25 = _t2**5
    _t26 = _t5**3
    _t27 = _t25*_t26
    _t28 = 10719*_t1
    _t29 = _t2**4
    _t30 = _t5**4
    _t31 = _t29*_t30
    _t32 = _t1*_t31
    _t33 = _t2**3
    _t34 = _t5**5
    _t35 = _t33*_t34
    _t36 = _t2**2
    _t37 = _t5**6
    _t38 = _t36*_t37
    _t39 = _t1**2
    _t40 = _t39*_t6
    _t41 = _t1**3
    _t42 = 10080*_t6
    _t43 = _t12**5
    _t44 = _t13*_t39
    _t45 = _t43*_t44
    _t46 = _t12**3
    _t47 = _t13*_t41
    _t48 = _t46*_t47
    _t49 = _t22*_t4
    _t50 = 247*_t10
    _t51 = _t21*_t26
    _t52 = 4293*_t10
    _t53 = _t25*_t30
    _t54 = 15619*_t10
    _t55 = _t29*_t34
    _t56 = _t33*_t37
    _t57 = _t36*_t8
    _t58 = _t19*_t44
    _t59 = _t19*_t47
    _t60 = _t1*_t12
    _t61 = _t23*_t39
    _t62 = _t27*_t39
    _t63 = _t31*_t39
    _t64 = _t23*_t41
    _t65 = 151200*_t27
    _t66 = _t12**6
    _t67 = _t12**4
    _t68 = _t12**2
    _t69 = _t49*x
    _t70 = _t39*_t69
    _t71 = _t39*x
    _t72 = _t51*_t71
    _t73 = _t53*_t71
    _t74 = _t55*_t71
    _t75 = _t41*x
    _t76 = 55776*_t49
    _t77 = 190176*_t51
    _t78 = 111216*_t53
    _t79 = _t1*_t6
    _t80 = _t1*_t67
    _t81 = 16128*_t79
    _t82 = _t1*_t23
    _t83 = _t41*_t6
    _t84 = _t10*_t12
    _t85 = _t12*_t51
    _t86 = _t10*_t55
    _t87 = _t1*_t68
    _t88 = _t10*_t68
    _t89 = _t10*_t49
    _t90 = _t10*_t67
    _t91 = _t10*_t51
    _t92 = _t49*_t75
    _t93 = 4608*_t13
    _t94 = 2*_t0
    _t95 = scipy.special.expit(_t94)
    _t96 = _t95**8
    _t97 = scipy.special.expit(-_t94)
    _t98 = _t96*_t97
    _t99 = _t97**8
    _t100 = _t95*_t99
    _t101 = 1024*_t3
    _t102 = 1138176*_t13
    _t103 = _t97**2
    _t104 = _t95**7
    _t105 = _t103*_t104
    _t106 = 19782144*_t13
    _t107 = _t97**3
    _t108 = _t95**6
    _t109 = _t107*_t108
    _t110 = 71972352*_t13
    _t111 = _t97**4
    _t112 = _t95**5
    _t113 = _t111*_t112
    _t114 = _t97**5
    _t115 = _t95**4
    _t116 = _t114*_t115
    _t117 = _t97**6
    _t118 = _t95**3
    _t119 = _t117*_t118
    _t120 = _t97**7
    _t121 = _t95**2
    _t122 = _t120*_t121
    _t123 = _t6*_t95
    _t124 = 36*_t97
    _t125 = 514048*_t3
    _t126 = 14958592*_t3
    _t127 = 90351616*_t3
    _t128 = _t13*_t19
    _t129 = _t128*_t97
    _t130 = 4*_t95
    _t131 = _t97*x
    _t132 = _t6*_t97
    _t133 = 64512*_t132
    _t134 = _t103*_t6
    _t135 = 576*_t95
    _t136 = _t111*_t6
    _t137 = 16128*_t95
    _t138 = 64512*_t123
    _t139 = _t23*_t97
    _t140 = 4320*_t95
    _t141 = _t27*_t95
    _t142 = 42876*_t97
    _t143 = _t31*_t97
    _t144 = _t35*_t95
    _t145 = _t38*_t97
    _t146 = _t118*_t97
    _t147 = 21504*_t128
    _t148 = _t104*_t97
    _t149 = 18432*_t128
    _t150 = _t103*_t95
    _t151 = _t107*_t128
    _t152 = _t111*_t95
    _t153 = _t114*_t95
    _t154 = _t69*_t95
    _t155 = _t51*x
    _t156 = _t155*_t97
    _t157 = 17172*_t95
    _t158 = 62476*_t95
    _t159 = _t53*x
    _t160 = _t159*_t97
    _t161 = _t55*x
    _t162 = _t161*_t97
    _t163 = _t56*x
    _t164 = _t131*_t57
    _t165 = _t103*_t115
    _t166 = 7741440*_t6
    _t167 = _t103*_t108
    _t168 = _t107*_t6
    _t169 = _t114*_t6
    _t170 = _t117*_t121
    _t171 = _t107*_t23
    _t172 = _t23*_t95
    _t173 = _t114*_t23
    _t174 = _t27*_t97
    _t175 = _t103*_t27
    _t176 = _t107*_t31
    _t177 = _t35*_t97
    _t178 = _t103*_t35
    _t179 = _t103*_t121
    _t180 = _t103*_t118
    _t181 = 29568*_t128
    _t182 = 209664*_t128
    _t183 = _t103*_t112
    _t184 = 919296*_t128
    _t185 = 2580480*_t128
    _t186 = 4552704*_t128
    _t187 = _t107*_t121
    _t188 = _t107*_t115
    _t189 = 4870656*_t128
    _t190 = 25611264*_t128
    _t191 = _t107*_t112
    _t192 = 79128576*_t128
    _t193 = _t111*_t121
    _t194 = _t111*_t118
    _t195 = 287889408*_t128
    _t196 = _t114*_t121
    _t197 = _t114*_t118
    _t198 = 10608*_t69
    _t199 = _t121*_t97
    _t200 = 49968*_t69
    _t201 = _t115*_t69
    _t202 = 223104*_t69
    _t203 = _t107*_t95
    _t204 = _t107*_t155
    _t205 = 379200*_t159
    _t206 = 888960*_t159
    _t207 = 981120*_t159
    _t208 = 455520*_t161
    _t209 = 58320*_t163
    _t210 = 48400*_t163
    _t211 = 12579840*_t23
    _t212 = 15724800*_t27
    _t213 = _t107*_t27
    _t214 = 1478400*_t69
    _t215 = 5800704*_t69
    _t216 = 12870144*_t69
    _t217 = 14192640*_t69
    _t218 = _t107*_t118
    _t219 = 140861952*_t69
    _t220 = 19778304*_t155
    _t221 = 19305216*_t155
    _t222 = 102283776*_t155
    _t223 = 10792320*_t159
    _t224 = 11566464*_t159
    _t225 = 2735040*_t161
    return numpy.select([numpy.less(x, 0),True], [7936*_t1**5*_t3 + 256*_t1*_t12**8*_t3 + 266112*_t1*_t27*_t46 + _t10*_t11 + 245280*_t10*_t46*_t53 - 33858*_t10*_t85 - 18*_t12*_t20 - 110268*_t12*_t32 - 8064*_t12*_t40 + 1344*_t12*_t58 - 34272*_t12*_t59 + 189504*_t12*_t61 - 532224*_t12*_t62 + 244944*_t12*_t63 - 651168*_t12*_t64 - 67200*_t12*_t70 + 393120*_t12*_t72 - 490560*_t12*_t73 + 124320*_t12*_t74 - 10350*_t12*_t82 + 137088*_t12*_t83 - 72750*_t12*_t86 + 479808*_t12*_t92 - 4608*_t15*_t19 - 1152*_t15 - 137216*_t16*_t3*_t68 - 68544*_t16*_t6 - 125664*_t16*_t69 + 22848*_t17*_t19 + 285696*_t18*_t19 + 71424*_t18 + 276480*_t19*_t45 - 884736*_t19*_t48 - 4032*_t20*_t43 - 672*_t20*_t46 - 5376*_t20*_t66 - 2016*_t20*_t67 - 144*_t20*_t68 - _t20 - _t23*_t24 - _t24*_t38 + _t27*_t28 + 73728*_t27*_t60 + 201096*_t27*_t87 + _t28*_t35 - 31616*_t3*_t39*_t66 + 185856*_t3*_t41*_t67 - 122472*_t32*_t46 - 193536*_t32*_t68 - 21744*_t32 - 17388*_t35*_t39 + 38448*_t35*_t60 + 34776*_t35*_t87 - 2286*_t38*_t60 - 209664*_t40*_t46 - 459648*_t40*_t67 - 55440*_t40*_t68 - 504*_t40 + _t41*_t42 + _t41*_t65 + _t42*_t80 + _t43*_t81 - 76608*_t43*_t82 + 56448*_t43*_t89 - 84672*_t43*_t91 + 69120*_t45 + 52416*_t46*_t58 + 995904*_t46*_t61 - 733824*_t46*_t70 + 1100736*_t46*_t72 + 4032*_t46*_t79 - 94752*_t46*_t82 - 62160*_t46*_t86 + 33600*_t46*_t89 - 196560*_t46*_t91 - 221184*_t48 + _t49*_t50 + 2652*_t49*_t84 + 12492*_t49*_t88 - _t50*_t57 - _t51*_t52 + _t52*_t56 + _t53*_t54 + 94800*_t53*_t84 + 222240*_t53*_t88 - _t54*_t55 - 6050*_t56*_t71 + 14580*_t56*_t84 + 12100*_t56*_t88 - 510*_t57*_t84 + 153216*_t58*_t67 + 11088*_t58*_t68 + 72*_t58 - 241920*_t59*_t68 - 2016*_t59 + 144*_t6*_t60 + _t6*_t7 + 665280*_t61*_t68 + 21168*_t61 - 831600*_t62*_t68 - 100548*_t62 + 96768*_t63 - 120960*_t64 + _t65*_t80 + _t66*_t81 + 29568*_t66*_t89 - 842688*_t67*_t70 - 120960*_t67*_t82 - 306768*_t68*_t70 + 1045968*_t68*_t72 - 611688*_t68*_t73 + 1008*_t68*_t79 - 42336*_t68*_t82 + 725760*_t68*_t83 - 113880*_t68*_t86 - 111640*_t68*_t91 + 1330560*_t68*_t92 + _t7*_t9 - 6246*_t70 + 55820*_t72 - 111120*_t73 + 56940*_t74 + _t75*_t76 - _t75*_t77 + _t75*_t78 - 719712*_t75*_t85 + _t76*_t90 - _t77*_t90 + _t78*_t90,_t100*_t149 + _t100*_t93 + _t101*_t95**9*_t97 + _t101*_t95*_t97**9 + _t102*_t105 - _t102*_t122 - _t103*_t125*_t96 + _t104*_t107*_t126 + _t104*_t133 + _t105*_t186 - _t106*_t109 + _t106*_t119 + 4032*_t107*_t123 + 804384*_t107*_t141 + 139104*_t107*_t144 + 68189184*_t107*_t201 - _t108*_t111*_t127 - 16128*_t108*_t129 + _t108*_t133 - 306432*_t108*_t139 - 338688*_t108*_t156 + 225792*_t108*_t69*_t97 - _t109*_t192 + _t11*_t130*_t131 + _t110*_t113 - _t110*_t116 + 51953664*_t111*_t115*_t128 - 1064448*_t111*_t141 + 379008*_t111*_t172 - 285745152*_t111*_t201 + 159938560*_t112*_t114*_t3 - 8064*_t112*_t129 + 40320*_t112*_t132 - 3677184*_t112*_t134 - 483840*_t112*_t139 - 760704*_t112*_t156 + 444864*_t112*_t160 + 76833792*_t112*_t168 + 604800*_t112*_t174 + _t112*_t202*_t97 + _t113*_t195 + 40320*_t114*_t123 + 604800*_t114*_t141 - _t115*_t117*_t127 - 2688*_t115*_t129 + 16128*_t115*_t132 - 155860992*_t115*_t136 - 379008*_t115*_t139 - 489888*_t115*_t143 - 786240*_t115*_t156 - 248640*_t115*_t162 + 19482624*_t115*_t168 - 92542464*_t115*_t171 + 1064448*_t115*_t174 + _t115*_t207*_t97 - _t116*_t195 + _t117*_t128*_t137 - _t117*_t138 - 225792*_t117*_t154 + 338688*_t117*_t155*_t95 + 306432*_t117*_t172 + _t118*_t120*_t126 + 4032*_t118*_t132 - 177408*_t118*_t134 - 19482624*_t118*_t136 - 169344*_t118*_t139 - 774144*_t118*_t143 - 532224*_t118*_t151 - 446560*_t118*_t156 + 2661120*_t118*_t168 + 76833792*_t118*_t169 - 31933440*_t118*_t171 + 804384*_t118*_t174 - 11708928*_t118*_t175 + 139104*_t118*_t177 - 50206464*_t118*_t204 + 39916800*_t118*_t213 + _t119*_t192 + _t120*_t138 - _t120*_t147*_t95 + 118272*_t120*_t154 - _t121*_t125*_t99 - 72*_t121*_t129 + 576*_t121*_t132 - 16128*_t121*_t134 - 1048320*_t121*_t136 - 41400*_t121*_t139 - 441072*_t121*_t143 - 9144*_t121*_t145 - 135432*_t121*_t156 - 291000*_t121*_t162 - 2040*_t121*_t164 + 177408*_t121*_t168 + 3677184*_t121*_t169 - 4169088*_t121*_t171 - 17466624*_t121*_t173 + 294912*_t121*_t174 - 3217536*_t121*_t175 - 5388768*_t121*_t176 + 153792*_t121*_t177 - 556416*_t121*_t178 - 8648640*_t121*_t204 + 11708928*_t121*_t213 - _t122*_t186 + _t123*_t124 + _t124*_t9*_t95 - 576*_t128*_t146 + 72*_t128*_t150 + 2688*_t128*_t152 - 8064*_t128*_t153 + 2304*_t128*_t179 - _t129*_t130 - _t134*_t135 - _t135*_t151 - _t136*_t137 - _t139*_t140 - _t140*_t145 + _t141*_t142 + _t142*_t144 - 86976*_t143*_t95 + _t146*_t200 + _t146*_t206 - _t146*_t208 + _t146*_t210 - _t147*_t148 + 118272*_t148*_t69 - _t149*_t98 + 135432*_t150*_t155 + 291000*_t150*_t161 - _t150*_t198 - _t150*_t205 - _t150*_t209 + 41400*_t150*_t23 + 441072*_t150*_t31 + 9144*_t150*_t38 + 2040*_t150*_t57*x + 786240*_t152*_t155 + 248640*_t152*_t161 - _t152*_t207 + 489888*_t152*_t31 - 134400*_t152*_t69 - 760704*_t153*_t155 + 444864*_t153*_t159 + _t153*_t202 + 988*_t154*_t97 + 1786240*_t155*_t179 + 8648640*_t155*_t180 - _t156*_t157 + _t157*_t163*_t97 + _t158*_t160 - _t158*_t162 - 3555840*_t159*_t179 + 29361024*_t159*_t218 + 1822080*_t161*_t179 - 193600*_t163*_t179 - 988*_t164*_t95 + _t165*_t182 + _t165*_t211 - _t165*_t212 - _t165*_t215 + _t165*_t220 - _t165*_t224 - 1048320*_t165*_t6 - _t166*_t167 - _t166*_t170 + _t167*_t185 - _t167*_t217 + _t170*_t185 - _t170*_t217 - 169344*_t171*_t95 - 483840*_t173*_t95 - 294912*_t175*_t95 - 774144*_t176*_t95 - 153792*_t178*_t95 + 677376*_t179*_t23 + 3096576*_t179*_t31 - 199872*_t179*_t69 + _t180*_t181 - _t180*_t214 - _t180*_t223 + _t180*_t225 + 4169088*_t180*_t23 + 5388768*_t180*_t31 - _t181*_t187 + _t182*_t193 + _t183*_t184 - _t183*_t216 + _t183*_t221 + 17466624*_t183*_t23 - _t184*_t196 + _t187*_t214 + _t187*_t223 - _t187*_t225 - _t188*_t189 - _t188*_t222 + _t189*_t194 - _t190*_t191 - _t190*_t197 + _t191*_t219 + _t193*_t211 - _t193*_t212 - _t193*_t215 + _t193*_t220 - _t193*_t224 + _t194*_t222 + 92542464*_t194*_t23 - 68189184*_t194*_t69 + _t196*_t216 - _t196*_t221 + _t197*_t219 + _t198*_t199 + _t199*_t205 + _t199*_t209 + _t200*_t203 + 134400*_t201*_t97 + _t203*_t206 - _t203*_t208 + _t203*_t210 - 446560*_t204*_t95 + 14724864*_t218*_t69 - _t93*_t98], default=numpy.nan)


def _remainder_derivative_10(x):
    _t0 = numpy.logaddexp(0.0, x)
    _t1 = numpy.cosh(_t0)**(-2.0)
    _t2 = _t1**5
    _t3 = scipy.special.expit(x)
    _t4 = _t3**9
    _t5 = _t2*_t4
    _t6 = _t3**8
    _t7 = scipy.special.expit(-x)
    _t8 = _t6*_t7
    _t9 = 10*_t1
    _t10 = _t7**8
    _t11 = _t10*_t3
    _t12 = _t1*_t4
    _t13 = _t7*x
    _t14 = _t12*_t13
    _t15 = _t1*x
    _t16 = _t3*_t7**9
    _t17 = numpy.tanh(_t0)
    _t18 = _t12*_t17**8
    _t19 = _t3**7
    _t20 = _t7**2
    _t21 = _t19*_t20
    _t22 = 2470*_t1
    _t23 = _t3**6
    _t24 = _t7**3
    _t25 = _t23*_t24
    _t26 = 42930*_t1
    _t27 = _t3**5
    _t28 = _t7**4
    _t29 = _t27*_t28
    _t30 = 156190*_t1
    _t31 = _t3**4
    _t32 = _t7**5
    _t33 = _t31*_t32
    _t34 = _t3**3
    _t35 = _t7**6
    _t36 = _t34*_t35
    _t37 = _t3**2
    _t38 = _t7**7
    _t39 = _t37*_t38
    _t40 = _t1**2
    _t41 = _t40*_t8
    _t42 = _t1**3
    _t43 = _t42*_t8
    _t44 = _t1**4
    _t45 = _t44*_t8
    _t46 = _t3**10
    _t47 = _t46*x
    _t48 = _t17**6
    _t49 = _t4*_t40
    _t50 = _t48*_t49
    _t51 = _t17**4
    _t52 = _t4*_t42
    _t53 = _t51*_t52
    _t54 = _t17**2
    _t55 = _t4*_t44
    _t56 = _t54*_t55
    _t57 = _t20*_t6
    _t58 = 502*_t15
    _t59 = _t19*_t24
    _t60 = 14608*_t15
    _t61 = _t23*_t28
    _t62 = 88234*_t15
    _t63 = _t27*_t32
    _t64 = _t63*x
    _t65 = _t31*_t35
    _t66 = _t34*_t38
    _t67 = _t10*_t37
    _t68 = _t13*_t49
    _t69 = _t13*_t52
    _t70 = _t13*_t55
    _t71 = _t1*_t8
    _t72 = _t21*_t40
    _t73 = _t25*_t40
    _t74 = _t29*_t40
    _t75 = _t33*_t40
    _t76 = 557760*_t21
    _t77 = _t25*_t42
    _t78 = 1112160*_t29
    _t79 = _t17**7
    _t80 = _t40*x
    _t81 = _t17**5
    _t82 = _t42*x
    _t83 = _t17**3
    _t84 = _t44*x
    _t85 = _t57*_t80
    _t86 = _t59*_t80
    _t87 = _t61*_t80
    _t88 = _t63*_t80
    _t89 = _t65*_t80
    _t90 = _t57*_t82
    _t91 = 1354080*_t59
    _t92 = 2076480*_t61
    _t93 = 680400*_t63
    _t94 = _t57*_t84
    _t95 = _t1*_t17
    _t96 = _t1*_t25
    _t97 = _t1*_t33
    _t98 = _t15*_t57
    _t99 = _t15*_t17
    _t100 = _t17*_t61
    _t101 = _t15*_t65
    _t102 = _t1*_t54
    _t103 = _t1*_t21
    _t104 = _t1*_t51
    _t105 = _t21*_t42
    _t106 = _t15*_t51
    _t107 = _t15*_t54
    _t108 = _t15*_t59
    _t109 = _t15*_t61
    _t110 = _t59*_t82
    _t111 = 10240*_t4
    _t112 = 2*_t0
    _t113 = scipy.special.expit(_t112)
    _t114 = _t113**9
    _t115 = scipy.special.expit(-_t112)
    _t116 = _t114*_t115
    _t117 = _t115**9
    _t118 = _t113*_t117
    _t119 = 2048*_t47
    _t120 = 5140480*_t4
    _t121 = _t115**2
    _t122 = _t113**8
    _t123 = _t121*_t122
    _t124 = 149585920*_t4
    _t125 = _t115**3
    _t126 = _t113**7
    _t127 = _t125*_t126
    _t128 = 903516160*_t4
    _t129 = _t115**4
    _t130 = _t113**6
    _t131 = _t129*_t130
    _t132 = _t115**5
    _t133 = _t113**5
    _t134 = _t133*_t4
    _t135 = _t132*_t134
    _t136 = _t115**6
    _t137 = _t113**4
    _t138 = _t136*_t137
    _t139 = _t115**7
    _t140 = _t113**3
    _t141 = _t139*_t140
    _t142 = _t115**8
    _t143 = _t113**2
    _t144 = _t142*_t143
    _t145 = _t115*_t8
    _t146 = 40*_t113
    _t147 = 2074624*_t47
    _t148 = 97976320*_t47
    _t149 = 932233216*_t47
    _t150 = 2683604992*_t47
    _t151 = _t13*_t4
    _t152 = _t113*_t115
    _t153 = _t113*x
    _t154 = _t115*_t153
    _t155 = _t113*_t121
    _t156 = _t125*_t8
    _t157 = _t113*_t129
    _t158 = _t132*_t8
    _t159 = _t113*_t8
    _t160 = _t139*_t8
    _t161 = _t113*_t21
    _t162 = _t115*_t25
    _t163 = 171720*_t113
    _t164 = 624760*_t113
    _t165 = _t115*_t29
    _t166 = _t115*_t33
    _t167 = _t115*_t36
    _t168 = _t115*_t39
    _t169 = 80*_t151
    _t170 = _t115*_t143
    _t171 = _t115*_t140
    _t172 = 720*_t151
    _t173 = _t115*_t137
    _t174 = 3840*_t151
    _t175 = _t13*_t134
    _t176 = 32256*_t151
    _t177 = _t126*_t151
    _t178 = 46080*_t151
    _t179 = _t113*_t125
    _t180 = _t113*_t132
    _t181 = _t113*_t136
    _t182 = _t113*_t151
    _t183 = _t57*x
    _t184 = _t115*_t183
    _t185 = _t59*x
    _t186 = _t61*x
    _t187 = 352936*_t152
    _t188 = _t65*x
    _t189 = _t121*_t8
    _t190 = _t121*_t137
    _t191 = 2096640*_t8
    _t192 = _t121*_t130
    _t193 = 25804800*_t8
    _t194 = _t129*_t143
    _t195 = _t129*_t8
    _t196 = _t136*_t143
    _t197 = _t136*_t140
    _t198 = _t115*_t21
    _t199 = _t121*_t21
    _t200 = _t129*_t21
    _t201 = _t125*_t25
    _t202 = _t132*_t25
    _t203 = 9811200*_t29
    _t204 = _t121*_t29
    _t205 = _t125*_t33
    _t206 = _t121*_t36
    _t207 = _t121*_t143
    _t208 = _t121*_t140
    _t209 = 42240*_t151
    _t210 = 349440*_t151
    _t211 = 6451200*_t151
    _t212 = 23132160*_t151
    _t213 = _t125*_t143
    _t214 = _t125*_t140
    _t215 = _t137*_t151
    _t216 = 263761920*_t151
    _t217 = 673136640*_t151
    _t218 = _t129*_t140
    _t219 = 4065822720*_t151
    _t220 = _t143*_t151
    _t221 = _t132*_t140
    _t222 = _t143*x
    _t223 = _t115*_t222
    _t224 = 125760*_t183
    _t225 = 390240*_t183
    _t226 = _t115*_t133
    _t227 = 779520*_t183
    _t228 = _t130*x
    _t229 = _t115*_t228
    _t230 = _t139*_t57
    _t231 = 514896*_t185
    _t232 = 1960320*_t185
    _t233 = 4192640*_t185
    _t234 = 5416320*_t185
    _t235 = 1505280*_t185
    _t236 = _t143*_t186
    _t237 = 6993600*_t186
    _t238 = 10419840*_t186
    _t239 = 8305920*_t186
    _t240 = 3475952*_t64
    _t241 = 7304400*_t64
    _t242 = 7059840*_t64
    _t243 = 2721600*_t64
    _t244 = 2229120*_t188
    _t245 = 1091360*_t188
    _t246 = _t66*x
    _t247 = 149280*_t246
    _t248 = 4088*_t67
    _t249 = 141926400*_t21
    _t250 = _t125*_t21
    _t251 = _t132*_t21
    _t252 = 197783040*_t25
    _t253 = _t121*_t133
    _t254 = 115664640*_t29
    _t255 = 4292640*_t183
    _t256 = 20267520*_t183
    _t257 = 103219200*_t183
    _t258 = _t137*x
    _t259 = _t125*_t57
    _t260 = 1024450560*x
    _t261 = _t132*_t57
    _t262 = 46119040*_t185
    _t263 = 140824320*_t185
    _t264 = 234726912*_t185
    _t265 = 180633600*_t185
    _t266 = _t258*_t59
    _t267 = 1792788480*_t185
    _t268 = 114618240*_t186
    _t269 = 215953920*_t186
    _t270 = 882400512*_t61
    _t271 = 77658240*_t64
    _t272 = 70761600*_t64
    _t273 = 12004960*_t188
    return numpy.select([numpy.less(x, 0),True], [2452800*_t1*_t29*_t83 - 613586*_t100*_t15 - 6208944*_t100*_t82 - 387066*_t101*_t17 - 557280*_t101*_t54 - 272840*_t101*_t83 + 124920*_t102*_t21 + 2222400*_t102*_t29 + 121000*_t102*_t36 + 295680*_t103*_t48 + 564480*_t103*_t81 + 336000*_t103*_t83 + _t104*_t76 + _t104*_t78 + 4798080*_t105*_t17 + 13305600*_t105*_t54 - 194880*_t106*_t57 + _t106*_t91 - _t106*_t92 + _t106*_t93 + 490080*_t107*_t59 + 1826100*_t107*_t63 + 37320*_t107*_t66 + 376320*_t108*_t48 + 1029504*_t108*_t81 + 1048160*_t108*_t83 - 1748400*_t109*_t54 - 730464*_t109*_t81 - 2604960*_t109*_t83 + _t11*_t9 + 8750784*_t110*_t17 + 16934400*_t110*_t54 + 11520*_t13*_t18 + 357120*_t13*_t5 - 1422720*_t13*_t50 + 8363520*_t13*_t53 - 6174720*_t13*_t56 + 20*_t14*_t17 + 13440*_t14*_t48 + 3360*_t14*_t51 + 180*_t14*_t54 + 15360*_t14*_t79 + 8064*_t14*_t81 + 960*_t14*_t83 + _t14 + _t15*_t16 - 512*_t15*_t17**9*_t46 + 1764960*_t15*_t63*_t83 - 353792*_t17*_t2*_t47 + 13440*_t17*_t41 - 342720*_t17*_t43 + 2856960*_t17*_t45 - 1920*_t17*_t68 + 68544*_t17*_t69 - 952320*_t17*_t70 - 180*_t17*_t71 - 672000*_t17*_t72 + 3931200*_t17*_t73 - 4905600*_t17*_t74 + 1243200*_t17*_t75 - 7197120*_t17*_t77 + 195120*_t17*_t85 - 2096320*_t17*_t86 + 5209920*_t17*_t87 - 3529920*_t17*_t88 + 545680*_t17*_t89 - 2181984*_t17*_t90 + 5952000*_t17*_t94 - 338580*_t17*_t96 - 727500*_t17*_t97 - 5942*_t17*_t98 + 2560*_t18 + _t21*_t22 - 1256640*_t21*_t44 + 26520*_t21*_t95 - _t22*_t39 - _t25*_t26 + _t26*_t36 + _t29*_t30 + 948000*_t29*_t95 - _t30*_t33 + _t30*_t64 - 60500*_t36*_t40 + 145800*_t36*_t95 - 5100*_t39*_t95 + 1532160*_t41*_t51 + 110880*_t41*_t54 + 2764800*_t41*_t81 + 524160*_t41*_t83 + 720*_t41 + _t42*_t76 + _t42*_t78 - 2419200*_t43*_t54 - 8847360*_t43*_t83 - 20160*_t43 + 228480*_t45 + 128512*_t46*_t79*_t80 - 1304832*_t46*_t81*_t82 + 1841152*_t46*_t83*_t84 - 53760*_t48*_t71 - 215040*_t48*_t98 + 79360*_t5 - 316160*_t50 - 383040*_t51*_t68 - 20160*_t51*_t71 - 8426880*_t51*_t72 + 6128640*_t51*_t85 - 10725120*_t51*_t86 - 1901760*_t51*_t96 + 1858560*_t53 - 18480*_t54*_t68 + 604800*_t54*_t69 - 1440*_t54*_t71 - 3067680*_t54*_t72 + 10459680*_t54*_t73 - 6116880*_t54*_t74 + 1071840*_t54*_t85 - 7447440*_t54*_t86 + 11420640*_t54*_t87 - 3742200*_t54*_t88 - 9676800*_t54*_t90 - 1116400*_t54*_t96 - 1138800*_t54*_t97 - 31440*_t54*_t98 - 1372160*_t56 - _t57*_t58 - _t58*_t67 + _t59*_t60 - 1599360*_t59*_t84 + 128724*_t59*_t99 + _t60*_t66 - _t61*_t62 - _t62*_t65 + 868988*_t63*_t99 - 18660*_t66*_t80 + 47804*_t66*_t99 - 1022*_t67*_t99 - 921600*_t68*_t81 - 104832*_t68*_t83 - 90*_t68 + 2949120*_t69*_t83 + 3360*_t69 - 57120*_t70 - 46080*_t71*_t79 - 40320*_t71*_t81 - 6720*_t71*_t83 - 7338240*_t72*_t83 - 62460*_t72 + 11007360*_t73*_t83 + 558200*_t73 - 1111200*_t74 + 569400*_t75 - 1901760*_t77 - 96000*_t79*_t98 - _t8*_t9 + 5760000*_t81*_t85 - 846720*_t81*_t96 - 256704*_t81*_t98 + _t82*_t91 - _t82*_t92 + _t82*_t93 + 3337152*_t83*_t85 - 13383552*_t83*_t86 + 9496032*_t83*_t87 - 18432000*_t83*_t90 - 1965600*_t83*_t96 - 621600*_t83*_t97 - 97560*_t83*_t98 + 15720*_t85 - 245040*_t86 + 874200*_t87 - 913050*_t88 + 278640*_t89 - 194880*_t90 + 913920*_t94,_t11*_t115*_t146 + _t111*_t116 + _t111*_t118 - _t113**10*_t115*_t119 + _t113*_t115**10*_t119 + _t113*_t139*_t235 + 384000*_t113*_t142*_t183 - 5760*_t113*_t156 - 80640*_t113*_t158 - 215040*_t113*_t160 - 9880*_t113*_t168 - 2008*_t113*_t184 - 106080*_t113*_t199 - 1344000*_t113*_t200 - 4465600*_t113*_t201 - 7607040*_t113*_t202 - 3792000*_t113*_t204 - 4555200*_t113*_t205 - 583200*_t113*_t206 + _t114*_t121*_t147 + 61440*_t115*_t122*_t151 + _t115*_t126*_t235 + _t115*_t130*_t176 + 9880*_t115*_t161 + _t115*_t164*_t64 + 13440*_t115*_t175 + 53760*_t115*_t177 - 2454344*_t115*_t236 + _t116*_t178 - _t117*_t143*_t147 + _t118*_t178 - _t120*_t123 - _t120*_t144 + 94848000*_t121*_t126*_t183 - 1838592*_t121*_t175 - 15175680*_t121*_t177 - _t122*_t125*_t148 - 184320*_t122*_t145 - 384000*_t122*_t184 - _t123*_t212 + _t124*_t127 + _t124*_t141 + _t125*_t130*_t216 + _t125*_t133*_t267 + 499680*_t125*_t161 + 64028160*_t125*_t175 + 9741312*_t125*_t215 - _t125*_t258*_t270 + 1243640832*_t125*_t266 + _t126*_t129*_t149 - 215040*_t126*_t145 - 860160*_t126*_t184 + 45527040*_t126*_t189 + 1182720*_t126*_t198 + _t127*_t217 - _t128*_t131 - _t128*_t138 + 5997696000*_t129*_t133*_t183 - 959631360*_t129*_t175 - 129884160*_t129*_t215 + 2078146560*_t129*_t258*_t57 - 3636756480*_t129*_t266 + 7197235200*_t13*_t135 - _t130*_t132*_t150 - 161280*_t130*_t145 - 791285760*_t130*_t156 - 3386880*_t130*_t162 + 2257920*_t130*_t198 - _t131*_t219 + _t132*_t143*_t264 + 2231040*_t132*_t161 + 959631360*_t132*_t215 + 1838592*_t132*_t220 - 166545792*_t132*_t236 + _t133*_t136*_t150 - 80640*_t133*_t145 - 256112640*_t133*_t156 - 7607040*_t133*_t162 + 4448640*_t133*_t165 + 9192960*_t133*_t189 + 2878894080*_t133*_t195 + 2231040*_t133*_t198 - 128701440*_t133*_t199 + 1408619520*_t133*_t250 - _t133*_t259*_t260 + 1599385600*_t135 + 161280*_t136*_t159 - 2257920*_t136*_t161 - _t137*_t139*_t149 - 26880*_t137*_t145 - 48706560*_t137*_t156 - 2878894080*_t137*_t158 - 7862400*_t137*_t162 - 2486400*_t137*_t166 + 519536640*_t137*_t195 + 1344000*_t137*_t198 - 58007040*_t137*_t199 - 2857451520*_t137*_t200 - 1022837760*_t137*_t201 + 681891840*_t137*_t250 - _t138*_t219 + 1182720*_t139*_t161 + 53760*_t139*_t182 + 15175680*_t139*_t220 + _t140*_t142*_t148 - 5760*_t140*_t145 - 5322240*_t140*_t156 - 256112640*_t140*_t158 - 4465600*_t140*_t162 + 8889600*_t140*_t165 - 4555200*_t140*_t166 + 484000*_t140*_t167 + 295680*_t140*_t189 + 48706560*_t140*_t195 + 499680*_t140*_t198 - 14784000*_t140*_t199 - 681891840*_t140*_t200 - 502064640*_t140*_t201 - 107923200*_t140*_t204 + 1408619520*_t140*_t251 - _t140*_t260*_t261 + _t141*_t217 + 184320*_t142*_t159 - 61440*_t142*_t182 - 720*_t143*_t145 - 295680*_t143*_t156 - 9192960*_t143*_t158 - 45527040*_t143*_t160 - 1354320*_t143*_t162 + 3792000*_t143*_t165 - 2910000*_t143*_t166 + 583200*_t143*_t167 - 20400*_t143*_t168 + 23040*_t143*_t189 + 106080*_t143*_t198 - 1998720*_t143*_t199 - 58007040*_t143*_t200 - 86486400*_t143*_t201 - 193052160*_t143*_t202 - 35558400*_t143*_t204 - 27350400*_t143*_t205 - 1936000*_t143*_t206 + 128701440*_t143*_t251 - _t144*_t212 - _t145*_t146 + 4*_t151*_t152 + 13440*_t151*_t180 - 2880*_t151*_t207 + 887040*_t151*_t214 - 9741312*_t151*_t218 + 64028160*_t151*_t221 + 58432*_t152*_t185 - 860160*_t153*_t230 + 4*_t154*_t16 + 58432*_t154*_t66 - 2008*_t154*_t67 - _t155*_t169 + 23768*_t155*_t183 + 2454344*_t155*_t186 + 1548264*_t155*_t188 - _t155*_t231 - _t155*_t240 - 191216*_t155*_t246 + _t155*_t248*x + 1354320*_t155*_t25 + 2910000*_t155*_t33 + 20400*_t155*_t39 + 720*_t155*_t8 - _t157*_t174 - _t157*_t203 + _t157*_t225 - _t157*_t233 + _t157*_t238 - _t157*_t242 + _t157*_t245 + 7862400*_t157*_t25 + 2486400*_t157*_t33 + 26880*_t157*_t8 - _t162*_t163 + _t163*_t167 + _t164*_t165 - _t164*_t166 + _t169*_t170 + _t170*_t231 + _t170*_t240 + _t171*_t172 - _t171*_t224 + _t171*_t232 - _t171*_t237 + _t171*_t241 - _t171*_t244 + _t171*_t247 + _t172*_t179 + _t173*_t174 + _t173*_t203 - _t173*_t225 + _t173*_t233 - _t173*_t238 + _t173*_t242 - _t173*_t245 - _t176*_t181 - _t179*_t224 + _t179*_t232 - _t179*_t237 + _t179*_t241 - _t179*_t244 + _t179*_t247 + 8889600*_t179*_t29 + 484000*_t179*_t36 - _t180*_t227 + _t180*_t234 - _t180*_t239 + _t180*_t243 + 4448640*_t180*_t29 + 1026816*_t181*_t183 - 4118016*_t181*_t185 + 2921856*_t181*_t186 + 3386880*_t181*_t25 + 1648512000*_t183*_t197 + 503040*_t183*_t207 - 51448320*_t183*_t214 + 310098432*_t183*_t218 + 58528512*_t183*_t253 - 7841280*_t185*_t207 + 357477120*_t185*_t214 - 1243640832*_t185*_t218 - _t186*_t187 + 27974400*_t186*_t207 - 548190720*_t186*_t214 + 166545792*_t186*_t253 - _t187*_t188 + 8916480*_t188*_t207 + _t190*_t191 - _t190*_t210 + _t190*_t252 - _t190*_t254 + _t190*_t256 - _t190*_t263 + _t190*_t269 - _t190*_t272 + _t191*_t194 + _t192*_t193 - _t192*_t211 - _t192*_t249 + _t192*_t257 - _t192*_t265 + _t193*_t196 - _t194*_t210 + _t194*_t252 - _t194*_t254 + _t194*_t256 - _t194*_t263 + _t194*_t269 - _t194*_t272 - _t196*_t211 - _t196*_t249 + _t196*_t257 - _t196*_t265 - _t197*_t216 + 791285760*_t197*_t8 - 597120*_t207*_t246 + 17862400*_t207*_t25 + 18220800*_t207*_t33 - 29217600*_t207*_t64 - _t208*_t209 + 86486400*_t208*_t25 + _t208*_t255 - _t208*_t262 + _t208*_t268 - _t208*_t271 + _t208*_t273 + 27350400*_t208*_t33 + _t209*_t213 + 14784000*_t21*_t213 + 147248640*_t21*_t214 - _t213*_t255 + _t213*_t262 - _t213*_t268 + _t213*_t271 - _t213*_t273 + 107923200*_t213*_t29 + 293610240*_t214*_t29 + 179625600*_t214*_t64 + 1022837760*_t218*_t25 + _t218*_t270*x + _t221*_t267 - 94848000*_t222*_t230 - 58528512*_t222*_t261 - _t223*_t248 - 23768*_t223*_t57 - 1548264*_t223*_t65 + 191216*_t223*_t66 - _t226*_t227 + _t226*_t234 - _t226*_t239 + _t226*_t243 - 1648512000*_t228*_t259 - 1026816*_t229*_t57 + 4118016*_t229*_t59 - 2921856*_t229*_t61 + 193052160*_t25*_t253 - _t253*_t264 - 310098432*_t258*_t259 - 5997696000*_t258*_t261], default=numpy.nan)


def _activation_mp(x):
    return x*mpmath.tanh(mpmath.log1p(mpmath.exp(x)))


def _act_derivative_mp_0(x):
    return x*mpmath.tanh(mpmath.log1p(mpmath.exp(x)))


def _act_derivative_mp_1(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    return x*mpmath.sech(_t0)**2*(1/(1 + mpmath.exp(-(x)))) + mpmath.tanh(_t0)


def _act_derivative_mp_2(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = (1/(1 + mpmath.exp(-(x))))
    _t3 = _t1*_t2
    return -2*_t1*_t2**2*x*mpmath.tanh(_t0) + _t3*x*(1/(1 + mpmath.exp(-(-x)))) + 2*_t3


def _act_derivative_mp_3(x):
    _t0 = (1/(1 + mpmath.exp(-(x))))
    _t1 = mpmath.log1p(mpmath.exp(x))
    _t2 = mpmath.sech(_t1)**2
    _t3 = (1/(1 + mpmath.exp(-(-x))))
    _t4 = _t0**3
    _t5 = mpmath.tanh(_t1)
    _t6 = _t0**2*_t2
    _t7 = 6*_t5*_t6
    _t8 = _t3*x
    return _t0*_t2*_t3**2*x + 3*_t0*_t2*_t3 - 2*_t2**2*_t4*x + 4*_t2*_t4*_t5**2*x - _t6*_t8 - _t7*_t8 - _t7


def _act_derivative_mp_4(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = _t1**2
    _t3 = (1/(1 + mpmath.exp(-(x))))
    _t4 = _t3**3
    _t5 = _t2*_t4
    _t6 = 4*_t1
    _t7 = _t3**2
    _t8 = (1/(1 + mpmath.exp(-(-x))))
    _t9 = _t7*_t8
    _t10 = _t8**2
    _t11 = mpmath.tanh(_t0)
    _t12 = _t11**2
    _t13 = _t3**4
    _t14 = _t1*x
    return 4*_t1*_t10*_t3 + 8*_t1*_t11*_t4*_t8*x - 24*_t1*_t11*_t9 + 24*_t1*_t12*_t4*_t8*x + 16*_t1*_t12*_t4 + _t1*_t3*_t8**3*x + _t1*_t4*_t8*x - 14*_t10*_t11*_t14*_t7 - _t10*_t6*_t7*x - 8*_t11**3*_t13*_t14 + 16*_t11*_t13*_t2*x - 12*_t5*_t8*x - 8*_t5 - _t6*_t9


def _act_derivative_mp_5(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = (1/(1 + mpmath.exp(-(x))))
    _t3 = _t2**5*x
    _t4 = 16*_t3
    _t5 = _t2**3
    _t6 = (1/(1 + mpmath.exp(-(-x))))
    _t7 = _t5*_t6
    _t8 = 5*_t1
    _t9 = _t6**3
    _t10 = _t1*x
    _t11 = mpmath.tanh(_t0)
    _t12 = _t2**4
    _t13 = _t1*_t12
    _t14 = _t11**3*_t13
    _t15 = _t1**2
    _t16 = _t12*_t15
    _t17 = _t11*_t16
    _t18 = _t6*x
    _t19 = _t13*_t18
    _t20 = _t6**2
    _t21 = _t1*_t2**2
    _t22 = _t20*_t21
    _t23 = _t20*_t5
    _t24 = _t10*_t23
    _t25 = _t21*_t9*x
    _t26 = _t1*_t7
    _t27 = _t11**2
    return _t1**3*_t4 + _t1*_t11**4*_t4 + _t10*_t2*_t6**4 - 10*_t11*_t19 - 70*_t11*_t22 + 60*_t11*_t24 - 30*_t11*_t25 + 40*_t11*_t26 - 80*_t14*_t18 - 40*_t14 - 50*_t15*_t23*x - 88*_t15*_t27*_t3 - 60*_t15*_t7 + 20*_t16*_t18 + 160*_t17*_t18 + 80*_t17 - 40*_t19*_t27 - _t19 + _t2*_t8*_t9 - 20*_t22 + 100*_t24*_t27 + 11*_t24 - 11*_t25 + 120*_t26*_t27 + _t7*_t8


def _act_derivative_mp_6(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = _t1**3
    _t3 = (1/(1 + mpmath.exp(-(x))))
    _t4 = _t3**5
    _t5 = 96*_t4
    _t6 = 6*_t1
    _t7 = _t3**4
    _t8 = (1/(1 + mpmath.exp(-(-x))))
    _t9 = _t7*_t8
    _t10 = _t8**4
    _t11 = _t1*x
    _t12 = _t4*_t8
    _t13 = _t11*_t12
    _t14 = mpmath.tanh(_t0)
    _t15 = _t1*_t14**4
    _t16 = _t3**3
    _t17 = _t8**2
    _t18 = _t16*_t17
    _t19 = 66*_t1
    _t20 = _t3**2
    _t21 = _t8**3
    _t22 = _t20*_t21
    _t23 = _t1**2
    _t24 = _t23*_t9
    _t25 = _t3**6
    _t26 = _t2*x
    _t27 = _t14**2
    _t28 = _t23*_t4
    _t29 = _t27*_t28
    _t30 = 26*_t11
    _t31 = _t17*_t7
    _t32 = _t16*_t21
    _t33 = _t10*_t20
    _t34 = _t8*x
    _t35 = _t28*_t34
    _t36 = 240*_t12
    _t37 = _t1*_t9
    _t38 = _t14**3
    _t39 = _t23*x
    _t40 = _t31*_t39
    _t41 = _t1*_t14
    _t42 = _t11*_t31
    _t43 = _t11*_t14
    return 600*_t1*_t18*_t27 + _t10*_t3*_t6 - 32*_t11*_t14**5*_t25 + 360*_t11*_t27*_t32 + _t11*_t3*_t8**5 + 12*_t13*_t14 + 60*_t13*_t27 + 160*_t13*_t38 + _t13 + 960*_t14*_t24 - 272*_t14*_t25*_t26 - 320*_t14*_t35 - 60*_t14*_t37 + 1040*_t14*_t40 - 182*_t14*_t42 + _t15*_t36*x + _t15*_t5 + _t18*_t19 - 300*_t18*_t23 + 360*_t18*_t41 - _t19*_t22 + _t19*_t32*x + _t2*_t5 - 180*_t22*_t41 + 120*_t24 + 416*_t25*_t38*_t39 + _t26*_t36 - 240*_t27*_t37 - 480*_t27*_t42 - 1320*_t29*_t34 - 528*_t29 - _t30*_t31 - _t30*_t33 - 180*_t32*_t39 + 292*_t32*_t43 - 62*_t33*_t43 - 30*_t35 - 480*_t37*_t38 - 520*_t38*_t42 + 240*_t40 - _t6*_t9


def _act_derivative_mp_7(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = (1/(1 + mpmath.exp(-(x))))
    _t3 = _t2**7
    _t4 = _t3*x
    _t5 = (1/(1 + mpmath.exp(-(-x))))
    _t6 = _t2**5
    _t7 = _t5**5
    _t8 = _t2**6
    _t9 = _t1*_t8
    _t10 = _t5*x
    _t11 = _t10*_t9
    _t12 = mpmath.tanh(_t0)
    _t13 = _t12**5*_t9
    _t14 = _t1**3
    _t15 = _t14*_t8
    _t16 = _t12*_t15
    _t17 = 182*_t1
    _t18 = _t2**4
    _t19 = _t5**2
    _t20 = _t18*_t19
    _t21 = _t2**3
    _t22 = _t5**3
    _t23 = _t2**2
    _t24 = _t5**4
    _t25 = _t23*_t24
    _t26 = _t1**2
    _t27 = _t26*_t5*_t6
    _t28 = _t12**3
    _t29 = _t1*x
    _t30 = _t18*_t22
    _t31 = _t23*_t7
    _t32 = _t12**4
    _t33 = _t12**2
    _t34 = _t26*x
    _t35 = _t19*_t34*_t6
    _t36 = _t1*_t20
    _t37 = _t29*_t30
    return -272*_t1**4*_t4 + 64*_t1*_t12**6*_t3*x + 476*_t1*_t12*_t19*_t6*x + 2044*_t1*_t12*_t21*_t22 + 1176*_t1*_t12*_t21*_t24*x - 434*_t1*_t12*_t25 + 84*_t1*_t12*_t5*_t6 + 2800*_t1*_t19*_t28*_t6*x + 2240*_t1*_t19*_t32*_t6*x + 1624*_t1*_t19*_t33*_t6*x + 57*_t1*_t19*_t6*x + _t1*_t2*_t5**6*x + 7*_t1*_t2*_t7 + 2520*_t1*_t21*_t22*_t33 + 462*_t1*_t21*_t22 + 1204*_t1*_t21*_t24*_t33*x + 302*_t1*_t21*_t24*x + 1120*_t1*_t28*_t5*_t6 + 1680*_t1*_t32*_t5*_t6 + 420*_t1*_t33*_t5*_t6 + 7*_t1*_t5*_t6 - 672*_t10*_t13 - 560*_t10*_t15 - 5712*_t10*_t16 - 14*_t11*_t12 - 280*_t11*_t28 - 560*_t11*_t32 - 84*_t11*_t33 - _t11 + 7280*_t12*_t18*_t19*_t26 + 5600*_t12*_t18*_t22*_t26*x + 560*_t12*_t26*_t5*_t8*x - 2240*_t12*_t27 - 126*_t12*_t29*_t31 - 5600*_t12*_t35 - 1274*_t12*_t36 - 1736*_t12*_t37 - 224*_t13 + 2240*_t14*_t19*_t6*x + 2880*_t14*_t3*_t33*x + 1680*_t14*_t5*_t6 - 1904*_t16 - _t17*_t20 - _t17*_t25 + 1680*_t18*_t19*_t26 + 1792*_t18*_t22*_t26*x - 1260*_t21*_t22*_t26 - 602*_t21*_t24*_t34 + 8736*_t26*_t28*_t5*_t8*x + 2912*_t26*_t28*_t8 - 1824*_t26*_t32*_t4 + 3080*_t26*_t33*_t5*_t8*x + 42*_t26*_t5*_t8*x - 9240*_t27*_t33 - 210*_t27 - 3640*_t28*_t36 - 2800*_t28*_t37 - 302*_t29*_t30 - 57*_t29*_t31 - 12320*_t33*_t35 - 3360*_t33*_t36 - 3584*_t33*_t37 - 812*_t35


def _act_derivative_mp_8(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = _t1**4
    _t3 = (1/(1 + mpmath.exp(-(x))))
    _t4 = _t3**7
    _t5 = _t2*_t4
    _t6 = _t3**6
    _t7 = (1/(1 + mpmath.exp(-(-x))))
    _t8 = _t6*_t7
    _t9 = _t7**6
    _t10 = mpmath.tanh(_t0)
    _t11 = _t10**6
    _t12 = _t3**5
    _t13 = _t7**2
    _t14 = 2416*_t1
    _t15 = _t3**4
    _t16 = _t7**3
    _t17 = _t15*_t16
    _t18 = _t3**3
    _t19 = _t7**4
    _t20 = _t3**2
    _t21 = _t7**5
    _t22 = _t20*_t21
    _t23 = _t1**2
    _t24 = _t1**3
    _t25 = _t24*_t8
    _t26 = _t3**8
    _t27 = _t1*x
    _t28 = _t10**4
    _t29 = _t23*_t4
    _t30 = _t28*_t29
    _t31 = _t10**2
    _t32 = _t13*_t6
    _t33 = 120*_t27
    _t34 = _t15*_t19
    _t35 = _t20*_t9
    _t36 = _t7*x
    _t37 = _t29*_t36
    _t38 = _t1*_t8
    _t39 = _t12*_t13*_t23
    _t40 = _t10**5
    _t41 = _t10**3
    _t42 = _t24*x
    _t43 = _t23*x
    _t44 = _t12*_t16*_t43
    _t45 = _t32*_t42
    _t46 = _t1*_t17
    _t47 = _t27*_t32
    _t48 = _t27*_t34
    return 3808*_t1*_t10*_t12*_t13 + 8192*_t1*_t10*_t12*_t16*x + 9408*_t1*_t10*_t18*_t19 + 4272*_t1*_t10*_t18*_t21*x - 1008*_t1*_t10*_t22 + 16*_t1*_t10*_t4*_t7*x + 1792*_t1*_t11*_t4*_t7*x + 512*_t1*_t11*_t4 + 17920*_t1*_t12*_t13*_t28 + 12992*_t1*_t12*_t13*_t31 + 22400*_t1*_t12*_t13*_t41 + 456*_t1*_t12*_t13 + 16800*_t1*_t12*_t16*_t28*x + 22344*_t1*_t12*_t16*_t31*x + 29568*_t1*_t12*_t16*_t41*x + 1191*_t1*_t12*_t16*x + 9632*_t1*_t18*_t19*_t31 + 2416*_t1*_t18*_t19 + 3864*_t1*_t18*_t21*_t31*x + 1191*_t1*_t18*_t21*x - 456*_t1*_t22 + 1120*_t1*_t28*_t4*_t7*x + _t1*_t3*_t7**7*x + 8*_t1*_t3*_t9 + 112*_t1*_t31*_t4*_t7*x + 1792*_t1*_t4*_t40*_t7*x + 448*_t1*_t4*_t41*_t7*x + _t1*_t4*_t7*x - 8*_t1*_t8 - 128*_t10**7*_t26*_t27 + 21056*_t10*_t13*_t23*_t6*x + 44800*_t10*_t15*_t16*_t23 + 27216*_t10*_t15*_t19*_t23*x + 7936*_t10*_t2*_t26*x + 4480*_t10*_t23*_t6*_t7 + 15232*_t10*_t24*_t4*_t7*x - 45696*_t10*_t25 - 254*_t10*_t27*_t35 - 896*_t10*_t37 - 112*_t10*_t38 - 44800*_t10*_t39 - 59136*_t10*_t44 - 72352*_t10*_t45 - 13888*_t10*_t46 - 1150*_t10*_t47 - 12252*_t10*_t48 + 17920*_t12*_t13*_t24 + 16800*_t12*_t16*_t24*x + 73920*_t13*_t23*_t31*_t6*x + 110656*_t13*_t23*_t41*_t6*x + 2352*_t13*_t23*_t6*x - _t14*_t17 - _t14*_t34*x + 14336*_t15*_t16*_t23 + 10752*_t15*_t19*_t23*x - 4816*_t18*_t19*_t23 - 1932*_t18*_t21*_t43 + 7680*_t23*_t26*_t40*x + 24640*_t23*_t31*_t6*_t7 + 69888*_t23*_t41*_t6*_t7 + 336*_t23*_t6*_t7 + 80640*_t24*_t31*_t4*_t7*x + 23040*_t24*_t31*_t4 + 1120*_t24*_t4*_t7*x - 4480*_t25 - 24576*_t26*_t41*_t42 - 4480*_t28*_t38 - 13440*_t28*_t47 - 51072*_t30*_t36 - 14592*_t30 - 6160*_t31*_t37 - 672*_t31*_t38 - 98560*_t31*_t39 - 92400*_t31*_t44 - 28672*_t31*_t46 - 4704*_t31*_t47 - 21504*_t31*_t48 - _t32*_t33 - _t33*_t35 - 7616*_t36*_t5 - 23296*_t37*_t41 - 56*_t37 - 5376*_t38*_t40 - 2240*_t38*_t41 - 6496*_t39 - 8512*_t40*_t47 - 22400*_t41*_t46 - 10528*_t41*_t47 - 13608*_t41*_t48 - 11172*_t44 - 13440*_t45 - 2176*_t5


def _act_derivative_mp_9(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = (1/(1 + mpmath.exp(-(x))))
    _t3 = _t2**9*x
    _t4 = _t2**7
    _t5 = (1/(1 + mpmath.exp(-(-x))))
    _t6 = _t4*_t5
    _t7 = 9*_t1
    _t8 = _t5**7
    _t9 = _t1*x
    _t10 = mpmath.tanh(_t0)
    _t11 = _t2**8
    _t12 = _t1*_t11
    _t13 = _t10**7*_t12
    _t14 = _t1**4
    _t15 = _t11*_t14
    _t16 = _t10*_t15
    _t17 = _t5*x
    _t18 = _t12*_t17
    _t19 = _t2**6
    _t20 = _t5**2
    _t21 = _t19*_t20
    _t22 = 1080*_t1
    _t23 = _t2**5
    _t24 = _t5**3
    _t25 = _t23*_t24
    _t26 = 10719*_t1
    _t27 = _t2**4
    _t28 = _t5**4
    _t29 = _t27*_t28
    _t30 = _t1*_t29
    _t31 = _t2**3
    _t32 = _t5**5
    _t33 = _t31*_t32
    _t34 = _t2**2
    _t35 = _t5**6
    _t36 = _t34*_t35
    _t37 = _t1**2
    _t38 = _t37*_t6
    _t39 = _t1**3
    _t40 = 10080*_t6
    _t41 = _t10**5
    _t42 = _t11*_t37
    _t43 = _t41*_t42
    _t44 = _t10**3
    _t45 = _t11*_t39
    _t46 = _t44*_t45
    _t47 = _t20*_t4
    _t48 = 247*_t9
    _t49 = _t19*_t24
    _t50 = 4293*_t9
    _t51 = _t23*_t28
    _t52 = 15619*_t9
    _t53 = _t27*_t32
    _t54 = _t31*_t35
    _t55 = _t34*_t8
    _t56 = _t17*_t42
    _t57 = _t17*_t45
    _t58 = _t1*_t10
    _t59 = _t21*_t37
    _t60 = _t25*_t37
    _t61 = _t29*_t37
    _t62 = _t21*_t39
    _t63 = 151200*_t25
    _t64 = _t10**6
    _t65 = _t10**4
    _t66 = _t10**2
    _t67 = _t47*x
    _t68 = _t37*_t67
    _t69 = _t37*x
    _t70 = _t49*_t69
    _t71 = _t51*_t69
    _t72 = _t53*_t69
    _t73 = _t39*x
    _t74 = 55776*_t47
    _t75 = 190176*_t49
    _t76 = 111216*_t51
    _t77 = _t1*_t6
    _t78 = _t1*_t65
    _t79 = 16128*_t77
    _t80 = _t1*_t21
    _t81 = _t39*_t6
    _t82 = _t10*_t9
    _t83 = _t10*_t49
    _t84 = _t53*_t9
    _t85 = _t1*_t66
    _t86 = _t66*_t9
    _t87 = _t47*_t9
    _t88 = _t65*_t9
    _t89 = _t49*_t9
    _t90 = _t47*_t73
    return 7936*_t1**5*_t3 + 256*_t1*_t10**8*_t3 + 266112*_t1*_t25*_t44 - 18*_t10*_t18 - 110268*_t10*_t30 - 8064*_t10*_t38 + 1344*_t10*_t56 - 34272*_t10*_t57 + 189504*_t10*_t59 - 532224*_t10*_t60 + 244944*_t10*_t61 - 651168*_t10*_t62 - 67200*_t10*_t68 + 393120*_t10*_t70 - 490560*_t10*_t71 + 124320*_t10*_t72 - 10350*_t10*_t80 + 137088*_t10*_t81 - 72750*_t10*_t84 + 479808*_t10*_t90 - 4608*_t13*_t17 - 1152*_t13 - 137216*_t14*_t3*_t66 - 68544*_t14*_t6 - 125664*_t14*_t67 + 22848*_t15*_t17 + 285696*_t16*_t17 + 71424*_t16 + 276480*_t17*_t43 - 884736*_t17*_t46 - 4032*_t18*_t41 - 672*_t18*_t44 - 5376*_t18*_t64 - 2016*_t18*_t65 - 144*_t18*_t66 - _t18 + _t2*_t5**8*_t9 + _t2*_t7*_t8 - _t21*_t22 - _t22*_t36 + _t25*_t26 + 73728*_t25*_t58 + 201096*_t25*_t85 + _t26*_t33 - 31616*_t3*_t37*_t64 + 185856*_t3*_t39*_t65 - 122472*_t30*_t44 - 193536*_t30*_t66 - 21744*_t30 - 17388*_t33*_t37 + 38448*_t33*_t58 + 34776*_t33*_t85 - 2286*_t36*_t58 - 209664*_t38*_t44 - 459648*_t38*_t65 - 55440*_t38*_t66 - 504*_t38 + _t39*_t40 + _t39*_t63 + _t40*_t78 + _t41*_t79 - 76608*_t41*_t80 + 56448*_t41*_t87 - 84672*_t41*_t89 + 69120*_t43 + 245280*_t44*_t51*_t9 + 52416*_t44*_t56 + 995904*_t44*_t59 - 733824*_t44*_t68 + 1100736*_t44*_t70 + 4032*_t44*_t77 - 94752*_t44*_t80 - 62160*_t44*_t84 + 33600*_t44*_t87 - 196560*_t44*_t89 - 221184*_t46 + _t47*_t48 + 2652*_t47*_t82 + 12492*_t47*_t86 - _t48*_t55 - _t49*_t50 + _t50*_t54 + _t51*_t52 + 94800*_t51*_t82 + 222240*_t51*_t86 - _t52*_t53 - 6050*_t54*_t69 + 14580*_t54*_t82 + 12100*_t54*_t86 - 510*_t55*_t82 + 153216*_t56*_t65 + 11088*_t56*_t66 + 72*_t56 - 241920*_t57*_t66 - 2016*_t57 + 144*_t58*_t6 + 665280*_t59*_t66 + 21168*_t59 + _t6*_t7 - 831600*_t60*_t66 - 100548*_t60 + 96768*_t61 - 120960*_t62 + _t63*_t78 + _t64*_t79 + 29568*_t64*_t87 - 842688*_t65*_t68 - 120960*_t65*_t80 - 306768*_t66*_t68 + 1045968*_t66*_t70 - 611688*_t66*_t71 + 1008*_t66*_t77 - 42336*_t66*_t80 + 725760*_t66*_t81 - 113880*_t66*_t84 - 111640*_t66*_t89 + 1330560*_t66*_t90 - 6246*_t68 + 55820*_t70 - 111120*_t71 + 56940*_t72 + _t73*_t74 - _t73*_t75 + _t73*_t76 - 719712*_t73*_t83 + _t74*_t88 - _t75*_t88 + _t76*_t88 - 33858*_t83*_t9


def _act_derivative_mp_10(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = _t1**5
    _t3 = (1/(1 + mpmath.exp(-(x))))
    _t4 = _t3**9
    _t5 = _t2*_t4
    _t6 = _t3**8
    _t7 = (1/(1 + mpmath.exp(-(-x))))
    _t8 = _t6*_t7
    _t9 = 10*_t1
    _t10 = _t7**8
    _t11 = _t1*_t4
    _t12 = _t7*x
    _t13 = _t11*_t12
    _t14 = _t1*x
    _t15 = mpmath.tanh(_t0)
    _t16 = _t11*_t15**8
    _t17 = _t3**7
    _t18 = _t7**2
    _t19 = _t17*_t18
    _t20 = 2470*_t1
    _t21 = _t3**6
    _t22 = _t7**3
    _t23 = _t21*_t22
    _t24 = 42930*_t1
    _t25 = _t3**5
    _t26 = _t7**4
    _t27 = _t25*_t26
    _t28 = 156190*_t1
    _t29 = _t3**4
    _t30 = _t7**5
    _t31 = _t29*_t30
    _t32 = _t3**3
    _t33 = _t7**6
    _t34 = _t32*_t33
    _t35 = _t3**2
    _t36 = _t7**7
    _t37 = _t35*_t36
    _t38 = _t1**2
    _t39 = _t38*_t8
    _t40 = _t1**3
    _t41 = _t40*_t8
    _t42 = _t1**4
    _t43 = _t42*_t8
    _t44 = _t3**10
    _t45 = _t15**6
    _t46 = _t38*_t4
    _t47 = _t45*_t46
    _t48 = _t15**4
    _t49 = _t4*_t40
    _t50 = _t48*_t49
    _t51 = _t15**2
    _t52 = _t4*_t42
    _t53 = _t51*_t52
    _t54 = _t18*_t6
    _t55 = 502*_t14
    _t56 = _t17*_t22
    _t57 = 14608*_t14
    _t58 = _t21*_t26
    _t59 = 88234*_t14
    _t60 = _t25*_t30
    _t61 = _t29*_t33
    _t62 = _t32*_t36
    _t63 = _t10*_t35
    _t64 = _t12*_t46
    _t65 = _t12*_t49
    _t66 = _t12*_t52
    _t67 = _t1*_t8
    _t68 = _t19*_t38
    _t69 = _t23*_t38
    _t70 = _t27*_t38
    _t71 = _t31*_t38
    _t72 = 557760*_t19
    _t73 = _t23*_t40
    _t74 = 1112160*_t27
    _t75 = _t15**7
    _t76 = _t38*x
    _t77 = _t15**5
    _t78 = _t40*x
    _t79 = _t15**3
    _t80 = _t42*x
    _t81 = _t54*_t76
    _t82 = _t56*_t76
    _t83 = _t58*_t76
    _t84 = _t60*_t76
    _t85 = _t61*_t76
    _t86 = _t54*_t78
    _t87 = 1354080*_t56
    _t88 = 2076480*_t58
    _t89 = 680400*_t60
    _t90 = _t54*_t80
    _t91 = _t1*_t15
    _t92 = _t1*_t23
    _t93 = _t1*_t31
    _t94 = _t14*_t54
    _t95 = _t14*_t15
    _t96 = _t15*_t58
    _t97 = _t14*_t61
    _t98 = _t1*_t51
    _t99 = _t1*_t19
    _t100 = _t1*_t48
    _t101 = _t19*_t40
    _t102 = _t14*_t48
    _t103 = _t14*_t51
    _t104 = _t14*_t56
    _t105 = _t14*_t58
    _t106 = _t56*_t78
    return 2452800*_t1*_t27*_t79 + _t10*_t3*_t9 + _t100*_t72 + _t100*_t74 + 4798080*_t101*_t15 + 13305600*_t101*_t51 - 194880*_t102*_t54 + _t102*_t87 - _t102*_t88 + _t102*_t89 + 490080*_t103*_t56 + 1826100*_t103*_t60 + 37320*_t103*_t62 + 376320*_t104*_t45 + 1029504*_t104*_t77 + 1048160*_t104*_t79 - 1748400*_t105*_t51 - 730464*_t105*_t77 - 2604960*_t105*_t79 + 8750784*_t106*_t15 + 16934400*_t106*_t51 + 11520*_t12*_t16 - 1422720*_t12*_t47 + 357120*_t12*_t5 + 8363520*_t12*_t50 - 6174720*_t12*_t53 + 20*_t13*_t15 + 13440*_t13*_t45 + 3360*_t13*_t48 + 180*_t13*_t51 + 15360*_t13*_t75 + 8064*_t13*_t77 + 960*_t13*_t79 + _t13 - 512*_t14*_t15**9*_t44 + _t14*_t3*_t7**9 + 1764960*_t14*_t60*_t79 - 613586*_t14*_t96 - 353792*_t15*_t2*_t44*x + 13440*_t15*_t39 - 342720*_t15*_t41 + 2856960*_t15*_t43 - 1920*_t15*_t64 + 68544*_t15*_t65 - 952320*_t15*_t66 - 180*_t15*_t67 - 672000*_t15*_t68 + 3931200*_t15*_t69 - 4905600*_t15*_t70 + 1243200*_t15*_t71 - 7197120*_t15*_t73 + 195120*_t15*_t81 - 2096320*_t15*_t82 + 5209920*_t15*_t83 - 3529920*_t15*_t84 + 545680*_t15*_t85 - 2181984*_t15*_t86 + 5952000*_t15*_t90 - 338580*_t15*_t92 - 727500*_t15*_t93 - 5942*_t15*_t94 - 387066*_t15*_t97 + 2560*_t16 + _t19*_t20 - 1256640*_t19*_t42 + 26520*_t19*_t91 + 124920*_t19*_t98 - _t20*_t37 - _t23*_t24 + _t24*_t34 + _t27*_t28 + 948000*_t27*_t91 + 2222400*_t27*_t98 - _t28*_t31 + _t28*_t60*x - 60500*_t34*_t38 + 145800*_t34*_t91 + 121000*_t34*_t98 - 5100*_t37*_t91 + 1532160*_t39*_t48 + 110880*_t39*_t51 + 2764800*_t39*_t77 + 524160*_t39*_t79 + 720*_t39 + _t40*_t72 + _t40*_t74 - 2419200*_t41*_t51 - 8847360*_t41*_t79 - 20160*_t41 + 228480*_t43 + 128512*_t44*_t75*_t76 - 1304832*_t44*_t77*_t78 + 1841152*_t44*_t79*_t80 - 53760*_t45*_t67 - 215040*_t45*_t94 + 295680*_t45*_t99 - 316160*_t47 - 383040*_t48*_t64 - 20160*_t48*_t67 - 8426880*_t48*_t68 + 6128640*_t48*_t81 - 10725120*_t48*_t82 - 1901760*_t48*_t92 + 79360*_t5 + 1858560*_t50 - 18480*_t51*_t64 + 604800*_t51*_t65 - 1440*_t51*_t67 - 3067680*_t51*_t68 + 10459680*_t51*_t69 - 6116880*_t51*_t70 + 1071840*_t51*_t81 - 7447440*_t51*_t82 + 11420640*_t51*_t83 - 3742200*_t51*_t84 - 9676800*_t51*_t86 - 1116400*_t51*_t92 - 1138800*_t51*_t93 - 31440*_t51*_t94 - 557280*_t51*_t97 - 1372160*_t53 - _t54*_t55 - _t55*_t63 + _t56*_t57 - 1599360*_t56*_t80 + 128724*_t56*_t95 + _t57*_t62 - _t58*_t59 - _t59*_t61 + 868988*_t60*_t95 - 18660*_t62*_t76 + 47804*_t62*_t95 - 1022*_t63*_t95 - 921600*_t64*_t77 - 104832*_t64*_t79 - 90*_t64 + 2949120*_t65*_t79 + 3360*_t65 - 57120*_t66 - 46080*_t67*_t75 - 40320*_t67*_t77 - 6720*_t67*_t79 - 7338240*_t68*_t79 - 62460*_t68 + 11007360*_t69*_t79 + 558200*_t69 - 1111200*_t70 + 569400*_t71 - 1901760*_t73 - 96000*_t75*_t94 + 5760000*_t77*_t81 - 846720*_t77*_t92 - 256704*_t77*_t94 + 564480*_t77*_t99 + _t78*_t87 - _t78*_t88 + _t78*_t89 - 6208944*_t78*_t96 + 3337152*_t79*_t81 - 13383552*_t79*_t82 + 9496032*_t79*_t83 - 18432000*_t79*_t86 - 1965600*_t79*_t92 - 621600*_t79*_t93 - 97560*_t79*_t94 - 272840*_t79*_t97 + 336000*_t79*_t99 - _t8*_t9 + 15720*_t81 - 245040*_t82 + 874200*_t83 - 913050*_t84 + 278640*_t85 - 194880*_t86 + 913920*_t90


def _moment_mp_0(mu, sigma):
    return sigma*gaussym.kernels.special.gauss_tail_mp(1, -mu/sigma, 0)


def _moment_mp_1(mu, sigma):
    return sigma**2*gaussym.kernels.special.gauss_tail_mp(2, -mu/sigma, 0)


def _moment_mp_2(mu, sigma):
    return sigma**3*gaussym.kernels.special.gauss_tail_mp(3, -mu/sigma, 0)


def _moment_mp_3(mu, sigma):
    return sigma**4*gaussym.kernels.special.gauss_tail_mp(4, -mu/sigma, 0)


def _moment_mp_4(mu, sigma):
    return sigma**5*gaussym.kernels.special.gauss_tail_mp(5, -mu/sigma, 0)


def _moment_mp_5(mu, sigma):
    return sigma**6*gaussym.kernels.special.gauss_tail_mp(6, -mu/sigma, 0)


def _moment_mp_6(mu, sigma):
    return sigma**7*gaussym.kernels.special.gauss_tail_mp(7, -mu/sigma, 0)


def _moment_mp_7(mu, sigma):
    return sigma**8*gaussym.kernels.special.gauss_tail_mp(8, -mu/sigma, 0)


def _moment_mp_8(mu, sigma):
    return sigma**9*gaussym.kernels.special.gauss_tail_mp(9, -mu/sigma, 0)


def _moment_mp_9(mu, sigma):
    return sigma**10*gaussym.kernels.special.gauss_tail_mp(10, -mu/sigma, 0)


def _moment_mp_10(mu, sigma):
    return sigma**11*gaussym.kernels.special.gauss_tail_mp(11, -mu/sigma, 0)


def _derivative_mp_0(mu, sigma):
    return sigma*gaussym.kernels.special.gauss_tail_mp(1, -mu/sigma, 0)


def _derivative_mp_1(mu, sigma):
    return gaussym.kernels.special.gauss_tail_mp(0, -mu/sigma, 0)


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
    _t0 = mpmath.log1p(mpmath.exp(x))
    return ((x*mpmath.tanh(_t0)) if (x < 0) else (-2*x*(1/(1 + mpmath.exp(-(-2*_t0))))))


def _remainder_derivative_mp_0(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    return ((x*mpmath.tanh(_t0)) if (x < 0) else (-2*x*(1/(1 + mpmath.exp(-(-2*_t0))))))


def _remainder_derivative_mp_1(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = x*(1/(1 + mpmath.exp(-(x))))
    _t2 = 2*_t0
    _t3 = (1/(1 + mpmath.exp(-(-_t2))))
    return ((_t1*mpmath.sech(_t0)**2 + mpmath.tanh(_t0)) if (x < 0) else (4*_t1*_t3*(1/(1 + mpmath.exp(-(_t2)))) - 2*_t3))


def _remainder_derivative_mp_2(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = (1/(1 + mpmath.exp(-(x))))
    _t3 = _t1*_t2
    _t4 = x*(1/(1 + mpmath.exp(-(-x))))
    _t5 = _t2**2*x
    _t6 = 2*_t0
    _t7 = (1/(1 + mpmath.exp(-(-_t6))))
    _t8 = 8*_t7
    _t9 = (1/(1 + mpmath.exp(-(_t6))))
    _t10 = _t2*_t9
    return ((-2*_t1*_t5*mpmath.tanh(_t0) + _t3*_t4 + 2*_t3) if (x < 0) else (4*_t10*_t4*_t7 + _t10*_t8 + 8*_t5*_t7**2*_t9 - _t5*_t8*_t9**2))


def _remainder_derivative_mp_3(x):
    _t0 = (1/(1 + mpmath.exp(-(x))))
    _t1 = mpmath.log1p(mpmath.exp(x))
    _t2 = mpmath.sech(_t1)**2
    _t3 = (1/(1 + mpmath.exp(-(-x))))
    _t4 = _t0**3
    _t5 = _t4*x
    _t6 = mpmath.tanh(_t1)
    _t7 = _t0**2
    _t8 = _t2*_t7
    _t9 = 6*_t6*_t8
    _t10 = _t3*x
    _t11 = _t3**2
    _t12 = 2*_t1
    _t13 = (1/(1 + mpmath.exp(-(_t12))))
    _t14 = _t13**2
    _t15 = (1/(1 + mpmath.exp(-(-_t12))))
    _t16 = 24*_t7
    _t17 = _t14*_t15*_t16
    _t18 = _t15**2
    _t19 = _t13*_t16*_t18
    _t20 = _t13*_t15
    _t21 = _t0*_t20
    _t22 = 16*_t5
    return ((_t0*_t11*_t2*x + 3*_t0*_t2*_t3 - _t10*_t8 - _t10*_t9 - 2*_t2**2*_t5 + 4*_t2*_t4*_t6**2*x - _t9) if (x < 0) else (-_t10*_t17 + _t10*_t19 - 4*_t10*_t20*_t7 + 4*_t11*_t21*x + _t13**3*_t15*_t22 + _t13*_t15**3*_t22 - 64*_t14*_t18*_t5 - _t17 + _t19 + 12*_t21*_t3))


def _remainder_derivative_mp_4(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = _t1**2
    _t3 = (1/(1 + mpmath.exp(-(x))))
    _t4 = _t3**3
    _t5 = _t2*_t4
    _t6 = 4*_t1
    _t7 = _t3**2
    _t8 = (1/(1 + mpmath.exp(-(-x))))
    _t9 = _t7*_t8
    _t10 = _t8**2
    _t11 = mpmath.tanh(_t0)
    _t12 = _t11**2
    _t13 = _t8**3
    _t14 = _t3**4
    _t15 = _t1*x
    _t16 = _t7*x
    _t17 = _t8*x
    _t18 = 64*_t4
    _t19 = 2*_t0
    _t20 = (1/(1 + mpmath.exp(-(_t19))))
    _t21 = _t20**3
    _t22 = (1/(1 + mpmath.exp(-(-_t19))))
    _t23 = _t21*_t22
    _t24 = _t22**3
    _t25 = _t20*_t24
    _t26 = _t14*x
    _t27 = 32*_t26
    _t28 = _t20**2
    _t29 = _t22**2
    _t30 = _t29*_t4
    _t31 = _t28*_t30
    _t32 = _t22*_t9
    _t33 = 16*_t20
    _t34 = _t10*_t22
    _t35 = _t33*_t34
    _t36 = 352*_t26
    _t37 = _t17*_t20
    _t38 = 4*_t22
    _t39 = _t20*_t29
    _t40 = _t17*_t4
    _t41 = 96*_t40
    _t42 = 56*_t16
    return ((4*_t1*_t10*_t3 + 8*_t1*_t11*_t4*_t8*x - 24*_t1*_t11*_t9 + 24*_t1*_t12*_t4*_t8*x + 16*_t1*_t12*_t4 + _t1*_t13*_t3*x + _t1*_t4*_t8*x - 14*_t10*_t11*_t15*_t7 - _t10*_t16*_t6 - 8*_t11**3*_t14*_t15 + 16*_t11*_t14*_t2*x - 12*_t17*_t5 - 8*_t5 - _t6*_t9) if (x < 0) else (_t10*_t39*_t42 + _t13*_t20*_t3*_t38*x - _t16*_t35 - 384*_t17*_t31 + _t18*_t23 + _t18*_t25 - _t20**4*_t22*_t27 + _t20*_t22**4*_t27 + _t21*_t29*_t36 + 32*_t22*_t28*_t40 + _t23*_t41 - _t24*_t28*_t36 + _t25*_t41 - 96*_t28*_t32 - _t28*_t34*_t42 + _t3*_t35 - 32*_t30*_t37 - 256*_t31 - _t32*_t33 + _t37*_t38*_t4 + 96*_t39*_t9))


def _remainder_derivative_mp_5(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = (1/(1 + mpmath.exp(-(x))))
    _t3 = _t2**5*x
    _t4 = 16*_t3
    _t5 = _t2**3
    _t6 = (1/(1 + mpmath.exp(-(-x))))
    _t7 = _t5*_t6
    _t8 = 5*_t1
    _t9 = _t6**3
    _t10 = _t2*_t9
    _t11 = _t1*x
    _t12 = _t2*_t6**4
    _t13 = mpmath.tanh(_t0)
    _t14 = _t2**4
    _t15 = _t1*_t14
    _t16 = _t13**3*_t15
    _t17 = _t1**2
    _t18 = _t14*_t17
    _t19 = _t13*_t18
    _t20 = _t6*x
    _t21 = _t15*_t20
    _t22 = _t6**2
    _t23 = _t2**2
    _t24 = _t1*_t23
    _t25 = _t22*_t24
    _t26 = _t22*_t5
    _t27 = _t11*_t26
    _t28 = _t9*x
    _t29 = _t24*_t28
    _t30 = _t1*_t7
    _t31 = _t13**2
    _t32 = _t26*x
    _t33 = 160*_t14
    _t34 = 2*_t0
    _t35 = (1/(1 + mpmath.exp(-(_t34))))
    _t36 = _t35**4
    _t37 = (1/(1 + mpmath.exp(-(-_t34))))
    _t38 = _t36*_t37
    _t39 = _t37**4
    _t40 = _t33*_t35
    _t41 = 64*_t3
    _t42 = 1760*_t14
    _t43 = _t37**2
    _t44 = _t35**3
    _t45 = _t43*_t44
    _t46 = _t37**3
    _t47 = _t35**2
    _t48 = _t46*_t47
    _t49 = _t35*_t37
    _t50 = 20*_t49
    _t51 = 1664*_t3
    _t52 = _t14*_t20
    _t53 = 4*_t49
    _t54 = _t37*_t47
    _t55 = 480*_t7
    _t56 = _t37*_t44
    _t57 = _t43*_t7
    _t58 = _t35*_t46
    _t59 = _t22*_t23
    _t60 = 40*_t52
    _t61 = 320*_t52
    _t62 = _t35*_t43
    _t63 = 44*_t49
    _t64 = _t23*_t28
    _t65 = 280*_t59
    _t66 = _t43*_t47
    _t67 = 3520*_t52
    _t68 = 240*_t32
    _t69 = 400*_t32
    _t70 = 120*_t64
    return ((_t1**3*_t4 + _t1*_t13**4*_t4 + _t10*_t8 + _t11*_t12 - 10*_t13*_t21 - 70*_t13*_t25 + 60*_t13*_t27 - 30*_t13*_t29 + 40*_t13*_t30 - 80*_t16*_t20 - 40*_t16 - 88*_t17*_t3*_t31 - 50*_t17*_t32 - 60*_t17*_t7 + 20*_t18*_t20 + 160*_t19*_t20 + 80*_t19 - 40*_t21*_t31 - _t21 - 20*_t25 + 100*_t27*_t31 + 11*_t27 - 11*_t29 + 120*_t30*_t31 + _t7*_t8) if (x < 0) else (_t10*_t50 + _t12*_t53*x - _t20*_t33*_t56 - _t20*_t40*_t46 + 4224*_t3*_t44*_t46 + _t32*_t63 - 1600*_t32*_t66 - _t33*_t38 + _t35**5*_t37*_t41 + _t35*_t37**5*_t41 + _t35*_t39*_t61 - 160*_t35*_t57 - _t36*_t43*_t51 - _t38*_t61 + _t39*_t40 - _t39*_t47*_t51 + _t42*_t45 - _t42*_t48 + _t45*_t67 - 1920*_t47*_t57 - _t48*_t67 - 80*_t49*_t59 + _t50*_t7 - _t52*_t53 + 640*_t52*_t66 - _t54*_t60 - _t54*_t65 + _t54*_t68 + 160*_t54*_t7 - _t54*_t70 + _t55*_t56 + _t55*_t58 + _t56*_t69 + _t58*_t69 + _t60*_t62 + _t62*_t65 - _t62*_t68 + _t62*_t70 - _t63*_t64))


def _remainder_derivative_mp_6(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = _t1**3
    _t3 = (1/(1 + mpmath.exp(-(x))))
    _t4 = _t3**5
    _t5 = 96*_t4
    _t6 = 6*_t1
    _t7 = _t3**4
    _t8 = (1/(1 + mpmath.exp(-(-x))))
    _t9 = _t7*_t8
    _t10 = _t8**4
    _t11 = _t10*_t3
    _t12 = _t1*x
    _t13 = _t4*_t8
    _t14 = _t12*_t13
    _t15 = _t3*_t8**5
    _t16 = mpmath.tanh(_t0)
    _t17 = _t1*_t16**4
    _t18 = _t3**3
    _t19 = _t8**2
    _t20 = _t18*_t19
    _t21 = 66*_t1
    _t22 = _t3**2
    _t23 = _t8**3
    _t24 = _t22*_t23
    _t25 = _t1**2
    _t26 = _t25*_t9
    _t27 = _t3**6
    _t28 = _t2*x
    _t29 = _t16**2
    _t30 = _t25*_t4
    _t31 = _t29*_t30
    _t32 = 26*_t12
    _t33 = _t19*_t7
    _t34 = _t18*_t23
    _t35 = _t34*x
    _t36 = _t10*_t22
    _t37 = _t8*x
    _t38 = _t30*_t37
    _t39 = 240*_t13
    _t40 = _t1*_t9
    _t41 = _t16**3
    _t42 = _t25*x
    _t43 = _t33*_t42
    _t44 = _t1*_t16
    _t45 = _t39*x
    _t46 = _t12*_t33
    _t47 = _t12*_t16
    _t48 = 384*_t4
    _t49 = 2*_t0
    _t50 = (1/(1 + mpmath.exp(-(_t49))))
    _t51 = _t50**5
    _t52 = (1/(1 + mpmath.exp(-(-_t49))))
    _t53 = _t51*_t52
    _t54 = _t52**5
    _t55 = _t50*_t54
    _t56 = _t27*x
    _t57 = 128*_t56
    _t58 = 9984*_t4
    _t59 = _t52**2
    _t60 = _t50**4
    _t61 = _t59*_t60
    _t62 = _t52**3
    _t63 = _t50**3
    _t64 = _t62*_t63
    _t65 = _t52**4
    _t66 = _t50**2
    _t67 = _t65*_t66
    _t68 = _t52*_t9
    _t69 = 24*_t50
    _t70 = 7296*_t56
    _t71 = 38656*_t56
    _t72 = _t13*x
    _t73 = _t50*_t72
    _t74 = _t52*x
    _t75 = _t50*_t59
    _t76 = _t62*_t9
    _t77 = 1920*_t50
    _t78 = 264*_t50
    _t79 = _t20*_t52
    _t80 = _t24*_t52
    _t81 = 48*_t72
    _t82 = _t52*_t63
    _t83 = 960*_t72
    _t84 = _t50*_t62
    _t85 = _t33*x
    _t86 = _t52*_t85
    _t87 = 104*_t50
    _t88 = _t36*_t74
    _t89 = _t59*_t9
    _t90 = _t20*_t59
    _t91 = 1440*_t50
    _t92 = _t59*_t72
    _t93 = 24960*_t72
    _t94 = _t62*_t66
    _t95 = _t35*_t66
    _t96 = 22880*_t85
    return ((600*_t1*_t20*_t29 + _t11*_t6 + _t12*_t15 - 32*_t12*_t16**5*_t27 + 360*_t12*_t29*_t34 + 12*_t14*_t16 + 60*_t14*_t29 + 160*_t14*_t41 + _t14 + 960*_t16*_t26 - 272*_t16*_t27*_t28 - 320*_t16*_t38 - 60*_t16*_t40 + 1040*_t16*_t43 - 182*_t16*_t46 + _t17*_t45 + _t17*_t5 + _t2*_t5 + _t20*_t21 - 300*_t20*_t25 + 360*_t20*_t44 - _t21*_t24 + _t21*_t35 - 180*_t24*_t44 + 120*_t26 + 416*_t27*_t41*_t42 + _t28*_t39 - 240*_t29*_t40 - 480*_t29*_t46 - 1320*_t31*_t37 - 528*_t31 - _t32*_t33 - _t32*_t36 - 180*_t34*_t42 + 292*_t34*_t47 - 62*_t36*_t47 - 30*_t38 - 480*_t40*_t41 - 520*_t41*_t46 + 240*_t43 - _t6*_t9) if (x < 0) else (_t11*_t52*_t69 + 4*_t15*_t50*_t74 + 2400*_t20*_t84 + 720*_t24*_t75 + _t35*_t52*_t78 + _t35*_t62*_t91 - 1168*_t35*_t75 + 1440*_t35*_t82 + 248*_t36*_t75*x + 25344*_t4*_t64 + _t45*_t82 + _t45*_t84 + _t48*_t53 + _t48*_t55 - _t50**6*_t52*_t57 + _t50*_t52**6*_t57 + 2080*_t50*_t65*_t85 - 960*_t50*_t76 + _t51*_t59*_t70 + 640*_t52*_t60*_t72 + _t52*_t66*_t81 + 4*_t52*_t73 + 1168*_t52*_t95 + _t53*_t83 - _t54*_t66*_t70 + _t55*_t83 - _t58*_t61 - _t58*_t67 + _t59*_t63*_t96 + 7680*_t59*_t66*_t85 - 5760*_t59*_t95 - _t60*_t62*_t71 - 1920*_t60*_t68 - 2080*_t60*_t86 - _t61*_t93 - _t62*_t77*_t85 + _t63*_t65*_t71 - 960*_t63*_t68 + 2400*_t63*_t79 - 1920*_t63*_t86 + 21120*_t63*_t89 - 7040*_t63*_t92 + 63360*_t64*_t72 - 640*_t65*_t73 + _t65*_t77*_t9 - 240*_t66*_t68 - 21120*_t66*_t76 + 1440*_t66*_t79 - 720*_t66*_t80 - 728*_t66*_t86 - 248*_t66*_t88 + 3840*_t66*_t89 - 9600*_t66*_t90 - 960*_t66*_t92 - _t67*_t93 - _t68*_t69 + 7040*_t72*_t94 - _t75*_t81 + 728*_t75*_t85 + 240*_t75*_t9 + _t78*_t79 - _t78*_t80 - _t86*_t87 - _t87*_t88 - _t90*_t91 - _t94*_t96))


def _remainder_derivative_mp_7(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = (1/(1 + mpmath.exp(-(x))))
    _t3 = _t2**7
    _t4 = _t3*x
    _t5 = (1/(1 + mpmath.exp(-(-x))))
    _t6 = _t2**5
    _t7 = _t5**5
    _t8 = _t2**6
    _t9 = _t1*_t8
    _t10 = _t5*x
    _t11 = _t10*_t9
    _t12 = mpmath.tanh(_t0)
    _t13 = _t12**5*_t9
    _t14 = _t1**3
    _t15 = _t14*_t8
    _t16 = _t12*_t15
    _t17 = _t5**6
    _t18 = 182*_t1
    _t19 = _t2**4
    _t20 = _t5**2
    _t21 = _t19*_t20
    _t22 = _t2**3
    _t23 = _t5**3
    _t24 = _t2**2
    _t25 = _t5**4
    _t26 = _t24*_t25
    _t27 = _t1**2
    _t28 = _t5*_t6
    _t29 = _t27*_t28
    _t30 = _t12**3
    _t31 = _t1*x
    _t32 = _t19*_t23
    _t33 = _t24*_t7
    _t34 = _t22*_t23
    _t35 = _t12**4
    _t36 = _t12**2
    _t37 = _t27*x
    _t38 = _t20*_t6
    _t39 = _t37*_t38
    _t40 = _t22*_t25
    _t41 = _t1*_t21
    _t42 = _t31*_t32
    _t43 = 896*_t8
    _t44 = 2*_t0
    _t45 = (1/(1 + mpmath.exp(-(_t44))))
    _t46 = _t45**6
    _t47 = (1/(1 + mpmath.exp(-(-_t44))))
    _t48 = _t46*_t47
    _t49 = _t47**6
    _t50 = _t45*_t49
    _t51 = 256*_t4
    _t52 = 51072*_t8
    _t53 = _t47**2
    _t54 = _t45**5
    _t55 = _t53*_t54
    _t56 = 270592*_t8
    _t57 = _t47**3
    _t58 = _t45**4
    _t59 = _t57*_t58
    _t60 = _t47**4
    _t61 = _t45**3
    _t62 = _t60*_t61
    _t63 = _t47**5
    _t64 = _t45**2
    _t65 = _t63*_t64
    _t66 = _t28*_t45
    _t67 = 28*_t47
    _t68 = 30720*_t4
    _t69 = 304896*_t4
    _t70 = _t10*_t8
    _t71 = _t47*_t70
    _t72 = _t45*x
    _t73 = _t28*_t47
    _t74 = 1680*_t28
    _t75 = _t47*_t61
    _t76 = _t28*_t53
    _t77 = 336*_t45
    _t78 = _t45*_t57
    _t79 = _t21*_t47
    _t80 = 728*_t45
    _t81 = _t34*_t47
    _t82 = _t26*_t47
    _t83 = 2240*_t70
    _t84 = _t47*_t54
    _t85 = 2688*_t70
    _t86 = _t45*_t53
    _t87 = _t57*_t70
    _t88 = _t45*_t60
    _t89 = _t45*_t63
    _t90 = _t38*x
    _t91 = _t47*_t90
    _t92 = _t32*x
    _t93 = _t47*_t92
    _t94 = 1208*_t45
    _t95 = _t40*x
    _t96 = _t33*_t47
    _t97 = 174720*_t28
    _t98 = _t53*_t58
    _t99 = _t28*_t57
    _t100 = _t60*_t64
    _t101 = _t21*_t57
    _t102 = 10080*_t34
    _t103 = _t34*_t53
    _t104 = _t53*_t70
    _t105 = 58240*_t70
    _t106 = 153216*_t70
    _t107 = 811776*_t70
    _t108 = 1904*_t90
    _t109 = 6496*_t90
    _t110 = 11200*_t58
    _t111 = 8960*_t90
    _t112 = 11200*_t88
    _t113 = _t64*x
    _t114 = _t113*_t32
    _t115 = 14336*_t92
    _t116 = _t113*_t40
    _t117 = 4816*_t95
    _t118 = _t86*x
    _t119 = _t21*_t53
    _t120 = _t53*_t90
    _t121 = 123200*_t61
    _t122 = 232960*_t90
    _t123 = 123200*_t57
    return ((-272*_t1**4*_t4 + 64*_t1*_t12**6*_t3*x + 476*_t1*_t12*_t20*_t6*x + 2044*_t1*_t12*_t22*_t23 + 1176*_t1*_t12*_t22*_t25*x - 434*_t1*_t12*_t26 + 84*_t1*_t12*_t5*_t6 + _t1*_t17*_t2*x + 7*_t1*_t2*_t7 + 2800*_t1*_t20*_t30*_t6*x + 2240*_t1*_t20*_t35*_t6*x + 1624*_t1*_t20*_t36*_t6*x + 57*_t1*_t20*_t6*x + 2520*_t1*_t22*_t23*_t36 + 462*_t1*_t22*_t23 + 1204*_t1*_t22*_t25*_t36*x + 302*_t1*_t22*_t25*x + 1120*_t1*_t30*_t5*_t6 + 1680*_t1*_t35*_t5*_t6 + 420*_t1*_t36*_t5*_t6 + 7*_t1*_t5*_t6 - 672*_t10*_t13 - 560*_t10*_t15 - 5712*_t10*_t16 - 14*_t11*_t12 - 280*_t11*_t30 - 560*_t11*_t35 - 84*_t11*_t36 - _t11 + 7280*_t12*_t19*_t20*_t27 + 5600*_t12*_t19*_t23*_t27*x + 560*_t12*_t27*_t5*_t8*x - 2240*_t12*_t29 - 126*_t12*_t31*_t33 - 5600*_t12*_t39 - 1274*_t12*_t41 - 1736*_t12*_t42 - 224*_t13 + 2240*_t14*_t20*_t6*x + 2880*_t14*_t3*_t36*x + 1680*_t14*_t5*_t6 - 1904*_t16 - _t18*_t21 - _t18*_t26 + 1680*_t19*_t20*_t27 + 1792*_t19*_t23*_t27*x + 8736*_t27*_t30*_t5*_t8*x + 2912*_t27*_t30*_t8 - 1260*_t27*_t34 - 1824*_t27*_t35*_t4 + 3080*_t27*_t36*_t5*_t8*x + 42*_t27*_t5*_t8*x - 9240*_t29*_t36 - 210*_t29 - 3640*_t30*_t41 - 2800*_t30*_t42 - 302*_t31*_t32 - 57*_t31*_t33 - 12320*_t36*_t39 - 3360*_t36*_t41 - 3584*_t36*_t42 - 602*_t37*_t40 - 812*_t39) if (x < 0) else (_t100*_t105 - _t100*_t122 - _t100*_t97 - 13440*_t101*_t45 - 160160*_t101*_t64 + _t102*_t75 + _t102*_t78 - 8176*_t103*_t45 - 40320*_t103*_t64 + 12320*_t104*_t61 + 1344*_t104*_t64 + _t105*_t98 + _t106*_t55 - _t106*_t65 - _t107*_t59 + _t107*_t62 + _t108*_t47*_t64 - _t108*_t86 + _t109*_t75 + _t109*_t78 + _t110*_t91 - _t110*_t93 + _t111*_t84 + _t111*_t89 - _t112*_t90 + _t112*_t92 - 504*_t113*_t96 - _t114*_t123 - 6944*_t114*_t47 + 57344*_t114*_t53 - _t115*_t75 - _t115*_t78 + 4704*_t116*_t47 - 19264*_t116*_t53 + _t117*_t75 + _t117*_t78 + 504*_t118*_t33 - 4704*_t118*_t40 + 160160*_t119*_t61 + 53760*_t119*_t64 - _t120*_t121 - 25984*_t120*_t64 + _t121*_t53*_t92 - _t122*_t98 + _t123*_t64*_t90 + 4*_t17*_t2*_t47*_t72 + _t2*_t45*_t67*_t7 + 5096*_t21*_t86 + 14560*_t21*_t88 + 1736*_t26*_t86 - 618496*_t4*_t58*_t60 - _t43*_t48 + _t43*_t50 + _t45**7*_t47*_t51 + _t45*_t47**7*_t51 - 4*_t45*_t71 + 1848*_t45*_t81 + 228*_t45*_t91 - _t46*_t53*_t68 + _t47*_t94*_t95 - _t48*_t85 - _t49*_t64*_t68 + _t50*_t85 + _t52*_t55 - _t52*_t65 + _t54*_t57*_t69 + 6720*_t54*_t73 - _t56*_t59 + _t56*_t62 + 591360*_t57*_t61*_t90 - 1120*_t58*_t71 + 4480*_t58*_t73 - 14560*_t58*_t79 - 4480*_t60*_t66 + _t61*_t63*_t69 - 49280*_t61*_t76 - 13440*_t61*_t79 - 147840*_t61*_t87 + 443520*_t61*_t99 + 6720*_t63*_t66 - 56*_t64*_t71 + 336*_t64*_t73 - 6720*_t64*_t76 - 5096*_t64*_t79 + 8176*_t64*_t81 - 1736*_t64*_t82 - 12320*_t64*_t87 + 49280*_t64*_t99 + _t66*_t67 - 336*_t70*_t75 + 56*_t70*_t86 + 1120*_t70*_t88 - 228*_t72*_t96 + _t74*_t75 + _t74*_t78 - _t76*_t77 - _t77*_t87 - _t79*_t80 - _t80*_t82 - _t83*_t84 - _t83*_t89 + 6944*_t86*_t92 - _t93*_t94 - _t97*_t98))


def _remainder_derivative_mp_8(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = _t1**4
    _t3 = (1/(1 + mpmath.exp(-(x))))
    _t4 = _t3**7
    _t5 = _t2*_t4
    _t6 = _t3**6
    _t7 = (1/(1 + mpmath.exp(-(-x))))
    _t8 = _t6*_t7
    _t9 = _t7**6
    _t10 = mpmath.tanh(_t0)
    _t11 = _t10**6
    _t12 = _t7**7
    _t13 = _t3**5
    _t14 = _t7**2
    _t15 = 2416*_t1
    _t16 = _t3**4
    _t17 = _t7**3
    _t18 = _t16*_t17
    _t19 = _t3**3
    _t20 = _t7**4
    _t21 = _t3**2
    _t22 = _t7**5
    _t23 = _t21*_t22
    _t24 = _t1**2
    _t25 = _t1**3
    _t26 = _t25*_t8
    _t27 = _t3**8
    _t28 = _t1*x
    _t29 = _t10**4
    _t30 = _t24*_t4
    _t31 = _t29*_t30
    _t32 = _t10**2
    _t33 = _t14*_t6
    _t34 = 120*_t28
    _t35 = _t16*_t20
    _t36 = _t35*x
    _t37 = _t21*_t9
    _t38 = _t7*x
    _t39 = _t30*_t38
    _t40 = _t1*_t8
    _t41 = _t13*_t14
    _t42 = _t24*_t41
    _t43 = _t19*_t20
    _t44 = _t10**5
    _t45 = _t10**3
    _t46 = _t25*x
    _t47 = _t24*x
    _t48 = _t13*_t17
    _t49 = _t47*_t48
    _t50 = _t19*_t22
    _t51 = _t33*_t46
    _t52 = _t1*_t18
    _t53 = _t28*_t33
    _t54 = _t28*_t35
    _t55 = 2048*_t4
    _t56 = 2*_t0
    _t57 = (1/(1 + mpmath.exp(-(_t56))))
    _t58 = _t57**7
    _t59 = (1/(1 + mpmath.exp(-(-_t56))))
    _t60 = _t58*_t59
    _t61 = _t59**7
    _t62 = _t57*_t61
    _t63 = _t27*x
    _t64 = 512*_t63
    _t65 = 245760*_t4
    _t66 = _t59**2
    _t67 = _t57**6
    _t68 = _t66*_t67
    _t69 = 2439168*_t4
    _t70 = _t59**3
    _t71 = _t57**5
    _t72 = _t70*_t71
    _t73 = _t57**4
    _t74 = _t59**4
    _t75 = _t4*_t74
    _t76 = _t73*_t75
    _t77 = _t59**5
    _t78 = _t57**3
    _t79 = _t77*_t78
    _t80 = _t59**6
    _t81 = _t57**2
    _t82 = _t80*_t81
    _t83 = _t59*_t8
    _t84 = 32*_t57
    _t85 = 126464*_t63
    _t86 = 2198016*_t63
    _t87 = 7996928*_t63
    _t88 = _t38*_t4
    _t89 = _t57*_t88
    _t90 = _t59*x
    _t91 = _t57*_t66
    _t92 = _t70*_t8
    _t93 = _t57*_t8
    _t94 = _t77*_t8
    _t95 = _t41*_t57
    _t96 = _t18*_t59
    _t97 = 9664*_t57
    _t98 = _t43*_t59
    _t99 = _t23*_t59
    _t100 = 64*_t88
    _t101 = _t59*_t81
    _t102 = _t59*_t78
    _t103 = 448*_t88
    _t104 = _t59*_t73
    _t105 = 1792*_t38
    _t106 = _t105*_t4
    _t107 = _t59*_t88
    _t108 = 7168*_t88
    _t109 = _t57*_t70
    _t110 = _t33*x
    _t111 = _t110*_t59
    _t112 = 480*_t57
    _t113 = _t48*x
    _t114 = _t113*_t57
    _t115 = 4764*_t59
    _t116 = _t50*x
    _t117 = _t37*_t90
    _t118 = _t66*_t8
    _t119 = _t66*_t73
    _t120 = 465920*_t8
    _t121 = _t74*_t81
    _t122 = _t74*_t78
    _t123 = _t41*_t59
    _t124 = 89600*_t73
    _t125 = _t41*_t66
    _t126 = 89600*_t74
    _t127 = _t18*_t70
    _t128 = _t43*_t66
    _t129 = _t66*_t81
    _t130 = _t66*_t88
    _t131 = 860160*_t88
    _t132 = _t70*_t88
    _t133 = _t70*_t73
    _t134 = 8537088*_t88
    _t135 = _t38*_t75
    _t136 = 18816*_t110
    _t137 = 42112*_t110
    _t138 = _t57*_t74
    _t139 = _t110*_t77
    _t140 = 32768*_t113
    _t141 = 89376*_t113
    _t142 = _t36*_t81
    _t143 = 86016*_t36
    _t144 = 54432*_t36
    _t145 = 17088*_t116
    _t146 = 15456*_t116
    _t147 = 985600*_t78
    _t148 = 1863680*_t41
    _t149 = 985600*_t81
    _t150 = _t41*_t70
    _t151 = _t18*_t66
    _t152 = _t66*_t78
    _t153 = 1397760*_t110
    _t154 = _t110*_t70
    _t155 = 10282496*_t110
    _t156 = _t113*_t66
    _t157 = 1747200*_t113
    _t158 = _t113*_t70
    return ((3808*_t1*_t10*_t13*_t14 + 8192*_t1*_t10*_t13*_t17*x + 9408*_t1*_t10*_t19*_t20 + 4272*_t1*_t10*_t19*_t22*x - 1008*_t1*_t10*_t23 + 16*_t1*_t10*_t4*_t7*x + 1792*_t1*_t11*_t4*_t7*x + 512*_t1*_t11*_t4 + _t1*_t12*_t3*x + 17920*_t1*_t13*_t14*_t29 + 12992*_t1*_t13*_t14*_t32 + 22400*_t1*_t13*_t14*_t45 + 456*_t1*_t13*_t14 + 16800*_t1*_t13*_t17*_t29*x + 22344*_t1*_t13*_t17*_t32*x + 29568*_t1*_t13*_t17*_t45*x + 1191*_t1*_t13*_t17*x + 9632*_t1*_t19*_t20*_t32 + 2416*_t1*_t19*_t20 + 3864*_t1*_t19*_t22*_t32*x + 1191*_t1*_t19*_t22*x - 456*_t1*_t23 + 1120*_t1*_t29*_t4*_t7*x + 8*_t1*_t3*_t9 + 112*_t1*_t32*_t4*_t7*x + 1792*_t1*_t4*_t44*_t7*x + 448*_t1*_t4*_t45*_t7*x + _t1*_t4*_t7*x - 8*_t1*_t8 - 128*_t10**7*_t27*_t28 + 21056*_t10*_t14*_t24*_t6*x + 44800*_t10*_t16*_t17*_t24 + 27216*_t10*_t16*_t20*_t24*x + 7936*_t10*_t2*_t27*x + 4480*_t10*_t24*_t6*_t7 + 15232*_t10*_t25*_t4*_t7*x - 45696*_t10*_t26 - 254*_t10*_t28*_t37 - 896*_t10*_t39 - 112*_t10*_t40 - 44800*_t10*_t42 - 59136*_t10*_t49 - 72352*_t10*_t51 - 13888*_t10*_t52 - 1150*_t10*_t53 - 12252*_t10*_t54 + 17920*_t13*_t14*_t25 + 16800*_t13*_t17*_t25*x + 73920*_t14*_t24*_t32*_t6*x + 110656*_t14*_t24*_t45*_t6*x + 2352*_t14*_t24*_t6*x - _t15*_t18 - _t15*_t36 + 14336*_t16*_t17*_t24 + 10752*_t16*_t20*_t24*x + 7680*_t24*_t27*_t44*x + 24640*_t24*_t32*_t6*_t7 - 4816*_t24*_t43 + 69888*_t24*_t45*_t6*_t7 + 336*_t24*_t6*_t7 + 80640*_t25*_t32*_t4*_t7*x + 23040*_t25*_t32*_t4 + 1120*_t25*_t4*_t7*x - 4480*_t26 - 24576*_t27*_t45*_t46 - 4480*_t29*_t40 - 13440*_t29*_t53 - 51072*_t31*_t38 - 14592*_t31 - 6160*_t32*_t39 - 672*_t32*_t40 - 98560*_t32*_t42 - 92400*_t32*_t49 - 28672*_t32*_t52 - 4704*_t32*_t53 - 21504*_t32*_t54 - _t33*_t34 - _t34*_t37 - 7616*_t38*_t5 - 23296*_t39*_t45 - 56*_t39 - 5376*_t40*_t44 - 2240*_t40*_t45 - 6496*_t42 - 8512*_t44*_t53 - 22400*_t45*_t52 - 10528*_t45*_t53 - 13608*_t45*_t54 - 1932*_t47*_t50 - 11172*_t49 - 2176*_t5 - 13440*_t51) if (x < 0) else (_t100*_t101 - _t100*_t91 + _t101*_t140 + _t101*_t145 + _t102*_t103 - _t102*_t136 + _t102*_t141 - _t102*_t143 + _t102*_t146 + _t103*_t109 + _t104*_t106 + 118272*_t104*_t113 - _t104*_t137 - _t104*_t144 - _t105*_t57*_t75 - _t106*_t129 + 7168*_t107*_t67 + 4480*_t107*_t71 + _t108*_t60 + _t108*_t62 - _t109*_t136 + _t109*_t141 - _t109*_t143 + _t109*_t146 + 38528*_t109*_t43 + 75264*_t110*_t129 + 463232*_t110*_t152 + 34048*_t110*_t57*_t80 + 1940736*_t110*_t66*_t71 + 4600*_t110*_t91 - _t111*_t112 - 34048*_t111*_t67 - 53760*_t111*_t71 - 4600*_t111*_t81 - _t112*_t117 + 67200*_t113*_t59*_t71 + _t114*_t115 - 118272*_t114*_t74 + 67200*_t114*_t77 + _t115*_t116*_t57 - 61824*_t116*_t129 - 1016*_t117*_t81 + 1225728*_t118*_t71 + 98560*_t118*_t78 + 10752*_t118*_t81 + _t119*_t120 - _t119*_t148 + _t119*_t153 - _t119*_t157 - 116480*_t119*_t88 + 4*_t12*_t3*_t57*_t90 + _t120*_t121 - _t121*_t148 + _t121*_t153 - _t121*_t157 + _t122*_t155 + 6494208*_t122*_t8 + _t123*_t124 + 71680*_t123*_t71 + 51968*_t123*_t78 + 15232*_t123*_t81 - _t124*_t96 - _t125*_t147 - 15232*_t125*_t57 - 207872*_t125*_t81 + _t126*_t18*_t57 - _t126*_t95 - _t127*_t149 - 114688*_t127*_t57 - 37632*_t128*_t57 - 154112*_t128*_t81 - 408576*_t130*_t71 - 19712*_t130*_t78 - _t131*_t68 - _t131*_t82 + 295680*_t132*_t78 + 19712*_t132*_t81 - _t133*_t155 + 2164736*_t133*_t88 + _t134*_t72 + _t134*_t79 - 2164736*_t135*_t78 - 116480*_t135*_t81 + _t137*_t138 + _t138*_t144 - 53760*_t139*_t57 - 1940736*_t139*_t81 - _t140*_t91 - 49008*_t142*_t59 + 344064*_t142*_t66 - 598752*_t142*_t70 - _t145*_t91 + _t147*_t151 + _t149*_t150 + 4730880*_t150*_t78 + 458752*_t151*_t81 + 598752*_t152*_t36 - 3548160*_t154*_t78 - 463232*_t154*_t81 - 1300992*_t156*_t78 - 357504*_t156*_t81 + 4435200*_t158*_t78 + 1300992*_t158*_t81 + 55552*_t18*_t91 + 4032*_t23*_t91 + _t3*_t59*_t84*_t9 - _t36*_t59*_t97 + 49008*_t36*_t91 + 1016*_t37*_t91*x - 17317888*_t38*_t76 + _t55*_t60 + _t55*_t62 - _t57**8*_t59*_t64 + _t57*_t59**8*_t64 - 2688*_t57*_t92 - 17920*_t57*_t94 - 1824*_t57*_t99 + _t58*_t66*_t85 + 4*_t59*_t89 + 1824*_t59*_t95 - _t61*_t81*_t85 - _t65*_t68 - _t65*_t82 - _t67*_t70*_t86 - 21504*_t67*_t83 + _t69*_t72 + _t69*_t79 + 51968*_t70*_t95 + _t71*_t74*_t87 - 17920*_t71*_t83 - _t73*_t77*_t87 - 8960*_t73*_t83 - 6494208*_t73*_t92 + 8960*_t74*_t93 - 4947968*_t76 + 408576*_t77*_t81*_t88 + 4480*_t77*_t89 + 71680*_t77*_t95 + _t78*_t80*_t86 - 2688*_t78*_t83 - 1182720*_t78*_t92 - 114688*_t78*_t96 + 38528*_t78*_t98 + 448*_t8*_t91 - 7168*_t80*_t89 + 21504*_t80*_t93 - 448*_t81*_t83 - 98560*_t81*_t92 - 1225728*_t81*_t94 - 55552*_t81*_t96 + 37632*_t81*_t98 - 4032*_t81*_t99 - _t83*_t84 - _t96*_t97 + _t97*_t98))


def _remainder_derivative_mp_9(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = (1/(1 + mpmath.exp(-(x))))
    _t3 = _t2**9*x
    _t4 = _t2**7
    _t5 = (1/(1 + mpmath.exp(-(-x))))
    _t6 = _t4*_t5
    _t7 = 9*_t1
    _t8 = _t5**7
    _t9 = _t2*_t8
    _t10 = _t1*x
    _t11 = _t2*_t5**8
    _t12 = mpmath.tanh(_t0)
    _t13 = _t2**8
    _t14 = _t1*_t13
    _t15 = _t12**7*_t14
    _t16 = _t1**4
    _t17 = _t13*_t16
    _t18 = _t12*_t17
    _t19 = _t5*x
    _t20 = _t14*_t19
    _t21 = _t2**6
    _t22 = _t5**2
    _t23 = _t21*_t22
    _t24 = 1080*_t1
    _t25 = _t2**5
    _t26 = _t5**3
    _t27 = _t25*_t26
    _t28 = 10719*_t1
    _t29 = _t2**4
    _t30 = _t5**4
    _t31 = _t29*_t30
    _t32 = _t1*_t31
    _t33 = _t2**3
    _t34 = _t5**5
    _t35 = _t33*_t34
    _t36 = _t2**2
    _t37 = _t5**6
    _t38 = _t36*_t37
    _t39 = _t1**2
    _t40 = _t39*_t6
    _t41 = _t1**3
    _t42 = 10080*_t6
    _t43 = _t12**5
    _t44 = _t13*_t39
    _t45 = _t43*_t44
    _t46 = _t12**3
    _t47 = _t13*_t41
    _t48 = _t46*_t47
    _t49 = _t22*_t4
    _t50 = 247*_t10
    _t51 = _t21*_t26
    _t52 = 4293*_t10
    _t53 = _t25*_t30
    _t54 = 15619*_t10
    _t55 = _t29*_t34
    _t56 = _t33*_t37
    _t57 = _t36*_t8
    _t58 = _t19*_t44
    _t59 = _t19*_t47
    _t60 = _t1*_t12
    _t61 = _t23*_t39
    _t62 = _t27*_t39
    _t63 = _t31*_t39
    _t64 = _t23*_t41
    _t65 = 151200*_t27
    _t66 = _t12**6
    _t67 = _t12**4
    _t68 = _t12**2
    _t69 = _t49*x
    _t70 = _t39*_t69
    _t71 = _t39*x
    _t72 = _t51*_t71
    _t73 = _t53*_t71
    _t74 = _t55*_t71
    _t75 = _t41*x
    _t76 = 55776*_t49
    _t77 = 190176*_t51
    _t78 = 111216*_t53
    _t79 = _t1*_t6
    _t80 = _t1*_t67
    _t81 = 16128*_t79
    _t82 = _t1*_t23
    _t83 = _t41*_t6
    _t84 = _t10*_t12
    _t85 = _t12*_t51
    _t86 = _t10*_t55
    _t87 = _t1*_t68
    _t88 = _t10*_t68
    _t89 = _t10*_t49
    _t90 = _t10*_t67
    _t91 = _t10*_t51
    _t92 = _t49*_t75
    _t93 = 4608*_t13
    _t94 = 2*_t0
    _t95 = (1/(1 + mpmath.exp(-(_t94))))
    _t96 = _t95**8
    _t97 = (1/(1 + mpmath.exp(-(-_t94))))
    _t98 = _t96*_t97
    _t99 = _t97**8
    _t100 = _t95*_t99
    _t101 = 1024*_t3
    _t102 = 1138176*_t13
    _t103 = _t97**2
    _t104 = _t95**7
    _t105 = _t103*_t104
    _t106 = 19782144*_t13
    _t107 = _t97**3
    _t108 = _t95**6
    _t109 = _t107*_t108
    _t110 = 71972352*_t13
    _t111 = _t97**4
    _t112 = _t95**5
    _t113 = _t111*_t112
    _t114 = _t97**5
    _t115 = _t95**4
    _t116 = _t114*_t115
    _t117 = _t97**6
    _t118 = _t95**3
    _t119 = _t117*_t118
    _t120 = _t97**7
    _t121 = _t95**2
    _t122 = _t120*_t121
    _t123 = _t6*_t95
    _t124 = 36*_t97
    _t125 = 514048*_t3
    _t126 = 14958592*_t3
    _t127 = 90351616*_t3
    _t128 = _t13*_t19
    _t129 = _t128*_t97
    _t130 = 4*_t95
    _t131 = _t97*x
    _t132 = _t6*_t97
    _t133 = 64512*_t132
    _t134 = _t103*_t6
    _t135 = 576*_t95
    _t136 = _t111*_t6
    _t137 = 16128*_t95
    _t138 = 64512*_t123
    _t139 = _t23*_t97
    _t140 = 4320*_t95
    _t141 = _t27*_t95
    _t142 = 42876*_t97
    _t143 = _t31*_t97
    _t144 = _t35*_t95
    _t145 = _t38*_t97
    _t146 = _t118*_t97
    _t147 = 21504*_t128
    _t148 = _t104*_t97
    _t149 = 18432*_t128
    _t150 = _t103*_t95
    _t151 = _t107*_t128
    _t152 = _t111*_t95
    _t153 = _t114*_t95
    _t154 = _t69*_t95
    _t155 = _t51*x
    _t156 = _t155*_t97
    _t157 = 17172*_t95
    _t158 = 62476*_t95
    _t159 = _t53*x
    _t160 = _t159*_t97
    _t161 = _t55*x
    _t162 = _t161*_t97
    _t163 = _t56*x
    _t164 = _t131*_t57
    _t165 = _t103*_t115
    _t166 = 7741440*_t6
    _t167 = _t103*_t108
    _t168 = _t107*_t6
    _t169 = _t114*_t6
    _t170 = _t117*_t121
    _t171 = _t107*_t23
    _t172 = _t23*_t95
    _t173 = _t114*_t23
    _t174 = _t27*_t97
    _t175 = _t103*_t27
    _t176 = _t107*_t31
    _t177 = _t35*_t97
    _t178 = _t103*_t35
    _t179 = _t103*_t121
    _t180 = _t103*_t118
    _t181 = 29568*_t128
    _t182 = 209664*_t128
    _t183 = _t103*_t112
    _t184 = 919296*_t128
    _t185 = 2580480*_t128
    _t186 = 4552704*_t128
    _t187 = _t107*_t121
    _t188 = _t107*_t115
    _t189 = 4870656*_t128
    _t190 = 25611264*_t128
    _t191 = _t107*_t112
    _t192 = 79128576*_t128
    _t193 = _t111*_t121
    _t194 = _t111*_t118
    _t195 = 287889408*_t128
    _t196 = _t114*_t121
    _t197 = _t114*_t118
    _t198 = 10608*_t69
    _t199 = _t121*_t97
    _t200 = 49968*_t69
    _t201 = _t115*_t69
    _t202 = 223104*_t69
    _t203 = _t107*_t95
    _t204 = _t107*_t155
    _t205 = 379200*_t159
    _t206 = 888960*_t159
    _t207 = 981120*_t159
    _t208 = 455520*_t161
    _t209 = 58320*_t163
    _t210 = 48400*_t163
    _t211 = 12579840*_t23
    _t212 = 15724800*_t27
    _t213 = _t107*_t27
    _t214 = 1478400*_t69
    _t215 = 5800704*_t69
    _t216 = 12870144*_t69
    _t217 = 14192640*_t69
    _t218 = _t107*_t118
    _t219 = 140861952*_t69
    _t220 = 19778304*_t155
    _t221 = 19305216*_t155
    _t222 = 102283776*_t155
    _t223 = 10792320*_t159
    _t224 = 11566464*_t159
    _t225 = 2735040*_t161
    return ((7936*_t1**5*_t3 + 256*_t1*_t12**8*_t3 + 266112*_t1*_t27*_t46 + _t10*_t11 + 245280*_t10*_t46*_t53 - 33858*_t10*_t85 - 18*_t12*_t20 - 110268*_t12*_t32 - 8064*_t12*_t40 + 1344*_t12*_t58 - 34272*_t12*_t59 + 189504*_t12*_t61 - 532224*_t12*_t62 + 244944*_t12*_t63 - 651168*_t12*_t64 - 67200*_t12*_t70 + 393120*_t12*_t72 - 490560*_t12*_t73 + 124320*_t12*_t74 - 10350*_t12*_t82 + 137088*_t12*_t83 - 72750*_t12*_t86 + 479808*_t12*_t92 - 4608*_t15*_t19 - 1152*_t15 - 137216*_t16*_t3*_t68 - 68544*_t16*_t6 - 125664*_t16*_t69 + 22848*_t17*_t19 + 285696*_t18*_t19 + 71424*_t18 + 276480*_t19*_t45 - 884736*_t19*_t48 - 4032*_t20*_t43 - 672*_t20*_t46 - 5376*_t20*_t66 - 2016*_t20*_t67 - 144*_t20*_t68 - _t20 - _t23*_t24 - _t24*_t38 + _t27*_t28 + 73728*_t27*_t60 + 201096*_t27*_t87 + _t28*_t35 - 31616*_t3*_t39*_t66 + 185856*_t3*_t41*_t67 - 122472*_t32*_t46 - 193536*_t32*_t68 - 21744*_t32 - 17388*_t35*_t39 + 38448*_t35*_t60 + 34776*_t35*_t87 - 2286*_t38*_t60 - 209664*_t40*_t46 - 459648*_t40*_t67 - 55440*_t40*_t68 - 504*_t40 + _t41*_t42 + _t41*_t65 + _t42*_t80 + _t43*_t81 - 76608*_t43*_t82 + 56448*_t43*_t89 - 84672*_t43*_t91 + 69120*_t45 + 52416*_t46*_t58 + 995904*_t46*_t61 - 733824*_t46*_t70 + 1100736*_t46*_t72 + 4032*_t46*_t79 - 94752*_t46*_t82 - 62160*_t46*_t86 + 33600*_t46*_t89 - 196560*_t46*_t91 - 221184*_t48 + _t49*_t50 + 2652*_t49*_t84 + 12492*_t49*_t88 - _t50*_t57 - _t51*_t52 + _t52*_t56 + _t53*_t54 + 94800*_t53*_t84 + 222240*_t53*_t88 - _t54*_t55 - 6050*_t56*_t71 + 14580*_t56*_t84 + 12100*_t56*_t88 - 510*_t57*_t84 + 153216*_t58*_t67 + 11088*_t58*_t68 + 72*_t58 - 241920*_t59*_t68 - 2016*_t59 + 144*_t6*_t60 + _t6*_t7 + 665280*_t61*_t68 + 21168*_t61 - 831600*_t62*_t68 - 100548*_t62 + 96768*_t63 - 120960*_t64 + _t65*_t80 + _t66*_t81 + 29568*_t66*_t89 - 842688*_t67*_t70 - 120960*_t67*_t82 - 306768*_t68*_t70 + 1045968*_t68*_t72 - 611688*_t68*_t73 + 1008*_t68*_t79 - 42336*_t68*_t82 + 725760*_t68*_t83 - 113880*_t68*_t86 - 111640*_t68*_t91 + 1330560*_t68*_t92 + _t7*_t9 - 6246*_t70 + 55820*_t72 - 111120*_t73 + 56940*_t74 + _t75*_t76 - _t75*_t77 + _t75*_t78 - 719712*_t75*_t85 + _t76*_t90 - _t77*_t90 + _t78*_t90) if (x < 0) else (_t100*_t149 + _t100*_t93 + _t101*_t95**9*_t97 + _t101*_t95*_t97**9 + _t102*_t105 - _t102*_t122 - _t103*_t125*_t96 + _t104*_t107*_t126 + _t104*_t133 + _t105*_t186 - _t106*_t109 + _t106*_t119 + 4032*_t107*_t123 + 804384*_t107*_t141 + 139104*_t107*_t144 + 68189184*_t107*_t201 - _t108*_t111*_t127 - 16128*_t108*_t129 + _t108*_t133 - 306432*_t108*_t139 - 338688*_t108*_t156 + 225792*_t108*_t69*_t97 - _t109*_t192 + _t11*_t130*_t131 + _t110*_t113 - _t110*_t116 + 51953664*_t111*_t115*_t128 - 1064448*_t111*_t141 + 379008*_t111*_t172 - 285745152*_t111*_t201 + 159938560*_t112*_t114*_t3 - 8064*_t112*_t129 + 40320*_t112*_t132 - 3677184*_t112*_t134 - 483840*_t112*_t139 - 760704*_t112*_t156 + 444864*_t112*_t160 + 76833792*_t112*_t168 + 604800*_t112*_t174 + _t112*_t202*_t97 + _t113*_t195 + 40320*_t114*_t123 + 604800*_t114*_t141 - _t115*_t117*_t127 - 2688*_t115*_t129 + 16128*_t115*_t132 - 155860992*_t115*_t136 - 379008*_t115*_t139 - 489888*_t115*_t143 - 786240*_t115*_t156 - 248640*_t115*_t162 + 19482624*_t115*_t168 - 92542464*_t115*_t171 + 1064448*_t115*_t174 + _t115*_t207*_t97 - _t116*_t195 + _t117*_t128*_t137 - _t117*_t138 - 225792*_t117*_t154 + 338688*_t117*_t155*_t95 + 306432*_t117*_t172 + _t118*_t120*_t126 + 4032*_t118*_t132 - 177408*_t118*_t134 - 19482624*_t118*_t136 - 169344*_t118*_t139 - 774144*_t118*_t143 - 532224*_t118*_t151 - 446560*_t118*_t156 + 2661120*_t118*_t168 + 76833792*_t118*_t169 - 31933440*_t118*_t171 + 804384*_t118*_t174 - 11708928*_t118*_t175 + 139104*_t118*_t177 - 50206464*_t118*_t204 + 39916800*_t118*_t213 + _t119*_t192 + _t120*_t138 - _t120*_t147*_t95 + 118272*_t120*_t154 - _t121*_t125*_t99 - 72*_t121*_t129 + 576*_t121*_t132 - 16128*_t121*_t134 - 1048320*_t121*_t136 - 41400*_t121*_t139 - 441072*_t121*_t143 - 9144*_t121*_t145 - 135432*_t121*_t156 - 291000*_t121*_t162 - 2040*_t121*_t164 + 177408*_t121*_t168 + 3677184*_t121*_t169 - 4169088*_t121*_t171 - 17466624*_t121*_t173 + 294912*_t121*_t174 - 3217536*_t121*_t175 - 5388768*_t121*_t176 + 153792*_t121*_t177 - 556416*_t121*_t178 - 8648640*_t121*_t204 + 11708928*_t121*_t213 - _t122*_t186 + _t123*_t124 + _t124*_t9*_t95 - 576*_t128*_t146 + 72*_t128*_t150 + 2688*_t128*_t152 - 8064*_t128*_t153 + 2304*_t128*_t179 - _t129*_t130 - _t134*_t135 - _t135*_t151 - _t136*_t137 - _t139*_t140 - _t140*_t145 + _t141*_t142 + _t142*_t144 - 86976*_t143*_t95 + _t146*_t200 + _t146*_t206 - _t146*_t208 + _t146*_t210 - _t147*_t148 + 118272*_t148*_t69 - _t149*_t98 + 135432*_t150*_t155 + 291000*_t150*_t161 - _t150*_t198 - _t150*_t205 - _t150*_t209 + 41400*_t150*_t23 + 441072*_t150*_t31 + 9144*_t150*_t38 + 2040*_t150*_t57*x + 786240*_t152*_t155 + 248640*_t152*_t161 - _t152*_t207 + 489888*_t152*_t31 - 134400*_t152*_t69 - 760704*_t153*_t155 + 444864*_t153*_t159 + _t153*_t202 + 988*_t154*_t97 + 1786240*_t155*_t179 + 8648640*_t155*_t180 - _t156*_t157 + _t157*_t163*_t97 + _t158*_t160 - _t158*_t162 - 3555840*_t159*_t179 + 29361024*_t159*_t218 + 1822080*_t161*_t179 - 193600*_t163*_t179 - 988*_t164*_t95 + _t165*_t182 + _t165*_t211 - _t165*_t212 - _t165*_t215 + _t165*_t220 - _t165*_t224 - 1048320*_t165*_t6 - _t166*_t167 - _t166*_t170 + _t167*_t185 - _t167*_t217 + _t170*_t185 - _t170*_t217 - 169344*_t171*_t95 - 483840*_t173*_t95 - 294912*_t175*_t95 - 774144*_t176*_t95 - 153792*_t178*_t95 + 677376*_t179*_t23 + 3096576*_t179*_t31 - 199872*_t179*_t69 + _t180*_t181 - _t180*_t214 - _t180*_t223 + _t180*_t225 + 4169088*_t180*_t23 + 5388768*_t180*_t31 - _t181*_t187 + _t182*_t193 + _t183*_t184 - _t183*_t216 + _t183*_t221 + 17466624*_t183*_t23 - _t184*_t196 + _t187*_t214 + _t187*_t223 - _t187*_t225 - _t188*_t189 - _t188*_t222 + _t189*_t194 - _t190*_t191 - _t190*_t197 + _t191*_t219 + _t193*_t211 - _t193*_t212 - _t193*_t215 + _t193*_t220 - _t193*_t224 + _t194*_t222 + 92542464*_t194*_t23 - 68189184*_t194*_t69 + _t196*_t216 - _t196*_t221 + _t197*_t219 + _t198*_t199 + _t199*_t205 + _t199*_t209 + _t200*_t203 + 134400*_t201*_t97 + _t203*_t206 - _t203*_t208 + _t203*_t210 - 446560*_t204*_t95 + 14724864*_t218*_t69 - _t93*_t98))


def _remainder_derivative_mp_10(x):
    _t0 = mpmath.log1p(mpmath.exp(x))
    _t1 = mpmath.sech(_t0)**2
    _t2 = _t1**5
    _t3 = (1/(1 + mpmath.exp(-(x))))
    _t4 = _t3**9
    _t5 = _t2*_t4
    _t6 = _t3**8
    _t7 = (1/(1 + mpmath.exp(-(-x))))
    _t8 = _t6*_t7
    _t9 = 10*_t1
    _t10 = _t7**8
    _t11 = _t10*_t3
    _t12 = _t1*_t4
    _t13 = _t7*x
    _t14 = _t12*_t13
    _t15 = _t1*x
    _t16 = _t3*_t7**9
    _t17 = mpmath.tanh(_t0)
    _t18 = _t12*_t17**8
    _t19 = _t3**7
    _t20 = _t7**2
    _t21 = _t19*_t20
    _t22 = 2470*_t1
    _t23 = _t3**6
    _t24 = _t7**3
    _t25 = _t23*_t24
    _t26 = 42930*_t1
    _t27 = _t3**5
    _t28 = _t7**4
    _t29 = _t27*_t28
    _t30 = 156190*_t1
    _t31 = _t3**4
    _t32 = _t7**5
    _t33 = _t31*_t32
    _t34 = _t3**3
    _t35 = _t7**6
    _t36 = _t34*_t35
    _t37 = _t3**2
    _t38 = _t7**7
    _t39 = _t37*_t38
    _t40 = _t1**2
    _t41 = _t40*_t8
    _t42 = _t1**3
    _t43 = _t42*_t8
    _t44 = _t1**4
    _t45 = _t44*_t8
    _t46 = _t3**10
    _t47 = _t46*x
    _t48 = _t17**6
    _t49 = _t4*_t40
    _t50 = _t48*_t49
    _t51 = _t17**4
    _t52 = _t4*_t42
    _t53 = _t51*_t52
    _t54 = _t17**2
    _t55 = _t4*_t44
    _t56 = _t54*_t55
    _t57 = _t20*_t6
    _t58 = 502*_t15
    _t59 = _t19*_t24
    _t60 = 14608*_t15
    _t61 = _t23*_t28
    _t62 = 88234*_t15
    _t63 = _t27*_t32
    _t64 = _t63*x
    _t65 = _t31*_t35
    _t66 = _t34*_t38
    _t67 = _t10*_t37
    _t68 = _t13*_t49
    _t69 = _t13*_t52
    _t70 = _t13*_t55
    _t71 = _t1*_t8
    _t72 = _t21*_t40
    _t73 = _t25*_t40
    _t74 = _t29*_t40
    _t75 = _t33*_t40
    _t76 = 557760*_t21
    _t77 = _t25*_t42
    _t78 = 1112160*_t29
    _t79 = _t17**7
    _t80 = _t40*x
    _t81 = _t17**5
    _t82 = _t42*x
    _t83 = _t17**3
    _t84 = _t44*x
    _t85 = _t57*_t80
    _t86 = _t59*_t80
    _t87 = _t61*_t80
    _t88 = _t63*_t80
    _t89 = _t65*_t80
    _t90 = _t57*_t82
    _t91 = 1354080*_t59
    _t92 = 2076480*_t61
    _t93 = 680400*_t63
    _t94 = _t57*_t84
    _t95 = _t1*_t17
    _t96 = _t1*_t25
    _t97 = _t1*_t33
    _t98 = _t15*_t57
    _t99 = _t15*_t17
    _t100 = _t17*_t61
    _t101 = _t15*_t65
    _t102 = _t1*_t54
    _t103 = _t1*_t21
    _t104 = _t1*_t51
    _t105 = _t21*_t42
    _t106 = _t15*_t51
    _t107 = _t15*_t54
    _t108 = _t15*_t59
    _t109 = _t15*_t61
    _t110 = _t59*_t82
    _t111 = 10240*_t4
    _t112 = 2*_t0
    _t113 = (1/(1 + mpmath.exp(-(_t112))))
    _t114 = _t113**9
    _t115 = (1/(1 + mpmath.exp(-(-_t112))))
    _t116 = _t114*_t115
    _t117 = _t115**9
    _t118 = _t113*_t117
    _t119 = 2048*_t47
    _t120 = 5140480*_t4
    _t121 = _t115**2
    _t122 = _t113**8
    _t123 = _t121*_t122
    _t124 = 149585920*_t4
    _t125 = _t115**3
    _t126 = _t113**7
    _t127 = _t125*_t126
    _t128 = 903516160*_t4
    _t129 = _t115**4
    _t130 = _t113**6
    _t131 = _t129*_t130
    _t132 = _t115**5
    _t133 = _t113**5
    _t134 = _t133*_t4
    _t135 = _t132*_t134
    _t136 = _t115**6
    _t137 = _t113**4
    _t138 = _t136*_t137
    _t139 = _t115**7
    _t140 = _t113**3
    _t141 = _t139*_t140
    _t142 = _t115**8
    _t143 = _t113**2
    _t144 = _t142*_t143
    _t145 = _t115*_t8
    _t146 = 40*_t113
    _t147 = 2074624*_t47
    _t148 = 97976320*_t47
    _t149 = 932233216*_t47
    _t150 = 2683604992*_t47
    _t151 = _t13*_t4
    _t152 = _t113*_t115
    _t153 = _t113*x
    _t154 = _t115*_t153
    _t155 = _t113*_t121
    _t156 = _t125*_t8
    _t157 = _t113*_t129
    _t158 = _t132*_t8
    _t159 = _t113*_t8
    _t160 = _t139*_t8
    _t161 = _t113*_t21
    _t162 = _t115*_t25
    _t163 = 171720*_t113
    _t164 = 624760*_t113
    _t165 = _t115*_t29
    _t166 = _t115*_t33
    _t167 = _t115*_t36
    _t168 = _t115*_t39
    _t169 = 80*_t151
    _t170 = _t115*_t143
    _t171 = _t115*_t140
    _t172 = 720*_t151
    _t173 = _t115*_t137
    _t174 = 3840*_t151
    _t175 = _t13*_t134
    _t176 = 32256*_t151
    _t177 = _t126*_t151
    _t178 = 46080*_t151
    _t179 = _t113*_t125
    _t180 = _t113*_t132
    _t181 = _t113*_t136
    _t182 = _t113*_t151
    _t183 = _t57*x
    _t184 = _t115*_t183
    _t185 = _t59*x
    _t186 = _t61*x
    _t187 = 352936*_t152
    _t188 = _t65*x
    _t189 = _t121*_t8
    _t190 = _t121*_t137
    _t191 = 2096640*_t8
    _t192 = _t121*_t130
    _t193 = 25804800*_t8
    _t194 = _t129*_t143
    _t195 = _t129*_t8
    _t196 = _t136*_t143
    _t197 = _t136*_t140
    _t198 = _t115*_t21
    _t199 = _t121*_t21
    _t200 = _t129*_t21
    _t201 = _t125*_t25
    _t202 = _t132*_t25
    _t203 = 9811200*_t29
    _t204 = _t121*_t29
    _t205 = _t125*_t33
    _t206 = _t121*_t36
    _t207 = _t121*_t143
    _t208 = _t121*_t140
    _t209 = 42240*_t151
    _t210 = 349440*_t151
    _t211 = 6451200*_t151
    _t212 = 23132160*_t151
    _t213 = _t125*_t143
    _t214 = _t125*_t140
    _t215 = _t137*_t151
    _t216 = 263761920*_t151
    _t217 = 673136640*_t151
    _t218 = _t129*_t140
    _t219 = 4065822720*_t151
    _t220 = _t143*_t151
    _t221 = _t132*_t140
    _t222 = _t143*x
    _t223 = _t115*_t222
    _t224 = 125760*_t183
    _t225 = 390240*_t183
    _t226 = _t115*_t133
    _t227 = 779520*_t183
    _t228 = _t130*x
    _t229 = _t115*_t228
    _t230 = _t139*_t57
    _t231 = 514896*_t185
    _t232 = 1960320*_t185
    _t233 = 4192640*_t185
    _t234 = 5416320*_t185
    _t235 = 1505280*_t185
    _t236 = _t143*_t186
    _t237 = 6993600*_t186
    _t238 = 10419840*_t186
    _t239 = 8305920*_t186
    _t240 = 3475952*_t64
    _t241 = 7304400*_t64
    _t242 = 7059840*_t64
    _t243 = 2721600*_t64
    _t244 = 2229120*_t188
    _t245 = 1091360*_t188
    _t246 = _t66*x
    _t247 = 149280*_t246
    _t248 = 4088*_t67
    _t249 = 141926400*_t21
    _t250 = _t125*_t21
    _t251 = _t132*_t21
    _t252 = 197783040*_t25
    _t253 = _t121*_t133
    _t254 = 115664640*_t29
    _t255 = 4292640*_t183
    _t256 = 20267520*_t183
    _t257 = 103219200*_t183
    _t258 = _t137*x
    _t259 = _t125*_t57
    _t260 = 1024450560*x
    _t261 = _t132*_t57
    _t262 = 46119040*_t185
    _t263 = 140824320*_t185
    _t264 = 234726912*_t185
    _t265 = 180633600*_t185
    _t266 = _t258*_t59
    _t267 = 1792788480*_t185
    _t268 = 114618240*_t186
    _t269 = 215953920*_t186
    _t270 = 882400512*_t61
    _t271 = 77658240*_t64
    _t272 = 70761600*_t64
    _t273 = 12004960*_t188
    return ((2452800*_t1*_t29*_t83 - 613586*_t100*_t15 - 6208944*_t100*_t82 - 387066*_t101*_t17 - 557280*_t101*_t54 - 272840*_t101*_t83 + 124920*_t102*_t21 + 2222400*_t102*_t29 + 121000*_t102*_t36 + 295680*_t103*_t48 + 564480*_t103*_t81 + 336000*_t103*_t83 + _t104*_t76 + _t104*_t78 + 4798080*_t105*_t17 + 13305600*_t105*_t54 - 194880*_t106*_t57 + _t106*_t91 - _t106*_t92 + _t106*_t93 + 490080*_t107*_t59 + 1826100*_t107*_t63 + 37320*_t107*_t66 + 376320*_t108*_t48 + 1029504*_t108*_t81 + 1048160*_t108*_t83 - 1748400*_t109*_t54 - 730464*_t109*_t81 - 2604960*_t109*_t83 + _t11*_t9 + 8750784*_t110*_t17 + 16934400*_t110*_t54 + 11520*_t13*_t18 + 357120*_t13*_t5 - 1422720*_t13*_t50 + 8363520*_t13*_t53 - 6174720*_t13*_t56 + 20*_t14*_t17 + 13440*_t14*_t48 + 3360*_t14*_t51 + 180*_t14*_t54 + 15360*_t14*_t79 + 8064*_t14*_t81 + 960*_t14*_t83 + _t14 + _t15*_t16 - 512*_t15*_t17**9*_t46 + 1764960*_t15*_t63*_t83 - 353792*_t17*_t2*_t47 + 13440*_t17*_t41 - 342720*_t17*_t43 + 2856960*_t17*_t45 - 1920*_t17*_t68 + 68544*_t17*_t69 - 952320*_t17*_t70 - 180*_t17*_t71 - 672000*_t17*_t72 + 3931200*_t17*_t73 - 4905600*_t17*_t74 + 1243200*_t17*_t75 - 7197120*_t17*_t77 + 195120*_t17*_t85 - 2096320*_t17*_t86 + 5209920*_t17*_t87 - 3529920*_t17*_t88 + 545680*_t17*_t89 - 2181984*_t17*_t90 + 5952000*_t17*_t94 - 338580*_t17*_t96 - 727500*_t17*_t97 - 5942*_t17*_t98 + 2560*_t18 + _t21*_t22 - 1256640*_t21*_t44 + 26520*_t21*_t95 - _t22*_t39 - _t25*_t26 + _t26*_t36 + _t29*_t30 + 948000*_t29*_t95 - _t30*_t33 + _t30*_t64 - 60500*_t36*_t40 + 145800*_t36*_t95 - 5100*_t39*_t95 + 1532160*_t41*_t51 + 110880*_t41*_t54 + 2764800*_t41*_t81 + 524160*_t41*_t83 + 720*_t41 + _t42*_t76 + _t42*_t78 - 2419200*_t43*_t54 - 8847360*_t43*_t83 - 20160*_t43 + 228480*_t45 + 128512*_t46*_t79*_t80 - 1304832*_t46*_t81*_t82 + 1841152*_t46*_t83*_t84 - 53760*_t48*_t71 - 215040*_t48*_t98 + 79360*_t5 - 316160*_t50 - 383040*_t51*_t68 - 20160*_t51*_t71 - 8426880*_t51*_t72 + 6128640*_t51*_t85 - 10725120*_t51*_t86 - 1901760*_t51*_t96 + 1858560*_t53 - 18480*_t54*_t68 + 604800*_t54*_t69 - 1440*_t54*_t71 - 3067680*_t54*_t72 + 10459680*_t54*_t73 - 6116880*_t54*_t74 + 1071840*_t54*_t85 - 7447440*_t54*_t86 + 11420640*_t54*_t87 - 3742200*_t54*_t88 - 9676800*_t54*_t90 - 1116400*_t54*_t96 - 1138800*_t54*_t97 - 31440*_t54*_t98 - 1372160*_t56 - _t57*_t58 - _t58*_t67 + _t59*_t60 - 1599360*_t59*_t84 + 128724*_t59*_t99 + _t60*_t66 - _t61*_t62 - _t62*_t65 + 868988*_t63*_t99 - 18660*_t66*_t80 + 47804*_t66*_t99 - 1022*_t67*_t99 - 921600*_t68*_t81 - 104832*_t68*_t83 - 90*_t68 + 2949120*_t69*_t83 + 3360*_t69 - 57120*_t70 - 46080*_t71*_t79 - 40320*_t71*_t81 - 6720*_t71*_t83 - 7338240*_t72*_t83 - 62460*_t72 + 11007360*_t73*_t83 + 558200*_t73 - 1111200*_t74 + 569400*_t75 - 1901760*_t77 - 96000*_t79*_t98 - _t8*_t9 + 5760000*_t81*_t85 - 846720*_t81*_t96 - 256704*_t81*_t98 + _t82*_t91 - _t82*_t92 + _t82*_t93 + 3337152*_t83*_t85 - 13383552*_t83*_t86 + 9496032*_t83*_t87 - 18432000*_t83*_t90 - 1965600*_t83*_t96 - 621600*_t83*_t97 - 97560*_t83*_t98 + 15720*_t85 - 245040*_t86 + 874200*_t87 - 913050*_t88 + 278640*_t89 - 194880*_t90 + 913920*_t94) if (x < 0) else (_t11*_t115*_t146 + _t111*_t116 + _t111*_t118 - _t113**10*_t115*_t119 + _t113*_t115**10*_t119 + _t113*_t139*_t235 + 384000*_t113*_t142*_t183 - 5760*_t113*_t156 - 80640*_t113*_t158 - 215040*_t113*_t160 - 9880*_t113*_t168 - 2008*_t113*_t184 - 106080*_t113*_t199 - 1344000*_t113*_t200 - 4465600*_t113*_t201 - 7607040*_t113*_t202 - 3792000*_t113*_t204 - 4555200*_t113*_t205 - 583200*_t113*_t206 + _t114*_t121*_t147 + 61440*_t115*_t122*_t151 + _t115*_t126*_t235 + _t115*_t130*_t176 + 9880*_t115*_t161 + _t115*_t164*_t64 + 13440*_t115*_t175 + 53760*_t115*_t177 - 2454344*_t115*_t236 + _t116*_t178 - _t117*_t143*_t147 + _t118*_t178 - _t120*_t123 - _t120*_t144 + 94848000*_t121*_t126*_t183 - 1838592*_t121*_t175 - 15175680*_t121*_t177 - _t122*_t125*_t148 - 184320*_t122*_t145 - 384000*_t122*_t184 - _t123*_t212 + _t124*_t127 + _t124*_t141 + _t125*_t130*_t216 + _t125*_t133*_t267 + 499680*_t125*_t161 + 64028160*_t125*_t175 + 9741312*_t125*_t215 - _t125*_t258*_t270 + 1243640832*_t125*_t266 + _t126*_t129*_t149 - 215040*_t126*_t145 - 860160*_t126*_t184 + 45527040*_t126*_t189 + 1182720*_t126*_t198 + _t127*_t217 - _t128*_t131 - _t128*_t138 + 5997696000*_t129*_t133*_t183 - 959631360*_t129*_t175 - 129884160*_t129*_t215 + 2078146560*_t129*_t258*_t57 - 3636756480*_t129*_t266 + 7197235200*_t13*_t135 - _t130*_t132*_t150 - 161280*_t130*_t145 - 791285760*_t130*_t156 - 3386880*_t130*_t162 + 2257920*_t130*_t198 - _t131*_t219 + _t132*_t143*_t264 + 2231040*_t132*_t161 + 959631360*_t132*_t215 + 1838592*_t132*_t220 - 166545792*_t132*_t236 + _t133*_t136*_t150 - 80640*_t133*_t145 - 256112640*_t133*_t156 - 7607040*_t133*_t162 + 4448640*_t133*_t165 + 9192960*_t133*_t189 + 2878894080*_t133*_t195 + 2231040*_t133*_t198 - 128701440*_t133*_t199 + 1408619520*_t133*_t250 - _t133*_t259*_t260 + 1599385600*_t135 + 161280*_t136*_t159 - 2257920*_t136*_t161 - _t137*_t139*_t149 - 26880*_t137*_t145 - 48706560*_t137*_t156 - 2878894080*_t137*_t158 - 7862400*_t137*_t162 - 2486400*_t137*_t166 + 519536640*_t137*_t195 + 1344000*_t137*_t198 - 58007040*_t137*_t199 - 2857451520*_t137*_t200 - 1022837760*_t137*_t201 + 681891840*_t137*_t250 - _t138*_t219 + 1182720*_t139*_t161 + 53760*_t139*_t182 + 15175680*_t139*_t220 + _t140*_t142*_t148 - 5760*_t140*_t145 - 5322240*_t140*_t156 - 256112640*_t140*_t158 - 4465600*_t140*_t162 + 8889600*_t140*_t165 - 4555200*_t140*_t166 + 484000*_t140*_t167 + 295680*_t140*_t189 + 48706560*_t140*_t195 + 499680*_t140*_t198 - 14784000*_t140*_t199 - 681891840*_t140*_t200 - 502064640*_t140*_t201 - 107923200*_t140*_t204 + 1408619520*_t140*_t251 - _t140*_t260*_t261 + _t141*_t217 + 184320*_t142*_t159 - 61440*_t142*_t182 - 720*_t143*_t145 - 295680*_t143*_t156 - 9192960*_t143*_t158 - 45527040*_t143*_t160 - 1354320*_t143*_t162 + 3792000*_t143*_t165 - 2910000*_t143*_t166 + 583200*_t143*_t167 - 20400*_t143*_t168 + 23040*_t143*_t189 + 106080*_t143*_t198 - 1998720*_t143*_t199 - 58007040*_t143*_t200 - 86486400*_t143*_t201 - 193052160*_t143*_t202 - 35558400*_t143*_t204 - 27350400*_t143*_t205 - 1936000*_t143*_t206 + 128701440*_t143*_t251 - _t144*_t212 - _t145*_t146 + 4*_t151*_t152 + 13440*_t151*_t180 - 2880*_t151*_t207 + 887040*_t151*_t214 - 9741312*_t151*_t218 + 64028160*_t151*_t221 + 58432*_t152*_t185 - 860160*_t153*_t230 + 4*_t154*_t16 + 58432*_t154*_t66 - 2008*_t154*_t67 - _t155*_t169 + 23768*_t155*_t183 + 2454344*_t155*_t186 + 1548264*_t155*_t188 - _t155*_t231 - _t155*_t240 - 191216*_t155*_t246 + _t155*_t248*x + 1354320*_t155*_t25 + 2910000*_t155*_t33 + 20400*_t155*_t39 + 720*_t155*_t8 - _t157*_t174 - _t157*_t203 + _t157*_t225 - _t157*_t233 + _t157*_t238 - _t157*_t242 + _t157*_t245 + 7862400*_t157*_t25 + 2486400*_t157*_t33 + 26880*_t157*_t8 - _t162*_t163 + _t163*_t167 + _t164*_t165 - _t164*_t166 + _t169*_t170 + _t170*_t231 + _t170*_t240 + _t171*_t172 - _t171*_t224 + _t171*_t232 - _t171*_t237 + _t171*_t241 - _t171*_t244 + _t171*_t247 + _t172*_t179 + _t173*_t174 + _t173*_t203 - _t173*_t225 + _t173*_t233 - _t173*_t238 + _t173*_t242 - _t173*_t245 - _t176*_t181 - _t179*_t224 + _t179*_t232 - _t179*_t237 + _t179*_t241 - _t179*_t244 + _t179*_t247 + 8889600*_t179*_t29 + 484000*_t179*_t36 - _t180*_t227 + _t180*_t234 - _t180*_t239 + _t180*_t243 + 4448640*_t180*_t29 + 1026816*_t181*_t183 - 4118016*_t181*_t185 + 2921856*_t181*_t186 + 3386880*_t181*_t25 + 1648512000*_t183*_t197 + 503040*_t183*_t207 - 51448320*_t183*_t214 + 310098432*_t183*_t218 + 58528512*_t183*_t253 - 7841280*_t185*_t207 + 357477120*_t185*_t214 - 1243640832*_t185*_t218 - _t186*_t187 + 27974400*_t186*_t207 - 548190720*_t186*_t214 + 166545792*_t186*_t253 - _t187*_t188 + 8916480*_t188*_t207 + _t190*_t191 - _t190*_t210 + _t190*_t252 - _t190*_t254 + _t190*_t256 - _t190*_t263 + _t190*_t269 - _t190*_t272 + _t191*_t194 + _t192*_t193 - _t192*_t211 - _t192*_t249 + _t192*_t257 - _t192*_t265 + _t193*_t196 - _t194*_t210 + _t194*_t252 - _t194*_t254 + _t194*_t256 - _t194*_t263 + _t194*_t269 - _t194*_t272 - _t196*_t211 - _t196*_t249 + _t196*_t257 - _t196*_t265 - _t197*_t216 + 791285760*_t197*_t8 - 597120*_t207*_t246 + 17862400*_t207*_t25 + 18220800*_t207*_t33 - 29217600*_t207*_t64 - _t208*_t209 + 86486400*_t208*_t25 + _t208*_t255 - _t208*_t262 + _t208*_t268 - _t208*_t271 + _t208*_t273 + 27350400*_t208*_t33 + _t209*_t213 + 14784000*_t21*_t213 + 147248640*_t21*_t214 - _t213*_t255 + _t213*_t262 - _t213*_t268 + _t213*_t271 - _t213*_t273 + 107923200*_t213*_t29 + 293610240*_t214*_t29 + 179625600*_t214*_t64 + 1022837760*_t218*_t25 + _t218*_t270*x + _t221*_t267 - 94848000*_t222*_t230 - 58528512*_t222*_t261 - _t223*_t248 - 23768*_t223*_t57 - 1548264*_t223*_t65 + 191216*_t223*_t66 - _t226*_t227 + _t226*_t234 - _t226*_t239 + _t226*_t243 - 1648512000*_t228*_t259 - 1026816*_t229*_t57 + 4118016*_t229*_t59 - 2921856*_t229*_t61 + 193052160*_t25*_t253 - _t253*_t264 - 310098432*_t258*_t259 - 5997696000*_t258*_t261))


_MOMENTS = (_moment_0, _moment_1, _moment_2, _moment_3, _moment_4, _moment_5, _moment_6, _moment_7, _moment_8, _moment_9, _moment_10,)
_DERIVATIVES = (_derivative_0, _derivative_1, _derivative_2, _derivative_3, _derivative_4, _derivative_5, _derivative_6, _derivative_7, _derivative_8, _derivative_9, _derivative_10,)
_ACT_DERIVATIVES = (_act_derivative_0, _act_derivative_1, _act_derivative_2, _act_derivative_3, _act_derivative_4, _act_derivative_5, _act_derivative_6, _act_derivative_7, _act_derivative_8, _act_derivative_9, _act_derivative_10,)
_MOMENTS_MP = (_moment_mp_0, _moment_mp_1, _moment_mp_2, _moment_mp_3, _moment_mp_4, _moment_mp_5, _moment_mp_6, _moment_mp_7, _moment_mp_8, _moment_mp_9, _moment_mp_10,)
_DERIVATIVES_MP = (_derivative_mp_0, _derivative_mp_1, _derivative_mp_2, _derivative_mp_3, _derivative_mp_4, _derivative_mp_5, _derivative_mp_6, _derivative_mp_7, _derivative_mp_8, _derivative_mp_9, _derivative_mp_10,)
_ACT_DERIVATIVES_MP = (_act_derivative_mp_0, _act_derivative_mp_1, _act_derivative_mp_2, _act_derivative_mp_3, _act_derivative_mp_4, _act_derivative_mp_5, _act_derivative_mp_6, _act_derivative_mp_7, _act_derivative_mp_8, _act_derivative_mp_9, _act_derivative_mp_10,)
_DERIVATIVES_SPLIT = (_derivative_split_0, _derivative_split_1, _derivative_split_2, _derivative_split_3, _derivative_split_4, _derivative_split_5, _derivative_split_6, _derivative_split_7, _derivative_split_8, _derivative_split_9, _derivative_split_10,)
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
