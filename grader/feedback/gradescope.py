"""`--format gradescope`: the report as Gradescope's results.json, built by grader/bulk/exports.py's
`gradescope_results`, the one builder `mlptutor export` and the autograder use too.

One test per graded function (name, score, max_score, status, output,
visibility). Messages never show a hidden case's expected value; the tests'
`visibility` decides when students see the details: "after_published" by
default (the score and messages once the instructor publishes grades),
or "visible", "after_due_date", "hidden" (Gradescope's four values).
"""

from __future__ import annotations

from mlptutor.grader.bulk.exports import VISIBILITIES, gradescope_results, json_text
from mlptutor.grader.feedback.lateness import LateNote
from mlptutor.grader.feedback.summary import Outline
from mlptutor.grader.model import SubmissionReport


def render_gradescope(report: SubmissionReport, parts: Outline | None = None,
                      visibility: str = VISIBILITIES[0], late: LateNote | None = None) -> str:
    return json_text(gradescope_results(report, parts, visibility, late), indent=2) + "\n"
