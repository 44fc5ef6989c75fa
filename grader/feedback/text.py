"""Terminal feedback: per exercise, function and check, with the mistake's name and hint (or what is off,
when the relation finder explained it) and the counterexample on a public input.

Colour only when asked (the command asks when stdout is a TTY). A function
whose checks all failed for one reason (not implemented yet, missing, file
not loaded) is one line. The student's captured output comes last, capped.
"""

from __future__ import annotations

import click

from grader.feedback.summary import (Group, capped, function_state, is_relation, outline, points, shared_message,
                                     split_example)
from grader.model import SubmissionReport

_MARKS = {"passed": ("PASS", "green"), "failed": ("FAIL", "red"), "not implemented": ("TODO", "yellow")}


def render_text(report: SubmissionReport, color: bool = False) -> str:
    style = (lambda text, fg, bold=False: click.style(text, fg=fg, bold=bold)) if color else (lambda text, *a, **k: text)
    parts = outline(report)
    lines = list(report.problems)
    for exercise in parts.exercises:
        lines.append(style(f"{exercise.name}.py  {points(exercise.score, exercise.max_score)}", None, bold=True))
        for fn in exercise.parts:
            lines += _function_lines(fn, style)
    lines.append(style(f"Total: {points(parts.score, parts.max_score)}", None, bold=True))
    if report.output.strip():
        lines += ["", "Output of your code:", _indent(capped(report.output), "  | ")]
    return "\n".join(lines) + "\n"


def _function_lines(fn: Group, style) -> list[str]:
    rows = fn.rows
    if fn.name == "(file)":
        return [style(f"  {r.message}", "red") for r in rows]
    mark, colour = _MARKS[function_state(rows)]
    head = f"  {style(mark, colour)} {fn.name}  {points(fn.score, fn.max_score)}"
    if message := shared_message(rows):
        return [f"{head}  {message}"]
    lines = [head]
    for r in rows:
        sign = style("ok", "green") if r.passed else style("x", "red")
        message, example = split_example(r)
        lines.append(f"    {sign} {r.check} ({r.kind}) {points(r.points, r.max_points)}: {message}")
        if is_relation(r):
            lines.append(style(f"      what is off: {r.hint}", "magenta"))
        else:
            if r.mistake:
                lines.append(style(f"      looks like: {r.mistake}", "magenta"))
            if r.hint:
                lines.append(f"      hint: {r.hint}")
        if example:
            lines.append(f"      {example}")
    return lines


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.splitlines())
