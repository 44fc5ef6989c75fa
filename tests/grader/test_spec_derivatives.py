"""grader/specs/derivatives.py: equivalent forms score full marks, wrong formulas and non-text fail.

Formulas are text, so the mistake catalogue (which replays numbers) names
none here; the symbolic checker's message says what is wrong.
"""

from spec_cases import Appended, SpecTests, failed, grade_edits

from mlptutor.grader.specs import load_specs
from mlptutor.reference.derivatives import FORMULAS


class TestDerivativesSpec(SpecTests):
    exercise = "derivatives"

    def test_every_formula_is_graded_symbolically(self):
        spec = load_specs()["derivatives"]
        assert [f.name for f in spec.functions] == list(FORMULAS)
        assert all(c.kind == "symbolic" for f in spec.functions for c in f.checks)

    def test_wrong_and_malformed_formulas_fail(self, grader):
        rows = grade_edits(grader, "derivatives", [
            Appended("missing square", ("tanh_derivative",), 'def tanh_derivative():\n    return "1 - tanh(z)"\n'),
            Appended("forgot the half", ("l2_gradient",), 'def l2_gradient():\n    return "2*lam*w"\n'),
            Appended("not text", ("chain_rule_w1",), 'def chain_rule_w1():\n    return 1.0\n'),
        ])
        assert "not equivalent" in failed(rows["missing square"], "symbolic").message
        assert "not equivalent" in failed(rows["forgot the half"], "symbolic").message
        assert "string" in failed(rows["not text"], "symbolic").message
