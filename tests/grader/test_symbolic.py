"""The symbolic checker end to end: student formulas judged in the sandbox, in a few batched jobs."""

import math

import pytest

from mlptutor.grader.checks import base
from mlptutor.grader import symbolic_worker
from mlptutor.grader.checks.symbolic import (
    VERDICTS, WORKER, SymbolicCheck, FormulaVerdict, _verdict, _worker_source, judge_formula, judge_formulas,
)
from mlptutor.grader.sandbox import Call, Outcome
from mlptutor.reference import derivatives
from mlptutor.reference.derivatives import FORMULAS

SQUARE = ("-2*(y - z)", {"y": (-3.0, 3.0), "z": (-3.0, 3.0)})  # d/dz (y - z)**2
DIAGONAL_IN_S_I_S_J = ("s_i*(1 - s_i)", {"s_i": (0.05, 0.95), "s_j": (0.05, 0.95)})


def entry(key):
    return FORMULAS[key].answer, FORMULAS[key].variables


# (student text, (answer, variables), expected status)
TABLE = [
    ("sigmoid(z)*(1-sigmoid(z))", entry("sigmoid_derivative"), "equivalent"),
    ("exp(-z)/(1+exp(-z))**2", entry("sigmoid_derivative"), "equivalent"),
    ("sigmoid(z) - sigmoid(z)^2", entry("sigmoid_derivative"), "equivalent"),
    ("exp(z)/(1 + exp(z))**2", entry("sigmoid_derivative"), "equivalent"),
    ("1/(1+exp(-z)) * (1 - 1/(1+exp(-z)))", entry("sigmoid_derivative"), "equivalent"),
    ("sech(z)**2", entry("tanh_derivative"), "equivalent"),
    ("1/cosh(z)**2", entry("tanh_derivative"), "equivalent"),
    ("(1 - tanh(z))*(1 + tanh(z))", entry("tanh_derivative"), "equivalent"),
    ("4/(exp(z) + exp(-z))**2", entry("tanh_derivative"), "equivalent"),
    ("s_i - s_i**2", entry("softmax_diagonal"), "equivalent"),
    ("-(s_i**2 - s_i)", entry("softmax_diagonal"), "equivalent"),
    ("-s_j*s_i", entry("softmax_off_diagonal"), "equivalent"),
    ("-(p_i*0 + y_i - p_i)", entry("softmax_ce_gradient"), "equivalent"),
    ("w*lam", entry("l2_gradient"), "equivalent"),
    ("lam*w/2*2", entry("l2_gradient"), "equivalent"),
    ("w2*x*(w1*w2*x - y)", entry("chain_rule_w1"), "equivalent"),
    ("w1*w2**2*x**2 - w2*x*y", entry("chain_rule_w1"), "equivalent"),
    ("2*z - 2*y", SQUARE, "equivalent"),
    ("sigmoid(z)*(1+sigmoid(z))", entry("sigmoid_derivative"), "wrong"),
    ("sigmoid(z)", entry("sigmoid_derivative"), "wrong"),
    ("1+tanh(z)**2", entry("tanh_derivative"), "wrong"),
    ("-(1 - tanh(z)**2)", entry("tanh_derivative"), "wrong"),
    ("s_i*s_j", DIAGONAL_IN_S_I_S_J, "wrong"),
    ("s_i*(1 + s_i)", entry("softmax_diagonal"), "wrong"),
    ("s_i*s_j", entry("softmax_off_diagonal"), "wrong"),
    ("y_i - p_i", entry("softmax_ce_gradient"), "wrong"),
    ("lam*w/2", entry("l2_gradient"), "wrong"),
    ("(w2*w1*x - y)*w2", entry("chain_rule_w1"), "wrong"),
    ("-(y - z)", SQUARE, "wrong"),  # missing factor 2
    ("2*(y - z)", SQUARE, "wrong"),  # wrong sign
    ("exp(exp(exp(1000)))", entry("sigmoid_derivative"), "wrong"),
    ("s_i*s_j", entry("softmax_diagonal"), "unparseable"),
    ("x*(1 - x)", entry("sigmoid_derivative"), "unparseable"),
    ("z(1 - z)", entry("sigmoid_derivative"), "unparseable"),
    ("__import__('os').system('id')", entry("sigmoid_derivative"), "not_allowed"),
    ("z.__class__", entry("sigmoid_derivative"), "not_allowed"),
    ("().__class__", entry("sigmoid_derivative"), "not_allowed"),
    ("lambda: 1", entry("sigmoid_derivative"), "not_allowed"),
    ("[1][0]", entry("sigmoid_derivative"), "not_allowed"),
    ("open('x')", entry("sigmoid_derivative"), "not_allowed"),
    ("9**9**9", entry("sigmoid_derivative"), "not_allowed"),
    ("(9**9**9)**0 * sigmoid(z)*(1 - sigmoid(z))", entry("sigmoid_derivative"), "not_allowed"),
    ("(" * 100 + "z" + ")" * 100, entry("sigmoid_derivative"), "not_allowed"),
    ("-" * 900 + "z", entry("sigmoid_derivative"), "not_allowed"),  # passes the token scan; refused by the worker
    ("z*" * 50_000 + "z", entry("sigmoid_derivative"), "not_allowed"),  # 100 KB
    ("\u03c3(z)*(1 - \u03c3(z))", entry("sigmoid_derivative"), "not_allowed"),
    ("getattr(z, 'x')", entry("sigmoid_derivative"), "not_allowed"),
    ("exp(**z)", entry("sigmoid_derivative"), "not_allowed"),
]


