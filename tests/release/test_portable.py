"""Spec functions carried to the student checker as source (grader/release/portable.py): what a `def` evaluates
when the carried text runs (annotations, decorators, defaults) never names what the checker does not hold."""

import importlib.util
import sys

import pytest

from mlptutor.grader.release.portable import NotPortable, Portable

TOY = '''
import typing

from mlptutor.grader.relations.values import Leaf  # the checker carries no spec module's imports
from mlptutor.reference.losses import Loss  # nor any reference

TOL = 1e-6


def close(value: Loss, expected: "Loss", case) -> Leaf:
    return abs(value - expected) <= 1e-6


def within(value, expected, case, tol=TOL, *, scale=TOL * 2):
    return abs(value - expected) <= tol * scale / 2e-6


@typing.no_type_check  # returns the function itself: carried, it would need typing
def cached(value, expected, case):
    return value == expected
'''


@pytest.fixture
def toy(tmp_path, monkeypatch):
    """A spec module (named as one: only spec functions are carried) from TOY's text."""
    path = tmp_path / "toy_spec.py"
    path.write_text(TOY)
    spec = importlib.util.spec_from_file_location("mlptutor.grader.specs._toy_carried", path)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def run_carried(portable: Portable) -> dict:
    """The carried text run as the checker runs it, with the reference unimportable."""
    (text,) = portable.modules().values()
    assert "mlptutor.reference" not in text and "import" not in text.split("\n\n\n", 1)[1]  # no spec imports
    namespace = {}
    blocked = {name: None for name in ("mlptutor.reference", "mlptutor.reference.losses")}
    saved = {name: sys.modules.get(name) for name in blocked}
    sys.modules.update(blocked)
    try:
        exec(compile(text, "<carried>", "exec"), namespace)
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    return namespace


def test_annotations_naming_what_the_checker_lacks_are_never_evaluated(toy):
    portable = Portable()
    portable.function(toy.close)
    assert run_carried(portable)["close"](1.0, 1.0 + 1e-9, None)


def test_a_default_value_is_carried_with_the_function(toy):
    portable = Portable()
    portable.function(toy.within)
    assert "TOL = 1e-06" in portable.modules()["_toy_carried"]
    assert run_carried(portable)["within"](1.0, 1.0 + 1e-9, None)


def test_a_decorator_the_checker_cannot_hold_is_refused_in_one_line(toy):
    portable = Portable()
    with pytest.raises(NotPortable, match=r"^mlptutor\.grader\.specs\._toy_carried\.cached uses typing, which the "
                                          r"checker must not hold$"):
        portable.function(toy.cached)
    assert portable.modules() == {}  # nothing of it taken
