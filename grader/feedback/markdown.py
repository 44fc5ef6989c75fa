"""`--format md`: one table per exercise (function, check, points, result), mistakes and hints inline."""

from __future__ import annotations

from functools import lru_cache

from grader.feedback.summary import (Group, Outline, capped, is_relation, outline, per_group, points, shared_message,
                                     split_example)
from grader.model import SubmissionReport


@lru_cache(maxsize=4096)  # messages and hints recur in every report of a class
def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


@per_group
def _exercise(exercise: Group) -> list[str]:
    """The section of one exercise: its heading and table."""
    out = ["", f"## {exercise.name}.py: {points(exercise.score, exercise.max_score)}", "",
           "| function | check | points | result |", "| --- | --- | --- | --- |"]
    for fn in exercise.parts:
        if message := shared_message(fn.rows):
            out.append(f"| `{fn.name}` | all | {points(fn.score, fn.max_score)} | {_cell(message)} |")
            continue
        for r in fn.rows:
            message, example = split_example(r)
            result = ("passed: " if r.passed else "**failed**: ") + _cell(message)
            if is_relation(r):
                result += f" <br>what is off: {_cell(r.hint or '')}"
            elif r.mistake:
                result += f" <br>mistake `{r.mistake}`: {_cell(r.hint or '')}"
            if example:
                result += f" <br>{_cell(example)}"
            out.append(f"| `{fn.name}` | {r.check} ({r.kind}) | {points(r.points, r.max_points)} | {result} |")
    return out


def render_markdown(report: SubmissionReport, parts: Outline | None = None) -> str:
    """The page; `parts` is `outline(report)` when the caller has it already."""
    parts = parts or outline(report)
    out = [f"# Feedback for {report.student}: {points(parts.score, parts.max_score)}", ""]
    out += [f"- {_cell(p)}" for p in report.problems]
    for exercise in parts.exercises:
        out += _exercise(exercise)
    if report.output.strip():
        out += ["", "## Output of your code", "", "```", capped(report.output), "```"]
    return "\n".join(out) + "\n"
