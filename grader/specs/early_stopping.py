"""Spec of exercises/early_stopping.py: where early stopping halts, and which weights it restores.

Both functions are judged on scripted validation curves, each built to
expose one rule: the course's example, a curve that never stops, a late
improvement that resets the count, a min_delta that swallows small gains,
ties that are not improvements, patience 1, a min_delta that is absolute
(not relative to the loss), a partial recovery after a rise (compared with
the best so far, not the previous epoch), a run that ends before patience
runs out (its best weights are restored all the same); plus a curve drawn per
student.
Fixed curves show the expected epochs; the hidden one never does. Both
functions have a hygiene check: no call may change val_losses or weights.
"""

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Case
from mlptutor.grader.checks.validate import int_problem
from mlptutor.grader.mistakes import Edit, Mistake, slips
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._keys import own_keys_of_last
from mlptutor.reference import early_stopping as ref

# (label, losses, patience, min_delta); epochs from 0
CURVES = (
    ("the course's example", [1.0, 0.8, 0.7, 0.75, 0.72, 0.71], 3, 0.0),  # stop 5, best 2
    ("a curve that keeps improving", [1.0, 0.9, 0.8, 0.7], 2, 0.0),  # runs to the end: stop 3, best 3
    ("a late improvement", [1.0, 0.9, 0.95, 0.85, 0.9, 0.91, 0.92], 2, 0.0),  # wait resets at 3: stop 5, best 3
    ("gains smaller than min_delta", [1.0, 0.95, 0.93, 0.92, 0.5], 3, 0.1),  # stop 3, best 0
    ("a flat curve", [1.0, 1.0, 1.0, 1.0], 2, 0.0),  # ties do not improve: stop 2, best 0
    ("patience 1", [0.5, 0.6, 0.4], 1, 0.0),  # stop 1, best 0
    # min_delta is absolute: every step of 1.0 beats 0.5 (stop 3, best 3); a relative 50% never would
    ("losses far from 1", [10.0, 9.0, 8.0, 7.0], 2, 0.5),
    # and below 1: gains of 0.005 never beat 0.01 (stop 2, best 0); a relative 1% of 0.1 is 0.001, they would
    ("min_delta on losses near 0.1", [0.1, 0.095, 0.093, 0.085, 0.07], 2, 0.01),
    ("a single epoch", [0.7], 2, 0.0),  # stop 0, best 0
    # patience never runs out (stop 1, best 1): best = stop - patience is -2 here, weights[-2] a snapshot, where a
    # single epoch's weights[-2] raises; max(stop - patience, 0) gives 0
    ("a run shorter than its patience", [1.0, 0.9], 3, 0.0),
    # losses falling again after a rise do not improve until they beat the best, 0.6: stop 4, best 1 (a rule
    # comparing with the previous epoch resets at 0.8 and runs to the end)
    ("a partial recovery after a rise", [1.0, 0.6, 0.9, 0.8, 0.7, 0.65], 3, 0.0),
    ("min_delta left at its default", [1.0, 0.9, 0.9, 0.85, 0.86, 0.87], 2, None),  # default 0: stop 5, best 3
    # gains of 5e-5 improve at the default 0 (stop 4, best 4); a default of 1e-4 would stop at 2, best 0
    ("tiny gains, min_delta at its default", [1.0, 0.99995, 0.9999, 0.99985, 0.9998], 2, None),
    # a diverged epoch: NaN < best is false, so NaN never improves (stop 3, best 1); `not loss >= best` would
    # make it the best
    ("a NaN loss", [1.0, 0.5, float("nan"), 0.6, 0.7], 2, 0.0),
    # small gains below the best: no improvement with min_delta 0.1 (stop 2, best 0); ignoring min_delta makes
    # epoch 1 the best (stop 3, best 1); letting any decrease below the best reset the count never stops (4, 0)
    ("small gains, then small losses", [1.0, 0.95, 0.99, 0.98, 0.97], 2, 0.1),
    # gains each below min_delta that add up past it: 0.88 beats the best, 1.0, by more than 0.1 (stop 5, best 3);
    # a best lowered by every decrease keeps the bar out of reach (stop 3, best 0)
    ("small gains adding up past min_delta", [1.0, 0.96, 0.92, 0.88, 0.87, 0.86], 3, 0.1),
    # the curve ends before patience runs out, its best two epochs back (stop 3, best 1): restore-best must still
    # restore weights[1] (old Keras restored only when the callback had stopped training, keeping weights[3])
    ("a run that ends before patience runs out", [1.0, 0.8, 0.9, 0.85], 3, 0.0),
)


def _keywords(min_delta) -> dict:
    """min_delta as a keyword, or not passed at all (None): the default must be 0."""
    return {} if min_delta is None else {"min_delta": min_delta}


def hidden_curve(rng):
    """A noisy decreasing curve that turns up: (losses, patience, min_delta)."""
    epochs, turn = int(rng.integers(10, 16)), int(rng.integers(3, 8))
    trend = np.where(np.arange(epochs) < turn, -0.1, 0.03)
    losses = 1.0 + np.cumsum(trend + rng.normal(0.0, 0.02, size=epochs))
    # unrounded: no loss lands exactly min_delta below the best, where the order of a subtraction would matter
    return [float(x) for x in losses], int(rng.integers(2, 4)), float(rng.choice([0.0, 0.01]))