TABLE_ITEMS = [(student, answer, variables) for student, (answer, variables), _ in TABLE]


@pytest.fixture(scope="module")
def table_verdicts(sandbox):
    return judge_formulas(TABLE_ITEMS, seed=11, sandbox=sandbox)


@pytest.mark.parametrize("index", range(len(TABLE)), ids=[row[0][:40] for row in TABLE])
def test_table(table_verdicts, index):
    student, (answer, _variables), status = TABLE[index]
    verdict = table_verdicts[index]
    assert verdict.status == status, verdict.message
    assert verdict.message
    if status == "wrong" and "exp(exp" not in student:
        assert "your formula gives" in verdict.message
        assert set(verdict.counterexample["point"]) <= set(_variables)
        assert answer not in verdict.message


def verdict_of(verdicts, student, status):
    return next(v for row, v in zip(TABLE, verdicts) if row[0] == student and row[2] == status)


class NoJobs:
    def run(self, modules, calls, limits=None):
        raise AssertionError(f"a job of {len(calls)} calls was started")


def test_cached_and_uncached_verdicts_are_equal(table_verdicts, sandbox):
    VERDICTS.clear()
    fresh = judge_formulas(TABLE_ITEMS[::-1], seed=11, sandbox=sandbox)[::-1]  # another order: SymPy's caches warm up differently
    cached = judge_formulas(TABLE_ITEMS, seed=11, sandbox=NoJobs())
    assert fresh == table_verdicts == cached


class WithoutSympy:
    """The grader's sandbox (NumPy only) whose companion with SymPy must not start."""

    def __init__(self, sandbox):
        self.sandbox = sandbox

    def run(self, *args, **kwargs):
        return self.sandbox.run(*args, **kwargs)

    def companion(self, preload):
        raise AssertionError(f"a companion with {preload} was started")


def test_a_formula_the_numbers_refute_is_judged_without_sympy_as_with_it(sandbox, formulas):
    """Each formula of the table that is not right, judged where SymPy cannot start, gets the verdict (status,
    message, counterexample, values) it gets from a compare in the grader's sandbox and a confirm in SymPy's
    companion (which has no NumPy to compare with)."""
    rows = [(s, answer, variables) for s, (answer, variables), status in TABLE
            if status != "equivalent" and not symbolic_worker.precheck(s)]
    texts = [symbolic_worker.canonical(student) for student, _, _ in rows]
    compared = sandbox.run({WORKER: _worker_source()}, [
        Call(f"compare:{i}", WORKER, "compare", (text, answer, variables, 11))
        for i, (text, (_, answer, variables)) in enumerate(zip(texts, rows))]).outcomes
    confirmed = formulas.run({WORKER: _worker_source()}, [
        Call(f"confirm:{i}", WORKER, "confirm", (compared[f"compare:{i}"].value, text, answer, variables))
        for i, (text, (_, answer, variables)) in enumerate(zip(texts, rows))]).outcomes
    with_sympy = [_verdict(compared[f"compare:{i}"], confirmed[f"confirm:{i}"]) for i in range(len(rows))]
    VERDICTS.clear()
    without = judge_formulas(rows, seed=11, sandbox=WithoutSympy(sandbox))
    assert without == with_sympy and len(rows) > 10
    assert {v.status for v in without} == {"wrong", "unparseable", "not_allowed"}


