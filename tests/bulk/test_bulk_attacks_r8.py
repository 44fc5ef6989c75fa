"""Attacks of the eighth round on grading a class: what an nbgrader course's submitted/ folder holds is the
students' as much as their files are, so a link there reads nothing outside the course; the Gradescope
autograder grades for real, so it runs student code under bubblewrap unless its archive says otherwise."""

import json
import os
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader import gradescope
from mlptutor.grader.bulk.discovery import discover
from mlptutor.grader.feedback.escape import visible
from mlptutor.grader.model import SubmissionReport
from mlptutor.grader.nbgrader.feedback import write_course_feedback
from mlptutor.grader.sandbox import levels

EXERCISES = {"softmax", "losses"}
SECRET = "s3cret-of-the-grader 2026-01-01\n"


def test_an_nbgrader_student_folder_linked_out_of_the_course_is_not_read(tmp_path, write):
    write("elsewhere/ps1/softmax.py", "def softmax(z):\n    return 'not from the course'\n")
    write("course/submitted/fay/ps1/softmax.py", "def softmax(z):\n    return z\n")
    os.symlink(tmp_path / "elsewhere", tmp_path / "course" / "submitted" / "mallory")
    found = discover(tmp_path / "course", EXERCISES)
    assert [s.student for s in found.submissions] == ["fay"]
    assert any(p.startswith("submitted/mallory") and "symbolic link" in p for p in found.problems), found.problems


def test_a_timestamp_linked_to_another_file_shows_none_of_its_text(tmp_path, write):
    secret = write("grader-only/secret.txt", SECRET)
    write("course/submitted/fay/ps1/softmax.py", "def softmax(z):\n    return z\n")
    os.symlink(secret, tmp_path / "course" / "submitted" / "fay" / "ps1" / "timestamp.txt")
    (fay,) = discover(tmp_path / "course", EXERCISES).submissions
    assert fay.submitted_at is None
    assert not any("s3cret" in p for p in fay.problems), fay.problems  # the notes reach the student's feedback
    assert any("timestamp.txt" in p and "symbolic link" in p for p in fay.problems), fay.problems


# --- Gradescope: the autograder grades for real, so it sandboxes with bubblewrap or not at all ---------------

REFERENCE = Path(__file__).resolve().parents[2] / "reference" / "softmax.py"
# a submission that takes the instructor's softmax.py where it can read it: at the rlimits level every
# world-readable file is (on Gradescope the archive's source and the venv's installed copy are)
STEAL = f"""
for path in ['/autograder/source/mlptutor/mlptutor/reference/softmax.py', {str(REFERENCE)!r}]:
    try:
        exec(open(path).read())
        break
    except OSError:
        pass
"""


def _autograder(tmp_path, submission: str = STEAL, **config) -> Path:
    root = tmp_path / "autograder"
    (root / "source").mkdir(parents=True)
    (root / "source" / "config.json").write_text(json.dumps({"exercises": ["softmax"], "visibility": "visible",
                                                             **config}))
    (root / "submission").mkdir()
    (root / "submission" / "softmax.py").write_text(submission)
    return root


@pytest.fixture
def no_bubblewrap(monkeypatch):
    """This machine as a Gradescope image where bwrap and unshare cannot create namespaces."""
    monkeypatch.setattr(levels, "unavailable", lambda level, runtime: "" if level == "rlimits" else "not here")


def test_the_gradescope_autograder_refuses_to_grade_without_bubblewrap(tmp_path, no_bubblewrap):
    """It fell back to rlimits, where this submission took the reference's softmax and scored 17 of 17."""
    assert REFERENCE.exists()
    results = gradescope.grade(_autograder(tmp_path))
    assert results["score"] == 0 and results["tests"] == []
    assert "bubblewrap sandbox required" in results["output"] and "--allow-weak-sandbox" in results["output"]


def test_the_gradescope_autograder_grades_weaker_only_when_its_archive_says_so(tmp_path, no_bubblewrap):
    solution = (Path(__file__).resolve().parents[1] / "solutions" / "softmax.py").read_text()
    results = gradescope.grade(_autograder(tmp_path, solution, allow_weak_sandbox=True))
    assert results["score"] == sum(t["max_score"] for t in results["tests"]) > 0


def test_the_archive_says_whether_it_may_grade_weaker(tmp_path):
    for allow, flags in ((False, []), (True, ["--allow-weak-sandbox"])):
        out = tmp_path / f"{allow}.zip"
        done = CliRunner().invoke(cli, ["gradescope", "--out", str(out), "--exercises", "softmax", *flags])
        assert done.exit_code == 0, done.output
        with zipfile.ZipFile(out) as archive:
            assert json.loads(archive.read("config.json")).get("allow_weak_sandbox", False) is allow


SURROGATE = "import numpy as np\ndef softmax(z):\n    raise ValueError('bad \\udcff value')\n"


