"""The real sandbox and grader behind `mlptutor grade`: a kill -9 mid-run, a rerun, other worker counts."""

import ast
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bulk_helpers import book, committed

from mlptutor.grader.bulk.engine import Engine, EngineError

ROOT = Path(__file__).resolve().parents[2]
SOLUTIONS = ROOT / "tests" / "solutions"
EXERCISES = ("layers", "softmax")


def _class(folder: Path) -> None:
    correct = {name: (SOLUTIONS / f"{name}.py").read_text() for name in EXERCISES}
    slow = {**correct, "layers": correct["layers"].replace("import numpy as np\n", "import time\nimport numpy as np\ntime.sleep(0.8)\n")}
    wrong = {**correct, "softmax": correct["softmax"].replace("E = np.exp(Z - Z.max(axis=-1, keepdims=True))", "E = np.exp(Z)")}
    broken = {**correct, "layers": "def dense_forward(A, W, b)\n"}
    for student, files in {"a-correct": correct, "b-slow": slow, "c-wrong": wrong, "d-slow": slow, "e-broken": broken}.items():
        (folder / student).mkdir(parents=True)
        for name, source in files.items():
            (folder / student / f"{name}.py").write_text(source)


def _grade(cls: Path, out: Path, workers: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from mlptutor.cli import cli; cli()", "grade", str(cls),
                             "--out", str(out), "--workers", str(workers), "--assignment", "hw"],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _book(path: Path):
    """The gradebook without timings and captured output: the sandbox's output names its
    per-job temporary folder (/tmp/job-<random>/softmax.py in a warning), which differs per run."""
    return book(path, ignore=("seconds", "output"))["hw"]


def test_kill_9_and_rerun_equal_a_clean_run_with_other_workers(tmp_path):
    _class(tmp_path / "class")
    killed = tmp_path / "killed"
    child = _grade(tmp_path / "class", killed, 1)
    deadline = time.monotonic() + 60
    while committed(killed / "gradebook.sqlite") < 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    partial = committed(killed / "gradebook.sqlite")
    assert 1 <= partial < 5

    rerun = _grade(tmp_path / "class", killed, 1)
    output = rerun.communicate(timeout=120)[0]
    assert rerun.returncode == 0, output
    assert f"hw: 5 submissions, {5 - partial} graded, {partial} already graded, 0 failed" in output
    clean = _grade(tmp_path / "class", tmp_path / "clean", 2)
    assert clean.communicate(timeout=120)[1] is None and clean.returncode == 0
    book = _book(killed / "gradebook.sqlite")
    assert book == _book(tmp_path / "clean" / "gradebook.sqlite")
    scores = {r["student"]: r["exercises"] for r in book}
    softmax = {s: next(e["score"] for e in ex if e["name"] == "softmax") for s, ex in scores.items()}
    assert softmax["a-correct"] == softmax["b-slow"] > softmax["c-wrong"]
    mistakes = {c["mistake"] for e in scores["c-wrong"] for f in e["functions"] for c in f["checks"]}
    assert "softmax-no-max-shift" in mistakes
    assert (tmp_path / "clean" / "feedback" / "e-broken.html").read_text().count("could not be loaded") >= 1


def test_require_sandbox_grades_under_bubblewrap_or_refuses_in_one_line():
    try:
        with Engine(require_sandbox=True).open() as grade:
            report = grade("alice", {"softmax": (SOLUTIONS / "softmax.py").read_text()})
    except EngineError as exc:
        assert "\n" not in str(exc) and "bubblewrap" in str(exc)
        pytest.skip("bubblewrap is not usable here; the refusal was one line")
    assert report.isolation == "bwrap"


def test_prepare_leaves_what_workers_find_at_start_to_inherit():
    """After Engine.prepare() a forked worker's sandboxes find their runtimes and level already
    known (no SymPy file listing, no probe of their own) and grade as without it."""
    from mlptutor.grader.checks.symbolic import PRELOAD as SYMBOLIC_PRELOAD
    from mlptutor.grader.sandbox import levels, runtime

    engine = Engine()
    engine.prepare()
    known = runtime.runtime.cache_info()
    assert runtime.runtime(("numpy",)) and runtime.runtime(SYMBOLIC_PRELOAD)
    assert runtime.runtime.cache_info().misses == known.misses  # both were found by prepare
    probes = levels.probe.cache_info().misses
    read, write = os.pipe()
    if (pid := os.fork()) == 0:  # as the local pool starts a worker
        os.close(read)
        try:
            with engine.open() as grade:
                report = grade("alice", {"softmax": (SOLUTIONS / "softmax.py").read_text()})
            fresh = (runtime.runtime.cache_info().misses == known.misses,
                     levels.probe.cache_info().misses == probes, report.score, report.max_score)
            os.write(write, repr(fresh).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        inherited_runtime, inherited_level, score, max_score = ast.literal_eval(pipe.read())
    os.waitpid(pid, 0)
    assert inherited_runtime and inherited_level
    with engine.open() as grade:
        report = grade("alice", {"softmax": (SOLUTIONS / "softmax.py").read_text()})
    assert (score, max_score) == (report.score, report.max_score) and score > 0


def test_the_workers_zygotes_hold_the_symbolic_worker(monkeypatch):
    """A formula job in bulk grading takes the worker its zygotes hold (Sandbox(held=...)) instead of compiling the
    worker's source (a job's child 24 -> 13 ms of CPU, 2026-12-06), and the formulas are judged as without."""
    from mlptutor.grader.checks import symbolic
    from mlptutor.grader.sandbox import Sandbox

    taken, original = [], Sandbox._taken

    def recorded(self, modules):
        sent = original(self, modules)
        if symbolic.WORKER in modules:
            taken.append(sent[symbolic.WORKER] != modules[symbolic.WORKER])
        return sent
    monkeypatch.setattr(Sandbox, "_taken", recorded)
    monkeypatch.setattr(symbolic, "VERDICTS", symbolic.VERDICTS.fresh())
    with Engine().open() as grade:
        report = grade("alice", {"derivatives": (SOLUTIONS / "derivatives.py").read_text()})
    assert len(taken) >= 2 and all(taken)  # the numbers' job and SymPy's
    judged = [c for c in report.checks if c.exercise == "derivatives"]
    assert judged and all(c.passed for c in judged)
