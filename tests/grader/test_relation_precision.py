"""The relation finder names a kind only when the evidence shows it (issue 9 point 5): each case an
independent tester found named wrongly no longer gets that name, and a real case of the kind still does."""

import numpy as np

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.relations import Setting, find
from mlptutor.reference import activations as act
from mlptutor.reference import clipping

RNG = np.random.default_rng(11)


def evidence(wrong, cases):
    return [Evidence(c, {}, wrong(*c), None) for c in cases]


def kind(setting, items):
    relation = find(setting, items)
    return None if relation is None else relation.kind


SIGMOID = Setting(act.sigmoid, "sigmoid")
SIGMOID_CASES = [(RNG.normal(0, 2, (3, 4)),), (RNG.normal(0, 2, (2, 5)),),
                 (np.array([[-1000.0, -15.0, -3.0, 3.0, 15.0, 1000.0]]),)]


def test_sigmoid_clipped_at_10_is_not_float32():
    # sigmoid(-15) = 3.1e-7 becomes 4.5e-5: far beyond float32 rounding of the result, though small beside |z|
    clipped = lambda z: 1.0 / (1.0 + np.exp(-np.clip(z, -10.0, 10.0)))
    assert kind(SIGMOID, evidence(clipped, SIGMOID_CASES)) != "float32"


def test_sigmoid_in_float32_is_float32():
    in_float32 = lambda z: (1.0 / (1.0 + np.exp(-z.astype(np.float32)))).astype(np.float32)
    with np.errstate(over="ignore"):
        items = evidence(in_float32, SIGMOID_CASES)
    assert kind(SIGMOID, items) == "float32"


CLIP = Setting(clipping.clip_by_global_norm, "clip_by_global_norm")


def grads_cases():
    shapes = {"W1": (3, 4), "b1": (4,), "W2": (4, 2), "b2": (2,)}
    return [({k: RNG.normal(0, s, shape) for k, shape in shapes.items()}, 1.0) for s in (0.5, 1.0, 2.0, 3.0)]


def test_eps_in_denominator_is_not_float32():
    # every gradient times norm / (norm + 1e-6): about 1e-7 short, like float32, but short on every call
    def eps_clip(grads, max_norm):
        norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
        scale = min(1.0, max_norm / (norm + 1e-6))
        return {k: g * scale for k, g in grads.items()}, norm
    assert kind(CLIP, evidence(eps_clip, grads_cases())) != "float32"


def test_norm_in_float32_is_float32():
    def norm32_clip(grads, max_norm):
        norm = float(np.sqrt(sum(np.sum(np.asarray(g, dtype=np.float32) ** 2) for g in grads.values())))
        scale = min(1.0, max_norm / norm)
        return {k: g * scale for k, g in grads.items()}, norm
    assert kind(CLIP, evidence(norm32_clip, grads_cases())) == "float32"


def two_class_bias(x):
    """A 2-class output bias as training leaves it: [a, -a] (softmax gradients sum to 0 over the classes)."""
    return np.array([x.mean(), -x.mean()])


BIAS = Setting(two_class_bias, "bias")


def test_one_call_of_a_two_class_bias_is_no_constant_factor():
    # any other run's bias is [b, -b], proportional to the right one: one call shows nothing
    other_run = lambda x: np.array([x.std(), -x.std()])
    assert kind(BIAS, evidence(other_run, [(RNG.normal(0, 1, 8),)])) is None


def test_one_constant_on_several_calls_is_a_factor():
    items = evidence(lambda z: 0.37 * act.sigmoid(z), SIGMOID_CASES)
    relation = find(SIGMOID, items)
    assert relation.kind == "factor" and "0.37" in relation.line


def sech2(z):
    return 1.0 / np.cosh(z) ** 2


SECH2 = Setting(sech2, "tanh_derivative")
Z_CASES = [(np.array(z),) for z in (0.3, -1.2, 0.822, 2.0)]


def test_cosh_squared_is_the_reciprocal_not_the_square():
    relation = find(SECH2, evidence(lambda z: np.cosh(z) ** 2, Z_CASES))
    assert relation.kind == "reciprocal" and "reciprocal" in relation.line


def test_a_real_square_is_square():
    assert kind(SECH2, evidence(lambda z: sech2(z) ** 2, Z_CASES)) == "square"


def l2_gradient(lam, w):
    return lam * w


def test_a_ratio_that_is_an_argument_is_named_as_that_argument():
    # lam*w**2 for lam*w: the ratio is w, varying from call to call; the line names w, not a constant
    cases = [(lam, w) for lam, w in ((0.637, 2.14), (0.2, -0.5), (1.5, 0.9))]
    relation = find(Setting(l2_gradient, "l2_gradient"), evidence(lambda lam, w: lam * w ** 2, cases))
    assert relation.kind == "factor" and "times w (the argument w)" in relation.line
    assert "same constant" not in relation.line


def test_a_factor_near_one_is_said_with_the_digits_that_show_it():
    """1/sqrt(2 pi) written as 0.3989 is the right term times 0.9999: said as "times 1" it claimed nothing off."""
    from mlptutor.grader.relations.base import compact
    assert [compact(v) for v in (0.99989, -1.0004, 1.0, 0.333333, 2.5)] == ["0.9999", "-1.0004", "1", "0.333", "2.5"]


def test_a_constant_with_few_digits_is_said_as_the_digits_that_agree():
    """gelu_tanh with sqrt(2/pi) written as 0.79788 is off by about 5e-7 everywhere: no float32, no factor, no
    term; said as "to about 6 digits only", where the row had no explanation at all."""
    gelu = Setting(act.gelu_tanh, "gelu_tanh")
    five_digits = lambda z: 0.5 * z * (1.0 + np.tanh(0.79788 * (z + 0.044715 * z ** 3)))
    relation = find(gelu, evidence(five_digits, SIGMOID_CASES[:2]))
    assert relation.kind == "digits" and "about 6 digits only" in relation.line


def test_a_small_term_too_many_is_named_beside_a_short_constant():
    """r23: a weight decay of 1e-4 in symmetry_demo was said only as "a constant written out with too few digits
    (sqrt(2 / pi) as 0.79788)", a constant the demo does not have; a small extra term is named too."""
    with_eps = lambda z: 1.0 / (1.0 + np.exp(-np.clip(z, -700.0, 700.0)) + 1e-4)
    relation = find(SIGMOID, evidence(with_eps, SIGMOID_CASES[:2]))
    assert relation.kind == "digits" and "a small term it does not have" in relation.line
