"""What else a file that could not be loaded would fail on: its load error names the first problem only.

Python stops a file's import at its first error, so a softmax.py importing torch on line 1 and scipy on line 9, and
lacking softmax_jacobian(), was told of torch alone: fixed and handed in again, it failed on scipy, then on the
missing function. Read from the source (nothing runs), the rest is said on the file's load row at once: the other
imports graded code cannot make (numpy, Python's standard library and the submission's own modules only) and the
graded functions the file does not define. Imports that cannot fail the grade are not said: in a `try` whose
`except` catches ImportError, or under `if __name__ == "__main__":`; one in a function's body is said "(when called)".
A file that does not parse says no more than its error; one taking names by `import *` says no missing function
(the `*` may bind it), its other imports still.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Collection, Iterator

from mlptutor.grader.cell_markers import CELL_LABEL, CELL_NAME

SHOWN = 5  # imports or functions named; the rest counted
_NAMED = re.compile(r"No module named '([^']+)'")  # the module the load error is about already
_CATCHING = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}  # an `except` catching ImportError
_RULE = "graded code can import numpy and Python's standard library"  # as the sandbox's advice words it


def also(module: str, source: str | bytes, functions: Collection[str], importable: Collection[str],
         error: str) -> str:
    """'; also: ...' naming what else `source` (module `module`'s file) would fail on, or ''. `functions`: the graded
    functions it should define; `importable`: the submission's own modules (exercises, shipped helpers)."""
    try:
        tree = ast.parse(source)
    # its error is the syntax error, or a source that is not text; hostile text (`1+1+...` 200,000 times) exhausts the
    # parser's recursion, as in sources.unwritten: a traceback in check, "cannot be graded" in grade
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return ""
    said = _NAMED.search(error)
    first = said[1].partition(".")[0] if said else None
    imports = sorted({(line, name, called) for line, name, called in _imports(tree)
                      if name.partition(".")[0] not in (first, "numpy", *importable, *sys.stdlib_module_names)})
    rule = "" if _RULE in error else f" ({_RULE} only)"  # the error's own advice says it already
    cells = _cells(source) if imports else []
    parts = [_first([f"{_place(module, line, cells)} imports {name}{' (when called)' * called}"
                     for line, name, called in imports]) + rule] if imports else []
    defined = _defined(tree)
    if defined is not None and (lacking := [f"{name}()" for name in functions if name not in defined]):
        parts.append(f"no function {_first(lacking)} in it")
    return f"; also: {'; '.join(parts)}" if parts else ""


def _cells(source: str | bytes) -> list[tuple[int, str]]:
    """(line, name) of each cell marker of a notebook's joined source (grader.bulk.notebooks.joined), else []."""
    text = source if isinstance(source, str) else source.decode("utf-8", "replace")
    return [(text.count("\n", 0, found.start()) + 1, found[0][len(CELL_LABEL):]) for found in CELL_NAME.finditer(text)]


def _place(module: str, line: int, cells: list[tuple[int, str]]) -> str:
    """Where `line` is, as the sandbox names a place ("softmax.py line 9: notebook cell 4 (answer), line 2"), which
    feedback.places names by the student's own file."""
    marker = next(((at, name) for at, name in reversed(cells) if at < line), None)
    return f"{module}.py line {line}" + (f": notebook cell {marker[1]}, line {line - marker[0]}" if marker else "")


def _first(items: list[str]) -> str:
    """The first SHOWN of `items`, and how many more (activations.py defining none of its 25 functions)."""
    return ", ".join(items[:SHOWN]) + (f" and {len(items) - SHOWN} more" if len(items) > SHOWN else "")


def _imports(tree: ast.Module) -> Iterator[tuple[int, str, bool]]:
    """(line, module, in a function's body) of every absolute import in `tree` that would fail the file or a call of
    its functions: none in a `try` body whose `except` catches ImportError (`try: import sklearn` / `except
    ImportError:` loads without it) or under `if __name__ == "__main__":` (the grader imports the file, never runs
    it)."""
    todo: list[tuple[ast.AST, bool]] = [(tree, False)]
    while todo:
        node, called = todo.pop()
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name, called) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            yield node.lineno, node.module, called
        called = called or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        skipped = set(map(id, node.body)) if _guarded(node) else set()  # ids: a list's `in` made a long try quadratic
        todo.extend((child, called) for child in ast.iter_child_nodes(node) if id(child) not in skipped)


def _guarded(node: ast.AST) -> bool:
    """Whether `node`'s body runs without its imports failing the file: a `try` catching ImportError, or the body of
    `if __name__ == "__main__":`. Read from the nodes, not ast.unparse: a deep expression does not unparse."""
    if isinstance(node, (ast.Try, ast.TryStar)):
        return any(handler.type is None or _CATCHING & set(map(_word, _names(handler.type)))
                   for handler in node.handlers)
    test = node.test if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)
            and {_word(test.left), _word(test.comparators[0])} == {"__name__", "__main__"})


def _names(caught: ast.expr) -> list[ast.expr]:
    """The exceptions an `except` clause names (`except (ImportError, OSError)`: both)."""
    return caught.elts if isinstance(caught, ast.Tuple) else [caught]


def _word(node: ast.expr) -> str | None:
    """A name's (`ImportError`, `builtins.ImportError`: its last part) or a string constant's text, else None."""
    return (node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute)
            else node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None)


def _defined(tree: ast.Module) -> set[str] | None:
    """The names `tree` binds outside its functions and classes (in `if`, `try`, `with` blocks too), or None when an
    `import *` may bind any."""
    names: set[str] = set()
    todo = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            if any(alias.name == "*" for alias in node.names):
                return None
            names.update((alias.asname or alias.name).partition(".")[0] for alias in node.names)
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        todo.extend(ast.iter_child_nodes(node))
    return names
