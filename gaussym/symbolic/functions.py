"""SymPy function classes for the Gaussian tail blocks of the activation integrals.

Why own classes: SymPy rewrites ``erfc(-z)`` as ``2 - erfc(z)`` and expands tails into
differences of O(1) numbers, which destroys relative accuracy when printed (DESIGN 8).
These classes stay unevaluated, print to the stable numeric kernels, and expand into the
textbook Phi/phi form only for display (``textbook``).

    NormCdf(q)        = Phi(q)                       numpy: _runtime.norm_cdf (ndtr / Mills ratio), mpmath: ncdf
    NormPdf(q)        = phi(q) = exp(-q^2/2)/sqrt(2 pi)
    GaussTail(k,c,L)  = exp(L) int_c^inf (z-c)^k phi(z) dz    (gaussym.kernels.special.gauss_tail)
    TailExpDiff(k,c,h,L) = e^L D_k(c+h) - D_k(c), without the cancellation as h, L -> 0
    PhiBlend(P,Q,q)   = P Phi(q) + Q phi(q), printed as phi(q) (P M(q) + Q) with the Mills
                        ratio M(q) = Phi(q)/phi(q) for q < 0 (no cancellation in the left tail)
    Sigmoid(u), Softplus(u): 1/(1+exp(-u)) and log(1+exp(u)) in overflow-free form.
"""
from __future__ import annotations

import sympy
from mpmath.libmp import prec_to_dps
from sympy import Function, S

#: the activation variable (same symbol as gaussym.symbolic.parse.X)
X = sympy.Symbol("x", real=True)
#: mean and standard deviation of the Gaussian input
MU = sympy.Symbol("mu", real=True)
SIGMA = sympy.Symbol("sigma", positive=True)

_RUNTIME = "gaussym.kernels.generated._runtime"


def _args(printer, *args):
    return ", ".join(printer._print(a) for a in args)


class NormCdf(Function):
    """Standard normal cdf Phi(q)."""
    nargs = 1

    def fdiff(self, argindex=1):
        return NormPdf(self.args[0])

    def _eval_rewrite_as_erf(self, q, **kwargs):
        return (1 + sympy.erf(q / sympy.sqrt(2))) / 2

    def _eval_evalf(self, prec):
        return self._eval_rewrite_as_erf(*self.args).evalf(prec_to_dps(prec))

    def _numpycode(self, printer):
        return f"{printer._module_format(_RUNTIME + '.norm_cdf')}({_args(printer, *self.args)})"

    def _mpmathcode(self, printer):
        return f"{printer._module_format('mpmath.ncdf')}({_args(printer, *self.args)})"

    def _sympystr(self, printer):
        return f"Phi({_args(printer, *self.args)})"

    def _latex(self, printer, exp=None):
        base = rf"\Phi\left({printer._print(self.args[0])}\right)"
        return base if exp is None else rf"{base}^{{{exp}}}"


class NormPdf(Function):
    """Standard normal pdf phi(q) = exp(-q^2/2)/sqrt(2 pi) (even: phi(-q) -> phi(q))."""
    nargs = 1

    @classmethod
    def eval(cls, q):
        if q.could_extract_minus_sign():
            return cls(-q)
        return None

    def fdiff(self, argindex=1):
        return -self.args[0] * NormPdf(self.args[0])

    def _eval_rewrite_as_exp(self, q, **kwargs):
        return sympy.exp(-q ** 2 / 2) / sympy.sqrt(2 * sympy.pi)

    def _eval_evalf(self, prec):
        return self._eval_rewrite_as_exp(*self.args).evalf(prec_to_dps(prec))

    def _numpycode(self, printer):
        return f"{printer._module_format(_RUNTIME + '.norm_pdf')}({_args(printer, *self.args)})"

    def _mpmathcode(self, printer):
        return f"{printer._module_format('mpmath.npdf')}({_args(printer, *self.args)})"

    def _sympystr(self, printer):
        return f"phi({_args(printer, *self.args)})"

    def _latex(self, printer, exp=None):
        base = rf"\phi\left({printer._print(self.args[0])}\right)"
        return base if exp is None else rf"{base}^{{{exp}}}"


