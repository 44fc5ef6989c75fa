"""What every renderer says the same way: a report's outline, a function's state and scores as short text."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from mlptutor.grader.checks.base import NOT_IMPLEMENTED
from mlptutor.grader.model import (KIND_WORDS, MISSING_FUNCTION, NOT_LOADED, CheckResult, Group, SubmissionReport, group,
                                   total)


@dataclass(frozen=True)
class Outline:
    """A report grouped exercise -> function with every total summed once (grader.model.group): what
    the renderers read. The totals are those of SubmissionReport.score/max_score and to_dict, bit for bit."""

    exercises: list[Group]
    score: float
    max_score: float
    files: dict[str, tuple[str, ...]] = field(default_factory=dict)  # SubmissionReport.files

    def heading(self, exercise: str) -> str:
        """What an exercise's heading names: the file the student handed in, as its rows' places do ("softmax.py",
        "src/softmax.py"), with the exercise when no file is named after it ("work.py (softmax)", "hw.ipynb
        (softmax)"): a student scanning the feedback looks for their own file."""
        paths = self.files.get(exercise, (f"{exercise}.py",))
        named = any(PurePath(path.replace("\\", "/")).stem == exercise for path in paths)
        return ", ".join(paths) + ("" if named else f" ({exercise})")


def outline(report: SubmissionReport) -> Outline:
    """`report` grouped and totalled."""
    return Outline(group(report.checks), *total(report.checks), dict(report.files or {}))


def function_state(rows: list[CheckResult]) -> str:
    """"passed", "not implemented" (every check says so) or "failed"."""
    if all(r.passed for r in rows):
        return "passed"
    if all(r.message == NOT_IMPLEMENTED for r in rows):
        return "not implemented"
    return "failed"


def shared_message(rows: list[CheckResult]) -> str | None:
    """The one message when every check of a function failed with it (stub, missing function, file not
    loaded), so it can be said once; None when the checks have their own story (or a mistake to name)."""
    messages = {r.message for r in rows}
    if len(messages) != 1 or any(r.passed or r.mistake not in (None, NOT_LOADED, MISSING_FUNCTION) for r in rows):
        return None
    message = messages.pop()
    return message if len(rows) > 1 or message == NOT_IMPLEMENTED else None


def check_label(row: CheckResult) -> str:
    """How the feedback names a check: what its kind tests in plain words ("robustness", not "hygiene (hygiene)"),
    after its own name when that is another ("reuse (behaviour)")."""
    words = KIND_WORDS.get(row.kind, row.kind)
    return words if row.check == row.kind else f"{row.check} ({words})"


RELATION = "relation:"  # a row's mistake id when the relation finder explained it (grader/relations)
_EXAMPLE = "; for example, on the public input "
_TITLE = "; this is what "


def is_relation(row: CheckResult) -> bool:
    """The row's explanation is a relation to the right value (its hint says it), not a catalogued mistake."""
    return bool(row.mistake) and row.mistake.startswith(RELATION)


def split_example(row: CheckResult) -> tuple[str, str | None]:
    """(the row's message without its counterexample, "for example, on the public input ...: expected ...,
    got ..." or None). A relation's "this is what ... gives" is left out too: its hint says it in full."""
    message = row.message
    if is_relation(row) and (title := message.rfind(_TITLE)) >= 0:
        message = message[:title]
    start = message.find(_EXAMPLE)
    if start < 0:
        return message, None
    end = message.find(_TITLE, start)
    end = len(message) if end < 0 else end
    return message[:start] + message[end:], message[start + 2:end]


def points(score: float, max_score: float) -> str:
    """'2.5/4': two decimals at most, no trailing zeros."""
    return f"{round(score, 2):g}/{round(max_score, 2):g}"


def headline(parts: Outline, late=None) -> str:
    """The score a page's heading or total line shows: with a late penalty (a feedback.lateness.LateNote), the
    final score, the penalty said."""
    return late.headline(parts.score, parts.max_score) if late else points(parts.score, parts.max_score)


def capped(text: str, max_lines: int = 40, max_chars: int = 4000) -> str:
    """At most max_lines lines / max_chars characters of `text`, saying how much was cut."""
    cut = text[:max_chars]
    lines = cut.splitlines()
    shown = "\n".join(lines[:max_lines])
    if len(shown) < len(text.rstrip("\n")):
        shown += f"\n... ({len(text)} characters in all, cut)"
    return shown
