"""Exports of an assignment's reports: grades CSV, Gradescope results.json, nbgrader's CSV.

Text shown to people is escaped (grader.feedback.escape): Gradescope's text
fields show control characters visibly, and a CSV text cell that a
spreadsheet would run as a formula (starting with = + - @ tab CR, or a full-width ＝ ＋ － ＠) gets a
leading apostrophe.

- grades.csv: one row per student, one column per exercise (points), total, max_score, late (hours
  past the due date, 'unknown' when the LMS marks it late without a time, else empty), penalty (points the late policy took), final (total - penalty),
  note (why a submission that cannot be graded scores 0, else empty).
- Gradescope (https://gradescope-autograders.readthedocs.io/en/latest/specs/):
  per submission {"score", "execution_time", "output" (notes and the student's
  captured output), "output_format", "visibility", "stdout_visibility",
  "tests": [{"name", "number", "score", "max_score", "status": "passed"|"failed",
  "output", "output_format", "tags", "visibility"}, ...]}; one test per graded
  function. `mlptutor export`, `check --format gradescope` and the autograder
  (grader/gradescope.py) all write it with `gradescope_results`.
- nbgrader: the columns `nbgrader export` writes (assignment, duedate,
  timestamp, student_id, last_name, first_name, email, raw_score,
  late_submission_penalty, score, max_score), in its formats (its CsvExportPlugin writes str() of its values: times
  naive UTC, '2024-03-01 17:00:00', every number with its decimal point, '103.0'); names and emails from a roster,
  whose every student has a row, as every student of nbgrader's database has one: 0.0 without a submission.

Numbers are written at full precision (the shortest text that reads back as the same float), as plain decimals
(`number_text`: never 1e-05, which Canvas's importer refuses); results.json's too (`json_text`: the Gradescope spec's
examples write plain decimals, "score": 44.0, and say nothing of exponents, so none is written).
"""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import datetime, timezone
from decimal import Decimal

from mlptutor.grader.bulk.engine import not_graded_reason
from mlptutor.grader.bulk.late import Late
from mlptutor.grader.feedback.escape import csv_cell, visible
from mlptutor.grader.feedback.lateness import LateNote
from mlptutor.grader.feedback.summary import Group, Outline, capped, check_label, function_state, outline
from mlptutor.grader.model import SubmissionReport
from mlptutor.roster import Student, counted

VISIBILITIES = ("after_published", "visible", "after_due_date", "hidden")  # Gradescope's; the first is the default
NBGRADER_COLUMNS = ("assignment", "duedate", "timestamp", "student_id", "last_name", "first_name", "email",
                    "raw_score", "late_submission_penalty", "score", "max_score")


def exported_exercises(reports: list[SubmissionReport]) -> list[str]:
    """Every exercise any report has, sorted."""
    return sorted({c.exercise for r in reports for c in r.checks})


def csv_text(header, rows, quoting: int = csv.QUOTE_MINIMAL) -> str:
    """A CSV file: `header`, then `rows` with every text cell through the formula guard."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=quoting)
    writer.writerow(header)
    writer.writerows([csv_cell(v) if isinstance(v, str) else v for v in row] for row in rows)
    return buffer.getvalue()


def number_text(value: float, whole: str = "") -> str:
    """`value` at full precision (the shortest digits that read back as the same float) as a plain decimal, never
    in exponent notation, which Canvas's grade import refuses (1e-05 -> '0.00001'); a whole number ends in `whole`
    (4 -> '4', or '4.0' as nbgrader writes it, with whole='.0'): 2/3 -> '0.6666666666666666'. Every score an export
    writes is written by this function."""
    digits = format(Decimal(repr(float(value) + 0.0)), "f")  # + 0.0: -0.0 is 0
    integer, _, fraction = digits.partition(".")
    fraction = fraction.rstrip("0")
    return f"{integer}.{fraction}" if fraction else integer + whole


def json_text(value, indent: int | None = None) -> str:
    """`value` (dicts, lists, text, numbers, bools, None) as JSON, as json.dumps writes it (`indent` as there),
    but every finite float through number_text with its decimal point (1e-05 -> 0.00001, 4.0 -> 4.0): json.dumps
    writes repr(), whose exponents (1e-05, 1e+16) results.json avoids like every other export."""
    return _json(value, indent, 0)


def _json(value, indent: int | None, depth: int) -> str:
    if isinstance(value, float) and math.isfinite(value):
        return number_text(value, whole=".0")
    if isinstance(value, dict):
        return _json_joined("{}", [f"{json.dumps(str(k))}: {_json(v, indent, depth + 1)}" for k, v in value.items()],
                            indent, depth)
    if isinstance(value, (list, tuple)):
        return _json_joined("[]", [_json(v, indent, depth + 1) for v in value], indent, depth)
    return json.dumps(value)


def _json_joined(brackets: str, items: list[str], indent: int | None, depth: int) -> str:
    if not items or indent is None:
        return brackets[0] + ", ".join(items) + brackets[1]
    inner, outer = "\n" + " " * (indent * (depth + 1)), "\n" + " " * (indent * depth)
    return brackets[0] + inner + ("," + inner).join(items) + outer + brackets[1]


def _nbgrader_time(moment: datetime | None) -> str:
    """`moment` as `nbgrader export` writes a time: str() of the naive UTC datetime its gradebook holds."""
    if moment is None:
        return ""
    return str(moment.astimezone(timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment)


def _hours_late(late: Late) -> str:
    """grades.csv's `late`: hours past the due date, 'unknown' for a submission the LMS marks late without a time."""
    if not late.late:
        return ""
    return "unknown" if late.untimed else number_text(round(late.seconds / 3600, 6))  # 5 s late is not "0"


