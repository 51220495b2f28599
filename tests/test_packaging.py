"""Packaging: what a user gets from ``pip install gaussym``.

- ``import gaussym`` and the numeric path never import SymPy (SymPy is for derivation only);
- every public name resolves; the generated kernel modules import with SymPy blocked;
- pyproject declares the console script, Python >= 3.10 and only the four core dependencies;
- the wheel built from the tracked files carries the generated kernels and the package data.
"""
from __future__ import annotations

import fnmatch
import importlib
import pathlib
import pkgutil
import shutil
import subprocess
import sys
import zipfile

import pytest

import gaussym

ROOT = pathlib.Path(__file__).resolve().parents[1]
GENERATED = ROOT / "gaussym" / "kernels" / "generated"

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    tomllib = None


def _python(code: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                          cwd=str(ROOT))


@pytest.fixture(scope="module")
def pyproject() -> dict:
    if tomllib is None:
        pytest.skip("tomllib needs Python >= 3.11")
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


# --- SymPy stays out of the numeric path --------------------------------------------------

def test_import_gaussym_does_not_import_sympy():
    proc = _python("import sys, gaussym; print(sorted(m for m in sys.modules if m.split('.')[0] == 'sympy')[:3])")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]", f"import gaussym pulled in SymPy: {proc.stdout}"


def test_numeric_api_runs_with_sympy_blocked():
    """Block SymPy outright (an import raises) and run one call of every numeric public function:
    a lazy import anywhere on the numeric path fails here, not only a top-level one."""
    code = """
import sys
sys.modules['sympy'] = None          # any 'import sympy' now raises ImportError
import numpy as np, gaussym
for a in gaussym.known_activations():
    gaussym.expect(a, 3, [-2.0, 0.0, 1.5], [0.5, 1.0, 0.0])
    gaussym.expect_derivative(a, 2, 0.3, 2.0)
mean, cov = np.array([0.5, -1.0]), np.array([[1.0, 0.3], [0.3, 2.0]])
gaussym.noncentral_moment(mean, cov, [0, 0, 1, 1])
gaussym.master_theorem_coefficients(0.1, 2.0, np.array([0.0, 1.0]), np.array([[1.0, 0.2], [0.2, 1.5]]),
                                    np.array([0.5, -0.3]))
rng = np.random.default_rng(0)
W1, b1, W2, b2 = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=(2, 5)), np.zeros(2)
p = gaussym.mlp_approx(W1, b1, W2, b2, act="gelu", degree=2, mean=np.full(3, 0.1), cov=np.eye(3))
p(rng.normal(size=(4, 3))); p.fvu(); p.eigen(0, k=2); p.svd()
q = gaussym.mlp_approx(W1, b1, W2, b2, act="relu", degree=2, mean=rng.normal(size=(2, 3)),
                       cov=np.stack([np.eye(3), 2 * np.eye(3)]), weights=[0.4, 0.6])
g = gaussym.glu_approx(W1, b1, rng.normal(size=(5, 3)), np.zeros(5), W2, b2, act="sigmoid", degree=2)
g(rng.normal(size=(4, 3)))
gaussym.expect("relu", 2, 0.3, 1.0, dps=30)
print("OK", 'sympy' in sys.modules and sys.modules['sympy'] is not None)
"""
    proc = _python(code, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip().endswith("OK False"), proc.stdout


# --- public names -----------------------------------------------------------------------

# public callables still without a docstring (reported; remove once documented)
KNOWN_NO_DOCSTRING = {"known_activations"}


@pytest.mark.parametrize("name", gaussym.__all__)
def test_public_name_resolves(name):
    value = getattr(gaussym, name)
    assert value is not None
    if name != "__version__":
        assert callable(value), f"gaussym.{name} is not callable"
        if name not in KNOWN_NO_DOCSTRING:
            assert (getattr(value, "__doc__", None) or "").strip(), f"gaussym.{name} has no docstring"


def test_public_api_table_matches_all_and_dir():
    assert set(gaussym.__all__) == set(gaussym._PUBLIC) | {"__version__"}
    assert sorted(dir(gaussym)) == sorted(gaussym.__all__)
    for name, module in gaussym._PUBLIC.items():
        assert getattr(importlib.import_module(module), name) is getattr(gaussym, name)
    with pytest.raises(AttributeError, match="no attribute 'not_a_name'"):
        gaussym.not_a_name


def test_version_matches_pyproject(pyproject):
    assert gaussym.__version__ == pyproject["project"]["version"]


# --- generated kernels ------------------------------------------------------------------

def _generated_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules([str(GENERATED)]) if not m.name.startswith("_"))


