"""What every renderer says the same way: a report's outline, a function's state and scores as short text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, wraps
from operator import attrgetter

from mlptutor.grader.checks.base import NOT_IMPLEMENTED
from mlptutor.grader.model import CheckResult, SubmissionReport

_POINTS, _MAX_POINTS = attrgetter("points"), attrgetter("max_points")


@dataclass(frozen=True, eq=False)
class Group:
    """The rows of one exercise or function, in report order, and their totals (as `total` gives);
    an exercise's `parts` are its functions, in first-seen order."""

    name: str
    rows: tuple[CheckResult, ...]
    score: float
    max_score: float
    parts: tuple[Group, ...] = ()


@dataclass(frozen=True)
class Outline:
    """A report grouped exercise -> function with every total summed once: what the renderers read.

    The totals are the same rounded sums as SubmissionReport.score/max_score and `total`, bit for
    bit (same rows, same order).
    """

    exercises: list[Group]
    score: float
    max_score: float


# Memos by identity. In bulk grading recurring rows are one shared instance (grader.bulk.rows), so an
# exercise's whole outcome recurs across a class: it is grouped, totalled and rendered once. A memo
# holds the objects whose ids make its keys, so no other object can take those ids while remembered.
_MEMO_SIZE = 4096  # a bound for long-lived processes; a class needs a few hundred


def _remember(memo: dict, key: tuple, keep, compute: Callable[[], object]):
    if (hit := memo.get(key)) is None:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        hit = memo[key] = (keep, compute())
    return hit[1]


_EXERCISES: dict = {}  # (exercise, ids of its rows) -> (the rows, their Group)


def outline(report: SubmissionReport) -> Outline:
    """`report` grouped and totalled; an exercise whose rows are the very objects of an earlier
    report's gets that report's Group."""
    by_exercise: dict[str, list[CheckResult]] = {}
    for row in report.checks:
        by_exercise.setdefault(row.exercise, []).append(row)
    exercises = [_remember(_EXERCISES, (name, *map(id, rows)), rows, lambda: _exercise(name, rows))
                 for name, rows in by_exercise.items()]
    return Outline(exercises, *total(report.checks))


def _exercise(name: str, rows: list[CheckResult]) -> Group:
    """One exercise's Group: its functions in first-seen order, its rows function by function."""
    by_function: dict[str, list[CheckResult]] = {}
    for row in rows:
        by_function.setdefault(row.function, []).append(row)
    parts = tuple(Group(function, tuple(fn_rows), *total(fn_rows)) for function, fn_rows in by_function.items())
    grouped = tuple(r for part in parts for r in part.rows)
    return Group(name, grouped, *total(grouped), parts)


def per_group(render: Callable[[Group], object]) -> Callable[[Group], object]:
    """`render(group)`, remembered by the group's identity (outlines share the Group of a recurring
    exercise, see above)."""
    memo: dict = {}

    @wraps(render)
    def remembered(group: Group):
        return _remember(memo, (id(group),), group, lambda: render(group))

    return remembered


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
    if len(messages) != 1 or any(r.passed or r.mistake for r in rows):
        return None
    message = messages.pop()
    return message if len(rows) > 1 or message == NOT_IMPLEMENTED else None


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


@lru_cache(maxsize=1024)  # a class has a handful of distinct scores; formatting them is most of a row's cost
def points(score: float, max_score: float) -> str:
    """'2.5/4': two decimals at most, no trailing zeros."""
    return f"{round(score, 2):g}/{round(max_score, 2):g}"


def total(rows: list[CheckResult]) -> tuple[float, float]:
    """(points, max points) of `rows`, summed in order and rounded to 6 decimals."""
    return round(sum(map(_POINTS, rows)), 6), round(sum(map(_MAX_POINTS, rows)), 6)


def capped(text: str, max_lines: int = 40, max_chars: int = 4000) -> str:
    """At most max_lines lines / max_chars characters of `text`, saying how much was cut."""
    cut = text[:max_chars]
    lines = cut.splitlines()
    shown = "\n".join(lines[:max_lines])
    if len(shown) < len(text.rstrip("\n")):
        shown += f"\n... ({len(text)} characters in all, cut)"
    return shown
