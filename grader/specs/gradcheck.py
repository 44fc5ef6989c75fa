"""Spec of exercises/gradcheck.py: central differences, the relative error and a gradient check.

The student's functions take a function f, which cannot cross into the
sandbox: the calls go through grader/specs/_known.py, which hands them
functions with known gradients (sum of sines, log-sum-exp, a coupled cubic,
the loss of a tiny tanh network). Numerical gradients are compared with the
reference's (tolerance 1e-6 relative, 1e-8 absolute, well below the O(h)
error of a forward difference). The gradient check is judged by what it
reports: below 1e-6 for exact gradients, and for a gradient with a planted
error (one tensor wrong) a large error on that tensor only, matching the
reference's to 1e-3. The caller's x or params perturbed in place (and left
so, or put back only later) is told on any call, as for every function (the
pipeline's judge_arguments); the hygiene check of a function taking f reads
the warnings of every one of its calls (KnownHygieneCheck).
"""

import numpy as np

from mlptutor.grader.checks.cases import Case, Inputs
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.validate import scalar_problem
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.relations.quotients import difference
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._known import NET_X, NET_Y, RIPPLE
from mlptutor.grader.specs._known_check import Known, KnownFunctionCheck, KnownHygieneCheck, Transposed, tilted
from mlptutor.grader.specs._networks import parameters
from mlptutor.reference import gradcheck as ref


def gradient_cases(rng):
    """Smooth functions, and a steep one at the default h (the documented step h = 1e-5 shows in its values); last,
    one that reads x's rows (f must get x in its own shape). Each tilted by a drawn linear term: only differencing
    f finds it (a numerical_gradient returning the known functions' formulas, picked by f's name, had full marks)."""
    return tilted([(Known("sin_sum"), rng.normal(size=3)), (Known("logsumexp"), rng.normal(size=(2, 3))),
                   Case((Known("cubic"), rng.normal(size=(4, 1))), {"h": 1e-4}),
                   (Known("ripple"), rng.normal(size=(2, 2))), (Known("row_logsumexp"), rng.normal(size=(3, 2)))], rng)


# entries beyond 1 on the steep ripple: the step is the documented h, not h scaled by |x| (ripple's quotient
# shows the step)
FIXED_POINTS = ((Known("sin_sum"), np.array([0.0, 1.0, 2.0])), (Known("ripple"), np.array([[2.5, -3.0]])))
# an int x: x_i + h must not be rounded back to an integer (perturb a float copy); a row of its own, so that a
# slip of the loop stays named on the float points
INTEGER_POINT = (Known("cubic"), np.array([1, 2, -1]))
# a float32 x: a copy kept in x's own float32 loses most of the step h = 1e-5 (float32 holds 7 digits), so the
# quotients are off by ~1e-3; the docstring's x may be float32 (the course's convention), perturb a float64 copy
FLOAT32_POINT = (Known("cubic"), np.array([0.3, -1.7, 2.2], dtype=np.float32))
# a transposed x (a Fortran-ordered view, W.T): a copy kept in x's own order has no flat view, so steps taken on its
# reshape(-1) never reach f; a row of its own too (f reads x's rows, so x's layout shows in the values)
TRANSPOSED_POINT = (Known("row_logsumexp"), Transposed(np.array([[0.5, -1.0, 2.0], [1.5, 0.0, -0.5]])))


def net_gradients(params):
    """The exact gradients of _known.net_loss, by backprop (trusted side only: a student release never holds it)."""
    hidden = np.tanh(NET_X @ params["W1"] + params["b1"])
    d_out = (hidden @ params["W2"] + params["b2"] - NET_Y) / len(NET_X)
    d_hidden = d_out @ params["W2"].T * (1 - hidden**2)
    return {"W1": NET_X.T @ d_hidden, "b1": d_hidden.sum(axis=0), "W2": hidden.T @ d_out, "b2": d_out.sum(axis=0)}


def net_point(rng):
    return parameters([2, 3, 1], rng)


def gradients_cases(rng):
    """The tiny network and the steep ripple over dicts, tilted as gradient_cases are; one ripple holds two tensors
    of one shape (a loop handing a same-shaped tensor the first one's gradient kept full marks without them)."""
    return tilted([(Known("net_loss"), net_point(rng)), Case((Known("net_loss"), net_point(rng)), {"h": 1e-4}),
                   (Known("ripple"), {"W": rng.normal(size=(2, 3)), "b": rng.normal(size=3)}),
                   # h passed on: on the steep ripple, h = 1e-4 and the default 1e-5 give quotients 1e-3 apart
                   Case((Known("ripple"), {"W": rng.normal(size=(1, 2)), "b": rng.normal(size=2)}), {"h": 1e-4}),
                   (Known("ripple"), {"W": rng.normal(size=(2, 2)), "V": rng.normal(size=(2, 2))})],
                  rng) + tilted(
        # a float32 tensor (the course's convention allows one), drawn last so the cases above keep their values: a
        # tensor bumped in its own dtype, the caller's array through a shallow dict(params) copy, kept full marks
        [(Known("ripple"), {"W": rng.normal(size=(2, 2)).astype(np.float32), "b": rng.normal(size=2)})], rng)


