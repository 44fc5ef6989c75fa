"""grader/specs/activations.py: the whole activation zoo scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests, failed


class TestActivationsSpec(SpecTests):
    exercise = "activations"

    def test_max_is_told_from_prelu_by_a_slope_above_one(self, named):
        row = failed(named["prelu-as-max"], "value")
        assert 0 < row.points < row.max_points  # right wherever every slope is below 1
