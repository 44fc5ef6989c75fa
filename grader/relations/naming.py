"""Explain every failing check of a submission: a catalogued mistake when the evidence singles one
out, else the relation between the student's values and the right ones; then one counterexample per
explained function on a public input.

A row explained by a relation gets the mistake id "relation:<kind>" and the
relation's line as its hint; a catalogued mistake keeps its id and hint. A row
left without either whose message states its problem by itself (an error at a
line, an argument changed in place, a warning, a dtype, keys or shape) is
named by that statement (`stated.py`). A function whose rows state only a
crash is named by what its raising calls share, when only some raise
(`crashes.py`), and gets a public input that raises too, whose values on the
failing line (the sandbox's crash sites) the explanation states. The
counterexample joins the message of the function's first explained row. Public
inputs whose calls did not run yet (every case but the value checks' fixed
ones) run in one more sandbox job, only for functions that have one to show.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck
from mlptutor.grader.checks.cases import Case, run_trusted
from mlptutor.grader.checks.hygiene import argument_problem
from mlptutor.grader.checks.tolerance import ATOL, RTOL
from mlptutor.grader.checks.validate import leaves, paired, pick as pick_path
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.effort import Allowance
from mlptutor.grader.mistakes import Mistake, Replays, diagnose, reproduces
from mlptutor.grader.relations import Budget, Relation, Setting, find
from mlptutor.grader.relations.base import leaf_of
from mlptutor.grader.relations.choices import slips_by_choice
from mlptutor.grader.relations.paired import paired_slips
from mlptutor.grader.relations.examples import (MAX_DRAWN, Candidate, candidates_of, crash_text, differing,
                                               one_right_value, public_draws, shows, text)
from mlptutor.grader.relations.partial import partial_mistake
from mlptutor.grader.relations.parts import part_mistake
from mlptutor.grader.relations.stated import crash, raised, stated
from mlptutor.grader.relations.crashes import (bound_calls, crash_split, crash_values, kept_operand, matrix_star,
                                               operands, site_values, square_only)
from mlptutor.grader.relations.global_random import global_draws
from mlptutor.grader.relations.graphs import graphs
from mlptutor.grader.relations.keywords import renamed_parameter
from mlptutor.grader.relations.texts import texts, texts_off
from mlptutor.grader.relations.values import holds, items_of, leaf_views, number, off
from mlptutor.grader.sandbox import Call
from mlptutor.grader.specs._known import FUNCTIONS, Tilted
from mlptutor.grader.specs._known_check import HELPER, KnownFunctionCheck, resolved

RELATION = "relation:"


def relation_mistake(relation: Relation) -> Mistake:
    """A relation as a row's mistake: id "relation:<kind>", its title and line (no variant: no catalogue entry)."""
    return Mistake(RELATION + relation.kind, relation.title, relation.line, None)


@dataclass
class Explained:
    """One function's explanation and the rows it explains (check order); `at(candidate)` -> (leaf path,
    predicted leaf or None), or None where the explanation agrees with the right value."""

    rows: list
    setting: Setting
    at: Callable[[Candidate], tuple | None]
    pick: tuple | None
    crash: str | None = None  # 'raises ValueError at f.py line 5': the rows only state that crash (relation:error)
    crashed: tuple = ()  # of a function explained otherwise, the rows that only state a crash


def setting_of(p, rows: list, allowance: Allowance | None = None) -> Setting:
    """The function of row p; the names of a tuple result's items from any of its checks that has them; its reruns
    and replays charged to the submission's `allowance`."""
    siblings = tuple((f.name, f.reference) for f in p.exercise.functions)
    names = next((tuple(r.check.names) for r in rows if getattr(r.check, "names", ())), ())
    reference = p.check.explained_reference(p.ctx)
    # a formula's terms are stated for the function's own arguments, not for a check relating something else
    terms = p.exercise.terms.get(p.function.name, ()) if reference is p.function.reference else ()
    return Setting(reference, p.function.name, names, siblings, terms=terms, budget=Budget(allowance=allowance),
                   replays=Replays(allowance))


