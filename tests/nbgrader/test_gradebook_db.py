"""`mlptutor export --format nbgrader-db` writes into nbgrader's gradebook.db; real nbgrader reads it back."""

import csv
import re
import subprocess
from datetime import datetime, timedelta, timezone

from click.testing import CliRunner
from nb_helpers import spec_report

from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.bulk.late import Late
from mlptutor.grader.nbgrader.api import command, nbgrader_api, tools_on_path
from mlptutor.cli import cli


DUE = datetime(2026, 3, 1, 17, 0, tzinfo=timezone.utc)
# cy came in late, at a time with microseconds (as nbgrader's timestamp.txt has them), with nothing to take
LATE = Late(DUE + timedelta(minutes=5, microseconds=250), DUE, 300.00025)


def _setup(tmp_path):
    course = tmp_path / "course"
    course.mkdir()
    (course / "nbgrader_config.py").write_text("c = get_config()\nc.CourseDirectory.course_id = 'mlp101'\n")
    reports = [spec_report("ann", {"softmax": 1.0, "losses": 1.0}), spec_report("bob", {"softmax": 0.5}),
               spec_report("cy", {})]
    with Gradebook(tmp_path / "gb.sqlite") as gb:
        for report in reports:
            gb.record("ps1", report, late=LATE if report.student == "cy" else Late(due=DUE))
    return course, reports


def _kind(cell: str) -> str:
    """What a cell of nbgrader's CSV holds, by its text: nothing, a time, a number (with its decimal point), text."""
    for kind, pattern in (("empty", r""), ("time", r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{6})?"),
                          ("number", r"-?\d+\.\d+")):
        if re.fullmatch(pattern, cell):
            return kind
    return "text"


def _export(tmp_path, course, *extra):
    result = CliRunner().invoke(cli, ["export", "--format", "nbgrader-db", "--gradebook", str(tmp_path / "gb.sqlite"),
                                      "--nbgrader-course", str(course), *extra])
    assert result.exit_code == 0, result.output
    return result


def test_nbgrader_export_shows_mlptutors_totals_and_rerun_updates(tmp_path):
    course, reports = _setup(tmp_path)
    _export(tmp_path, course)
    with Gradebook(tmp_path / "gb.sqlite") as gb:  # bob fixes his work: the rerun updates, adds nothing
        gb.record("ps1", spec_report("bob", {"softmax": 1.0}), late=Late(due=DUE))
    _export(tmp_path, course)
    api = nbgrader_api()
    with tools_on_path(), api.Gradebook(f"sqlite:///{course}/gradebook.db", "mlp101") as gb:
        gb.update_or_create_assignment("ps1", duedate=DUE.replace(tzinfo=None))  # the course's own due date
    subprocess.run([command("nbgrader"), "export", "--to", "grades.csv"], cwd=course, check=True,
                   capture_output=True, timeout=120)
    rows = {r["student_id"]: r for r in csv.DictReader((course / "grades.csv").open())}
    expected = {"ann": reports[0].score, "bob": spec_report("bob", {"softmax": 1.0}).score, "cy": 0.0}
    assert {s: float(r["score"]) for s, r in rows.items()} == expected
    assert {float(r["max_score"]) for r in rows.values()} == {reports[0].max_score}
    assert expected["ann"] > expected["bob"] > 0
    _nbgraders_csv_is_mlptutors(tmp_path, course)

    with tools_on_path(), api.Gradebook(f"sqlite:///{course}/gradebook.db", "mlp101") as gb:
        grades = gb.db.query(api.Grade).all()
        cells = gb.db.query(api.GradeCell).count()
        assert len(grades) == 3 * cells and len(gb.students) == 3
        assert not any(g.needs_manual_grade for g in grades)
        comment = gb.find_comment("softmax", "softmax", "ps1", "cy").auto_comment
        assert "softmax.py is missing" in comment
    _a_student_without_a_submission_is_listed_alike(tmp_path, course, api)


