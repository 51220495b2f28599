"""Integral-rule engine: E[x^n act(x)] and E[act^(m)(x)], x ~ N(mu, sigma^2), in closed form.

No ``sympy.integrate`` (it hangs, DESIGN 8). The activation is split into pieces on
intervals (``decompose``); each piece is expanded into terms  coef * x^k * B(x) with a
block B recognised by a rule (DESIGN 1):

    B = 1            polynomial:  half line  E[q(x) 1{x>t}] = sum_j q_j D_j(c),
                     q(t + s tau) = sum_j q_j tau^j, c = (t - mu)/s  (D_j = GaussTail, one
                     positive term per j: no tail cancellation); lower half line with
                     q(t - s tau) and D_j(-c); whole line: raw normal moments.
    B = exp(a x + b) the same with mean mu' = mu + a s^2 and log-prefactor
                     L = b + a mu + a^2 s^2/2 passed into the tail (never overflows alone).
    B = Phi(a x + b) whole line only (erf(u) = 2 Phi(sqrt2 u) - 1): with x = mu + s z,
                     A = a s, B = a mu + b:  J_0 = Phi(q), q = B/sqrt(1+A^2);
                     J_i = E[z^i Phi(Az+B)] = (i-1) J_(i-2) + A E[z^(i-1) phi(Az+B)],
                     E[z^m phi(Az+B)] = phi(q)/sqrt(1+A^2) E[w^m], w ~ N(-AB/(1+A^2), 1/(1+A^2)).
                     Result P Phi(q) + Q phi(q) = PhiBlend(P, Q, q).

Every other term is *residual*: it goes numeric, as the closed-form asymptote of
``gaussym.symbolic.asymptote.split_asymptote`` plus an exponentially decaying remainder
integrated by ``gaussym.kernels.quadrature.remainder_moments``.

Expected derivatives: E[act^(m)(x)] = d^m/dmu^m E[act(x)] (exact, applied to the closed
form, so no Hermite cancellation for small sigma); for the numeric remainder r, the
classical derivative integrated numerically plus jump terms at its breakpoints t:
E[delta_t^(j)] = sigma^(-j-1) He_j(c) phi(c), c = (t - mu)/sigma.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import sympy
from sympy import Add, Mul, S, binomial, factorial2, sqrt

from gaussym.symbolic.decompose import _SWITCHES, Piece, decompose, switch_symbols
from gaussym.symbolic.functions import (MU, SIGMA, X, GaussTail, NormCdf, NormPdf, PhiBlend,
                                        Shift, SqrtQuotient, TailExpDiff, textbook)

__all__ = ["MU", "SIGMA", "X", "Derivation", "derive", "activation_moment_formula",
           "expected_derivative_formula", "describe_activation", "builtin_expression",
           "raw_moment", "canonical"]


# ----------------------------------------------------------------------------- rules
def raw_moment(N: int, mean, s=SIGMA):
    """E[(mean + s z)^N] = sum_(j even) C(N,j) mean^(N-j) s^j (j-1)!!  (all terms one sign)."""
    return Add(*[binomial(N, j) * mean ** (N - j) * s ** j * factorial2(j - 1) for j in range(0, N + 1, 2)])


def _shifted_coeffs(coef, N, t, s):
    """Coefficients q_j of q(t + s tau) = coef * (t + s tau)^N in tau."""
    if t == 0:
        return {N: coef * s ** N}
    return {j: coef * binomial(N, j) * t ** (N - j) * s ** j for j in range(N + 1)}


def _half_line(coef, N, t, upper: bool, mean, L, s=SIGMA):
    """E[coef x^N 1{x>t}] (upper) or 1{x<t}, x ~ N(mean, s^2), times e^L."""
    if upper:
        c = (t - mean) / s
        return Add(*[q * GaussTail(j, c, L) for j, q in _shifted_coeffs(coef, N, t, s).items()])
    c = (mean - t) / s
    return Add(*[q * GaussTail(j, c, L) for j, q in _shifted_coeffs(coef, N, t, -s).items()])


def _edge_poly_moment(poly, piece, mu=MU, s=SIGMA):
    """E[poly(x) 1{x in piece}] for a polynomial on a half line with a finite edge t != 0, or None.

    Per monomial (``_interval``), x^(n+1) and -t x^n cancel like t/sigma wherever poly has a root at
    the edge (a shifted relu, ``where(x > 1, x - 1, 0)``: 2e-13 at sigma = 1e-3, 2e-12 in its tail).
    Here poly is expanded about the edge, poly(t + y) = sum_j q_j y^j, and
    E[(x - t)^j 1{x > t}] = s^j D_j((t - mu)/s) (the tail away from the mean, all terms of one sign);
    with the mean inside the piece the complement is taken from the whole-line moment expanded about
    mu, E[poly(mu + s z)] = sum_j poly^(j)(mu) s^j E[z^j]/j! with poly^(j)(mu) in powers of mu - t
    (``Shift``: exact near the edge), minus the tail outside."""
    if piece.whole_line or (piece.lo != S.NegativeInfinity and piece.hi != S.Infinity):
        return None
    t = piece.lo if piece.hi == S.Infinity else piece.hi
    if t == 0 or not t.is_number:
        return None
    y = sympy.Dummy("y")
    q = sympy.Poly(sympy.expand(poly.subs(X, t + y)), y)
    degree = q.degree()
    coeffs = {j: q.coeff_monomial(y ** j) for j in range(degree + 1)}
    right = Add(*[c * s ** j * GaussTail(j, (t - mu) / s, S.Zero) for j, c in coeffs.items()])
    left = Add(*[c * (-s) ** j * GaussTail(j, (mu - t) / s, S.Zero) for j, c in coeffs.items()])
    d = Shift(mu, t)                     # poly^(j)(mu) in powers of mu - t (exact near the edge)
    whole = Add(*[Add(*[c * sympy.ff(i, j) * d ** (i - j) for i, c in coeffs.items() if i >= j])
                  * s ** j * factorial2(j - 1) / sympy.factorial(j) for j in range(0, degree + 1, 2)])
    if piece.hi == S.Infinity:           # (t, inf)
        return sympy.Piecewise((right, mu < t), (whole - left, True))
    return sympy.Piecewise((left, mu > t), (whole - right, True))


def _poly_grouped_moment(terms, n, piece, mu=MU, s=SIGMA):
    """(sum over the 'poly' terms of E[x^n term 1{piece}] by _edge_poly_moment, remaining terms), or
    (0, terms) when the rule does not apply (whole line, finite interval, edge at 0, < 2 monomials)."""
    polys = [t for t in terms if t.kind == "poly"]
    if len(polys) < 2:
        return S.Zero, terms
    value = _edge_poly_moment(X ** n * Add(*[t.coef * X ** t.k for t in polys]), piece, mu, s)
    if value is None:
        return S.Zero, terms
    return value, [t for t in terms if t.kind != "poly"]


def _interval(coef, N, lo, hi, mean, L, s=SIGMA):
    """E[coef x^N 1{lo<x<hi}] e^L, x ~ N(mean, s^2), using only tails on the side AWAY from the mean.

    A tail expansion about t towards the mean, q(t + s tau) with D_j(c) ~ |c|^j, would cancel like a
    binomial sum of alternating terms; so when the mean lies inside the interval the result is
    the whole-line moment minus the tails outside (t = 0 half lines need no branch: one term).
    """
    raw = sympy.exp(L) * coef * raw_moment(N, mean, s)
    if lo == S.NegativeInfinity and hi == S.Infinity:
        return raw
    if lo == S.NegativeInfinity:
        lower = _half_line(coef, N, hi, False, mean, L, s)
        if hi == 0:
            return lower
        return sympy.Piecewise((lower, mean > hi), (raw - _half_line(coef, N, hi, True, mean, L, s), True))
    if hi == S.Infinity:
        upper = _half_line(coef, N, lo, True, mean, L, s)
        if lo == 0:
            return upper
        return sympy.Piecewise((upper, mean < lo), (raw - _half_line(coef, N, lo, False, mean, L, s), True))
    below = _half_line(coef, N, lo, True, mean, L, s) - _half_line(coef, N, hi, True, mean, L, s)
    above = _half_line(coef, N, hi, False, mean, L, s) - _half_line(coef, N, lo, False, mean, L, s)
    inside = raw - _half_line(coef, N, lo, False, mean, L, s) - _half_line(coef, N, hi, True, mean, L, s)
    return sympy.Piecewise((below, mean <= lo), (above, mean >= hi), (inside, True))


def _cdf_block(coef, N, a, b, mu=MU, s=SIGMA):
    """E[coef x^N Phi(a x + b)] on the whole line as a PhiBlend (J_i recursion; display form)."""
    z = sympy.Dummy("z")
    A, B = a * s, a * mu + b
    r2 = 1 + A ** 2
    q = B / sqrt(r2)
    wmean, wvar = -A * B / r2, 1 / r2
    # J[i] = (P_i, Q_i) meaning P_i Phi(q) + Q_i phi(q)
    J = [(S.One, S.Zero)]
    for i in range(1, N + 1):
        P_prev, Q_prev = J[i - 2] if i >= 2 else (S.Zero, S.Zero)
        phi_moment = raw_moment(i - 1, wmean, sqrt(wvar)) / sqrt(r2)
        J.append(((i - 1) * P_prev, (i - 1) * Q_prev + A * phi_moment))
    poly = sympy.Poly(sympy.expand(coef * (mu + s * z) ** N), z)
    P = Add(*[poly.coeff_monomial(z ** i) * J[i][0] for i in range(N + 1)])
    Q = Add(*[poly.coeff_monomial(z ** i) * J[i][1] for i in range(N + 1)])
    return PhiBlend(_tidy(P), _tidy(Q), q)


def _cdf_block_tails(coef, N, a, b, mu=MU, s=SIGMA, centered=False):
    """E[coef x^N Phi(a x + b)] as Gaussian tails in the rotated variable (kernel form).

    Phi(a x + b) = P(w <= a x + b), w ~ N(0,1) independent; v = (a x + b - w)... precisely
    v = (w - A z)/r, r = sqrt(1 + A^2), A = a s, x = mu + s z, so Phi(ax+b) = P(v <= q | z),
    q = (a mu + b)/r, and x | v ~ N(m(v), s^2/r^2), m(v) = mu - (A s/r) v. Hence
    E[x^N Phi] = E[M_N(v) 1{v < q}], M_N(v) = E[x^N | v] a polynomial in v:
      q < 0:  sum_k g_k D_k(-q),       M_N(q - tau) = sum_k g_k tau^k
      q >= 0: E[x^N] - sum_k h_k D_k(q), M_N(q + tau) = sum_k h_k tau^k
    Every D_k keeps relative accuracy deep in the tail (no P Phi + Q phi cancellation).

    centered: E[coef x^N (Phi(a x + b) - 1/2)] (erf = 2 (Phi(sqrt2 x) - 1/2)); for |q| <= 1 as
    (1/2) E[M_N(v) sign(q - v)] = (1/2) sum_k h_k ((-1)^k D_k(-q) - D_k(q)), the even-k differences
    by TailExpDiff(k, q, -2q, 0) (series near q = 0), so no O(E[x^N]) offset cancels when the
    activation is small where the Gaussian lives (erf near 0, tiny sigma).
    """
    A = a * s
    r = sqrt(1 + A ** 2)
    q = (a * mu + b) / r
    m_q = sympy.cancel(mu - a * s ** 2 * (a * mu + b) / (1 + A ** 2))   # m(q) = (mu - a b s^2)/(1 + A^2)
    slope = A * s / r                                                  # dm/dv = -slope
    cond_sd = s / r

    def coefficients(sign):
        return [coef * Add(*[binomial(N, j) * factorial2(j - 1) * cond_sd ** j * binomial(N - j, i)
                             * m_q ** (N - j - i) for j in range(0, N - i + 1, 2)]) * (sign * slope) ** i
                for i in range(N + 1)]

    # q as a double-double quotient for the tails: q = sign(a) (mu + b/a) / sqrt(1/a^2 + s^2)
    q_tail = q
    if s == SIGMA and a.is_number and a != 0:
        q_tail = sympy.sign(a) * SqrtQuotient(mu + b / a, 1 / a ** 2, s)

    def tails(sign):
        # v = q - sign*tau  ->  m = m_q + sign*slope*tau; tau^i coefficient of E[x^N | v] taken
        # term by term from the binomial sums (no symbolic expand):
        #   sum_(j even) C(N,j) (j-1)!! sd^j C(N-j,i) m_q^(N-j-i) (sign slope)^i
        c = -q_tail if sign > 0 else q_tail
        out = []
        for i in range(N + 1):
            g = Add(*[binomial(N, j) * factorial2(j - 1) * cond_sd ** j * binomial(N - j, i) * m_q ** (N - j - i)
                      for j in range(0, N - i + 1, 2)])
            out.append(coef * g * (sign * slope) ** i * GaussTail(i, c, S.Zero))
        return Add(*out)

    raw = coef * raw_moment(N, mu, s)
    if not centered:
        return sympy.Piecewise((tails(+1), q < 0), (raw - tails(-1), True))
    h = coefficients(-1)
    middle = Add(*[(hk * TailExpDiff(k, q, -2 * q, S.Zero) if k % 2 == 0 else
                    -hk * (GaussTail(k, -q, S.Zero) + GaussTail(k, q, S.Zero))) for k, hk in enumerate(h)]) / 2
    return sympy.Piecewise((tails(+1) - raw / 2, q < -1), (raw / 2 - tails(-1), q > 1), (middle, True))


def _tidy(e):
    return sympy.factor_terms(sympy.expand(e))


# ----------------------------------------------------------------------------- terms
@dataclass(frozen=True)
class Term:
    """coef * x^k * block; kind in {'poly', 'exp', 'cdf', 'residual'}; (a, b) of the block argument."""
    coef: sympy.Expr
    k: int
    kind: str
    a: sympy.Expr = S.Zero
    b: sympy.Expr = S.Zero
    expr: sympy.Expr = S.Zero


def canonical(expr):
    """erf(u) -> 2 Phi(sqrt2 u) - 1, erfc(u) -> 2 Phi(-sqrt2 u); expand into a sum of terms."""
    expr = expr.replace(sympy.erf, lambda u: 2 * NormCdf(sqrt(2) * u) - 1)
    expr = expr.replace(sympy.erfc, lambda u: 2 * NormCdf(-sqrt(2) * u))
    return sympy.expand(expr)


def _linear(u, x=X):
    """(a, b) with u = a x + b, or None."""
    try:
        poly = sympy.Poly(u, x)
    except sympy.PolynomialError:
        return None
    if poly.degree() > 1:
        return None
    a, b = (poly.all_coeffs() if poly.degree() == 1 else [S.Zero, poly.all_coeffs()[0]])
    return (a, b) if not (a.has(x) or b.has(x)) else None


def classify(term, x=X) -> Term:
    coef, k, exps, cdfs, other = S.One, 0, [], [], []
    for f in Mul.make_args(term):
        if not f.has(x):
            coef *= f
        elif f == x:
            k += 1
        elif isinstance(f, sympy.Pow) and f.base == x and f.exp.is_Integer and f.exp > 0:
            k += int(f.exp)
        elif isinstance(f, sympy.exp) and _linear(f.args[0], x):
            exps.append(_linear(f.args[0], x))
        elif isinstance(f, NormCdf) and _linear(f.args[0], x):
            cdfs.append(_linear(f.args[0], x))
        else:
            other.append(f)
    if other or len(exps) > 1 or len(cdfs) > 1 or (exps and cdfs):
        return Term(S.One, 0, "residual", expr=term)
    if exps:
        return Term(coef, k, "exp", *exps[0], expr=term)
    if cdfs:
        return Term(coef, k, "cdf", *cdfs[0], expr=term)
    return Term(coef, k, "poly", expr=term)


def pair_expm1(terms: list) -> list:
    """Merge c x^k e^(ax+b) with -c e^b x^k into one 'expm1' term c e^b x^k (e^(ax) - 1)."""
    out = list(terms)
    for e in [t for t in terms if t.kind == "exp"]:
        scale = e.coef * sympy.exp(e.b)
        match = next((p for p in out if p.kind == "poly" and p.k == e.k
                      and sympy.simplify(p.coef + scale) == 0), None)
        if match is not None and e in out:
            out.remove(match)
            out.remove(e)
            out.append(Term(scale, e.k, "expm1", e.a, S.Zero, e.expr + match.expr))
    return out


def pair_centered_cdf(terms: list) -> list:
    """Merge c x^k Phi(ax+b) with -c/2 x^k into one 'cdf_centered' term c x^k (Phi(ax+b) - 1/2)."""
    out = list(terms)
    for t in [t for t in terms if t.kind == "cdf"]:
        match = next((p for p in out if p.kind == "poly" and p.k == t.k and sympy.simplify(p.coef + t.coef / 2) == 0),
                     None)
        if match is not None and t in out:
            out.remove(match)
            out.remove(t)
            out.append(Term(t.coef, t.k, "cdf_centered", t.a, t.b, t.expr + match.expr))
    return out


def _half_line_expm1(coef, N, t, upper: bool, a, mu=MU, s=SIGMA):
    """E[coef x^N (e^(ax) - 1) 1{x>t or x<t}] = sum_j q_j (e^L D_j(c + h) - D_j(c)), h = -+a s."""
    L = a * mu + a ** 2 * s ** 2 / 2
    c, h, sgn = ((t - mu) / s, -a * s, s) if upper else ((mu - t) / s, a * s, -s)
    return Add(*[q * TailExpDiff(j, c, h, L) for j, q in _shifted_coeffs(coef, N, t, sgn).items()])


def term_moment(term: Term, n: int, piece: Piece, mu=MU, s=SIGMA, display: bool = False):
    """E[x^n term 1{piece}] in closed form, or None when no rule applies.

    display: Phi blocks in the textbook P Phi(q) + Q phi(q) form instead of the kernel (tail) form.
    """
    N = n + term.k
    if term.kind == "expm1":
        if piece.lo == S.NegativeInfinity and piece.hi != S.Infinity:
            return _half_line_expm1(term.coef, N, piece.hi, False, term.a, mu, s)
        if piece.hi == S.Infinity and piece.lo != S.NegativeInfinity:
            return _half_line_expm1(term.coef, N, piece.lo, True, term.a, mu, s)
        return (term_moment(Term(term.coef, term.k, "exp", term.a), n, piece, mu, s)
                - term_moment(Term(term.coef, term.k, "poly"), n, piece, mu, s))
    if term.kind == "poly":
        return _interval(term.coef, N, piece.lo, piece.hi, mu, S.Zero, s)
    if term.kind == "exp":
        a, b = term.a, term.b
        L = b + a * mu + a ** 2 * s ** 2 / 2
        return _interval(term.coef, N, piece.lo, piece.hi, mu + a * s ** 2, L, s)
    if term.kind == "cdf" and piece.whole_line:
        return (_cdf_block if display else _cdf_block_tails)(term.coef, N, term.a, term.b, mu, s)
    if term.kind == "cdf_centered" and piece.whole_line:
        if display:
            return _cdf_block(term.coef, N, term.a, term.b, mu, s) - term.coef * raw_moment(N, mu, s) / 2
        return _cdf_block_tails(term.coef, N, term.a, term.b, mu, s, centered=True)
    return None


# ----------------------------------------------------------------------------- derivation
@dataclass
class PieceReport:
    interval: str
    expr: str
    closed: list = field(default_factory=list)    # str of terms with closed forms
    numeric: list = field(default_factory=list)   # (term, reason)


@dataclass
class Derivation:
    """Everything codegen needs: closed-form parts per n / m, residual and numeric pieces."""
    expr: sympy.Expr
    params: dict
    pieces: list
    closed_pieces: list          # [(Piece, [Term])] terms with rules
    residual: sympy.Expr         # stock SymPy expression left for the numeric path (0 if none)
    reports: list
    asymptote: object = None     # split_asymptote result for the residual (None if no residual)
    asymptote_pieces: list = field(default_factory=list)   # [(Piece, [Term])] all 'poly'
    remainder_pieces: list = field(default_factory=list)   # [Piece] of residual - asymptote
    residual_pieces: list = field(default_factory=list)    # [Piece] of the residual

    @property
    def has_numeric(self) -> bool:
        return self.residual != 0

    @property
    def baked_params(self) -> tuple:
        """Parameters fixed at their values in the kernels: all of them when a numeric remainder
        exists, else those that move a breakpoint (the pieces were cut at their values)."""
        if self.has_numeric:
            return tuple(sorted(self.params))
        return tuple(sorted(switch_symbols(self.expr) & set(self.params)))

    def closed_moment(self, n: int, mu=MU, s=SIGMA, display: bool = False):
        """Closed-form part of E[x^n act(x)] (activation terms with rules + residual's asymptote)."""
        total = S.Zero
        for piece, terms in self.closed_pieces + self.asymptote_pieces:
            if not display:
                grouped, terms = _poly_grouped_moment(terms, n, piece, mu, s)
                total += grouped
            for term in terms:
                total += term_moment(term, n, piece, mu, s, display)
        return merge_blends(total)

    def closed_derivative(self, m: int, mu=MU, s=SIGMA, display: bool = False):
        """Closed-form part of E[act^(m)(x)].

        One smooth piece (whole line, e.g. Phi blocks): d^m/dmu^m of E[act(x)] (exact).
        Several pieces: E of the classical m-th derivative of each piece's rule terms and of the
        residual's asymptote pieces (same rules, n = 0), plus the jumps J_j(t) of act^(j) at each
        breakpoint t times E[delta_t^(m-1-j)] = s^(j-m) He_(m-1-j)(c) phi(c), c = (t - mu)/s.
        No difference of nearly equal tails appears (unlike d/dmu of e.g. ELU's e^L D(c+h) - D(c)).
        The remainder's classical derivative is integrated numerically by the kernel module.
        """
        if m == 0:
            return self.closed_moment(0, mu, s, display)
        total = S.Zero
        for piece, terms in self.closed_pieces:
            if piece.whole_line:     # smooth on the line: differentiate the closed form in mu
                total += sympy.diff(Add(*[term_moment(t, 0, piece, mu, s, display) for t in terms]), mu, m)
            else:
                total += _classical_derivative_moment(piece, Add(*[t.expr for t in terms]), m, mu, s)
        for piece, terms in self.asymptote_pieces:
            total += _classical_derivative_moment(piece, Add(*[t.expr for t in terms]), m, mu, s)
        for t, jumps in self.jumps(m).items():
            c = (t - mu) / s
            for j, J in enumerate(jumps):
                k = m - 1 - j
                total += J * s ** (-k - 1) * sympy.hermite_prob(k, c) * NormPdf(c)
        return merge_blends(total)

    def split_exp_pieces(self):
        """The exp blocks on half lines and finite intervals that decay away from their edges, as
        [(Piece, expr, window)], or None when there are none or one of them does not decay (then the
        split route is unavailable). Their derivatives are taken by the Hermite relation on quadrature
        (E[g(x) He_m(z)] / s^m) instead of classical derivative + jump terms, which cancel for s >> 1
        (elu: O(1/s) terms summing to O(s^-(m+1)))."""
        out = []
        for piece, terms in self.closed_pieces:
            if piece.whole_line:
                continue
            exps = [t for t in terms if t.kind in ("exp", "expm1")]
            if not exps:
                continue
            expr = S.Zero
            lo, hi = piece.lo, piece.hi
            for t in exps:
                a = t.a
                if not (a.is_number and a.is_real and a != 0):
                    return None
                b = t.b if t.kind == "exp" else S.Zero
                expr += t.coef * X ** t.k * sympy.exp(a * X + b)
                width = (40 + 5 * t.k) / abs(float(a))
                if lo == S.NegativeInfinity and hi != S.Infinity:
                    if a < 0:
                        return None
                    window = (float(hi) - width, float(hi))
                elif hi == S.Infinity and lo != S.NegativeInfinity:
                    if a > 0:
                        return None
                    window = (float(lo), float(lo) + width)
                else:
                    window = (float(lo), float(hi))
            out.append((piece, expr, window))
        return out or None

    def split_moment(self, mu=MU, s=SIGMA):
        """E[act(x) - g(x)] in closed form, g = the exp blocks of :meth:`split_exp_pieces` and the
        numeric remainder: the closed-form terms without exp blocks on pieces (the -c x^k of an expm1
        block stays), plus the residual's asymptote. Its mu-derivatives are exact tail forms."""
        split_exp = self.split_exp_pieces() is not None
        total = S.Zero
        for piece, terms in self.closed_pieces + self.asymptote_pieces:
            if split_exp and not piece.whole_line:
                terms = [Term(-t.coef, t.k, "poly") if t.kind == "expm1" else t for t in terms if t.kind != "exp"]
            grouped, terms = _poly_grouped_moment(terms, 0, piece, mu, s)
            total += grouped
            for term in terms:
                total += term_moment(term, 0, piece, mu, s)
        return merge_blends(total)

    def jumps(self, m: int) -> dict:
        """{t: [J_0 .. J_(m-1)]}: jumps act^(j)(t+) - act^(j)(t-) of the activation at its breakpoints."""
        out = {}
        for left, right in zip(self.pieces[:-1], self.pieces[1:]):
            t = left.hi
            jumps = [sympy.simplify((sympy.diff(right.expr, X, j) - sympy.diff(left.expr, X, j)).subs(X, t))
                     for j in range(m)]
            if any(J != 0 for J in jumps):
                out[t] = jumps
        return out

    def piecewise(self, pieces=None, x=X):
        """The activation (or given pieces) as one Piecewise over the intervals."""
        pieces = self.pieces if pieces is None else pieces
        return pieces_to_piecewise(pieces, x)


def _classical_derivative_moment(piece, expr, m, mu=MU, s=SIGMA):
    """E[expr^(m)(x) 1{x in piece}] for rule terms (derivatives of poly/exp terms stay poly/exp)."""
    total = S.Zero
    terms = [classify(t) for t in Add.make_args(canonical(sympy.diff(expr, X, m))) if t != 0]
    total, terms = _poly_grouped_moment(pair_expm1(terms), 0, piece, mu, s)
    for term in terms:
        value = term_moment(term, 0, piece, mu, s)
        if value is None:
            raise ValueError(f"no closed form for E[{term.expr}] on {piece.interval_text()}")
        total += value
    return total


def pieces_to_piecewise(pieces, x=X):
    if len(pieces) == 1:
        return pieces[0].expr
    branches = [(p.expr, x < p.hi) for p in pieces[:-1]]
    return sympy.Piecewise(*branches, (pieces[-1].expr, True))


def merge_blends(expr):
    """Collect c_i * PhiBlend(P_i, Q_i, q) with equal q into PhiBlend(sum c_i P_i, sum c_i Q_i, q)."""
    expr = sympy.expand(expr, deep=False, mul=True, multinomial=False, power_exp=False, power_base=False, log=False)
    groups, rest = {}, []
    for term in Add.make_args(expr):
        blends = [f for f in Mul.make_args(term) if isinstance(f, PhiBlend)]
        if len(blends) != 1:
            rest.append(term)
            continue
        blend = blends[0]
        c = term / blend
        P, Q, q = blend.args
        acc = groups.setdefault(q, [S.Zero, S.Zero])
        acc[0] += c * P
        acc[1] += c * Q
    merged = [PhiBlend(_tidy(P), _tidy(Q), q) for q, (P, Q) in groups.items()]
    return Add(*rest, *merged)


def derive(expr, params: dict | None = None, *, numeric: bool = True) -> Derivation:
    """Decompose ``expr`` (SymPy in X), classify its terms, split the residual for the numeric path."""
    params = dict(params or {})
    pieces = decompose(expr, params)
    # switch-free summands live on the whole line (keeps e.g. x*erf(x) + relu(x) in closed form)
    smooth = Add(*[t for t in Add.make_args(expr) if not t.has(*_SWITCHES)])
    switched = expr - smooth
    work = ([Piece(S.NegativeInfinity, S.Infinity, smooth)] if smooth != 0 else []) + \
        (decompose(switched, params) if switched != 0 else [])
    closed_pieces, residual_pieces, reports = [], [], []
    for piece in work:
        report = PieceReport(piece.interval_text(), str(piece.expr))
        terms, left = [], S.Zero
        for t in Add.make_args(canonical(piece.expr)):
            if t == 0:
                continue
            term = classify(t)
            if term.kind == "residual":
                left += t
                report.numeric.append((str(_stock(t)), "no integral rule for this factor"))
            elif term.kind == "cdf" and not piece.whole_line:
                left += t
                report.numeric.append((str(_stock(t)), "Phi/erf block on a half line has no elementary form"))
            else:
                terms.append(term)
                report.closed.append(str(_stock(t)))
        closed_pieces.append((piece, pair_centered_cdf(pair_expm1(terms))))
        residual_pieces.append(Piece(piece.lo, piece.hi, _stock(left)))
        reports.append(report)
    residual = Add(*[_on_interval(p) for p in residual_pieces if p.expr != 0])
    deriv = Derivation(expr, params, pieces, closed_pieces, residual, reports)
    deriv.residual_pieces = [Piece(p.lo, p.hi, p.expr.subs(_param_subs(params))) for p in residual_pieces]
    if numeric and deriv.has_numeric:
        _split_residual(deriv)
    return deriv


def _on_interval(piece):
    """piece.expr on (lo, hi), 0 elsewhere, as stock SymPy (Piecewise)."""
    conds = ([X > piece.lo] if piece.lo != S.NegativeInfinity else []) + \
        ([X < piece.hi] if piece.hi != S.Infinity else [])
    if not conds:
        return piece.expr
    return sympy.Piecewise((piece.expr, sympy.And(*conds)), (0, True))


def _stock(e):
    """Back to stock SymPy (NormCdf -> erf) for display and for split_asymptote."""
    return e.replace(NormCdf, lambda q: (1 + sympy.erf(q / sqrt(2))) / 2)


def _param_subs(params):
    return {sympy.Symbol(k, real=True): sympy.nsimplify(v) if isinstance(v, (int, float)) else v
            for k, v in params.items()}


def _split_residual(deriv: Derivation):
    from gaussym.symbolic.asymptote import split_asymptote

    residual = deriv.residual.subs(_param_subs(deriv.params))
    split = split_asymptote(residual, X)
    deriv.asymptote = split
    pieces = []
    for piece in decompose(split.asymptote, deriv.params):
        terms = [classify(t) for t in Add.make_args(canonical(piece.expr)) if t != 0]
        if any(t.kind not in ("poly",) for t in terms):
            raise ValueError(f"asymptote piece {piece.expr} on {piece.interval_text()} is not polynomial")
        pieces.append((piece, terms))
    deriv.asymptote_pieces = pieces
    deriv.remainder_pieces = decompose(split.remainder, deriv.params)


# ----------------------------------------------------------------------------- public formulas
def builtin_expression(act, params=None):
    """(SymPy expression, params) for a built-in name or an expression string (safe parser)."""
    from gaussym.activations import ALIASES, BUILTIN_EXPRESSIONS
    from gaussym.symbolic.parse import parse_expression

    name = ALIASES.get(act, act)
    if name in BUILTIN_EXPRESSIONS:
        text, defaults = BUILTIN_EXPRESSIONS[name]
        merged = {**defaults, **(params or {})}
        return parse_expression(text, params=tuple(defaults)), merged
    params = dict(params or {})
    return parse_expression(act, params=tuple(params)), params


@lru_cache(maxsize=64)
def _derivation(act, params_items):
    expr, params = builtin_expression(act, dict(params_items))
    return derive(expr, params, numeric=False)


def _nice(expr):
    """Textbook form, collected over the Phi/phi/exp atoms with factored coefficients."""
    expr = sympy.expand(textbook(expr))
    atoms = sorted(expr.atoms(NormCdf, NormPdf, sympy.exp), key=sympy.default_sort_key)
    return sympy.collect(expr, atoms, func=sympy.factor) if atoms else sympy.factor(expr)


def activation_moment_formula(act, n, **params):
    """E[x^n act(x)], x ~ N(MU, SIGMA^2), in Phi/phi/exp form; numeric parts appear as E[...] placeholders."""
    d = _derivation(act, tuple(sorted(params.items())))
    expr = _nice(d.closed_moment(n, display=True))
    if d.has_numeric:
        expr += sympy.Function("E_numeric")(X ** n * d.residual)
    return expr


def expected_derivative_formula(act, m, **params):
    """E[act^(m)(x)], x ~ N(MU, SIGMA^2) = d^m/dmu^m E[act(x)], in Phi/phi/exp form."""
    d = _derivation(act, tuple(sorted(params.items())))
    expr = _nice(d.closed_derivative(m, display=True))
    if d.has_numeric:
        expr += sympy.Function("E_numeric")(sympy.Derivative(d.residual, X, m) if m else d.residual)
    return expr


def describe_activation(act, **params) -> str:
    """Text: the pieces, which terms got closed forms, which are numeric and why."""
    d = _derivation(act, tuple(sorted(params.items())))
    lines = [f"activation: {act}  =  {d.expr}"]
    for rep in d.reports:
        lines.append(f"  on x in {rep.interval}: {rep.expr}")
        for t in rep.closed:
            lines.append(f"    closed form : {t}")
        for t, why in rep.numeric:
            lines.append(f"    numeric     : {t}   ({why}; asymptote in closed form + "
                         f"decaying remainder by quadrature)")
    return "\n".join(lines)