def planted(rng):
    """Exact gradients of the tiny network, then the same with one tensor wrong (its entries moved, once doubled).

    Moved, not scaled as a whole: for -g or 2 g the Euclidean norm, the max norm and the worst entry-wise ratio
    all report the same error (1, 1/3), so a gradient check measuring it by another norm (its own relative_error
    or the student's) would not be told from one another."""
    params = net_point(rng)
    exact = net_gradients(params)
    wrong = dict(exact)
    which = str(rng.choice(["W1", "b1", "W2"]))
    wrong[which] = {"W1": lambda g: g[:, ::-1], "b1": lambda g: 2 * g[::-1], "W2": lambda g: g[::-1]}[which](
        exact[which])
    # output weights near 0: the gradients of layer 1 vanish below the floor of the relative error
    faint = {**params, "W2": 1e-9 * params["W2"]}
    # h = 1e-3: the exact gradients score ~1e-7 there (O(h^2)), not the ~1e-11 of h = 1e-5: h is passed on
    # exact gradients whose dict lists the keys in another order than params (drawn last, so the cases above keep
    # their values): a check pairing the two dicts by position (zip of their values) compared W's gradient with V's
    ripple = {"W": rng.normal(size=(2, 2)), "V": rng.normal(size=(2, 2))}
    return [(Known("net_loss"), params, exact), (Known("net_loss"), params, wrong), (Known("net_loss"), faint, net_gradients(faint)),
            Case((Known("net_loss"), params, exact), {"h": 1e-3}),
            (Known("ripple"), ripple, {name: np.cos(RIPPLE * ripple[name]) for name in ("V", "W")})]


def keyed(rng):
    """The tiny network's exact gradients, then a ripple's over a dict of other names, {"W", "b"} (exact: cos(K x)):
    a report dict kept on the module and filled on every call still holds the network's keys in the second."""
    params, ripple = net_point(rng), {"W": rng.normal(size=(2, 2)), "b": rng.normal(size=2)}
    return [(Known("net_loss"), params, net_gradients(params)),
            (Known("ripple"), ripple, {name: np.cos(RIPPLE * x) for name, x in ripple.items()})]


def reports_own_keys(value, expected, case):
    """reports_errors, and no key that the call's params do not give. Its own words, not _keys.own_keys': a
    predicate may call only functions of its own spec module (the student checker carries it as source)."""
    if problem := reports_errors(value, expected, case):
        return problem
    if extra := sorted(set(value) - set(expected), key=str):
        return (f"the result holds the keys {extra[:6]}, which its own arguments do not give (a dict kept between "
                "calls, on the module or as a default argument, keeps earlier calls' keys): return a new dict of "
                "exactly the docstring's keys for these arguments")
    return None


def reports_errors(value, expected, case):
    """Small errors for right tensors, a large one for the planted tensor, each the reference's: to 1e-3 for
    errors of 1e-6 and above, to 5% for the round-off of a right gradient (as deterministic as f itself)."""
    for name, right in expected.items():
        got = value[name]
        if problem := scalar_problem(got, f"the error of {name}"):  # a float64 number (float32 named as such)
            return problem
        if right < 1e-6 and not got < 1e-6:
            return f"a correct gradient for {name} scores {got:.2g}: a right one should be below 1e-6"
        if right >= 1e-6 and not np.isclose(got, right, rtol=1e-3):
            # the case is hidden: its right error is not shown (a student could read the answer off it)
            return (f"you report {got:.3g} for {name}, which is not its relative error against central differences "
                    "(to 0.1%)")
        if right < 1e-6 and not np.isclose(got, right, rtol=0.05, atol=1e-14):
            return (f"a correct gradient for {name} scores {got:.3g}, not what central differences with h = "
                    f"{case.kwargs.get('h', 1e-5):g} in float64 give (to 5%)")
    return None


def _quotient(f, x, h=1e-5, scheme="central", **slip):
    """Numerical gradient by `scheme` (central; forward; "no-2": central over h), the usual slips of the loop
    switchable (relations.quotients.difference): a frame for the wrong variants below."""
    a, b, divisor = {"central": (1, -1, 2 * h), "forward": (1, 0, h), "no-2": (1, -1, h)}[scheme]
    return difference(f, x, h, a, b, **slip) / divisor


FORWARD = Mistake(
    "numerical-gradient-forward-difference", "a forward difference (f(x + h) - f(x)) / h",
    "the forward difference is off by O(h); the central one (f(x + h) - f(x - h)) / (2h) only by O(h^2).",
    lambda f, x, h=1e-5: _quotient(f, x, h, scheme="forward"))
NO_TWO = Mistake(
    "numerical-gradient-no-2h", "the central difference divided by h instead of 2h",
    "from x - h to x + h is a step of 2h: divide the difference by 2h.",
    lambda f, x, h=1e-5: _quotient(f, x, h, scheme="no-2"))
ALL_AT_ONCE = Mistake(
    "numerical-gradient-all-entries-at-once", "every entry of x perturbed at once",
    "perturb one coordinate at a time (x + h e_i): moving them all measures the sum of the partial derivatives.",
    lambda f, x, h=1e-5: _quotient(f, x, h, over="all"))
NOT_UNDONE = Mistake(
    "numerical-gradient-perturbation-not-undone", "each coordinate left at x_i - h after its difference",
    "put x_i back to its value after taking f(x - h e_i): the next coordinates must be differenced at x itself.",
    lambda f, x, h=1e-5: _quotient(f, x, h, restore=False))
ROWS = Mistake(
    "numerical-gradient-whole-rows", "x[i] over range(len(x)): a whole row of a 2-D x perturbed at once",
    "perturb one entry at a time: np.ndindex(x.shape) walks every index of an array of any shape.",
    lambda f, x, h=1e-5: _quotient(f, x, h, over="row"))
FLOAT32_COPY = Mistake(
    "numerical-gradient-float32-copy", "x copied as float32, so the points differ in the 8th digit and f runs in float32",
    "a step h = 1e-5 is lost in float32's 7 digits: check the dtype of the copy you perturb (float64 keeps 16).",
    lambda f, x, h=1e-5: _quotient(f, x, h, dtype=np.float32))


def _in_own_float(f, x, h=1e-5):
    """Central differences on a copy in x's own float dtype (an int x promoted to float64), returned in it."""
    dtype = np.float32 if np.asarray(x).dtype == np.float32 else np.float64
    return _quotient(f, x, h, dtype=dtype).astype(dtype)


