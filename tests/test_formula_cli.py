"""`gaussym formula` (moment, master, activation) and the renderer."""
import re

import numpy as np
import pytest
import sympy

from gaussym.cli import main
from gaussym.moments import master_theorem_coefficients, noncentral_moment
from gaussym.symbolic.render import render


def run(capsys, *argv):
    code = main(["formula", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_moment_prints_formula_and_term_count(capsys):
    code, out, _ = run(capsys, "moment", "1", "1", "2", "3")
    assert code == 0
    first = out.splitlines()[0]
    assert first.startswith("E[X_1 X_1 X_2 X_3] = ")
    for monomial in ["Sigma_11*Sigma_23", "2*Sigma_12*Sigma_13", "Sigma_23*mu_1**2", "mu_1**2*mu_2*mu_3"]:
        assert monomial in first
    assert "T(4) = 10" in out and "7 distinct monomial" in out


def test_moment_distinct_indices_count_is_telephone(capsys):
    code, out, _ = run(capsys, "moment", *map(str, range(1, 7)))
    assert code == 0 and "T(6) = 76" in out and "76 distinct monomial" in out


def test_moment_evaluate(capsys):
    mean, cov = [0.5, -1.0, 2.0], [[1.0, 0.3, 0.0], [0.3, 2.0, -0.4], [0.0, -0.4, 1.5]]
    code, out, _ = run(capsys, "moment", "1", "2", "2", "3", "--mean", "0.5,-1,2",
                       "--cov", "1,0.3,0;0.3,2,-0.4;0,-0.4,1.5")
    assert code == 0
    value = float(re.search(r"value = (\S+)", out).group(1))
    assert value == pytest.approx(noncentral_moment(mean, cov, [0, 1, 1, 2]), rel=1e-15)
    code, out, _ = run(capsys, "moment", "1", "2", "--mean", "[0.5, -1, 2]", "--cov", str(cov), "--dps", "40")
    assert code == 0
    digits = re.search(r"value = (-0\.\d+)", out).group(1)  # all 40 digits of the exact-input result
    assert len(digits) >= 35 and digits.startswith("-0.20000000000000001110223024625")  # 0.3 as a double


@pytest.mark.parametrize("argv, phrase", [
    (["moment", "1", "4", "--mean", "0,0", "--cov", "1,0;0,1"], "out of range"),
    (["moment", "0", "--mean", "0", "--cov", "1"], "1-based"),
    (["moment", *["1"] * 11], "up to order 10"),
    (["moment", "1", "--mean", "0"], "needs both"),
    (["moment", "1", "--mean", "0", "--cov", "-1"], "positive semidefinite"),
    (["master", "--k", "-1"], "--k must be"),
    (["master", "--k", "2", "--evaluate"], "needs"),
    (["activation", "no_such_act"], "no_such_act"),
    (["activation", "__import__('os').system('true')"], "system"),
    (["activation", "relu", "--n", "-1"], "--n must be"),
])
def test_errors_exit_2_with_message(capsys, argv, phrase):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert phrase in err


def test_bad_numbers_are_argparse_errors(capsys):
    with pytest.raises(SystemExit) as info:
        main(["formula", "moment", "1", "--mean", "1,a", "--cov", "1"])
    assert info.value.code == 2
    assert "comma-separated" in capsys.readouterr().err


@pytest.mark.parametrize("form", ["regression", "raw"])
@pytest.mark.parametrize("fmt", ["text", "pretty", "latex"])
def test_master_formats(capsys, form, fmt):
    code, out, _ = run(capsys, "master", "--k", "3", "--form", form, "--format", fmt)
    assert code == 0
    assert "c_3" in out or "c_{3}" in out or "c₃" in out or "c_3 =" in out
    if form == "regression":
        assert "where" in out and ("Omega" in out or "Ω" in out)
    if fmt == "latex":
        assert "\\Sigma_{x1}" in out or "a_{1}" in out


def test_master_evaluate_matches_numeric(capsys):
    code, out, _ = run(capsys, "master", "--k", "2", "--form", "raw", "--mu-x", "0.5", "--var-x", "2",
                       "--mu-y", "1,2", "--cov-y", "1,0.5;0.5,2", "--xcov", "0.3,0.2")
    assert code == 0
    values = [float(v) for v in re.findall(r"^c_\d = (-?[\d.e+-]+)$", out, flags=re.M)]
    expected = master_theorem_coefficients(0.5, 2.0, [1.0, 2.0], [[1, 0.5], [0.5, 2]], [0.3, 0.2])
    assert np.allclose(values, expected, rtol=1e-15)


def test_activation_formulas(capsys):
    code, out, _ = run(capsys, "activation", "gelu", "--n", "2", "--format", "latex")
    assert code == 0 and "\\Phi" in out and "\\phi" in out and out.startswith("\\mathbb{E}")
    code, out, _ = run(capsys, "activation", "relu", "--derivative", "1", "--mu", "0.3", "--sigma", "2")
    assert code == 0 and "Phi(mu/sigma)" in out
    from scipy.special import ndtr
    value = float(re.search(r"= (\S+)$", out.strip().splitlines()[-1]).group(1))
    assert value == pytest.approx(ndtr(0.15), rel=1e-13)  # E[relu'(x)] = P(x > 0)
    code, out, _ = run(capsys, "activation", "leaky_relu", "--param", "negative_slope=0.2", "--describe")
    assert code == 0 and "negative_slope = 0.2" in out and "closed form" in out
    code, out, _ = run(capsys, "activation", "max(x,0)**2", "--n", "1", "--format", "pretty")
    assert code == 0 and out.startswith("act(x) = max(x,0)**2") and "Φ" in out


@pytest.mark.parametrize("kind, words", [
    ("moment", ["mu_i", "Sigma_ij", "telephone"]),
    ("master", ["a_i", "b_i", "Omega_ij", "residual covariance", "STANDARD DEVIATION"]),
    ("activation", ["Phi", "phi", "He_m", "STANDARD DEVIATION"]),
])
def test_help_explains_symbols(capsys, kind, words):
    with pytest.raises(SystemExit) as info:
        main(["formula", kind, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for word in words:
        assert word in out


def test_formula_without_kind_prints_help(capsys):
    code, out, _ = run(capsys)
    assert code == 2 and "moment" in out and "master" in out


# -- renderer ------------------------------------------------------------------------------
def test_render_formats_and_labels():
    mu, sigma = sympy.symbols("mu_1 Sigma_12")
    assert render(mu * sigma, "text") == "Sigma_12*mu_1"
    assert render(mu * sigma, "latex") == "\\Sigma_{12} \\mu_{1}"
    assert render(mu * sigma, "pretty") == "Σ₁₂⋅μ₁"
    assert render([mu, sigma], "text") == "c_0 = mu_1\nc_1 = Sigma_12"
    assert render([mu, sigma], "latex", labels=["a", "b"]) == "a = \\mu_{1}\nb = \\Sigma_{12}"
    assert render({"E[X]": mu}, "text") == "E[X] = mu_1"
    assert render(3, "text", lhs="T") == "T = 3"
    pretty = render([mu / sigma], "pretty").splitlines()
    assert len(pretty) == 3 and pretty[1].startswith("c_0 = ")  # label on the fraction bar
    with pytest.raises(ValueError, match="format"):
        render(mu, "html")
    with pytest.raises(ValueError, match="labels"):
        render([mu, sigma], labels=["only one"])


def test_activation_expression_explains_numeric_part(capsys):
    code, out, _ = run(capsys, "activation", "where(x > 0, x, 0.1*x) + tanh(x)")
    assert code == 0
    assert "no closed form for: tanh(x)" in out and "closed form : x" in out


def test_activation_expression_evaluates_against_mpmath(capsys):
    import mpmath
    code, out, _ = run(capsys, "activation", "max(x,0)**2", "--n", "1", "--mu", "0.3", "--sigma", "1.2")
    assert code == 0
    value = float(re.search(r"= (\S+)$", out.strip().splitlines()[-1]).group(1))
    with mpmath.workdps(30):
        exact = mpmath.quad(lambda v: v ** 3 * mpmath.npdf(v, 0.3, 1.2), [0, 0.3, 6.3, mpmath.inf])
    assert value == pytest.approx(float(exact), rel=1e-13)
