"""Spec of exercises/clipping.py: clip_by_global_norm.

Besides values, a behaviour check states the properties clipping must
have: above the threshold the global norm becomes max_norm and every
tensor is scaled by the same factor (the direction is kept); below it, and
for all-zero gradients, nothing changes. The docstring promises "a new
dict": handing the caller's own dict back loses the hygiene point.
"""

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Inputs
from mlptutor.grader.checks.tolerance import allclose
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.shape import ShapeCheck
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._keys import own_keys_of_first
from mlptutor.grader.specs._networks import keys_check, network, shaped_like
from mlptutor.reference import clipping as ref

# global norm 5 (a 3-4-5 triangle across two tensors): clipped to 1 every entry is divided by 5
ABOVE = ({"W1": np.array([[3.0, 0.0]]), "b1": np.array([4.0])}, 1.0)
BELOW = ({"W1": np.array([[0.3, 0.0]]), "b1": np.array([0.4])}, 1.0)
# ABOVE in integers: the clipped gradients are fractions (scaled in an int array, they truncate to 0)
ABOVE_INT = ({"W1": np.array([[3, 0]]), "b1": np.array([4])}, 1.0)
# ABOVE scaled by 1e-4: a norm this small shows an epsilon added to it (max_norm / (norm + 1e-6) is 0.2% short)
ABOVE_SMALL = ({"W1": np.array([[3e-4, 0.0]]), "b1": np.array([4e-4])}, 1e-4)
# ABOVE with zeros: every tensor holds a 0 and the biases' gradient is all 0 (no tensor of ABOVE does), where a
# norm measured against a tensor's smallest entry, or the smallest tensor's largest, is 0 and nothing is clipped
ABOVE_ZEROS = ({"W1": np.array([[3.0, 0.0], [0.0, 4.0]]), "b1": np.array([0.0, 0.0])}, 1.0)
# all zeros, for the hygiene's warnings: max_norm / norm is a division by zero (a numpy 0.0 warns), not needed
ZEROS = ({"W1": np.zeros((2, 3)), "b1": np.zeros(3)}, 1.0)


def clip_case(rng, architecture=0, ratio=0.5):
    """Gradients and max_norm = ratio * their global norm (ratio < 1 clips, > 1 does not)."""
    grads = shaped_like(network(rng, architecture), rng, scale=3.0)
    return grads, float(ratio * ref.global_norm(grads))


def measured_norm(tensors) -> float:
    """The global norm of a dict of arrays, measured here with numpy alone (the student checker carries this
    predicate as source, and never the reference's global_norm)."""
    return float(np.linalg.norm(np.concatenate([np.ravel(t) for t in tensors.values()])))


def told_apart(a: float, b: float) -> tuple[str, str]:
    """a and b with 4 significant digits, or as many more as it takes to show them different (a norm off by a
    factor m / (m + 1e-6) read "4.711, not 4.711")."""
    for digits in range(4, 18):
        if f"{a:.{digits}g}" != f"{b:.{digits}g}":
            break
    return f"{a:.{digits}g}", f"{b:.{digits}g}"


def norm_is_max_norm(value, expected, case):
    clipped, max_norm = value[0], case.args[1]
    norm = measured_norm(clipped)
    if not allclose(norm, max_norm):
        got, wanted = told_apart(norm, max_norm)
        return f"after clipping the global norm is {got}, not max_norm = {wanted}"
    return None


def direction_kept(value, expected, case):
    """Every tensor scaled by one common positive factor."""
    clipped, grads = value[0], case.args[0]
    factors = {k: float(np.sum(clipped[k] * g) / np.sum(g * g)) for k, g in grads.items()}
    same = all(allclose(clipped[k], factors[k] * g) for k, g in grads.items())
    if not same or not allclose(list(factors.values()), next(iter(factors.values()))):
        return "the tensors were not all scaled by the same factor, so the gradient's direction changed"
    return None


def unchanged(value, expected, case):
    clipped, grads = value[0], case.args[0]
    if not all(allclose(clipped[k], g) for k, g in grads.items()):
        return "gradients whose global norm is within max_norm must come back unchanged"
    return None