FLOAT32_KEPT = Mistake(
    "numerical-gradient-float32-kept", "a float32 x copied in float32 (only an int x promoted), so h = 1e-5 is mostly "
    "lost",
    "x + 1e-5 in float32 keeps only a digit or two of the step (float32 holds 7 digits): perturb a float64 copy "
    "whatever x's dtype.",
    lambda f, x, h=1e-5: _in_own_float(f, x, h))
DTYPE_KEPT = Mistake(
    "numerical-gradient-int-copy", "x perturbed in its own dtype (a copy of that dtype, or the caller's x itself), "
    "so an int x cannot hold x_i + h (nor a float32 x most of the step h)",
    "in an int array x_i + h is truncated back to an integer, in a float32 one h = 1e-5 keeps only a digit or two: "
    "check the dtype of the array you perturb (and perturb a copy, never the caller's x).",
    lambda f, x, h=1e-5: _quotient(f, x, h, dtype=None))

# the book's step written into the loop in place of the argument h (Saitoh's and CS231n's 1e-4; a fixed 1e-5, the
# default, is within the value checks' tolerance of every step they pass)
FIXED_H = Mistake(
    "numerical-gradient-h-fixed-1e-4", "the step fixed at 1e-4, whatever h the caller passes",
    "the caller's h is the step: which one does yours take when h is not the value you tried?",
    lambda f, x, h=1e-5: _quotient(f, x, 1e-4))


def _per_tensor(gradient):
    """numerical_gradients built on `gradient`, a numerical_gradient: the central differences (_quotient) or a
    mistake's variant."""
    return lambda f, params, h=1e-5: {
        name: gradient(lambda value, name=name: f({**params, name: value}), params[name], h) for name in params}


def _relative_step(f, x, h=1e-5, least=1.0, over_h=False):
    """Central differences with each entry's own step h max(least, |x_i|), a relative step (difference() takes one
    h), the quotient over 2 step (over_h: still over 2h); with least = 0 an entry 0 gets the step 0 and the
    quotient 0 / 0 = nan, as the student's does."""
    x = np.array(x, dtype=float)
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        old, step = x[i], h * max(least, abs(x[i]))
        x[i] = old + step
        up = f(x)
        x[i] = old - step
        with np.errstate(invalid="ignore"):
            grad[i] = np.float64(up - f(x)) / (2 * (h if over_h else step))
        x[i] = old
    return grad


def _unmoved_unless_c_order(f, x, h=1e-5):
    """The gradient of steps taken on reshape(-1) of a copy in x's own order: right for a C-ordered x; for another
    (a transposed view) the flat array is a second copy, so f gets the copy unmoved and every quotient is 0."""
    return ref.numerical_gradient(f, x, h) if np.asarray(x).flags.c_contiguous else np.zeros(np.shape(x))


RESHAPED_COPY = Mistake(
    "numerical-gradient-reshaped-copy", "steps taken on x.reshape(-1) of a copy kept in x's memory order",
    "np.array(x) keeps a transposed x's (Fortran) order, and then reshape(-1) or ravel() returns a copy, not a "
    "view: is the array your steps move the one you pass to f? (x.T is a valid x of any shape.)",
    _unmoved_unless_c_order)
FLAT = Mistake(
    "numerical-gradient-f-of-flat-copy", "f called on the flattened copy of x instead of an array of x's shape",
    "f takes an array shaped like x (its rows may mean something to it): perturb a copy of x in x's own shape, "
    "indexing it with np.ndindex(x.shape), and pass f that copy.",
    lambda f, x, h=1e-5: _quotient(lambda v: f(v.ravel()), x, h))
RELATIVE_STEP = Mistake(
    "numerical-gradient-relative-step", "the step scaled to the entry, h max(1, |x_i|), instead of h itself",
    "the docstring's quotient steps by h on every coordinate, whatever its size: (f(x + h e_i) - f(x - h e_i)) / (2h).",
    _relative_step)
STEP_TIMES_ENTRY = Mistake(
    # numDeriv's habit (R): a step proportional to the coordinate, without its guard for coordinates 0
    "numerical-gradient-step-times-entry", "the step h |x_i|, proportional to the entry, so a coordinate 0 gets the step "
    "0 and the quotient 0 / 0 (nan)",
    "the docstring's quotient steps by h on every coordinate, whatever its size: a step h |x_i| is 0 where x_i = 0, "
    "and (f(x) - f(x)) / 0 is nan.",
    lambda f, x, h=1e-5: _relative_step(f, x, h, least=0.0))
RELATIVE_STEP_OVER_H = Mistake(
    "numerical-gradient-relative-step-over-2h", "the step scaled to the entry, h max(1, |x_i|), the quotient still "
    "divided by 2h",
    "the quotient divides by the distance between the two points it compares: a step of h max(1, |x_i|) needs "
    "that step in the denominator too; the docstring's quotient steps by h itself, (f(x + h e_i) - f(x - h e_i)) / (2h).",
    lambda f, x, h=1e-5: _relative_step(f, x, h, over_h=True))
PLUS = Mistake(
    "numerical-gradient-plus-for-minus", "the central difference's minus typed as a plus, (f(x + h) + f(x - h)) / (2h)",
    "the quotient takes the difference of the two values, f(x + h e_i) - f(x - h e_i): their sum over 2h is about "
    "f(x) / h, whatever the slope.",
    lambda f, x, h=1e-5: (difference(f, x, h, 1, 0) + difference(f, x, h, -1, 0)
                          + 2 * f(np.array(x, dtype=np.float64))) / (2 * h))
GRADIENTS_FORWARD = Mistake(
    "numerical-gradients-forward-difference", "the numerical gradients of a dict by forward differences",
    "use central differences (f(p + h) - f(p - h)) / (2h), coordinate by coordinate.",
    _per_tensor(FORWARD.variant))
GRADIENTS_TOGETHER = Mistake(
    "numerical-gradients-all-entries-at-once", "every entry of a tensor perturbed at once",
    "perturb one entry at a time (p + h e_i): moving them all measures the sum of the partial derivatives.",
    _per_tensor(ALL_AT_ONCE.variant))
