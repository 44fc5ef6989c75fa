"""`--format md`: one table per exercise (function, check, points, result), mistakes and hints inline.

Student text goes through grader.feedback.escape: table cells and list items
as inline text (no markup, no cell breaks), names as code spans, the output
in a fence longer than any backtick run in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlptutor.grader.feedback.escape import md_code, md_fence, md_text
from mlptutor.grader.feedback.summary import (Group, Outline, capped, check_label, headline, is_relation, outline, points,
                                              shared_message, split_example)
from mlptutor.grader.model import SubmissionReport

if TYPE_CHECKING:
    from mlptutor.grader.feedback.lateness import LateNote


def _exercise(exercise: Group, heading: str) -> list[str]:
    """The section of one exercise: its heading (`heading`, Outline.heading) and table."""
    out = ["", f"## {md_text(heading)}: {points(exercise.score, exercise.max_score)}", "",
           "| function | check | points | result |", "| --- | --- | --- | --- |"]
    for fn in exercise.parts:
        function = md_code(fn.name)
        if message := shared_message(fn.rows):
            out.append(f"| {function} | all | {points(fn.score, fn.max_score)} | {md_text(message)} |")
            continue
        for r in fn.rows:
            message, example = split_example(r)
            result = ("passed: " if r.passed else "**failed**: ") + md_text(message)
            if is_relation(r):
                result += f" <br>what is off: {md_text(r.hint or '')}"
            elif r.mistake:
                result += f" <br>mistake {md_code(r.mistake)}: {md_text(r.hint or '')}"
            if example:
                result += f" <br>{md_text(example)}"
            out.append(f"| {function} | {md_text(check_label(r))} | {points(r.points, r.max_points)} "
                       f"| {result} |")
    return out


def render_markdown(report: SubmissionReport, parts: Outline | None = None, late: LateNote | None = None) -> str:
    """The page; `parts` is `outline(report)` when the caller has it already."""
    parts = parts or outline(report)
    out = [f"# Feedback for {md_text(report.student)}: {headline(parts, late)}", ""]
    out += [f"- {md_text(p)}" for p in report.problems]
    out += [f"- **{md_text(line)}**" for line in (late.lines() if late else [])]
    for exercise in parts.exercises:
        out += _exercise(exercise, parts.heading(exercise.name))
    if report.output.strip():
        out += ["", "## Output of your code", "", *md_fence(capped(report.output))]
    return "\n".join(out) + "\n"
