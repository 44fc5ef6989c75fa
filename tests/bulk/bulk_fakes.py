"""A stand-in grading engine for the bulk tests: same interface as grader.bulk.engine.Engine,
no sandbox. It never runs student code: it reads the source as text.

Per exercise module: "CORRECT" in the source passes both checks, "HALF" one of
them (with a named mistake), anything else none. "DIE" kills the worker
process (as a crash of the engine would), "SLOW" sleeps a little, "HANG" a
minute (as a sandbox that failed to enforce its limits would).
"""

from __future__ import annotations

import hashlib
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass

from mlptutor.grader.model import CheckResult, SubmissionReport, missing_file

EXERCISES = {"losses": 2.0, "softmax": 2.0}


def _text(source) -> str:
    return source if isinstance(source, str) else source.decode("utf-8", "replace")


def _hash(modules: dict) -> str:
    return hashlib.sha256(repr(sorted((k, _text(v)) for k, v in modules.items())).encode()).hexdigest()[:16]


def fake_grade(student: str, modules: dict) -> SubmissionReport:
    rows = []
    for name in sorted(set(modules) & set(EXERCISES)):
        text = _text(modules[name])
        if "DIE" in text:
            os._exit(3)
        if "SLOW" in text:
            time.sleep(0.3)
        if "HANG" in text:
            time.sleep(60)
        first = "CORRECT" in text or "HALF" in text
        second = "CORRECT" in text
        rows.append(CheckResult(name, name, "shape", "shape", float(first), 1.0, first, "shape checked"))
        rows.append(CheckResult(name, name, "value", "value", float(second), 1.0, second,
                                "" if second else f"wrong values for {student}",
                                mistake=None if second else f"{name}-off-by-one",
                                hint=None if second else "look at the sum"))
    rows += [missing_file(name, max_points) for name, max_points in EXERCISES.items() if name not in modules]
    return SubmissionReport(student, rows, content_hash=_hash(modules), grader_version="fake-1", isolation="none",
                            seconds=0.01, output=f"hello from {student}\n")


@dataclass(frozen=True)
class FakeEngine:
    require_sandbox: bool = False
    only: tuple[str, ...] = ()  # as Engine's: an nbgrader assignment's notebooks
    version: str = "fake-1"

    def content_hash(self, modules: dict, origins: dict) -> str:
        from mlptutor.grader.feedback.places import moved_files

        return _hash(modules) + repr(sorted(moved_files(origins).items()))

    def exercises(self) -> dict[str, float]:
        return {name: points for name, points in dict(EXERCISES).items() if name in self.only} or dict(EXERCISES)

    def prepare(self) -> None:
        pass

    @contextmanager
    def open(self):
        out_of = self.exercises()  # as Engine.open: the report holds these exercises alone

        def grade(student: str, modules: dict) -> SubmissionReport:
            report = fake_grade(student, modules)
            report.checks = [c for c in report.checks if c.exercise in out_of]
            return report

        yield grade