GRADIENTS_NO_TWO = Mistake(
    "numerical-gradients-no-2h", "the numerical gradients of a dict divided by h instead of 2h",
    "from p - h to p + h is a step of 2h: divide the difference by 2h.",
    _per_tensor(NO_TWO.variant))

GRADIENTS_DEFAULT_H = Mistake(
    "numerical-gradients-h-not-passed", "h not passed on to numerical_gradient, so every tensor uses the default",
    "the caller's h must reach every numerical_gradient call: which step does yours use when h is not 1e-5?",
    lambda f, params, h=1e-5: _per_tensor(_quotient)(f, params))

GRADIENTS_OWN_DTYPE = Mistake(
    "numerical-gradients-tensors-bumped-in-own-dtype", "each tensor bumped in its own dtype (the caller's arrays "
    "themselves, through a shallow dict(params) copy), so a float32 tensor loses most of h",
    "dict(params) copies the dict, not its arrays: bumping one of them changes the caller's tensor, in its own "
    "dtype, where float32 keeps only a digit or two of h = 1e-5; perturb a float64 copy of each tensor.",
    _per_tensor(lambda f, x, h=1e-5: _quotient(f, x, h, dtype=np.asarray(x).dtype)))
GRADIENTS_IGNORED = Mistake(
    "numerical-gradients-loss-ignores-tensor", "the loss handed to numerical_gradient reading params, not the bumped "
    "tensor it is given (CS231n's lambda W: net.loss(X, y), where the steps reach the network in place)",
    "numerical_gradient bumps a copy of the tensor and hands that copy to the function it is given: a function that "
    "never reads its argument sees the same loss on both sides of every step.",
    lambda f, params, h=1e-5: {name: np.zeros(np.shape(p)) for name, p in params.items()})

# slips of numerical_gradient that reach numerical_gradients and gradient_check when these call it (the course's
# solution does): named there too, or their rows tell nothing. Not those already catalogued at the dict level
# (forward differences, all entries at once), nor those a float64 C-ordered tensor of the right shape never shows
# (int and float32 copies, a reshaped copy, f of a flat copy)
PASSED_ON = (RELATIVE_STEP, NOT_UNDONE, ROWS)
GRADIENTS_PASSED_ON = tuple(Mistake(m.id.replace("numerical-gradient-", "numerical-gradients-", 1),
                                    f"the numerical gradients of a dict with {m.title}", m.hint, _per_tensor(m.variant))
                            for m in PASSED_ON)


def _norm(v):
    return float(np.linalg.norm(np.asarray(v, dtype=float)))


def _spectral(v):
    v = np.asarray(v, dtype=float)
    return float(np.linalg.norm(v, 2)) if v.ndim == 2 else _norm(v)


SPECTRAL = Mistake(
    "relative-error-matrix-2-norm", "matrices measured by np.linalg.norm(., 2), their spectral norm",
    "for a matrix, ord=2 is the largest singular value: the relative error uses the Euclidean norm over all "
    "entries (read np.linalg.norm's table of ord values).",
    lambda a, b, floor=1e-8: _spectral(np.subtract(a, b)) / max(_spectral(a) + _spectral(b), floor))
MAX_DENOMINATOR = Mistake(
    "relative-error-max-denominator", "the relative error divided by max(||a||, ||b||) instead of ||a|| + ||b||",
    "the course's relative error is ||a - b|| / max(||a|| + ||b||, floor).",
    lambda a, b, floor=1e-8: _norm(np.subtract(a, b)) / max(max(_norm(a), _norm(b)), floor))
ONE_SIDED = Mistake(
    "relative-error-one-sided", "the relative error divided by ||b|| only",
    "divide by the sum of both norms, so neither argument is privileged and the error stays below 1.",
    lambda a, b, floor=1e-8: _norm(np.subtract(a, b)) / max(_norm(b), floor))
ONE_SIDED_A = Mistake(
    "relative-error-one-sided-a", "the relative error divided by ||a|| only (the claimed gradient's norm)",
    "divide by the sum of both norms, so neither argument is privileged and the error stays below 1.",
    lambda a, b, floor=1e-8: _norm(np.subtract(a, b)) / max(_norm(a), floor))
NORM_OF_SUM = Mistake(
    "relative-error-norm-of-sum", "the relative error divided by ||a + b|| instead of ||a|| + ||b||",
    "the norm of the sum is not the sum of the norms: two opposite gradients have ||a + b|| = 0, and their error "
    "must be large, not a division by the floor. Divide by ||a|| + ||b||.",
    lambda a, b, floor=1e-8: _norm(np.subtract(a, b)) / max(_norm(np.add(a, b)), floor))
FLOOR_ADDED = Mistake(
    "relative-error-floor-added", "the floor added to the denominator, ||a - b|| / (||a|| + ||b|| + floor)",
    "the floor is a lower bound, not a term: ||a - b|| / max(||a|| + ||b||, floor).",
    lambda a, b, floor=1e-8: _norm(np.subtract(a, b)) / (_norm(a) + _norm(b) + floor))
MAX_NORM = Mistake(
    "relative-error-max-norm", "the relative error measured with the largest |entry| (the max norm) instead of the Euclidean norm",
    "the course's relative error uses Euclidean norms over all entries: ||a - b|| / max(||a|| + ||b||, floor).",
    lambda a, b, floor=1e-8: float(np.max(np.abs(np.subtract(a, b)), initial=0.0)
                                   / max(np.max(np.abs(a), initial=0.0) + np.max(np.abs(b), initial=0.0), floor)))
