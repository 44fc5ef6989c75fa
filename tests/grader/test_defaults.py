"""relation:default: a default of the student's signature that is not the stub's (grader/relations/defaults.py)."""

import numpy as np

from mlptutor.grader.relations.defaults import default_mistakes, student_defaults
from mlptutor.reference.gradcheck import relative_error


def test_literal_defaults_of_the_last_def_are_read_and_nothing_else():
    source = ("def f(a, b=1, *, c='x', d=None):\n    pass\n\nX = 2\n\ndef g(a=X, b=-0.5, c=(1, 2), d=[0]):\n    pass\n\n"
              "def g(a, b=-0.25, c=True):\n    pass\n")
    assert student_defaults(source, "f") == {"b": 1, "c": "x", "d": None}
    assert student_defaults(source, "g") == {"b": -0.25, "c": True}  # the last def binds the name
    assert student_defaults(source, "h") == {} == student_defaults("def f(:\n", "f")
    assert student_defaults("(" * 300 + ")" * 300, "f") == {}  # too deep for the parser: no defaults, no crash


def test_arithmetic_and_module_constants_are_read_never_run():
    source = ("ALPHA = 0.1\nEPS: float = 1e-6 * 2\nTWO = ALPHA\nN, M = 3, 4\nK = 5\nK += 1\n"
              "def f(a=ALPHA, b=EPS, c=-TWO / 2, d=2 ** 5, e=10 ** -8, g=N, h=K, i=ALPHA * 'x', j=LATER, k=len([1])):\n"
              "    pass\n\nLATER = 3\nALPHA = 9\n")
    # a name unpacked or augmented, defined after the def, or a call: unknown; a string times a number is no default
    assert student_defaults(source, "f") == {"a": 0.1, "b": 2e-6, "c": -0.05, "d": 32, "e": 1e-8}
    assert type(student_defaults(source, "f")["d"]) is int
    # hostile arithmetic ends at once: an int tower, ints past 64 bits, a constant naming itself
    source = ("X = 2 ** 60\nY = X * X * X\nZ = Z\n"
              "def f(a=10 ** 10 ** 10, b=9 ** 9 ** 9 ** 9, c=Y, d=Z, e=1 / 0):\n    pass\n")
    assert student_defaults(source, "f") == {}


def test_constants_that_name_others_many_times_are_read_once_each():
    # seven lines of 60 terms each: read by expanding every name, 60 ** 7 reads (the grader never ended)
    lines = ["A0 = 1.0", *(f"A{i} = " + " + ".join([f"A{i - 1}"] * 60) for i in range(1, 8))]
    source = "\n".join(lines) + "\ndef f(a=A7):\n    pass\n"
    assert student_defaults(source, "f") == {"a": 60.0 ** 7}


def test_a_changed_default_is_a_candidate_that_gives_the_reference_with_it():
    (mistake,) = default_mistakes("def relative_error(a, b, floor=1e-6):\n    pass\n", "relative_error", relative_error)
    assert mistake.id == "relation:default" and "floor the default 1e-06, the stub's is 1e-08" in mistake.hint
    a, b = [2e-10, 0.0], [0.0, 3e-10]
    assert mistake.variant(a, b) == relative_error(a, b, 1e-6) != relative_error(a, b)
    assert mistake.variant(a, b, 1e-8) == relative_error(a, b)  # a call that passes floor gets what it passed
    # the stub's own defaults, and 1e-8 written otherwise, are no candidates
    assert default_mistakes("def relative_error(a, b, floor=0.00000001):\n    pass\n", "relative_error",
                            relative_error) == ()
    assert default_mistakes("FLOOR = 10 ** -8\ndef relative_error(a, b, floor=FLOOR):\n    pass\n", "relative_error",
                            relative_error) == ()
    (mistake,) = default_mistakes("FLOOR = 1e-3 * 1e-3\ndef relative_error(a, b, floor=FLOOR):\n    pass\n",
                                  "relative_error", relative_error)
    assert "floor the default 1e-06, the stub's is 1e-08" in mistake.hint


def test_several_changed_defaults_are_also_one_candidate_with_all_of_them():
    """A framework's defaults copied whole (tf.layers.batch_normalization's momentum=0.99, epsilon=1e-3): a call
    that leaves both out gets both, which neither one-default candidate gives."""
    from mlptutor.reference.normalization import batchnorm_forward
    source = "def batchnorm_forward(X, gamma, beta, rm, rv, mode='train', momentum=0.99, eps=1e-3):\n    pass\n"
    momentum, eps, both = default_mistakes(source, "batchnorm_forward", batchnorm_forward)
    assert "the defaults momentum=0.99, eps=0.001, the stub's are momentum=0.9, eps=1e-05" in both.hint
    X, ones, zeros = np.array([[1.0, 2.0], [3.0, 6.0]]), np.ones(2), np.zeros(2)
    out, cache = both.variant(X, ones, zeros, zeros, ones)
    want, want_cache = batchnorm_forward(X, ones, zeros, zeros, ones, momentum=0.99, eps=1e-3)
    assert np.array_equal(out, want) and np.array_equal(cache["running_var"], want_cache["running_var"])
    assert not np.array_equal(momentum.variant(X, ones, zeros, zeros, ones)[0], want)
    assert not np.array_equal(eps.variant(X, ones, zeros, zeros, ones)[1]["running_var"], want_cache["running_var"])
