"""Terminal feedback: per exercise, function and check, with the mistake's name and hint.

Colour only when asked (the command asks when stdout is a TTY). A function
whose checks all failed for one reason (not implemented yet, missing, file
not loaded) is one line. The student's captured output comes last, capped.
"""

from __future__ import annotations

import click

from grader.feedback.summary import capped, function_state, points, shared_message, total
from grader.model import SubmissionReport

_MARKS = {"passed": ("PASS", "green"), "failed": ("FAIL", "red"), "not implemented": ("TODO", "yellow")}


def render_text(report: SubmissionReport, color: bool = False) -> str:
    style = (lambda text, fg, bold=False: click.style(text, fg=fg, bold=bold)) if color else (lambda text, *a, **k: text)
    lines = list(report.problems)
    for exercise, functions in report.exercises().items():
        rows = [r for fn_rows in functions.values() for r in fn_rows]
        lines.append(style(f"{exercise}.py  {points(*total(rows))}", None, bold=True))
        for function, fn_rows in functions.items():
            lines += _function_lines(function, fn_rows, style)
    lines.append(style(f"Total: {points(report.score, report.max_score)}", None, bold=True))
    if report.output.strip():
        lines += ["", "Output of your code:", _indent(capped(report.output), "  | ")]
    return "\n".join(lines) + "\n"


def _function_lines(function: str, rows, style) -> list[str]:
    if function == "(file)":
        return [style(f"  {r.message}", "red") for r in rows]
    state = function_state(rows)
    mark, colour = _MARKS[state]
    head = f"  {style(mark, colour)} {function}  {points(*total(rows))}"
    if message := shared_message(rows):
        return [f"{head}  {message}"]
    lines = [head]
    for r in rows:
        sign = style("ok", "green") if r.passed else style("x", "red")
        lines.append(f"    {sign} {r.check} ({r.kind}) {points(r.points, r.max_points)}: {r.message}")
        if r.mistake:
            lines.append(style(f"      looks like: {r.mistake}", "magenta"))
        if r.hint:
            lines.append(f"      hint: {r.hint}")
    return lines


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.splitlines())