L1_NORMS = Mistake(
    "relative-error-l1-norms",
    "the relative error measured with L1 norms (sums of |entries|) instead of Euclidean norms",
    "the course's relative error uses Euclidean norms over all entries, sqrt(sum v^2): ||a - b|| / max(||a|| + ||b||, "
    "floor).",
    lambda a, b, floor=1e-8: float(np.sum(np.abs(np.subtract(a, b)))
                                   / max(np.sum(np.abs(a)) + np.sum(np.abs(b)), floor)))
ENTRYWISE = Mistake(
    "relative-error-entrywise-mean", "the mean of entry-wise relative errors |a_i - b_i| / max(|a_i| + |b_i|, floor)",
    "one ratio of Euclidean norms over the whole tensor, not a mean of per-entry ratios: a tiny entry's relative "
    "error must not weigh as much as a large entry's.",
    lambda a, b, floor=1e-8: float(np.mean(np.abs(np.subtract(a, b))
                                           / np.maximum(np.abs(a) + np.abs(b), floor))))
ENTRYWISE_MAX = Mistake(
    "relative-error-entrywise-max", "the largest entry-wise relative error |a_i - b_i| / max(|a_i| + |b_i|, floor)",
    "one ratio of Euclidean norms over the whole tensor, not the worst per-entry ratio: a tiny entry's relative "
    "error must not decide the whole tensor's.",
    lambda a, b, floor=1e-8: float(np.max(np.abs(np.subtract(a, b)) / np.maximum(np.abs(a) + np.abs(b), floor),
                                          initial=0.0)))
SQUARED_NORMS = Mistake(
    "relative-error-squared-norms", "the relative error from squared norms, sum (a - b)^2 / (sum a^2 + sum b^2)",
    "take the square roots: ||v|| = sqrt(sum v^2), so ||a - b|| / max(||a|| + ||b||, floor) (np.linalg.norm).",
    lambda a, b, floor=1e-8: _norm(np.subtract(a, b)) ** 2 / max(_norm(a) ** 2 + _norm(b) ** 2, floor))
ABSOLUTE = Mistake(
    "relative-error-absolute", "the absolute error ||a - b||, never divided by ||a|| + ||b||",
    "a relative error is scale-free: the difference's norm is measured against the size of the two vectors (with "
    "the floor), so that a large gradient's rounding does not look like a bug.",
    lambda a, b, floor=1e-8: _norm(np.subtract(a, b)))
MAX_ABSOLUTE = Mistake(
    "relative-error-max-absolute-difference", "the largest absolute difference max |a_i - b_i|, not a ratio of norms",
    "the largest difference depends on the gradients' size (Torch's Jacobian test reports it): the relative error "
    "divides the Euclidean norm of a - b by max(||a|| + ||b||, floor).",
    lambda a, b, floor=1e-8: float(np.max(np.abs(np.subtract(a, b)), initial=0.0)))
NO_FLOOR = Mistake(
    "relative-error-no-floor", "the relative error without its floor",
    "two zero gradients give 0 / 0: divide by max(||a|| + ||b||, floor).",
    lambda a, b, floor=1e-8: float(np.divide(_norm(np.subtract(a, b)), _norm(a) + _norm(b))))
FLOOR_AT_ZERO = Mistake(
    # a guard clause against 0 / 0 alone: the floor where both norms are exactly 0, never below it
    "relative-error-floor-only-at-zero", "the floor used only when ||a|| + ||b|| is exactly 0 (a guard against 0 / 0)",
    "the floor is for every sum of norms below it, not only for 0: two vanishing gradients (1e-12 against 0, the "
    "difference quotient's noise) must score small, not 1. Divide by max(||a|| + ||b||, floor).",
    lambda a, b, floor=1e-8: (_norm(np.subtract(a, b)) / (_norm(a) + _norm(b)) if _norm(a) + _norm(b) > 0 else 0.0))


def _checked(gradient=_quotient, error=ref.relative_error):
    """gradient_check on the numerical gradients of `gradient` (a numerical_gradient: the central differences or a
    mistake's variant), each tensor's measured by `error` (a relative_error: the reference's or a mistake's)."""
    def check(f, params, grads, h=1e-5):
        numeric = _per_tensor(gradient)(f, params, h)
        return {k: error(grads[k], numeric[k]) for k in params}
    return check


CHECK_ABSOLUTE = Mistake(
    "gradient-check-absolute-error", "the gradient check reporting ||g - numeric|| instead of the relative error",
    "an absolute difference depends on the gradient's size: divide by ||g|| + ||numeric|| (with the floor).",
    _checked(error=ABSOLUTE.variant))
CHECK_MAX_ABSOLUTE = Mistake(
    "gradient-check-max-absolute-difference", "the gradient check reporting max |g - numeric| instead of the relative error",
    "the largest absolute difference depends on the gradient's size: report the scale-free measure the docstring "
    "names (you wrote it above).",
    _checked(error=lambda g, numeric: float(np.max(np.abs(np.subtract(g, numeric))))))
CHECK_FORWARD = Mistake(
    "gradient-check-forward-difference", "the gradient check built on forward differences",
    "a forward difference's O(h) error makes exact gradients score ~1e-5: use central differences.",
    _checked(FORWARD.variant))
CHECK_ALL_AT_ONCE = Mistake(
    "gradient-check-all-entries-at-once", "the gradient check perturbing a whole tensor at once",
    "perturb one entry at a time to get each partial derivative.",
    _checked(ALL_AT_ONCE.variant))

RELATIVE_ERRORS = (MAX_DENOMINATOR, ONE_SIDED, ONE_SIDED_A, NO_FLOOR, FLOOR_ADDED, SPECTRAL, MAX_NORM, L1_NORMS,
                   ENTRYWISE, ENTRYWISE_MAX, SQUARED_NORMS, NORM_OF_SUM)


