"""The class overview of one assignment, as one self-contained HTML page.

Sections: score summary and histogram (inline SVG), files missing or not
loadable per exercise, pass rate of every check (lowest first: the checks
the class struggles with), how often each catalogued mistake was diagnosed
(students per mistake, with its hint), the slowest submissions, the
students whose submission had notes, and the problems of the last run
(items not graded, roster differences), and the late submissions when any
came in after the due date.
"""

from __future__ import annotations

import statistics
from collections import Counter
from mlptutor.grader.feedback.escape import html_text as escape

from mlptutor.grader.bulk.engine import NOT_GRADED
from mlptutor.grader.bulk.late import Late, utc_text
from mlptutor.grader.bulk.svg import bars, histogram
from mlptutor.grader.feedback.html import page
from mlptutor.grader.feedback.summary import points
from mlptutor.grader.model import CELLS, MISSING, MISSING_FILE, MISSING_FUNCTION, NOT_LOADED, SubmissionReport


def _summary(reports: list[SubmissionReport]) -> str:
    scores = [r.score for r in reports]
    top = max(r.max_score for r in reports)
    return (f"<p>{len(reports)} submissions graded; score out of {top:g}: "
            f"mean {statistics.fmean(scores):.2f}, median {statistics.median(scores):g}, "
            f"min {min(scores):g}, max {max(scores):g}.</p>\n{histogram(scores, top)}")


def _files(reports: list[SubmissionReport]) -> str:
    """Per exercise: students whose file was missing, whose file could not be loaded, whose notebook had a cell
    that raised (the other cells ran), and whose whole submission could not be graded
    (grader.bulk.engine.ungradable_report)."""
    problems = Counter((c.exercise, c.check) for r in reports for c in r.checks if c.kind == "load")
    exercises = sorted({exercise for exercise, _ in problems})
    if not exercises:
        return "<p>Every submission had every file, and every file loaded.</p>"
    rows = "".join(f"<tr><td>{escape(e)}.py</td><td>{problems[e, MISSING]}</td><td>{problems[e, 'load']}</td>"
                   f"<td>{problems[e, CELLS]}</td><td>{problems[e, NOT_GRADED]}</td></tr>" for e in exercises)
    return ("<table><tr><th>file</th><th>missing</th><th>could not be loaded</th><th>a notebook cell raised</th>"
            f"<th>submission not gradable</th></tr>{rows}</table>")


def _pass_rates(reports: list[SubmissionReport]) -> str:
    seen: Counter = Counter()
    passed: Counter = Counter()
    for r in reports:
        for c in r.checks:
            if c.kind == "load":
                continue
            key = (c.exercise, c.function, c.check)
            seen[key] += 1
            passed[key] += c.passed
    rows = sorted(seen, key=lambda k: (passed[k] / seen[k], k))
    out = ["<table><tr><th>exercise</th><th>function</th><th>check</th><th>passed</th><th>rate</th></tr>"]
    for key in rows:
        rate = 100 * passed[key] / seen[key]
        out.append(f"<tr><td>{escape(key[0])}</td><td><code>{escape(key[1])}</code></td><td>{escape(key[2])}</td>"
                   f"<td>{passed[key]}/{seen[key]}</td><td>{rate:.0f}%</td></tr>")
    out.append("</table>")
    return "\n".join(out)


# a row's "mistake" that says its code did not run, not what it computed wrong: counted apart from the mistakes
_DID_NOT_RUN = {"relation:error": "crashed (raised an error)", MISSING_FUNCTION: "function missing from its file",
                MISSING_FILE: "file missing", NOT_LOADED: "file could not be loaded",
                "relation:cell-raised": "a notebook cell raised"}


