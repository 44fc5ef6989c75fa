"""`--format json`: the report as SubmissionReport.to_dict(), pretty-printed.

Top level (schema 1, see grader/model.py): student, content_hash,
grader_version, isolation, seconds, score and max_score (as in Gradescope's
results.json), exercises -> functions -> checks (each check: exercise,
function, check, kind, points, max_points, passed, message, mistake, hint,
output), problems (one-line notes) and output (the student's captured
stdout + stderr, capped).
"""

from __future__ import annotations

import json

from mlptutor.grader.model import SubmissionReport


def render_json(report: SubmissionReport) -> str:
    return json.dumps(report.to_dict(), indent=2, sort_keys=False) + "\n"
