"""grader/specs/xor.py: the correct solution scores full marks, every catalogued mistake is named, and what the
docstrings fix (every draw and step of a run, its defaults, float64, any network for hidden_logic) is checked."""

from pathlib import Path

import pytest
from spec_cases import ROOT, Appended, SpecTests, failed, grade_edits, source

from mlptutor.grader.checks.cases import Case
from mlptutor.grader.specs.xor import AT_TOL, stops_below_tol


def replaced(function, *changes):
    """The solution's `function` with each (old, new) change made once, as a redefinition appended to the file."""
    text = source("tests/solutions", "xor")
    body = text[text.index(f"def {function}("):]
    body = body[:body.index("\n\n\n")] if "\n\n\n" in body else body
    for old, new in changes:
        assert body.count(old) == 1, old
        body = body.replace(old, new)
    return body


WRONG = {
    # float32 only in the reported loss: every step stays float64, only the project's tolerance tells it apart
    "loss-float32": ("train_xor", replaced("train_xor", ('"loss": loss,', '"loss": float(np.float32(loss)),'))),
    "predictions-float32": ("train_xor", replaced("train_xor", ("p = _forward(XOR_INPUTS, params)[1][:, 0]",
                                                                "p = _forward(XOR_INPUTS, params)[1][:, 0].astype(np.float32)"))),
    "default-seed-1": ("train_xor", replaced("train_xor", ("def train_xor(seed=0,", "def train_xor(seed=1,"))),
    "default-tol-halved": ("train_xor", replaced("train_xor", ("tol=0.05,", "tol=0.025,"))),
    "count-above-a-quarter": ("train_xor", replaced("train_xor", ("(p > 0.5)", "(p > 0.25)"))),
    # a table naming FALSE "NOR": only a unit computing FALSE shows it
    "table-without-false": ("hidden_logic", replaced("hidden_logic", (
        "BOOLEAN_FUNCTIONS[_table(hidden[:, j])]", "{**BOOLEAN_FUNCTIONS, (0, 0, 0, 0): 'NOR'}[_table(hidden[:, j])]"))),
    # a sigmoid 1/(2 + e^-z) for the network's output: the tables of saturated units do not change, the network's
    # output on unsaturated hidden values does
    "network-sigmoid-off": ("hidden_logic", replaced("hidden_logic", (
        '"network": BOOLEAN_FUNCTIONS[_table(_forward(XOR_INPUTS, params)[1][:, 0])]',
        '"network": BOOLEAN_FUNCTIONS[_table(1 / (2 + np.exp(-(_forward(XOR_INPUTS, params)[0] @ params["W2"] '
        '+ params["b2"])))[:, 0])]'))),
}


class TestXorSpec(SpecTests):
    exercise = "xor"

    @pytest.fixture(scope="class")
    @classmethod
    def wrong(cls, grader):
        return grade_edits(grader, "xor", [Appended(name, (function,), code) for name, (function, code) in WRONG.items()])

    def test_a_short_run_must_report_its_steps(self, named):
        assert "you reported epochs 1, restarts 0" in failed(named["xor-epochs-off-by-one"], "specified-run").message
        assert "you reported epochs 4, restarts 1" in failed(named["xor-epochs-off-by-one"], "behaviour").message

    def test_stopping_at_a_loss_equal_to_tol_is_named(self, named):
        row = failed(named["xor-stops-at-tol"], "behaviour")
        assert "tol equal to the first start's loss" in row.message and "not below tol" in row.message

    def test_a_float32_loss_or_predictions_fail_at_the_projects_tolerance(self, wrong):
        assert "the reported loss is not the mean binary cross-entropy" in failed(wrong["loss-float32"], "initial-loss").message
        assert "predictions has dtype float32, expected float64" in failed(wrong["predictions-float32"], "specified-run").message

    def test_the_defaults_are_checked(self, wrong):
        message = failed(wrong["default-seed-1"], "specified-run").message
        assert message.startswith("3 epochs from each of the default 11 starts of the default seed: the returned W1")
        assert "you report epochs" in failed(wrong["default-tol-halved"], "behaviour").message

    def test_the_count_is_of_outputs_above_one_half(self, wrong):
        assert "correct says 2" in failed(wrong["count-above-a-quarter"], "specified-run").message

    def test_a_run_that_never_converges_is_told_so_within_its_limit(self, named):
        rows = named["xor-hidden-delta-without-sigmoid-derivative"]
        assert "after all 2000 steps: the run never falls below tol" in failed(rows, "behaviour").message
        assert failed(rows, "specified-run").mistake == "xor-hidden-delta-without-sigmoid-derivative"

    def test_hidden_logic_sees_every_table_and_unsaturated_networks(self, wrong):
        assert "result['hidden'][0] is not the expected str" in failed(wrong["table-without-false"], "value").message
        assert "result['network'] is not the expected str" in failed(wrong["network-sigmoid-off"], "value").message


def test_the_fixed_networks_take_every_truth_table():
    from mlptutor.grader.specs.xor import every_table
    from mlptutor.reference.xor import BOOLEAN_FUNCTIONS, hidden_logic
    names = [hidden_logic(*case) for case in every_table()]
    assert [n["network"] for n in names] == list(BOOLEAN_FUNCTIONS.values())
    linear = set(BOOLEAN_FUNCTIONS.values()) - {"XOR", "XNOR"}  # what a single unit can compute
    assert {h for n in names for h in n["hidden"]} == linear
    assert {n["output"].replace("h", "x") for n in names} == linear


def test_the_learning_seeds_learn_in_their_first_start():
    from mlptutor.grader.specs.xor import FIRST_START_LEARNS, cached_train_xor
    assert all(cached_train_xor(seed, max_restarts=0)["correct"] == 4 for seed in FIRST_START_LEARNS)
    # below tol in the first start, so the run at the defaults is this one: `trained` asks for it, run once
    assert all(cached_train_xor(seed, max_restarts=0)["loss"] < 0.05 for seed in FIRST_START_LEARNS)


def _train_xor(path: Path):
    namespace = {}
    exec(compile(path.read_text(), str(path), "exec"), namespace)
    return namespace["train_xor"]


@pytest.mark.parametrize("style", sorted(p.parent.name for p in (ROOT / "tests/solutions/styles").glob("*/xor.py")))
def test_every_styles_run_at_a_tol_equal_to_its_loss_stops_only_below_it(style):
    """At tol = the first start's textbook loss, each correct style either goes on (its L equals tol to the last
    bit) or stops at its own L below tol; the run stopping at L <= tol stops at L == tol and is told so."""
    case = Case((14,), dict(AT_TOL))
    value = _train_xor(ROOT / "tests/solutions/styles" / style / "xor.py")(14, **AT_TOL)
    assert stops_below_tol(value, None, case) is None


def test_a_run_stopping_at_a_loss_equal_to_tol_is_told_so():
    code = source("tests/solutions", "xor") + "\n\n" + (ROOT / "tests/solutions/wrong/xor/r5_tol_le.py").read_text()
    namespace = {}
    exec(compile(code, "r5_tol_le.py", "exec"), namespace)
    value = namespace["train_xor"](14, **AT_TOL)
    assert value["loss"] == AT_TOL["tol"] and value["restarts"] == 0
    assert "not below tol" in stops_below_tol(value, None, Case((14,), dict(AT_TOL)))

