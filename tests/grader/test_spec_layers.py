"""grader/specs/layers.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Appended, SpecTests, failed, grade_edits


class TestLayersSpec(SpecTests):
    exercise = "layers"

    def test_a_namedtuple_cache_and_an_ordered_dict_are_the_tuple_and_dict_they_hold(self, grader):
        """A tuple subclass unpacks as (A, W, b): it crosses the wire as the plain tuple its storage holds, whatever
        its methods say (a rigged __iter__ would claim other items); an OrderedDict of gradients likewise."""
        code = """
            import collections

            _Cache = collections.namedtuple("_Cache", "A W b")

            class _Rigged(tuple):
                def __iter__(self):
                    return iter((0.0, 0.0, 0.0))

            def dense_forward(A, W, b):
                return A @ W + b, _Cache(A, W, b)

            def dense_backward(dout, cache):
                A, W, _ = cache
                return _Rigged((dout @ W.T, A.T @ dout, dout.sum(axis=0)))
        """
        rows = grade_edits(grader, "layers", [Appended("namedtuple", ("dense_forward", "dense_backward"), code)])
        assert all(r.passed for r in rows["namedtuple"]), [(r.function, r.check, r.message) for r in rows["namedtuple"]
                                                            if not r.passed]

    def test_picked_parts_are_named_as_indexed_on_every_row(self, grader):
        """dense_forward's rows pick Z = result[0]: the shape and hygiene rows named it "result", where the value
        rows say result[0] (acc24)."""
        flat = "def dense_forward(A, W, b):\n    return (A @ W + b).ravel(), (A, W, b)\n"
        half = "def dense_forward(A, W, b):\n    return (A @ W + b).astype(np.float16), (A, W, b)\n"
        rows = grade_edits(grader, "layers", [Appended("flat", ("dense_forward",), flat),
                                              Appended("half", ("dense_forward",), half)])
        assert "result[0] has shape" in failed(rows["flat"], "shape").message
        assert "on float32 input the result[0] has dtype float16" in failed(rows["half"], "hygiene").message
