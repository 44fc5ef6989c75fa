"""The grader code a student checker carries: the import closure of the judging modules, never reference code.

Found by reading imports (at any depth in a module, so a lazy import
counts): starting from the pipeline, the feedback renderers, the replayed
check kinds and the sandbox package, following only this project's
packages. `grader.specs` is replaced by a stand-in (the recorded checks),
beside the few spec modules a replayed check needs (the known test
functions of gradcheck, the runs check of the capstone: no reference code),
and `grader.relations.quotients` by one that finds nothing (it differences a
function as gradcheck's numerical_gradient must);
the Gradescope format, imported lazily by `grader.commands`, is the
instructor's and stays out. Reaching `reference` or `question_bank` stops
the release.
"""

from __future__ import annotations

import ast
from pathlib import Path

import mlptutor
from mlptutor import grader
from mlptutor.grader.release import ReleaseError

ROOT = Path(grader.__file__).resolve().parent.parent  # holds grader/ (the checkout, or the installed mlptutor/)
# the packages whose modules a checker may carry, and their folders (grader/ is not under mlptutor/ in the checkout)
OWN = {"mlptutor.grader": ROOT / "grader", "mlptutor": Path(mlptutor.__file__).resolve().parent}
SECRET = ("mlptutor.reference", "mlptutor.question_bank")
STAND_IN = "mlptutor.grader.specs"
# judging modules whose code would be a solution in a student's hands: the checker carries a stand-in that finds
# nothing (quotients differences a function the way gradcheck's numerical_gradient must; the instructor's grade says it)
QUOTIENTS = "mlptutor.grader.relations.quotients"
LEFT_OUT = (STAND_IN, QUOTIENTS, "mlptutor.grader.feedback.gradescope")
ROOTS = ("mlptutor.grader.pipeline", "mlptutor.grader.commands", "mlptutor.grader.feedback.text", "mlptutor.grader.feedback.json",
         "mlptutor.grader.feedback.markdown",
         "mlptutor.grader.nbgrader.cell_grader")  # an nbgrader notebook's test cells, run in a student's kernel
TEMPLATE = "mlptutor.grader.release.student"  # copied as the checker's own package; its imports are followed
SPECS_STAND_IN = '''"""Stand-in for the exercise specs in a student release: the checks recorded at release time."""


def load_specs():
    from mlptutor_student.replay import load_recorded

    return load_recorded().specs


def exercise_names():
    return sorted(load_specs())
'''

QUOTIENTS_STAND_IN = '''"""Stand-in for the difference-quotient relations in a student release: they are said by the instructor's grade."""


def quotients(leaf, setting):
    return None


def within(leaf, setting):
    return None
'''


def _within(module: str, packages) -> str | None:
    """The first of `packages` that is `module` or contains it."""
    return next((p for p in packages if module == p or module.startswith(p + ".")), None)


def _file(module: str) -> Path | None:
    package = _within(module, OWN)
    base = OWN[package].joinpath(*module.split(".")[package.count(".") + 1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(module: str, file: Path) -> set[str]:
    package = module if file.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def closure(extra_roots: set[str]) -> dict[str, Path]:
    """module name -> file of every module the checker needs (their packages' __init__ included)."""
    todo = [*ROOTS, *sorted(extra_roots)]
    todo += [f"mlptutor.grader.sandbox.{p.stem}" for p in (ROOT / "grader" / "sandbox").glob("*.py")
             if p.stem != "__init__"]  # the package itself is a root: as a module `...sandbox.__init__` it went twice
    for file in _file(TEMPLATE).parent.glob("*.py"):
        todo += _imports(f"{TEMPLATE}.{file.stem}", file)
    found: dict[str, Path] = {}
    while todo:
        module = todo.pop()
        if _within(module, SECRET):
            raise ReleaseError(f"the student checker would import {module}: a judging module imports reference code")
        if not _within(module, OWN) or module in found or module in LEFT_OUT or module.startswith("mlptutor.grader.release"):
            continue
        file = _file(module)
        if file is None:
            continue  # a name imported from a module, not a module itself
        found[module] = file
        parts = module.split(".")
        todo += [".".join(parts[:i]) for i in range(1, len(parts))]
        todo += _imports(module, file)
    return found


def copy_into(lib: Path, extra_roots: set[str]) -> None:
    """Write the closure under `lib` (mlptutor/..., mlptutor/grader/...), the specs stand-in and the sandbox's other files."""
    for module, file in closure(extra_roots).items():
        target = lib.joinpath(*module.split("."), file.name) if file.name == "__init__.py" \
            else lib.joinpath(*module.split(".")).with_suffix(".py")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(file.read_bytes())
    specs = lib / "mlptutor" / "grader" / "specs" / "__init__.py"
    specs.parent.mkdir(parents=True, exist_ok=True)
    specs.write_text(SPECS_STAND_IN, encoding="utf-8")
    lib.joinpath(*QUOTIENTS.split(".")).with_suffix(".py").write_text(QUOTIENTS_STAND_IN, encoding="utf-8")
    for extra in (ROOT / "grader" / "sandbox").iterdir():
        if extra.is_file() and extra.suffix != ".py":
            (lib / "mlptutor" / "grader" / "sandbox" / extra.name).write_bytes(extra.read_bytes())
