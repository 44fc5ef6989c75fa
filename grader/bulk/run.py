"""One bulk run: discover, skip what is already graded, grade the rest in parallel, record, export.

The coordinator is the only writer of the output folder and the gradebook.
Per finished submission it writes the student's feedback files, then
commits the student's rows (one transaction), then counts it done, so a run
killed at any moment and run again ends with the same gradebook as one
clean run: committed submissions are skipped (same content hash and grader
version), the rest are graded again, and grading is deterministic per
student and content (the hidden inputs are drawn for both: `engine.inputs_key`).
A skipped submission whose feedback files were written by other renderers
(RENDER_VERSION, grader/versioning.py), or are missing, gets them rewritten
from its stored report, without grading it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Protocol, TextIO

from mlptutor.grader.bulk.discovery import Submission, SubmittedFolder, discover
from mlptutor.grader.bulk.engine import Engine, EngineError, ungradable_report
from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.bulk.jobs import Done, WorkItem
from mlptutor.grader.bulk.late import Late, LateError, Policy, due_time, utc_text
from mlptutor.grader.bulk.outputs import OutputFolder
from mlptutor.grader.bulk.progress import Progress
from mlptutor.grader.bulk.regrades import record, regrade_lines
from mlptutor.grader.feedback.places import handed_in, moved_files
from mlptutor.grader.model import SubmissionReport
from mlptutor.roster import Roster, counted, read_roster


class Executor(Protocol):
    def run(self, jobs: Iterable[WorkItem]) -> Iterator[Done]: ...


@dataclass
class RunSummary:
    assignment: str
    found: int = 0
    graded: int = 0
    skipped: int = 0  # already in the gradebook with the same content and grader version
    failed: int = 0
    recorded_failed: int = 0  # of the failed: ungradable submissions recorded with 0 and the reason
    late: int = 0  # submissions that came in after the due date
    due: str = ""  # the line saying which due date was used, and from where
    problems: list[str] = field(default_factory=list)
    unheld: list[str] = field(default_factory=list)  # exercises graded though no submission holds them
    held: list[str] = field(default_factory=list)  # the exercises some submission holds, when `unheld` has any
    regraded: list[str] = field(default_factory=list)  # whose earlier grade this run replaced, per cause (regrades.py)

    @property
    def usable(self) -> bool:
        """True when the gradebook holds a result for at least one submission of this run."""
        return self.graded + self.skipped + self.recorded_failed > 0

    def line(self) -> str:
        """The run's summary line, after the one saying which due date was used (when there is one)."""
        recorded = f" ({self.recorded_failed} recorded with 0)" if self.recorded_failed else ""
        late = f", {self.late} late" if self.late else ""
        due = f"{self.due}\n" if self.due else ""
        # a release of 3 exercises graded out of all 21 (--exercises left out): everyone's maximum is off
        unheld = (f"\nno submission holds {', '.join(self.unheld)} ({len(self.unheld)} of "
                  f"{len(self.unheld) + len(self.held)} exercises, 0 points each for everyone): if the assignment is "
                  f"{', '.join(self.held)}, grade it with --exercises {','.join(self.held)}") if self.unheld else ""
        return (f"{due}{self.assignment}: {self.found} submission{'s' * (self.found != 1)}, {self.graded} graded, "
                f"{self.skipped} already graded, {self.failed} failed{recorded}, {len(self.problems)} "
                f"problem{'s' * (len(self.problems) != 1)}{late}{unheld}"
                + "".join(f"\n{line}" for line in self.regraded))


