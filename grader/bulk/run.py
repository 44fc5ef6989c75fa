"""One bulk run: discover, skip what is already graded, grade the rest in parallel, record, export.

The coordinator is the only writer of the output folder and the gradebook.
Per finished submission it writes the student's feedback files, then
commits the student's rows (one transaction), then counts it done, so a run
killed at any moment and run again ends with the same gradebook as one
clean run: committed submissions are skipped (same content hash and grader
version), the rest are graded again, and grading is deterministic per
student.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TextIO

from grader.bulk.discovery import Submission, discover
from grader.bulk.engine import Engine, EngineError, ungradable_report
from grader.bulk.gradebook import Gradebook
from grader.bulk.jobs import Done, Job
from grader.bulk.outputs import OutputFolder
from grader.bulk.progress import Progress
from mlptutor.roster import read_roster


class Executor(Protocol):
    def run(self, jobs: Iterable[Job]) -> Iterator[Done]: ...


@dataclass
class RunSummary:
    assignment: str
    found: int = 0
    graded: int = 0
    skipped: int = 0  # already in the gradebook with the same content and grader version
    failed: int = 0
    recorded_failed: int = 0  # of the failed: ungradable submissions recorded with 0 and the reason
    problems: list[str] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        """True when the gradebook holds a result for at least one submission of this run."""
        return self.graded + self.skipped + self.recorded_failed > 0

    def line(self) -> str:
        recorded = f" ({self.recorded_failed} recorded with 0)" if self.recorded_failed else ""
        return (f"{self.assignment}: {self.found} submissions, {self.graded} graded, {self.skipped} already graded, "
                f"{self.failed} failed{recorded}, {len(self.problems)} problems")


def _pending(gradebook: Gradebook, engine: Engine, assignment: str, submissions: list[Submission], regrade: bool):
    if regrade:
        return list(submissions)
    graded = gradebook.graded(assignment, engine.version)
    return [s for s in submissions if graded.get(s.student) != engine.content_hash(s.modules)]


def grade_class(root: Path, out: Path, engine: Engine, executor: Executor, *, assignment: str | None = None,
                roster: Path | None = None, regrade: bool = False, progress: TextIO | None = None) -> RunSummary:
    """Grade every submission under `root` into `out`; user errors raise one-line exceptions
    (DiscoveryError, RosterError, GradebookError, EngineError)."""
    found = discover(root, engine.exercises(), assignment)
    summary = RunSummary(found.assignment, found=len(found.submissions), problems=list(found.problems))
    if roster is not None:
        listed = read_roster(roster)
        summary.problems += listed.skipped() + listed.compare([s.student for s in found.submissions])
    summary.problems += [f"{s.student}: {p}" for s in found.submissions for p in s.problems]
    folder = OutputFolder(out)
    with Gradebook(folder.gradebook) as gradebook:
        todo = _pending(gradebook, engine, found.assignment, found.submissions, regrade)
        summary.skipped = len(found.submissions) - len(todo)
        pending = {s.student: s for s in todo}
        written: set[str] = set()
        bar = Progress(len(todo), progress)
        stopped = None
        try:
            for done in executor.run(Job(s.student, s.modules) for s in todo):
                submission = pending[done.student]
                report = done.report
                if report is None:
                    summary.failed += 1
                    if done.ungradable:  # the same on every run: recorded with 0, so reruns do not retry it
                        summary.recorded_failed += 1
                        report = ungradable_report(done.student, engine.content_hash(submission.modules),
                                                   engine.version, engine.exercises(), done.error)
                    summary.problems.append(f"{done.student}: {done.error}"
                                            + ("; recorded with 0 (--regrade tries again)" if report else ""))
                else:
                    summary.graded += 1
                if report is not None:
                    report.problems[:0] = submission.problems
                    folder.write_student(report)
                    gradebook.record(found.assignment, report)
                    written.add(done.student)
                bar.advance(done.report is not None)
        except EngineError as exc:  # the executor cannot go on (no workers left, another grader version)
            stopped = exc
            summary.problems.append(str(exc))
        finally:
            bar.close()
        reports = gradebook.reports(found.assignment)
    for report in reports:  # feedback of earlier runs that was deleted since
        if report.student not in written and not folder.has_student(report.student):
            folder.write_student(report)
    folder.write_class(found.assignment, reports, summary.problems)
    if stopped is not None:  # after the class files: they show what the gradebook holds, and why the run stopped
        raise stopped
    return summary
