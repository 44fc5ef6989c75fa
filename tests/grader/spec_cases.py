"""Shared steps of the tests/grader/test_spec_<exercise>.py modules.

A mistaken submission is the correct solution of tests/solutions/ with code
appended that redefines one function (a text edit, as in test_mistakes.py).
Mistakes on functions that do not call each other share one submission, so
a spec's whole catalogue is graded in a few sandbox jobs. `SpecTests` holds
the tests every spec gets; a module subclasses it as Test<Exercise>Spec.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from mlptutor.grader.checks.base import NOT_IMPLEMENTED
from mlptutor.grader.specs import catalogue, load_specs

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Edit:
    """Mistake `id` made by appending `code`; `touches` = the redefined function first, then its callers."""

    id: str
    touches: tuple[str, ...]
    code: str


def source(folder: str, exercise: str) -> str:
    return (ROOT / folder / f"{exercise}.py").read_text()


def batches(edits: list[Edit]) -> list[list[Edit]]:
    """Greedy grouping: edits in one batch touch disjoint sets of functions."""
    groups: list[list[Edit]] = []
    for edit in edits:
        group = next((g for g in groups if not any(set(edit.touches) & set(e.touches) for e in g)), None)
        if group is None:
            groups.append([edit])
        else:
            group.append(edit)
    return groups


def grade_edits(grader, exercise: str, edits: list[Edit], others: dict | None = None) -> dict:
    """Mistake id -> the CheckResult rows of its function, from few batched submissions.

    others: further student files the exercise needs (e.g. mlp for backprop's gradient check)."""
    rows = {}
    for i, group in enumerate(batches(edits)):
        text = source("tests/solutions", exercise) + "".join("\n\n" + textwrap.dedent(e.code) for e in group)
        report = grader.grade({exercise: text, **(others or {})}, student=f"mistaken-{i}", only=[exercise])
        for edit in group:
            rows[edit.id] = [r for r in report.checks if r.function == edit.touches[0]]
    return rows


def failed(rows, check: str):
    """The row of `check` among one function's rows, asserted to have failed."""
    row = next(r for r in rows if r.check == check)
    assert not row.passed, row.message
    return row


def assert_named(rows, mistake: str) -> None:
    """Some failing row names `mistake` with its hint, and the function lost points."""
    named = [r for r in rows if not r.passed and r.mistake == mistake]
    assert named, [(r.check, r.mistake, r.message) for r in rows if not r.passed]
    assert named[0].hint == catalogue()[mistake].hint
    assert sum(r.points for r in rows) < sum(r.max_points for r in rows)


def assert_full_marks(grader, exercise: str, others: dict | None = None):
    """The correct solution passes every check of the exercise; returns the report."""
    report = grader.grade({exercise: source("tests/solutions", exercise), **(others or {})},
                          student="correct", only=[exercise])
    failing = [(r.function, r.check, r.message) for r in report.checks if not r.passed]
    assert not failing and report.score == report.max_score > 0, failing
    return report


def assert_stub_not_implemented(grader, exercise: str) -> None:
    """The untouched stub scores 0 and every row says so."""
    report = grader.grade({exercise: source("exercises", exercise)}, student="stub")
    assert report.checks and report.score == 0
    assert {r.message for r in report.checks} == {NOT_IMPLEMENTED}


def assert_catalogue_covered(exercise: str, edits: list[Edit]) -> None:
    """Every mistake attached to the exercise's functions has an edit that makes it."""
    attached = {m.id for fn in load_specs()[exercise].functions for m in fn.mistakes}
    assert attached == {e.id for e in edits}


class SpecTests:
    """Full marks for the solution, "not implemented yet" for the stub, every catalogued mistake named.

    Subclasses set `exercise`, `edits` (one Edit per mistake of the spec) and, when the exercise
    calls another student file, `others`; the `named` fixture grades all edits once per class.
    """

    exercise: str = ""
    edits: list[Edit] = []
    others: dict | None = None

    @pytest.fixture(scope="class")
    @classmethod
    def named(cls, grader):
        return grade_edits(grader, cls.exercise, cls.edits, cls.others)

    def test_correct_solution_scores_full_marks(self, grader):
        assert_full_marks(grader, self.exercise, self.others)

    def test_untouched_stub_is_not_implemented(self, grader):
        assert_stub_not_implemented(grader, self.exercise)

    def test_every_mistake_is_named(self, named):
        for edit in self.edits:
            assert_named(named[edit.id], edit.id)

    def test_every_mistake_has_an_edit(self):
        assert_catalogue_covered(self.exercise, self.edits)
