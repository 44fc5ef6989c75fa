"""The exercises as an nbgrader source assignment: `<course>/source/<assignment>/<exercise>.ipynb`.

Each notebook (nbgrader cell metadata, schema version 3):

1. a locked markdown cell: the exercise's description (the stub's docstring) and what to do;
2. the solution cell (solution=True): the stub, each function's body between
   `### BEGIN SOLUTION` / `### END SOLUTION` calling the course reference (the
   single source of truth), so the instructor's source notebook runs;
   `nbgrader generate_assignment` replaces each region with its own
   placeholder (a comment asking for code and a not-implemented raise), so
   students never hold it;
3. one locked autograded test cell per function (grade=True, grade_id the
   function's name, points its full points) whose value is the points
   mlptutor's sandboxed grader gives the function (grader.nbgrader.cell_grader);
   nbgrader takes a numeric value as partial credit.

The grade ids and points match `mlptutor export --format nbgrader-db`, so
nbgrader's autograde and mlptutor's export fill the same grade cells.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from mlptutor.grader.nbgrader.cells import TEST_MARK

EXERCISES = Path(__file__).resolve().parents[2] / "exercises"


def _role(grade_id: str, *, solution=False, grade=False, locked=False, points=None) -> dict:
    role = {"grade": grade, "solution": solution, "locked": locked, "grade_id": grade_id, "schema_version": 3}
    if points is not None:
        role["points"] = points
    return {"nbgrader": role}


def _call(fn: ast.FunctionDef) -> str:
    """The arguments of `fn` passed on unchanged: 'A, W, *rest, eps=eps, **options'."""
    a = fn.args
    parts = [p.arg for p in a.posonlyargs + a.args]
    parts += [f"*{a.vararg.arg}"] if a.vararg else []
    parts += [f"{p.arg}={p.arg}" for p in a.kwonlyargs]
    parts += [f"**{a.kwarg.arg}"] if a.kwarg else []
    return ", ".join(parts)


def solution_cell_source(exercise: str, stub: str) -> str:
    """The stub without its module docstring, each function body the stub leaves unwritten (it only raises the
    not-implemented error) a solution region."""
    tree = ast.parse(stub)
    lines = stub.splitlines()
    replacements = {}  # line index of the raise -> replacement lines
    for fn in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        last = fn.body[-1]
        if isinstance(last, ast.Raise) and "NotImplementedError" in ast.unparse(last):
            indent = " " * last.col_offset
            replacements[last.lineno - 1] = [
                f"{indent}### BEGIN SOLUTION",
                f"{indent}from mlptutor.reference.{exercise} import {fn.name} as solution",
                f"{indent}return solution({_call(fn)})",
                f"{indent}### END SOLUTION",
            ]
    start = tree.body[0].end_lineno if isinstance(tree.body[0], ast.Expr) else 0  # after the docstring
    out = []
    for index in range(start, len(lines)):
        out += replacements.get(index, [lines[index]])
    return "\n".join(out).strip() + "\n"


def grade_cell_source(exercise: str, function: str) -> str:
    return (f"{TEST_MARK}: {function} of {exercise}, graded in mlptutor's sandbox; the value is its points\n"
            "try:  # the grader's environment (nbgrader autograde): mlptutor itself, every check\n"
            "    from mlptutor.grader.nbgrader.cell_grader import points\n"
            "except ImportError:  # a student's kernel: the course's student bundle (its public checks)\n"
            "    import mlptutor_student\n"
            "    from mlptutor.grader.nbgrader.cell_grader import points\n"
            f"points({exercise!r}, {function!r}, In)")


def exercise_notebook(exercise: str, spec) -> str:
    """The source notebook of one exercise, as nbformat JSON text."""
    stub = (EXERCISES / f"{exercise}.py").read_text(encoding="utf-8")
    about = ast.get_docstring(ast.parse(stub)) or exercise
    cells = [
        new_markdown_cell(f"# {exercise}\n\n{about}\n\nWrite each function's body in the code cell below, "
                          "then run the test cells: each shows the points mlptutor's grader gives that function.",
                          metadata=_role(f"{exercise}_about", locked=True)),
        new_code_cell(solution_cell_source(exercise, stub), metadata=_role(f"{exercise}_code", solution=True)),
    ]
    cells += [new_code_cell(grade_cell_source(exercise, fn.name),
                            metadata=_role(fn.name, grade=True, locked=True, points=fn.max_points))
              for fn in spec.functions]
    notebook = new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"}})
    return nbformat.writes(notebook)


def release(course: Path, assignment: str, exercises: list[str] | None = None) -> list[Path]:
    """Write the source notebooks of `exercises` (default: every exercise with a stub) into the course."""
    from mlptutor.grader.specs import load_specs

    specs = load_specs()
    names = exercises or sorted(n for n in specs if (EXERCISES / f"{n}.py").is_file())
    unknown = [n for n in names if n not in specs]
    if unknown:
        raise ValueError(f"no such exercise: {', '.join(unknown)} (exercises: {', '.join(sorted(specs))})")
    folder = course / "source" / assignment
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names:
        importlib.import_module(f"mlptutor.reference.{name}")  # the solution regions call it: it must exist
        path = folder / f"{name}.ipynb"
        path.write_text(exercise_notebook(name, specs[name]), encoding="utf-8")
        written.append(path)
    return written