def test_a_formula_the_numbers_agree_with_is_right_only_with_sympys_confirmation(sandbox):
    VERDICTS.clear()
    with pytest.raises(AssertionError, match="companion"):
        judge_formula("sech(z)^2", "1 - tanh(z)**2", {"z": (-3.0, 3.0)}, sandbox=WithoutSympy(sandbox))
    assert len(VERDICTS) == 0


def test_counterexample_is_reproducible_from_the_shown_point(table_verdicts):
    verdict = verdict_of(table_verdicts, "1+tanh(z)**2", "wrong")
    z = verdict.counterexample["point"]["z"]
    assert verdict.counterexample["student_value"] == pytest.approx(1 + math.tanh(z) ** 2)
    assert f"z = {z:g}" in verdict.message


def test_unknown_names_and_refusals_say_what(table_verdicts):
    assert verdict_of(table_verdicts, "s_i*s_j", "unparseable").message == "unknown name 's_j'; this formula is in s_i"
    assert "unknown name 'x'; this formula is in z" in verdict_of(table_verdicts, "x*(1 - x)", "unparseable").message
    assert "attribute access is not allowed" in verdict_of(table_verdicts, "z.__class__", "not_allowed").message
    assert "too long" in verdict_of(table_verdicts, "z*" * 50_000 + "z", "not_allowed").message


@pytest.mark.parametrize("text, words", [
    ("1 .- tanh.(z).^2", "'.-' is an elementwise operator"), ("tanh.(z)", "'.(' is a broadcast call"),
    ("s_i.*s_j", "'.*' is an elementwise operator"), ("z.real", "attribute access"), ("2.*z", None),
])
def test_julia_dot_syntax_is_named_as_such(text, words):
    """A '.' before an operator or a bracket is Julia's elementwise form, refused with its own words; 2.*z is 2.0*z."""
    refused = symbolic_worker.precheck(text)
    assert (refused is None) if words is None else words in refused[1]


@pytest.mark.parametrize("text", ["lambda*w", "\u03bb*w", "w*\u03bb"])
def test_a_variable_spelled_as_a_keyword_or_a_greek_letter_is_named_as_the_formula_spells_it(text):
    """The L2 gradient's lambda is lam in the docstring: the refusal (a scan's, needing no job) names lam."""
    verdict = judge_formula(text, *entry("l2_gradient"))
    assert verdict.status == "not_allowed" and "write lam for " in verdict.message
    assert "write lam" not in judge_formula("\u03c3(z)", *entry("sigmoid_derivative")).message


def test_every_registry_answer_is_equivalent_to_itself_and_to_its_function(sandbox):
    items = [(f.answer, f.answer, f.variables) for f in FORMULAS.values()]
    items += [(getattr(derivatives, key)(), f.answer, f.variables) for key, f in FORMULAS.items()]
    assert all(v.status == "equivalent" for v in judge_formulas(items, seed=5, sandbox=sandbox))


def test_the_grader_stays_responsive_after_hostile_input(sandbox):
    hostile = judge_formula("-" * 900 + "z", "z", {"z": (-1.0, 1.0)}, sandbox=sandbox)
    assert hostile.status == "not_allowed"
    assert judge_formula("sech(z)^2", "1 - tanh(z)**2", {"z": (-3.0, 3.0)}, sandbox=sandbox).status == "equivalent"


def test_a_variable_may_shadow_a_constant_and_ranges_may_be_lists():
    assert judge_formula("2*e", "e + e", {"e": [-1, 1]}).status == "equivalent"  # in a Sandbox of its own


