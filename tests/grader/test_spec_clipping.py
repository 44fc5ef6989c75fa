"""grader/specs/clipping.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Appended, SpecTests, failed, grade_edits


def clip(norm="np.sqrt(sum(np.sum(g ** 2) for g in grads.values()))", scale="min(1.0, max_norm / norm)",
         returned="norm"):
    """The solution's clip_by_global_norm with the norm, the factor or the returned norm replaced."""
    return f"""
        def clip_by_global_norm(grads, max_norm):
            norm = float({norm})
            scale = {scale}
            clipped = {{k: g * scale for k, g in grads.items()}}
            return clipped, {returned}
    """


class TestClippingSpec(SpecTests):
    exercise = "clipping"

    def test_behaviour_says_what_is_wrong(self, named):
        assert "after clipping the global norm" in failed(named["clip-per-tensor"], "behaviour").message
        assert "must come back unchanged" in failed(named["clip-always-rescale"], "behaviour").message

    def test_zero_gradients_need_a_guard(self, grader):
        rows = grade_edits(grader, "clipping", [Appended("zero", ("clip_by_global_norm",), clip())])  # max_norm / 0.0
        assert "all-zero gradients" in failed(rows["zero"], "behaviour").message
