"""The example class's partial submissions keep the exercises' docstrings for mlp.py: a student's copy of the
stubs says what the course asks now, so the example class shows what students see."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _docstrings(path: Path) -> dict[str, str | None]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name: ast.get_docstring(node) for node in tree.body if isinstance(node, ast.FunctionDef)}


@pytest.mark.parametrize("example", sorted((ROOT / "examples" / "class").glob("partial-*/mlp.py")),
                         ids=lambda p: p.parent.name)
def test_the_example_mlp_stubs_have_the_exercises_docstrings(example):
    assert _docstrings(example) == _docstrings(ROOT / "exercises" / "mlp.py")


@pytest.mark.parametrize("example", sorted(p for name in ("experiments", "graph", "train", "xor")
                                           for p in (ROOT / "examples" / "class").glob(f"partial-*/{name}.py")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_example_stubs_keep_the_exercises_docstrings(example):
    """Every function docstring a partial submission kept is the exercise's (a solved function may drop its own)."""
    exercise = _docstrings(ROOT / "exercises" / example.name)
    kept = {name: doc for name, doc in _docstrings(example).items() if doc is not None and name in exercise}
    assert kept == {name: exercise[name] for name in kept}


def test_the_example_readme_counts_the_class_as_grade_does():
    """examples/README.md said 133 submissions where `mlptutor grade examples/class` finds 377."""
    from mlptutor.grader.bulk.discovery import discover
    from mlptutor.grader.specs import exercise_names

    found = discover(ROOT / "examples" / "class", exercise_names(), None)
    said = re.search(r"a generated class of (\d+) submissions", (ROOT / "examples" / "README.md").read_text())
    assert int(said.group(1)) == len(found.submissions)