def norm_before_clipping(value, expected, case):
    if not allclose(value[1], expected[1]):
        return "the returned norm must be the global norm measured before clipping"
    return None


def _clip_with_scale(grads, scale):
    """Every tensor times `scale`, and the global norm before scaling."""
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, ref.global_norm(grads)


# always rescaling leaves all-zero gradients alone (a norm of 0 has nothing to scale by), so that the variant
# reproduces the all-zero scenario too and the behaviour row is named with the value row
def _per_tensor(reported):
    """Each tensor clipped to max_norm by its own norm; `reported(grads)` is the norm returned."""
    return lambda grads, max_norm: ({k: ref.clip_by_global_norm({k: g}, max_norm)[0][k] for k, g in grads.items()},
                                    reported(grads))


PER_TENSOR_HINT = "clipping by the global norm treats all gradients as one long vector: one norm, one common factor."
PER_TENSOR = Mistake(
    "clip-per-tensor", "each tensor clipped to max_norm on its own instead of by the global norm", PER_TENSOR_HINT,
    _per_tensor(ref.global_norm))
PER_TENSOR_LARGEST = Mistake(
    "clip-per-tensor-largest-norm", "each tensor clipped to max_norm on its own, the largest tensor's norm returned",
    PER_TENSOR_HINT, _per_tensor(lambda grads: max(ref.global_norm({k: g}) for k, g in grads.items())))


def _weights_only(grads, max_norm):
    """The norm measured on the keys starting with "W", only they scaled; the biases returned as they came."""
    clipped, norm = ref.clip_by_global_norm({k: g for k, g in grads.items() if k.startswith("W")}, max_norm)
    return {k: clipped[k] if k in clipped else np.asarray(g, dtype=np.float64) for k, g in grads.items()}, norm


WEIGHTS_ONLY = Mistake(
    "clip-weights-only", "only the weights (keys starting with 'W') measured and clipped, the biases left out",
    "the global norm runs over every gradient in the dict, biases included, and every one of them is scaled by the "
    "same factor (unlike the L2 penalty, which leaves biases out).",
    _weights_only)
WEIGHTS_ONLY_NORM = Mistake(
    "clip-norm-of-weights-only", "the norm measured over the weights (keys starting with 'W') only, then every "
    "gradient scaled by it",
    "the global norm runs over every gradient in the dict, biases included (unlike the L2 penalty, which leaves "
    "biases out).",
    lambda grads, max_norm: _scaled_by_norm_of(grads, max_norm, [g for k, g in grads.items() if k.startswith("W")]))


def _scaled_by_norm_of(grads, max_norm, measured):
    """Every gradient scaled by min(1, max_norm / norm) with the norm of `measured` only."""
    norm = float(np.sqrt(sum(np.sum(np.square(np.asarray(g, dtype=np.float64))) for g in measured)))
    return _clip_with_scale(grads, min(1.0, max_norm / norm) if norm > 0 else 1.0)[0], norm


ALWAYS_RESCALE = Mistake(
    "clip-always-rescale", "gradients always rescaled to max_norm, even when their norm is smaller",
    "clipping only ever shrinks: gradients whose norm is within max_norm pass unchanged.",
    lambda grads, max_norm: _clip_with_scale(grads, max_norm / ref.global_norm(grads) if ref.global_norm(grads) > 0
                                             else 1.0))
NORM_AFTER = Mistake(
    "clip-norm-after-clipping", "the norm returned after clipping instead of before",
    "return the global norm you measured before scaling (it tells how large the gradient really was).",
    lambda grads, max_norm: (ref.clip_by_global_norm(grads, max_norm)[0],
                             ref.global_norm(ref.clip_by_global_norm(grads, max_norm)[0])))
NORM_SQUARED = Mistake(
    "clip-norm-without-sqrt", "the sum of squares used as the global norm (no square root)",
    "the global norm is the square root of the sum of all squared entries.",
    # all-zero gradients pass unscaled (max_norm / 0 raised here, so the behaviour row, which holds that call, went
    # unnamed)
    lambda grads, max_norm: _clip_with_norm(grads, ref.global_norm(grads) ** 2, max_norm))


