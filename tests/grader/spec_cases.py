"""Shared steps of the tests/grader/test_spec_<exercise>.py modules.

A mistaken submission is the correct solution of tests/solutions/ changed by
the mistake's edit, which its spec gives (ExerciseSpec.edits, the same edit
examples/make_class.py makes the example class with); a test's own wrong
code is appended to the solution, redefining a function (`Appended`).
Changes to functions that do not depend on each other share one submission,
so a spec's whole catalogue is graded in a few sandbox jobs. `SpecTests`
holds the tests every spec gets; a module subclasses it as Test<Exercise>Spec.
"""

from __future__ import annotations

import ast
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from mlptutor.grader.checks.base import NOT_IMPLEMENTED
from mlptutor.grader.mistakes import Edit
from mlptutor.grader.specs import catalogue, load_specs

import apart

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Appended:
    """A test's wrong code `code`, appended to the solution; `touches` = the redefined function first, then the
    functions whose rows it may change (its callers, the functions it calls)."""

    id: str
    touches: tuple[str, ...]
    code: str

    @property
    def edited(self) -> str:
        return self.touches[0]

    def apply(self, text: str) -> str:
        return text + "\n\n" + textwrap.dedent(self.code)


@dataclass(frozen=True)
class Change:
    """A mistake's edit from its spec; `touches` = the graded function carrying the mistake first, then the
    functions whose rows the edit may change; `edited` = the function whose text it changes."""

    id: str
    touches: tuple[str, ...]
    edited: str
    edit: Edit

    def apply(self, text: str) -> str:
        return self.edit.apply(text)


def change(exercise: str, mistake: str, edit: Edit, text: str) -> Change:
    """The Change of one spec edit: the edited function (the one holding `old`), the graded function that
    carries the mistake (the edited one when it does), and every function that calls the edited one or that
    it calls, in the solution, the edit, or through a check naming another function (a backward's gradient
    check runs the student's forward)."""
    spec = load_specs()[exercise]
    try:
        edit.apply(text)
    except ValueError as error:  # 'substring not found' named neither the mistake nor the file
        raise ValueError(f"grader/specs/{exercise}.py EDITS[{mistake!r}]: in tests/solutions/{exercise}.py {error}") \
            from None
    carriers = [f.name for f in spec.functions if any(m.id == mistake for m in f.mistakes)]
    defs = {n.name: n for n in ast.parse(text).body if isinstance(n, ast.FunctionDef)}
    line = text[:text.index(edit.old)].count("\n") + 1
    edited = next((name for name, n in defs.items() if n.lineno <= line <= n.end_lineno), carriers[0])
    carrier = edited if edited in carriers else carriers[0]
    calls = {name: {x.id for x in ast.walk(n) if isinstance(x, ast.Name) and x.id in defs} for name, n in defs.items()}
    calls.setdefault(edited, set()).update(set(re.findall(r"\w+", edit.new)) & set(defs))
    for fn in spec.functions:
        named = {v for check in fn.checks for v in vars(check).values() if isinstance(v, str)}
        calls.setdefault(fn.name, set()).update(named & set(defs))
    callers = {name: {other for other, to in calls.items() if name in to} for name in calls}
    reach = {carrier}
    for graph in (calls, callers):
        seen, todo = {edited}, [edited]
        while todo:
            near = graph.get(todo.pop(), set()) - seen
            seen |= near
            todo += sorted(near)
        reach |= seen
    return Change(mistake, (carrier, *sorted(reach - {carrier})), edited, edit)


def spec_changes(exercise: str) -> list[Change]:
    """One Change per mistake of the exercise's spec."""
    text = source("tests/solutions", exercise)
    return [change(exercise, mistake, edit, text) for mistake, edit in load_specs()[exercise].edits.items()]


def source(folder: str, exercise: str) -> str:
    return (ROOT / folder / f"{exercise}.py").read_text()


def _apart(a, b) -> bool:
    """Neither change edits or grades a function the other touches (each one's rows are its own)."""
    return not ({a.edited, a.touches[0]} & set(b.touches) or {b.edited, b.touches[0]} & set(a.touches))


def batches(edits: list) -> list[list]:
    """Greedy grouping of Changes and Appended: the changes of one batch are pairwise apart."""
    groups: list[list] = []
    for edit in edits:
        group = next((g for g in groups if all(_apart(edit, e) for e in g)), None)
        if group is None:
            groups.append([edit])
        else:
            group.append(edit)
    return groups


def grade_edits(grader, exercise: str, edits: list, others: dict | None = None) -> dict:
    """Id -> the CheckResult rows of the function each Change or Appended touches first, from few batched
    submissions.

    others: further student files the exercise needs (e.g. mlp for backprop's gradient check)."""
    rows = {}
    for i, group in enumerate(batches(edits)):
        text = source("tests/solutions", exercise)
        for edit in group:
            text = edit.apply(text)
        report = grader.grade({exercise: text, **(others or {})}, student=f"mistaken-{i}", only=[exercise])
        for edit in group:
            rows[edit.id] = [r for r in report.checks if r.function == edit.touches[0]]
    return rows


def named_rows(grader, exercise: str, others: dict | None) -> dict:
    """grade_edits of every edit of the exercise's spec (the `named` fixture; tests/apart.py may grade it)."""
    return grade_edits(grader, exercise, spec_changes(exercise), others)


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


def assert_catalogue_covered(exercise: str) -> None:
    """Every mistake attached to the exercise's functions has an edit in its spec that makes it."""
    spec = load_specs()[exercise]
    attached = {m.id for fn in spec.functions for m in fn.mistakes}
    assert sorted(attached - set(spec.edits)) == []


class SpecTests:
    """Full marks for the solution, "not implemented yet" for the stub, every catalogued mistake named.

    Subclasses set `exercise` and, when the exercise calls another student file, `others`; the `named`
    fixture grades the edits of the exercise's spec (one per mistake) once per class.
    """

    exercise: str = ""
    others: dict | None = None

    @pytest.fixture(scope="class")
    @classmethod
    def named(cls, grader):
        return apart.take(("named", cls.exercise), grader, named_rows, cls.exercise, cls.others)

    def test_correct_solution_scores_full_marks(self, grader):
        assert_full_marks(grader, self.exercise, self.others)

    def test_untouched_stub_is_not_implemented(self, grader):
        assert_stub_not_implemented(grader, self.exercise)

    def test_every_mistake_is_named(self, named):
        for mistake in load_specs()[self.exercise].edits:
            rows = named[mistake]
            assert_named(rows, mistake)

    def test_every_mistake_has_an_edit(self):
        assert_catalogue_covered(self.exercise)
