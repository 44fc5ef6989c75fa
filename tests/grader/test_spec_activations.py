"""grader/specs/activations.py: the whole activation zoo scores full marks, every catalogued mistake is named."""

from spec_cases import Appended, SpecTests, failed, grade_edits


class TestActivationsSpec(SpecTests):
    exercise = "activations"

    def test_max_is_told_from_prelu_by_a_slope_above_one(self, named):
        row = failed(named["prelu-as-max"], "value")
        assert 0 < row.points < row.max_points  # right wherever every slope is below 1

    def test_a_whole_number_slope_asks_for_a_float_derivative(self, grader):
        where = [Appended(name, (name,), f"def {name}(z, alpha=0.01):\n    return np.where(np.asarray(z) > 0, 1, alpha)\n")
                 for name in ("leaky_relu_grad", "prelu_grad")]
        for rows in grade_edits(grader, "activations", where).values():
            assert "has dtype int64" in failed(rows, "value").message
