"""Late work: nbgrader's timestamp.txt, file times on request, the due date from --due or the nbgrader
course, the instructor's penalty policy, and the flags in gradebook, grades.csv, nbgrader CSV and class report."""

import csv
import os
import re
import sqlite3
from datetime import datetime, timezone

import pytest
from bulk_fakes import FakeEngine
from click.testing import CliRunner

from mlptutor.grader.bulk import commands
from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.bulk.late import Late, LateError, Policy, due_time, parse_time, utc_text
from mlptutor.grader.bulk.run import _dropped_penalties
from mlptutor.cli import cli


@pytest.fixture(autouse=True)
def fake_engine(monkeypatch):
    monkeypatch.setattr(commands, "Engine", FakeEngine)


def _run(*args):
    result = CliRunner().invoke(cli, [*map(str, args)])
    assert result.exit_code == 0, result.output
    return result


def test_nbgrader_timestamps_and_policies():
    assert parse_time("2024-03-01 17:05:09.123456 UTC") == datetime(2024, 3, 1, 17, 5, 9, 123456, timezone.utc)
    assert parse_time("2024-03-01 12:00:00 America/New_York") == datetime(2024, 3, 1, 17, 0, tzinfo=timezone.utc)
    assert parse_time("2024-03-01T18:00:00+01:00") == datetime(2024, 3, 1, 17, 0, tzinfo=timezone.utc)
    assert parse_time("2024-03-01 17:00") == datetime(2024, 3, 1, 17, 0, tzinfo=timezone.utc)
    with pytest.raises(LateError, match="not a date"):
        parse_time("yesterday")
    day = 86400
    assert Policy.parse(None).penalty(5 * day, 3, 4) == 0
    assert Policy.parse("zero").penalty(1, 3, 4) == 3
    assert Policy.parse("per-day:10%").penalty(1.5 * day, 3, 4) == pytest.approx(0.8)
    assert Policy.parse("per-day:2").penalty(3 * day, 3, 4) == 3  # never below 0
    assert Policy.parse("per-day:10%").penalty(0, 3, 4) == 0
    with pytest.raises(LateError, match="per-day:10%"):
        Policy.parse("10 percent")


def _course(write):
    fay = write("course/submitted/fay/ps1/softmax.py", "CORRECT")
    write("course/submitted/fay/ps1/timestamp.txt", "2024-03-01 16:59:00.000000 UTC\n")
    write("course/submitted/gus/ps1/losses.py", "HALF")
    write("course/submitted/gus/ps1/timestamp.txt", "2024-03-02 05:00:00 UTC")
    write("course/submitted/hal/ps1/losses.py", "CORRECT")
    write("course/submitted/hal/ps1/timestamp.txt", "not a time")
    return fay.parents[3]


def test_late_submissions_flagged_penalised_and_exported(tmp_path, write):
    course, out = _course(write), tmp_path / "out"
    result = _run("grade", course, "--out", out, "--due", "2024-03-01 17:00 UTC", "--late-penalty", "per-day:10%")
    assert "1 late" in result.output
    assert "submitted/hal/ps1/timestamp.txt: 'not a time' is not a date" in result.output
    rows = {r["student"]: r for r in csv.DictReader((out / "grades.csv").open())}
    assert (rows["fay"]["late"], rows["fay"]["penalty"], rows["fay"]["final"]) == ("", "0", "2")
    assert (rows["gus"]["late"], rows["gus"]["penalty"], rows["gus"]["final"]) == ("12", "0.4", "0.6")
    assert rows["hal"]["late"] == ""  # time unknown: never late
    report = (out / "class-report.html").read_text()
    assert "<h2>Late submissions</h2>" in report and "<td>gus</td><td>2024-03-02 05:00 UTC</td><td>12.0 h late" in report

    _run("export", "--format", "nbgrader", "--gradebook", out / "gradebook.sqlite", "--out", tmp_path / "nb.csv")
    nb = {r["student_id"]: r for r in csv.DictReader((tmp_path / "nb.csv").open())}
    assert (nb["gus"]["timestamp"], nb["gus"]["duedate"]) == ("2024-03-02 05:00:00", "2024-03-01 17:00:00")  # naive UTC
    assert (nb["gus"]["raw_score"], nb["gus"]["late_submission_penalty"], nb["gus"]["score"]) == ("1.0", "0.4", "0.6")

    # a rerun with another policy changes flags and penalties without grading again
    result = _run("grade", course, "--out", out, "--due", "2024-03-01 17:00 UTC", "--late-penalty", "zero")
    assert "0 graded, 3 already graded" in result.output and "taken away" not in result.output
    rows = {r["student"]: r for r in csv.DictReader((out / "grades.csv").open())}
    assert (rows["gus"]["penalty"], rows["gus"]["final"]) == ("1", "0")


