"""Exports of an assignment's reports: grades CSV, Gradescope results.json, nbgrader's CSV.

Text shown to people is escaped (grader.feedback.escape): Gradescope's text
fields show control characters visibly, and a CSV text cell that a
spreadsheet would run as a formula (starting with = + - @ tab CR) gets a
leading apostrophe.

- grades.csv: one row per student, one column per exercise (points), total, max_score, note (why a
  submission that cannot be graded scores 0, else empty).
- Gradescope (https://gradescope-autograders.readthedocs.io/en/latest/specs/):
  per submission {"score", "execution_time", "output" (notes and the student's
  captured output), "output_format",
  "visibility", "stdout_visibility", "tests": [{"name", "number", "score",
  "max_score", "status": "passed"|"failed", "output", "output_format",
  "tags", "visibility"}, ...]}; one test per graded function.
- nbgrader: the columns `nbgrader export` writes (assignment, duedate,
  timestamp, student_id, last_name, first_name, email, raw_score,
  late_submission_penalty, score, max_score); names and emails from a roster.
"""

from __future__ import annotations

import csv
import io

from grader.bulk.engine import not_graded_reason
from grader.feedback.escape import csv_cell, visible
from grader.feedback.summary import Group, Outline, capped, function_state, outline, per_group
from grader.model import SubmissionReport
from mlptutor.roster import Student

NBGRADER_COLUMNS = ("assignment", "duedate", "timestamp", "student_id", "last_name", "first_name", "email",
                    "raw_score", "late_submission_penalty", "score", "max_score")


def exercise_names(reports: list[SubmissionReport]) -> list[str]:
    """Every exercise any report has, sorted."""
    return sorted({c.exercise for r in reports for c in r.checks})


def _csv(header, rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([csv_cell(v) if isinstance(v, str) else v for v in row] for row in rows)
    return buffer.getvalue()


def _number(value: float) -> str:
    return f"{value:g}"


def grades_csv(reports: list[SubmissionReport]) -> str:
    names = exercise_names(reports)
    rows = []
    for report in reports:
        per = {name: 0.0 for name in names}
        for c in report.checks:
            per[c.exercise] += c.points
        rows.append([report.student, *(_number(round(per[n], 6)) for n in names),
                     _number(report.score), _number(report.max_score), not_graded_reason(report)])
    return _csv(["student", *names, "total", "max_score", "note"], rows)


@per_group
def _tests(exercise: Group) -> list[tuple]:
    """(name, score, max_score, status, output) of each function's test: a line per check, then the
    mistakes named."""
    tests = []
    for fn in exercise.parts:
        lines = [f"{'ok' if r.passed else 'FAILED'} {r.check} ({r.kind}): {r.message}".rstrip(": ") for r in fn.rows]
        lines += [f"looks like {r.mistake}: {r.hint or ''}".rstrip(": ") for r in fn.rows if r.mistake]
        name = f"{exercise.name}.{fn.name}" if fn.name != "(file)" else f"{exercise.name}.py"
        status = "passed" if function_state(fn.rows) == "passed" else "failed"
        tests.append((visible(name), fn.score, fn.max_score, status, visible("\n".join(lines))))
    return tests


def gradescope_results(report: SubmissionReport, parts: Outline | None = None) -> dict:
    """Gradescope's results.json for one submission: one test per graded function;
    `parts` is `outline(report)` when the caller has it already."""
    parts = parts or outline(report)
    tests = [{"name": name, "number": f"{e}.{f}", "score": score, "max_score": max_score, "status": status,
              "output": output, "output_format": "text", "tags": [exercise.name], "visibility": "visible"}
             for e, exercise in enumerate(parts.exercises, start=1)
             for f, (name, score, max_score, status, output) in enumerate(_tests(exercise), start=1)]
    summary = "\n".join(report.problems)
    if report.output.strip():
        summary += ("\n\n" if summary else "") + "Output of your code:\n" + capped(report.output)
    summary = visible(summary)
    return {
        "score": parts.score,
        "execution_time": round(report.seconds, 3),
        "output": summary,
        "output_format": "text",
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": tests,
    }


def nbgrader_csv(assignment: str, reports: list[SubmissionReport], roster: dict[str, Student] | None = None) -> str:
    roster = roster or {}
    rows = []
    for report in reports:
        who = roster.get(report.student, Student(report.student))
        rows.append([assignment, "", "", report.student, who.last_name, who.first_name, who.email,
                     _number(report.score), "0", _number(report.score), _number(report.max_score)])
    return _csv(NBGRADER_COLUMNS, rows)