def _shows_off(setting: Setting, evidence) -> bool:
    """Some value of the evidence is off, or has other parts than the right one (more batches, say; a dict's
    keys in another order are the same parts); a row failing for a crash, a mutation or a dtype has nothing to
    explain."""
    items = items_of(setting, list(evidence))
    if any(_outgrown(i.got, i.expected) for i in items):
        return False  # its message says what it is instead (a list, not an array): no relation pairs its parts
    return (any(leaf.is_off for leaf in leaf_views(items))
            or any(paired(i.got, i.expected) is None for i in items)
            or texts_off(items))


def _outgrown(got: Any, expected: Any) -> bool:
    """Whether `got` holds many more parts outside arrays than the right value `expected` does (a list of floats
    where an array is due): the relations walk every part of every call's value, so each float of a result nested
    in lists cost the grader's CPU (activations.py returning 1,000 floats in a list from each function: 2.3 s instead
    of 0.5 for the whole file, 64,000 nested 3 deep: 14 s; red23). A long list where a list is due is searched up to
    SEARCHED parts: a list kept between calls (112 parts where 16 are due) or a run's 100 epochs where it stopped at
    6 is the evidence the stale and slip relations pair."""
    due = _parts(expected, None)
    limit = max(2 * due + 16, SEARCHED if due else 0)
    return _parts(got, limit) > limit


# parts of a value always searched: about twice the right solutions' largest result (112), so a walk of it costs
# what a right result's does within a factor 2
SEARCHED = 256


def _parts(value: Any, limit: int | None) -> int:
    """How many values lists, tuples and dicts nested in `value` hold (an array is one), counted without recursion
    to just past `limit` (None: all)."""
    count, todo = 0, [value]
    while todo and (limit is None or count <= limit):
        node = todo.pop()
        if type(node) in (list, tuple):
            count += len(node)
            todo += [v for v in node if type(v) in (list, tuple, dict)]
        elif type(node) is dict:
            count += len(node)
            todo += [v for v in node.values() if type(v) in (list, tuple, dict)]
    return count


def _changed_arguments(p, outcomes: dict) -> bool:
    """Whether a call of the row changed an argument its function may not change: the row is then named by that
    argument, and a relation search of values computed from inputs the student's code itself altered finds nothing
    truer (a train_classifier shuffling the caller's arrays: 19 s of CPU searched, 0.4 s without; r13 D)."""
    fn = p.function
    return any(argument_problem(outcomes.get(call.id), fn.reference, offset, fn.updates) is not None
               for call, offset in p.check.function_calls(p.ctx, p.plan))


def _finite(value: Any) -> bool:
    return all(np.all(np.isfinite(a)) for _, v in leaves(value) if (a := number(v)) is not None)


def by_function(planned: list) -> dict[tuple, list]:
    """The planned rows by (exercise, function), functions in plan order (the spec's), rows in theirs."""
    functions: dict[tuple, list] = {}
    for p in planned:
        functions.setdefault((p.exercise.name, p.function.name), []).append(p)
    return functions


