"""Renderers of a SubmissionReport, and FORMATS: the one list of feedback formats.

`mlptutor check --format`, the per-student files of `mlptutor grade` and
`mlptutor export` take their formats from FORMATS, so a new format is one
entry here (and its module); the student checker of a release
(grader/release/student/cli.py) offers the entries not in NOT_IN_RELEASE
from this very dict, vendored into the bundle. Every renderer is imported when used: this
package stays cheap to import (grader.bulk.exports and question_bank use
grader.feedback.escape), and the Gradescope format, which the student
checker leaves out (grader/release/vendor.py), is never imported by it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from mlptutor.grader.feedback.lateness import LateNote
    from mlptutor.grader.feedback.summary import Outline
    from mlptutor.grader.model import SubmissionReport

# (report, outline(report) when the caller has it, colour for a terminal, the late penalty's note when it was
# late) -> the feedback's text
Render = Callable[..., str]


class Format(NamedTuple):
    suffix: str  # of a file holding one student's feedback in this format
    render: Render


def _text(report: SubmissionReport, parts: Outline | None = None, color: bool = False,
          late: LateNote | None = None) -> str:
    from mlptutor.grader.feedback.text import render_text

    return render_text(report, color=color, late=late)


def _json(report: SubmissionReport, parts: Outline | None = None, color: bool = False,
          late: LateNote | None = None) -> str:
    from mlptutor.grader.feedback.json import render_json

    return render_json(report, late)


def _markdown(report: SubmissionReport, parts: Outline | None = None, color: bool = False,
              late: LateNote | None = None) -> str:
    from mlptutor.grader.feedback.markdown import render_markdown

    return render_markdown(report, parts, late)


def _html(report: SubmissionReport, parts: Outline | None = None, color: bool = False,
          late: LateNote | None = None) -> str:
    from mlptutor.grader.feedback.html import render_html

    return render_html(report, parts, late)


def _gradescope(report: SubmissionReport, parts: Outline | None = None, color: bool = False,
                late: LateNote | None = None) -> str:
    from mlptutor.grader.feedback.gradescope import render_gradescope

    return render_gradescope(report, parts, late=late)


FORMATS: dict[str, Format] = {
    "text": Format(".txt", _text),
    "json": Format(".json", _json),
    "md": Format(".md", _markdown),
    "html": Format(".html", _html),
    "gradescope": Format(".json", _gradescope),
}
# formats a release's student checker does not offer: Gradescope's results are the autograder's
NOT_IN_RELEASE = frozenset({"gradescope"})