def test_generated_kernels_exist():
    names = _generated_modules()
    assert {"relu", "gelu", "erf", "exp", "elu", "identity", "leaky_relu"} <= set(names), names


def test_generated_kernels_import_with_sympy_blocked():
    code = ("import sys, importlib; sys.modules['sympy'] = None\n"
            f"names = {_generated_modules()!r}\n"
            "for n in names:\n"
            "    m = importlib.import_module('gaussym.kernels.generated.' + n)\n"
            "    assert callable(m.moments) and callable(m.derivative_expectations), n\n"
            "    assert 'regenerate' in (m.__doc__ or '').lower() or 'generated' in (m.__doc__ or '').lower(), n\n"
            "print(len(names))")
    proc = _python(code)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip() == str(len(_generated_modules()))


@pytest.mark.parametrize("name", _generated_modules())
def test_generated_kernel_evaluates(name):
    """Each shipped module is live: finite moments of the right shape and E[x^0 act] = E[act]."""
    import numpy as np

    module = importlib.import_module(f"gaussym.kernels.generated.{name}")
    mu, sigma = np.array([-1.0, 0.0, 2.0]), np.array([0.5, 1.0, 3.0])
    moments = np.asarray(module.moments(4, mu, sigma))
    assert moments.shape == (5, 3) and np.all(np.isfinite(moments))
    expected = gaussym.expect(name, 0, mu, sigma)
    np.testing.assert_allclose(moments[0], expected, rtol=1e-14, atol=0)


# --- pyproject ----------------------------------------------------------------------------

def test_pyproject_console_script_and_python(pyproject):
    project = pyproject["project"]
    assert project["name"] == "gaussym"
    assert project["scripts"]["gaussym"] == "gaussym.cli:main"
    spec = project["requires-python"].replace(" ", "")
    assert spec == ">=3.10", spec
    module, func = project["scripts"]["gaussym"].split(":")
    assert callable(getattr(importlib.import_module(module), func))


def test_pyproject_dependencies(pyproject):
    project = pyproject["project"]
    core = {dep.split(">")[0].split("=")[0].split("<")[0].strip().lower() for dep in project["dependencies"]}
    assert core == {"sympy", "numpy", "scipy", "mpmath"}, core  # nothing heavy (torch, matplotlib) in core
    test_extra = " ".join(project["optional-dependencies"]["test"])
    assert "pytest" in test_extra and "hypothesis" in test_extra
    assert "slow" in " ".join(pyproject["tool"]["pytest"]["ini_options"]["markers"])
    assert "not slow" in pyproject["tool"]["pytest"]["ini_options"]["addopts"]


def _tracked_package_files() -> list[str] | None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        return None
    proc = subprocess.run(["git", "ls-files", "gaussym"], capture_output=True, text=True, cwd=str(ROOT))
    return proc.stdout.split() if proc.returncode == 0 else None


def test_package_data_globs_cover_every_tracked_data_file(pyproject):
    """Every non-Python file tracked under gaussym/ must match a package-data glob, or the wheel drops it."""
    tracked = _tracked_package_files()
    if tracked is None:
        pytest.skip("not a git checkout")
    globs = pyproject["tool"]["setuptools"].get("package-data", {}).get("gaussym", [])
    data_files = [path.removeprefix("gaussym/") for path in tracked if not path.endswith(".py")]
    uncovered = [path for path in data_files if not any(fnmatch.fnmatch(path, glob) and
                                                        glob.count("/") == path.count("/") for glob in globs)]
    assert not uncovered, f"not shipped in the wheel (extend [tool.setuptools.package-data]): {uncovered}"