def _pending(gradebook: Gradebook, engine: Engine, assignment: str, submissions: list[Submission],
             regrade: bool) -> list[tuple[Submission, str]]:
    """(submission, its content hash) of the submissions to grade: each hashed once (a 16 MB notebook was parsed
    again per group member and once more when graded)."""
    hashed = [(s, engine.content_hash(s.modules)) for s in submissions]
    if regrade:
        return hashed
    graded = gradebook.graded(assignment, engine.version)
    # a grade out of other exercises (another --exercises) is graded again, not kept under the new maximum
    out_of, recorded = frozenset(engine.exercises()), gradebook.exercises(assignment)
    files = gradebook.files(assignment)

    def stale(s: Submission, content: str, member: str) -> bool:
        # a file moved or renamed (same content) too, so its feedback does not keep the old name: the graded
        # exercises' files, as handed_in records them (a helper's src/utils.py is none); a row of before the files
        # column, none recorded, is no rename
        moved = {name: paths for name, paths in moved_files(s.origins).items() if name in out_of}
        return (graded.get(member) != content or recorded.get(member, out_of) != out_of
                or files.get(member, moved) != moved)

    return [(s, content) for s, content in hashed if any(stale(s, content, m) for m in s.everyone)]


def _rerender(gradebook: Gradebook, folder: OutputFolder, assignment: str, reports: list,
              lateness: dict[str, Late], late_changed: set[str]) -> None:
    """Rewrite the feedback files of stored reports that other renderers wrote, that were deleted since, or
    whose lateness changed (`late_changed`); the files first, then their render version, so a killed run
    rewrites them again."""
    rendered = gradebook.rendered(assignment)
    stale = [r for r in reports if r.student in late_changed
             or rendered.get(r.student) != folder.render_version or not folder.has_student(r.student)]
    for report in stale:
        folder.write_student(report, lateness.get(report.student))
    gradebook.set_rendered(assignment, [r.student for r in stale], folder.render_version)


def _due(root: Path, assignment: str, due: datetime | None) -> tuple[datetime | None, dict[str, datetime], str]:
    """(the due date, the extended students' own, the line saying which): `due`, else an nbgrader course's."""
    if not (root / "submitted").is_dir():
        return due, {}, f"due date of {assignment}: {utc_text(due)}, from --due" if due else ""
    from mlptutor.grader.nbgrader.course import due_dates

    course = due_dates(root, assignment, due)
    return course.due, course.extended, course.said


# a submission time later than the run by more than the widest time zone offset cannot be: a wrong clock, file time
# or --lms-time-zone, which made it late by years (a file touched to 2030: late 51,151 hours, its score taken) unsaid
FUTURE = timedelta(hours=26)


def _from_the_future(submissions: list[Submission]) -> list[str]:
    """A line for each submission dated after the run (by more than FUTURE), which is judged late by that time."""
    now = datetime.now(timezone.utc)
    return [f"{s.student}: submitted at {utc_text(s.submitted_at)}, after this run's own time: a wrong clock, file "
            f"time or --lms-time-zone? Its lateness counts from that time" for s in submissions
            if s.submitted_at is not None and s.submitted_at > now + FUTURE]


def _roster_dues(listed: Roster | None, due: datetime | None, extended: dict[str, datetime],
                 zone: tzinfo) -> tuple[dict[str, datetime], list[str]]:
    """({student id: their own due date} of the roster's `due` column (extensions, mlptutor/roster.py; a date alone
    is its end in `zone`), a line on each kind of date that does not extend the class's); LateError names a cell
    that is no date."""
    dues = {}
    for student in listed.students if listed else []:
        where = f"{listed.path} column 'due' of {student.id}"
        try:
            dues |= {student.id: due_time(student.due, where, zone)} if student.due else {}
        except LateError as exc:
            raise LateError(f"{where}: {exc}") if where not in str(exc) else exc from None
    if dues and due is None:  # an extension of no due date: applied, only the students with one could be late
        return {}, [counted(sorted(dues), "with their own due date in the roster, not applied: the class has no due "
                                          "date, so nothing counts as late (give --due to judge lateness)")]
    # a roster date before the class's, or before nbgrader's extension for the student, shortens their deadline
    shorter = sorted(s for s, when in dues.items() if when < extended.get(s, due))
    return dues, [counted([f"{s} ({utc_text(dues[s])}, not {utc_text(extended.get(s, due))})" for s in shorter],
                          "with a roster due date before the class's or their nbgrader extension: the roster's "
                          "counts, an earlier deadline")] if shorter else []


