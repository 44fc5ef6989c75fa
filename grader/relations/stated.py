"""Failing rows whose own message already says exactly what is wrong, with no values to relate.

Some failures are a precise diagnosis by themselves: a call that raised (the
row gives the exception and the line of the student's file), an argument
changed in place, a RuntimeWarning at a named line, a result of another
dtype, without a key, of another shape. The relation finder has no values to
compare there; this module names them "relation:<kind>", the row's message
being the evidence. Only our own messages are read (grader/checks/validate.py,
base.outcome_problem, hygiene.py): a row is named only when the message holds
the whole statement, so nothing is claimed that the row does not show.

| kind | the row says |
| --- | --- |
| `error` | raised <Exception>: <text> (<file>.py line <n>); ... inside <f>, the function the check passed to your code, called (<file>.py line <n>) |
| `mutates-argument` | argument <k> (<name>) was modified in place |
| `returns-argument` | the result holds argument <k> (<name>) itself, where the docstring promises <what> |
| `warning` | RuntimeWarning: <what> (<file>.py line <n>) |
| `cached-by-object` | with its argument refilled in place ... returned its result for the old values |
| `returned-again` | call <k> returned the same <array/list/dict> object as call <j>: ... changed under that caller |
| `needless-draw` | argument <k> (<name>) was drawn from, where nothing is to be drawn |
| `generator-unused` | argument <k> (<name>) was not drawn from, where the values are to come from it |
| `cast` | <leaf> has dtype <d>, expected ... |
| `keys` | <leaf> lacks the keys [...]; cannot pick (<part>) from the result |
| `kept-keys` | call <n> returned the keys [...] besides its own, which belong to an earlier call's result |
| `extra-keys` | the result holds the keys [...], which its own arguments do not give |
| `kept-state` | the same arguments gave <x> on the first call and <y> on the second: something is kept between calls |
| `shape` | <leaf> has shape (...), expected (...); has <n> items, expected <m> (: the first <k> are right, then it ends / then <j> more follow) |
| `type` | <leaf> has type <t>, expected ...; is a/an <t>, expected ...; is None, expected ...; <f>() returns one <t> where its docstring asks for ... |
| `empty-batch` | on an empty batch ...: result is <x>, expected NaN (the mean of no examples) |
| `no-convergence` | the loss is still <x> after all <n> steps: the run never falls below tol |
| `curve-not-of-weights` | your validation curve starts at <x>, but the weights after the first epoch (the same run with epochs=1) have validation loss <y> |
| `training-curve-not-of-weights` | the returned weights have training loss <x>, but the best epoch <e> recorded <y> |
| `epochs-exceeded` | the run with epochs=1 recorded <n> epochs |
| `one-epoch-run` | the run with epochs=1: <what its result lacks> |
| `not-learning` | the returned weights have training loss <x>, the weights after the first epoch (the same run with epochs=1) <y>: it must fall |
| `not-reproducible` | two runs with the same seed differ |
| `seed-ignored` | runs with seeds s and s + 1 are identical |
| `derivative-wrt`, `not-differentiated`, `factor`, `offset`, `square`, `reciprocal`, `substitution`, `argument-for-value`, `value-for-argument`, `power-inside`, `part-power`, `power-term`, `part-factor` | SymPy shows your formula ... (a typed formula's relation, proven in the companion: grader/checks/formula_relations.py) |
| `implicit-product` | '<text>' reads as a call of <name> / as one word: write ... (the formula parser's refusal) |
| `parentheses` | SymPy shows your formula is right with one more pair of parentheses ... |
| `formula-text` | non-ASCII character '<c>' is not allowed; keyword '<word>' is not allowed; 'tanh^2.5(...)' reads as tanh to the power 2.5(...); 'tanh^-1(...)' is ambiguous; '.-' is an elementwise operator (Julia's dot syntax) (the formula parser's refusal) |
"""

from __future__ import annotations

import re

from mlptutor.grader.checks.base import NOT_A_TUPLE
from mlptutor.grader.checks.formula_relations import STATED as FORMULAS
from mlptutor.grader.mistakes import Mistake