def _clip_with_norm(grads, norm, max_norm):
    """Every tensor scaled by min(1, max_norm / norm) for a given (wrongly measured) norm."""
    scale = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm


def _largest_entry(grads) -> float:
    """The largest absolute entry of any tensor (0 for none)."""
    return float(max((np.abs(np.asarray(g, dtype=np.float64)).max(initial=0.0) for g in grads.values()), default=0.0))


def _spectral_norm(grads):
    return float(np.sqrt(sum(np.linalg.norm(np.atleast_1d(g), 2) ** 2 for g in grads.values())))


SPECTRAL_NORM = Mistake(
    "clip-matrix-2-norm", "each matrix measured by np.linalg.norm(g, 2), its spectral norm",
    "for a matrix, ord=2 is the largest singular value, not the root of its squared entries: look up which ord "
    "np.linalg.norm uses for the Frobenius norm.",
    lambda grads, max_norm: _clip_with_norm(grads, _spectral_norm(grads), max_norm))
SUM_OF_NORMS = Mistake(
    "clip-sum-of-tensor-norms", "the global norm as the sum of the tensors' own norms",
    "norms do not add: the global norm is the root of the summed squares of every entry, sqrt(sum_k ||g_k||^2).",
    lambda grads, max_norm: _clip_with_norm(grads, float(sum(np.linalg.norm(g) for g in grads.values())), max_norm))
FIRST_TENSOR_NORM = Mistake(
    "clip-norm-of-first-tensor", "the norm measured on the first tensor only",
    "the global norm runs over every entry of every tensor in the dict.",
    lambda grads, max_norm: _clip_with_norm(grads, ref.global_norm(dict([next(iter(grads.items()))])), max_norm))
MAX_ABS_NORM = Mistake(
    "clip-largest-entry-as-norm", "the largest absolute entry (the max norm) used as the global norm",
    "the global norm is Euclidean: the square root of the sum of every squared entry of every tensor, not the "
    "largest entry.",
    lambda grads, max_norm: _clip_with_norm(grads, _largest_entry(grads), max_norm))