def _dropped_penalties(before: dict[str, Late], after: dict[str, Late], due: datetime | None,
                       policy: Policy, last_due: datetime | None = None) -> list[str]:
    """One line when this run, without a due date or a penalty, took away penalties the last run gave: a rerun
    (to regrade one student) that leaves out `--due` or `--late-penalty` clears every late penalty of the class.
    `last_due`: the class's due date of the last run (Gradebook.class_due)."""
    if due is not None and policy.kind != "none":
        return []
    dropped = sorted(s for s, late in before.items() if late.penalty > 0 and s in after and after[s].penalty == 0)
    if not dropped:
        return []
    # not recorded (an earlier mlptutor's gradebook): the earliest, extensions being later; its rule, as every student's
    last_due = last_due or min((late.due for late in before.values() if late.due), default=None)
    had = " and ".join(text for text in (last_due and utc_text(last_due), before[dropped[0]].rule) if text)
    now = "no due date" if due is None else "--late-penalty none"
    return [f"late penalties of the last run taken away ({len(dropped)}: {', '.join(dropped)}): this run has {now}"
            f"{f' (the last had {had})' if had else ''}; run again with the same --due and --late-penalty to give "
            f"them back"]


def _dropped_extensions(before: dict[str, Late], after: dict[str, Late], due: datetime | None,
                        last_due: datetime | None) -> list[str]:
    """One line naming the students the last run judged by their own due date (a roster `due`, an nbgrader extension)
    and this one by the class's: a rerun without --roster puts them back on the class's date."""
    back = sorted(s for s, late in before.items() if due and last_due and late.due not in (None, last_due, due)
                  and s in after and after[s].due == due)
    return [counted([f"{s} (their own {utc_text(before[s].due)})" for s in back], "judged by the class's due date this "
                    "run, by their own the last (run again with the same --roster to give it back)")] if back else []