# the student's line an error or warning names, "(softmax.py line 12)"; in a notebook also its cell and the line in
# it, "(softmax.py line 33: notebook cell 4 (softmax-answer), line 3)" (grader/sandbox/child.py place): without the
# cell's tail no notebook crash was explained
CELL_TAIL = r"(?:: notebook cell [^()\n,]*(?: \([^()\n]*\))?, line \d+)?"
_LINE = r"\((?P<file>[\w.]+\.py) line (?P<line>\d+" + CELL_TAIL + r")\)"

# what a comparison's mask returned where floats are due is, and why it matters (relations/entries.py says it too)
BOOL_MASK = ("True/False, the bool array a comparison such as z > 0 gives: not the float numbers the docstring "
             "promises, and a caller's arithmetic breaks on it (-g raises a TypeError, g -= x cannot cast); return a "
             "float array (float64), e.g. with .astype(float)")

# (kind, pattern, title, hint): the first pattern found in the message names the row; titles and hints are
# filled from the match's groups
# a bare exception (`assert x.ndim == 2`, `raise ValueError`) has no message: "AssertionError (losses.py line 50)"
_ERROR = ("error", re.compile(r"raised an error: (?P<exc>\w+)(?:: .*?)? ?" + _LINE),
          "a {exc} raised at {file} line {line}",
          "the call raised {exc} at {file} line {line}: run that input yourself and fix the line the error names.")
# a crash inside a function the check passes in (grader/sandbox/child.py describe_error): the student's line is the
# call that handed it what it cannot take, never the grader's own line
_PASSED = ("error", re.compile(r"raised an error: (?P<exc>\w+): .*? inside (?P<fn>\w+), the function the check "
                               r"passed to your code, called " + _LINE),
           "{fn}, the function passed to your code, raised {exc} on what {file} line {line} gave it",
           "{fn} is the check's own function, handed to your code as an argument: it raised {exc} because of what "
           "your call at {file} line {line} passed it. Run that input yourself and print what that line passes "
           "(each key, each shape) against what {fn} takes; a function made in a loop or a comprehension reads the "
           "loop's variables when it runs, not when it was made.")
# math.exp(1000) raises where np.exp warns (a pure-Python sigmoid on the hygiene checks' large inputs): listed before
# _ERROR, which matches the same place, so that this says how to mend it
_OVERFLOW = ("error", re.compile(r"raised an error: (?P<exc>OverflowError): math range error " + _LINE),
             "an OverflowError (math range error) raised at {file} line {line}",
             "math.exp (or a power) of a large argument does not fit a float: {file} line {line} raised OverflowError "
             "on an input the docstring allows. Compute so that no exponent is large (a sigmoid from exp(-|a|): one "
             "form for a >= 0, another below 0; tanh as math.tanh or np.tanh, not from exp(2a)).")
# numpy's casting error: an in-place update (W -= lr * dW on an int W, np.add(a, b, out=a)) that would write floats
# into an int (or bool) array; relations/crashes.py gives the same advice beside the line's values
CAST_ERROR = re.compile(r"Cannot cast ufunc '\w+' output from dtype\('(?P<got>\w+)'\) to dtype\('(?P<to>\w+)'\)")
CAST_ADVICE = ("an in-place operation (+=, -=, *=, /=, out=) keeps its array's dtype, and numpy will not write the "
               "{got} result into an array of dtype {to}: make that array {got} where it is made (dtype=float, 0.0 rather than "
               "0), or assign a new array (a = a + b) instead of updating it in place")
_CAST = ("error", re.compile(r"raised an error: (?P<exc>\w+): " + CAST_ERROR.pattern + r"[^()]* " + _LINE),
         "a {exc} raised at {file} line {line}: a {got} result written into an array of dtype {to}",
         "{file} line {line}: " + CAST_ADVICE + ".")
