"""A student bundle for the session, and a way to run its checker as a student would (no reference importable)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mlptutor.grader.release import record as recording
from mlptutor.grader.release.bundle import write_bundle
from mlptutor.grader.release.student import codec
from mlptutor.grader.specs import load_specs

# the checker runs with the instructor's packages and SymPy unimportable: it must not need them
BLOCKED = ("import sys; sys.modules['mlptutor.reference'] = None; sys.modules['mlptutor.question_bank'] = None; "
           "sys.modules['sympy'] = None; "
           "import runpy; sys.argv[0] = 'mlptutor-student'; runpy.run_module('mlptutor_student', run_name='__main__')")


@pytest.fixture(scope="session")
def released(tmp_path_factory) -> tuple[Path, list]:
    """(the bundle of every exercise, the arrays its encoder held in memory before save_arrays wrote them): one
    recording for the session's bundle and for test_arrays_codec's comparison of the file with the arrays."""
    held = []
    real = codec.save_arrays
    out = tmp_path_factory.mktemp("release") / "bundle"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(recording, "save_arrays", lambda arrays: held.append(list(arrays)) or real(arrays))
        write_bundle(out, load_specs(), sorted(load_specs()))
    (arrays,) = held
    return out, arrays


@pytest.fixture(scope="session")
def bundle(released) -> Path:
    return released[0]


@pytest.fixture(scope="session")
def student(bundle):
    """student(*args, cwd) -> CompletedProcess of the bundle's checker, run from a folder outside the checkout."""
    def run(*args, cwd: Path):
        env = {**os.environ, "PYTHONPATH": str(bundle), "NO_COLOR": "1"}
        return subprocess.run([sys.executable, "-c", BLOCKED, *map(str, args)], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=120)
    return run


@pytest.fixture(scope="session")
def student_json(student):
    def run(folder: Path):
        done = student("check", folder, "--format", "json", cwd=folder)
        assert done.returncode in (0, 1), done.stderr
        return json.loads(done.stdout)
    return run
