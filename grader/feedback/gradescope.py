"""`--format gradescope`: the report as Gradescope's results.json (grader/bulk/exports.py builds it).

One test per graded function (name, score, max_score, status, output,
visibility). Messages never show a hidden case's expected value; the tests'
`visibility` decides when students see the details: "after_published" by
default (the score and messages once the instructor publishes grades),
or "visible", "after_due_date", "hidden" (Gradescope's four values).
"""

from __future__ import annotations

import json

from mlptutor.grader.model import SubmissionReport

VISIBILITIES = ("after_published", "visible", "after_due_date", "hidden")


def gradescope_dict(report: SubmissionReport, visibility: str = "after_published") -> dict:
    from mlptutor.grader.bulk.exports import gradescope_results

    if visibility not in VISIBILITIES:
        raise ValueError(f"visibility {visibility!r}: choose one of {', '.join(VISIBILITIES)}")
    results = gradescope_results(report)
    for test in results["tests"]:
        test["visibility"] = visibility
    return results


def render_gradescope(report: SubmissionReport, visibility: str = "after_published") -> str:
    return json.dumps(gradescope_dict(report, visibility), indent=2) + "\n"
