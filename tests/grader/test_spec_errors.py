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


@pytest.mark.parametrize("helper, said", [
    ("x = 1\n\n\n\ndef f(:\n", "grader/specs/broken_spec.py line 1: SyntaxError: invalid syntax ({h}, line 5) "
                               "(raised in {h} line 5: fix the spec or what it runs there"),
    ("def f():\n    return 1 / 0\n\n\nVALUE = f()\n", "grader/specs/broken_spec.py line 1: ZeroDivisionError: "
                                                       "division by zero (raised in {h} line 2: fix the spec or what "
                                                       "it runs there")])
def test_an_error_raised_in_a_module_the_spec_imports_names_that_place(broken, tmp_path, monkeypatch, helper, said):
    """Review E of inst24: a SyntaxError in a module the spec imports was given the spec's name with the module's
    line ('zz_spec.py line 5'), and any error raised inside the checks, the reference or a helper became 'fix the
    spec' with no place at all."""
    (tmp_path / "zz_helper.py").write_text(helper)
    (tmp_path / "broken_spec.py").write_text("import zz_helper\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.chdir(tmp_path)
    sys.modules.pop("zz_helper", None)
    with pytest.raises(SpecError) as raised:
        load_spec(broken)
    sys.modules.pop("zz_helper", None)
    assert str(raised.value).startswith(said.format(h="zz_helper.py")), str(raised.value)


def test_a_forward_of_another_exercise_is_checked_there(monkeypatch):
    """Review E of inst24: the forward-name check skipped every check with forward_module= (backprop's on mlp)."""
    from dataclasses import replace

    from mlptutor.grader.specs import backprop

    load_spec("backprop")  # as it is: mlp grades mlp_forward
    for typo, said in ((dict(forward="mlp_forwrd"), "forward='mlp_forwrd', which mlp does not grade"),
                       (dict(forward_module="mpl"), "forward_module='mpl', no exercise")):
        functions = tuple(replace(fn, checks=tuple(replace(c, **typo) if c.kind == "gradient" and c.forward_module
                                                   else c for c in fn.checks)) for fn in backprop.SPEC.functions)
        monkeypatch.setattr(backprop, "SPEC", replace(backprop.SPEC, functions=functions))
        load_spec.cache_clear()
        with pytest.raises(SpecError, match=said):
            load_spec("backprop")
        monkeypatch.undo()
    load_spec.cache_clear()


def test_a_broken_spec_named_by_another_specs_forward_module_is_its_spec_error(broken, monkeypatch):
    """Review F of mend24: loading backprop imported mlp's spec (forward_module="mlp") outside load_spec's try: a
    broken mlp.py came out as a bare exception with a traceback in every command."""
    from dataclasses import replace

    from mlptutor.grader.specs import backprop

    functions = tuple(replace(fn, checks=tuple(replace(c, forward_module=broken) if c.kind == "gradient" and
                                               c.forward_module else c for c in fn.checks))
                      for fn in backprop.SPEC.functions)
    monkeypatch.setattr(backprop, "SPEC", replace(backprop.SPEC, functions=functions))
    with pytest.raises(SpecError, match=r"^grader/specs/broken_spec.py line 4: TypeError: .*'hiden'"):
        load_spec("backprop")
