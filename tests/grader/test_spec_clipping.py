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

    def test_handing_the_callers_dict_back_loses_the_hygiene_point(self, grader, with_code, rows_of):
        code = with_code("clipping", '''
            def clip_by_global_norm(grads, max_norm):
                norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
                if norm <= max_norm:
                    return grads, norm
                return {k: g * (max_norm / norm) for k, g in grads.items()}, norm
        ''')
        rows = rows_of(grader.grade({"clipping": code}, student="own-dict", only=["clipping"]), "clip_by_global_norm")
        assert rows["value"].passed and rows["behaviour"].passed
        assert not rows["hygiene"].passed and rows["hygiene"].mistake == "relation:returns-argument"
        assert "the result holds argument 1 (grads) itself" in rows["hygiene"].message

    def test_replacing_an_entry_of_the_callers_dict_loses_the_hygiene_point(self, grader, with_code, rows_of):
        code = with_code("clipping", '''
            def clip_by_global_norm(grads, max_norm):
                norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
                scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
                for k in grads:
                    grads[k] = grads[k] * scale
                return dict(grads), norm
        ''')
        rows = rows_of(grader.grade({"clipping": code}, student="dict-entry", only=["clipping"]), "clip_by_global_norm")
        assert rows["value"].passed
        assert not rows["hygiene"].passed and rows["hygiene"].mistake == "relation:mutates-argument"
        assert "argument 1 (grads) was modified in place" in rows["hygiene"].message
