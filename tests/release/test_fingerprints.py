"""A formula judged against its answer's fingerprint (values at the sample points) gets the answer's verdict."""

import pytest

from mlptutor.grader import symbolic_worker
from mlptutor.grader.checks.symbolic import SEED, judge_formulas
from mlptutor.reference.derivatives import FORMULAS

# right in two spellings, wrong, undefined, unparseable, not allowed
STUDENT = ["s_i*(1-s_i)", "s_i - s_i**2", "s_i*(1+s_i)", "s_i/(s_i-s_i)", "s_i*(", "s_i.real"]
PROOF = "; SymPy confirms it"  # grading's proof of an equivalent formula: the answer's text needs to be known


def _seen(verdict):
    return verdict.status, verdict.message.replace(PROOF, ""), verdict.counterexample, verdict.values


def test_the_fingerprint_gives_the_answers_verdicts():
    formula = FORMULAS["softmax_diagonal"]
    fingerprint = symbolic_worker.fingerprint(formula.answer, formula.variables, SEED)
    assert fingerprint["status"] == "ok" and len(fingerprint["values"]) == symbolic_worker.POINTS
    by_text = judge_formulas([(s, formula.answer, formula.variables) for s in STUDENT])
    by_values = judge_formulas([(s, tuple(fingerprint["values"]), formula.variables) for s in STUDENT])
    assert [_seen(v) for v in by_values] == [_seen(v) for v in by_text]
    assert [v.status for v in by_values] == ["equivalent", "equivalent", "wrong", "wrong", "unparseable", "not_allowed"]
    assert by_values[2].values is not None  # a wrong formula's values, for the relation finder


@pytest.mark.parametrize("answer", ["s_i*(", "log(-1 - s_i**2)"])
def test_an_answer_that_cannot_be_fingerprinted_is_the_questions_error(answer):
    assert symbolic_worker.fingerprint(answer, {"s_i": (0.05, 0.95)}, SEED)["status"] == "answer_error"
