"""A value kept from an earlier call (grader/relations/stale.py): said from the order the job ran the calls in,
only where that order proves it."""

import numpy as np

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.relations import Setting, find
from mlptutor.reference import counting

WIDTHS = [([3, 4, 2],), ([784, 128, 64, 10],), ([3, 3, 3, 3],), ([100000, 100000],), ([27, 28],), ([45, 19, 5],),
          ([1, 46, 1],)]
COUNT = Setting(counting.count_parameters, "count_parameters")


def ran(setting, function, calls, ordered=True, public=()):
    """find() on the calls' evidence as `function` returned it called in this order in one process; `public`: the
    positions of the calls on public inputs."""
    evidence = [Evidence(args, {}, function(*args)) for args in calls]
    order = {id(e): i for i, e in enumerate(evidence)} if ordered else {}
    shown = frozenset(id(evidence[i]) for i in public)
    relation = find(Setting(setting.reference, setting.function, order=order, public=shown), evidence)
    return None if relation is None else (relation.kind, relation.line)


def memo_by_length():
    memo = {}

    def count(widths):
        if len(widths) not in memo:
            memo[len(widths)] = counting.count_parameters(widths)
        return memo[len(widths)]
    return count


def test_a_result_cached_under_too_small_a_key_is_an_earlier_calls_result():
    kind, line = ran(COUNT, memo_by_length(), WIDTHS)
    assert kind == "stale" and line.startswith(
        "your count_parameters returned, on 4 calls, the very value it gave for an earlier call with other "
        "arguments (right for that one)")


def test_an_earlier_call_on_a_public_input_is_shown_a_hidden_one_never():
    _, hidden = ran(COUNT, memo_by_length(), WIDTHS)
    assert "public input" not in hidden and "[3, 4, 2]" not in hidden
    _, line = ran(COUNT, memo_by_length(), WIDTHS, public=[0])
    assert line.endswith("for example, on the public input widths = [3, 4, 2] it gave 26, and a later call with other "
                         "arguments returned it again")
    _, later = ran(COUNT, memo_by_length(), WIDTHS, public=[2])  # [3, 3, 3, 3] itself returned an earlier value
    assert "public input" not in later


def test_a_sum_kept_from_a_public_call_shows_that_call():
    calls = [(np.array([1.0, -2.0, 0.5]),), (np.array([0.3, 0.1, 4.0]),), (np.array([-1.5, 2.5, 0.25]),)]
    _, line = ran(Setting(lambda w: w.copy(), "grad"), leaking_gradient(), calls, public=[0])
    assert line.endswith("for example, on the public input w = [ 1. , -2. ,  0.5] it gave [ 1. , -2. ,  0.5], and "
                         "the next call that had one returned the right value plus it")


def test_without_the_order_of_the_calls_nothing_is_said_of_earlier_calls():
    assert ran(COUNT, memo_by_length(), WIDTHS, ordered=False) is None


def test_a_count_that_is_one_number_is_no_cache():
    # 26 on every call, right on the first: a constant (a cached 26 would be told apart by nothing)
    kind, _ = ran(COUNT, lambda widths: 26, WIDTHS)
    assert kind == "constant"


def ignores_lam(w, lam):
    """The penalty at lam = 0.1 whatever lam is given."""
    return 0.5 * 0.1 * float(np.sum(w * w))


def penalty(w, lam):
    return 0.5 * lam * float(np.sum(w * w))


def test_a_value_repeated_because_an_argument_is_ignored_is_not_stale():
    w, v = np.array([1.0, 2.0]), np.array([0.5, -3.0])
    calls = [(w, 0.1), (w, 0.3), (v, 0.1), (v, 0.7), (w, 0.9)]  # an earlier call shares w: no stale value
    relation = ran(Setting(penalty, "penalty"), ignores_lam, calls)
    assert relation is None or relation[0] != "stale"


def leaking_gradient():
    """The gradient of 0.5 ||w||^2 summed into one array the calls share, never reset."""
    kept = {}

    def grad(w):
        kept["g"] = kept.get("g", 0.0) + w
        return kept["g"].copy()
    return grad


def test_gradients_added_onto_the_previous_calls_are_said_as_such():
    calls = [(np.array([1.0, -2.0, 0.5]),), (np.array([0.3, 0.1, 4.0]),), (np.array([-1.5, 2.5, 0.25]),)]
    kind, line = ran(Setting(lambda w: w.copy(), "grad"), leaking_gradient(), calls)
    assert kind == "stale" and line.startswith(
        "your grad returned, on 2 calls, the right value plus the value it gave on the last earlier call that had one")


