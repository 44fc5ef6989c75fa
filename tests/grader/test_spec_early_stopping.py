"""grader/specs/early_stopping.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests


# the solution's early_stopping_restore calls early_stopping: a slip there shows in both functions


class TestEarlyStoppingSpec(SpecTests):
    exercise = "early_stopping"

    def test_fixed_curves_show_the_expected_epochs(self, named):
        (row,) = named["early-stopping-patience-off-by-one"]
        assert "a late improvement: returned (stop_epoch, best_epoch) = (6, 3), expected (5, 3)" in row.message

    def test_wrong_weights_are_told_apart_from_wrong_epochs(self, named):
        (row,) = named["early-stopping-last-weights"]
        assert "not the snapshot of the best epoch" in row.message and 0 < row.points < row.max_points