class GaussTail(Function):
    """D_k(c) e^L = e^L int_c^inf (z-c)^k phi(z) dz; d/dc D_k = -k D_(k-1), d/dc D_0 = -phi(c)."""
    nargs = 3

    def fdiff(self, argindex=1):
        k, c, L = self.args
        if argindex == 2:
            return -k * GaussTail(k - 1, c, L) if k > 0 else -sympy.exp(L) * NormPdf(c)
        if argindex == 3:
            return self
        raise ValueError("GaussTail is not differentiable in its order k")

    def textbook(self):
        """e^L sum_j C(k,j) (-c)^(k-j) T_j(c), T_0 = Phi(-c), T_1 = phi(c), T_j = c^(j-1) phi(c) + (j-1) T_(j-2)."""
        k, c, L = self.args
        T = [NormCdf(-c), NormPdf(c)]
        for j in range(2, int(k) + 1):
            T.append(c ** (j - 1) * NormPdf(c) + (j - 1) * T[j - 2])
        body = sum(sympy.binomial(k, j) * (-c) ** (k - j) * T[j] for j in range(int(k) + 1))
        return sympy.exp(L) * body

    def _numpycode(self, printer):
        return f"{printer._module_format(_RUNTIME + '.tail')}({_args(printer, *self.args)})"

    def _mpmathcode(self, printer):
        return f"{printer._module_format('gaussym.kernels.special.gauss_tail_mp')}({_args(printer, *self.args)})"

    def _sympystr(self, printer):
        return f"D({_args(printer, *self.args)})"

    def _latex(self, printer, exp=None):
        k, c, L = self.args
        base = rf"D_{{{printer._print(k)}}}\left({printer._print(c)}\right)"
        if L != 0:
            base = rf"e^{{{printer._print(L)}}} {base}"
        return base if exp is None else rf"\left({base}\right)^{{{exp}}}"


class TailExpDiff(Function):
    """e^L D_k(c + h) - D_k(c): an exp block minus the matching polynomial block on one half line
    (ELU's e^x - 1). Printed as a series in h when the two nearly cancel (small sigma), so
    E[(e^x - 1) 1{x<0}] keeps relative accuracy where the difference of tails would not."""
    nargs = 4

    def fdiff(self, argindex=1):
        k, c, h, L = self.args
        if argindex == 2:
            if k > 0:
                return -k * TailExpDiff(k - 1, c, h, L)
            return -sympy.exp(L) * NormPdf(c + h) + NormPdf(c)
        if argindex == 3:   # e^L D_k'(c + h)
            return -k * GaussTail(k - 1, c + h, L) if k > 0 else -sympy.exp(L) * NormPdf(c + h)
        if argindex == 4:
            return GaussTail(k, c + h, L)
        raise ValueError("TailExpDiff is not differentiable in its order k")

    def textbook(self):
        k, c, h, L = self.args
        return GaussTail(k, c + h, L).textbook() - GaussTail(k, c, S.Zero).textbook()

    def _numpycode(self, printer):
        return f"{printer._module_format(_RUNTIME + '.tail_expdiff')}({_args(printer, *self.args)})"

    def _mpmathcode(self, printer):
        return f"{printer._module_format(_RUNTIME + '.tail_expdiff_mp')}({_args(printer, *self.args)})"

    def _sympystr(self, printer):
        return f"Dexp({_args(printer, *self.args)})"


class _DoubleDoubleArgument(Function):
    """A quotient that is the argument of a tail block or of phi: printed for numpy as a double-double
    value (hi, lo) by the runtime function ``_runtime_name``, so a result ~exp(-q^2/2) does not inherit
    the ~q^2 eps relative error of the rounded quotient; elsewhere (mpmath, text, LaTeX) as ``plain()``."""
    _runtime_name = ""

    def plain(self):
        raise NotImplementedError

    def fdiff(self, argindex=1):
        return sympy.diff(self.plain(), self.args[argindex - 1])

    def _numpycode(self, printer):
        return f"{printer._module_format(_RUNTIME + '.' + self._runtime_name)}({_args(printer, *self.args)})"

    def _mpmathcode(self, printer):
        return printer._print(self.plain())

    def _sympystr(self, printer):
        return printer._print(self.plain())

    def _latex(self, printer, exp=None):
        return printer._print(self.plain() if exp is None else self.plain() ** exp)


class SqrtQuotient(_DoubleDoubleArgument):
    """m / sqrt(w2 + s^2): the argument q of a Gaussian-CDF block (the roundings of s^2, the sum, the sqrt
    and the division would cost 2e-13 at q = 35)."""
    nargs = 3
    _runtime_name = "sqrt_quotient"

    def plain(self):
        m, w2, s = self.args
        return m / sympy.sqrt(w2 + s ** 2)


