"""grader/specs/normalization.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Appended, SpecTests, failed, grade_edits


class TestNormalizationSpec(SpecTests):
    exercise = "normalization"  # a backward's edit touches its forward: the gradient checks run it

    def test_constant_statistics_fail_the_train_gradient_check_only(self, named):
        rows = named["batchnorm-backward-constant-statistics"]
        assert failed(rows, "gradient").mistake == "batchnorm-backward-constant-statistics"
        assert next(r for r in rows if r.check == "gradient-eval").passed

    def test_a_term_of_the_standardisation_backward_left_out_or_negated_is_named(self, grader):
        """relations/terms.py on the spec's TERMS: dX without its mean term, or with that term's sign flipped."""
        def backward(name, axis, mean_sign):
            dX = (f"inv_std * (dx_hat{mean_sign}dx_hat.mean(axis={axis}, keepdims=True) - x_hat * (dx_hat * "
                  f"x_hat).mean(axis={axis}, keepdims=True))" if mean_sign else
                  f"inv_std * (dx_hat - x_hat * (dx_hat * x_hat).mean(axis={axis}, keepdims=True))")
            return (f"def {name}(dout, cache):\n    x_hat, inv_std = cache['x_hat'], cache['inv_std']\n"
                    f"    dx_hat = dout * cache['gamma']\n    dX = {dX}\n"
                    f"    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)\n")
        rows = grade_edits(grader, "normalization", [
            Appended("dropped", ("layernorm_backward",), backward("layernorm_backward", 1, "")),
            Appended("negated", ("layernorm_backward",), backward("layernorm_backward", 1, " + ")),
            Appended("right", ("layernorm_backward",), backward("layernorm_backward", 1, " - "))])
        dropped, negated = failed(rows["dropped"], "value"), failed(rows["negated"], "value")
        assert dropped.mistake == "relation:missing-term" and "without its mean of dx_hat term" in dropped.hint
        assert negated.mistake == "relation:term" and "sign of its mean of dx_hat term flipped" in negated.hint
        assert all(r.passed for r in rows["right"])
