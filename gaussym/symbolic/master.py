"""Symbolic Master-Theorem coefficients (DESIGN 3).

For x, y_1..y_k jointly Gaussian with Var x > 0 and ANY function g,

    E[g(x) y_1 ... y_k] = sum_{m=0..k} c_m E[g(x) x^m],
    c_m = sum_{S subset [k], |S| = m} (prod_{i in S} a_i) * M_{[k] \\ S}(b, Omega).

Why: regress y_i = a_i x + b_i + e_i; the residual e is Gaussian, zero-mean and independent of
x, so expanding prod (a_i x + b_i + e_i) and averaging over e leaves powers of x times noncentral
moments M_T of the shifted residuals b + e ~ N(b, Omega).

Regression quantities (form="regression"), labels 1..k:
    a_i = Sigma_xi / sigma_x^2             (slope of y_i on x)
    b_i = mu_i - a_i mu_x                   (intercept)
    Omega_ij = Sigma_ij - Sigma_xi Sigma_xj / sigma_x^2   (residual covariance Cov(e_i, e_j))
Raw parameters (form="raw"): mu_x, sigma_x (standard deviation of x), mu_i = E y_i,
Sigma_ij = Cov(y_i, y_j), Sigma_xi = Cov(x, y_i).
"""
from __future__ import annotations

from itertools import combinations

import sympy

from gaussym.symbolic.moments import cov_symbol, mean_symbol, noncentral_moment_formula

MU_X = sympy.Symbol("mu_x", real=True)
SIGMA_X = sympy.Symbol("sigma_x", positive=True)
FORMS = ("regression", "raw")


def slope_symbol(i) -> sympy.Symbol:
    return sympy.Symbol(f"a_{i}", real=True)


def intercept_symbol(i) -> sympy.Symbol:
    return sympy.Symbol(f"b_{i}", real=True)


def residual_cov_symbol(i, j) -> sympy.Symbol:
    lo, hi = sorted((i, j))
    sep = "" if lo < 10 and hi < 10 else ","
    return sympy.Symbol(f"Omega_{lo}{sep}{hi}", real=True)


def xcov_symbol(i) -> sympy.Symbol:
    """Sigma_xi = Cov(x, y_i)."""
    return sympy.Symbol(f"Sigma_x{i}", real=True)


def regression_quantities(k: int) -> dict:
    """{a_i, b_i, Omega_ij: their expressions in the raw parameters} for i <= j in 1..k."""
    k = _check_k(k)
    raw = {}
    for i in range(1, k + 1):
        raw[slope_symbol(i)] = xcov_symbol(i) / SIGMA_X ** 2
    for i in range(1, k + 1):
        raw[intercept_symbol(i)] = mean_symbol(i) - xcov_symbol(i) * MU_X / SIGMA_X ** 2
    for i in range(1, k + 1):
        for j in range(i, k + 1):
            raw[residual_cov_symbol(i, j)] = cov_symbol(i, j) - xcov_symbol(i) * xcov_symbol(j) / SIGMA_X ** 2
    return raw


def master_theorem_coefficients_formula(k: int, form: str = "regression") -> list:
    """[c_0, ..., c_k] as SymPy expressions; ``form`` = "regression" or "raw" (see module doc).

    "raw" substitutes the regression quantities and expands, each c_m collected over the common
    denominator sigma_x^(2 m') so that the cancellations of the substitution are carried out.
    """
    k = _check_k(k)
    if form not in FORMS:
        raise ValueError(f"form must be one of {FORMS}, got {form!r}")
    labels = range(1, k + 1)
    coeffs = []
    for m in range(k + 1):
        total = sympy.Integer(0)
        for subset in combinations(labels, m):
            rest = [i for i in labels if i not in subset]
            residual = noncentral_moment_formula(rest, mean=intercept_symbol, cov=residual_cov_symbol)
            total += sympy.Mul(*[slope_symbol(i) for i in subset]) * residual
        coeffs.append(total)
    if form == "raw":
        raw = regression_quantities(k)
        coeffs = [_simplify_raw(c.xreplace(raw)) for c in coeffs]
    return coeffs


def _simplify_raw(expr):
    """Expand, then put over one denominator (a power of sigma_x) with the numerator expanded."""
    numerator, denominator = sympy.fraction(sympy.together(sympy.expand(expr)))
    return sympy.expand(numerator) / denominator


def _check_k(k) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or k < 0:
        raise ValueError(f"k (number of y factors) must be an integer >= 0, got {k!r}")
    return k