class Quotient(_DoubleDoubleArgument):
    """m / s: the argument c = -mu/sigma of a tail block or of phi (the rounded quotient costs ~c^2 eps/2:
    1e-13 at c = 37)."""
    nargs = 2
    _runtime_name = "quotient"

    def plain(self):
        m, s = self.args
        return m / s


class Shift(Function):
    """mu - t, kept as one value (never distributed into mu and -t by SymPy): a polynomial about the
    edge t of its piece is evaluated in powers of mu - t, which is exact for mu near t, so terms of
    size |t|^k do not cancel down to a result of size sigma (where(x < -2, 3*(x + 2), 0) at
    mu = -2: 2.4e-13 with 3*mu + 6)."""
    nargs = 2

    def fdiff(self, argindex=1):
        return S.One if argindex == 1 else S.NegativeOne

    def _print_difference(self, printer):
        mu, t = (printer._print(a) for a in self.args)
        return f"({mu} - ({t}))"

    _numpycode = _mpmathcode = _print_difference

    def _sympystr(self, printer):
        return f"({printer._print(self.args[0])} - {printer._print(self.args[1])})"

    def _latex(self, printer, exp=None):
        base = rf"\left({printer._print(self.args[0])} - {printer._print(self.args[1])}\right)"
        return base if exp is None else rf"{base}^{{{exp}}}"


class PhiBlend(Function):
    """P Phi(q) + Q phi(q): the form of every whole-line Gaussian-CDF block (DESIGN 1)."""
    nargs = 3

    def fdiff(self, argindex=1):
        P, Q, q = self.args
        if argindex == 1:
            return PhiBlend(S.One, S.Zero, q)
        if argindex == 2:
            return PhiBlend(S.Zero, S.One, q)
        return PhiBlend(S.Zero, P - Q * q, q)  # d/dq: P phi(q) - Q q phi(q)

    def textbook(self):
        P, Q, q = self.args
        return P * NormCdf(q) + Q * NormPdf(q)

    def _numpycode(self, printer):
        return f"{printer._module_format(_RUNTIME + '.phi_blend')}({_args(printer, *self.args)})"

    def _mpmathcode(self, printer):
        P, Q, q = (printer._print(a) for a in self.args)
        cdf, pdf = printer._module_format("mpmath.ncdf"), printer._module_format("mpmath.npdf")
        return f"(({P})*{cdf}({q}) + ({Q})*{pdf}({q}))"


class Sigmoid(Function):
    """1/(1+exp(-u)), printed overflow-free (scipy.special.expit)."""
    nargs = 1

    def fdiff(self, argindex=1):
        return Sigmoid(self.args[0]) * Sigmoid(-self.args[0])

    def _numpycode(self, printer):
        return f"{printer._module_format('scipy.special.expit')}({_args(printer, *self.args)})"

    def _mpmathcode(self, printer):
        u = printer._print(self.args[0])
        return f"(1/(1 + {printer._module_format('mpmath.exp')}(-({u}))))"


class Softplus(Function):
    """log(1+exp(u)), printed overflow-free (numpy.logaddexp(0, u))."""
    nargs = 1

    def fdiff(self, argindex=1):
        return Sigmoid(self.args[0])

    def _numpycode(self, printer):
        return f"{printer._module_format('numpy.logaddexp')}(0.0, {_args(printer, *self.args)})"

    def _mpmathcode(self, printer):
        u = printer._print(self.args[0])
        return f"{printer._module_format('mpmath.log1p')}({printer._module_format('mpmath.exp')}({u}))"


class Tanh(Function):
    """tanh(u) whose derivative is Sech2(u), not SymPy's 1 - tanh(u)^2 (which cancels to 0 for |u| > 19:
    E[tanh'] at mu = 20 came out 4.8e-40 instead of 1.7e-17)."""
    nargs = 1

    def fdiff(self, argindex=1):
        return Sech2(self.args[0])

    def _numpycode(self, printer):
        return f"{printer._module_format('numpy.tanh')}({_args(printer, *self.args)})"

    def _mpmathcode(self, printer):
        return f"{printer._module_format('mpmath.tanh')}({_args(printer, *self.args)})"