def _a_student_without_a_submission_is_listed_alike(tmp_path, course, api):
    """nbgrader's export writes every student of its database, 0.0 for one who submitted nothing; mlptutor's writes
    every roster student so, and says which ones it wrote without a grade."""
    with tools_on_path(), api.Gradebook(f"sqlite:///{course}/gradebook.db", "mlp101") as gb:
        gb.update_or_create_student("dee", first_name="Dee", last_name="Dunn", email="dee@uni.example")
    subprocess.run([command("nbgrader"), "export", "--to", "grades.csv"], cwd=course, check=True,
                   capture_output=True, timeout=120)
    roster = tmp_path / "roster.csv"
    roster.write_text("id,first_name,last_name,email\nann,,,\nbob,,,\ncy,,,\ndee,Dee,Dunn,dee@uni.example\n")
    said = _nbgraders_csv_is_mlptutors(tmp_path, course, "--roster", str(roster))
    assert "1 on the roster, not graded: rows with no timestamp and score 0.0" in said
    assert "without a submission: dee\n" in said


def _nbgraders_csv_is_mlptutors(tmp_path, course, *extra):
    """`mlptutor export --format nbgrader` writes what `nbgrader export` wrote of the same grades (its grades.csv):
    its columns, each cell in its format (naive UTC times, numbers with their decimal point), the same times,
    numbers and names, a row for every student it has. The due date is the course's (mlptutor's nbgrader-db export
    leaves the assignment's as the course set it). `extra`: options of mlptutor's export (a roster); its output."""
    theirs = list(csv.DictReader((course / "grades.csv").open()))
    said = CliRunner().invoke(cli, ["export", "--format", "nbgrader", "--gradebook", str(tmp_path / "gb.sqlite"),
                                    "--out", str(tmp_path / "ours.csv"), *extra])
    ours = {r["student_id"]: r for r in csv.DictReader((tmp_path / "ours.csv").open())}
    assert list(theirs[0]) == list(ours["ann"]) and len(ours) == len(theirs)
    assert {r["student_id"]: r for r in theirs}["cy"]["timestamp"] == "2026-03-01 17:05:00.000250"
    for row in theirs:
        mine = ours[row["student_id"]]
        assert {k: _kind(v) for k, v in mine.items()} == {k: _kind(v) for k, v in row.items()}, row["student_id"]
        assert (mine["duedate"], mine["timestamp"]) == (row["duedate"], row["timestamp"])
        assert {k: float(mine[k]) for k in ("raw_score", "score", "max_score")} == {
            k: float(row[k]) for k in ("raw_score", "score", "max_score")}
        assert [mine[k] for k in ("last_name", "first_name", "email")] == [row[k] for k in ("last_name", "first_name",
                                                                                              "email")]
    return said.output


def test_without_course_option_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["export", "--format", "nbgrader-db", "--gradebook", str(tmp_path / "x")])
    assert result.exit_code == 2 and "--nbgrader-course" in result.output


def test_a_gradebook_db_nbgrader_cannot_use_is_one_line(tmp_path):
    course, _ = _setup(tmp_path)
    (course / "gradebook.db").write_text("not a database")
    result = CliRunner().invoke(cli, ["export", "--format", "nbgrader-db", "--gradebook", str(tmp_path / "gb.sqlite"),
                                      "--nbgrader-course", str(course)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "nbgrader's gradebook cannot take the grades" in result.output.strip().splitlines()[-1]


def test_comments_keep_student_text_as_text():
    from mlptutor.grader.model import CheckResult, SubmissionReport
    from mlptutor.grader.nbgrader.gradebook_db import Cell, _comment

    row = CheckResult("softmax", "softmax", "value", "value", 0.0, 2.0, False, "raised <img src=x onerror=alert(1)>")
    comment = _comment(SubmissionReport("ann", [row]), Cell("softmax", "softmax", 2.0))
    assert comment == r"FAILED value: raised \<img src=x onerror=alert(1)\>"