def weights_of(losses, bias=True):
    """One distinct params dict per epoch: W1 filled with the epoch number (and b1 with its negative)."""
    return [{"W1": np.full((2, 2), float(e)), **({"b1": np.full(2, -float(e))} if bias else {})}
            for e in range(len(losses))]


def _epochs_problem(value, count):
    if type(value) not in (tuple, list) or len(value) != count:
        return f"return a tuple of {count} values"
    # an int or a numpy integer (np.argmin's); the message names the item and what it holds (stated.py reads it)
    problem = next((p for name, v in zip(EPOCHS, value[:2]) if (p := int_problem(v, name))), None)
    return f"{problem} (an epoch, 0-based)" if problem else None


EPOCHS = ("stop_epoch", "best_epoch")


def stops_where_expected(show):
    """Predicate: (stop_epoch, best_epoch) as the rule says; `show` the expected pair (fixed curves only)."""
    def expect(value, expected, case):
        problem = _epochs_problem(value, len(expected))
        if problem:
            return problem
        got = tuple(int(v) for v in value[:2])  # numpy integers shown as the numbers they are
        if got == tuple(expected[:2]):
            return None
        said = f", expected {tuple(expected[:2])}" if show else ""
        return f"returned (stop_epoch, best_epoch) = {got}{said}"
    return expect


def stops_alike_twice(values, expected, cases):
    """Predicate of one curve given twice (several=True): each call as the rule says, and a second answer unlike
    the first named for what it shows, state kept between calls (a best loss or a count on the module)."""
    judge = stops_where_expected(show=True)
    problems = [judge(value, right, case) for value, right, case in zip(values, expected, cases)]
    if not any(problems):
        return None
    first, second = (tuple(value[:2]) if type(value) in (tuple, list) else value for value in values)
    if first != second:
        return (f"the same arguments gave {first} on the first call and {second} on the second: something is kept "
                "between calls (a module-level variable, a default argument): start every call from its arguments")
    return next(filter(None, problems))


def restores_best(show):
    """Predicate: the right epochs, and as third item the params dict of the best epoch (W1 holds its number)."""
    def expect(value, expected, case):
        problem = stops_where_expected(show)(value, expected, case)
        if problem:
            return problem
        restored = value[2]
        if type(restored) is not dict or type(restored.get("W1")) is not np.ndarray:
            return "the third item must be the params dict of the best epoch, taken from weights"
        if not np.array_equal(restored["W1"], expected[2]["W1"]):
            return "the restored weights are not the snapshot of the best epoch"
        return None
    return expect


def _rule(val_losses, patience, min_delta=0.0, late=0, ignore_delta=False, ties=False, relative=False, reset=True,
          previous=False, first_waits=False, nan_improves=False, any_gain_resets=False, delta_added=False,
          best_follows_any=False, bar_follows_any=False, epoch_follows_any=False, checked_first=False):
    """The stopping rule with the usual slips switchable: a frame for the wrong variants below."""
    best, best_epoch, wait, last = val_losses[0] if first_waits else float("inf"), 0, 0, float("inf")
    lowest = float("inf")
    delta = 0.0 if ignore_delta else -min_delta if delta_added else min_delta
    for epoch, loss in enumerate(val_losses):
        if checked_first and wait >= patience + late:
            return epoch, best_epoch
        bar = best * (1 - delta) if relative else (last if previous else best) - delta
        improves = not loss >= bar if nan_improves else loss < bar
        if improves or (ties and loss == bar):
            if (not previous or loss < best) and not best_follows_any:  # (previous: the best is still the lowest)
                best, best_epoch = loss, best_epoch if epoch_follows_any else epoch
            wait = 0 if reset else wait
        elif any_gain_resets and loss < best:
            wait = 0
        else:
            wait += 1
        if best_follows_any and loss < best:
            best, best_epoch = loss, epoch
        if bar_follows_any:
            best = min(best, loss)
        if epoch_follows_any and loss < lowest:
            lowest, best_epoch = loss, epoch
        last = loss
        if not checked_first and wait >= patience + late:
            return epoch, best_epoch
    return len(val_losses) - 1, best_epoch


def _slip(**switches):
    """early_stopping with the named slips of _rule switched on (two of them compose: grader/relations/paired.py)."""
    return slips(_rule, **switches)