# a gradient check on a relative_error with one of its catalogued slips (its own, or the student's relative_error);
# not those dividing by one norm or the larger: a check compares near-equal gradients, where each is twice the right
# error (relation:factor says so), so no evidence tells them apart; nor ||a + b||, which is ||a|| + ||b|| there
TOLD_APART = tuple(m for m in RELATIVE_ERRORS if m not in (MAX_DENOMINATOR, ONE_SIDED, ONE_SIDED_A, NORM_OF_SUM))
CHECK_H_AS_FLOOR = Mistake(
    "gradient-check-h-as-floor", "h passed on to relative_error as its third argument, which is floor",
    "relative_error's third parameter is floor: passed h, two gradients below h in size score as alike. Call it "
    "with the two gradients only (the floor's default is the one you want).",
    lambda f, params, grads, h=1e-5: _checked(error=lambda a, b: ref.relative_error(a, b, h))(f, params, grads, h))


def _pooled(f, params, grads, h=1e-5):
    """One relative error of every tensor's entries pooled (raveled and concatenated), reported under each name."""
    numeric = _per_tensor(_quotient)(f, params, h)
    error = ref.relative_error(*(np.concatenate([np.ravel(d[k]) for k in params]) for d in (grads, numeric)))
    return dict.fromkeys(params, error)


def _by_position(f, params, grads, h=1e-5):
    """gradient_check pairing grads with params by position (the dicts' orders), not by name."""
    numeric = _per_tensor(_quotient)(f, params, h)
    return {k: ref.relative_error(g, numeric[k]) for k, g in zip(params, grads.values())}


CHECK_BY_POSITION = Mistake(
    "gradient-check-grads-by-position", "grads paired with params by position (the order of the two dicts) instead "
    "of by name",
    "two dicts with the same keys may list them in different orders: look each claimed gradient up by its name in "
    "grads, whatever its place.",
    _by_position)
CHECK_POOLED = Mistake(
    "gradient-check-pooled", "one relative error of all the tensors pooled, reported under every name",
    "the check reports one relative error per tensor: pooled, a wrong gradient of a small tensor (a bias) hides "
    "among the right entries of a large one. Compare each grads[name] with its own numerical gradient.",
    _pooled)
CHECK_RELATIVE_ERRORS = tuple(Mistake(f"gradient-check-{m.id}", f"the gradient check measuring {m.title}", m.hint,
                                      _checked(error=m.variant)) for m in TOLD_APART)


CHECK_PASSED_ON = tuple(Mistake(m.id.replace("numerical-gradient-", "gradient-check-", 1),
                                f"the gradient check on numerical gradients with {m.title}", m.hint,
                                _checked(m.variant)) for m in (NO_TWO, *PASSED_ON))


def pairs(rng):
    """Near and far pairs (||a|| above ||b|| in one, below in another, so the denominators are told apart),
    two zero vectors, and tiny vectors with a larger floor."""
    a, v = rng.normal(size=(3, 2)), rng.normal(size=4)
    return [(a, a + rng.normal(0.0, 1e-3, size=(3, 2))), (3 * v, v + rng.normal(0.0, 0.1, size=4)),
            (v, 3 * v + rng.normal(0.0, 0.1, size=4)),
            (np.zeros(3), np.zeros(3)), Case((np.array([1e-9]), np.array([-1e-9])), {"floor": 1e-6}),
            (np.array([2e-10, 0.0]), np.array([0.0, 3e-10]))]  # both norms below the default floor 1e-8


# The mistakes of the dict-level functions: the student's own per-entry helper `_numeric`, its step and quotient
# changed, called where the solution calls numerical_gradient / numerical_gradients.
PER_PARAMETER = "{name: _numeric(lambda value, name=name: f({**params, name: value}), params[name], h) for name in params}"


def _numeric(step: str, quotient: str) -> str:
    return ("\n\n\ndef _numeric(f, x, h):\n"
            "    x = np.array(x, dtype=float)\n"
            "    grad = np.zeros_like(x)\n"
            "    for i in np.ndindex(x.shape):\n"
            "        step = np.zeros_like(x)\n"
            f"        {step}\n"
            f"        grad[i] = {quotient}\n"
            "    return grad")


def _own_gradients(step: str, quotient: str) -> Edit:
    return Edit("    return {name: numerical_gradient(lambda value, name=name: f({**params, name: value}), params[name], h)\n"
                "            for name in params}",
                f"    return {PER_PARAMETER}" + _numeric(step, quotient))


def _own_check(step: str, quotient: str) -> Edit:
    rest = "\n    return {name: relative_error(grads[name], numeric[name]) for name in params}"
    return Edit("    numeric = numerical_gradients(f, params, h)" + rest,
                f"    numeric = {PER_PARAMETER}" + rest + _numeric(step, quotient))


# the correct solution's central difference at one entry, as it spells it (the Edits below rewrite it)
_CENTRAL = ("        old = x[i]\n        x[i] = old + h\n        up = f(x)\n        x[i] = old - h\n"
            "        down = f(x)\n        x[i] = old\n        grad[i] = (up - down) / (2 * h)")


