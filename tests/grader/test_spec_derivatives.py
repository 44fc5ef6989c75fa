"""grader/specs/derivatives.py: equivalent forms score full marks, wrong formulas and non-text fail.

A catalogued wrong formula is named from the formula's values at the sample
points, in any notation of it (SpecTests grades each spec edit, written in a
notation of its own), before a relation SymPy proves; a right formula in any
notation is never named; the symbolic checker's message says what is wrong.
"""

import pytest
from spec_cases import Appended, SpecTests, failed, grade_edits

from mlptutor.grader.specs import catalogue, load_specs
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

    def test_a_catalogued_formula_is_named_in_any_notation_before_a_relation(self, grader):
        tanh = ["tanh(z)*(1 - tanh(z))", "tanh(z) - tanh(z)**2", "-(tanh(z) - 1)*tanh(z)", "tanh(z) - tanh(z)^2"]
        rows = grade_edits(grader, "derivatives", [
            *(Appended(f"tanh {i}", ("tanh_derivative",), f'def tanh_derivative():\n    return "{text}"\n')
              for i, text in enumerate(tanh)),
            # SymPy also relates it (z written where sigmoid(z) is due): the catalogue's words come first
            Appended("z for s", ("sigmoid_derivative",),
                     'def sigmoid_derivative():\n    return "sigmoid(z)*(1 - z)"\n'),
            Appended("delta", ("softmax_diagonal",), 'def softmax_diagonal():\n    return "-s_i*s_i"\n'),
        ])
        for i in range(len(tanh)):
            row = failed(rows[f"tanh {i}"], "symbolic")
            assert row.mistake == "derivatives-tanh-as-sigmoid", (tanh[i], row.mistake, row.message)
            assert "the sigmoid's derivative rule used for tanh" in row.message
            assert row.hint == catalogue()["derivatives-tanh-as-sigmoid"].hint
        row = failed(rows["z for s"], "symbolic")
        assert row.mistake == "derivatives-sigmoid-z-for-s"
        assert "z written for the sigmoid's value in one factor" in row.message
        assert "SymPy shows your formula writes a variable where a function of it is due" in row.message
        assert failed(rows["delta"], "symbolic").mistake == "derivatives-softmax-diagonal-as-off-diagonal"

    def test_a_formula_no_catalogued_one_reproduces_gets_the_relation_sympy_proves(self, grader):
        rows = grade_edits(grader, "derivatives", [
            # z at each place of s(1 - s): not the catalogued s(1 - z), said by the relation
            Appended("z each", ("sigmoid_derivative",), 'def sigmoid_derivative():\n    return "z*(1 - z)"\n'),
            Appended("tanh unsquared", ("tanh_derivative",), 'def tanh_derivative():\n    return "1 - tanh(z)"\n'),
            # what SymPy proves stays the row's id: the values' relation finder would read w1 and w2 swapped
            Appended("wrt w2", ("chain_rule_w1",), 'def chain_rule_w1():\n    return "(w2*w1*x - y)*w1*x"\n'),
            # the catalogued -s_i**2 plus a thousandth: its values are not the catalogue's
            Appended("near", ("softmax_diagonal",), 'def softmax_diagonal():\n    return "-s_i**2 + 1/1000"\n'),
        ])
        row = failed(rows["z each"], "symbolic")
        assert row.mistake == "relation:argument-for-value", row.message
        assert "right with sigmoid(z) in place of z at each of its places" in row.message
        assert failed(rows["tanh unsquared"], "symbolic").mistake == "relation:formula"
        row = failed(rows["wrt w2"], "symbolic")
        assert row.mistake == "relation:derivative-wrt" and "derivative with respect to w2, not w1" in row.message
        assert failed(rows["near"], "symbolic").mistake != "derivatives-softmax-diagonal-as-off-diagonal"

    @pytest.mark.parametrize("forms", [
        {"sigmoid_derivative": "sigmoid(z)*(1 - sigmoid(z))", "tanh_derivative": "1 - tanh(z)**2",
         "softmax_diagonal": "s_i*(1 - s_i)", "softmax_ce_gradient": "p_i - y_i",
         "chain_rule_w1": "(w2*w1*x - y)*w2*x"},
        {"sigmoid_derivative": "sigmoid(z)*sigmoid(-z)", "tanh_derivative": "(1 - tanh(z))*(1 + tanh(z))",
         "softmax_diagonal": "s_i - s_i^2", "softmax_ce_gradient": "-(y_i - p_i)",
         "chain_rule_w1": "w1*w2**2*x**2 - w2*x*y"},
        {"sigmoid_derivative": "exp(z)/(1 + exp(z))**2", "tanh_derivative": "4/(exp(z) + exp(-z))**2",
         "softmax_diagonal": "-(s_i - 1)*s_i", "softmax_ce_gradient": "p_i*1 - y_i",
         "chain_rule_w1": "x*w2*(x*w2*w1 - y)"},
    ])
    def test_right_formulas_of_catalogued_functions_get_full_marks_and_no_mistake(self, grader, with_code, forms):
        code = "".join(f'def {name}():\n    return "{text}"\n\n' for name, text in forms.items())
        report = grader.grade({"derivatives": with_code("derivatives", code)}, student="right", only=["derivatives"])
        graded = [r for r in report.checks if r.function in forms]
        assert len(graded) == len(forms) and report.score == report.max_score
        assert all(r.passed and r.mistake is None for r in graded), [(r.function, r.message, r.mistake) for r in graded]
