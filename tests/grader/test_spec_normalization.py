"""grader/specs/normalization.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests, failed


class TestNormalizationSpec(SpecTests):
    exercise = "normalization"  # a backward's edit touches its forward: the gradient checks run it

    def test_constant_statistics_fail_the_train_gradient_check_only(self, named):
        rows = named["batchnorm-backward-constant-statistics"]
        assert failed(rows, "gradient").mistake == "batchnorm-backward-constant-statistics"
        assert next(r for r in rows if r.check == "gradient-eval").passed
