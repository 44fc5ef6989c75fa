"""Every exercise stub mirrors its reference twin: same public functions, signatures, docstrings.

Generic over exercises/*.py, so new topics are checked as soon as their file lands.
"""

import ast
import importlib
import importlib.util
import inspect
from pathlib import Path

import pytest

EXERCISES = Path(__file__).resolve().parent.parent / "exercises"
STUB_FILES = sorted(EXERCISES.glob("*.py"))


def _load_stub(path):
    spec = importlib.util.spec_from_file_location(f"exercise_stub_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _public_functions(module):
    return {
        name: obj
        for name, obj in vars(module).items()
        if inspect.isfunction(obj) and obj.__module__ == module.__name__ and not name.startswith("_")
    }


def _function_defs(path):
    tree = ast.parse(path.read_text())
    return {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")}


def test_there_are_exercises():
    assert {"activations", "layers", "mlp", "backprop", "losses", "softmax", "derivatives"} <= {p.stem for p in STUB_FILES}


@pytest.mark.parametrize("path", STUB_FILES, ids=lambda p: p.stem)
def test_stub_functions_exist_in_the_reference_with_identical_signature_and_docstring(path):
    stubs = _public_functions(_load_stub(path))
    reference = importlib.import_module(f"mlptutor.reference.{path.stem}")
    assert stubs, f"{path.name} defines no exercise function"
    for name, stub in stubs.items():
        twin = getattr(reference, name, None)
        assert inspect.isfunction(twin), f"mlptutor.reference.{path.stem} has no function {name}"
        assert inspect.signature(stub) == inspect.signature(twin), f"{path.stem}.{name}: signature differs"
        assert inspect.getdoc(stub) and inspect.getdoc(stub) == inspect.getdoc(twin), f"{path.stem}.{name}: docstring differs"


@pytest.mark.parametrize("path", STUB_FILES, ids=lambda p: p.stem)
def test_every_stub_body_only_raises_not_implemented(path):
    for name, node in _function_defs(path).items():
        body = node.body[1:] if ast.get_docstring(node) is not None else node.body
        assert len(body) == 1 and isinstance(body[0], ast.Raise), f"{path.stem}.{name} must only raise NotImplementedError"
        raised = body[0].exc
        target = raised.func if isinstance(raised, ast.Call) else raised
        assert isinstance(target, ast.Name) and target.id == "NotImplementedError", f"{path.stem}.{name} raises {ast.unparse(raised)}"


@pytest.mark.parametrize("path", STUB_FILES, ids=lambda p: p.stem)
def test_stubs_import_nothing_but_numpy(path):
    tree = ast.parse(path.read_text())
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {(node.module or ".").split(".")[0] or "." for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported <= {"numpy"}, f"{path.name} imports {sorted(imported - {'numpy'})}"