MEAN_SQUARES = Mistake(
    "clip-norm-of-mean-squares", "the global norm from each tensor's mean square (np.mean) instead of its sum of "
    "squares",
    "the global norm sums the squares of every entry of every tensor: a mean divides each tensor's share by its size.",
    lambda grads, max_norm: _clip_with_norm(
        grads, float(np.sqrt(sum(np.mean(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values()))), max_norm))
L1_NORM = Mistake(
    "clip-l1-norm", "the global norm as the sum of absolute values (the L1 norm)",
    "the global norm is Euclidean: the square root of the sum of every squared entry, not the sum of their sizes.",
    lambda grads, max_norm: _clip_with_norm(
        grads, float(sum(np.abs(np.asarray(g, dtype=np.float64)).sum() for g in grads.values())), max_norm))

CLIP_BY_VALUE = Mistake(
    "clip-by-value", "every entry clipped to [-max_norm, max_norm] (clipping by value) instead of rescaling by the norm",
    "np.clip bounds each entry on its own and changes the gradient's direction; clipping by the global norm "
    "multiplies every entry by one common factor, keeping the direction.",
    lambda grads, max_norm: ({k: np.clip(np.asarray(g, dtype=np.float64), -max_norm, max_norm)
                              for k, g in grads.items()}, ref.global_norm(grads)))


def _scale_up(grads, max_norm):
    """Every tensor times max(1, max_norm / norm): nothing shrinks, small gradients grow to max_norm."""
    norm = ref.global_norm(grads)
    return _clip_with_scale(grads, 1.0 if norm == 0 else max(1.0, max_norm / norm))


def _threshold_on_square(grads, max_norm):
    """The clip decided by the squared norm against max_norm (sq > max_norm), the scale max_norm / norm."""
    norm = ref.global_norm(grads)
    return _clip_with_scale(grads, max_norm / norm if norm ** 2 > max_norm else 1.0)


INVERTED_RATIO = Mistake(
    "clip-ratio-inverted", "the scale min(1, norm / max_norm), the ratio upside down",
    "the factor that brings a norm down to max_norm is max_norm / norm: with norm / max_norm a large gradient is not "
    "shrunk at all and a small one is shrunk further.",
    lambda grads, max_norm: _clip_with_scale(grads, min(1.0, ref.global_norm(grads) / max_norm)))
SCALE_UP = Mistake(
    "clip-max-instead-of-min", "the scale max(1, max_norm / norm) instead of min: large gradients pass, small ones "
    "are blown up to max_norm",
    "clipping only ever shrinks: the factor is at most 1. What is yours for a gradient of norm max_norm / 2?",
    _scale_up)
THRESHOLD_ON_SQUARE = Mistake(
    "clip-threshold-on-squared-norm", "the squared norm compared with max_norm to decide whether to clip",
    "compare the norm itself with max_norm (or its square with max_norm ** 2): the sum of squares against max_norm "
    "clips some gradients within the limit (scaling them up) and lets some above it pass.",
    _threshold_on_square)
DIVIDED_BY_SCALE = Mistake(
    "clip-divided-by-scale", "every gradient divided by the scale min(1, max_norm / norm) instead of multiplied by it",
    "the scale is a factor: multiplied by it a gradient above max_norm shrinks to max_norm; what does dividing by it "
    "do to the global norm?",
    lambda grads, max_norm: _clip_with_scale(grads, 1 / min(1.0, max_norm / ref.global_norm(grads))
                                             if ref.global_norm(grads) > 0 else 1.0))
LARGEST_NOT_DIVIDED = Mistake(
    "clip-norm-times-largest-entry", "the norm of the raw entries multiplied by the largest entry (the overflow-safe "
    "norm, largest * ||g / largest||, with the division left out)",
    "measured in units of the largest entry, every entry is divided by it before squaring, then the root multiplied "
    "back: what is your norm of a gradient whose largest entry is 2?",
    lambda grads, max_norm: _clip_with_norm(grads, _largest_entry(grads) * ref.global_norm(grads), max_norm))


SCALE_SQUARED = Mistake(
    "clip-scale-squared", "the scale (max_norm / norm)^2, taken from the squares (max_norm^2 / sum of squares) to "
    "skip the square root",
    "comparing squares (sum of squares > max_norm^2) is fine, but the entries scale by the ratio of the norms "
    "themselves, max_norm / norm: the ratio of their squares brings the norm down to max_norm^2 / norm.",
    lambda grads, max_norm: _clip_with_scale(grads, min(1.0, max_norm / ref.global_norm(grads)) ** 2
                                             if ref.global_norm(grads) > 0 else 1.0))


def _guard_on_any_zero_tensor(grads, max_norm):
    """The all-zero guard asked of any tensor: one all-zero tensor returns every gradient unchanged, norm 0."""
    if any(not np.any(g) for g in grads.values()):
        return _clip_with_scale(grads, 1.0)[0], 0.0
    return ref.clip_by_global_norm(grads, max_norm)


ZERO_GUARD_ANY = Mistake(
    "clip-zero-guard-on-any-tensor", "the guard for all-zero gradients taken when any one tensor is all zero: nothing "
    "clipped, norm 0",
    "only when every gradient is zero is the global norm 0; one all-zero tensor (a bias nothing reached) leaves the "
    "others to measure and clip.",
    _guard_on_any_zero_tensor)
EPS_IN_DENOMINATOR = Mistake(
    "clip-eps-in-denominator", "the scale max_norm / (norm + 1e-6), a framework's epsilon in the denominator",
    "clipping happens only when norm > max_norm > 0, so max_norm / norm never divides by zero: an epsilon added to "
    "the norm leaves the clipped norm short of max_norm (by far, for small norms).",
    lambda grads, max_norm: _clip_with_scale(grads, min(1.0, max_norm / (ref.global_norm(grads) + 1e-6))))
# normalised LMS's step mu / (||x||^2 + eps) carried over: every gradient scaled by max_norm / (norm + eps), with
# no min(1, .) and an epsilon against a zero norm (1e-8, NLMS's and Adam's)
NORMALISED_ALWAYS = Mistake(
    "clip-always-normalised-eps", "gradients always scaled by max_norm / (norm + 1e-8), a normalised-LMS step: "
    "small ones blown up to max_norm, clipped ones left a little short of it",
    "clipping only ever shrinks: gradients within max_norm pass unchanged; and where it clips, norm > max_norm > 0, "
    "so max_norm / norm needs no epsilon.",
    lambda grads, max_norm: _clip_with_scale(grads, max_norm / (ref.global_norm(grads) + 1e-8)))

# one hidden case per architecture, clipped or not, shared by the shape, value and hygiene checks; one far
# below max_norm (ratio 3): always rescaling is then not "the right result doubled" on every unclipped case
INPUTS = Inputs("inputs", lambda rng: [clip_case(rng, a, ratio)
                                       for a, ratio in ((0, 0.5), (1, 0.4), (2, 2.0), (3, 1.5), (0, 3.0))])

# How a student makes each mistake: in the correct solution tests/solutions/clipping.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "clip-norm-of-weights-only": Edit("    for g in grads.values():\n        total += np.sum(g ** 2)\n",
                                      "    for k, g in grads.items():\n        if k.startswith(\"W\"):\n"
                                      "            total += np.sum(g ** 2)\n"),
    "clip-ratio-inverted": Edit("    scale = 1.0\n    if norm > max_norm:\n        scale = max_norm / norm\n",
                                "    scale = min(1.0, norm / max_norm)\n"),
    "clip-matrix-2-norm": Edit("total += np.sum(g ** 2)", "total += np.linalg.norm(np.atleast_1d(g), 2) ** 2"),
    "clip-sum-of-tensor-norms": Edit("    norm = float(np.sqrt(total))",
                                     "    norm = float(sum(np.linalg.norm(g) for g in grads.values()))"),
    "clip-norm-of-first-tensor": Edit(
        "    for g in grads.values():\n"
        "        total += np.sum(g ** 2)\n",
        "    for g in list(grads.values())[:1]:\n"
        "        total += np.sum(g ** 2)\n"),
    "clip-per-tensor": Edit(
        "    clipped = {k: g * scale for k, g in grads.items()}",
        "    clipped = {k: g * min(1.0, max_norm / max(float(np.sqrt(np.sum(g ** 2))), 1e-300)) for k, g in grads.items()}"),
    "clip-per-tensor-largest-norm": Edit(
        "    clipped = {k: g * scale for k, g in grads.items()}\n    return clipped, norm",
        "    norms = {k: float(np.sqrt(np.sum(g ** 2))) for k, g in grads.items()}\n"
        "    clipped = {k: g * min(1.0, max_norm / max(norms[k], 1e-300)) for k, g in grads.items()}\n"
        "    return clipped, max(norms.values())"),
    "clip-weights-only": Edit(
        "    for g in grads.values():\n"
        "        total += np.sum(g ** 2)\n"
        "    norm = float(np.sqrt(total))\n"
        "    scale = 1.0\n"
        "    if norm > max_norm:\n"
        "        scale = max_norm / norm\n"
        "    clipped = {k: g * scale for k, g in grads.items()}\n",
        "    for k, g in grads.items():\n"
        "        if k.startswith(\"W\"):\n"
        "            total += np.sum(g ** 2)\n"
        "    norm = float(np.sqrt(total))\n"
        "    scale = 1.0\n"
        "    if norm > max_norm:\n"
        "        scale = max_norm / norm\n"
        "    clipped = {k: g * scale if k.startswith(\"W\") else g for k, g in grads.items()}\n"),
    "clip-always-rescale": Edit(
        "    scale = 1.0\n"
        "    if norm > max_norm:\n"
        "        scale = max_norm / norm\n",
        "    scale = max_norm / norm\n"),
    "clip-always-normalised-eps": Edit(
        "    scale = 1.0\n"
        "    if norm > max_norm:\n"
        "        scale = max_norm / norm\n",
        "    scale = max_norm / (norm + 1e-8)\n"),
    "clip-norm-after-clipping": Edit("    return clipped, norm", "    return clipped, norm * scale"),
    "clip-norm-without-sqrt": Edit("norm = float(np.sqrt(total))", "norm = float(total)"),
    "clip-by-value": Edit("    clipped = {k: g * scale for k, g in grads.items()}",
                          "    clipped = {k: np.clip(g, -max_norm, max_norm) for k, g in grads.items()}"),
    "clip-norm-of-mean-squares": Edit("total += np.sum(g ** 2)", "total += np.mean(g ** 2)"),
    "clip-l1-norm": Edit("total += np.sum(g ** 2)\n    norm = float(np.sqrt(total))",
                         "total += np.sum(np.abs(g))\n    norm = float(total)"),
    "clip-max-instead-of-min": Edit(
        "    scale = 1.0\n"
        "    if norm > max_norm:\n"
        "        scale = max_norm / norm\n",
        "    scale = 1.0\n"
        "    if norm > 0:\n"
        "        scale = max(1.0, max_norm / norm)\n"),
    "clip-divided-by-scale": Edit("    clipped = {k: g * scale for k, g in grads.items()}",
                                  "    clipped = {k: g / scale for k, g in grads.items()}"),
    "clip-norm-times-largest-entry": Edit(
        "    norm = float(np.sqrt(total))",
        "    norm = float(np.sqrt(total)) * max(float(np.abs(g).max(initial=0.0)) for g in grads.values())"),
    "clip-zero-guard-on-any-tensor": Edit(
        "    total = 0.0\n",
        "    if any(not np.any(g) for g in grads.values()):\n        return dict(grads), 0.0\n    total = 0.0\n"),
    "clip-scale-squared": Edit("        scale = max_norm / norm\n", "        scale = max_norm ** 2 / total\n"),
    "clip-eps-in-denominator": Edit("        scale = max_norm / norm\n", "        scale = max_norm / (norm + 1e-6)\n"),
    "clip-threshold-on-squared-norm": Edit("    if norm > max_norm:\n", "    if total > max_norm:\n"),
    "clip-largest-entry-as-norm": Edit(
        "        total += np.sum(g ** 2)\n    norm = float(np.sqrt(total))",
        "        total = max(total, np.abs(g).max())\n    norm = float(total)"),
}


