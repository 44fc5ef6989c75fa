"""grade_class's regrade lines (grader/bulk/regrades.py) over two runs of a class, with the fake engine graded in
this process: what the lines say, and that a run stopped halfway keeps them (review E of inst24)."""

import sqlite3

import pytest
from bulk_fakes import FakeEngine, _hash
from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader.bulk import commands
from mlptutor.grader.bulk.jobs import grade_job
from mlptutor.grader.bulk.run import grade_class


class Inline:
    """The engine's grade function in this process; `stop_after` jobs done, a Ctrl-C."""

    def __init__(self, engine, stop_after=None):
        self.engine, self.stop_after = engine, stop_after

    def run(self, jobs):
        with self.engine.open() as grade:
            for n, job in enumerate(jobs):
                if n == self.stop_after:
                    raise KeyboardInterrupt
                yield grade_job(grade, job)


def _run(tmp_path, engine=FakeEngine(), **kw):
    return grade_class(tmp_path / "class", tmp_path / "out", engine, Inline(engine, kw.pop("stop_after", None)),
                       **kw)


def test_another_exercises_set_is_said_as_such_not_as_a_fault(tmp_path, write, monkeypatch):
    """`grade --exercises softmax` then `grade` said 'graded again with the same files by the same grader
    (--regrade): 1 grade moved (ann 2 -> 2 (out of 2 -> 4)) ...: report this' without --regrade."""
    monkeypatch.setattr(commands, "Engine", FakeEngine)
    write("class/ann/softmax.py", "CORRECT")
    grade = ["grade", str(tmp_path / "class"), "--out", str(tmp_path / "out"), "--executor", "local"]
    assert CliRunner().invoke(cli, [*grade, "--exercises", "softmax"]).exit_code == 0
    said = CliRunner().invoke(cli, grade).output
    line = "1 graded again out of other exercises (another --exercises): 1 grade moved (ann 2 -> 2 (out of 2 -> 4)"
    assert line in said and "report this" not in said and "--regrade)" not in said
    assert line in (tmp_path / "out" / "regrades.txt").read_text()


def test_a_run_stopped_halfway_records_the_grades_it_replaced(tmp_path, write):
    """The lines reached the user only on a normal return: a Ctrl-C after part of the class was regraded lost
    them, and the next run skipped those students, so their old grades were never said."""
    for student in ("ann", "bob"):
        write(f"class/{student}/softmax.py", "wrong")
    _run(tmp_path)
    for student in ("ann", "bob"):
        write(f"class/{student}/softmax.py", "CORRECT")
    with pytest.raises(KeyboardInterrupt):
        _run(tmp_path, stop_after=1)
    assert _run(tmp_path).regraded == ["1 graded again for other code (new files, or the same ones read into other "
                                       "modules by a newer mlptutor): 1 grade moved (bob 0 -> 2 of 4; rows: "
                                       "softmax.softmax shape (1), softmax.softmax value (1)), 0 unchanged"]
    kept = (tmp_path / "out" / "regrades.txt").read_text()
    assert "(ann 0 -> 2 of 4;" in kept and "(bob 0 -> 2 of 4;" in kept


def test_the_regrades_file_keeps_its_newest_lines_only_and_is_private(tmp_path, write, monkeypatch):
    """read25: OUT/regrades.txt was appended to by every run that regraded anyone, never trimmed, and created mode
    0644 (grades and ids readable by anyone on the machine) where every other file of OUT is 0600."""
    import os

    from mlptutor.grader.bulk import regrades

    monkeypatch.setattr(regrades, "KEPT_BYTES", 400)
    write("class/ann/softmax.py", "wrong")
    _run(tmp_path)
    kept = tmp_path / "out" / "regrades.txt"
    kept.write_text("".join(f"2026-01-01 00:00 UTC class: old line {n}\n" for n in range(40)))
    write("class/ann/softmax.py", "CORRECT")
    _run(tmp_path)
    text = kept.read_text()
    assert len(text.encode()) <= 400 and text.startswith("2026-01-01 00:00 UTC class: old line ")
    assert "old line 39\n" in text and "old line 0\n" not in text and text.endswith("0 unchanged\n")
    assert os.stat(kept).st_mode & 0o777 == 0o600


def test_a_row_graded_before_files_were_recorded_is_not_graded_again(tmp_path, write):
    """read24 hashed the names of the files read from other than <module>.py into content_hash: every notebook,
    src/softmax.py and bundle of a gradebook of before got a new hash without a new byte and was graded again
    'for new files'. A row of before (the modules' hash, no `files`) is skipped; a rename since still regrades."""
    write("class/ann/src/softmax.py", "CORRECT")
    assert _run(tmp_path).graded == 1
    with sqlite3.connect(tmp_path / "out" / "gradebook.sqlite") as db:
        db.execute("UPDATE submissions SET files = NULL, content_hash = ?", (_hash({"softmax": "CORRECT"}),))
    assert (_run(tmp_path).graded, _run(tmp_path).regraded) == (0, [])


