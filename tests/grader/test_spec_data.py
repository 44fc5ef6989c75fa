"""grader/specs/data.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import SpecTests, failed


class TestDataSpec(SpecTests):
    exercise = "data"

    def test_truncated_sizes_are_told_with_the_expected_sizes(self, named):
        assert "piece sizes (4, 1, 3) for n = 8, expected (5, 2, 1)" in failed(named["split-truncates-sizes"], "behaviour").message

    def test_rounding_halves_up_fails_where_f_times_n_ends_in_a_half(self, grader, with_code, rows_of):
        code = with_code("data", '''
            def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
                order = rng.permutation(n)
                n_train, n_val = int(fractions[0] * n + 0.5), int(fractions[1] * n + 0.5)
                return order[:n_train], order[n_train:n_train + n_val], order[n_train + n_val:]
        ''')
        rows = rows_of(grader.grade({"data": code}, student="half-up", only=["data"]), "split_indices")
        assert not rows["behaviour"].passed and rows["behaviour"].mistake == "split-rounds-half-up"
        assert "piece sizes (3, 3, 4) for n = 10, expected (2, 2, 6)" in rows["behaviour"].message


def test_a_split_that_returns_nothing_is_told_of_return():
    """mende25: a split_indices that prints its pieces gets the missing-`return` advice (relation:type)."""
    from mlptutor.grader.specs.data import _pieces
    assert "a function without `return`" in _pieces(None)[1]