SPEC = ExerciseSpec("clipping", (
    FunctionSpec("clip_by_global_norm", ref.clip_by_global_norm, (
        ShapeCheck("shape", 1.0, sizes=INPUTS),
        ValueCheck("value", 2.0, fixed=(ABOVE, BELOW, ABOVE_INT, ABOVE_SMALL, ABOVE_ZEROS), hidden=INPUTS),
        BehaviourCheck("behaviour", 2.0, scenarios=(
            Scenario("above max_norm", norm_is_max_norm, draw=lambda rng: clip_case(rng, 0, 0.3)),
            Scenario("above a small max_norm", norm_is_max_norm, args=ABOVE_SMALL),
            Scenario("above max_norm", direction_kept, draw=lambda rng: clip_case(rng, 1, 0.6)),
            Scenario("below max_norm", unchanged, draw=lambda rng: clip_case(rng, 2, 2.0)),
            Scenario("all-zero gradients", unchanged,
                     args=ZEROS),
            Scenario("the returned norm", norm_before_clipping, draw=lambda rng: clip_case(rng, 3, 0.5)),
        )),
        # a dict kept on the module and filled on every call shows in a shallower network's keys
        keys_check(clip_case, own_keys_of_first),
        HygieneCheck("hygiene", 1.0, inputs=INPUTS, extreme=(ZEROS,), extreme_label="all-zero gradients"),
    ), (PER_TENSOR, ALWAYS_RESCALE, NORM_AFTER, NORM_SQUARED, SPECTRAL_NORM, FIRST_TENSOR_NORM,
        SUM_OF_NORMS, MAX_ABS_NORM, L1_NORM, MEAN_SQUARES, SCALE_UP, THRESHOLD_ON_SQUARE, PER_TENSOR_LARGEST, WEIGHTS_ONLY,
        CLIP_BY_VALUE, INVERTED_RATIO, WEIGHTS_ONLY_NORM, EPS_IN_DENOMINATOR, DIVIDED_BY_SCALE, LARGEST_NOT_DIVIDED,
        ZERO_GUARD_ANY, SCALE_SQUARED, NORMALISED_ALWAYS),
        fresh="a new dict"),
), edits=EDITS)