def grade_class(root: Path, out: Path, engine: Engine, executor: Executor, *, assignment: str | None = None,
                roster: Path | None = None, regrade: bool = False, progress: TextIO | None = None,
                due: datetime | None = None, late_penalty: Policy = Policy(),
                times_from_files: bool = False, lms_zone: tzinfo = timezone.utc,
                submitted: SubmittedFolder | None = None) -> RunSummary:
    """Grade every submission under `root` into `out`; user errors raise one-line exceptions
    (DiscoveryError, RosterError, GradebookError, EngineError, CourseError).
    Submissions after `due` (default: an nbgrader course's due date, extensions included) are
    flagged late and lose what `late_penalty` takes."""
    listed = read_roster(roster) if roster is not None else None
    found = discover(root, engine.exercises(), assignment, times_from_files=times_from_files, lms_zone=lms_zone,
                     submitted=submitted, roster=listed)
    due, extended, said = _due(root, found.assignment, due)
    own, unextended = _roster_dues(listed, due, extended, lms_zone)
    if own:
        extended = {**extended, **own}
        said = f"{said}; " * bool(said) + f"{len(own)} student{'s' * (len(own) != 1)} with their own due date (roster)"
    times = {m: s.submitted_at for s in found.submissions for m in s.everyone}
    marked = {m for s in found.submissions if s.marked_late for m in s.everyone}

    def judged(report) -> Late:
        return Late.judge(times[report.student], extended.get(report.student, due), late_penalty,
                          report.score, report.max_score, report.student in marked)

    summary = RunSummary(found.assignment, found=len(found.submissions), problems=list(found.problems), due=said)
    exercises = list(engine.exercises())
    # every exercise of the course is graded: no --exercises, or an nbgrader assignment whose notebooks name none
    if not set(engine.only) & set(exercises):
        summary.held = [e for e in exercises if any(e in s.modules for s in found.submissions)]
        summary.unheld = [e for e in exercises if e not in summary.held] if summary.held else []
    if listed is not None:
        summary.problems += listed.skipped() + listed.compare([m for s in found.submissions for m in s.everyone])
    summary.problems += [f"{s.student}: {p}" for s in found.submissions for p in s.problems]
    summary.problems += _from_the_future(found.submissions)
    summary.problems += unextended
    folder = OutputFolder(out)
    with Gradebook(folder.gradebook) as gradebook:
        todo = _pending(gradebook, engine, found.assignment, found.submissions, regrade)
        summary.skipped = len(found.submissions) - len(todo)
        # the grades this run may replace: the gradebook keeps one per student, so the run's lines are their record
        earlier = {r.student: r for r in gradebook.reports(found.assignment, [m for s, _ in todo for m in s.everyone],
                                                           output=False)} if todo else {}
        pending = {s.student: (s, content) for s, content in todo}
        written: dict[str, SubmissionReport] = {}  # member -> the report recorded for them
        bar = Progress(len(todo), progress)
        stopped = None
        try:
            for done in executor.run(WorkItem(s.student, s.modules) for s, _ in todo):
                submission, content = pending[done.student]
                report = done.report
                if report is None:
                    summary.failed += 1
                    if done.ungradable:  # the same on every run: recorded with 0, so reruns do not retry it
                        summary.recorded_failed += 1
                        report = ungradable_report(done.student, content, engine.version, engine.exercises(),
                                                   done.error)
                    summary.problems.append(f"{done.student}: {done.error}"
                                            + ("; recorded with 0 (--regrade tries again)" if report else ""))
                else:
                    summary.graded += 1
                if report is not None:
                    handed_in(report, submission.origins)
                    report.content_hash = content
                    report.problems[:0] = submission.problems
                    for member in submission.everyone:  # a group's submission: graded once, each member's grade
                        copy = report if member == report.student else replace(report, student=member)
                        late = judged(copy)
                        folder.write_student(copy, late)
                        # before the commit: a Ctrl-C just after it left the old grade out of regrades.txt
                        written[member] = copy
                        try:
                            replaced = gradebook.record(found.assignment, copy, late, folder.render_version)
                        except BaseException:
                            try:  # asked after the stop: its own failure (a locked database) must not replace it
                                landed = gradebook.holds(found.assignment, copy)
                            except BaseException:
                                landed = False
                            if not landed:  # else the stop came after the commit
                                del written[member]
                            raise
                        summary.problems += [
                            f"{member}: replaces the gradebook's {old!r} (the same id in another letter case, one "
                            f"student); its feedback files under {old!r} are left as they were" for old in replaced]
                bar.advance(done.report is not None)
        except EngineError as exc:  # the executor cannot go on (no workers left, another grader version)
            stopped = exc
            summary.problems.append(str(exc))
        finally:  # on a stop or Ctrl-C too: the next run skips whom this one regraded, so their old grades go now
            bar.close()
            summary.regraded = regrade_lines(earlier, written.values(), regrade)
            record(out, found.assignment, summary.regraded)
        reports = gradebook.reports(found.assignment)
        # skipped submissions too: the due date or the policy may have changed since they were graded
        before, last_due = gradebook.lateness(found.assignment), gradebook.class_due(found.assignment)
        gradebook.set_late(found.assignment, {r.student: judged(r) for r in reports if r.student in times}, due)
        lateness = gradebook.lateness(found.assignment)
        late_changed = {s for s, late in lateness.items() if late != before.get(s)}
        summary.problems += (_dropped_penalties(before, lateness, due, late_penalty, last_due)
                             + _dropped_extensions(before, lateness, due, last_due))
        _rerender(gradebook, folder, found.assignment, [r for r in reports if r.student not in written], lateness,
                  late_changed)
    summary.late = sum(lateness[s].late for s in times if s in lateness)
    if (root / "submitted").is_dir():  # an nbgrader course: feedback where nbgrader release_feedback looks
        from mlptutor.grader.nbgrader.feedback import write_course_feedback

        for report in reports:
            if report.student in times:
                summary.problems += write_course_feedback(root, found.assignment, report, lateness.get(report.student))
    folder.write_class(found.assignment, reports, summary.problems, lateness)
    if stopped is not None:  # after the class files: they show what the gradebook holds, and why the run stopped
        raise stopped
    return summary
