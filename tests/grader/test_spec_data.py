"""grader/specs/data.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests, failed


class TestDataSpec(SpecTests):
    exercise = "data"

    def test_truncated_sizes_are_told_with_the_expected_sizes(self, named):
        assert "piece sizes (4, 1, 3) for n = 8, expected (5, 2, 1)" in failed(named["split-truncates-sizes"], "behaviour").message
