"""What a late submission's feedback says, the same in every format: how late, the rule, the raw score,
the penalty and the final score (as grades.csv and the gradebook have them).

The lines are plain text; each renderer escapes them for its target like any other text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlptutor.grader.feedback.summary import points

if TYPE_CHECKING:
    from mlptutor.grader.bulk.late import Late
    from mlptutor.grader.model import SubmissionReport


def _when(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


@dataclass(frozen=True)
class LateNote:
    """A late submission's `late` and the raw `score` / `max_score` of the whole submission it applies to."""

    late: Late
    score: float
    max_score: float

    @classmethod
    def of(cls, late: Late | None, report: SubmissionReport) -> LateNote | None:
        """The note for `report`, or None when it was not late (or its lateness is unknown)."""
        return cls(late, report.score, report.max_score) if late is not None and late.late else None

    @property
    def final(self) -> float:
        return round(self.score - self.late.penalty, 6)

    def lines(self) -> list[str]:
        late = self.late
        came = f"submitted {_when(late.submitted_at)}, " if late.submitted_at else ""
        due = f" (due {_when(late.due)}; {late.days} started day{'s' * (late.days > 1)})" if late.due else ""
        score = f"Score {points(self.score, self.max_score)}"
        return [f"Late: {came}{late.describe()}{due}.",
                f"Late rule: {late.rule_text() or 'not recorded'}.",
                f"{score}, late penalty -{round(late.penalty, 2):g} points, final score "
                f"{points(self.final, self.max_score)}." if late.penalty else f"{score}: no late penalty."]

    def headline(self, score: float, max_score: float) -> str:
        """The score a heading shows: the final one once a penalty took points, so that the page's first line
        agrees with grades.csv ('50.4/56 after a late penalty of 5.6 points (56/56 before)')."""
        if not self.late.penalty:
            return points(score, max_score)
        return (f"{points(self.final, max_score)} after a late penalty of {round(self.late.penalty, 2):g} points "
                f"({points(score, max_score)} before)")

    def to_dict(self) -> dict:
        late = self.late
        return {"submitted_at": late.submitted_at.isoformat() if late.submitted_at else None,
                "due": late.due.isoformat() if late.due else None, "seconds_late": late.seconds,
                "rule": late.rule, "score": self.score, "penalty": late.penalty, "final_score": self.final}