def test_due_date_and_extensions_from_the_nbgrader_course(tmp_path, write):
    from mlptutor.grader.nbgrader.api import nbgrader_api, tools_on_path

    course, out = _course(write), tmp_path / "out"
    api = nbgrader_api()
    with tools_on_path(), api.Gradebook(f"sqlite:///{course}/gradebook.db") as gb:
        gb.update_or_create_assignment("ps1", duedate=datetime(2024, 3, 1, 4, 0))  # nbgrader: naive UTC
        gb.update_or_create_student("fay")
        gb.update_or_create_submission("ps1", "fay")
        gb.grant_extension("ps1", "fay", hours=13)
    result = _run("grade", course, "--out", out)
    assert "1 late" in result.output
    with Gradebook(out / "gradebook.sqlite") as gb:
        late = gb.lateness("ps1")
    assert late["gus"].seconds == 25 * 3600 and late["gus"].penalty == 0  # no policy: flagged only
    assert late["gus"].due == datetime(2024, 3, 1, 4, 0, tzinfo=timezone.utc)
    assert not late["fay"].late and late["fay"].due == datetime(2024, 3, 1, 17, 0, tzinfo=timezone.utc)


def test_file_times_only_when_asked(tmp_path, write):
    for student in ("ann", "ben"):
        write(f"class/{student}/softmax.py", "CORRECT")
    old, new = datetime(2024, 3, 1, 12, tzinfo=timezone.utc), datetime(2024, 3, 3, 12, tzinfo=timezone.utc)
    os.utime(tmp_path / "class/ann/softmax.py", (old.timestamp(),) * 2)
    os.utime(tmp_path / "class/ben/softmax.py", (new.timestamp(),) * 2)
    _run("grade", tmp_path / "class", "--out", tmp_path / "a", "--due", "2024-03-02")
    with Gradebook(tmp_path / "a" / "gradebook.sqlite") as gb:
        assert not any(late.late for late in gb.lateness("class").values())
    _run("grade", tmp_path / "class", "--out", tmp_path / "b", "--due", "2024-03-02", "--times-from-files")
    with Gradebook(tmp_path / "b" / "gradebook.sqlite") as gb:
        late = gb.lateness("class")
    assert (late["ann"].late, late["ben"].late, late["ben"].submitted_at) == (False, True, new)


