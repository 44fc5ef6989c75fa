"""A broken spec module is one line naming its file, line and error, never a traceback: an instructor adding an
exercise met `TypeError: ValueCheck.__init__() got an unexpected keyword argument 'hiden'` at the foot of 20 lines
of import machinery from `mlptutor check`, `grade`, `release` and `gradescope` alike (2026-12-07)."""

import subprocess
import sys

import pytest

from mlptutor.grader import specs
from mlptutor.grader.specs import SpecError, load_spec

BROKEN = '''"""A spec with a typo."""
from mlptutor.grader.checks.value import ValueCheck

CHECK = ValueCheck("value", 2.0, hiden=None)
'''


@pytest.fixture
def broken(tmp_path, monkeypatch):
    """grader/specs/ with one more module, `broken_spec`, as an instructor's new file would be."""
    (tmp_path / "broken_spec.py").write_text(BROKEN)
    monkeypatch.setattr(specs, "__path__", [*specs.__path__, str(tmp_path)])
    specs._names.cache_clear()
    load_spec.cache_clear()
    yield "broken_spec"
    specs._names.cache_clear()
    load_spec.cache_clear()
    sys.modules.pop("mlptutor.grader.specs.broken_spec", None)


def test_a_spec_that_does_not_load_names_its_file_line_and_error(broken):
    with pytest.raises(SpecError) as raised:
        load_spec(broken)
    assert str(raised.value) == ("grader/specs/broken_spec.py line 4: TypeError: ValueCheck.__init__() got an "
                                 "unexpected keyword argument 'hiden' (fix the spec: grader/specs/README.md)")


def test_the_commands_print_a_spec_error_as_one_line():
    """The CLI's group turns SpecError into 'Error: ...' and exit status 2 (a usage error: the course's files)."""
    script = ("import click\nfrom mlptutor.lazy import LazyGroup\nfrom mlptutor.grader.specs import SpecError\n"
              "@click.group(cls=LazyGroup)\ndef cli(): pass\n"
              "@cli.command()\ndef go(): raise SpecError('grader/specs/x.py line 3: TypeError: bad')\n"
              "cli(['go'])\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (2, "Error: grader/specs/x.py line 3: TypeError: bad\n")


def test_an_edit_that_does_not_apply_names_its_mistake_and_the_solution():
    """A spec's edit whose old text the solution lacks failed the spec's tests with 'substring not found'."""
    from spec_cases import change, source

    from mlptutor.grader.mistakes import Edit

    with pytest.raises(ValueError, match=r"^grader/specs/layers\.py EDITS\['dense-db-mean'\]: in tests/solutions/"
                                         r"layers\.py the edit's old text 'dZ\.sum\(axis = 0\)' occurs 0 times"):
        change("layers", "dense-db-mean", Edit("dZ.sum(axis = 0)", "dZ.mean(axis=0)"), source("tests/solutions",
                                                                                             "layers"))


def test_a_gradient_check_whose_forward_the_exercise_does_not_grade_is_refused(monkeypatch):
    """GradientCheck(forward="dense_forwrd") passed every test: only the note on a wrong forward went missing."""
    from dataclasses import replace

    from mlptutor.grader.specs import layers

    forward, backward = layers.SPEC.functions
    checks = tuple(replace(c, forward="dense_forwrd") if c.kind == "gradient" else c for c in backward.checks)
    monkeypatch.setattr(layers, "SPEC", replace(layers.SPEC, functions=(forward, replace(backward, checks=checks))))
    load_spec.cache_clear()
    with pytest.raises(SpecError, match=r"^grader/specs/layers\.py: dense_backward's check 'gradient' has forward="
                                        r"'dense_forwrd', which layers does not grade "
                                        r"\(dense_backward, dense_forward\)"):
        load_spec("layers")
    load_spec.cache_clear()
