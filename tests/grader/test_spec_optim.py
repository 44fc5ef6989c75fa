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

    def test_y_cut_in_order_while_x_is_shuffled_is_told_whatever_the_seed(self, grader, with_code, rows_of):
        code = with_code("optim", """
            def minibatches(X, Y, batch_size, rng):
                return [(X[idx], Y[i * batch_size:i * batch_size + len(idx)])
                        for i, idx in enumerate(minibatch_indices(len(X), batch_size, rng))]
        """)
        for student in ("seed-a", "seed-b", "seed-c"):
            rows = rows_of(grader.grade({"optim": code}, student=student, only=["optim"]), "minibatches")
            failing = [r for r in rows.values() if not r.passed]
            assert {r.check for r in failing} == {"value", "behaviour", "hygiene"}
            assert {r.mistake for r in failing} == {"relation:some-parts"}, [(r.check, r.mistake) for r in failing]
            assert "never shuffled gives in result[*][1]" in rows["value"].hint

    def test_a_generator_or_no_return_is_told_in_its_own_words(self, grader):
        generator = """
            def minibatch_indices(n, batch_size, rng):
                perm = rng.permutation(n)
                for start in range(0, n, batch_size):
                    yield perm[start:start + batch_size]
        """
        printed = """
            def minibatch_indices(n, batch_size, rng):
                perm = rng.permutation(n)
                print([perm[start:start + batch_size] for start in range(0, n, batch_size)])
        """
        rows = grade_edits(grader, "optim", [Appended("yield", ("minibatch_indices",), generator),
                                             Appended("print", ("minibatch_indices",), printed)])
        yielded, nothing = failed(rows["yield"], "behaviour"), failed(rows["print"], "behaviour")
        assert "result is a generator, expected a list" in yielded.message, yielded.message
        assert "type generator" in yielded.hint, yielded.hint
        assert "a function without `return`" in nothing.message, nothing.message
