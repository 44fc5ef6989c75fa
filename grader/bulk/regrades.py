"""What a run that graded students again changed: one line per cause, naming whose grade moved and how.

The gradebook keeps one graded submission per student and assignment, so a grade graded again replaces the old
one; these lines are the record of what the old grades were. The causes, each its own line: new files (the
student handed in again), another grader version on the same files (the course's checks, points or reference
changed: a term's gradebook graded again with today's code), and the same files by the same grader
(`--regrade`: a grade should not move then, so one that did is said to be a fault).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from mlptutor.grader.model import SubmissionReport

NAMED = 8  # students named per line; the rest are counted


def _points(x: float) -> str:
    return f"{round(x, 2):g}"


def _moved(old: SubmissionReport, new: SubmissionReport) -> str:
    out_of = (f" of {_points(new.max_score)}" if old.max_score == new.max_score
              else f" (out of {_points(old.max_score)} -> {_points(new.max_score)})")
    return f"{new.student} {_points(old.score)} -> {_points(new.score)}{out_of}"


def _rows(report: SubmissionReport) -> dict[tuple[str, str, str], tuple[float, float]]:
    return {(r.exercise, r.function, r.check): (r.points, r.max_points) for r in report.checks}


def _where(pairs: list[tuple[SubmissionReport, SubmissionReport]]) -> str:
    """The rows whose points or maximum differ between old and new reports, most students first: why grades moved."""
    counts = Counter()
    for old, new in pairs:
        before, after = _rows(old), _rows(new)
        counts.update(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))
    rows = [f"{exercise}.{function} {check} ({n})" for (exercise, function, check), n in
            sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return ", ".join(rows[:NAMED]) + (f" and {len(rows) - NAMED} more" if len(rows) > NAMED else "")


def _line(cause: str, pairs: list[tuple[SubmissionReport, SubmissionReport]], advice: str) -> str:
    moved = [(old, new) for old, new in pairs if (old.score, old.max_score) != (new.score, new.max_score)]
    named = ", ".join(_moved(old, new) for old, new in moved[:NAMED])
    named += f" and {len(moved) - NAMED} more" if len(moved) > NAMED else ""
    grades = f"{len(moved)} grade{'s' * (len(moved) != 1)} moved" + (f" ({named}; rows: {_where(moved)})" if moved
                                                                      else "")
    return f"{len(pairs)} graded again {cause}: {grades}, {len(pairs) - len(moved)} unchanged{advice}"


def regrade_lines(before: dict[str, SubmissionReport], after: Iterable[SubmissionReport]) -> list[str]:
    """One line per cause among the students of `after` (graded in this run) that `before` (the gradebook's reports
    before the run, by student) held a grade of: how many, whose grade moved from what to what, how many kept it."""
    new_files, new_grader, same = [], [], []
    for report in after:
        old = before.get(report.student)
        if old is None:
            continue
        cause = (new_files if old.content_hash != report.content_hash
                 else new_grader if old.grader_version != report.grader_version else same)
        cause.append((old, report))
    lines = []
    if new_files:
        lines.append(_line("for new files", new_files, ""))
    if new_grader:
        versions = sorted({old.grader_version for old, _ in new_grader})
        lines.append(_line(f"with the same files by another grader version ({', '.join(versions)} -> "
                           f"{new_grader[0][1].grader_version}: the course's checks, points or reference changed)",
                           new_grader, "; the gradebook keeps the new grades only"))
    if same:
        lines.append(_line("with the same files by the same grader (--regrade)", same,
                           "" if all((o.score, o.max_score) == (n.score, n.max_score) for o, n in same)
                           else "; the same files and grader should give the same grade: report this"))
    return lines
