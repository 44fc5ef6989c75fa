"""grader/specs/gradcheck.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests, failed


class TestGradcheckSpec(SpecTests):
    exercise = "gradcheck"

    def test_a_check_that_calls_correct_gradients_wrong_is_told(self, named):
        assert "should be below 1e-6" in failed(named["gradient-check-forward-difference"], "behaviour").message
