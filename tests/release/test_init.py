"""`mlptutor-student init DIR` copies the stubs and never overwrites a student's work."""

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest


def test_init_copies_the_stubs_then_refuses_to_overwrite(tmp_path, bundle, student):
    done = student("init", "work", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    copied = sorted(p.name for p in (tmp_path / "work").iterdir())
    assert copied == sorted(p.name for p in (bundle / "exercises").iterdir())
    stubs = student("check", "work", cwd=tmp_path)
    assert stubs.returncode == 1 and "not implemented yet" in stubs.stdout
    for other in (tmp_path / "work").iterdir():
        other.unlink()
    (tmp_path / "work" / "softmax.py").write_text("# my work\n")
    again = student("init", "work", cwd=tmp_path)
    assert again.returncode == 2
    assert again.stderr.count("\n") == 1 and "work/softmax.py already exists" in again.stderr
    assert sorted(p.name for p in (tmp_path / "work").iterdir()) == ["softmax.py"]  # nothing copied either
    assert (tmp_path / "work" / "softmax.py").read_text() == "# my work\n"


@pytest.mark.skipif(not os.environ.get("MLPTUTOR_SLOW_TESTS"), reason="pip install into a fresh venv: set MLPTUTOR_SLOW_TESTS=1")
def test_pip_install_then_init_and_check_in_a_fresh_venv(tmp_path, bundle):
    """Outside the checkout, with numpy and click from the system: pip install BUNDLE (nbformat from the
    configured index), init, check."""
    venv.create(tmp_path / "venv", with_pip=True, system_site_packages=True)
    python = tmp_path / "venv" / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    # build requirements (setuptools) and missing dependencies come from the configured index: the local one here
    install = subprocess.run([python, "-m", "pip", "install", "-q", str(bundle)],
                             cwd=tmp_path, env=env, capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    tool = tmp_path / "venv" / "bin" / "mlptutor-student"
    assert subprocess.run([tool, "init", "work"], cwd=tmp_path, env=env).returncode == 0
    solution = Path(__file__).resolve().parent.parent / "solutions" / "softmax.py"
    (tmp_path / "work" / "softmax.py").write_text(solution.read_text())
    done = subprocess.run([tool, "check", "work/softmax.py"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    leak = subprocess.run([python, "-c", "import reference"], cwd=tmp_path, env=env, capture_output=True)
    assert leak.returncode != 0  # the student's environment has no reference package
