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

    def test_handing_the_callers_dict_back_loses_points_where_it_does(self, grader, with_code, rows_of):
        code = with_code("clipping", '''
            def clip_by_global_norm(grads, max_norm):
                norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
                if norm <= max_norm:
                    return grads, norm
                return {k: g * (max_norm / norm) for k, g in grads.items()}, norm
        ''')
        rows = rows_of(grader.grade({"clipping": code}, student="own-dict", only=["clipping"]), "clip_by_global_norm")
        # the rows whose calls were below max_norm (the behaviour's scenarios, the fixed value case) lose a share
        failing = [r for r in rows.values() if not r.passed]
        assert {"value", "behaviour"} <= {r.check for r in failing}
        assert {r.mistake for r in failing} == {"relation:returns-argument"}
        assert all("the result holds argument 1 (grads) itself" in r.message for r in failing)
        assert all(r.points >= r.max_points / 2 for r in rows.values())

    def test_replacing_an_entry_of_the_callers_dict_loses_half_the_points(self, grader, with_code, rows_of):
        code = with_code("clipping", '''
            def clip_by_global_norm(grads, max_norm):
                norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
                scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
                for k in grads:
                    grads[k] = grads[k] * scale
                return dict(grads), norm
        ''')
        rows = rows_of(grader.grade({"clipping": code}, student="dict-entry", only=["clipping"]), "clip_by_global_norm")
        # every call changes the caller's dict but the all-zero one (entries replaced by equal ones): each row keeps
        # at least half its points, and says why
        assert all(not r.passed and r.points >= r.max_points / 2 for r in rows.values())
        assert {r.mistake for r in rows.values()} == {"relation:mutates-argument"}
        assert all("argument 1 (grads) was modified in place" in r.message for r in rows.values())

    def test_always_rescaling_is_named_on_every_row_whatever_the_seed(self, grader, with_code, rows_of):
        # with a guard for a zero norm the all-zero scenario passes: the variant must leave zeros alone too, or the
        # behaviour row is named by whatever relation the student's draws happen to allow
        code = with_code("clipping", clip(scale="max_norm / norm if norm > 0 else 1.0"))
        for student in ("seed-a", "seed-b", "seed-c"):
            rows = rows_of(grader.grade({"clipping": code}, student=student, only=["clipping"]), "clip_by_global_norm")
            failing = [r for r in rows.values() if not r.passed]
            assert {r.check for r in failing} >= {"value", "behaviour"}
            assert {r.mistake for r in failing} == {"clip-always-rescale"}, [(r.check, r.mistake) for r in failing]