def test_a_version_1_gradebook_is_read_and_gets_the_late_columns(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE submissions (assignment TEXT NOT NULL, student TEXT NOT NULL, content_hash TEXT NOT NULL,
            grader_version TEXT NOT NULL, isolation TEXT NOT NULL, seconds REAL NOT NULL, problems TEXT NOT NULL,
            output TEXT NOT NULL, graded_at TEXT NOT NULL, PRIMARY KEY (assignment, student));
        CREATE TABLE checks (assignment TEXT NOT NULL, student TEXT NOT NULL, position INTEGER NOT NULL,
            exercise TEXT NOT NULL, function TEXT NOT NULL, check_name TEXT NOT NULL, kind TEXT NOT NULL,
            points REAL NOT NULL, max_points REAL NOT NULL, passed INTEGER NOT NULL, message TEXT NOT NULL,
            mistake TEXT, hint TEXT, output TEXT NOT NULL, PRIMARY KEY (assignment, student, position));
        PRAGMA application_id = 1835823220; PRAGMA user_version = 1;
        INSERT INTO submissions VALUES ('hw', 'ann', 'h', 'v', 'none', 0.1, '[]', '', '2024-01-01');
        INSERT INTO checks VALUES ('hw', 'ann', 0, 'softmax', 'softmax', 'c', 'value', 2, 2, 1, '', NULL, NULL, '');
    """)
    db.close()
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--gradebook", str(path), "--out", str(tmp_path / "g.csv")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "g.csv").read_text().splitlines()[1] == "ann,2,2,2,,0,2,"
    with Gradebook(path) as gb:
        assert not gb.lateness("hw")["ann"].late
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_due_date_before_1970_is_refused_wherever_it_comes_from(tmp_path, write):
    # it printed as "1-01-01 00:00 UTC" and made every submission late
    course = _course(write)
    result = CliRunner().invoke(cli, ["grade", str(course), "--out", str(tmp_path / "out"), "--due", "0001-01-01"],
                                prog_name="mlptutor")
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "Error: Invalid value: --due: the due date '0001-01-01' is before 1970, which would make every submission "
        "late; write the year in full (e.g. 2024-03-01 17:00) (see mlptutor grade --help)"]
    db = sqlite3.connect(course / "gradebook.db")  # nbgrader's table, with only the columns read
    db.executescript("CREATE TABLE assignment (id TEXT, name TEXT, duedate DATETIME);"
                     "CREATE TABLE submitted_assignment (assignment_id TEXT, student_id TEXT, extension DATETIME);"
                     "INSERT INTO assignment VALUES ('a', 'ps1', '0024-03-01 17:00:00.000000');")
    db.close()
    result = CliRunner().invoke(cli, ["grade", str(course), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{course / 'gradebook.db'}: the due date '0024-03-01 17:00:00.000000' is before 1970" in result.output
    assert not (tmp_path / "out" / "gradebook.sqlite").exists()


def test_a_time_before_the_year_1000_prints_with_four_digits():
    assert utc_text(parse_time("0001-01-01")) == "0001-01-01 00:00 UTC"  # strftime's %Y wrote "1-01-01"
    assert utc_text(parse_time("2024-03-01 12:00:30 America/New_York")) == "2024-03-01 17:00 UTC"


def test_a_submission_dated_after_the_run_is_said(tmp_path, write):
    # red18: a file touched to 2030 was late by 51,151 hours, its score taken, and nothing said so
    write("class/ann/softmax.py", "CORRECT")
    future = datetime(2030, 1, 1, tzinfo=timezone.utc)
    os.utime(tmp_path / "class/ann/softmax.py", (future.timestamp(),) * 2)
    result = _run("grade", tmp_path / "class", "--out", tmp_path / "a", "--due", "2024-03-02", "--times-from-files")
    assert "ann: submitted at 2030-01-01 00:00 UTC, after this run's own time: a wrong clock, file time" in result.output


def test_a_rerun_without_due_date_or_penalty_says_it_took_the_penalties_away(tmp_path, write):
    """Regrading one student by running again, the --due or --late-penalty of the first run left out, set every
    late penalty of the class to 0 without a word."""
    course, out = _course(write), tmp_path / "out"
    _run("grade", course, "--out", out, "--due", "2024-03-01 17:00 UTC", "--late-penalty", "per-day:10%")
    undated = _run("grade", course, "--out", out)
    assert ("late penalties of the last run taken away (1: gus): this run has no due date (the last had "
            "2024-03-01 17:00 UTC and per-day:10%); run again with the same --due and --late-penalty") in undated.output
    due = datetime(2024, 3, 1, 17, tzinfo=timezone.utc)
    before = {"gus": Late(due, due, 3600.0, 0.4, "per-day:10%"), "fay": Late(due, due)}
    after = {"gus": Late(due, due, 3600.0), "fay": Late(due, due)}
    assert "this run has --late-penalty none (the last had" in _dropped_penalties(before, after, due, Policy())[0]
    assert _dropped_penalties(before, after, due, Policy.parse("zero")) == []  # another policy: the instructor's


def test_the_penalties_taken_away_name_the_last_runs_due_date_and_no_empty_parentheses():
    """'(the last had ...)' named the first dropped student's own due date, an extension's; with neither due date nor
    rule recorded it read '(the last had )'."""
    due, extended = datetime(2024, 3, 1, 17, tzinfo=timezone.utc), datetime(2024, 3, 8, 17, tzinfo=timezone.utc)
    before = {"ann": Late(extended, extended, 3600.0, 0.4, "per-day:10%"),
              "gus": Late(due, due, 3600.0, 0.4, "per-day:10%")}
    after = {"ann": Late(extended, None), "gus": Late(due, None)}
    assert "(the last had 2024-03-01 17:00 UTC and per-day:10%)" in _dropped_penalties(before, after, None, Policy())[0]
    # the class's date as recorded, not guessed as the earliest: a roster date may be earlier than the class's
    assert "(the last had 2024-03-08 17:00 UTC" in _dropped_penalties(before, after, None, Policy(), extended)[0]
    unrecorded = {"gus": Late(due, None, 3600.0, 0.4)}
    assert ("this run has no due date; run again with the same --due"
            in _dropped_penalties(unrecorded, {"gus": Late(due, None)}, None, Policy())[0])


def test_a_roster_due_column_gives_a_student_an_extension(tmp_path, write):
    """Canvas keeps an extension as an assignment override (a student's own due date), which no export carries:
    gus, 12 hours past the class's due date but within his own, lost 10% under --late-penalty."""
    course, out = _course(write), tmp_path / "out"
    (tmp_path / "roster.csv").write_text("id,name,due\nfay,Fay,\ngus,Gus,2024-03-02T17:00:00Z\nhal,Hal,\n")
    result = _run("grade", course, "--out", out, "--due", "2024-03-01 17:00 UTC", "--late-penalty", "per-day:10%",
                  "--roster", tmp_path / "roster.csv")
    assert "1 student with their own due date (roster)" in result.output and " late" not in result.output, result.output
    rows = {r["student"]: r for r in csv.DictReader((out / "grades.csv").open())}
    assert (rows["gus"]["late"], rows["gus"]["penalty"], rows["gus"]["final"]) == ("", "0", "1")
    # a rerun without the roster puts gus back on the class's date: said, the gradebook holding the class's date
    rerun = _run("grade", course, "--out", out, "--due", "2024-03-01 17:00 UTC", "--late-penalty", "per-day:10%")
    assert ("1 judged by the class's due date this run, by their own the last (run again with the same --roster to "
            "give it back): gus (their own 2024-03-02 17:00 UTC)") in rerun.output, rerun.output
    (tmp_path / "roster.csv").write_text("id,name,due\ngus,Gus,next monday\n")
    bad = CliRunner().invoke(cli, ["grade", str(course), "--out", str(out), "--roster", str(tmp_path / "roster.csv")])
    assert bad.exit_code != 0 and "column 'due' of gus" in bad.output and "Traceback" not in bad.output


def test_a_roster_due_date_applies_only_where_it_extends_the_class(tmp_path, write):
    """Without --due, gus's roster date (an extension) was applied anyway: only he was late (lost 0.8) under a line
    saying nothing counts as late. A roster date before the class's shortened his deadline without a word."""
    course, roster = _course(write), tmp_path / "roster.csv"
    roster.write_text("id,name,due\ngus,Gus,2024-03-01T16:00:00Z\n")
    undated = _run("grade", course, "--out", tmp_path / "a", "--late-penalty", "per-day:10%", "--roster", roster)
    assert "1 with their own due date in the roster, not applied: the class has no due date" in undated.output
    assert re.search(r"\b\d+ late\b", undated.output) is None, undated.output
    rows = {r["student"]: r for r in csv.DictReader((tmp_path / "a" / "grades.csv").open())}
    assert (rows["gus"]["late"], rows["gus"]["penalty"]) == ("", "0")
    shorter = _run("grade", course, "--out", tmp_path / "b", "--due", "2024-03-01 17:00 UTC", "--roster", roster)
    assert ("1 with a roster due date before the class's or their nbgrader extension: the roster's counts, an earlier "
            "deadline: gus (2024-03-01 16:00 UTC, not 2024-03-01 17:00 UTC)") in shorter.output, shorter.output


def test_grade_help_says_the_roster_due_column_and_a_date_alone():
    """--roster's help said only that it reports missing students, not that its `due` column changes lateness; a
    date alone ('2024-03-01') is the end of that day in --lms-time-zone (quiz25; it was its 00:00 UTC), which neither
    --due's help nor the roster's said."""
    text = " ".join(CliRunner().invoke(cli, ["grade", "--help"]).output.split())
    assert "optional `due` column is a student's own due date" in text, text
    assert "'2024-03-01', is the end of that day, 23:59:59 in --lms-time-zone" in text, text
    # mendb25: --lms-time-zone's own help said only submission times; a time with no zone is UTC all the same
    assert "Also where a due date written as a date alone ends" in text and "whatever --lms-time-zone is" in text, text
    assert due_time("2024-03-01", "--due") == datetime(2024, 3, 1, 23, 59, 59, tzinfo=timezone.utc)
