"""The files `quiz grade` writes beside the gradebook: a grades table and per-student feedback.

    OUT/grades.csv                 student, name, one column per question (points), total, max_score
    OUT/feedback/<student>.md      every answer: what was written, the verdict, the points, a hint
    OUT/feedback/<student>.html    the same as a page (student text escaped)

Files are written through a temporary name and a rename (grader.bulk.outputs.write_atomic); every text
goes through grader.feedback.escape (student text cannot act as markup, a formula or a control sequence).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from mlptutor.grader.bulk.exports import number_text
from mlptutor.grader.bulk.outputs import write_atomic
from mlptutor.grader.feedback.escape import csv_cell, html_text, md_text
from mlptutor.grader.model import SubmissionReport
from mlptutor.question_bank.variants import Quiz

__all__ = ["grades_table", "feedback_markdown", "feedback_html", "write_results"]

_SAFE = re.compile(r"[^A-Za-z0-9._-]")
ECHOED = 200  # characters of a response repeated in its feedback; a longer one is shortened, and said so


def _echoed(text: str) -> str:
    """What the feedback repeats of a response: all of it, or its start and how long it was."""
    if len(text) <= ECHOED:
        return text
    return f"{text[:ECHOED]}… (shortened: {len(text):,} characters)"


def _number(value: float) -> str:
    return number_text(round(value, 6))


def _per_question(report: SubmissionReport) -> dict[str, float]:
    points: dict[str, float] = {}
    for check in report.checks:
        points[check.function] = points.get(check.function, 0.0) + check.points
    return points


def grades_table(quiz: Quiz, reports: list[SubmissionReport]) -> str:
    """grades.csv: one row per student (roster order), one column per question of the quiz."""
    names = {s.id: s.name for s in quiz.students}
    rows = []
    for report in reports:
        points = _per_question(report)
        # a question not on this student's sheet (an assembled exam) is an empty cell, not a zero
        rows.append([csv_cell(report.student), csv_cell(names.get(report.student, "")),
                     *(_number(points[q]) if q in points else "" for q in quiz.questions),
                     _number(report.score), _number(report.max_score)])
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([["student", "name", *quiz.questions, "total", "max_score"], *rows])
    return buffer.getvalue()


def _names(quiz: Quiz) -> dict:
    """Question id -> title, and (question id, answer name) -> label, read once per quiz."""
    first = {v.question: v for v in quiz.variants}
    names = {q: v.title for q, v in first.items()}
    names.update({(q, s["name"]): s["label"] for q, v in first.items() for s in v.answer_specs})
    return names


def _verdict(names: dict, check) -> str:
    """The check's message; an unanswered check says which answer it was."""
    if check.output:
        return check.message
    return f"{names.get((check.function, check.check), check.check)}: {check.message}"


def feedback_markdown(quiz: Quiz, report: SubmissionReport, name: str, names: dict | None = None) -> str:
    """The student's answers, verdicts and points as Markdown (their text escaped);
    `names` is _names(quiz), passed in when writing many."""
    titles = names or _names(quiz)
    lines = [f"# {md_text(quiz.title)}: {md_text(name or report.student)}", "",
             f"Score: {_number(report.score)} / {_number(report.max_score)}", ""]
    for question in quiz.questions:
        checks = [c for c in report.checks if c.function == question]
        if not checks:
            continue
        lines += [f"## {md_text(titles.get(question, question))}", ""]
        for c in checks:
            written = f"; you wrote: {md_text(_echoed(c.output))}" if c.output else ""
            lines.append(f"- {md_text(_verdict(titles, c))}{written} ({_number(c.points)} / {_number(c.max_points)})")
            if c.hint:
                lines.append(f"  - Hint: {md_text(c.hint)}")
        lines.append("")
    if report.problems:
        lines += ["## Lines of the response file that were skipped", ""]
        lines += [f"- {md_text(p)}" for p in report.problems] + [""]
    return "\n".join(lines)


def feedback_html(quiz: Quiz, report: SubmissionReport, name: str, names: dict | None = None) -> str:
    """The same feedback as a standalone HTML page; every text is escaped."""
    e = html_text
    titles = names or _names(quiz)
    body = [f"<h1>{e(quiz.title)}: {e(name or report.student)}</h1>",
            f"<p>Score: {_number(report.score)} / {_number(report.max_score)}</p>"]
    for question in (q for q in quiz.questions if any(c.function == q for c in report.checks)):
        body.append(f"<h2>{e(titles.get(question, question))}</h2><ul>")
        for c in (c for c in report.checks if c.function == question):
            written = f"; you wrote <code>{e(_echoed(c.output))}</code>" if c.output else ""
            state = "right" if c.passed else "wrong"
            hint = f"<br>Hint: {e(c.hint)}" if c.hint else ""
            body.append(f'<li class="{state}">{e(_verdict(titles, c))}{written} '
                        f"({_number(c.points)} / {_number(c.max_points)}){hint}</li>")
        body.append("</ul>")
    if report.problems:
        body.append("<h2>Lines of the response file that were skipped</h2><ul>")
        body += [f"<li>{e(p)}</li>" for p in report.problems] + ["</ul>"]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{e(quiz.title)}</title></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def write_results(quiz: Quiz, reports: list[SubmissionReport], out: Path) -> None:
    """grades.csv and feedback/<student>.md/.html for every report."""
    feedback = out / "feedback"
    feedback.mkdir(parents=True, exist_ok=True)
    people = {s.id: s.name for s in quiz.students}
    names = _names(quiz)
    for report in reports:
        stem = _SAFE.sub("_", report.student)
        name = people.get(report.student, "")
        write_atomic(feedback / f"{stem}.md", feedback_markdown(quiz, report, name, names))
        write_atomic(feedback / f"{stem}.html", feedback_html(quiz, report, name, names))
    write_atomic(out / "grades.csv", grades_table(quiz, reports))