def explain_rows(planned: list, outcomes=None, unexplored: bool = True,
                 more_mistakes: Callable[[tuple, list], tuple] | None = None) -> dict[tuple, Explained]:
    """Name the mistake or find the relation of every failing row whose values are off; the explained
    functions by (exercise, function). A relation is sought on every call of the function with the
    row's pick first (all of them must fit it), then on the row's own calls. With `unexplored`, a function
    left unexplained whose candidates the budget refused says so on its first unexplained row. With the job's
    `outcomes`, the finder knows the order the calls ran in and which raised. `more_mistakes`, (exercise,
    function) and its rows -> candidates besides the catalogue's (a default of the student's signature)."""
    outcomes = outcomes or {}
    positions = _positions(planned, outcomes)
    allowance = Allowance()  # the whole submission's, functions in plan order: the same on every run
    explained: dict[tuple, Explained] = {}
    for key, rows in by_function(planned).items():
        # nothing to explain: no Setting, no pooled evidence (40 submissions of the first twelve exercises, half of
        # them with one catalogued mistake: 1.70 -> 1.40 ms of CPU each, in-process, medians of 15 alternating runs)
        if all(p.verdict.passed for p in rows):
            continue
        pooled = [e for p in rows for e in p.verdict.evidence]
        refused = allowance.refused
        setting = replace(setting_of(rows[0], rows, allowance), order=_order(rows, outcomes, positions),
                          public=_public_evidence(rows, outcomes), calls=_job_calls(planned, key[1], outcomes, positions))
        setting = replace(setting, raised=tuple(_raised(setting, rows, outcomes)))
        relations: dict = {}
        extra = more_mistakes(key, rows) if more_mistakes else ()
        # the same arguments gave two results: its values relate to the right ones by nothing a rerun can show
        unrepeatable = next((m for p in rows if not p.verdict.passed and (m := stated(p.verdict.message)) is not None
                             and m.id == RELATION + "not-reproducible"), None)
        for p in rows:
            evidence = p.verdict.evidence
            if p.verdict.passed or not evidence:
                continue
            # the catalogue judges any value (text results too), told apart from what the evidence is of (a
            # formula's values: the answer as a function of its variables); relations only numbers that are off
            # the catalogue first: a default it names (leaky_relu's alpha 0.1) is its mistake, not a tie with `extra`
            reference = p.check.explained_reference(p.ctx)
            # a check without an absolute tolerance (values small by design) names without one too
            atol = 0.0 if getattr(p.check, "atol", None) == 0 else 1e-9
            mistake = next((m for mistakes in (p.function.mistakes, extra) if mistakes and (m := diagnose(
                mistakes, evidence, reference, more=pooled, replays=setting.replays, atol=atol))), None) \
                or slips_by_choice(p.function.mistakes, evidence, reference, setting.replays) \
                or paired_slips(p.function.mistakes, evidence, reference, setting.replays)
            row_pick = evidence[0].pick
            if mistake is not None:
                p.mistake, at = mistake, _variant_at(mistake)
            elif p.check.states_relation(p.verdict) or not _shows_off(setting, evidence):
                continue  # a relation the check proved is named from its message (below)
            elif unrepeatable is not None:  # no example either: another run of it would show other values
                p.mistake = unrepeatable
                continue
            elif _changed_arguments(p, outcomes):
                continue  # named by the argument it changed (grader.pipeline.judge_arguments)
            else:
                # every part the row looked at (a scenario per scale, the output and the cache), in its order
                for row_pick in dict.fromkeys(e.pick for e in evidence):
                    if row_pick not in relations:
                        relations[row_pick] = _relate(p, setting, [e for e in pooled if e.pick == row_pick])
                    if relations[row_pick] is not None:
                        break
                relation = relations[row_pick]
                if relation is None:
                    continue
                # a weak relation is true of the value but not of why: what the row states by itself, when it
                # states more than a crash, is the plainer truth (a run ending at max_epochs, never below tol)
                if relation.weak and (plain := stated(p.verdict.message)) is not None \
                        and plain.id != RELATION + "error":
                    p.mistake = plain
                    continue
                p.mistake, at = relation_mistake(relation), _relation_at(relation)
                if relation.kind == "stale":  # a value of the calls before it: one public call alone shows nothing
                    at = _nowhere
            if key in explained:
                explained[key].rows.append(p)
            else:
                explained[key] = Explained([p], setting, at, row_pick)
        for p in rows:  # a relation found on another check's calls, where it predicts every value off on this one's
            if not p.verdict.passed and p.mistake is None and p.verdict.evidence and unrepeatable is None \
                    and (carried := _carried(setting, relations, p.verdict.evidence)) is not None:
                p.mistake = relation_mistake(carried)
                explained[key].rows.append(p)
        for p in rows:  # no values to relate (a crash, a changed argument, a warning, a structure): the message
            if not p.verdict.passed and p.mistake is None:
                p.mistake = stated(p.verdict.message) or renamed_parameter(p.verdict.message, p.function.reference)
        if (mistake := _carried_mistake(rows, setting)) is not None:
            explained[key].rows += [p for p in rows if not p.verdict.passed and p.mistake is mistake]
        global_draws(rows, outcomes)  # values from np.random's global generator, which nothing replays
        left = next((p for p in rows if not p.verdict.passed and p.mistake is None), None)
        if left is not None and unexplored and allowance.refused > refused:  # the submission's allowance ran out
            left.verdict = replace(left.verdict, message=f"{left.verdict.message}; {stopped(allowance)}")
        elif left is not None and unexplored and setting.budget.refused:  # what was not tried rather than spend on it
            left.verdict = replace(left.verdict, message=f"{left.verdict.message}; {not_explored(setting.budget)}")
        crashed = [p for p in rows if p.mistake is not None and p.mistake.id == RELATION + "error"]
        if crashed and key not in explained:  # which inputs raise, and a public one that does: add_examples
            explained[key] = Explained(crashed, setting, lambda c: None, None, crash(crashed[0].verdict.message))
        elif crashed:  # what the names on the failing line held, when a public input raises: add_examples
            explained[key].crashed = tuple(crashed)
    return explained