class Sech2(Function):
    """sech(u)^2 = 1/cosh(u)^2 (derivative of tanh), printed without cancellation; d/du = -2 tanh(u) sech(u)^2."""
    nargs = 1

    def fdiff(self, argindex=1):
        return -2 * Tanh(self.args[0]) * Sech2(self.args[0])

    def _numpycode(self, printer):
        return f"{printer._module_format('numpy.cosh')}({_args(printer, *self.args)})**(-2.0)"

    def _mpmathcode(self, printer):
        return f"{printer._module_format('mpmath.sech')}({_args(printer, *self.args)})**2"


def _pair_saturating(add):
    """Sums whose terms saturate to a constant: r s(u) - r -> -r s(-u) (s = Sigmoid) and
    r tanh(u) -+ r -> -+2r Sigmoid(-+2u), r Softplus(u) - r u -> r Softplus(-u): the remainder of a sigmoid/tanh/silu/softplus/mish after
    its asymptote (and its derivatives) keep relative accuracy in the tail instead of cancelling."""
    args = list(add.args)
    for term in list(args):
        funcs = [f for f in sympy.Mul.make_args(term) if isinstance(f, (Sigmoid, Tanh, Softplus))]
        if len(funcs) != 1 or term not in args:
            continue
        f = funcs[0]
        rest, u = term / f, f.args[0]
        if isinstance(f, Sigmoid):
            options = ((-rest, -rest * Sigmoid(-u)),)
        elif isinstance(f, Softplus):                      # log(1 + e^u) - u = log(1 + e^-u)
            options = ((sympy.expand(-rest * u), rest * Softplus(-u)),)
        else:
            options = ((-rest, -2 * rest * Sigmoid(-2 * u)), (rest, 2 * rest * Sigmoid(2 * u)))
        for partner, stable in options:
            if partner in args:
                args.remove(term)
                args.remove(partner)
                args.append(stable)
                break
    return sympy.Add(*args)


def pair_saturating(expr):
    """Apply _pair_saturating to every sum in expr (see there)."""
    return expr.replace(lambda e: isinstance(e, sympy.Add) and e.has(Sigmoid, Tanh, Softplus), _pair_saturating)


class Expm1(Function):
    """exp(u) - 1, printed as expm1 (ELU near 0: alpha e^x - alpha would lose digits)."""
    nargs = 1

    def fdiff(self, argindex=1):
        return sympy.exp(self.args[0])

    def _numpycode(self, printer):
        return f"{printer._module_format('numpy.expm1')}({_args(printer, *self.args)})"

    def _mpmathcode(self, printer):
        return f"{printer._module_format('mpmath.expm1')}({_args(printer, *self.args)})"


def _pair_expm1(add):
    """c exp(u) - c inside a sum -> c Expm1(u)."""
    args = list(add.args)
    for term in list(args):
        coef, rest = term.as_independent(X, as_Add=False)
        if isinstance(rest, sympy.exp) and -coef in args and term in args:
            args.remove(term)
            args.remove(-coef)
            args.append(coef * Expm1(rest.args[0]))
    return sympy.Add(*args)


def _pair_erf(add):
    """r erf(u) + r -> 2 r Phi(sqrt2 u) and r erf(u) - r -> -2 r Phi(-sqrt2 u) inside a sum (r may hold x):
    Phi (printed stably) keeps relative accuracy in its tail where 1 + erf(u) cancels (gelu(-20) = -5.5e-88, not -0.0)."""
    args = list(add.args)
    for term in list(args):
        erfs = [f for f in sympy.Mul.make_args(term) if isinstance(f, sympy.erf)]
        if len(erfs) != 1 or term not in args:
            continue
        rest = term / erfs[0]
        u = erfs[0].args[0]
        for partner, cdf in ((rest, 2 * rest * NormCdf(sympy.sqrt(2) * u)),
                             (-rest, -2 * rest * NormCdf(-sympy.sqrt(2) * u))):
            if partner in args and partner != term:
                args.remove(term)
                args.remove(partner)
                args.append(cdf)
                break
    return sympy.Add(*args)


def _as_quotient(c):
    """Quotient(t - MU, SIGMA) (or +-Quotient(MU, SIGMA)) for a tail argument c = +-(t - MU)/SIGMA at a
    kink t, else None. The numerator t - mu is one subtraction (exact for mu near t)."""
    for sign in (1, -1):
        if sympy.expand(c - sign * MU / SIGMA) == 0:
            return sign * Quotient(MU, SIGMA)
    num = sympy.expand(c * SIGMA)
    if num.free_symbols == {MU} and sympy.diff(num, MU) in (S.One, S.NegativeOne) and num.is_polynomial(MU):
        return Quotient(num, SIGMA)
    return None