# How a student makes each mistake: in the correct solution tests/solutions/gradcheck.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "numerical-gradient-float32-copy": Edit("    x = np.array(x, dtype=float)\n    grad = np.zeros_like(x)",
                                            "    x = np.array(x, dtype=np.float32)\n    grad = np.zeros(x.shape)"),
    "relative-error-max-norm": Edit(
        "np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor)",
        "np.abs(a - b).max() / max(np.abs(a).max() + np.abs(b).max(), floor)"),
    "numerical-gradient-float32-kept": Edit("    x = np.array(x, dtype=float)\n",
                                            "    x = np.array(x)\n    x = x.astype(float) if x.dtype.kind in \"iub\" else x\n"),
    "numerical-gradient-h-fixed-1e-4": Edit("    grad = np.zeros_like(x)\n", "    grad = np.zeros_like(x)\n    h = 1e-4\n"),
    "numerical-gradient-int-copy": Edit("    x = np.array(x, dtype=float)\n    grad = np.zeros_like(x)\n",
                                        "    x = np.array(x)\n    grad = np.zeros(x.shape)\n"),
    "numerical-gradients-tensors-bumped-in-own-dtype": Edit(
        "    return {name: numerical_gradient(lambda value, name=name: f({**params, name: value}), params[name], h)\n"
        "            for name in params}",
        "    bumped, grads = dict(params), {}\n"
        "    for name, t in params.items():\n"
        "        grads[name] = np.zeros(np.shape(t))\n"
        "        for i in np.ndindex(grads[name].shape):\n"
        "            old = t[i]\n"
        "            t[i] = old + h\n"
        "            up = f(bumped)\n"
        "            t[i] = old - h\n"
        "            down = f(bumped)\n"
        "            t[i] = old\n"
        "            grads[name][i] = (up - down) / (2 * h)\n"
        "    return grads"),
    "numerical-gradients-h-not-passed": Edit(
        "f({**params, name: value}), params[name], h)\n            for name in params}",
        "f({**params, name: value}), params[name])\n            for name in params}"),
    "numerical-gradients-loss-ignores-tensor": Edit(
        "lambda value, name=name: f({**params, name: value})", "lambda value: f(params)"),
    "relative-error-matrix-2-norm": Edit(
        "    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))",
        "    n = lambda v: np.linalg.norm(v, 2) if v.ndim == 2 else np.linalg.norm(v)\n"
        "    return float(n(a - b) / max(n(a) + n(b), floor))"),
    "numerical-gradient-forward-difference": Edit(
        _CENTRAL,
        "        step = np.zeros_like(x)\n"
        "        step[i] = h\n"
        "        grad[i] = (f(x + step) - f(x)) / h"),
    "numerical-gradient-relative-step": Edit(
        "        x[i] = old + h\n        up = f(x)\n        x[i] = old - h\n        down = f(x)\n        x[i] = old\n"
        "        grad[i] = (up - down) / (2 * h)",
        "        step = h * max(1.0, abs(old))\n        x[i] = old + step\n        up = f(x)\n        x[i] = old - step\n"
        "        down = f(x)\n        x[i] = old\n        grad[i] = (up - down) / (2 * step)"),
    "numerical-gradient-step-times-entry": Edit(
        "        x[i] = old + h\n        up = f(x)\n        x[i] = old - h\n        down = f(x)\n        x[i] = old\n"
        "        grad[i] = (up - down) / (2 * h)",
        "        step = h * abs(old)\n        x[i] = old + step\n        up = f(x)\n        x[i] = old - step\n"
        "        down = f(x)\n        x[i] = old\n        grad[i] = (up - down) / (2 * step)"),
    "numerical-gradient-relative-step-over-2h": Edit(
        "        x[i] = old + h\n        up = f(x)\n        x[i] = old - h\n",
        "        step = h * max(1.0, abs(old))\n        x[i] = old + step\n        up = f(x)\n        x[i] = old - step\n"),
    "numerical-gradient-plus-for-minus": Edit("grad[i] = (up - down) / (2 * h)", "grad[i] = (up + down) / (2 * h)"),
    "numerical-gradient-f-of-flat-copy": Edit("        up = f(x)\n        x[i] = old - h\n        down = f(x)\n",
                                              "        up = f(x.ravel())\n        x[i] = old - h\n        down = f(x.ravel())\n"),
    "gradient-check-h-as-floor": Edit("relative_error(grads[name], numeric[name]) for name in params}",
                                      "relative_error(grads[name], numeric[name], h) for name in params}"),
    "numerical-gradient-reshaped-copy": Edit(
        "    for i in np.ndindex(x.shape):\n" + _CENTRAL,
        "    flat, flat_grad = x.reshape(-1), grad.reshape(-1)\n    for i in range(flat.size):\n"
        + _CENTRAL.replace("x[i]", "flat[i]").replace("grad[i]", "flat_grad[i]")),
    "numerical-gradient-no-2h": Edit("grad[i] = (up - down) / (2 * h)", "grad[i] = (up - down) / h"),
    "numerical-gradient-perturbation-not-undone": Edit("        down = f(x)\n        x[i] = old\n", "        down = f(x)\n"),
    "numerical-gradient-all-entries-at-once": Edit(
        "        old = x[i]\n"
        "        x[i] = old + h\n"
        "        up = f(x)\n"
        "        x[i] = old - h\n"
        "        down = f(x)\n"
        "        x[i] = old\n"
        "        grad[i] = (up - down) / (2 * h)",
        "        step = np.zeros_like(x)\n"
        "        step += h\n"
        "        grad[i] = (f(x + step) - f(x - step)) / (2 * h)"),
    "numerical-gradients-forward-difference": _own_gradients("step[i] = h", "(f(x + step) - f(x)) / h"),
    "numerical-gradients-no-2h": _own_gradients("step[i] = h", "(f(x + step) - f(x - step)) / h"),
    "numerical-gradients-all-entries-at-once": _own_gradients("step[...] = h", "(f(x + step) - f(x - step)) / (2 * h)"),
    "numerical-gradient-whole-rows": Edit("    for i in np.ndindex(x.shape):\n        old = x[i]\n",
                                          "    for i in range(len(x)):\n        old = x[i].copy()\n"),
    "relative-error-floor-added": Edit(
        "    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))",
        "    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b) + floor))"),
    "relative-error-max-denominator": Edit(
        "    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))",
        "    return float(np.linalg.norm(a - b) / max(max(np.linalg.norm(a), np.linalg.norm(b)), floor))"),
    "relative-error-norm-of-sum": Edit(
        "max(np.linalg.norm(a) + np.linalg.norm(b), floor)", "max(np.linalg.norm(a + b), floor)"),
    "relative-error-one-sided": Edit(
        "max(np.linalg.norm(a) + np.linalg.norm(b), floor)",
        "max(np.linalg.norm(b), floor)"),
    "relative-error-absolute": Edit(
        "    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))",
        "    return float(np.linalg.norm(a - b))"),
    "relative-error-no-floor": Edit(
        "    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))",
        "    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))"),
    "relative-error-floor-only-at-zero": Edit(
        "    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))",
        "    total = np.linalg.norm(a) + np.linalg.norm(b)\n"
        "    return float(np.linalg.norm(a - b) / total) if total > 0 else 0.0"),
    "relative-error-squared-norms": Edit(
        "    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))",
        "    return float(np.sum((a - b) ** 2) / max(np.sum(a ** 2) + np.sum(b ** 2), floor))"),
    "relative-error-one-sided-a": Edit(
        "max(np.linalg.norm(a) + np.linalg.norm(b), floor)",
        "max(np.linalg.norm(a), floor)"),
    "relative-error-l1-norms": Edit(
        "np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor)",
        "np.abs(a - b).sum() / max(np.abs(a).sum() + np.abs(b).sum(), floor)"),
    "relative-error-entrywise-max": Edit(
        "    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))",
        "    return float(np.max(np.abs(a - b) / np.maximum(np.abs(a) + np.abs(b), floor)))"),
    "relative-error-entrywise-mean": Edit(
        "    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))",
        "    return float(np.mean(np.abs(a - b) / np.maximum(np.abs(a) + np.abs(b), floor)))"),
    "gradient-check-absolute-error": Edit(
        "    return {name: relative_error(grads[name], numeric[name]) for name in params}",
        "    return {name: float(np.linalg.norm(grads[name] - numeric[name])) for name in params}"),
    "gradient-check-max-absolute-difference": Edit(
        "    return {name: relative_error(grads[name], numeric[name]) for name in params}",
        "    return {name: float(np.max(np.abs(grads[name] - numeric[name]))) for name in params}"),
    "gradient-check-grads-by-position": Edit(
        "    return {name: relative_error(grads[name], numeric[name]) for name in params}",
        "    return {name: relative_error(g, numeric[name]) for name, g in zip(params, grads.values())}"),
    "relative-error-max-absolute-difference": Edit(
        "    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), floor))",
        "    return float(np.max(np.abs(a - b)))"),
    "gradient-check-pooled": Edit(
        "    return {name: relative_error(grads[name], numeric[name]) for name in params}",
        "    pooled = [np.concatenate([np.ravel(g[name]) for name in params]) for g in (grads, numeric)]\n"
        "    return dict.fromkeys(params, relative_error(*pooled))"),
    "gradient-check-forward-difference": _own_check("step[i] = h", "(f(x + step) - f(x)) / h"),
    "gradient-check-all-entries-at-once": _own_check("step[...] = h", "(f(x + step) - f(x - step)) / (2 * h)"),
}