def _positions(planned: list, outcomes) -> dict[str, int]:
    """call id -> its position in the job, whose calls one child ran in that order; empty when a call timed out or
    crashed (the job went on in a new child, without what the old one kept)."""
    if any(o.status in ("timeout", "crashed") for o in outcomes.values()):
        return {}
    return {call_id: i for i, call_id in enumerate(dict.fromkeys(c.id for p in planned for c in p.plan.calls))}


def _job_calls(planned: list, function: str, outcomes, positions: dict[str, int]) -> tuple:
    """The function's calls in the job's order, (args, kwargs, the part of the result sent back, the value), when
    every one returned: a raising call may have left a buffer it kept half updated."""
    calls = {positions[c.id]: c for p in planned for c in p.plan.calls if c.function == function and c.id in positions}
    ended = [outcomes.get(c.id) for c in calls.values()]
    if any(o is None or not o.ok for o in ended):
        return ()
    return tuple((c.args, c.kwargs, c.pick, outcomes[c.id].value) for _, c in sorted(calls.items()))


def _order(rows: list, outcomes, positions: dict[str, int]) -> dict[int, int]:
    """id(evidence) -> the job position of the call it came from: the call of the same arguments object whose
    outcome is the evidence's value (a small int or None is one object for many calls: where two calls fit, none)."""
    by_call: dict[tuple, set] = {}
    for p in rows:
        for call in p.plan.calls:
            outcome = outcomes.get(call.id)
            if call.function == p.ctx.function and call.id in positions and outcome is not None and outcome.ok:
                by_call.setdefault((id(call.args), id(outcome.value)), set()).add(positions[call.id])
    order = {}
    for e in (e for p in rows for e in p.verdict.evidence):
        found = by_call.get((id(e.args), id(e.value)), set())
        if len(found) == 1:
            order[id(e)] = next(iter(found))
    return order


_WHOLE = (None, ())  # picks of the whole result


def _carried(setting: Setting, relations: dict, evidence) -> Relation | None:
    """A relation found on the calls of another pick (its key in `relations`) that predicts every value off on
    these calls, of the same part of the result: a few calls alone may say too little (3 epochs reported as 2 is
    no relation between small counts), another check's calls of every length said it. Never a stale value, which
    is about the calls before."""
    for found_pick, relation in relations.items():
        if relation is None or relation.predict is None or relation.weak or relation.kind == "stale":
            continue
        if not all(e.pick == found_pick or (e.pick in _WHOLE and found_pick in _WHOLE) for e in evidence):
            continue
        items = items_of(setting, list(evidence))
        if len(items) == len(evidence) and _predicts(relation, items):
            return relation
    return None


def _carried_mistake(rows: list, setting: Setting) -> Mistake | None:
    """The one mistake named on the function's other rows, given to each row still unexplained whose every value it
    gives within the value checks' own tolerance (where the reference's are beyond it: the row failed). The evidence
    that tells the mistake apart (rtol 1e-6) is on those rows; an input that shows it only beyond 1e-8 (a loss off by
    3e-8) tells nothing apart alone, yet is what the mistake gives."""
    named = {p.mistake.id: p.mistake for p in rows if p.mistake is not None and not p.mistake.id.startswith(RELATION)}
    if len(named) != 1:
        return None
    mistake = next(iter(named.values()))
    carried = [p for p in rows if not p.verdict.passed and p.mistake is None and p.verdict.evidence
               and reproduces(mistake, p.verdict.evidence, RTOL, ATOL, replays=setting.replays)]
    for p in carried:
        p.mistake = mistake
    return mistake if carried else None


