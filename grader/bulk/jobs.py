"""The unit of bulk work, shared by every executor: one submission in, one report (or one error line) out."""

from __future__ import annotations

from dataclasses import dataclass

from mlptutor.grader.bulk.engine import GradeFn
from mlptutor.grader.bulk.rows import values_of
from mlptutor.grader.model import CheckResult, SubmissionReport


@dataclass(frozen=True)
class WorkItem:
    student: str
    modules: dict  # module name -> source (str, or bytes when not UTF-8)


@dataclass(frozen=True)
class Done:
    """A finished job: a report, or `error` (one line) when the engine failed. `ungradable`: the failure
    is the submission's own (it fails the same way on every run, e.g. input too large for the job
    protocol), so the coordinator records it as graded with 0 and the reason instead of retrying it
    forever; otherwise the failure is the machine's (the sandbox could not start) and a rerun retries."""

    student: str
    report: SubmissionReport | None
    error: str = ""
    ungradable: bool = False


def one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _machine_failure(exc: Exception) -> bool:
    """True for what a rerun may not meet again: the sandbox or the host failing, not the submission."""
    from mlptutor.grader.sandbox.calls import SandboxError  # imported on failure only: the sandbox is loaded by then

    return isinstance(exc, (SandboxError, OSError, MemoryError))


def grade_job(grade: GradeFn, job: WorkItem) -> Done:
    """Run one job; an exception of the engine becomes an error line, not a dead worker."""
    try:
        return Done(job.student, grade(job.student, job.modules))
    except Exception as exc:  # a bug in grading one submission must not stop the class
        if _machine_failure(exc):
            return Done(job.student, None, f"the grader failed on this submission ({one_line(exc)}); rerun to retry")
        return Done(job.student, None, f"cannot be graded ({one_line(exc)})", ungradable=True)


def pack_done(done: Done) -> tuple:
    """`done` as tuples of plain values for a pipe: they pickle and unpickle 2-3 times faster than
    the dataclasses (a report has over a hundred rows). `unpack_done` is the inverse."""
    r = done.report
    report = None if r is None else (r.student, [values_of(c) for c in r.checks], r.content_hash,
                                     r.grader_version, r.isolation, r.seconds, r.problems, r.output)
    return done.student, report, done.error, done.ungradable


def unpack_done(packed: tuple) -> Done:
    student, report, error, ungradable = packed
    if report is None:
        return Done(student, None, error, ungradable)
    who, rows, *rest = report
    return Done(student, SubmissionReport(who, [CheckResult(*row) for row in rows], *rest), error)