def grades_csv(reports: list[SubmissionReport], lateness: dict[str, Late] | None = None) -> str:
    names = exported_exercises(reports)
    lateness = lateness or {}
    rows = []
    for report in reports:
        per = {name: 0.0 for name in names}
        for c in report.checks:
            per[c.exercise] += c.points
        late = lateness.get(report.student, Late())
        rows.append([report.student, *(number_text(round(per[n], 6)) for n in names),
                     number_text(report.score), number_text(report.max_score),
                     _hours_late(late), number_text(late.penalty),
                     number_text(round(report.score - late.penalty, 6)), not_graded_reason(report)])
    return csv_text(["student", *names, "total", "max_score", "late", "penalty", "final", "note"], rows)


def _tests(exercise: Group) -> list[tuple]:
    """(name, score, max_score, status, output) of each function's test: a line per check, then the
    mistakes named."""
    tests = []
    for fn in exercise.parts:
        lines = [f"{'ok' if r.passed else 'FAILED'} {check_label(r)}: {r.message}".rstrip(": ") for r in fn.rows]
        lines += [f"looks like {r.mistake}: {r.hint or ''}".rstrip(": ") for r in fn.rows if r.mistake]
        name = f"{exercise.name}.{fn.name}" if fn.name != "(file)" else f"{exercise.name}.py"
        status = "passed" if function_state(fn.rows) == "passed" else "failed"
        tests.append((visible(name), fn.score, fn.max_score, status, visible("\n".join(lines))))
    return tests


def gradescope_results(report: SubmissionReport, parts: Outline | None = None,
                       visibility: str = "after_published", late: LateNote | None = None) -> dict:
    """Gradescope's results.json for one submission, every field always present: one test per graded function,
    each with `visibility` (one of VISIBILITIES; the submission's too); `parts` is `outline(report)` when the
    caller has it already. A late submission scores its final score (the tests keep their raw points) and its
    output says why. The one builder of every results.json mlptutor writes."""
    if visibility not in VISIBILITIES:
        raise ValueError(f"visibility {visibility!r}: choose one of {', '.join(VISIBILITIES)}")
    parts = parts or outline(report)
    tests = [{"name": name, "number": f"{e}.{f}", "score": score, "max_score": max_score, "status": status,
              "output": output, "output_format": "text", "tags": [visible(exercise.name)], "visibility": visibility}
             for e, exercise in enumerate(parts.exercises, start=1)
             for f, (name, score, max_score, status, output) in enumerate(_tests(exercise), start=1)]
    summary = "\n".join([*(late.lines() if late else []), *report.problems])
    if report.output.strip():
        summary += ("\n\n" if summary else "") + "Output of your code:\n" + capped(report.output)
    return {
        "score": late.final if late else parts.score,
        "execution_time": round(report.seconds, 3),
        "output": visible(summary),
        "output_format": "text",
        "visibility": visibility,
        "stdout_visibility": "hidden",
        "tests": tests,
    }


def nbgrader_csv(assignment: str, reports: list[SubmissionReport], roster: dict[str, Student] | None = None,
                 lateness: dict[str, Late] | None = None) -> str:
    """The rows `nbgrader export` writes, sorted by student id: a graded student's, and, as nbgrader writes every
    student of its database, each roster student's without a report (`unsubmitted`): no timestamp and 0.0 points
    (nbgrader's for a student who submitted nothing), the assignment's due date (the one every graded row shares,
    else none) and its max score."""
    roster, lateness = roster or {}, lateness or {}
    rows = []
    for report in reports:
        who = roster.get(report.student, Student(report.student))
        late = lateness.get(report.student, Late())
        points = [report.score, late.penalty, max(0.0, round(report.score - late.penalty, 6)), report.max_score]
        rows.append([assignment, _nbgrader_time(late.due), _nbgrader_time(late.submitted_at), report.student,
                     who.last_name, who.first_name, who.email, *(number_text(p, whole=".0") for p in points)])
    dues = {lateness.get(r.student, Late()).due for r in reports}
    due = _nbgrader_time(dues.pop()) if len(dues) == 1 else ""
    maximum = number_text(max((r.max_score for r in reports), default=0.0), whole=".0")
    rows += [[assignment, due, "", who.id, who.last_name, who.first_name, who.email, "0.0", "0.0", "0.0", maximum]
             for who in map(roster.get, unsubmitted(reports, roster))]
    return csv_text(NBGRADER_COLUMNS, sorted(rows, key=lambda row: row[3]))


def ungraded_line(ids: list[str], outcome: str) -> str:
    """One line for the roster's students without a report: how many, what the export did about them (`outcome`),
    then every id."""
    return counted(ids, f"on the roster, not graded: {outcome}")


def unsubmitted(reports: list[SubmissionReport], roster: dict[str, Student] | None) -> list[str]:
    """The ids of the roster's students without a report, sorted."""
    graded = {r.student for r in reports}
    return sorted(s for s in roster or {} if s not in graded)
