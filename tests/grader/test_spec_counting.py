"""grader/specs/counting.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests, failed


class TestCountingSpec(SpecTests):
    exercise = "counting"

    def test_the_worked_example_shows_its_expected_count(self, named):
        assert "on a fixed input" in failed(named["count-no-biases"], "value").message
