"""LMS documents as an outsider finds them, r22 (lms22)."""

from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.model import CheckResult, SubmissionReport


def _report(student, points):
    rows = [CheckResult("softmax", "softmax", "values", "value", points, 4.0, points == 4.0)]
    return SubmissionReport(student, rows, content_hash=student, grader_version="t", isolation="none")


def _export(tmp_path, fmt, roster_text, *options, grades=(("alee", 4.0),)):
    """`mlptutor export --format fmt` of HW1 with `roster_text` as the roster: (the result, the file's text)."""
    (tmp_path / "roster.csv").write_text(roster_text, encoding="utf-8")
    with Gradebook(tmp_path / "gb.sqlite") as book:
        for student, points in grades:
            book.record("HW1", _report(student, points))
    out = tmp_path / f"{fmt}.csv"
    result = CliRunner().invoke(cli, ["export", "--format", fmt, "--gradebook", str(tmp_path / "gb.sqlite"),
                                      "--roster", str(tmp_path / "roster.csv"), "--out", str(out), *options])
    assert result.exit_code == 0, result.output
    return result, out.read_text(encoding="utf-8") if out.exists() else ""


MOODLE_BY_EMAIL = ('First name,Last name,ID number,Institution,Department,Email address,"Assignment: HW1 (Real)",'
                   "Last downloaded from this course\nAnn,Lee,,Uni,CS,Ann.Lee@Uni.edu,-,1733500000\n"
                   "Bo,Roe,,Uni,CS,bo@uni.edu,-,1733500000\n")


def test_a_student_graded_under_their_email_in_another_case_is_the_rosters(tmp_path):
    """Graded from Gradescope's export ('ann.lee@uni.edu'), exported with Moodle's grade export as the roster (its id
    the Email address as Moodle holds it, 'Ann.Lee@Uni.edu'): Ann had no row ('not on the roster ... stops the
    import') and was 'on the roster, not graded' at once. Ids are one student ignoring case, as grading reads them."""
    result, text = _export(tmp_path, "moodle", MOODLE_BY_EMAIL, grades=(("ann.lee@uni.edu", 4.0), ("bo@uni.edu", 3.0)))
    assert text.splitlines()[1:] == ["Ann,Lee,,,Ann.Lee@Uni.edu,4", "Bo,Roe,,,bo@uni.edu,3"]
    assert "not on the roster" not in result.output and "not graded" not in result.output
    assert "exported 2 submissions" in result.output
