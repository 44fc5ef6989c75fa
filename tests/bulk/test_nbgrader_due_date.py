"""Grading an nbgrader course (the real nbgrader reads its nbgrader_config.py and gradebook.db): the due date
is nbgrader's (the gradebook's Assignment.duedate; the config's db_assignments, which nbgrader 0.7+ ignores, is
ignored too and said so) when the instructor gives none, an explicit --due wins, and one line says which due date
was used."""

import textwrap
from datetime import datetime, timezone

import pytest
from bulk_fakes import FakeEngine
from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader.bulk import commands
from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.nbgrader.api import nbgrader_api, tools_on_path

UTC = timezone.utc


@pytest.fixture(autouse=True)
def fake_engine(monkeypatch):
    monkeypatch.setattr(commands, "Engine", FakeEngine)


def _course(write, config=""):
    write("course/submitted/fay/ps1/softmax.py", "CORRECT")
    write("course/submitted/fay/ps1/timestamp.txt", "2024-03-01 10:00:00 UTC")
    write("course/submitted/gus/ps1/losses.py", "HALF")
    write("course/submitted/gus/ps1/timestamp.txt", "2024-03-02 05:00:00 UTC")
    return write("course/nbgrader_config.py", textwrap.dedent(config)).parent


def _grade(course, out, *options):
    result = CliRunner().invoke(cli, ["grade", str(course), "--out", str(out), "--late-penalty", "per-day:1", *options])
    assert result.exit_code == 0, result.output
    with Gradebook(out / "gradebook.sqlite") as gradebook:
        return result.output, gradebook.lateness("ps1")


def test_the_config_db_assignments_is_ignored_as_nbgrader_ignores_it(tmp_path, write):
    course = _course(write, """
        c = get_config()
        c.CourseDirectory.db_assignments = [dict(name="ps0"), dict(name="ps1", duedate="2024-03-01 12:00:00 UTC")]
    """)
    said, late = _grade(course, tmp_path / "out")
    assert ("no due date for ps1 (none in nbgrader's gradebook.db, no --due): nothing counts as late; "
            "nbgrader_config.py's db_assignments duedate '2024-03-01 12:00:00 UTC' is ignored, as nbgrader ignores it "
            "(to use it: nbgrader db assignment add ps1 --duedate '2024-03-01 12:00:00 UTC')\n") in said
    assert not late["gus"].late and late["gus"].penalty == 0 and late["gus"].due is None


def test_the_gradebook_before_the_config_and_an_explicit_due_before_both(tmp_path, write):
    course = _course(write, """
        c = get_config()
        c.NbGrader.db_assignments = [dict(name="ps1", duedate="2024-03-01 12:00:00 UTC")]
    """)
    with tools_on_path(), nbgrader_api().Gradebook(f"sqlite:///{course}/gradebook.db") as gb:
        gb.update_or_create_assignment("ps1", duedate=datetime(2024, 3, 1, 8, 0))  # nbgrader: naive UTC
        gb.update_or_create_student("fay")
        gb.update_or_create_submission("ps1", "fay")
        gb.grant_extension("ps1", "fay", hours=3)
    said, late = _grade(course, tmp_path / "a")
    assert ("due date of ps1: 2024-03-01 08:00 UTC, from nbgrader's gradebook.db; 1 extension from gradebook.db; "
            "nbgrader_config.py's db_assignments duedate '2024-03-01 12:00:00 UTC' is ignored") in said
    assert late["gus"].due == datetime(2024, 3, 1, 8, tzinfo=UTC)
    assert late["fay"].due == datetime(2024, 3, 1, 11, tzinfo=UTC) and not late["fay"].late  # the extension

    said, late = _grade(course, tmp_path / "b", "--due", "2024-03-01 09:00 UTC")
    assert ("due date of ps1: 2024-03-01 09:00 UTC, from --due (not 2024-03-01 08:00 UTC in nbgrader's gradebook.db); "
            "1 extension from gradebook.db") in said
    assert late["gus"].due == datetime(2024, 3, 1, 9, tzinfo=UTC)
    assert late["fay"].due == datetime(2024, 3, 1, 12, tzinfo=UTC)


def test_no_due_date_anywhere_is_said(tmp_path, write):
    said, late = _grade(_course(write, "c = get_config()\n"), tmp_path / "out")
    assert "no due date for ps1 (none in nbgrader's gradebook.db, no --due): nothing counts as late\n" in said
    assert not any(entry.late for entry in late.values())


def test_an_unreadable_due_date_in_the_config_is_ignored_too(tmp_path, write):
    course = _course(write, "c = get_config()\nc.CourseDirectory.db_assignments = [dict(name='ps1', duedate='soon')]\n")
    result = CliRunner().invoke(cli, ["grade", str(course), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "db_assignments duedate 'soon' is ignored, as nbgrader ignores it" in result.output
