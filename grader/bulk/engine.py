"""What a bulk worker grades with: one Sandbox and one Grader, opened once for the worker's life.

`Engine` is a small picklable description (it travels to worker processes
and to Dask workers); `Engine.open()` builds the sandbox and grader there.
The coordinator asks it for the grader version, content hashes and the
exercises of the course, which need no sandbox, and, before it forks local
workers, to `prepare()` what each worker would otherwise find on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from mlptutor.grader.model import CheckResult, SubmissionReport

GradeFn = Callable[[str, dict], SubmissionReport]  # (student, modules) -> report
NOT_GRADED = "graded"  # check name of the rows of a submission that cannot be graded (kind "load")
PRELOAD = ("numpy",)  # what the zygote of a worker's sandbox imports


class EngineError(RuntimeError):
    """The grading engine cannot start (the message is one line)."""


def inputs_key(student: str, sources: dict) -> str:
    """Whose hidden inputs a submission gets (`Grader.grade(inputs=...)`): the student's and its files' together.
    A submission's printed output, its errors and its score reach its feedback, so inputs seeded by the student
    alone were printed by one submission and answered from a table by the next (softmax 4.5 of 4.5 on Gradescope,
    17.5 of 17.5 in `mlptutor grade`, without computing); now the same files get the same inputs (and grade) on
    a resume or a regrade, and any change to any file draws new ones. The content hash is the gradebook's."""
    from mlptutor.grader.versioning import content_hash

    return f"{student}\x00{content_hash(sources)}"


def ungradable_report(student: str, content_hash: str, grader_version: str, exercises: dict[str, float],
                      reason: str) -> SubmissionReport:
    """The report of a submission the engine cannot grade (the same way on every run): 0 out of the
    full points of every exercise, with the reason. Recorded like any report (by content hash and
    grader version), so a rerun skips it and a new grader version grades it again."""
    message = f"not graded: {reason}"
    rows = [CheckResult(exercise=name, function="(file)", check=NOT_GRADED, kind="load", points=0.0,
                        max_points=max_points, passed=False, message=message)
            for name, max_points in exercises.items()]
    return SubmissionReport(student, rows, content_hash=content_hash, grader_version=grader_version,
                            isolation="not run", problems=[message])


def not_graded_reason(report: SubmissionReport) -> str:
    """The reason an ungradable report gives, or "" for a graded one."""
    return next((c.message for c in report.checks if c.check == NOT_GRADED and c.kind == "load"), "")


@dataclass(frozen=True)
class Engine:
    """The real grading engine (grader.pipeline over grader.sandbox); `require_sandbox`
    refuses to grade without the bubblewrap level; `fork_server=False` starts a fresh
    interpreter per submission (the slow baseline of benchmarks/bulk_grade.py)."""

    require_sandbox: bool = False
    fork_server: bool = True
    only: tuple[str, ...] = ()  # an nbgrader assignment's notebooks: grade these exercises when any is one

    @property
    def version(self) -> str:
        from mlptutor.grader.pipeline import GRADER_VERSION

        return GRADER_VERSION

    def content_hash(self, modules: dict, origins: dict[str, tuple[str, ...]]) -> str:
        """What the gradebook records as graded: the modules and the files they were read from (`origins`,
        modules_from_files'), which the stored feedback names."""
        from mlptutor.grader.feedback.places import moved_files
        from mlptutor.grader.pipeline import content_hash

        return content_hash(modules, moved_files(origins))

    def exercises(self) -> dict[str, float]:
        """Exercise name -> its full points, for every exercise of the course (of `only`, when it names any)."""
        from mlptutor.grader.specs import load_specs

        every = {name: spec.max_points for name, spec in load_specs().items()}
        return {name: every[name] for name in self.only if name in every} or every

    def prepare(self) -> None:
        """Find, once in this process, what every worker forked from it would find on its own when its
        sandboxes start (the grader's and the symbolic checks'): the files of their preload distributions
        and the isolation level that runs here. Both are cached per process, so forked workers inherit
        them (finding SymPy's files costs each worker ~0.25 s CPU otherwise); a missing bubblewrap under
        `require_sandbox` fails here, before any worker starts."""
        from mlptutor.grader.checks.symbolic import PRELOAD as SYMBOLIC_PRELOAD
        from mlptutor.grader.sandbox import Sandbox, SandboxError

        try:
            for preload, require in ((PRELOAD, self.require_sandbox), (SYMBOLIC_PRELOAD, False)):
                Sandbox(level="auto", preload=preload, require=require, fork_server=False).close()
        except SandboxError as exc:
            raise EngineError(f"the sandbox cannot start: {exc}") from None

    @contextmanager
    def open(self) -> Iterator[GradeFn]:
        """A grade function backed by one sandbox, valid inside the `with` block."""
        from mlptutor.grader.checks.sympy_ahead import HELD
        from mlptutor.grader.pipeline import Grader
        from mlptutor.grader.sandbox import Sandbox, SandboxError

        try:  # the symbolic worker held: a formula job's child 15 -> 13 ms of CPU with it, 24 without (2026-12-06)
            sandbox = Sandbox(level="auto", preload=PRELOAD, require=self.require_sandbox,
                              fork_server=self.fork_server, held=HELD)
        except SandboxError as exc:
            raise EngineError(f"the sandbox cannot start: {exc}") from None
        with sandbox:
            grader = Grader(sandbox)
            exercises = list(self.exercises())

            def grade(student: str, modules: dict) -> SubmissionReport:
                return grader.grade(modules, student, only=exercises, score_missing=True,
                                    inputs=inputs_key(student, modules))

            yield grade
