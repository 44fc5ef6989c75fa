"""grader/specs/optim.py: the correct solution scores full marks, every catalogued mistake is named."""

import pytest
from spec_cases import Appended, SpecTests, failed, grade_edits


def indices(order="rng.permutation(n)", stop="n"):
    """The solution's minibatch_indices with its order or its last start replaced."""
    return f"""
        def minibatch_indices(n, batch_size, rng):
            perm = {order}
            return [perm[start:start + batch_size] for start in range(0, {stop}, batch_size)]
    """


class TestOptimSpec(SpecTests):
    exercise = "optim"

    @pytest.mark.parametrize("mistake, words", [
        ("minibatch-indices-drop-last", "the last, partial batch counts"),
        ("minibatch-indices-no-shuffle", "original order"),
        ("minibatches-x-y-shuffled-apart", "do not belong together"),
    ])
    def test_behaviour_says_what_is_wrong(self, named, mistake, words):
        assert words in failed(named[mistake], "behaviour").message

    def test_a_generator_of_ones_own_does_not_reshuffle_with_the_epoch(self, grader):
        rows = grade_edits(grader, "optim", [Appended("own rng", ("minibatch_indices",),
                                                  indices(order="np.random.default_rng(0).permutation(n)"))])["own rng"]
        (row,) = rows
        assert not row.passed and "the generator you are given" in row.message

    def test_a_float_count_is_a_wrong_type(self, grader):
        code = "def iterations_per_epoch(n, batch_size):\n    return np.ceil(n / batch_size)\n"
        (row,) = grade_edits(grader, "optim", [Appended("float", ("iterations_per_epoch",), code)])["float"]
        assert row.points == 0 and "as an int" in row.message
