"""grader/specs/derivatives.py: equivalent forms score full marks, wrong formulas and non-text fail."""

from spec_cases import Edit, assert_full_marks, assert_stub_not_implemented, grade_edits

from grader.specs import load_specs
from reference.derivatives import FORMULAS


def test_correct_solution_scores_full_marks(grader):
    assert_full_marks(grader, "derivatives")


def test_untouched_stub_is_not_implemented(grader):
    assert_stub_not_implemented(grader, "derivatives")


def test_every_formula_is_graded():
    spec = load_specs()["derivatives"]
    assert [f.name for f in spec.functions] == list(FORMULAS)
    assert all(c.kind == "symbolic" for f in spec.functions for c in f.checks)


def test_wrong_and_malformed_formulas_fail(grader):
    rows = grade_edits(grader, "derivatives", [
        Edit("missing square", ("tanh_derivative",), 'def tanh_derivative():\n    return "1 - tanh(z)"\n'),
        Edit("forgot the half", ("l2_gradient",), 'def l2_gradient():\n    return "2*lam*w"\n'),
        Edit("not text", ("chain_rule_w1",), 'def chain_rule_w1():\n    return 1.0\n'),
    ])
    for name, words in (("missing square", "not equivalent"), ("forgot the half", "not equivalent"),
                        ("not text", "string")):
        (row,) = rows[name]
        assert not row.passed and row.points == 0 and words in row.message, row.message