def test_an_interrupted_grade_names_the_regrades_file_and_survives_a_closed_terminal(tmp_path, monkeypatch):
    """The interrupt's line was click.echo to stderr, which raises OSError when the terminal is gone (SIGHUP): a
    traceback and exit 1, not 130 (review A of read24); it now says where the replaced grades are."""
    import sys

    class Gone:
        def write(self, text):
            raise OSError(5, "Input/output error")

        def flush(self):
            pass

    said = []

    def stop(*args, **kwargs):
        (tmp_path / "out").mkdir()
        (tmp_path / "out" / "regrades.txt").write_text("1 graded again ...\n")
        monkeypatch.setattr(sys, "stderr", Gone() if said else sys.stderr)
        raise KeyboardInterrupt

    monkeypatch.setattr(commands, "grade_class", stop)
    monkeypatch.setattr(commands, "Engine", FakeEngine)
    (tmp_path / "class").mkdir()
    grade = ["grade", str(tmp_path / "class"), "--out", str(tmp_path / "out")]
    first = CliRunner().invoke(cli, grade)
    assert first.exit_code == 130 and "regrades.txt" in first.output, first.output
    said.append(first.output)
    (tmp_path / "out" / "regrades.txt").unlink()
    (tmp_path / "out").rmdir()
    assert CliRunner().invoke(cli, grade).exit_code == 130


def test_a_moved_helper_does_not_make_every_rerun_grade_again(tmp_path, write):
    """The gradebook's files name the graded exercises' files only; compared with every module's (src/utils.py
    too), a submission with a helper outside its top folder was graded again on every run."""
    write("class/ann/src/softmax.py", "import utils\nCORRECT")
    write("class/ann/src/utils.py", "x = 1\n")
    assert [_run(tmp_path).graded for _ in range(2)] == [1, 0]


def test_a_ctrl_c_just_after_a_grade_is_recorded_keeps_the_grade_it_replaced(tmp_path, write, monkeypatch):
    """Review F of mend24: the run listed a member as regraded only after gradebook.record committed and its
    replaced ids were read, so a Ctrl-C between the two left the old grade out of regrades.txt; one in record, before
    the commit, lists nothing it did not replace; one in record after its commit (a Ctrl-C during COMMIT is raised
    once it returns) lists it too (read25: it was left out, and the next run skipped the regraded student); when the
    gradebook cannot be asked then, the Ctrl-C still stops the run, listing nothing (menda25: the gradebook's error
    replaced it)."""
    import sqlite3

    from mlptutor.grader.bulk.gradebook import Gradebook

    record = Gradebook.record

    def replaced():  # the ids record replaced, read after it returned and committed: the Ctrl-C comes then
        raise KeyboardInterrupt
        yield

    def before_commit(self, *args, **kwargs):
        raise KeyboardInterrupt

    def after_commit(self, *args, **kwargs):
        record(self, *args, **kwargs)
        return replaced()

    def inside_after_commit(self, *args, **kwargs):
        record(self, *args, **kwargs)
        raise KeyboardInterrupt

    def locked(self, *args):
        raise sqlite3.OperationalError("database is locked")

    for committed, recording, holds in ((False, before_commit, Gradebook.holds), (True, after_commit, Gradebook.holds),
                                        (True, inside_after_commit, Gradebook.holds),
                                        (False, inside_after_commit, locked)):
        write("class/ann/softmax.py", "wrong")  # the same old grade before each stopped run
        monkeypatch.undo()
        _run(tmp_path)
        write("class/ann/softmax.py", "CORRECT")
        (tmp_path / "out" / "regrades.txt").unlink(missing_ok=True)
        monkeypatch.setattr(Gradebook, "record", recording)
        monkeypatch.setattr(Gradebook, "holds", holds)
        with pytest.raises(KeyboardInterrupt):
            _run(tmp_path)
        kept = tmp_path / "out" / "regrades.txt"
        assert (kept.exists() and "(ann 0 -> 2 of 4;" in kept.read_text()) is committed


def test_each_submission_is_hashed_once_per_run(tmp_path, write):
    """Review F of mend24: the content hash was computed in _pending per member and again when graded (a 16 MB
    notebook parsed 2+ times): counted, one hash per submission, graded or skipped."""
    hashed = []

    class Counting(FakeEngine):
        def content_hash(self, modules):
            hashed.append(modules)
            return super().content_hash(modules)

    for student in ("ann", "bob"):
        write(f"class/{student}/softmax.py", "CORRECT")
    _run(tmp_path, Counting())
    assert len(hashed) == 2
    _run(tmp_path, Counting(), regrade=True)
    assert len(hashed) == 4


def test_the_same_files_read_otherwise_by_a_newer_mlptutor_are_not_said_to_be_handed_in_again(tmp_path, write,
                                                                                             monkeypatch):
    """Review A of read25: its reading grades a Losses.py beside softmax.py as losses (before: a helper nothing
    imports); a gradebook of before regraded such a student (17.5 -> 44.5 with real grading, one regrade run) "for new
    files" although nothing was handed in again: the hash is of the modules read. The line says both causes."""
    from mlptutor.grader.bulk import sources

    write("class/ann/softmax.py", "CORRECT")
    write("class/ann/Losses.py", "CORRECT")
    with monkeypatch.context() as before:
        before.setattr(sources, "_cased", lambda stem, exercises: None)  # the reading before read25
        assert _run(tmp_path).graded == 1
    assert _run(tmp_path).regraded == ["1 graded again for other code (new files, or the same ones read into other "
                                       "modules by a newer mlptutor): 1 grade moved (ann 2 -> 4 of 4; rows: "
                                       "losses.(file) submitted (1), losses.losses shape (1), losses.losses value "
                                       "(1)), 0 unchanged"]
