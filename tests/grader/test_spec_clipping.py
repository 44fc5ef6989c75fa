"""grader/specs/clipping.py: the correct solution scores full marks, every catalogued mistake is named."""

import pytest
from spec_cases import Edit, assert_catalogue_covered, assert_full_marks, assert_named, assert_stub_not_implemented, grade_edits


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


EDITS = [
    Edit("clip-per-tensor", ("clip_by_global_norm",), """
        def clip_by_global_norm(grads, max_norm):
            clipped = {}
            for k, g in grads.items():
                n = np.sqrt(np.sum(g ** 2))
                clipped[k] = g * min(1.0, max_norm / n) if n > 0 else g
            return clipped, float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    """),
    Edit("clip-always-rescale", ("clip_by_global_norm",), clip(scale="max_norm / norm")),
    Edit("clip-norm-after-clipping", ("clip_by_global_norm",),
         clip(returned="float(np.sqrt(sum(np.sum(g ** 2) for g in clipped.values())))")),
    Edit("clip-norm-without-sqrt", ("clip_by_global_norm",), clip(norm="sum(np.sum(g ** 2) for g in grads.values())")),
]


@pytest.fixture(scope="module")
def named(grader):
    return grade_edits(grader, "clipping", EDITS)


def test_correct_solution_scores_full_marks(grader):
    assert_full_marks(grader, "clipping")


def test_untouched_stub_is_not_implemented(grader):
    assert_stub_not_implemented(grader, "clipping")


@pytest.mark.parametrize("mistake", [e.id for e in EDITS])
def test_mistake_is_named(named, mistake):
    assert_named(named[mistake], mistake)


def test_every_mistake_has_an_edit():
    assert_catalogue_covered("clipping", EDITS)


def test_behaviour_says_what_is_wrong(named):
    per_tensor = next(r for r in named["clip-per-tensor"] if r.check == "behaviour")
    assert "after clipping the global norm" in per_tensor.message
    rescale = next(r for r in named["clip-always-rescale"] if r.check == "behaviour")
    assert "must come back unchanged" in rescale.message


def test_zero_gradients_need_a_guard(grader):
    rows = grade_edits(grader, "clipping", [Edit("zero", ("clip_by_global_norm",), clip())])  # max_norm / 0.0
    behaviour = next(r for r in rows["zero"] if r.check == "behaviour")
    assert not behaviour.passed and "all-zero gradients" in behaviour.message
