"""`--format md`: one table per exercise (function, check, points, result), mistakes and hints inline."""

from __future__ import annotations

from functools import lru_cache

from grader.feedback.summary import capped, points, shared_message, total
from grader.model import SubmissionReport


@lru_cache(maxsize=4096)  # messages and hints recur in every report of a class
def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: SubmissionReport) -> str:
    out = [f"# Feedback for {report.student}: {points(report.score, report.max_score)}", ""]
    out += [f"- {_cell(p)}" for p in report.problems]
    for exercise, functions in report.exercises().items():
        rows = [r for fn_rows in functions.values() for r in fn_rows]
        out += ["", f"## {exercise}.py: {points(*total(rows))}", "",
                "| function | check | points | result |", "| --- | --- | --- | --- |"]
        for function, fn_rows in functions.items():
            if message := shared_message(fn_rows):
                out.append(f"| `{function}` | all | {points(*total(fn_rows))} | {_cell(message)} |")
                continue
            for r in fn_rows:
                result = ("passed: " if r.passed else "**failed**: ") + _cell(r.message)
                if r.mistake:
                    result += f" <br>mistake `{r.mistake}`: {_cell(r.hint or '')}"
                out.append(f"| `{function}` | {r.check} ({r.kind}) | {points(r.points, r.max_points)} | {result} |")
    if report.output.strip():
        out += ["", "## Output of your code", "", "```", capped(report.output), "```"]
    return "\n".join(out) + "\n"
