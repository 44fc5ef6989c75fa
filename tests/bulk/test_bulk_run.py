import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bulk_fakes import FakeEngine
from bulk_helpers import book, committed

from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.bulk.pool import LocalPool
from mlptutor.grader.bulk.run import grade_class

ROOT = Path(__file__).resolve().parents[2]


def _class(write, students: dict[str, str], folder="class"):
    for student, body in students.items():
        write(f"{folder}/{student}/softmax.py", body)
        write(f"{folder}/{student}/losses.py", "CORRECT")


def _run(tmp_path, out="out", workers=2, **kw):
    engine = FakeEngine()
    return grade_class(tmp_path / "class", tmp_path / out, engine, LocalPool(engine, workers), **kw)


def test_resume_skips_graded_and_regrade_forces(tmp_path, write):
    _class(write, {"alice": "CORRECT", "bob": "HALF", "carol": "wrong"})
    first = _run(tmp_path)
    assert (first.graded, first.skipped, first.failed) == (3, 0, 0)
    again = _run(tmp_path)
    assert (again.graded, again.skipped) == (0, 3)
    write("class/bob/softmax.py", "CORRECT now")
    (tmp_path / "out" / "feedback" / "alice.html").unlink()
    changed = _run(tmp_path)
    assert (changed.graded, changed.skipped) == (1, 2)
    assert (tmp_path / "out" / "feedback" / "alice.html").exists()  # rewritten from the gradebook
    assert (tmp_path / "out" / "grades.csv").read_text().splitlines()[2] == "bob,2,2,4,4,,0,4,"
    assert _run(tmp_path, regrade=True).graded == 3


def test_same_gradebook_for_any_worker_count(tmp_path, write):
    _class(write, {f"s{i:02d}": ("CORRECT", "HALF", "no")[i % 3] for i in range(7)})
    _run(tmp_path, out="one", workers=1)
    _run(tmp_path, out="three", workers=3)
    assert book(tmp_path / "one" / "gradebook.sqlite") == book(tmp_path / "three" / "gradebook.sqlite")
    assert (tmp_path / "one" / "grades.csv").read_text() == (tmp_path / "three" / "grades.csv").read_text()


def test_a_dying_worker_fails_one_submission_only(tmp_path, write):
    _class(write, {"alice": "CORRECT", "mallory": "DIE", "zed": "HALF"})
    summary = _run(tmp_path, workers=1)
    assert (summary.graded, summary.failed) == (2, 1)
    assert any(p.startswith("mallory: the grading worker died 2 times") and p.endswith("recorded with 0 (--regrade tries again)")
               for p in summary.problems)
    reports = Gradebook(tmp_path / "out" / "gradebook.sqlite").reports("class")
    assert [r.student for r in reports] == ["alice", "mallory", "zed"]
    assert [r.score for r in reports] == [4.0, 0.0, 3.0]
    assert (_run(tmp_path, workers=1).skipped, _run(tmp_path, workers=1).failed) == (3, 0)  # not retried forever


def test_a_stalled_worker_is_killed_and_the_run_goes_on(tmp_path, write):
    _class(write, {"alice": "CORRECT", "hal": "HANG"})
    engine = FakeEngine()
    start = time.monotonic()
    summary = grade_class(tmp_path / "class", tmp_path / "out", engine, LocalPool(engine, 1, stalled=0.5))
    assert time.monotonic() - start < 20
    assert (summary.graded, summary.failed) == (1, 1)
    assert any(p.startswith("hal: the grading worker died 2 times") for p in summary.problems)


def test_nothing_to_grade_is_not_usable(tmp_path, write):
    write("class/empty/notes.txt", "no code")
    summary = _run(tmp_path)
    assert not summary.usable
    assert summary.problems == ["empty: nothing to grade (empty/: no .py or .ipynb files)"]


def test_roster_lines_and_discovery_notes_reach_the_report(tmp_path, write):
    _class(write, {"alice": "CORRECT", "bob": "HALF"})
    (tmp_path / "class" / "bob" / "old.py").symlink_to(tmp_path / "class" / "bob" / "gone.py")
    roster = write("roster.csv", "student\nalice\ncarol\n")
    summary = _run(tmp_path, roster=roster)
    assert "1 on the roster, no submission: carol" in summary.problems
    assert "bob: submitted, not on the roster (graded anyway)" in summary.problems
    bob = Gradebook(tmp_path / "out" / "gradebook.sqlite").reports("class")[1]
    assert bob.problems[0] == "bob/old.py: a symbolic link to no file; ignored"
    assert "1 on the roster, no submission: carol" in (tmp_path / "out" / "problems.txt").read_text()