def test_right_evidence_of_no_one_call_is_set_aside_off_evidence_is_not():
    """Evidence no single call gave (a gradient check's) has no place in the job's order: a right value shows no
    state and is left out (layers/r14c_backward_acc_same_shape was unexplained while any such item ended the
    search); an off one leaves the leaf to other relations."""
    calls = [(np.array([1.0, -2.0, 0.5]),), (np.array([0.3, 0.1, 4.0]),), (np.array([-1.5, 2.5, 0.25]),)]
    grad, setting = leaking_gradient(), Setting(lambda w: w.copy(), "grad")
    evidence = [Evidence(args, {}, grad(*args)) for args in calls]
    order = {id(e): i for i, e in enumerate(evidence)}
    right, off = Evidence((np.array([2.0, 1.0, 0.0]),), {}, np.array([2.0, 1.0, 0.0])), \
        Evidence((np.array([2.0, 1.0, 0.0]),), {}, np.array([5.0, 1.0, 0.0]))
    found = find(Setting(setting.reference, setting.function, order=order), evidence + [right])
    assert found.kind == "stale" and "the right value plus the value it gave" in found.line
    found = find(Setting(setting.reference, setting.function, order=order), evidence + [off])
    assert found is None or found.kind != "stale"


def test_a_result_kept_from_the_first_call_is_stale_not_a_body_that_ignores_its_inputs(grader, with_code, rows_of):
    """The first call's softmax served to every later call: the same value for every input (no points), but the
    inputs did reach it once, which 'nothing of the inputs reaches the result' would deny."""
    code = '''
        _kept = []

        def softmax(Z):
            if not _kept:
                E = np.exp(Z - Z.max(axis=-1, keepdims=True))
                _kept.append(E / E.sum(axis=-1, keepdims=True))
            return _kept[0]
        '''
    report = grader.grade({"softmax": with_code("softmax", code)}, student="kept-first", only=["softmax"])
    rows = rows_of(report, "softmax")
    assert all(r.points == 0 for r in rows.values())
    assert all(r.mistake == "relation:stale" for r in rows.values() if not r.passed), \
        [(r.check, r.mistake) for r in rows.values()]
    assert rows["value"].hint.startswith("your softmax returned, on "), rows["value"].hint


BREAKDOWN = Setting(counting.parameter_breakdown, "parameter_breakdown")


def rows_kept(first_only=False):
    """parameter_breakdown appending to one list kept between calls (a mutable default argument); a copy returned,
    as the sandbox sends each call's list as it was. first_only: only the first call's rows are kept."""
    kept = []

    def breakdown(widths):
        rows = counting.parameter_breakdown(widths)
        result = kept + rows
        if not first_only or not kept:
            kept.extend(rows)
        return result
    return breakdown


def test_a_list_grown_across_calls_holds_the_previous_calls_result_then_the_right_rows():
    kind, line = ran(BREAKDOWN, rows_kept(), WIDTHS)
    assert kind == "stale" and line.startswith(
        "your parameter_breakdown's result holds, on 6 calls, everything the previous call returned and then the "
        "right entries: a list kept between calls")


def test_rows_that_are_not_the_previous_calls_result_are_no_grown_list():
    # the first call's rows before every later call's: the third call's list does not start with the second's
    _, line = ran(BREAKDOWN, rows_kept(first_only=True), WIDTHS)
    assert "everything the previous call returned" not in line
    _, line = ran(BREAKDOWN, rows_kept(), WIDTHS, ordered=False)
    assert "everything the previous call returned" not in line


def test_a_list_grown_by_calls_the_evidence_does_not_hold_is_grown_from_its_first_call_on():
    """The first call the evidence holds may follow the function's calls of other checks (mlp_forward's caches check
    after its value check): its list starts with entries of calls not in the evidence (r25c's caches=[] default,
    named relation:constant by the first layer's activation name until then)."""
    breakdown = rows_kept()
    breakdown([5, 6, 7])  # a call of another check: not in the evidence
    kind, line = ran(BREAKDOWN, breakdown, WIDTHS)
    assert kind == "stale" and "on 7 calls, everything the previous call returned" in line, line
