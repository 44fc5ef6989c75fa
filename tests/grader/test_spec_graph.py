"""grader/specs/graph.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests, failed, source


class TestGraphSpec(SpecTests):
    exercise = "graph"

    def test_the_worked_example_shows_where_the_sum_is_missing(self, named):
        assert "on a fixed input" in failed(named["graph-gradients-overwritten"], "value").message
