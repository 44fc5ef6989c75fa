"""grader/specs/optim.py: the correct solution scores full marks, every catalogued mistake is named."""

import pytest
from spec_cases import Edit, SpecTests, failed, grade_edits


def indices(order="rng.permutation(n)", stop="n"):
    """The solution's minibatch_indices with its order or its last start replaced."""
    return f"""
        def minibatch_indices(n, batch_size, rng):
            perm = {order}
            return [perm[start:start + batch_size] for start in range(0, {stop}, batch_size)]
    """


def batches(X="X[idx]", Y="Y[idx]", order="rng.permutation(len(X))", stop="len(X)"):
    """minibatches written on its own (not through minibatch_indices), with one part replaced."""
    return f"""
        def minibatches(X, Y, batch_size, rng):
            perm = {order}
            out = []
            for start in range(0, {stop}, batch_size):
                idx = perm[start:start + batch_size]
                out.append(({X}, {Y}))
            return out
    """


EDITS = [
    Edit("sgd-step-ascent", ("sgd_step",), """
        def sgd_step(params, grads, eta):
            return {k: params[k] + eta * grads[k] for k in params}
    """),
    Edit("iterations-floor", ("iterations_per_epoch",), """
        def iterations_per_epoch(n, batch_size):
            return n // batch_size
    """),
    Edit("iterations-plus-one", ("iterations_per_epoch",), """
        def iterations_per_epoch(n, batch_size):
            return n // batch_size + 1
    """),
    Edit("minibatch-indices-drop-last", ("minibatch_indices", "minibatches"), indices(stop="n - n % batch_size")),
    Edit("minibatch-indices-no-shuffle", ("minibatch_indices", "minibatches"), indices(order="np.arange(n)")),
    Edit("minibatches-drop-last", ("minibatches",), batches(stop="len(X) - len(X) % batch_size")),
    Edit("minibatches-no-shuffle", ("minibatches",), batches(order="np.arange(len(X))")),
    Edit("minibatches-x-y-shuffled-apart", ("minibatches",), """
        def minibatches(X, Y, batch_size, rng):
            X = X[rng.permutation(len(X))]
            Y = Y[rng.permutation(len(Y))]
            return [(X[s:s + batch_size], Y[s:s + batch_size]) for s in range(0, len(X), batch_size)]
    """),
]


class TestOptimSpec(SpecTests):
    exercise, edits = "optim", EDITS

    @pytest.mark.parametrize("mistake, words", [
        ("minibatch-indices-drop-last", "the last, partial batch counts"),
        ("minibatch-indices-no-shuffle", "original order"),
        ("minibatches-x-y-shuffled-apart", "do not belong together"),
    ])
    def test_behaviour_says_what_is_wrong(self, named, mistake, words):
        assert words in failed(named[mistake], "behaviour").message

    def test_a_generator_of_ones_own_does_not_reshuffle_with_the_epoch(self, grader):
        rows = grade_edits(grader, "optim", [Edit("own rng", ("minibatch_indices",),
                                                  indices(order="np.random.default_rng(0).permutation(n)"))])["own rng"]
        (row,) = rows
        assert not row.passed and "the generator you are given" in row.message

    def test_a_float_count_is_a_wrong_type(self, grader):
        code = "def iterations_per_epoch(n, batch_size):\n    return np.ceil(n / batch_size)\n"
        (row,) = grade_edits(grader, "optim", [Edit("float", ("iterations_per_epoch",), code)])["float"]
        assert row.points == 0 and "as an int" in row.message
