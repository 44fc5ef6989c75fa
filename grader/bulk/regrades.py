"""What a run that graded students again changed: one line per cause, naming whose grade moved and how.

The gradebook keeps one graded submission per student and assignment, so a grade graded again replaces the old one;
these lines (printed, and added to OUT/regrades.txt, its newest 1 MiB kept) are the record of what the old grades
were. The causes, each its own line, the first that holds: other code (the student handed in again, or a newer
mlptutor reads the same files into other modules: its hash is of the modules), another grader
version on the same files (the course's checks, points or reference changed: a term's gradebook graded again with
today's code), a submission that could not be graded before (`--regrade` tried again), a grade out of other
exercises (another --exercises, or an nbgrader assignment's notebooks), the same files under other names (moved or
renamed: the feedback names them), and the same files by the same grader (`--regrade`: a grade should not move then,
so one that did is said to be a fault).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

from mlptutor.grader.bulk.engine import not_graded_reason
from mlptutor.grader.bulk.gradebook import same_id
from mlptutor.grader.bulk.outputs import write_atomic
from mlptutor.grader.feedback.escape import visible_line
from mlptutor.grader.model import SubmissionReport

NAMED = 8  # students (rows) named per line; the rest are counted


def _points(x: float) -> str:
    return f"{round(x, 2):g}"


def _first(items: list[str]) -> str:
    """The first NAMED of `items`, and how many more."""
    return ", ".join(items[:NAMED]) + (f" and {len(items) - NAMED} more" if len(items) > NAMED else "")


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
    return _first([f"{exercise}.{function} {check} ({n})" for (exercise, function, check), n in
                   sorted(counts.items(), key=lambda item: (-item[1], item[0]))])


def _changed(old: SubmissionReport, new: SubmissionReport) -> bool:
    return (old.score, old.max_score) != (new.score, new.max_score)


def _line(cause: str, pairs: list[tuple[SubmissionReport, SubmissionReport]], advice: str = "") -> str:
    moved = [(old, new) for old, new in pairs if _changed(old, new)]
    grades = f"{len(moved)} grade{'s' * (len(moved) != 1)} moved" + (
        f" ({_first([_moved(old, new) for old, new in moved])}; rows: {_where(moved)})" if moved else "")
    return f"{len(pairs)} graded again {cause}: {grades}, {len(pairs) - len(moved)} unchanged{advice}"


def _exercises(report: SubmissionReport) -> frozenset[str]:
    return frozenset(row.exercise for row in report.checks)


def _cause(old: SubmissionReport, new: SubmissionReport) -> str:
    return ("files" if old.content_hash != new.content_hash else "grader" if old.grader_version != new.grader_version
            else "ungraded" if not_graded_reason(old) else "exercises" if _exercises(old) != _exercises(new)
            else "names" if old.files is not None and old.files != new.files else "same")  # None: not recorded


# the causes in the order of their lines (the order _cause tries them)
CAUSES = ("files", "grader", "ungraded", "exercises", "names", "same")
# "files": the modules read differ, which new files make, and a newer mlptutor reading the same files otherwise too
# (read25 graded a Losses.py beside softmax.py as losses: every such student was said to have handed in again)
_WORDS = {"files": "for other code (new files, or the same ones read into other modules by a newer mlptutor)",
          "ungraded": "that could not be graded before",
          "exercises": "out of other exercises (another --exercises)",
          "names": "with the same files under other names (moved or renamed; the feedback names them)"}


def _said(cause: str, pairs: list[tuple[SubmissionReport, SubmissionReport]], regrade: bool):
    """(the words of `cause`'s line, its pairs, its advice): the arguments of _line."""
    if cause == "grader":
        versions = sorted({old.grader_version for old, _ in pairs})
        return (f"with the same files by another grader version ({', '.join(versions)} -> "
                f"{pairs[0][1].grader_version}: the course's checks, points or reference changed)",
                pairs, "; the gradebook keeps the new grades only")
    if cause == "same":
        return (f"with the same files by the same grader{' (--regrade)' * regrade}", pairs,
                "; the same files and grader should give the same grade: report this"
                if any(_changed(old, new) for old, new in pairs) else "")
    return _WORDS[cause], pairs, ""


def regrade_lines(before: dict[str, SubmissionReport], after: Iterable[SubmissionReport],
                  regrade: bool = False) -> list[str]:
    """One line per cause among the students of `after` (graded in this run) that `before` (the gradebook's reports
    before the run, by student) held a grade of: how many, whose grade moved from what to what, how many kept it.
    `regrade`: the run was told to grade everyone again (--regrade)."""
    earlier = {same_id(student): report for student, report in before.items()}  # as gradebook.record matches ids
    causes: dict[str, list[tuple[SubmissionReport, SubmissionReport]]] = {}
    for report in after:
        if (old := earlier.get(same_id(report.student))) is not None:
            causes.setdefault(_cause(old, report), []).append((old, report))
    return [_line(*_said(cause, causes[cause], regrade)) for cause in CAUSES if cause in causes]


# what OUT/regrades.txt keeps, its newest lines (some 5,000: a run writes at most one a cause): it grew by every run
KEPT_BYTES = 1 << 20


def record(out: Path, assignment: str, lines: list[str]) -> None:
    """Add a run's lines to OUT/regrades.txt, under its time: the gradebook keeps only the new grades, and a run
    stopped halfway printed none while the next skips whom it regraded. Kept, not replaced: the lines of an earlier
    run are this file alone; the oldest go past KEPT_BYTES (appended, it grew with every regrade and was made
    mode 0644 where every other file of OUT is 0600). Written whole through a rename (outputs.write_atomic), so a
    stop leaves the file as it was or with the run's lines."""
    if not lines:
        return
    out.mkdir(parents=True, exist_ok=True)
    path = out / "regrades.txt"
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    try:
        kept = path.read_bytes()
    except FileNotFoundError:
        kept = b""
    text = kept + "".join(f"{stamp} {assignment}: {visible_line(line)}\n" for line in lines).encode("utf-8")
    if len(text) > KEPT_BYTES:  # from the first line start within the newest KEPT_BYTES
        text = text[text.find(b"\n", len(text) - KEPT_BYTES - 1) + 1:]
    write_atomic(path, text.decode("utf-8", "replace"))