def test_wheel_contains_kernels_and_data(tmp_path):
    """Build a wheel from the tracked files (as a fresh clone would) and look inside."""
    tracked = _tracked_package_files()
    if tracked is None:
        pytest.skip("not a git checkout")
    try:
        import setuptools
        version = tuple(int(part) for part in setuptools.__version__.split(".")[:2])
        if version < (70, 1):
            import wheel  # noqa: F401  (older setuptools need the wheel package for bdist_wheel)
    except (ImportError, ValueError):
        pytest.skip("setuptools >= 70.1 (or setuptools + wheel) needed to build without isolation")
    src = tmp_path / "src"
    for path in ["pyproject.toml", "README.md", *tracked]:
        if (ROOT / path).is_file():
            (src / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / path, src / path)
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(tmp_path / "dist"), str(src)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    (wheel_path,) = (tmp_path / "dist").glob("gaussym-*.whl")
    names = set(zipfile.ZipFile(wheel_path).namelist())
    expected = {path for path in tracked if (ROOT / path).is_file()}
    missing = sorted(expected - names)
    assert not missing, f"tracked package files missing from the wheel: {missing}"
    assert {"gaussym/kernels/generated/relu.py", "gaussym/kernels/generated/gelu.py"} <= names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "gaussym = gaussym.cli:main" in zipfile.ZipFile(wheel_path).read(entry_points).decode()
    assert not any(n.startswith(("tests/", "derivations/", "benchmarks/")) for n in names)


# --- documentation links (the user guide and the docs index ship with the release) ---------

def _slug(heading: str) -> str:
    """GitHub's anchor for a markdown heading: lower case, punctuation dropped, spaces -> '-'."""
    import re

    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


@pytest.mark.parametrize("doc", ["docs/index.md", "docs/guide.md"])
def test_doc_links_resolve(doc):
    import re

    path = ROOT / doc
    if not path.exists():
        pytest.skip(f"{doc} not present")
    text = path.read_text()
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        if not linked.exists():
            broken.append(target)
        elif anchor and linked.suffix == ".md":
            headings = re.findall(r"^#+\s+(.*)$", linked.read_text(), re.M)
            if anchor not in {_slug(h) for h in headings}:
                broken.append(target)
    assert not broken, f"{doc}: broken links {broken}"


def test_guide_examples_run(tmp_path, monkeypatch):
    """Every ```python block of docs/guide.md runs (after the guide's own codegen command)."""
    import re

    from gaussym.cli import main

    guide = ROOT / "docs" / "guide.md"
    if not guide.exists():
        pytest.skip("docs/guide.md not present")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert main(["codegen", "max(x, 0)**2", "--name", "relu2", "-o", "relu2_kernels.py", "--quiet"]) == 0
    blocks = re.findall(r"```python\n(.*?)```", guide.read_text(), re.S)
    assert len(blocks) >= 3
    for i, block in enumerate(blocks):
        exec(compile(block, f"docs/guide.md python block {i}", "exec"), {})  # our own documentation


def test_cli_numeric_commands_need_no_sympy(tmp_path):
    """With SymPy blocked: every --help works, and `gaussym approx` runs end to end (SymPy is only
    for `formula` and `codegen` derivations)."""
    import numpy as np

    rng = np.random.default_rng(0)
    model = tmp_path / "mlp.npz"
    np.savez(model, W1=rng.normal(size=(5, 3)), b1=np.zeros(5), W2=rng.normal(size=(2, 5)), b2=np.zeros(2))
    code = f"""
import sys
sys.modules['sympy'] = None
from gaussym.cli import SUBCOMMANDS, main
for name in SUBCOMMANDS:
    try:
        main([name, '--help'])
    except SystemExit as exc:
        assert exc.code == 0, (name, exc.code)
print('approx rc', main(['approx', {str(model)!r}, '--act', 'gelu', '--degree', '2', '-o', {str(tmp_path / 'c.npz')!r}]))
"""
    proc = _python(code)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip().endswith("approx rc 0"), proc.stdout[-2000:]
    assert (tmp_path / "c.npz").exists()
