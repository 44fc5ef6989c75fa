"""Helpers shared by the bulk tests that read a gradebook from outside, as a second process would."""

import sqlite3
from pathlib import Path

from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.model import CheckResult, SubmissionReport


def committed(path: Path) -> int:
    """How many submissions the gradebook at `path` holds right now (0 before it exists)."""
    try:
        with sqlite3.connect(path, timeout=5) as db:
            return db.execute("SELECT count(*) FROM submissions").fetchone()[0]
    except sqlite3.Error:
        return 0


def book(path: Path, ignore=("seconds",)) -> dict:
    """Every assignment's reports as dicts without the `ignore` keys (what may differ between runs)."""
    with Gradebook(path) as gb:
        return {a: [{k: v for k, v in r.to_dict().items() if k not in ignore} for r in gb.reports(a)]
                for a in gb.assignments()}


def one_check_report(student, points):
    """A report of one softmax check worth 4 points, `points` of them earned."""
    rows = [CheckResult("softmax", "softmax", "values", "value", points, 4.0, points == 4.0)]
    return SubmissionReport(student, rows, content_hash=student, grader_version="t", isolation="none")


def lms_export(tmp_path, fmt, roster_text, *options, grades=(("alee", 4.0),), assignment="HW1"):
    """`mlptutor export --format fmt` of `assignment` (`grades`: (student, points of 4)) with `roster_text` as the
    roster: (the result, the file's text)."""
    (tmp_path / "roster.csv").write_text(roster_text, encoding="utf-8")
    with Gradebook(tmp_path / "gb.sqlite") as book:
        for student, points in grades:
            book.record(assignment, one_check_report(student, points))
    out = tmp_path / f"{fmt}.csv"
    result = CliRunner().invoke(cli, ["export", "--format", fmt, "--gradebook", str(tmp_path / "gb.sqlite"),
                                      "--roster", str(tmp_path / "roster.csv"), "--out", str(out), *options])
    assert result.exit_code == 0, result.output
    return result, out.read_text(encoding="utf-8") if out.exists() else ""