def _predicts(relation: Relation, items: list) -> bool:
    """Every numeric leaf off on the items is the relation's, and its value there the relation's prediction."""
    shown = False
    for item in items:
        for path, exp in leaves(item.expected):
            if (exp := number(exp)) is None:
                continue
            got = leaf_of(item.got, path)
            if got is not None and got.shape == exp.shape and not off(got, exp).any():
                continue
            predicted = relation.predict(item.args, item.kwargs, item.pick, exp) if path == relation.path else None
            if predicted is None or got is None or not holds(got, np.asarray(predicted, dtype=np.float64)):
                return False
            shown = True
    return shown


def _public_evidence(rows: list, outcomes) -> frozenset:
    """id(evidence) of the evidence that came from a call on a public input (_public_calls), matched as `_order`
    matches it: the call's arguments object and the outcome's value."""
    public = {(id(call.args), id(outcome.value)) for p in rows if p.plan.memo is not None
              for call, _, _ in _public_calls(p) if (outcome := outcomes.get(call.id)) is not None and outcome.ok}
    return frozenset(id(e) for p in rows for e in p.verdict.evidence if (id(e.args), id(e.value)) in public)


def _raised(setting: Setting, rows: list, outcomes) -> list[tuple]:
    """The function's own calls that raised, bound to the reference's parameters, each once."""
    calls = {c.id: c for p in rows for c in p.plan.calls if c.function == p.ctx.function}.values()
    bound, raised = bound_calls(setting, list(calls), lambda c: getattr(outcomes.get(c.id), "status", None))
    return [args for (args, _), r in zip(bound, raised) if r]


def not_explored(budget: Budget) -> str:
    """What the relation finder left untried for cost (values.Budget), in one clause."""
    # no count: it depends on how many calls the check made, which a release's checker makes otherwise
    return (f"how your values relate to the right ones was not explored in full: some candidates would rerun the "
            f"right computation for more than {budget.RERUN:,} counted steps each (lines run, arrays made), or beyond "
            f"{budget.TOTAL:,} in all")


def stopped(allowance: Allowance) -> str:
    """The search left off because the submission's allowance (effort.Allowance) was spent, in one clause."""
    return (f"search stopped: explaining this submission's failures reached its budget of {allowance.total:,} "
            f"counted steps (lines run, arrays made) before the known mistakes and relations of this function were "
            f"all tried (the points do not depend on it)")


def _relate(p, setting: Setting, same: list) -> Relation | None:
    """The relation of the function's calls with one pick: a mistake in one branch or in some parts of the
    result, else a relation on all of them, else on those whose values are finite (large inputs: NaN fits few
    relations); else how its texts relate (texts.py), or which node of a graph is the first to go wrong
    (graphs.py)."""
    return (partial_mistake(p.function.mistakes, same, p.function.reference, setting)
            or part_mistake(p.function.mistakes, same, p.function.reference, setting)
            or find(setting, same) or find(setting, [e for e in same if _finite(e.value)])
            or texts(setting, same) or graphs(setting, same))


def _nowhere(c: Candidate) -> None:
    return None


def _relation_at(relation: Relation) -> Callable:
    def at(c: Candidate):
        exp = leaf_of(c.expected, relation.path)
        if exp is None or relation.predict is None:
            return relation.path, None
        predicted = relation.predict(c.case.args, c.case.kwargs, c.pick, exp)
        return relation.path, None if predicted is None else np.asarray(predicted, dtype=np.float64)
    return at


def _variant_at(mistake: Mistake) -> Callable:
    """A catalogued mistake's prediction: its variant's value at the first leaf where it differs from the right one."""
    def at(c: Candidate):
        try:
            value = pick_path(run_trusted(mistake.variant, c.case), c.pick)
        except Exception:  # the variant cannot run here: it shows nothing on this input
            return None
        for path, exp in leaves(c.expected):
            exp, predicted = number(exp), leaf_of(value, path)
            if exp is not None and (predicted is None or predicted.shape != exp.shape or off(predicted, exp).any()):
                return path, predicted
        return None
    return at


