"""A rerun of `mlptutor grade`: new renderers rewrite the feedback files from the gradebook without grading
again; a new grader version grades again."""

import sqlite3

from bulk_fakes import FakeEngine, fake_grade

from mlptutor.grader.bulk import outputs
from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.bulk.jobs import Done
from mlptutor.grader.bulk.run import grade_class


class Recording:
    """A serial executor that remembers which students it graded (with the engine's version)."""

    def __init__(self, version: str):
        self.version = version
        self.graded = []

    def run(self, jobs):
        for job in jobs:
            self.graded.append(job.student)
            report = fake_grade(job.student, job.modules)
            report.grader_version = self.version
            yield Done(job.student, report)


def _class(write):
    for student, body in {"ann": "CORRECT", "ben": "HALF"}.items():
        write(f"class/{student}/softmax.py", body)
        write(f"class/{student}/losses.py", "CORRECT")


def _run(tmp_path, engine=FakeEngine()):
    executor = Recording(engine.version)
    grade_class(tmp_path / "class", tmp_path / "out", engine, executor)
    return executor.graded


def _scribble(tmp_path) -> list:
    """Overwrite every per-student file; return their paths."""
    files = sorted((tmp_path / "out" / "feedback").iterdir()) + sorted((tmp_path / "out" / "gradescope").glob("*/*"))
    for file in files:
        file.write_text("stale")
    return files


def test_new_renderers_rewrite_feedback_without_grading(tmp_path, write, monkeypatch):
    _class(write)
    assert _run(tmp_path) == ["ann", "ben"]
    files = _scribble(tmp_path)
    assert len(files) == 6
    assert _run(tmp_path) == []  # same renderers: nothing graded, nothing rewritten
    assert all(f.read_text() == "stale" for f in files)

    monkeypatch.setattr(outputs, "RENDER_VERSION", "edited-renderers")
    assert _run(tmp_path) == []  # the grading step is not called
    assert all(f.read_text() != "stale" for f in files)
    assert "softmax-off-by-one" in (tmp_path / "out" / "feedback" / "ben.md").read_text()
    with Gradebook(tmp_path / "out" / "gradebook.sqlite") as gradebook:
        assert gradebook.rendered("class") == {"ann": "edited-renderers", "ben": "edited-renderers"}


def test_a_new_grader_version_grades_again(tmp_path, write):
    _class(write)
    _run(tmp_path)
    assert _run(tmp_path, FakeEngine(version="fake-2")) == ["ann", "ben"]
    assert _run(tmp_path, FakeEngine(version="fake-2")) == []


def test_a_gradebook_without_render_versions_rewrites_feedback_once(tmp_path, write):
    _class(write)
    _run(tmp_path)
    path = tmp_path / "out" / "gradebook.sqlite"
    with sqlite3.connect(path) as db:  # as a gradebook of an mlptutor that did not record them
        db.execute("UPDATE submissions SET render_version = NULL")
    files = _scribble(tmp_path)
    assert _run(tmp_path) == []
    assert all(f.read_text() != "stale" for f in files)
    with Gradebook(path) as gradebook:
        assert set(gradebook.rendered("class").values()) == {outputs.RENDER_VERSION}
