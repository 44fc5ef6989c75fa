"""A wrong function's mistake seen on the rows of a function built on it: said as the callee's, not the caller's.

A student's log_softmax or softmax_cross_entropy_grad usually calls the student's own softmax, so a softmax
without the max shift fails their rows too; the relation finder then describes the caller's values as its own
slip ("wrong only on some rows") or finds nothing. A pipeline step after naming: for a failing row of a
function F, where the reference F calls the reference G of
the same exercise by name and the student's G fails its own rows under a catalogued mistake M, the reference F
run with G replaced by M's variant (a copy of F's function with that one global changed: nothing is patched)
is replayed on the row's evidence. When it gives the student's values, the row is named "relation:callee":
F's difference is G's mistake reaching it (and, in the spec's order, F's own callers may be built on that). When
no replay can show it (G's mistake is not catalogued), the row is told that F is built on G, which fails its own
rows, without claiming more: an unexplained row so named ("relation:callee-fails"), a relation the finder found
kept with that lead added; a catalogued slip of F's own that the replay gives too keeps its name, the
replay's words added. When the student's G is right and F's row is named by nothing (or a guess), each of G's
catalogued mistakes is replayed the same way: one that gives the student's values is F's own copy of G with that
slip ("relation:helper-slip", name_helper_slips). Trusted code only: the student's files are never read here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from mlptutor.grader.mistakes import Mistake, Replays, reproduces
from mlptutor.grader.relations.naming import RELATION, by_function
from mlptutor.grader.relations.rescoped import rebuilt


def _calls(caller: Callable, callee: Callable, name: str) -> bool:
    """Whether the trusted `caller` calls `callee` by the global `name` (the reference's own call graph)."""
    code = getattr(caller, "__code__", None)
    return code is not None and name in code.co_names and getattr(caller, "__globals__", {}).get(name) is callee


def _with(caller: Callable, variants: dict) -> Callable:
    """A copy of `caller` whose globals named in `variants` are those (the module itself is left alone)."""
    return rebuilt(caller, {**caller.__globals__, **variants})


def _own_mistake(rows: list):
    """The catalogued mistake one of a function's failing rows is named by (or the callees' mistakes it was found
    to be built on, named before it in the spec's order: a chain fit_neuron -> neuron_gd_step -> neuron_gradient),
    else None."""
    return next((p.mistake for p in rows if not p.verdict.passed and p.mistake is not None and p.mistake.variant
                 is not None and (not p.mistake.id.startswith(RELATION) or p.mistake.id == RELATION + "callee")), None)


def _reached(caller: str, mistakes: dict, variant: Callable, roots: tuple) -> Mistake:
    """The callees' `mistakes` reaching `caller`; `roots` the functions whose own slips they are (the callees, or
    what a callee named relation:callee is built on in turn: fit_neuron -> neuron_gd_step -> neuron_gradient)."""
    names = " and ".join(f"{callee}()" for callee in mistakes)
    what = "; ".join(f"{callee}(): {m.title}" for callee, m in mistakes.items())
    one = len(mistakes) == 1
    fix = " and ".join(f"{root}()" for root in roots)
    if set(roots) != set(mistakes):  # the slip is further down the chain: the function to fix is its root
        fix += f" (your {names} {'is' if one else 'are'} built on {'it' if len(roots) == 1 else 'them'})"
    return Mistake(
        RELATION + "callee", f"your {names} reaching {caller}() through its calls ({what})",
        f"{caller}() calls your {names}, failing {'its' if one else 'their'} own rows ({what}); the "
        f"reference {caller}() built on {'it' if one else 'them'} gives your values: fix {fix} and "
        f"{caller}() follows.", variant)


def _built_on(caller: str, callee: str) -> Mistake:
    return Mistake(
        RELATION + "callee-fails", f"{caller}() where your {callee}(), which the course's {caller}() calls, fails its "
        f"own rows",
        f"the course's {caller}() calls {callee}(), and your {callee}() fails its own rows: if your {caller}() calls "
        f"it too, its mistake reaches these rows. Fix {callee}() first, then see what is left here.", None)


def name_callees(planned: list, public: bool = False) -> None:
    """Name the failing rows whose values wrong callees explain (see the module docstring). `public`: the public
    student's rows, which the student checker (holding no reference to replay) must give alike: a catalogued
    slip's row is left as it is."""
    functions = by_function(planned)
    failing = [key for key, rows in functions.items() if any(not p.verdict.passed for p in rows)]  # spec order
    roots = {}  # (exercise, function) named relation:callee -> the functions whose slips reach it (callees first)
    for exercise, name in failing:
        rows, caller = functions[exercise, name], functions[exercise, name][0].function.reference
        callees = [callee for e, callee in failing if e == exercise and callee != name
                   and _calls(caller, functions[e, callee][0].function.reference, callee)]
        if not callees:
            continue
        mistakes = {callee: m for callee in callees if (m := _own_mistake(functions[exercise, callee])) is not None}
        variant = _with(caller, {c: m.variant for c, m in mistakes.items()}) if mistakes else None
        for p in rows:
            if p.verdict.passed or not p.verdict.evidence:
                continue  # no value returned (a stub, a crash: the row says so)
            own = p.mistake is not None and not p.mistake.id.startswith(RELATION)
            if own and public:
                continue
            if variant is not None and reproduces(Mistake("", "", "", variant), p.verdict.evidence, reference=caller):
                names = " and ".join(f"{callee}()" for callee in mistakes)
                fail = "fails its own rows, and the reference {}() on it" if len(mistakes) == 1 else \
                    "fail their own rows, and the reference {}() on them"
                # a catalogued slip of the caller's own keeps its name (it may be the callee's, catalogued where it
                # shows), told where the same values come from too: a gradient of the wrong sign makes a right
                # neuron_gd_step look like a step "taken uphill"
                if not own:
                    found = tuple(dict.fromkeys(r for c in mistakes for r in roots.get((exercise, c), (c,))))
                    roots[exercise, name] = found
                    p.mistake = _reached(name, mistakes, variant, found)
                p.verdict = replace(p.verdict, message=f"{p.verdict.message}; your {names} {fail.format(name)} gives "
                                                       f"these values{' too' if own else ''}")
            elif not own and (p.mistake is None or p.mistake.id != RELATION + "callee"):
                # a relation found is kept (true of the values, if not of why): the lead is added to its words
                p.mistake = p.mistake or _built_on(name, callees[0])
                # said of the course's function: the student's own may not call it (red17)
                p.verdict = replace(p.verdict, message=f"{p.verdict.message}; the course's {name}() calls "
                                                       f"{callees[0]}(), and your {callees[0]}() fails its own rows")


# what a row may be told that a helper's slip, reproducing all its values, says better: nothing, or a guess of the
# relation finder about where the values are off (train_perceptron's rule written inline without its bias update
# was "your b is 0 for every input", w and the counts "off too")
_VAGUE = (None, RELATION + "constant", RELATION + "some-rows")


def _helper_slip(caller: str, callee: str, mistake: Mistake, variant: Callable) -> Mistake:
    return Mistake(
        RELATION + "helper-slip", f"{caller}() computing {callee}() with a slip: {mistake.title}",
        f"your {caller}() gives what the course's {caller}() gives when its {callee}() has this slip: "
        f"{mistake.title}. Your own {callee}() passes its rows, so the slip is in what your {caller}() computes in "
        f"its place (a copy written inline, a helper of its own): {mistake.hint}", variant)


def name_helper_slips(planned: list, public: bool = False) -> None:
    """A failing row of a function F that nothing names (or only a guess, _VAGUE), where the course's F calls G of
    its exercise and the student's G passes every row: the reference F with G replaced by one of G's catalogued
    mistakes is replayed on the row's evidence; when exactly one gives the student's values, the row is named
    relation:helper-slip (F computes G itself, with that slip). `public` as for name_callees: the student checker
    replays nothing."""
    if public:
        return
    functions = by_function(planned)
    for (exercise, name), rows in functions.items():
        left = [p for p in rows if not p.verdict.passed and p.verdict.evidence
                and (p.mistake.id if p.mistake is not None else None) in _VAGUE]
        if not left:
            continue
        caller = rows[0].function.reference
        variants = [(g, m, _with(caller, {g: m.variant})) for (e, g), callee_rows in functions.items()
                    if e == exercise and g != name and all(q.verdict.passed for q in callee_rows)
                    and _calls(caller, callee_rows[0].function.reference, g)
                    for m in callee_rows[0].function.mistakes if m.variant is not None]
        replays = Replays()  # rows share calls: each variant and the reference run once on each (training loops)
        for p in left:
            found = [(g, m, v) for g, m, v in variants
                     if reproduces(Mistake("", "", "", v), p.verdict.evidence, reference=caller, replays=replays)]
            if len(found) == 1:
                p.mistake = _helper_slip(name, *found[0])

