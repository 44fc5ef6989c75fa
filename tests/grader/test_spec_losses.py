"""grader/specs/losses.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests, failed


class TestLossesSpec(SpecTests):
    exercise = "losses"

    def test_unclipped_bce_is_told_about_non_finite_values(self, named):
        assert "NaN or inf" in failed(named["bce-no-clip"], "hygiene").message

    def test_a_clip_at_kerass_bound_loses_value_points(self, named):
        # acc19: the docstring's clip is 1e-12; Keras's 1e-7 changed only the hygiene's P of 0 and 1 (0.33 of 4.5):
        # the hidden saturated pair (P = 1e-11 where Y = 1) shows it on the value row too
        assert failed(named["bce-clip-1e-07"], "value").points < 2

    def test_a_mistake_shown_on_an_input_only_beyond_1e8_is_named_there_too(self, grader, with_code):
        # log(softmax + 1e-12): this student's hidden draws hold one loss off by more than 1e-8 but less than the
        # 1e-6 that tells a mistake apart from the right answer; the large inputs tell it apart, on the hygiene row
        code = "def cross_entropy_with_logits(Z, Y):\n" \
               "    E = np.exp(Z - Z.max(axis=1, keepdims=True))\n" \
               "    return float(-np.sum(Y * np.log(E / E.sum(axis=1, keepdims=True) + 1e-12)) / Z.shape[0])\n"
        report = grader.grade({"losses": with_code("losses", code)}, student="wrong-losses-0-8", only=["losses"])
        rows = [r for r in report.checks if r.function == "cross_entropy_with_logits" and not r.passed]
        assert "value" in {r.check for r in rows}
        assert {r.mistake for r in rows} == {"ce-log-softmax-plus-eps"}
