"""grader/specs/backprop.py: full marks for the correct solution (with the student's own mlp.py), mistakes named."""

from spec_cases import SpecTests, failed, source


MLP = {"mlp": source("tests/solutions", "mlp")}


class TestBackpropSpec(SpecTests):
    exercise = "backprop"
    others = MLP

    def test_gradient_checks_fail_on_a_wrong_derivative(self, named):
        message = failed(named["backprop-no-activation-derivative"], "gradient").message
        assert "against the reference: the gradient for W" in message

    def test_without_the_students_mlp_the_backward_keeps_full_marks(self, grader):
        report = grader.grade({"backprop": source("tests/solutions", "backprop")}, student="no-mlp")
        gradients = [r for r in report.checks if r.check.startswith("gradient")]
        assert gradients and all(r.points == r.max_points and "note:" not in r.message for r in gradients)
