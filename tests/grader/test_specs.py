"""Specs and exercise stubs agree: one spec per exercise file, every graded function exists in its stub."""

import ast
from pathlib import Path

from mlptutor.grader.specs import load_specs

EXERCISES = Path(__file__).resolve().parents[2] / "exercises"


def stub_functions(name):
    tree = ast.parse((EXERCISES / f"{name}.py").read_text())
    return {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}


def test_every_spec_grades_functions_of_its_stub():
    for name, spec in load_specs().items():
        assert (EXERCISES / f"{name}.py").exists(), f"grader/specs/{name}.py has no exercises/{name}.py"
        missing = {f.name for f in spec.functions} - stub_functions(name)
        assert not missing, f"{name}: graded but not in the stub: {sorted(missing)}"


def test_every_exercise_has_a_spec():
    assert {p.stem for p in EXERCISES.glob("*.py")} <= set(load_specs())


def test_check_names_and_points():
    for spec in load_specs().values():
        for fn in spec.functions:
            assert fn.max_points > 0 and all(c.points > 0 for c in fn.checks), (spec.name, fn.name)
