"""A gradebook path holding anything but a mlptutor gradebook is refused by `grade` and `export` with one
line and left byte for byte as it was, with no -wal/-shm beside it; new gradebooks are private (0600)."""

import hashlib
import os
import sqlite3
import stat

import pytest
from bulk_fakes import FakeEngine
from click.testing import CliRunner

from mlptutor.grader.bulk import commands
from mlptutor.grader.bulk.gradebook import APPLICATION_ID, Gradebook
from mlptutor.cli import cli


def _foreign_sqlite(path, wal=False):
    db = sqlite3.connect(path)
    if wal:
        db.execute("PRAGMA journal_mode=WAL")
    db.executescript("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('ann');")
    db.close()


def _state(folder):
    """Every path under `folder` with its content hash (None for a folder): a change anywhere shows."""
    return {p.relative_to(folder).as_posix(): None if p.is_dir() else hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*"))}


FOREIGN = {
    "sqlite": lambda p: _foreign_sqlite(p),
    "sqlite-wal": lambda p: _foreign_sqlite(p, wal=True),
    "text": lambda p: p.write_text("student,score\nann,3\n"),
    "short-binary": lambda p: p.write_bytes(b"SQLite format 3\x00"),
    "folder": lambda p: (p.mkdir(), (p / "keep.txt").write_text("mine")),
}


@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_foreign_gradebook_is_refused_untouched(tmp_path, write, monkeypatch, kind):
    monkeypatch.setattr(commands, "Engine", FakeEngine)
    write("class/alice/softmax.py", "CORRECT")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "gradebook.sqlite"
    FOREIGN[kind](target)
    before = _state(out)

    graded = CliRunner().invoke(cli, ["grade", str(tmp_path / "class"), "--out", str(out), "--workers", "1"])
    exported = CliRunner().invoke(cli, ["export", "--format", "csv", "--gradebook", str(target),
                                        "--out", str(tmp_path / "grades.csv")])
    for result in (graded, exported):
        assert result.exit_code == 1
        error = result.output.strip().splitlines()[-1]
        assert error.startswith("Error: ") and str(target) in error and "nothing was changed" in error, result.output
        assert "Traceback" not in result.output
    assert _state(out) == before  # same bytes, no table added, no -wal/-shm, no feedback written
    assert not (tmp_path / "grades.csv").exists()


def test_empty_file_becomes_a_new_gradebook(tmp_path):
    path = tmp_path / "gradebook.sqlite"
    path.write_bytes(b"")
    with Gradebook(path) as gb:
        assert gb.assignments() == []
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert int.from_bytes(path.read_bytes()[68:72], "big") == APPLICATION_ID


def test_gradebook_of_an_earlier_version_is_recognised_and_stamped(tmp_path):
    path = tmp_path / "old.sqlite"
    with Gradebook(path):
        pass
    db = sqlite3.connect(path)  # as written before gradebooks carried an application_id
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("PRAGMA application_id = 0")
    db.execute("DROP TABLE due_dates")  # its two tables: due_dates came after the application_id
    db.close()
    with Gradebook(path, create=False) as gb:
        assert gb.assignments() == []
    assert int.from_bytes(path.read_bytes()[68:72], "big") == APPLICATION_ID


def test_export_of_a_missing_gradebook_says_so_and_creates_nothing(tmp_path):
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--gradebook", str(tmp_path / "none.sqlite"),
                                      "--out", str(tmp_path / "g.csv")])
    assert result.exit_code == 1 and "no gradebook at" in result.output
    assert list(tmp_path.iterdir()) == []


def test_every_output_file_is_private(tmp_path, write, monkeypatch):
    monkeypatch.setattr(commands, "Engine", FakeEngine)
    write("class/alice/softmax.py", "CORRECT")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["grade", str(tmp_path / "class"), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    files = [p for p in out.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"gradebook.sqlite", "grades.csv", "alice.md", "results.json"}
    assert {p.relative_to(out).as_posix(): stat.S_IMODE(p.stat().st_mode) for p in files} == {
        p.relative_to(out).as_posix(): 0o600 for p in files}


def test_an_old_gradebook_readable_by_others_is_made_private_once(tmp_path, write, monkeypatch):
    monkeypatch.setattr(commands, "Engine", FakeEngine)
    write("class/alice/softmax.py", "CORRECT")
    out = tmp_path / "out"
    with Gradebook(out / "gradebook.sqlite"):
        pass
    os.chmod(out / "gradebook.sqlite", 0o644)  # as earlier versions made it
    runs = [CliRunner().invoke(cli, ["grade", str(tmp_path / "class"), "--out", str(out), "--workers", "1"])
            for _ in range(2)]
    assert [r.exit_code for r in runs] == [0, 0], runs[0].output
    said = f"gradebook {out / 'gradebook.sqlite'} was readable by others (mode 0644); made private (0600)"
    assert said in runs[0].output and "readable by others" not in runs[1].output
    assert stat.S_IMODE((out / "gradebook.sqlite").stat().st_mode) == 0o600


def test_export_reads_a_gradebook_where_nothing_can_be_written(tmp_path, monkeypatch):
    """`export` opened the gradebook read-write (WAL: a -wal and -shm beside it), so on a read-only disk it failed
    ('unable to open database file') though it only reads. Where the folder cannot be written it now reads the
    file as it is, leaving nothing beside it (a test as root cannot make a folder unwritable: `_writable` says so;
    checked by hand on a read-only bind mount, where a -wal without its -shm is one line, not stale grades)."""
    from bulk_fakes import fake_grade

    from mlptutor.grader.bulk import gradebook

    path = tmp_path / "gradebook.sqlite"
    with Gradebook(path) as book:
        book.record("hw1", fake_grade("alice", {"softmax": "CORRECT"}))
    os.chmod(path, 0o444)
    os.chmod(tmp_path, 0o555)
    monkeypatch.setattr(gradebook, "_writable", lambda path: False, raising=False)
    try:
        with Gradebook(path, create=False) as book:
            assert [r.student for r in book.reports("hw1")] == ["alice"]
            assert os.listdir(tmp_path) == ["gradebook.sqlite"]
    finally:
        os.chmod(tmp_path, 0o755)


def test_a_gradebook_of_before_the_files_column_is_read_where_nothing_can_be_written(tmp_path, monkeypatch):
    """The read-only open required every added column, `files` (2026-12-07) too, so every gradebook of before it
    on a read-only disk (an archived course) was refused by export and report (review A of read24)."""
    import sqlite3

    from bulk_fakes import fake_grade

    from mlptutor.grader.bulk import gradebook

    path = tmp_path / "gradebook.sqlite"
    with Gradebook(path) as book:
        book.record("hw1", fake_grade("alice", {"softmax": "CORRECT"}))
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE submissions DROP COLUMN files")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    monkeypatch.setattr(gradebook, "_writable", lambda path: False, raising=False)
    with Gradebook(path, create=False) as book:
        assert [(r.student, r.files) for r in book.reports("hw1")] == [("alice", None)]  # not recorded (review F)