_STATED = (
    _PASSED, _OVERFLOW, _CAST, _ERROR,
    ("mutates-argument", re.compile(r"(?P<arg>argument [\w.]+(?: \(\w+\))?) was modified in place"),
     "changing {arg} in place",
     "{arg} is changed by the call: compute on a copy or into a new array, never into the caller's data."),
    ("returns-argument", re.compile(r"the result holds (?P<arg>argument [\w.]+(?: \(\w+\))?) itself, where the "
                                    r"docstring promises (?P<what>[^:]+):"),
     "{arg} handed back as the result",
     "the docstring promises {what}: build it (e.g. a dict comprehension), never return the caller's own object."),
    ("cached-by-object", re.compile(r"returned its result for the old values: results cached by the argument object"),
     "results cached by the argument object",
     "a caller may refill its array or list in place and call again: compute from the values on every call, "
     "never keep results keyed by id() or by the argument object."),
    # grader/sandbox/child.py again: a buffer (array, list, dict) kept on the module, filled and returned by every call
    ("returned-again", re.compile(r"call (?P<call>\d+) returned the same (?P<kind>array|list|dict) object as call "
                                  r"(?P<first>\d+)"),
     "one {kind} object returned by several calls",
     "call {call} returned the very {kind} object call {first} returned: what a later call writes into it changes "
     "the earlier caller's result, and a result kept unchanged answers later calls with earlier values: make a new "
     "{kind} inside the function on every call, from its own arguments (no {kind} kept on the module, in a memo or "
     "as a default argument; no out= into one)."),
    ("needless-draw", re.compile(r"(?P<arg>argument [\w.]+(?: \(\w+\))?) was drawn from, where nothing is to be "
                                 r"drawn"),
     "numbers drawn from {arg} where nothing is to be drawn",
     "{arg} advanced in a call that needs no random numbers: draw only where the docstring says, so that the "
     "caller's later draws stay the same."),
    ("generator-unused", re.compile(r"(?P<arg>argument [\w.]+(?: \(\w+\))?) was not drawn from, where the values "
                                    r"are to come from it"),
     "{arg} not drawn from where the values are to come from it",
     "draw the random numbers from the generator each call is given: not np.random, not a generator of your own, "
     "not numbers kept from an earlier call."),
    # exp past 709 is inf; np.where computes both of its branches on every entry before choosing, so a sigmoid whose
    # np.where picks the safe formula per sign still overflows in the other (an LLM's 'numerically stable' sigmoid)
    ("warning", re.compile(r"RuntimeWarning: (?P<what>overflow encountered in exp) " + _LINE),
     "a RuntimeWarning ({what}) at {file} line {line}",
     "{file} line {line} takes exp of a number above 709, which overflows to inf, on inputs the docstring allows: "
     "compute so that exp only sees numbers <= 0 (subtract each row's maximum; for a sigmoid, exp(-|z|) in both "
     "cases). np.where(c, x, y) alone does not prevent it: it computes x and y on every entry before choosing."),
    ("warning", re.compile(r"RuntimeWarning: (?P<what>[^;(]+?) " + _LINE),
     "a RuntimeWarning ({what}) at {file} line {line}",
     "{file} line {line} gives '{what}' on inputs the docstring allows: rewrite it so nothing overflows "
     "or divides by 0."),
    ("cast", re.compile(r"(?P<leaf>\S+) has dtype bool, expected (?:float64|a float array)"),
     "a result of dtype bool",
     "{leaf} comes back as " + BOOL_MASK + "."),
    ("cast", re.compile(r"(?P<leaf>\S+) has dtype (?P<got>\w+), expected (?P<want>float64|a float array)"),
     "a result of dtype {got}",
     "{leaf} comes back as {got}: keep the computation in float64 (no cast, no integer or boolean result)."),
    ("keys", re.compile(r"cannot pick (?P<part>\([^)]*\)) from the result"),
     "a result without the part {part}",
     "the checks read the part {part} of your result and it has none: return the structure the docstring gives "
     "(its keys, its items, in that order)."),
    ("keys", re.compile(r"(?P<leaf>\S+) lacks the keys (?P<keys>\[[^\]]*\])"),
     "a result without the keys {keys}",
     "{leaf} must hold every key the docstring lists; it lacks {keys}."),
    # grader/specs/_keys.py: a gradients or values dict with keys its arguments do not give
    ("kept-keys", re.compile(r"call (?P<call>\d+) returned the keys (?P<keys>\[[^\]]*\](?: and \d+ more)?) besides its own, which "
                             r"belong to an earlier call's result"),
     "a dict kept between calls (call {call} still held {keys})",
     "call {call}'s result held the keys {keys} of an earlier call's: a dict kept on the module or as a default "
     "argument is filled again on every call. Build a new dict inside the function on every call."),
    ("extra-keys", re.compile(r"the result holds the keys (?P<keys>\[[^\]]*\](?: and \d+ more)?), which its own arguments do not "
                              r"give"),
     "a result with keys its arguments do not give ({keys})",
     "the result must hold exactly the docstring's keys for these arguments; {keys} come from elsewhere (often a "
     "dict kept between calls): return a new dict built from this call's arguments only."),
    ("kept-state", re.compile(r"the same arguments gave (?P<first>.{1,60}?) on the first call and (?P<second>.{1,60}?) "
                              r"on the second: something is kept between calls"),
     "state kept between calls (the same arguments gave {first}, then {second})",
     "a second call with the same arguments must give the same answer: keep nothing on the module or in a default "
     "argument; every variable the computation needs starts afresh inside the function."),
    # grader/checks/validate.py _run_length: a list of numbers whose common part is right stops early or late
    ("shape", re.compile(r"(?P<leaf>\S+) has (?P<n>\d+) items?, expected (?P<m>\d+): the first (?:\d+ are|is) right, then it "
                         r"ends"),
     "a list that ends early",
     "{leaf} holds the first {n} of the {m} right entries, then ends: the loop that fills it stops early. Where it "
     "holds one entry per epoch or step, the run ends before the docstring's rule or count says: check the loop's "
     "count and its stopping condition."),
    ("shape", re.compile(r"(?P<leaf>\S+) has (?P<n>\d+) items?, expected (?P<m>\d+): the first (?:\d+ are|is) right, then "
                         r"(?P<more>\d+) more follows?"),
     "a list that goes on past its end",
     "{leaf} holds the {m} right entries, then {more} more: the loop that fills it goes on past the end. Where it "
     "holds one entry per epoch or step, the run ends later than the docstring's rule or count says: check the "
     "loop's count and its stopping condition."),
    ("shape", re.compile(r"(?P<leaf>\S+) has (?:shape (?P<got>\([\d, ]*\)), expected (?P<want>\([\d, ]*\))"
                         r"|(?P<n>\d+) items?, expected (?P<m>\d+))"),
     "a result of another shape",
     "{leaf} does not have the shape the docstring gives: check every axis of the computation."),
    # a function that printed its result, or returned one array of a (Z, cache) (grader/sandbox/child.py not_a_tuple)
    ("type", re.compile(r"(?P<leaf>\S+) is None, expected (?P<want>[^:]+): a function without `return`"),
     "a result that is None",
     "{leaf} is None: a function without `return` gives None, and printing a value is not returning it; end the "
     "function with `return` and {want}, as the docstring gives."),
    ("type", NOT_A_TUPLE,
     "a result that is {got} where the docstring asks for {want}",
     "{function}() must return {want}, every item in that order, separated by commas after `return`."),
    ("type", re.compile(r"(?P<leaf>\S+) (?:has type|is an?) (?P<got>\w+), expected"),
     "a result of type {got}",
     "{leaf} comes back as type {got}: return the type the docstring gives."),
    ("empty-batch", re.compile(r"on an empty batch[^:]*: result is (?P<got>[^,;]{1,30}), expected NaN \(the mean of no "
                               r"examples\)"),
     "a loss of no examples that is a number",
     "for an empty batch your loss is {got}, where the mean of no examples is NaN, as the docstring says: compute the "
     "mean as the mean (sum / N, or np.mean) with no special case that returns a number for N = 0."),
    ("no-convergence", re.compile(r"the loss is still (?P<loss>[^ ]+) after all (?P<steps>\d+) steps: the run never "
                                  r"falls below tol"),
     "a run whose loss never falls below tol",
     "after all {steps} steps the loss is still {loss}, above tol, where the right run gets below it: the training "
     "steps do not lower the loss as they should (check the gradients and the update); a long run drifts from a slip "
     "in ways its values cannot show, so they say nothing more"),
    ("not-reproducible", re.compile(r"two runs with the same seed differ"),
     "a run its seed does not reproduce",
     "two calls with the same arguments, the seed included, gave different results: some random number comes from "
     "elsewhere than the one generator made from the seed (np.random's global state, a generator without a seed)."),
    # the capstone's curves and weights, which its one-epoch runs hold to each other (grader/specs/train.py)
    ("curve-not-of-weights", re.compile(r"your validation curve starts at (?P<recorded>[\d.]+), but the weights after "
                                        r"the first epoch \(the same run with epochs=1\) have validation loss "
                                        r"(?P<loss>[\d.]+)"),
     "a validation curve that is not the loss of the weights trained",
     "the first epoch's validation loss is recorded as {recorded}, but the weights that epoch trained (the same run "
     "with epochs=1 returns them) have {loss}: after each epoch, record the mean loss of the current weights on the "
     "whole validation set, never numbers made up or taken from other weights."),
    ("training-curve-not-of-weights", re.compile(r"the returned weights have training loss (?P<loss>[\d.]+), but the "
                                                 r"best epoch (?P<epoch>\d+) recorded (?P<recorded>[\d.]+)"),
     "a training curve that is not the loss of the weights trained",
     "the best epoch {epoch}'s training loss is recorded as {recorded}, but its weights (the ones returned) have "
     "{loss} on the whole training set: after each epoch, record the mean loss of the current weights on all the "
     "training examples (not a running mean of the batches' losses, not a sample of the rows)."),
    ("epochs-exceeded", re.compile(r"run with epochs=1 recorded (?P<n>\d+) epochs"),
     "a run longer than its `epochs`",
     "called with epochs=1, the run recorded {n} epochs: the loop runs `epochs` epochs at most, whatever else it does."),
    ("one-epoch-run", re.compile(r"the run with epochs=1: (?P<problem>[^;]+)"),
     "a run with epochs=1 that returns no one-epoch run",
     "called with epochs=1 (the weights and losses of the first epoch are checked so), the run returned this: "
     "{problem}. One epoch must run and be recorded, whatever the number of epochs asked for."),
    ("not-learning", re.compile(r"the returned weights have training loss (?P<end>[\d.]+), the weights after the first "
                                r"epoch \(the same run with epochs=1\) (?P<start>[\d.]+): it must fall"),
     "returned weights no better on the training set than the first epoch's",
     "the returned weights' training loss is {end}, the first epoch's weights' {start}: the steps must lower the "
     "loss, each epoch going on from the weights the one before left (check the step's sign, eta and the gradients)."),
    ("seed-ignored", re.compile(r"runs with seeds s and s \+ 1 are identical"),
     "a run its seed does not change",
     "two seeds gave the very same run: draw the weights and the shuffles from np.random.default_rng(seed), not "
     "from a generator of a fixed seed."),
) + FORMULAS  # a typed formula's relation proven by SymPy, or a text read otherwise than meant (formula_relations)


def stated(message: str) -> Mistake | None:
    """The diagnosis a failing row's message states by itself, as "relation:<kind>", or None."""
    found = [(m.start(), kind, m, title, hint) for kind, pattern, title, hint in _STATED
             if (m := pattern.search(message))]
    if not found:
        return None
    _, kind, match, title, hint = min(found, key=lambda f: f[0])  # what the message says first
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    return Mistake("relation:" + kind, title.format(**groups), hint.format(**groups), None)


def crash(message: str) -> str | None:
    """'raises ValueError at f.py line 5' for a row whose message states an error at a line, else None."""
    match = _ERROR[1].search(message)
    return None if match is None else f"raises {match['exc']} at {match['file']} line {match['line']}"


def raised(error: str) -> str | None:
    """crash() of a call's own error line (an Outcome's "ValueError: ... (f.py line 5)")."""
    return crash(f"raised an error: {error}")