def double_double_in_tails_only(expr):
    """Tail arguments +-mu/sigma become Quotient(mu, sigma); then keep SqrtQuotient and Quotient (double-double
    values when printed for numpy) only as the argument of a GaussTail or of phi(q) = NormPdf(q) (both lose
    ~q^2 eps relative to a rounded q: 1.4e-13 at q = 35); everywhere else (coefficients after d/dmu) use
    the plain quotient."""
    expr = expr.xreplace({t: GaussTail(t.args[0], _as_quotient(t.args[1]), t.args[2])
                          for t in expr.atoms(GaussTail) if _as_quotient(t.args[1]) is not None})
    expr = expr.xreplace({t: NormPdf(_as_quotient(t.args[0]))
                          for t in expr.atoms(NormPdf) if _as_quotient(t.args[0]) is not None})
    quotients = expr.atoms(SqrtQuotient) | expr.atoms(Quotient)
    if not quotients:
        return expr
    kinds = (SqrtQuotient, Quotient)
    tails = {t: sympy.Dummy() for t in expr.atoms(GaussTail) if t.args[1].has(*kinds)}
    tails.update({t: sympy.Dummy() for t in expr.atoms(NormPdf) if isinstance(t.args[0], kinds)})
    body = expr.xreplace(tails).xreplace({q: q.plain() for q in quotients})
    return body.xreplace({d: t for t, d in tails.items()})


def textbook(expr):
    """Replace the kernel blocks by their Phi/phi forms (for display, not for evaluation)."""
    expr = expr.replace(lambda e: isinstance(e, SqrtQuotient), lambda e: e.plain())
    return expr.replace(lambda e: isinstance(e, (GaussTail, PhiBlend, TailExpDiff)), lambda e: e.textbook())


def stabilize(expr):
    """Rewrite log(1+exp(u)) -> Softplus(u), 1/(1+exp(v)) -> Sigmoid(-v), tanh -> Tanh (derivative Sech2),
    saturating sums (pair_saturating), c e^u - c -> c Expm1(u),
    c erf(u) +- c -> +-2c Phi(+-sqrt2 u) for printing."""
    def is_softplus(e):
        return isinstance(e, sympy.log) and _one_plus_exp(e.args[0]) is not None

    def is_sigmoid(e):
        return isinstance(e, sympy.Pow) and e.exp == -1 and _one_plus_exp(e.base) is not None

    expr = expr.replace(is_softplus, lambda e: Softplus(_one_plus_exp(e.args[0])))
    expr = expr.replace(is_sigmoid, lambda e: Sigmoid(-_one_plus_exp(e.base)))
    expr = pair_saturating(expr.replace(sympy.tanh, Tanh))
    expr = expr.replace(lambda e: isinstance(e, sympy.Add) and e.has(sympy.erf), _pair_erf)
    return expr.replace(lambda e: isinstance(e, sympy.Add) and e.has(sympy.exp), _pair_expm1)


def unstabilize(expr):
    """Inverse of ``stabilize`` (stock SymPy functions): for printers without the numpy/mpmath hooks
    (torch, jax, cupy), which print erf/exp/log natively."""
    return expr.replace(lambda e: isinstance(e, (NormCdf, Sigmoid, Softplus, Expm1, Tanh, Sech2)), lambda e: {
        NormCdf: lambda u: (1 + sympy.erf(u / sympy.sqrt(2))) / 2,
        Tanh: sympy.tanh,
        Sech2: lambda u: 1 - sympy.tanh(u) ** 2,
        Sigmoid: lambda u: 1 / (1 + sympy.exp(-u)),
        Softplus: lambda u: sympy.log(1 + sympy.exp(u)),
        Expm1: lambda u: sympy.exp(u) - 1}[type(e)](e.args[0]))


def _one_plus_exp(e):
    """u if e == 1 + exp(u), else None."""
    if isinstance(e, sympy.Add) and len(e.args) == 2 and S.One in e.args:
        other = e.args[0] if e.args[1] == S.One else e.args[1]
        if isinstance(other, sympy.exp):
            return other.args[0]
    return None


__all__ = ["X", "MU", "SIGMA", "NormCdf", "NormPdf", "GaussTail", "TailExpDiff", "SqrtQuotient", "PhiBlend", "Sigmoid", "Softplus",
           "Tanh", "Sech2", "pair_saturating", "textbook", "stabilize", "unstabilize", "double_double_in_tails_only"]
