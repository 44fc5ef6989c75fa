"""`--format json`: the report as SubmissionReport.to_dict(), pretty-printed.

Top level (schema 1, see grader/model.py): student, content_hash,
grader_version, isolation, seconds, score and max_score (as in Gradescope's
results.json), exercises -> functions -> checks (each check: exercise,
function, check, kind, points, max_points, passed, message, mistake, hint,
output), problems (one-line notes) and output (the student's captured
stdout + stderr, capped); a late submission's feedback adds "late": {submitted_at, due (ISO or null),
seconds_late, rule (the policy's text), score (raw), penalty, final_score}.
"""

from __future__ import annotations

import json

from typing import TYPE_CHECKING

from mlptutor.grader.model import SubmissionReport

if TYPE_CHECKING:
    from mlptutor.grader.feedback.lateness import LateNote


def render_json(report: SubmissionReport, late: LateNote | None = None) -> str:
    data = report.to_dict()
    if late:
        data["late"] = late.to_dict()
    return json.dumps(data, indent=2, sort_keys=False) + "\n"