def test_a_slow_confirmation_times_out_alone_and_the_numeric_verdict_stands(sandbox):
    answer, student = "z", "z"
    for _ in range(10):  # tanh(t) = 2*sigmoid(2t) - 1, ten deep: SymPy needs far more than a second
        answer, student = f"tanh({answer})", f"(2*sigmoid(2*{student}) - 1)"
    slow, quick = judge_formulas(
        [(student, answer, {"z": (-1.0, 1.0)}), ("sech(z)^2", "1 - tanh(z)**2", {"z": (-3.0, 3.0)})], call_seconds=1.0,
        sandbox=sandbox)
    assert slow.status == "equivalent" and "SymPy" not in slow.message
    assert quick.status == "equivalent" and "SymPy confirms" in quick.message


def test_bad_questions_raise_value_errors(sandbox):
    with pytest.raises(ValueError, match="variable name 'exp'"):
        judge_formula("z", "z", {"exp": (0.0, 1.0)})
    with pytest.raises(ValueError, match="low < high"):
        judge_formula("z", "z", {"z": (1.0, 1.0)})
    with pytest.raises(ValueError, match="needs a range"):
        judge_formula("z", "z", {"z": (0.0, 1.0, 2.0)})
    with pytest.raises(ValueError, match="the answer"):
        judge_formula("z", "log(z)", {"z": (-3.0, -1.0)}, sandbox=sandbox)


@pytest.mark.parametrize("status", ["timeout", "crashed", "skipped"])
def test_a_call_that_never_answers_is_a_timeout(status):
    verdict = _verdict(Outcome(status, error="limit"), None)
    assert verdict.status == "timeout" and verdict.counterexample is None


def test_a_missing_confirmation_keeps_the_numeric_verdict():
    numeric = Outcome("ok", value={"status": "equivalent", "message": "agrees at 12 points", "counterexample": None})
    assert _verdict(numeric, Outcome("timeout")).status == "equivalent"
    assert _verdict(numeric, Outcome("ok", value={"confirmed": False})).status == "wrong"
    assert "SymPy confirms" in _verdict(numeric, Outcome("ok", value={"confirmed": True})).message


@pytest.fixture
def context(sandbox):
    return base.Context("alice", "derivatives", "tanh_derivative", derivatives.tanh_derivative, sandbox=sandbox)


@pytest.mark.parametrize(
    "outcome, passed, words",
    [
        (Outcome("ok", value="sech(z)**2"), True, "equivalent"),
        (Outcome("ok", value="1 + tanh(z)**2"), False, "your formula gives"),
        (Outcome("ok", value="z.__class__"), False, "attribute access"),
        (Outcome("ok", value=42), False, "as a string"),
        (Outcome("not_implemented"), False, "not implemented"),
    ],
)
def test_symbolic_check_judges_the_students_returned_text(outcome, passed, words, context):
    check = SymbolicCheck("formula", points=2.0)
    ctx = context
    plan = check.plan(ctx)
    assert [c.function for c in plan.calls] == ["tanh_derivative"] and check.kind == "symbolic"
    verdict = check.judge(ctx, plan, {plan.calls[0].id: outcome})
    assert verdict.passed is passed and words in verdict.message


def test_symbolic_check_end_to_end_with_a_submission_that_tampers_with_its_child(sandbox, context):
    # the submission replaces any 'symbolic_worker' in its own child; judging happens in another job
    source = (
        "import sys, types\n"
        "sys.modules['symbolic_worker'] = types.SimpleNamespace(compare=lambda *a: {'status': 'equivalent'})\n"
        "def tanh_derivative():\n"
        "    return '1 + tanh(z)**3'\n"  # wrong, and no relation SymPy proves: its values are the evidence
    )
    check, ctx = SymbolicCheck("formula"), context
    plan = check.plan(ctx)
    outcomes = sandbox.run({"derivatives": source}, plan.calls).outcomes
    verdict = check.judge(ctx, plan, outcomes)
    assert not verdict.passed and "your formula gives" in verdict.message
    # the evidence: the formula's values at the sample points (z first), for the relation finder
    z = verdict.evidence[0].args[0]
    assert verdict.evidence[0].value == pytest.approx(1 + math.tanh(z) ** 3)
    assert check.explained_reference(ctx)(z) == pytest.approx(1 - math.tanh(z) ** 2)


def test_verdicts_are_plain_values():
    assert FormulaVerdict("wrong", "m", {"point": {"z": 1.0}, "student_value": 2.0}).equivalent is False
