"""grader/specs/layers.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Appended, SpecTests, failed, grade_edits


class TestLayersSpec(SpecTests):
    exercise = "layers"

    def test_a_namedtuple_cache_is_named_as_a_type(self, grader):
        """A tuple subclass reaches the grader only by its type name: the cache row says it is no plain tuple."""
        code = """
            import collections

            _Cache = collections.namedtuple("_Cache", "A W b")

            def dense_forward(A, W, b):
                return A @ W + b, _Cache(A, W, b)
        """
        rows = grade_edits(grader, "layers", [Appended("namedtuple", ("dense_forward",), code)])["namedtuple"]
        row = failed(rows, "cache")
        assert row.mistake == "relation:type", (row.mistake, row.message)
        assert "the cache is a _Cache, expected a plain tuple (A, W, b)" in row.message
        assert all(r.passed for r in rows if r.check != "cache")