def add_examples(explained: dict[tuple, Explained], planned: list, outcomes,
                 run_job: Callable[[list[Call]], dict]) -> None:
    """One counterexample per explained function, on a fixed case that already ran, else on a public
    draw run now (all functions' draws in one job); it joins its first explained row's message. The crash
    rows of a function explained otherwise get the values on the failing line of a public input that raises
    (a fixed case, else a draw run in the same job)."""
    pending: dict[tuple, list[tuple[Call, Candidate]]] = {}
    crashing: dict[tuple, list[tuple[Call, Candidate]]] = {}  # public draws for the crash rows (e.crashed)
    every_crash: dict[tuple, bool] = {}  # a crashing function's every call raised
    for key, e in explained.items():
        first = e.rows[0]
        if e.crash:
            every = _split_crashes(e, planned, key, outcomes)
            if (fixed := _fixed_crash(e, planned, key, outcomes)) is not None:
                _attach_crash(e.rows, e.setting, e.crash, *fixed, every)
            elif not _timed_out(planned, key, outcomes):
                every_crash[key] = every
                pending[key] = _crash_draws(first, key)
            continue
        if e.crashed and (raising := _fixed_crash(e, planned, key, outcomes)) is not None:
            _attach_crash(list(e.crashed), e.setting, crash(e.crashed[0].verdict.message), *raising, False)
        elif e.crashed and not _timed_out(planned, key, outcomes):
            crashing[key] = _crash_draws(first, key, "crash")
        values = [p for p in planned if (p.exercise.name, p.function.name) == key and isinstance(p.check, ValueCheck)]
        fixed = _fixed_example(e, values, outcomes)
        if fixed is not None and _attach(e, *fixed):  # else too long to show: a smaller public draw may do
            continue
        if _timed_out(planned, key, outcomes):  # one more call could cost the whole time limit again
            continue
        draws = candidates_of(first.function.reference, _public(first, key), e.pick)
        chosen = differing(e.at, draws)
        pending[key] = [(_call(f"example:{key[0]}:{key[1]}:{i}", first, c.case, e.pick), c)
                        for i, c in enumerate(chosen)]
    calls = [call for pairs in (*pending.values(), *crashing.values()) for call, _ in pairs]
    try:
        results = run_job(calls) if calls else {}
    except Exception:  # the example is an extra: a sandbox that cannot run one more job leaves it out
        results = {}
    for key, pairs in pending.items():
        if explained[key].crash:
            raising = next(((c, o) for call, c in pairs if (o := results.get(call.id)) is not None
                            and o.status == "error"), None)
            if raising is not None:
                _attach_crash(explained[key].rows, explained[key].setting, explained[key].crash, *raising,
                              every_crash[key])
            continue
        for call, c in pairs:
            outcome = results.get(call.id)
            if outcome is not None and outcome.ok and (path := shows(outcome.value, c, explained[key].at)) is not None:
                _attach(explained[key], c, outcome.value, path)
                break
    for key, pairs in crashing.items():
        e = explained[key]
        raising = next(((c, o) for call, c in pairs if (o := results.get(call.id)) is not None and o.status == "error"),
                       None)
        if raising is not None:
            _attach_crash(list(e.crashed), e.setting, crash(e.crashed[0].verdict.message), *raising, False)


def _crash_draws(first, key: tuple, prefix: str = "example") -> list[tuple[Call, Candidate]]:
    """Calls of the function on its public draws (the first MAX_DRAWN the reference can run), to find one that
    raises."""
    draws = candidates_of(first.function.reference, _public(first, key), None)
    return [(_call(f"{prefix}:{key[0]}:{key[1]}:{i}", first, c.case), c) for i, c in enumerate(draws[:MAX_DRAWN])]


def _public(first, key: tuple) -> list[Case]:
    """The function's public draws, a known function among their arguments (a gradient check's f) resolved."""
    return [resolved(case) for case in public_draws(first.function.checks, *key)]


