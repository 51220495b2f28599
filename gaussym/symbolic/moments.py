"""Symbolic noncentral Gaussian moments by the singleton/pair partition formula (DESIGN 2).

For X ~ N(mu, Sigma) and a multiset of indices S (repeats allowed),

    E[prod_{i in S} X_i] = sum over partitions P of the POSITIONS of S into singletons and pairs
                           of  prod_{{i} in P} mu_i * prod_{{i, j} in P} Sigma_ij.

The number of such partitions of n positions is the telephone number T(n) = T(n-1) + (n-1) T(n-2):
1, 1, 2, 4, 10, 26, 76, 232, 764, 2620, 9496 (n = 0..10). With repeated indices several
partitions give the same product, so the summed formula has fewer, larger-coefficient terms.

Symbols (real): ``mu_i`` (mean of X_i) and ``Sigma_ij`` with i <= j (Sigma is symmetric);
``Sigma_i,j`` when a label has two or more digits, so that Sigma_1,12 and Sigma_11,2 differ.
Labels are whatever non-negative integers the caller uses (the CLI uses 1-based ones).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import sympy


def mean_symbol(label) -> sympy.Symbol:
    """mu_i, the mean of X_i."""
    return sympy.Symbol(f"mu_{label}", real=True)


def cov_symbol(i, j) -> sympy.Symbol:
    """Sigma_ij = Sigma_ji, named with the smaller label first."""
    lo, hi = sorted((i, j), key=_label_order)
    sep = "" if len(str(lo)) == 1 and len(str(hi)) == 1 else ","
    return sympy.Symbol(f"Sigma_{lo}{sep}{hi}", real=True)


def telephone_number(n: int) -> int:
    """T(n): number of partitions of n items into singletons and pairs (T(n) = T(n-1) + (n-1) T(n-2))."""
    previous, current = 1, 1  # T(-1) is never used; T(0) = T(1) = 1
    for m in range(2, n + 1):
        previous, current = current, current + (m - 1) * previous
    return current


@dataclass(frozen=True)
class PartitionTerm:
    """One partition of the positions: its singleton labels and its pairs of labels."""
    singletons: tuple
    pairs: tuple

    def expr(self, mean: Callable = mean_symbol, cov: Callable = cov_symbol) -> sympy.Expr:
        return sympy.Mul(*[mean(i) for i in self.singletons], *[cov(i, j) for i, j in self.pairs])


def partition_terms(indices: Sequence) -> list[PartitionTerm]:
    """Every singleton/pair partition of the positions of ``indices`` (T(len(indices)) of them)."""
    labels = _check_labels(indices)
    terms: list[PartitionTerm] = []

    def extend(rest: tuple, singles: tuple, pairs: tuple):
        if not rest:
            terms.append(PartitionTerm(singles, pairs))
            return
        first, others = rest[0], rest[1:]
        extend(others, singles + (first,), pairs)  # first position stands alone: a mean factor
        for k, partner in enumerate(others):  # or pairs with a later position: a covariance factor
            extend(others[:k] + others[k + 1:], singles, pairs + ((first, partner),))

    extend(labels, (), ())
    return terms


def noncentral_moment_formula(indices: Sequence, *, mean: Callable = mean_symbol,
                              cov: Callable = cov_symbol) -> sympy.Expr:
    """E[prod X_i] for X ~ N(mu, Sigma) as a polynomial in mu_i and Sigma_ij (like terms collected).

    ``mean(i)`` and ``cov(i, j)`` give the symbol (or any expression) for each label, so the same
    formula serves the Master Theorem's residual moments M_T(b, Cov e).
    """
    return sympy.Add(*[term.expr(mean, cov) for term in partition_terms(indices)])


def _check_labels(indices) -> tuple:
    if isinstance(indices, (str, bytes)) or not hasattr(indices, "__iter__"):
        raise ValueError(f"indices must be a sequence of labels, got {indices!r}")
    labels = tuple(indices)
    for pos, label in enumerate(labels):
        if isinstance(label, bool) or not (isinstance(label, int) and label >= 0
                                           or isinstance(label, str) and label.isidentifier()):
            raise ValueError(f"indices[{pos}] = {label!r} must be a non-negative integer (or an identifier)")
    return labels


def _label_order(label):
    return (0, label, "") if isinstance(label, int) else (1, 0, str(label))
