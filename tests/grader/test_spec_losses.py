"""grader/specs/losses.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests, failed


class TestLossesSpec(SpecTests):
    exercise = "losses"

    def test_unclipped_bce_is_told_about_non_finite_values(self, named):
        assert "NaN or inf" in failed(named["bce-no-clip"], "hygiene").message
