"""grader/specs/xor.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests, failed, source


class TestXorSpec(SpecTests):
    exercise = "xor"

    def test_a_short_run_must_report_its_steps(self, named):
        assert "you reported epochs 4" in failed(named["xor-epochs-off-by-one"], "behaviour").message
