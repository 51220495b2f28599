"""The command line as a user meets it: every ``--help`` exits 0 and explains its symbols and
options, unknown commands fail, and a ValueError inside a command is a one-line message with
exit status 2 (no traceback).

Help texts are checked in-process through ``gaussym.cli.main`` (argparse exits via SystemExit);
the console entry point and the error path run in a subprocess, as a user would run them.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest

from gaussym.cli import SUBCOMMANDS, build_parser, main

# (argv, words the help must contain: the symbols and options it has to explain)
HELP_CASES = [
    ([], ["formula", "codegen", "approx", "check", "experiment", "demo"]),
    (["formula"], ["moment", "master", "activation", "--format"]),
    (["formula", "moment"], ["Sigma_ij", "mu_i", "telephone", "--evaluate", "--mean", "--cov"]),
    (["formula", "master"], ["a_i", "b_i", "Omega_ij", "STANDARD DEVIATION", "VARIANCE", "--k", "--form"]),
    (["formula", "activation"], ["Phi", "phi", "He_m", "STANDARD DEVIATION", "--n", "--derivative",
                                 "--param", "never eval"]),
    (["codegen"], ["grammar", "where", "never eval", "--name", "--max-n", "--backend", "numeric"]),
    (["approx"], ["--act", "--degree", "--data", "--mixture-by-label", ".safetensors", ".npz", "FVU"]),
    (["check"], ["--dps", "--quick", "relative", "mpmath"]),
    (["experiment"], ["digits", "mnist", "--out", "torch", "schedule-free"]),
    (["demo"], ["--out", "mixture", "--degree-max"]),
]

# options that currently have no help string of their own (reported to the lead; remove an entry
# once its option is documented: the test below then guards it)
KNOWN_UNDOCUMENTED = {
    ("approx", "--seed"),
    ("experiment", "--seed"), ("experiment", "--lr"), ("experiment", "--weight-decay"),
    ("experiment", "--batch-size"), ("experiment", "--mixture-samples"),
}


def _help_text(argv, capsys) -> str:
    with pytest.raises(SystemExit) as exc:
        main([*argv, "--help"])
    assert exc.value.code == 0, f"gaussym {' '.join(argv)} --help exited {exc.value.code}"
    out = capsys.readouterr().out
    assert out.startswith("usage: gaussym"), out[:200]
    return out


@pytest.mark.parametrize("argv, words", HELP_CASES, ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_help_exits_0_and_explains(argv, words, capsys):
    text = _help_text(argv, capsys)
    missing = [w for w in words if w not in text]
    assert not missing, f"`gaussym {' '.join(argv)} --help` does not mention {missing}"


def _walk(parser: argparse.ArgumentParser, path=()):
    """Yield (command path, parser) for the parser and every nested subparser."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, (*path, name))


def test_every_subcommand_is_registered_and_has_a_help_case():
    parser = build_parser()
    paths = {p for p, _ in _walk(parser)}
    assert {(name,) for name in SUBCOMMANDS} <= paths, "a subcommand module failed to register"
    covered = {tuple(argv) for argv, _ in HELP_CASES}
    assert paths <= covered, f"subcommands without a help test: {sorted(paths - covered)}"


def test_every_option_and_subcommand_has_help_text():
    undocumented = set()
    for path, parser in _walk(build_parser()):
        assert parser.description, f"gaussym {' '.join(path)} has no description"
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction) or action.help == argparse.SUPPRESS:
                continue
            if isinstance(action, argparse._SubParsersAction):
                # each choice needs a one-line summary in the parent's listing
                listed = {a.dest for a in action._choices_actions if a.help}
                assert set(action.choices) <= listed, f"gaussym {' '.join(path)}: unsummarised {set(action.choices) - listed}"
                continue
            if not (action.help and action.help.strip()):
                name = action.option_strings[-1] if action.option_strings else action.dest
                undocumented.add((" ".join(path), name))
    new = undocumented - KNOWN_UNDOCUMENTED
    assert not new, f"options without help text: {sorted(new)}"


def test_every_help_renders_without_error(capsys):
    """format_help on every parser (catches bad %-formatting in help strings)."""
    for path, parser in _walk(build_parser()):
        text = parser.format_help()
        assert "usage:" in text, path


def test_version_flag(capsys):
    import gaussym

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert gaussym.__version__ in capsys.readouterr().out


def test_no_command_prints_help_and_exits_0(capsys):
    assert main([]) == 0
    assert "usage: gaussym" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["nosuchcommand"], ["formula", "nosuchkind"], ["check", "--no-such-option"]])
def test_unknown_command_or_option_exits_nonzero(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code not in (0, None)
    err = capsys.readouterr().err
    assert "invalid choice" in err or "unrecognized arguments" in err, err


def _run(*argv, timeout=120):
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run([sys.executable, "-m", "gaussym", *argv], capture_output=True, text=True,
                          timeout=timeout, env=env)


def test_console_entry_point_runs_help():
    proc = _run("--help")
    assert proc.returncode == 0, proc.stderr
    assert "formula" in proc.stdout and not proc.stderr


# a ValueError raised inside a command handler (bad values, not argparse-level errors)
VALUE_ERROR_CASES = [
    (["formula", "activation", "relu", "--n", "-1"], "--n"),
    (["formula", "activation", "__import__('os').system('true')"], "not allowed"),
    (["formula", "activation", "relu", "--evaluate", "--mu", "0", "--sigma", "-1"], "sigma"),
    (["check", "--dps", "5"], "dps"),
    (["approx", "/nonexistent/model.npz"], "model"),
]


@pytest.mark.parametrize("argv, word", VALUE_ERROR_CASES, ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_value_error_is_one_line_exit_2(argv, word):
    proc = _run(*argv)
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"gaussym {argv[0]}: error:"), lines[0]
    assert word in lines[0], lines[0]


def test_value_error_in_handler_maps_to_exit_2(capsys, monkeypatch):
    """The dispatcher itself: any handler raising ValueError -> exit 2, message on stderr."""
    import gaussym.cli as cli

    args = build_parser().parse_args(["check"])

    def boom(_args):
        raise ValueError("weights must be finite")

    args.func = boom

    class _Parser:
        def parse_args(self, argv):
            return args

    monkeypatch.setattr(cli, "build_parser", lambda: _Parser())
    assert cli.main(["check"]) == 2
    assert capsys.readouterr().err.strip() == "gaussym check: error: weights must be finite"
