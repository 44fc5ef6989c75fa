"""What every renderer says the same way: a function's state and scores as short text."""

from __future__ import annotations

from functools import lru_cache

from grader.checks.base import NOT_IMPLEMENTED
from grader.model import CheckResult


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


@lru_cache(maxsize=1024)  # a class has a handful of distinct scores; formatting them is most of a row's cost
def points(score: float, max_score: float) -> str:
    """'2.5/4': two decimals at most, no trailing zeros."""
    return f"{round(score, 2):g}/{round(max_score, 2):g}"


def total(rows: list[CheckResult]) -> tuple[float, float]:
    return round(sum(r.points for r in rows), 6), round(sum(r.max_points for r in rows), 6)


def capped(text: str, max_lines: int = 40, max_chars: int = 4000) -> str:
    """At most max_lines lines / max_chars characters of `text`, saying how much was cut."""
    cut = text[:max_chars]
    lines = cut.splitlines()
    shown = "\n".join(lines[:max_lines])
    if len(shown) < len(text.rstrip("\n")):
        shown += f"\n... ({len(text)} characters in all, cut)"
    return shown