KILLED_RUN = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from bulk_fakes import FakeEngine
from mlptutor.grader.bulk.pool import LocalPool
from mlptutor.grader.bulk.run import grade_class
grade_class(Path({src!r}), Path({out!r}), FakeEngine(), LocalPool(FakeEngine(), 1))
"""


def test_kill_9_mid_run_then_rerun_equals_one_clean_run(tmp_path, write):
    _class(write, {f"s{i}": ("CORRECT SLOW", "HALF SLOW", "SLOW")[i % 3] for i in range(8)})
    script = KILLED_RUN.format(tests=str(Path(__file__).parent), src=str(tmp_path / "class"), out=str(tmp_path / "killed"))
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 30
    while committed(tmp_path / "killed" / "gradebook.sqlite") < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    partial = committed(tmp_path / "killed" / "gradebook.sqlite")
    assert 2 <= partial < 8, "the run should have been killed in the middle"
    resumed = _run(tmp_path, out="killed")
    assert (resumed.skipped, resumed.graded) == (partial, 8 - partial)
    _run(tmp_path, out="clean")
    assert book(tmp_path / "killed" / "gradebook.sqlite") == book(tmp_path / "clean" / "gradebook.sqlite")


TERMED_RUN = """
import sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from bulk_fakes import FakeEngine
from mlptutor import stops
from mlptutor.grader.bulk.pool import LocalPool
from mlptutor.grader.bulk.run import grade_class
stops.as_ctrl_c()  # as the console script does
try:
    grade_class(Path({src!r}), Path({out!r}), FakeEngine(), LocalPool(FakeEngine(), 2))
except KeyboardInterrupt:
    sys.exit(130)
"""


def _children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as children:
        return [int(p) for p in children.read().split()]


def test_sigterm_mid_run_stops_the_workers_with_the_coordinator(tmp_path, write):
    """SIGTERM killed the coordinator outright: its workers, each in a submission, graded on orphaned until they
    found the pipe closed (here a minute; red21). As Ctrl-C, it now ends the workers, at once: stopping them as at a
    run's end waited 5 s for each to finish its submission before killing it (its sandbox left unclosed)."""
    _class(write, {f"s{i}": "HANG" for i in range(2)})
    script = TERMED_RUN.format(tests=str(Path(__file__).parent), src=str(tmp_path / "class"), out=str(tmp_path / "o"))
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 30
    while len(workers := _children(child.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # in their submissions
    child.send_signal(signal.SIGTERM)
    sent = time.monotonic()
    assert child.wait(timeout=30) == 130
    assert time.monotonic() - sent < 4, "the workers were waited for"  # 10 s before
    for worker in workers:
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            continue
        os.kill(worker, signal.SIGKILL)
        raise AssertionError("a worker outlived its coordinator")


def test_exercises_no_submission_holds_are_said_when_an_nbgrader_assignments_notebooks_name_none(tmp_path, write):
    """Engine.exercises() grades every exercise when `only` (an nbgrader assignment's notebooks, 'hw1') names none of
    them, but the 'no submission holds ...' line was left out whenever `only` was not empty."""
    write("class/alice/softmax.py", "CORRECT")
    for only, unheld in (((), ["losses"]), (("hw1",), ["losses"]), (("softmax", "hw1"), [])):
        engine = FakeEngine(only=only)
        summary = grade_class(tmp_path / "class", tmp_path / f"out{len(only)}", engine, LocalPool(engine, 1))
        assert summary.unheld == unheld, only


def test_a_renamed_file_is_graded_again_and_its_feedback_names_the_new_file(tmp_path, write):
    """The feedback names the file the student handed in (src/softmax.py), in its headings as in its rows'
    places; a student who then moved it (same content) kept the old name in the gradebook's feedback, as the
    submission was skipped as graded (read24)."""
    write("class/ann/src/softmax.py", "wrong")
    write("class/ann/losses.py", "CORRECT")
    assert _run(tmp_path).graded == 1
    page = (tmp_path / "out" / "feedback" / "ann.md").read_text()
    assert "## src/softmax.py: 0/2" in page and "## losses.py: 2/2" in page
    (tmp_path / "class" / "ann" / "src").rename(tmp_path / "class" / "ann" / "hw")
    assert (_run(tmp_path).graded, _run(tmp_path).graded) == (1, 0)
    page = (tmp_path / "out" / "feedback" / "ann.md").read_text()
    assert "## hw/softmax.py: 0/2" in page and "src/" not in page
