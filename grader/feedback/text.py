"""Terminal feedback: per exercise, function and check, with the mistake's name and hint (or what is off,
when the relation finder explained it) and the counterexample on a public input.

Colour only when asked (the command asks when stdout is a TTY). Student text
is shown through grader.feedback.escape: control characters and escape
sequences written out, one-line fields kept on one line. A function
whose checks all failed for one reason (not implemented yet, missing, file
not loaded) is one line. The student's captured output comes last, capped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from mlptutor.grader.feedback.escape import visible_line, visible
from mlptutor.grader.feedback.summary import (Group, capped, check_label, function_state, headline, is_relation, outline, points,
                                              shared_message, split_example)
from mlptutor.grader.model import SubmissionReport

if TYPE_CHECKING:
    from mlptutor.grader.feedback.lateness import LateNote

_MARKS = {"passed": ("PASS", "green"), "failed": ("FAIL", "red"), "not implemented": ("TODO", "yellow")}


def render_text(report: SubmissionReport, color: bool = False, late: LateNote | None = None) -> str:
    style = (lambda text, fg, bold=False: click.style(text, fg=fg, bold=bold)) if color else (lambda text, *a, **k: text)
    parts = outline(report)
    lines = [visible_line(p) for p in report.problems]
    for exercise in parts.exercises:
        lines.append(style(f"{visible_line(parts.heading(exercise.name))}  {points(exercise.score, exercise.max_score)}", None, bold=True))
        for fn in exercise.parts:
            lines += _function_lines(fn, style)
    lines.append(style(f"Total: {headline(parts, late)}", None, bold=True))
    lines += [style(visible_line(line), "yellow") for line in (late.lines() if late else [])]
    if report.output.strip():
        lines += ["", "Output of your code:", _indent(capped(visible(report.output)), "  | ")]
    return "\n".join(lines) + "\n"


def _function_lines(fn: Group, style) -> list[str]:
    rows = fn.rows
    if fn.name == "(file)":
        return [style(f"  {visible_line(r.message)}", "red") for r in rows]
    mark, colour = _MARKS[function_state(rows)]
    head = f"  {style(mark, colour)} {visible_line(fn.name)}  {points(fn.score, fn.max_score)}"
    if message := shared_message(rows):
        return [f"{head}  {visible_line(message)}"]
    lines = [head]
    for r in rows:
        sign = style("ok", "green") if r.passed else style("x", "red")
        message, example = split_example(r)
        lines.append(f"    {sign} {visible_line(check_label(r))} {points(r.points, r.max_points)}: "
                     f"{visible_line(message)}")
        if is_relation(r):
            lines.append(style(f"      what is off: {visible_line(r.hint or '')}", "magenta"))
        else:
            if r.mistake:
                lines.append(style(f"      looks like: {visible_line(r.mistake)}", "magenta"))
            if r.hint:
                lines.append(f"      hint: {visible_line(r.hint)}")
        if example:
            lines.append(f"      {visible_line(example)}")
    return lines


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.splitlines())