def _mistakes(reports: list[SubmissionReport]) -> str:
    """Students per diagnosed mistake, with its hint; then students per reason some code did not run."""
    students: Counter = Counter()
    hints: dict[str, str] = {}
    for r in reports:
        for mistake in {c.mistake for c in r.checks if c.mistake}:
            students[mistake] += 1
        hints.update({c.mistake: c.hint or "" for c in r.checks if c.mistake})
    not_run = sorted((_DID_NOT_RUN[m], n) for m, n in students.items() if m in _DID_NOT_RUN)
    ranked = sorted(((m, n) for m, n in students.items() if m not in _DID_NOT_RUN), key=lambda kv: (-kv[1], kv[0]))
    out = ["<p>No catalogued mistake was diagnosed.</p>"]
    if ranked:
        table = ["<table><tr><th>mistake</th><th>students</th><th>hint given</th></tr>"]
        table += [f"<tr><td>{escape(m)}</td><td>{n}</td><td>{escape(hints[m])}</td></tr>" for m, n in ranked]
        out = [bars(ranked, max(n for _, n in ranked)), "\n".join(table) + "</table>"]
    if not_run:
        rows = "".join(f"<tr><td>{escape(what)}</td><td>{n}</td></tr>" for what, n in not_run)
        out.append(f"<p>Code that did not run (no mistake to name):</p><table><tr><th>what happened</th>"
                   f"<th>students</th></tr>{rows}</table>")
    return "\n".join(out)


def _slowest(reports: list[SubmissionReport], count: int = 10) -> str:
    slow = sorted(reports, key=lambda r: (-r.seconds, r.student))[:count]
    rows = "".join(f"<tr><td>{escape(r.student)}</td><td>{r.seconds:.2f} s</td><td>{points(r.score, r.max_score)}</td></tr>"
                   for r in slow)
    return f"<table><tr><th>student</th><th>grading time</th><th>score</th></tr>{rows}</table>"


def _notes(reports: list[SubmissionReport]) -> str:
    noted = [r for r in reports if r.problems]
    if not noted:
        return "<p>None.</p>"
    items = "".join(f"<li><b>{escape(r.student)}</b>: {escape('; '.join(r.problems))}</li>" for r in noted)
    return f'<ul class="problems">{items}</ul>'


def _run_problems(problems: list[str]) -> str:
    if not problems:
        return "<p>None.</p>"
    return '<ul class="problems">' + "".join(f"<li>{escape(p)}</li>" for p in problems) + "</ul>"


def _late(lateness: dict[str, Late]) -> list[str]:
    late = sorted((s, l) for s, l in lateness.items() if l.late)
    if not late:
        return []
    rows = "".join(f"<tr><td>{escape(s)}</td><td>{utc_text(l.submitted_at) if l.submitted_at else 'unknown'}</td>"
                   f"<td>{escape(l.describe())}</td><td>{l.penalty:g}</td></tr>" for s, l in late)
    return ["<h2>Late submissions</h2>",
            f"<table><tr><th>student</th><th>submitted</th><th>late</th><th>penalty</th></tr>{rows}</table>"]


def render_class_report(assignment: str, reports: list[SubmissionReport], problems: list[str] = (),
                        lateness: dict[str, Late] | None = None) -> str:
    """The page for `reports`; `problems` are the one-line problems of the run that wrote it,
    `lateness` each student's Late (grader.bulk.late)."""
    tail = [*_late(lateness or {}), "<h2>Problems of the last run</h2>", _run_problems(list(problems))]
    if not reports:
        return page(f"Class report: {assignment}",
                    "\n".join([f"<h1>Class report: {escape(assignment)}</h1><p>No submissions graded.</p>", *tail]))
    body = [
        f"<h1>Class report: {escape(assignment)}</h1>",
        "<h2>Scores</h2>", _summary(reports),
        "<h2>Files missing or not loadable</h2>", _files(reports),
        "<h2>Pass rate of every check</h2>", _pass_rates(reports),
        "<h2>Diagnosed mistakes</h2>", _mistakes(reports),
        "<h2>Slowest submissions</h2>", _slowest(reports),
        "<h2>Submissions with notes</h2>", _notes(reports),
        *tail,
    ]
    return page(f"Class report: {assignment}", "\n".join(body))
