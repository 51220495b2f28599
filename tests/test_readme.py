"""The README stays true: its Python examples run, and .ci/run runs its test command."""
import re
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def test_setup_commands_match_ci():
    commands = re.search(r"```bash\n(.*?)```", README, re.S).group(1).strip().splitlines()
    assert len(commands) == 2, "README must start with exactly two set-up commands"
    test_cmd = commands[1].split("#")[0].strip()
    ci = (ROOT / ".ci" / "run").read_text().strip().splitlines()
    assert ci[-1].strip() == test_cmd


def test_python_examples_run():
    blocks = re.findall(r"```python\n(.*?)```", README, re.S)
    assert len(blocks) >= 3
    namespace = {}
    exec(compile("\n".join(blocks), "README.md", "exec"), namespace)  # our own documentation, not user input
    gaussym = namespace["gaussym"]
    # the tail value quoted in the README
    assert abs(gaussym.expect("relu", 0, -10.0, 1.0) / 7.4745602545893e-25 - 1) < 1e-12
    p = namespace["p"]
    assert p.gamma.shape == (4, 16, 16)
    np.testing.assert_allclose(p.gamma, np.swapaxes(p.gamma, 1, 2))