def test_a_lone_surrogate_in_one_students_error_or_file_name_stops_nobody(tmp_path, write):
    """Each stopped `mlptutor grade` with a UnicodeEncodeError traceback (SQLite, then the feedback files): an
    exception message holding one, and a file whose name is not UTF-8 (os.walk gives it surrogates)."""
    write("class/ann/softmax.py", SURROGATE)
    (tmp_path / "class" / "ann" / os.fsdecode(b"\xff\xfe.py")).write_text("x = 1\n")
    write("class/bob/softmax.py", (Path(__file__).resolve().parents[1] / "solutions" / "softmax.py").read_text())
    out = tmp_path / "out"
    done = CliRunner().invoke(cli, ["grade", str(tmp_path / "class"), "--out", str(out), "--workers", "1"])
    assert done.exit_code == 0, done.output
    assert "2 graded" in done.output
    assert "bad \\udcff value" in (out / "feedback" / "ann.html").read_text()
    assert "\\udcff\\udcfe.py" in (out / "feedback" / "ann.html").read_text()
    for fmt in ("csv", "gradescope", "canvas"):
        extra = ["--roster", str(write("roster.csv", "id,name\nann,Ann\nbob,Bob\n"))] if fmt == "canvas" else []
        exported = CliRunner().invoke(cli, ["export", "--format", fmt, "--gradebook", str(out / "gradebook.sqlite"),
                                            "--out", str(tmp_path / f"export-{fmt}"), *extra])
        assert exported.exit_code == 0, exported.output


def test_text_that_cannot_be_encoded_is_shown_escaped():
    assert visible("a\udcff\ud800b") == "a\\udcff\\ud800b" and visible("\U0001f600") == "\U0001f600"


def test_the_files_copied_into_an_nbgrader_feedback_folder_are_the_submissions_own(tmp_path, write):
    """release_feedback hands feedback/<student>/<assignment>/ to the student: a submission_secret.txt linked
    to a grader's file was copied there whole, and one of gigabytes read into memory whole."""
    secret = write("grader-only/secret.txt", SECRET)
    submitted = tmp_path / "course" / "submitted" / "fay" / "ps1"
    write("course/submitted/fay/ps1/timestamp.txt", "2026-01-01 10:00:00 UTC")
    os.symlink(secret, submitted / "submission_secret.txt")
    lines = write_course_feedback(tmp_path / "course", "ps1", SubmissionReport("fay"))
    feedback = tmp_path / "course" / "feedback" / "fay" / "ps1"
    assert (feedback / "timestamp.txt").read_text() == "2026-01-01 10:00:00 UTC"
    assert not (feedback / "submission_secret.txt").exists()
    assert any("submission_secret.txt" in line for line in lines), lines
    os.unlink(submitted / "submission_secret.txt")
    with open(submitted / "submission_secret.txt", "wb") as big:
        big.truncate(1 << 40)  # sparse: a TiB that is never read whole
    write_course_feedback(tmp_path / "course", "ps1", SubmissionReport("fay"))
    assert (feedback / "submission_secret.txt").stat().st_size <= 4096


def test_a_folder_nested_thousands_deep_is_one_line_and_stops_nobody(tmp_path, write):
    """os.walk (and rglob, for file times) ran out of recursion and stopped discovery for the whole class."""
    write("class/bob/softmax.py", "def softmax(z):\n    return z\n")
    write("class/eve/softmax.py", "def softmax(z):\n    return z\n")
    chain = [tmp_path / "class" / "eve" / "a"]
    for _ in range(1500):
        chain.append(chain[-1] / "a")
    try:
        for folder in chain[:-1]:  # not os.makedirs: it recurses too
            folder.mkdir()
        found = discover(tmp_path / "class", EXERCISES, times_from_files=True)
    finally:  # pytest's own clean-up of its temporary dirs recurses too, and ran out on this one
        for folder in reversed(chain[:-1]):
            if folder.exists():
                folder.rmdir()
    assert [s.student for s in found.submissions] == ["bob", "eve"]
    (eve,) = [s for s in found.submissions if s.student == "eve"]
    assert sum("nested over 32 deep" in p for p in eve.problems) == 1, eve.problems


def test_a_gradescope_upload_linking_to_the_reference_is_not_graded_as_the_reference(tmp_path):
    """The grader reads the upload's files itself, as root: softmax.py -> the installed reference scored 17/17,
    whatever the sandbox (a repository upload keeps its links)."""
    root = _autograder(tmp_path)
    os.unlink(root / "submission" / "softmax.py")
    os.symlink(REFERENCE, root / "submission" / "softmax.py")
    results = gradescope.grade(root)
    assert results["score"] == 0 and results["tests"] == []
    assert "softmax.py: a symbolic link out of its submission; ignored" in results["output"]  # grade's line


def test_a_gradescope_upload_nested_thousands_deep_is_graded_with_one_line(tmp_path):
    root = _autograder(tmp_path, (Path(__file__).resolve().parents[1] / "solutions" / "softmax.py").read_text())
    chain = [root / "submission" / "a"]
    for _ in range(1500):
        chain.append(chain[-1] / "a")
    try:
        for folder in chain[:-1]:
            folder.mkdir()
        results = gradescope.grade(root)
    finally:
        for folder in reversed(chain[:-1]):
            if folder.exists():
                folder.rmdir()
    assert results["score"] == sum(t["max_score"] for t in results["tests"]) > 0
    assert "nested over 32 deep" in results["output"]
