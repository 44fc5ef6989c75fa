"""grader/specs/softmax.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests


class TestSoftmaxSpec(SpecTests):
    exercise = "softmax"

    def test_a_result_cached_by_the_array_object_is_named_when_the_caller_refills_its_array(self, grader, with_code,
                                                                                            rows_of):
        code = with_code("softmax", '''
            def softmax(Z):
                kept = softmax.__dict__.setdefault("kept", {})
                key = (id(Z), Z.shape)  # an array of another shape reusing a freed id is not taken for it
                if key not in kept:
                    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
                    kept[key] = E / E.sum(axis=-1, keepdims=True)
                return kept[key]
        ''')
        rows = rows_of(grader.grade({"softmax": code}, student="memo", only=["softmax"]), "softmax")
        assert not rows["reuse"].passed and rows["reuse"].mistake == "relation:cached-by-object"