def _last_weights(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = ref.early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[stop_epoch]


PATIENCE_OFF_BY_ONE = Mistake(
    "early-stopping-patience-off-by-one", "stopping one epoch late, after patience + 1 epochs without improvement",
    "stop at the epoch that makes `patience` non-improving epochs in a row; count them on paper for patience 1.",
    _slip(late=1))
MIN_DELTA_IGNORED = Mistake(
    "early-stopping-min-delta-ignored", "min_delta ignored, so any decrease counts as an improvement",
    "an epoch improves only when its loss is below the best so far by more than min_delta.",
    _slip(ignore_delta=True))
TIES_IMPROVE = Mistake(
    "early-stopping-ties-improve", "an equal loss counted as an improvement (<= instead of <)",
    "a loss equal to the best so far is not an improvement: compare strictly.",
    _slip(ties=True))
MIN_DELTA_RELATIVE = Mistake(
    "early-stopping-min-delta-relative", "min_delta taken as a fraction of the best loss, loss < best * (1 - min_delta)",
    "min_delta is absolute, in the loss's units: an epoch improves when loss < best - min_delta.",
    _slip(relative=True))
WAIT_NEVER_RESET = Mistake(
    "early-stopping-wait-never-reset", "the count of epochs without improvement never reset by an improvement",
    "patience counts the non-improving epochs in a row: set the count back to 0 whenever the loss improves.",
    _slip(reset=False))
COMPARES_PREVIOUS = Mistake(
    "early-stopping-compares-previous-epoch", "an epoch counted as improving when it beats the previous epoch",
    "compare each loss with the best so far (minus min_delta), not with the epoch before: a partial recovery "
    "after a rise is no improvement.",
    _slip(previous=True))
FIRST_WAITS = Mistake(
    "early-stopping-epoch-0-waits", "best started at val_losses[0], so epoch 0 counts as an epoch without improvement",
    "start with best = infinity: epoch 0 is the first improvement, and only later epochs can fail to improve.",
    _slip(first_waits=True))
DELTA_ADDED = Mistake(
    "early-stopping-min-delta-added", "improvement tested as loss < best + min_delta (the sign of min_delta slipped)",
    "an improvement must beat the best by min_delta: loss < best - min_delta (with +, a small rise improves).",
    _slip(delta_added=True))
BEST_FOLLOWS_ANY = Mistake(
    "early-stopping-best-follows-any-decrease",
    "the best epoch moved by any decrease, only the count obeying min_delta",
    "an epoch that misses min_delta is no improvement for the best epoch either: update best and best_epoch only "
    "when loss < best - min_delta.",
    _slip(best_follows_any=True))
BAR_FOLLOWS_ANY = Mistake(
    "early-stopping-bar-follows-any-decrease",
    "the best loss lowered by every decrease (best = min(best, loss)), the best epoch only by improvements",
    "a gain smaller than min_delta is no improvement: leave the best loss where it was too, so that small gains can "
    "add up to one.",
    _slip(bar_follows_any=True))
EPOCH_FOLLOWS_ANY = Mistake(
    "early-stopping-best-epoch-follows-any-decrease",
    "the best epoch moved by every new lowest loss, the best loss (and the count) only by improvements",
    "an epoch that misses min_delta is no improvement for the best epoch either: move best_epoch together with "
    "best, when loss < best - min_delta.",
    _slip(epoch_follows_any=True))
PATIENCE_ONE_EARLY = Mistake(
    "early-stopping-patience-one-early", "stopping one epoch early, after patience - 1 epochs without improvement",
    "count the non-improving epochs in a row from 0 after an improvement: the improving epoch itself is not one of "
    "them.",
    _slip(late=-1))
DEFAULT_DELTA = Mistake(
    "early-stopping-default-min-delta", "min_delta defaulting to 1e-4 instead of 0",
    "keep the signature's default min_delta=0.0: called without min_delta, every decrease improves.",
    lambda val_losses, patience, min_delta=1e-4: _rule(val_losses, patience, min_delta))
ANY_GAIN_RESETS = Mistake(
    "early-stopping-any-gain-resets-patience",
    "any loss below the best resets the patience count, even by less than min_delta",
    "a gain smaller than min_delta is no improvement for the count either: only loss < best - min_delta sets it "
    "back to 0.",
    _slip(any_gain_resets=True))

SKLEARN_HINT = ("the course's rule has one test for both: an epoch improves when loss < best - min_delta, and only then "
                "does the count go back to 0 and best, best_epoch move; any other epoch (a tie, a smaller gain, a NaN) "
                "adds to the count, and the run stops when the count reaches patience.")


def _sklearn_counter(late: int):
    """scikit-learn's _update_no_improvement_count ported: the count grows only when loss > best - min_delta (a tie or
    a NaN resets it) and best_loss_ follows every new minimum, the best epoch with it; stopping when the count
    reaches patience, or (late=1) when it exceeds it, as scikit-learn's `> n_iter_no_change` does."""
    return _slip(late=late, ties=True, nan_improves=True, best_follows_any=True)


SKLEARN_COUNTER = Mistake(
    "early-stopping-sklearn-counter",
    "scikit-learn's counter: reset unless loss > best - min_delta (a tie resets it), the best moved by any decrease",
    SKLEARN_HINT, _sklearn_counter(0))
SKLEARN_PORT = Mistake(
    "early-stopping-sklearn-port",
    "scikit-learn's counter (reset unless loss > best - min_delta, the best moved by any decrease), stopping only "
    "once the count exceeds patience",
    SKLEARN_HINT, _sklearn_counter(1))
# a curve read as a validation score (accuracy: higher is better), sklearn's validation_scores_ habit
HIGHEST_IS_BEST = Mistake(
    "early-stopping-highest-is-best", "the curve's highest value kept as the best (a score's rule, not a loss's)",
    "val_losses are losses, lower is better: an epoch improves when its loss is below the best so far by more than "
    "min_delta.",
    lambda val_losses, patience, min_delta=0.0: _rule([-loss for loss in val_losses], patience, min_delta))


def _argmin_best(whole_curve: bool, python_min: bool = False):
    """The rule's stop epoch with the best epoch an argmin: of the curve up to the stop, or of the whole curve;
    python_min: found as losses.index(min(losses)), whose min passes over a NaN that np.argmin would return."""
    def variant(val_losses, patience, min_delta=0.0):
        stop_epoch, _ = ref.early_stopping(val_losses, patience, min_delta)
        curve = list(val_losses if whole_curve else val_losses[:stop_epoch + 1])
        return stop_epoch, curve.index(min(curve)) if python_min else int(np.argmin(curve))
    return variant


ARGMIN_WHOLE_CURVE = Mistake(
    "early-stopping-best-is-global-argmin", "the best epoch taken as the argmin of the whole curve, past the stop",
    "the best epoch is the rule's last improvement up to the stop epoch: a lower loss after the stop was never "
    "seen by the run, and one that misses min_delta is no improvement.",
    _argmin_best(whole_curve=True))
MIN_WHOLE_CURVE = Mistake(
    # Data Science from Scratch's lists: the best epoch as losses.index(min(losses))
    "early-stopping-best-is-global-min", "the best epoch taken as the index of the whole curve's min(), past the stop",
    ARGMIN_WHOLE_CURVE.hint, _argmin_best(whole_curve=True, python_min=True))
ARGMIN_UP_TO_STOP = Mistake(
    "early-stopping-best-is-argmin", "the best epoch taken as the argmin of the curve up to the stop",
    "the best epoch is the last improvement by the rule (loss < best - min_delta): a later, lower loss that "
    "misses min_delta is not the best.",
    _argmin_best(whole_curve=False))
NAN_IMPROVES = Mistake(
    "early-stopping-nan-improves", "improvement tested as not (loss >= best - min_delta), so a NaN loss improves",
    "NaN compares false with every number: test loss < best - min_delta, and a NaN epoch (a diverged run) never "
    "improves.",
    _slip(nan_improves=True))


def _checked_first(val_losses, patience, min_delta=0.0):
    """The patience test moved to the top of the loop: the run stops on the epoch after the rule's stop, unseen,
    and at epoch 0 for patience 0 (as that code does). Not a _slip: relations/paired.py's pairs stay as measured."""
    return _rule(val_losses, patience, min_delta, checked_first=True)


PATIENCE_CHECKED_FIRST = Mistake(
    "early-stopping-patience-checked-first", "the patience test made at the top of the loop, before the epoch is "
    "counted: stopping on the epoch after the rule's, whatever its loss",
    "count the epoch first, then test the count: the epoch that makes `patience` non-improving epochs in a row is "
    "the stop epoch, and the epoch after it is never looked at.",
    _checked_first)
RULE_SLIPS = (PATIENCE_OFF_BY_ONE, MIN_DELTA_IGNORED, TIES_IMPROVE, MIN_DELTA_RELATIVE, WAIT_NEVER_RESET,
              COMPARES_PREVIOUS, FIRST_WAITS)
# slips of the rule that reach early_stopping_restore too when it calls early_stopping (the course's solution does);
# not DEFAULT_DELTA (restore passes its own min_delta) nor the whole-curve argmin (GLOBAL_ARGMIN below names it)
PASSED_ON = (NAN_IMPROVES, ANY_GAIN_RESETS, ARGMIN_UP_TO_STOP, DELTA_ADDED, BEST_FOLLOWS_ANY, BAR_FOLLOWS_ANY,
             EPOCH_FOLLOWS_ANY, PATIENCE_ONE_EARLY, PATIENCE_CHECKED_FIRST)


def restoring(mistake):
    """The same slip of the stopping rule made inside early_stopping_restore."""
    def variant(val_losses, weights, patience, min_delta=0.0):
        stop_epoch, best_epoch = mistake.variant(val_losses, patience, min_delta)
        return stop_epoch, best_epoch, weights[best_epoch]
    return Mistake(mistake.id.replace("early-stopping-", "early-stopping-restore-", 1),
                   f"{mistake.title}, in early_stopping_restore", mistake.hint, variant)


def _stop_minus_patience(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = ref.early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[max(stop_epoch - patience, 0)]


STOP_MINUS_PATIENCE = Mistake(
    "early-stopping-restore-stop-minus-patience", "the weights of epoch stop_epoch - patience restored",
    "stop - patience is the best epoch only when patience ran out; a curve that ends first (or improves at its "
    "end) stops elsewhere: restore weights[best_epoch].",
    _stop_minus_patience)


def _best_is_stop_minus_patience(clamped: bool):
    """The rule's stop epoch with best = stop - patience (an index below 0 wraps, or is clamped to 0)."""
    def variant(val_losses, weights, patience, min_delta=0.0):
        stop_epoch, _ = ref.early_stopping(val_losses, patience, min_delta)
        best_epoch = max(stop_epoch - patience, 0) if clamped else stop_epoch - patience
        return stop_epoch, best_epoch, weights[best_epoch]
    return variant


STOP_MINUS_PATIENCE_HINT = ("stop - patience is the best epoch only when patience ran out; a curve that ends first "
                            "(or improves at its end) stops elsewhere: return the best epoch the stopping rule found, "
                            "and its weights.")
BEST_IS_STOP_MINUS_PATIENCE = Mistake(
    "early-stopping-restore-best-is-stop-minus-patience", "the best epoch taken as stop_epoch - patience",
    STOP_MINUS_PATIENCE_HINT, _best_is_stop_minus_patience(clamped=False))
BEST_IS_STOP_MINUS_PATIENCE_CLAMPED = Mistake(
    "early-stopping-restore-best-is-stop-minus-patience-clamped",
    "the best epoch taken as max(stop_epoch - patience, 0)", STOP_MINUS_PATIENCE_HINT,
    _best_is_stop_minus_patience(clamped=True))


def _global_argmin(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, _ = ref.early_stopping(val_losses, patience, min_delta)
    best_epoch = int(np.argmin(val_losses))
    return stop_epoch, best_epoch, weights[best_epoch]


GLOBAL_ARGMIN = Mistake(
    "early-stopping-restore-global-argmin", "the best epoch taken as the argmin of the whole curve",
    "the best epoch is the rule's: the last improvement (by more than min_delta) up to the stop epoch; the curve's "
    "minimum may come after the stop, miss min_delta, or be a NaN (np.argmin returns a NaN's index).",
    _global_argmin)
LAST_WEIGHTS = Mistake(
    "early-stopping-last-weights", "the weights of the last epoch trained kept instead of the best",
    "restore-best-weights returns the snapshot taken at best_epoch, not the most recent one.",
    _last_weights)


def _restored_at(shift=0, final=False, argmin=False):
    """The rule's epochs with the weights of another epoch: best + shift, the last snapshot, or the curve's argmin."""
    def variant(val_losses, weights, patience, min_delta=0.0):
        stop_epoch, best_epoch = ref.early_stopping(val_losses, patience, min_delta)
        at = len(weights) - 1 if final else int(np.argmin(val_losses)) if argmin else min(best_epoch + shift,
                                                                                           len(weights) - 1)
        return stop_epoch, best_epoch, weights[at]
    return variant


FINAL_SNAPSHOT = Mistake(
    "early-stopping-restore-final-snapshot", "the last snapshot of the weights list restored, weights[-1]",
    "the list may run past the stop epoch and the best one: restore the snapshot of the best epoch the rule found.",
    _restored_at(final=True))
NEXT_WEIGHTS = Mistake(
    "early-stopping-restore-next-weights", "the weights of the epoch after the best restored, weights[best + 1]",
    "weights[e] holds the params after epoch e (no initial snapshot first in the list): which index is the best "
    "epoch's?",
    _restored_at(shift=1))
ARGMIN_WEIGHTS = Mistake(
    "early-stopping-restore-argmin-weights",
    "the rule's epochs returned but the weights of the curve's lowest loss restored",
    "the weights to restore are those of the best epoch you return: one index for both.",
    _restored_at(argmin=True))


def _previous_weights(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = ref.early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[best_epoch - 1]


def _arguments_swapped(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = _rule(val_losses, min_delta, patience)  # (the reference refuses a patience of 0)
    return stop_epoch, best_epoch, weights[best_epoch]


def _stop_is_last(val_losses, weights, patience, min_delta=0.0):
    _, best_epoch = ref.early_stopping(val_losses, patience, min_delta)
    return len(weights) - 1, best_epoch, weights[best_epoch]


def _restored_only_when_stopped(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = ref.early_stopping(val_losses, patience, min_delta)
    ran_out = stop_epoch - best_epoch >= patience  # the epochs without improvement since the best
    return stop_epoch, best_epoch, weights[best_epoch if ran_out else stop_epoch]


ONLY_WHEN_STOPPED = Mistake(
    "early-stopping-restore-only-when-stopped",
    "the best weights restored only when patience ran out; a run reaching its last epoch keeps the last weights",
    "restore-best-weights holds however the run ends (old Keras restored only when the callback stopped "
    "training): a curve that ends before patience runs out still returns the best epoch's snapshot.",
    _restored_only_when_stopped)
PREVIOUS_WEIGHTS = Mistake(
    "early-stopping-restore-previous-weights", "the weights of the epoch before the best restored, weights[best - 1]",
    "weights[e] holds the params after epoch e (epochs from 0, no initial snapshot in the list): restore "
    "weights[best_epoch].",
    _previous_weights)
ARGUMENTS_SWAPPED = Mistake(
    "early-stopping-restore-arguments-swapped", "early_stopping called with patience and min_delta swapped",
    "compare your call with early_stopping's signature: the order of its arguments (passing them by keyword makes "
    "the order irrelevant).",
    _arguments_swapped)
STOP_IS_LAST = Mistake(
    "early-stopping-restore-stop-is-last-epoch", "stop_epoch taken as the last epoch of the weights list",
    "the weights list may run past the epoch where patience runs out: stop_epoch is the rule's, from early_stopping.",
    _stop_is_last)


def _restore_args(curve, bias=True):
    losses, patience, min_delta = curve
    return Case((losses, weights_of(losses, bias), patience), _keywords(min_delta))


# early_stopping_restore with its own copy of the rule (the solution's calls early_stopping), `old` -> `new` in it
OWN_COUNT = ("        if loss < best - min_delta:\n"
             "            best, best_epoch, wait = loss, epoch, 0\n"
             "        else:\n"
             "            wait += 1\n")
OWN_TEST = "        if wait >= patience:\n            stop_epoch = epoch\n            break\n"
OWN_LOOP = ("    best, best_epoch, wait, stop_epoch, prev = np.inf, 0, 0, len(val_losses) - 1, np.inf\n"
            "    for epoch, loss in enumerate(val_losses):\n" + OWN_COUNT + OWN_TEST)


def own_loop(old: str, new: str, after: str = "") -> Edit:
    """The edit making early_stopping_restore run OWN_LOOP with `old` made `new` (and `after` closing each epoch)."""
    assert OWN_LOOP.count(old) == 1, old
    loop = OWN_LOOP.replace(old, new).replace("            wait += 1\n", "            wait += 1\n" + after)
    return Edit("    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)\n", loop)


def argmin_edit(curve: str, best: str = "int(np.argmin({curve}))") -> Edit:
    """The edit making early_stopping keep the rule's stop epoch but return `best` of `curve` (np.argmin) as the best."""
    return Edit("def early_stopping(val_losses, patience, min_delta=0.0):\n",
                "def early_stopping(val_losses, patience, min_delta=0.0):\n"
                "    stop, _ = _by_the_rule(val_losses, patience, min_delta)\n"
                f"    return stop, {best.format(curve=curve)}\n"
                "\n"
                "\n"
                "def _by_the_rule(val_losses, patience, min_delta=0.0):\n")


# How a student makes each mistake: in the correct solution tests/solutions/early_stopping.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "early-stopping-patience-checked-first": Edit(
        "        if loss < best - min_delta:\n            best, best_epoch, wait = loss, epoch, 0\n"
        "        else:\n            wait += 1\n        if wait >= patience:\n            return epoch, best_epoch\n",
        "        if wait >= patience:\n            return epoch, best_epoch\n        if loss < best - min_delta:\n"
        "            best, best_epoch, wait = loss, epoch, 0\n        else:\n            wait += 1\n"),
    "early-stopping-patience-off-by-one": Edit("if wait >= patience:", "if wait > patience:"),
    "early-stopping-min-delta-ignored": Edit("if loss < best - min_delta:", "if loss < best:"),
    "early-stopping-ties-improve": Edit("if loss < best - min_delta:", "if loss <= best - min_delta:"),
    "early-stopping-min-delta-relative": Edit("if loss < best - min_delta:", "if loss < best * (1 - min_delta):"),
    "early-stopping-wait-never-reset": Edit("best, best_epoch, wait = loss, epoch, 0", "best, best_epoch = loss, epoch"),
    "early-stopping-compares-previous-epoch": Edit(
        "    best, best_epoch, wait = np.inf, 0, 0\n"
        "    for epoch, loss in enumerate(val_losses):\n"
        "        if loss < best - min_delta:\n"
        "            best, best_epoch, wait = loss, epoch, 0\n"
        "        else:\n"
        "            wait += 1\n",
        "    best, best_epoch, wait, prev = np.inf, 0, 0, np.inf\n"
        "    for epoch, loss in enumerate(val_losses):\n"
        "        if loss < prev - min_delta:\n"
        "            wait = 0\n"
        "            if loss < best:\n"
        "                best, best_epoch = loss, epoch\n"
        "        else:\n"
        "            wait += 1\n"
        "        prev = loss\n"),
    "early-stopping-any-gain-resets-patience": Edit(
        "            best, best_epoch, wait = loss, epoch, 0\n"
        "        else:\n"
        "            wait += 1\n",
        "            best, best_epoch, wait = loss, epoch, 0\n"
        "        elif loss < best:\n"
        "            wait = 0\n"
        "        else:\n"
        "            wait += 1\n"),
    "early-stopping-best-is-argmin": argmin_edit("val_losses[:stop + 1]"),
    "early-stopping-best-is-global-argmin": argmin_edit("val_losses"),
    "early-stopping-best-is-global-min": argmin_edit("list(val_losses)", "{curve}.index(min({curve}))"),
    "early-stopping-min-delta-added": Edit("if loss < best - min_delta:", "if loss < best + min_delta:"),
    "early-stopping-best-follows-any-decrease": Edit(
        "            best, best_epoch, wait = loss, epoch, 0\n"
        "        else:\n"
        "            wait += 1\n",
        "            wait = 0\n"
        "        else:\n"
        "            wait += 1\n"
        "        if loss < best:\n"
        "            best, best_epoch = loss, epoch\n"),
    "early-stopping-sklearn-counter": Edit(
        "        if loss < best - min_delta:\n"
        "            best, best_epoch, wait = loss, epoch, 0\n"
        "        else:\n"
        "            wait += 1\n",
        "        if loss > best - min_delta:\n"
        "            wait += 1\n"
        "        else:\n"
        "            wait = 0\n"
        "        if loss < best:\n"
        "            best, best_epoch = loss, epoch\n"),
    "early-stopping-sklearn-port": Edit(
        "        if loss < best - min_delta:\n"
        "            best, best_epoch, wait = loss, epoch, 0\n"
        "        else:\n"
        "            wait += 1\n"
        "        if wait >= patience:\n",
        "        if loss > best - min_delta:\n"
        "            wait += 1\n"
        "        else:\n"
        "            wait = 0\n"
        "        if loss < best:\n"
        "            best, best_epoch = loss, epoch\n"
        "        if wait > patience:\n"),
    "early-stopping-highest-is-best": Edit(
        "    best, best_epoch, wait = np.inf, 0, 0\n"
        "    for epoch, loss in enumerate(val_losses):\n"
        "        if loss < best - min_delta:\n",
        "    best, best_epoch, wait = -np.inf, 0, 0\n"
        "    for epoch, loss in enumerate(val_losses):\n"
        "        if loss > best + min_delta:\n"),
    "early-stopping-bar-follows-any-decrease": Edit(
        "            wait += 1\n", "            wait += 1\n        best = min(best, loss)\n"),
    "early-stopping-best-epoch-follows-any-decrease": Edit(
        "    best, best_epoch, wait = np.inf, 0, 0\n"
        "    for epoch, loss in enumerate(val_losses):\n"
        "        if loss < best - min_delta:\n"
        "            best, best_epoch, wait = loss, epoch, 0\n",
        "    best, best_epoch, wait, lowest = np.inf, 0, 0, np.inf\n"
        "    for epoch, loss in enumerate(val_losses):\n"
        "        if loss < lowest:\n"
        "            lowest, best_epoch = loss, epoch\n"
        "        if loss < best - min_delta:\n"
        "            best, wait = loss, 0\n"),
    "early-stopping-patience-one-early": Edit("best, best_epoch, wait = loss, epoch, 0", "best, best_epoch, wait = loss, epoch, 1"),
    "early-stopping-restore-final-snapshot": Edit("weights[best_epoch]", "weights[-1]"),
    "early-stopping-restore-next-weights": Edit("weights[best_epoch]", "weights[min(best_epoch + 1, len(weights) - 1)]"),
    "early-stopping-restore-argmin-weights": Edit("weights[best_epoch]", "weights[int(np.argmin(val_losses))]"),
    "early-stopping-default-min-delta": Edit("def early_stopping(val_losses, patience, min_delta=0.0):",
                                             "def early_stopping(val_losses, patience, min_delta=1e-4):"),
    "early-stopping-nan-improves": Edit("if loss < best - min_delta:", "if not loss >= best - min_delta:"),
    "early-stopping-epoch-0-waits": Edit("best, best_epoch, wait = np.inf, 0, 0", "best, best_epoch, wait = val_losses[0], 0, 0"),
    "early-stopping-last-weights": Edit("weights[best_epoch]", "weights[stop_epoch]"),
    "early-stopping-restore-global-argmin": Edit(
        "    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)\n",
        "    stop_epoch, _ = early_stopping(val_losses, patience, min_delta)\n"
        "    best_epoch = int(np.argmin(val_losses))\n"),
    "early-stopping-restore-stop-minus-patience": Edit("weights[best_epoch]", "weights[max(stop_epoch - patience, 0)]"),
    "early-stopping-restore-previous-weights": Edit("weights[best_epoch]", "weights[best_epoch - 1]"),
    "early-stopping-restore-only-when-stopped": Edit(
        "weights[best_epoch]", "weights[best_epoch if stop_epoch - best_epoch >= patience else stop_epoch]"),
    "early-stopping-restore-arguments-swapped": Edit(
        "early_stopping(val_losses, patience, min_delta)", "early_stopping(val_losses, min_delta, patience)"),
    "early-stopping-restore-stop-is-last-epoch": Edit(
        "    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)\n",
        "    _, best_epoch = early_stopping(val_losses, patience, min_delta)\n"
        "    stop_epoch = len(weights) - 1\n"),
    "early-stopping-restore-best-is-stop-minus-patience": Edit(
        "    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)\n",
        "    stop_epoch, _ = early_stopping(val_losses, patience, min_delta)\n"
        "    best_epoch = stop_epoch - patience\n"),
    "early-stopping-restore-best-is-stop-minus-patience-clamped": Edit(
        "    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)\n",
        "    stop_epoch, _ = early_stopping(val_losses, patience, min_delta)\n"
        "    best_epoch = max(stop_epoch - patience, 0)\n"),
    "early-stopping-restore-patience-off-by-one": Edit(
        "early_stopping(val_losses, patience, min_delta)",
        "early_stopping(val_losses, patience + 1, min_delta)"),
    "early-stopping-restore-min-delta-ignored": Edit(
        "early_stopping(val_losses, patience, min_delta)",
        "early_stopping(val_losses, patience, 0.0)"),
    "early-stopping-restore-ties-improve": own_loop("if loss < best - min_delta:", "if loss <= best - min_delta:"),
    "early-stopping-restore-min-delta-relative": own_loop("if loss < best - min_delta:", "if loss < best * (1 - min_delta):"),
    "early-stopping-restore-wait-never-reset": own_loop("best, best_epoch, wait = loss, epoch, 0", "best, best_epoch = loss, epoch"),
    "early-stopping-restore-epoch-0-waits": own_loop("best, best_epoch, wait, stop_epoch, prev = np.inf,",
                                                     "best, best_epoch, wait, stop_epoch, prev = val_losses[0],"),
    "early-stopping-restore-compares-previous-epoch": own_loop(
        "        if loss < best - min_delta:\n"
        "            best, best_epoch, wait = loss, epoch, 0\n",
        "        if loss < prev - min_delta:\n"
        "            wait = 0\n"
        "            if loss < best:\n"
        "                best, best_epoch = loss, epoch\n", after="        prev = loss\n"),
    "early-stopping-restore-nan-improves": own_loop("if loss < best - min_delta:", "if not loss >= best - min_delta:"),
    "early-stopping-restore-any-gain-resets-patience": own_loop(
        "            best, best_epoch, wait = loss, epoch, 0\n",
        "            best, best_epoch, wait = loss, epoch, 0\n"
        "        elif loss < best:\n"
        "            wait = 0\n"),
    "early-stopping-restore-best-is-argmin": Edit(
        "    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)\n",
        "    stop_epoch, _ = early_stopping(val_losses, patience, min_delta)\n"
        "    best_epoch = int(np.argmin(val_losses[:stop_epoch + 1]))\n"),
    "early-stopping-restore-min-delta-added": own_loop("if loss < best - min_delta:", "if loss < best + min_delta:"),
    "early-stopping-restore-best-follows-any-decrease": own_loop(
        "            best, best_epoch, wait = loss, epoch, 0\n",
        "            wait = 0\n", after="        if loss < best:\n            best, best_epoch = loss, epoch\n"),
    "early-stopping-restore-bar-follows-any-decrease": own_loop(
        "            wait += 1\n", "            wait += 1\n        best = min(best, loss)\n"),
    "early-stopping-restore-best-epoch-follows-any-decrease": own_loop(
        "        if loss < best - min_delta:\n"
        "            best, best_epoch, wait = loss, epoch, 0\n",
        "        if loss < prev:\n"
        "            prev, best_epoch = loss, epoch\n"
        "        if loss < best - min_delta:\n"
        "            best, wait = loss, 0\n"),
    "early-stopping-restore-patience-one-early": own_loop("best, best_epoch, wait = loss, epoch, 0",
                                                          "best, best_epoch, wait = loss, epoch, 1"),
    "early-stopping-restore-patience-checked-first": own_loop(OWN_COUNT + OWN_TEST, OWN_TEST + OWN_COUNT),
}


def _stop_args(curve):
    losses, patience, min_delta = curve
    return Case((losses, patience), _keywords(min_delta))


SPEC = ExerciseSpec("early_stopping", (
    FunctionSpec("early_stopping", ref.early_stopping, (
        BehaviourCheck("behaviour", 3.0, names=("stop_epoch", "best_epoch"), scenarios=(
            # the first curve given twice, first, so that its words lead the row: a best loss or a count kept on
            # the module answers the second call from the first's
            Scenario(f"{CURVES[0][0]}, given twice", stops_alike_twice, several=True, validate=False,
                     args=[_stop_args(CURVES[0][1:])] * 2),
            *(Scenario(label, stops_where_expected(show=True), args=_stop_args((losses, patience, delta)),
                       validate=False) for label, losses, patience, delta in CURVES[1:]),
            Scenario("a hidden curve", stops_where_expected(show=False), draw=hidden_curve, validate=False),
        )),
    ), (*RULE_SLIPS, NAN_IMPROVES, ANY_GAIN_RESETS, ARGMIN_UP_TO_STOP, ARGMIN_WHOLE_CURVE, MIN_WHOLE_CURVE,
        DELTA_ADDED, BEST_FOLLOWS_ANY, BAR_FOLLOWS_ANY, EPOCH_FOLLOWS_ANY, PATIENCE_ONE_EARLY, DEFAULT_DELTA,
        SKLEARN_COUNTER, SKLEARN_PORT, HIGHEST_IS_BEST, PATIENCE_CHECKED_FIRST)),
    FunctionSpec("early_stopping_restore", ref.early_stopping_restore, (
        BehaviourCheck("behaviour", 2.0, names=("stop_epoch", "best_epoch", "restored weights"), scenarios=(
            *(Scenario(label, restores_best(show=True), args=_restore_args(curve), validate=False)
              for label, *curve in CURVES),
            Scenario("a hidden curve", restores_best(show=False), draw=lambda rng: _restore_args(hidden_curve(rng)),
                     validate=False),
        )),
        # a dict kept on the module and updated with each restored snapshot still holds b1 after snapshots without it
        BehaviourCheck("keys", 0.5, scenarios=(Scenario(
            "snapshots with b1, then without", own_keys_of_last, several=True, validate=False,
            args=[_restore_args(CURVES[0][1:]), _restore_args(CURVES[1][1:], bias=False)]),)),
    ), (LAST_WEIGHTS, STOP_MINUS_PATIENCE, BEST_IS_STOP_MINUS_PATIENCE, BEST_IS_STOP_MINUS_PATIENCE_CLAMPED,
        GLOBAL_ARGMIN, PREVIOUS_WEIGHTS, ARGUMENTS_SWAPPED, STOP_IS_LAST, FINAL_SNAPSHOT, NEXT_WEIGHTS, ARGMIN_WEIGHTS,
        ONLY_WHEN_STOPPED,
        *map(restoring, (*RULE_SLIPS, *PASSED_ON)))),
), edits=EDITS)
