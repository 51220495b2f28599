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
    alpha*D(0, (mu + sigma**2)/sigma, mu + sigma**2/2) + D(0, -mu/sigma, 0)
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
BAKED_PARAMS = ()
DIRECT_SIGMA = 0.0
HERMITE_SIGMA = 1.0
WINDOW = ()
REMAINDER_BREAKPOINTS = ()
SPLIT_EXP = True
SPLIT_WINDOW = (-40.0, 0.0)
SPLIT_BREAKPOINTS = (0.0,)
_runtime = gaussym.kernels.generated._runtime


def _activation(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.expm1(x),x], default=numpy.nan)


def _act_derivative_0(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.expm1(x),x], default=numpy.nan)


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
    return alpha*gaussym.kernels.generated._runtime.tail_expdiff(0, mu/sigma, sigma, mu + (1/2)*sigma**2) + sigma*gaussym.kernels.generated._runtime.tail(1, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_1(mu, sigma, alpha):
    _t0 = sigma**2
    return _t0*gaussym.kernels.generated._runtime.tail(2, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0) - alpha*sigma*gaussym.kernels.generated._runtime.tail_expdiff(1, mu/sigma, sigma, (1/2)*_t0 + mu)


def _moment_2(mu, sigma, alpha):
    _t0 = sigma**2
    return _t0*alpha*gaussym.kernels.generated._runtime.tail_expdiff(2, mu/sigma, sigma, (1/2)*_t0 + mu) + sigma**3*gaussym.kernels.generated._runtime.tail(3, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_3(mu, sigma, alpha):
    return -alpha*sigma**3*gaussym.kernels.generated._runtime.tail_expdiff(3, mu/sigma, sigma, mu + (1/2)*sigma**2) + sigma**4*gaussym.kernels.generated._runtime.tail(4, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_4(mu, sigma, alpha):
    return alpha*sigma**4*gaussym.kernels.generated._runtime.tail_expdiff(4, mu/sigma, sigma, mu + (1/2)*sigma**2) + sigma**5*gaussym.kernels.generated._runtime.tail(5, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_5(mu, sigma, alpha):
    return -alpha*sigma**5*gaussym.kernels.generated._runtime.tail_expdiff(5, mu/sigma, sigma, mu + (1/2)*sigma**2) + sigma**6*gaussym.kernels.generated._runtime.tail(6, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_6(mu, sigma, alpha):
    return alpha*sigma**6*gaussym.kernels.generated._runtime.tail_expdiff(6, mu/sigma, sigma, mu + (1/2)*sigma**2) + sigma**7*gaussym.kernels.generated._runtime.tail(7, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_7(mu, sigma, alpha):
    return -alpha*sigma**7*gaussym.kernels.generated._runtime.tail_expdiff(7, mu/sigma, sigma, mu + (1/2)*sigma**2) + sigma**8*gaussym.kernels.generated._runtime.tail(8, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_8(mu, sigma, alpha):
    return alpha*sigma**8*gaussym.kernels.generated._runtime.tail_expdiff(8, mu/sigma, sigma, mu + (1/2)*sigma**2) + sigma**9*gaussym.kernels.generated._runtime.tail(9, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_9(mu, sigma, alpha):
    return -alpha*sigma**9*gaussym.kernels.generated._runtime.tail_expdiff(9, mu/sigma, sigma, mu + (1/2)*sigma**2) + sigma**10*gaussym.kernels.generated._runtime.tail(10, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _moment_10(mu, sigma, alpha):
    return alpha*sigma**10*gaussym.kernels.generated._runtime.tail_expdiff(10, mu/sigma, sigma, mu + (1/2)*sigma**2) + sigma**11*gaussym.kernels.generated._runtime.tail(11, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _derivative_0(mu, sigma, alpha):
    return alpha*gaussym.kernels.generated._runtime.tail_expdiff(0, mu/sigma, sigma, mu + (1/2)*sigma**2) + sigma*gaussym.kernels.generated._runtime.tail(1, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _derivative_1(mu, sigma, alpha):
    _t0 = sigma**2
    return alpha*gaussym.kernels.generated._runtime.tail(0, (_t0 + mu)/sigma, (1/2)*_t0 + mu) + gaussym.kernels.generated._runtime.tail(0, -gaussym.kernels.generated._runtime.quotient(mu, sigma), 0)


def _derivative_2(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = sigma**2
    return _t0*(1 - alpha)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma)) + alpha*gaussym.kernels.generated._runtime.tail(0, _t0*(_t1 + mu), (1/2)*_t1 + mu)


def _derivative_3(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t2 = sigma**2
    return -_t0*_t1*alpha - _t1*mu*(1 - alpha)/sigma**3 + alpha*gaussym.kernels.generated._runtime.tail(0, _t0*(_t2 + mu), (1/2)*_t2 + mu)


def _derivative_4(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t2 = _t1*alpha
    _t3 = sigma**(-3.0)
    _t4 = sigma**2
    return -_t0*_t2 + _t1*_t3*(-1 + mu**2/_t4)*(1 - alpha) + _t2*_t3*mu + alpha*gaussym.kernels.generated._runtime.tail(0, _t0*(_t4 + mu), (1/2)*_t4 + mu)


def _derivative_5(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t2 = _t1*alpha
    _t3 = sigma**(-3.0)
    _t4 = _t2*_t3
    _t5 = sigma**2
    return -_t0*_t2 + _t1*(1 - alpha)*(3*_t0*mu - _t3*mu**3)/sigma**4 + _t4*mu - _t4*(-1 + mu**2/_t5) + alpha*gaussym.kernels.generated._runtime.tail(0, _t0*(_t5 + mu), (1/2)*_t5 + mu)


def _derivative_6(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t2 = _t1*alpha
    _t3 = sigma**(-3.0)
    _t4 = _t2*_t3
    _t5 = sigma**2
    _t6 = mu**2/_t5
    _t7 = sigma**(-4.0)
    return -_t0*_t2 + _t1*(1 - alpha)*(-6*_t6 + _t7*mu**4 + 3)/sigma**5 - _t2*_t7*(3*_t0*mu - _t3*mu**3) + _t4*mu - _t4*(_t6 - 1) + alpha*gaussym.kernels.generated._runtime.tail(0, _t0*(_t5 + mu), (1/2)*_t5 + mu)


def _derivative_7(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t2 = _t1*alpha
    _t3 = sigma**(-3.0)
    _t4 = sigma**2
    _t5 = mu**2/_t4
    _t6 = sigma**(-4.0)
    _t7 = mu**3
    _t8 = sigma**(-5.0)
    return -_t0*_t2 + _t1*_t3*alpha*mu + _t1*(1 - alpha)*(-15*_t0*mu + 10*_t3*_t7 - _t8*mu**5)/sigma**6 - _t2*_t3*(_t5 - 1) - _t2*_t6*(3*_t0*mu - _t3*_t7) - _t2*_t8*(-6*_t5 + _t6*mu**4 + 3) + alpha*gaussym.kernels.generated._runtime.tail(0, _t0*(_t4 + mu), (1/2)*_t4 + mu)


def _derivative_8(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t2 = _t1*alpha
    _t3 = sigma**(-3.0)
    _t4 = sigma**2
    _t5 = mu**2/_t4
    _t6 = sigma**(-4.0)
    _t7 = mu**3
    _t8 = sigma**(-5.0)
    _t9 = _t6*mu**4
    _t10 = sigma**(-6.0)
    return -_t0*_t2 + _t1*_t3*alpha*mu + _t1*(1 - alpha)*(_t10*mu**6 + 45*_t5 - 15*_t9 - 15)/sigma**7 - _t10*_t2*(-15*_t0*mu + 10*_t3*_t7 - _t8*mu**5) - _t2*_t3*(_t5 - 1) - _t2*_t6*(3*_t0*mu - _t3*_t7) - _t2*_t8*(-6*_t5 + _t9 + 3) + alpha*gaussym.kernels.generated._runtime.tail(0, _t0*(_t4 + mu), (1/2)*_t4 + mu)


def _derivative_9(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t2 = _t1*alpha
    _t3 = sigma**(-3.0)
    _t4 = sigma**2
    _t5 = mu**2/_t4
    _t6 = sigma**(-4.0)
    _t7 = mu**3
    _t8 = _t3*_t7
    _t9 = sigma**(-5.0)
    _t10 = _t6*mu**4
    _t11 = sigma**(-6.0)
    _t12 = mu**5
    _t13 = sigma**(-7.0)
    return -_t0*_t2 + _t1*_t3*alpha*mu + _t1*(1 - alpha)*(105*_t0*mu + 21*_t12*_t9 - _t13*mu**7 - 105*_t8)/sigma**8 - _t11*_t2*(-15*_t0*mu - _t12*_t9 + 10*_t3*_t7) - _t13*_t2*(-15*_t10 + _t11*mu**6 + 45*_t5 - 15) - _t2*_t3*(_t5 - 1) - _t2*_t6*(3*_t0*mu - _t8) - _t2*_t9*(_t10 - 6*_t5 + 3) + alpha*gaussym.kernels.generated._runtime.tail(0, _t0*(_t4 + mu), (1/2)*_t4 + mu)


def _derivative_10(mu, sigma, alpha):
    _t0 = sigma**(-1.0)
    _t1 = gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))
    _t2 = _t1*alpha
    _t3 = sigma**(-3.0)
    _t4 = sigma**2
    _t5 = mu**2/_t4
    _t6 = sigma**(-4.0)
    _t7 = mu**3
    _t8 = _t3*_t7
    _t9 = sigma**(-5.0)
    _t10 = _t6*mu**4
    _t11 = sigma**(-6.0)
    _t12 = mu**5
    _t13 = sigma**(-7.0)
    _t14 = _t11*mu**6
    _t15 = sigma**(-8.0)
    return -_t0*_t2 + _t1*_t3*alpha*mu + _t1*(1 - alpha)*(210*_t10 - 28*_t14 + _t15*mu**8 - 420*_t5 + 105)/sigma**9 - _t11*_t2*(-15*_t0*mu - _t12*_t9 + 10*_t3*_t7) - _t13*_t2*(-15*_t10 + _t14 + 45*_t5 - 15) - _t15*_t2*(105*_t0*mu + 21*_t12*_t9 - _t13*mu**7 - 105*_t8) - _t2*_t3*(_t5 - 1) - _t2*_t6*(3*_t0*mu - _t8) - _t2*_t9*(_t10 - 6*_t5 + 3) + alpha*gaussym.kernels.generated._runtime.tail(0, _t0*(_t4 + mu), (1/2)*_t4 + mu)


def _derivative_split_0(mu, sigma, alpha):
    _t0 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return -alpha*gaussym.kernels.generated._runtime.tail(0, _t0, 0) + sigma*gaussym.kernels.generated._runtime.tail(1, -_t0, 0)


def _derivative_split_1(mu, sigma, alpha):
    _t0 = gaussym.kernels.generated._runtime.quotient(mu, sigma)
    return alpha*gaussym.kernels.generated._runtime.norm_pdf(_t0)/sigma + gaussym.kernels.generated._runtime.tail(0, -_t0, 0)


def _derivative_split_2(mu, sigma, alpha):
    return (-alpha*mu/sigma**2 + 1)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma


def _derivative_split_3(mu, sigma, alpha):
    return (alpha*mu**2/sigma**2 - alpha - mu)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**3


def _derivative_split_4(mu, sigma, alpha):
    _t0 = sigma**(-2.0)
    return (3*_t0*alpha*mu + _t0*mu**2 - alpha*mu**3/sigma**4 - 1)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**3


def _derivative_split_5(mu, sigma, alpha):
    _t0 = sigma**(-2.0)
    return (-6*_t0*alpha*mu**2 - _t0*mu**3 + alpha*mu**4/sigma**4 + 3*alpha + 3*mu)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**5


def _derivative_split_6(mu, sigma, alpha):
    _t0 = sigma**(-2.0)
    _t1 = sigma**(-4.0)
    return (-15*_t0*alpha*mu - 6*_t0*mu**2 + 10*_t1*alpha*mu**3 + _t1*mu**4 - alpha*mu**5/sigma**6 + 3)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**5


def _derivative_split_7(mu, sigma, alpha):
    _t0 = 15*alpha
    _t1 = sigma**(-4.0)
    _t2 = sigma**(-2.0)
    return (-_t0*_t1*mu**4 - _t0 - _t1*mu**5 + 45*_t2*alpha*mu**2 + 10*_t2*mu**3 + alpha*mu**6/sigma**6 - 15*mu)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**7


def _derivative_split_8(mu, sigma, alpha):
    _t0 = sigma**(-2.0)
    _t1 = sigma**(-4.0)
    _t2 = sigma**(-6.0)
    return (105*_t0*alpha*mu + 45*_t0*mu**2 - 105*_t1*alpha*mu**3 - 15*_t1*mu**4 + 21*_t2*alpha*mu**5 + _t2*mu**6 - alpha*mu**7/sigma**8 - 15)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**7


def _derivative_split_9(mu, sigma, alpha):
    _t0 = sigma**(-2.0)
    _t1 = sigma**(-4.0)
    _t2 = sigma**(-6.0)
    return (-420*_t0*alpha*mu**2 - 105*_t0*mu**3 + 210*_t1*alpha*mu**4 + 21*_t1*mu**5 - 28*_t2*alpha*mu**6 - _t2*mu**7 + alpha*mu**8/sigma**8 + 105*alpha + 105*mu)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**9


def _derivative_split_10(mu, sigma, alpha):
    _t0 = sigma**(-2.0)
    _t1 = sigma**(-4.0)
    _t2 = sigma**(-6.0)
    _t3 = sigma**(-8.0)
    return (-945*_t0*alpha*mu - 420*_t0*mu**2 + 1260*_t1*alpha*mu**3 + 210*_t1*mu**4 - 378*_t2*alpha*mu**5 - 28*_t2*mu**6 + 36*_t3*alpha*mu**7 + _t3*mu**8 - alpha*mu**9/sigma**10 + 105)*gaussym.kernels.generated._runtime.norm_pdf(gaussym.kernels.generated._runtime.quotient(mu, sigma))/sigma**9


def _split_exp(x, alpha):
    return numpy.select([numpy.less(x, 0),True], [alpha*numpy.exp(x),0], default=numpy.nan)


def _activation_mp(x, alpha):
    return ((alpha*mpmath.expm1(x)) if (x < 0) else (x))


def _act_derivative_mp_0(x, alpha):
    return ((alpha*mpmath.expm1(x)) if (x < 0) else (x))


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
    return alpha*gaussym.kernels.generated._runtime.tail_expdiff_mp(0, mu/sigma, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma*gaussym.kernels.special.gauss_tail_mp(1, -mu/sigma, 0)


def _moment_mp_1(mu, sigma, alpha):
    _t0 = sigma**2
    return _t0*gaussym.kernels.special.gauss_tail_mp(2, -mu/sigma, 0) - alpha*sigma*gaussym.kernels.generated._runtime.tail_expdiff_mp(1, mu/sigma, sigma, (mpmath.mpf(1)/mpmath.mpf(2))*_t0 + mu)


def _moment_mp_2(mu, sigma, alpha):
    _t0 = sigma**2
    return _t0*alpha*gaussym.kernels.generated._runtime.tail_expdiff_mp(2, mu/sigma, sigma, (mpmath.mpf(1)/mpmath.mpf(2))*_t0 + mu) + sigma**3*gaussym.kernels.special.gauss_tail_mp(3, -mu/sigma, 0)


def _moment_mp_3(mu, sigma, alpha):
    return -alpha*sigma**3*gaussym.kernels.generated._runtime.tail_expdiff_mp(3, mu/sigma, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**4*gaussym.kernels.special.gauss_tail_mp(4, -mu/sigma, 0)


def _moment_mp_4(mu, sigma, alpha):
    return alpha*sigma**4*gaussym.kernels.generated._runtime.tail_expdiff_mp(4, mu/sigma, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**5*gaussym.kernels.special.gauss_tail_mp(5, -mu/sigma, 0)


def _moment_mp_5(mu, sigma, alpha):
    return -alpha*sigma**5*gaussym.kernels.generated._runtime.tail_expdiff_mp(5, mu/sigma, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**6*gaussym.kernels.special.gauss_tail_mp(6, -mu/sigma, 0)


def _moment_mp_6(mu, sigma, alpha):
    return alpha*sigma**6*gaussym.kernels.generated._runtime.tail_expdiff_mp(6, mu/sigma, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**7*gaussym.kernels.special.gauss_tail_mp(7, -mu/sigma, 0)


def _moment_mp_7(mu, sigma, alpha):
    return -alpha*sigma**7*gaussym.kernels.generated._runtime.tail_expdiff_mp(7, mu/sigma, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**8*gaussym.kernels.special.gauss_tail_mp(8, -mu/sigma, 0)


def _moment_mp_8(mu, sigma, alpha):
    return alpha*sigma**8*gaussym.kernels.generated._runtime.tail_expdiff_mp(8, mu/sigma, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**9*gaussym.kernels.special.gauss_tail_mp(9, -mu/sigma, 0)


def _moment_mp_9(mu, sigma, alpha):
    return -alpha*sigma**9*gaussym.kernels.generated._runtime.tail_expdiff_mp(9, mu/sigma, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**10*gaussym.kernels.special.gauss_tail_mp(10, -mu/sigma, 0)


def _moment_mp_10(mu, sigma, alpha):
    return alpha*sigma**10*gaussym.kernels.generated._runtime.tail_expdiff_mp(10, mu/sigma, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma**11*gaussym.kernels.special.gauss_tail_mp(11, -mu/sigma, 0)


def _derivative_mp_0(mu, sigma, alpha):
    return alpha*gaussym.kernels.generated._runtime.tail_expdiff_mp(0, mu/sigma, sigma, mu + (mpmath.mpf(1)/mpmath.mpf(2))*sigma**2) + sigma*gaussym.kernels.special.gauss_tail_mp(1, -mu/sigma, 0)


def _derivative_mp_1(mu, sigma, alpha):
    _t0 = sigma**2
    return alpha*gaussym.kernels.special.gauss_tail_mp(0, (_t0 + mu)/sigma, (mpmath.mpf(1)/mpmath.mpf(2))*_t0 + mu) + gaussym.kernels.special.gauss_tail_mp(0, -mu/sigma, 0)


def _derivative_mp_2(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = sigma**2
    return _t0*(1 - alpha)*mpmath.npdf(mu/sigma) + alpha*gaussym.kernels.special.gauss_tail_mp(0, _t0*(_t1 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t1 + mu)


def _derivative_mp_3(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = mpmath.npdf(mu/sigma)
    _t2 = sigma**2
    return -_t0*_t1*alpha - _t1*mu*(1 - alpha)/sigma**3 + alpha*gaussym.kernels.special.gauss_tail_mp(0, _t0*(_t2 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t2 + mu)


def _derivative_mp_4(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = mpmath.npdf(mu/sigma)
    _t2 = _t1*alpha
    _t3 = sigma**(-3)
    _t4 = sigma**2
    return -_t0*_t2 + _t1*_t3*(-1 + mu**2/_t4)*(1 - alpha) + _t2*_t3*mu + alpha*gaussym.kernels.special.gauss_tail_mp(0, _t0*(_t4 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t4 + mu)


def _derivative_mp_5(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = mpmath.npdf(mu/sigma)
    _t2 = _t1*alpha
    _t3 = sigma**(-3)
    _t4 = _t2*_t3
    _t5 = sigma**2
    return -_t0*_t2 + _t1*(1 - alpha)*(3*_t0*mu - _t3*mu**3)/sigma**4 + _t4*mu - _t4*(-1 + mu**2/_t5) + alpha*gaussym.kernels.special.gauss_tail_mp(0, _t0*(_t5 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t5 + mu)


def _derivative_mp_6(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = mpmath.npdf(mu/sigma)
    _t2 = _t1*alpha
    _t3 = sigma**(-3)
    _t4 = _t2*_t3
    _t5 = sigma**2
    _t6 = mu**2/_t5
    _t7 = sigma**(-4)
    return -_t0*_t2 + _t1*(1 - alpha)*(-6*_t6 + _t7*mu**4 + 3)/sigma**5 - _t2*_t7*(3*_t0*mu - _t3*mu**3) + _t4*mu - _t4*(_t6 - 1) + alpha*gaussym.kernels.special.gauss_tail_mp(0, _t0*(_t5 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t5 + mu)


def _derivative_mp_7(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = mpmath.npdf(mu/sigma)
    _t2 = _t1*alpha
    _t3 = sigma**(-3)
    _t4 = sigma**2
    _t5 = mu**2/_t4
    _t6 = sigma**(-4)
    _t7 = mu**3
    _t8 = sigma**(-5)
    return -_t0*_t2 + _t1*_t3*alpha*mu + _t1*(1 - alpha)*(-15*_t0*mu + 10*_t3*_t7 - _t8*mu**5)/sigma**6 - _t2*_t3*(_t5 - 1) - _t2*_t6*(3*_t0*mu - _t3*_t7) - _t2*_t8*(-6*_t5 + _t6*mu**4 + 3) + alpha*gaussym.kernels.special.gauss_tail_mp(0, _t0*(_t4 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t4 + mu)


def _derivative_mp_8(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = mpmath.npdf(mu/sigma)
    _t2 = _t1*alpha
    _t3 = sigma**(-3)
    _t4 = sigma**2
    _t5 = mu**2/_t4
    _t6 = sigma**(-4)
    _t7 = mu**3
    _t8 = sigma**(-5)
    _t9 = _t6*mu**4
    _t10 = sigma**(-6)
    return -_t0*_t2 + _t1*_t3*alpha*mu + _t1*(1 - alpha)*(_t10*mu**6 + 45*_t5 - 15*_t9 - 15)/sigma**7 - _t10*_t2*(-15*_t0*mu + 10*_t3*_t7 - _t8*mu**5) - _t2*_t3*(_t5 - 1) - _t2*_t6*(3*_t0*mu - _t3*_t7) - _t2*_t8*(-6*_t5 + _t9 + 3) + alpha*gaussym.kernels.special.gauss_tail_mp(0, _t0*(_t4 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t4 + mu)


def _derivative_mp_9(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = mpmath.npdf(mu/sigma)
    _t2 = _t1*alpha
    _t3 = sigma**(-3)
    _t4 = sigma**2
    _t5 = mu**2/_t4
    _t6 = sigma**(-4)
    _t7 = mu**3
    _t8 = _t3*_t7
    _t9 = sigma**(-5)
    _t10 = _t6*mu**4
    _t11 = sigma**(-6)
    _t12 = mu**5
    _t13 = sigma**(-7)
    return -_t0*_t2 + _t1*_t3*alpha*mu + _t1*(1 - alpha)*(105*_t0*mu + 21*_t12*_t9 - _t13*mu**7 - 105*_t8)/sigma**8 - _t11*_t2*(-15*_t0*mu - _t12*_t9 + 10*_t3*_t7) - _t13*_t2*(-15*_t10 + _t11*mu**6 + 45*_t5 - 15) - _t2*_t3*(_t5 - 1) - _t2*_t6*(3*_t0*mu - _t8) - _t2*_t9*(_t10 - 6*_t5 + 3) + alpha*gaussym.kernels.special.gauss_tail_mp(0, _t0*(_t4 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t4 + mu)


def _derivative_mp_10(mu, sigma, alpha):
    _t0 = 1/sigma
    _t1 = mpmath.npdf(mu/sigma)
    _t2 = _t1*alpha
    _t3 = sigma**(-3)
    _t4 = sigma**2
    _t5 = mu**2/_t4
    _t6 = sigma**(-4)
    _t7 = mu**3
    _t8 = _t3*_t7
    _t9 = sigma**(-5)
    _t10 = _t6*mu**4
    _t11 = sigma**(-6)
    _t12 = mu**5
    _t13 = sigma**(-7)
    _t14 = _t11*mu**6
    _t15 = sigma**(-8)
    return -_t0*_t2 + _t1*_t3*alpha*mu + _t1*(1 - alpha)*(210*_t10 - 28*_t14 + _t15*mu**8 - 420*_t5 + 105)/sigma**9 - _t11*_t2*(-15*_t0*mu - _t12*_t9 + 10*_t3*_t7) - _t13*_t2*(-15*_t10 + _t14 + 45*_t5 - 15) - _t15*_t2*(105*_t0*mu + 21*_t12*_t9 - _t13*mu**7 - 105*_t8) - _t2*_t3*(_t5 - 1) - _t2*_t6*(3*_t0*mu - _t8) - _t2*_t9*(_t10 - 6*_t5 + 3) + alpha*gaussym.kernels.special.gauss_tail_mp(0, _t0*(_t4 + mu), (mpmath.mpf(1)/mpmath.mpf(2))*_t4 + mu)


_MOMENTS = (_moment_0, _moment_1, _moment_2, _moment_3, _moment_4, _moment_5, _moment_6, _moment_7, _moment_8, _moment_9, _moment_10,)
_DERIVATIVES = (_derivative_0, _derivative_1, _derivative_2, _derivative_3, _derivative_4, _derivative_5, _derivative_6, _derivative_7, _derivative_8, _derivative_9, _derivative_10,)
_ACT_DERIVATIVES = (_act_derivative_0, _act_derivative_1, _act_derivative_2, _act_derivative_3, _act_derivative_4, _act_derivative_5, _act_derivative_6, _act_derivative_7, _act_derivative_8, _act_derivative_9, _act_derivative_10,)
_MOMENTS_MP = (_moment_mp_0, _moment_mp_1, _moment_mp_2, _moment_mp_3, _moment_mp_4, _moment_mp_5, _moment_mp_6, _moment_mp_7, _moment_mp_8, _moment_mp_9, _moment_mp_10,)
_DERIVATIVES_MP = (_derivative_mp_0, _derivative_mp_1, _derivative_mp_2, _derivative_mp_3, _derivative_mp_4, _derivative_mp_5, _derivative_mp_6, _derivative_mp_7, _derivative_mp_8, _derivative_mp_9, _derivative_mp_10,)
_ACT_DERIVATIVES_MP = (_act_derivative_mp_0, _act_derivative_mp_1, _act_derivative_mp_2, _act_derivative_mp_3, _act_derivative_mp_4, _act_derivative_mp_5, _act_derivative_mp_6, _act_derivative_mp_7, _act_derivative_mp_8, _act_derivative_mp_9, _act_derivative_mp_10,)
_DERIVATIVES_SPLIT = (_derivative_split_0, _derivative_split_1, _derivative_split_2, _derivative_split_3, _derivative_split_4, _derivative_split_5, _derivative_split_6, _derivative_split_7, _derivative_split_8, _derivative_split_9, _derivative_split_10,)


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
