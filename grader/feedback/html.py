"""`--format html`: one self-contained page per student (inline CSS, no scripts, no network assets).

Per exercise a table of functions and checks: what passed, what failed and
why, the named mistake and its hint. Every text from the report is
escaped, so a student's output or message cannot inject markup. The same
`page` shell serves the class report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlptutor.grader.feedback.curves import curve_svg, parse_curve
from mlptutor.grader.feedback.escape import html_text as escape
from mlptutor.grader.feedback.summary import (Group, Outline, capped, check_label, function_state, headline, is_relation, outline,
                                              points, split_example)
from mlptutor.grader.model import SubmissionReport

if TYPE_CHECKING:
    from mlptutor.grader.feedback.lateness import LateNote

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2329}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d5dbe1;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e6eaee;vertical-align:top}
th{background:#f3f5f7}.pass{color:#1a7f37}.fail{color:#c62828}.todo{color:#9a6700}.score{white-space:nowrap}
.mistake{margin-top:.25rem;padding:.25rem .5rem;background:#fff4e5;border-left:3px solid #f0a020}
pre{background:#f6f8fa;padding:.6rem;overflow-x:auto;font-size:13px}ul.problems li{color:#9a6700}ul.late li{color:#c62828}
.bar{fill:#4a7bd0}.axis{stroke:#8b949e;stroke-width:1}.label{font-size:11px;fill:#57606a}
"""


def page(title: str, body: str) -> str:
    """A complete HTML document around `body` (already HTML) with the shared inline style."""
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{escape(title)}</title>\n'
            f"<style>{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _check_cell(row) -> str:
    verdict = '<span class="pass">passed</span>' if row.passed else '<span class="fail">failed</span>'
    message, example = split_example(row)
    text = f"{verdict}: {escape(message)}" if message else verdict
    if is_relation(row):
        text += f'<div class="mistake">what is off: {escape(row.hint or "")}</div>'
    elif row.mistake:
        hint = f"<br>hint: {escape(row.hint)}" if row.hint else ""
        text += f'<div class="mistake">looks like the known mistake <b>{escape(row.mistake)}</b>{hint}</div>'
    if example:
        text += f"<div><code>{escape(example)}</code></div>"
    if curve := parse_curve(row.message):
        text += f"<div>{curve_svg(*curve)}</div>"
    return text


def _exercise(exercise: Group, heading: str) -> str:
    """The heading (`heading`, Outline.heading) and table of one exercise."""
    out = [f"<h2>{escape(heading)} <span class=\"score\">{points(exercise.score, exercise.max_score)}</span></h2>",
           "<table><tr><th>function</th><th>check</th><th>points</th><th>result</th></tr>"]
    for fn in exercise.parts:
        function = escape(fn.name)
        if function_state(fn.rows) == "not implemented":
            out.append(f'<tr><td><code>{function}</code></td><td>all</td>'
                       f'<td class="score">{points(fn.score, fn.max_score)}</td><td class="todo">not implemented yet</td></tr>')
            continue
        for r in fn.rows:
            out.append(f'<tr><td><code>{function}</code></td><td>{escape(check_label(r))}</td>'
                       f'<td class="score">{points(r.points, r.max_points)}</td><td>{_check_cell(r)}</td></tr>')
    out.append("</table>")
    return "\n".join(out)


def render_html(report: SubmissionReport, parts: Outline | None = None, late: LateNote | None = None) -> str:
    """The page; `parts` is `outline(report)` when the caller has it already."""
    parts = parts or outline(report)
    body = [f"<h1>Feedback for {escape(report.student)}: {escape(headline(parts, late))}</h1>"]
    if report.problems:
        body.append('<ul class="problems">' + "".join(f"<li>{escape(p)}</li>" for p in report.problems) + "</ul>")
    if late:
        body.append('<ul class="late">' + "".join(f"<li>{escape(line)}</li>" for line in late.lines()) + "</ul>")
    body += [_exercise(exercise, parts.heading(exercise.name)) for exercise in parts.exercises]
    if report.output.strip():
        body.append(f"<h2>Output of your code</h2>\n<pre>{escape(capped(report.output))}</pre>")
    return page(f"Feedback: {report.student}", "\n".join(body))
