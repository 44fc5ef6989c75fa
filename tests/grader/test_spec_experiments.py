"""grader/specs/experiments.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests, failed, source


class TestExperimentsSpec(SpecTests):
    exercise = "experiments"

    def test_the_behaviour_check_tells_what_the_scale_should_do(self, named):
        assert "should vanish" in failed(named["activation-scale-no-relu"], "behaviour").message