def _call(call_id: str, first, case: Case, pick: tuple | None = None) -> Call:
    """The sandbox call of the function on a public case; a known function among its arguments goes by its
    name through the known-function helper, as the function's own checks call it."""
    names = {fn: name for name, fn in FUNCTIONS.items()}
    known = [[k, a.name, a.tilt] if type(a) is Tilted else [k, names[a]] for k, a in enumerate(case.args)
             if type(a) is Tilted or callable(a) and a in names]
    if not known:
        return Call(call_id, first.ctx.module, first.ctx.function, tuple(case.args), dict(case.kwargs), pick=pick)
    plain = tuple(None if type(a) is Tilted or callable(a) and a in names else a for a in case.args)
    return Call(call_id, HELPER, "call", (first.ctx.module, first.ctx.function, known, *plain), dict(case.kwargs),
                pick=pick, group=f"{first.ctx.module}.{first.ctx.function}")


def _timed_out(planned: list, key: tuple, outcomes) -> bool:
    """Some call of this function ran out of time in the grading job."""
    return any(o is not None and o.status == "timeout" for p in planned if (p.exercise.name, p.function.name) == key
               for c in p.plan.calls if (o := outcomes.get(c.id)) is not None)


def _fixed_example(e: Explained, value_rows: list, outcomes) -> tuple | None:
    """(candidate, value, path) of a value check's fixed case whose outcome shows the explanation, or None."""
    for p in value_rows:
        cases, expected = p.plan.memo
        for call, case, exp in zip(p.plan.calls, cases, expected):
            outcome = outcomes.get(call.id)
            if case.hidden or outcome is None or not outcome.ok:
                continue
            c = Candidate(case, exp, call.pick)
            if (path := shows(outcome.value, c, e.at)) is not None:
                return c, outcome.value, path
    return None


def _split_crashes(e: Explained, planned: list, key: tuple, outcomes) -> bool:
    """Name the crash rows by what the raising calls share, when some calls of the function returned; else
    by the shapes of the operands numpy could not combine, in the terms of the arguments (crashes.operands).
    Whether every call that raised or returned raised."""
    # the function's own calls (a check may call another function too: a backward's gradient check, its forward)
    calls = list({c.id: c for p in planned if (p.exercise.name, p.function.name) == key for c in p.plan.calls
                  if c.function == p.ctx.function}.values())
    bound, raised = bound_calls(e.setting, calls, lambda c: getattr(outcomes.get(c.id), "status", None))
    errors = [o for c in calls if (o := outcomes.get(c.id)) is not None and o.status == "error"]
    star = next((r for o in errors if (r := matrix_star(e.setting, o.error or "", o.sites)) is not None), None)
    relation = star or crash_split(e.setting, bound, raised, e.crash) or kept_operand(
        e.setting, _broadcasts(e, calls, planned, outcomes))
    if relation is None:  # every call raised, or no property sets them apart: what numpy says of the operands
        bound_errors = ((e.setting.bind(tuple(c.args), dict(c.kwargs))[0], o) for c in calls
                        if (o := outcomes.get(c.id)) is not None and o.status == "error")
        relation = next((r for args, o in bound_errors
                         if (r := operands(e.setting, args, o.error, o.sites[0][2] if o.sites else "")) is not None),
                        None)
    if relation is not None:
        for p in e.rows:
            p.mistake = relation_mistake(relation)
        for p in planned:  # rows off where the calls returned: what the same operands give where numpy allows them
            if (p.exercise.name, p.function.name) == key and not p.verdict.passed and p.mistake is None \
                    and p.verdict.evidence:
                if star is not None:  # the square calls that returned: a matrix product's numbers
                    p.mistake = relation_mistake(star)
                    continue
                calls = [(e.setting.bind(ev.args, ev.kwargs)[0], _shows_off(e.setting, [ev])) for ev in p.verdict.evidence]
                if (square := square_only(e.setting, relation, calls)) is not None:
                    p.mistake = relation_mistake(square)
    return all(raised)