PAIRS = Inputs("pairs", pairs)

# Hygiene of the functions taking f reads every call their known-function checks made (KnownHygieneCheck, listed
# after them): no warnings on any of them.
SPEC = ExerciseSpec("gradcheck", (
    FunctionSpec("numerical_gradient", ref.numerical_gradient, (
        KnownFunctionCheck("value", 2.0, fixed=FIXED_POINTS, hidden=gradient_cases),
        KnownFunctionCheck("integers", 0.5, fixed=(INTEGER_POINT,)),
        KnownFunctionCheck("float32", 0.5, fixed=(FLOAT32_POINT,)),
        KnownFunctionCheck("transposed", 0.5, fixed=(TRANSPOSED_POINT,)),
        KnownHygieneCheck("hygiene", 1.0),
    ), (FORWARD, NO_TWO, ALL_AT_ONCE, NOT_UNDONE, ROWS, DTYPE_KEPT, FLOAT32_COPY, FLOAT32_KEPT, RELATIVE_STEP,
        RELATIVE_STEP_OVER_H, STEP_TIMES_ENTRY, PLUS, FLAT, RESHAPED_COPY, FIXED_H)),
    FunctionSpec("numerical_gradients", ref.numerical_gradients, (
        KnownFunctionCheck("value", 2.0, hidden=gradients_cases),
        KnownHygieneCheck("hygiene", 1.0),
    ), (GRADIENTS_FORWARD, GRADIENTS_NO_TWO, GRADIENTS_TOGETHER, GRADIENTS_DEFAULT_H, GRADIENTS_OWN_DTYPE,
        GRADIENTS_IGNORED, *GRADIENTS_PASSED_ON)),
    FunctionSpec("relative_error", ref.relative_error, (
        ValueCheck("value", 2.0, fixed=((np.array([1.0, 2.0]), np.array([1.0, 2.5])),), hidden=PAIRS),
        HygieneCheck("hygiene", 1.0, inputs=PAIRS),
    ), (*RELATIVE_ERRORS, ABSOLUTE, MAX_ABSOLUTE, FLOOR_AT_ZERO)),
    FunctionSpec("gradient_check", ref.gradient_check, (
        KnownFunctionCheck("behaviour", 3.0, hidden=planted, expect=reports_errors),
        KnownFunctionCheck("keys", 0.5, hidden=keyed, expect=reports_own_keys),
        KnownHygieneCheck("hygiene", 1.0),
    ), (CHECK_ABSOLUTE, CHECK_MAX_ABSOLUTE, CHECK_FORWARD, CHECK_ALL_AT_ONCE, CHECK_H_AS_FLOOR, CHECK_POOLED,
        CHECK_BY_POSITION,
        *CHECK_RELATIVE_ERRORS,
        *CHECK_PASSED_ON)),
), edits={**EDITS, **{f"gradient-check-{m.id}": EDITS[m.id] for m in TOLD_APART},
           **{m.id: EDITS[m.id.replace("gradients-", "gradient-", 1)] for m in GRADIENTS_PASSED_ON},
           **{m.id: EDITS[m.id.replace("gradient-check-", "numerical-gradient-", 1)] for m in CHECK_PASSED_ON}})