def _broadcasts(e: Explained, calls: list, planned: list, outcomes) -> list[tuple[tuple, str, set]]:
    """(bound arguments, error, the shapes of the arrays returned by the calls before it) of each of the calls that
    raised, in the job's order (none when it is unknown: a timeout or a crash started another child)."""
    positions = _positions(planned, outcomes)
    ran = sorted((positions[c.id], c, outcomes[c.id]) for c in calls if c.id in positions and c.id in outcomes)
    found, earlier = [], set()
    for _, c, o in ran:
        if o.status == "error":
            found.append((e.setting.bind(tuple(c.args), dict(c.kwargs))[0], o.error, set(earlier)))
        elif o.ok:
            earlier |= {v.shape for _, v in leaves(o.value) if type(v) is np.ndarray}
    return found


def _fixed_crash(e: Explained, planned: list, key: tuple, outcomes) -> tuple[Candidate, Any] | None:
    """A public case on which the function raised (a value check's fixed case, else a behaviour scenario's
    scripted arguments), and its outcome, or None."""
    rows = [p for p in planned if (p.exercise.name, p.function.name) == key and p.plan.memo is not None]
    for p in sorted(rows, key=lambda p: not isinstance(p.check, ValueCheck)):
        for call, case, exp in _public_calls(p):
            outcome = outcomes.get(call.id)
            if outcome is not None and outcome.status == "error":  # a draw's case: its value one right of many
                case = replace(case, one_of_many=not one_right_value(p.function.checks))
                return Candidate(case, exp, call.pick), outcome
    return None


def _public_calls(p) -> list[tuple]:
    """(call, case, the reference's value) of a row's calls on public inputs: a value check's fixed cases, a
    behaviour scenario's scripted arguments (the same for every student; a drawn scenario's are not public), a
    known-function check's fixed cases (its functions shown by name)."""
    if isinstance(p.check, (ValueCheck, KnownFunctionCheck)):  # (cases, expected), one call each, in order
        cases, expected = p.plan.memo
        return [(call, case, exp) for call, case, exp in zip(p.plan.calls, cases, expected) if not case.hidden]
    if isinstance(p.check, BehaviourCheck):
        return [(call, case, exp) for scenario, cases, expected, calls in zip(p.check.scenarios, *p.plan.memo)
                if scenario.draw is None for call, case, exp in zip(calls, cases, expected)
                if not case.hidden and call.function == p.ctx.function]
    return []


def _attach_crash(rows: list, setting: Setting, how: str, c: Candidate, outcome, every: bool) -> None:
    """'for example, on the public input x = [...]: expected [...], it raises ...' joins the first crash row
    (`how`: the crash the rows state); the values on the failing line of that public call (`outcome`'s crash
    sites) join the explanation of every crash row: a bare crash (relation:error) becomes relation:crash-values,
    what the raising calls share (some-rows, operands) gains them."""
    how = raised(outcome.error) or how
    line = crash_text(c, setting.parameters, how)
    if line:
        rows[0].verdict = replace(rows[0].verdict, message=f"{rows[0].verdict.message}; {line}")
    values = site_values(setting, setting.bind(tuple(c.case.args), dict(c.case.kwargs))[0], outcome.sites)
    if not values:
        return
    values = f"on {'the example' if line else 'a public input'}, {values}"
    star = matrix_star(setting, outcome.error or "", outcome.sites)
    bare = relation_mistake(replace(star, line=f"{star.line}; {values}") if star is not None
                            else crash_values(setting, how, every, values, outcome.error or ""))
    for p in rows:
        if p.mistake is not None and p.mistake.id == RELATION + "error":
            p.mistake = bare
        elif p.mistake is not None and p.mistake.id.startswith(RELATION):
            p.mistake = replace(p.mistake, hint=f"{p.mistake.hint}; {values}")


def _attach(e: Explained, c: Candidate, value: Any, path: tuple) -> bool:
    """The counterexample joins the first explained row's message; False when it is too long to show."""
    line = text(c, value, path, e.setting.parameters, replace(e.setting, pick=c.pick).label(path))
    if line:
        p = e.rows[0]
        p.verdict = replace(p.verdict, message=f"{p.verdict.message}; {line}")
    return bool(line)
