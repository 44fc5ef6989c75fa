"""Arguments judged on every call of every function (grader.pipeline.judge_arguments, README "Scoring policy"):
no spec declares it; a call that changes its caller's arguments earns half its share of its row's points and the
row names the argument; an argument the docstring says is updated in place (FunctionSpec.updates) may change."""

import re
from pathlib import Path

import pytest

from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.pipeline import ARGUMENT_COST, Grader
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs import load_specs

WRONG = Path(__file__).resolve().parents[1] / "solutions" / "wrong"


def hygiene_declared(exercise: str, function: str) -> bool:
    spec = next(f for f in load_specs()[exercise].functions if f.name == function)
    return any(isinstance(c, HygieneCheck) for c in spec.checks)


def test_a_graph_forward_writing_into_its_inputs_dict_fails_with_the_argument_named(grader, with_code, rows_of):
    # nothing declared for its arguments (its hygiene check judges warnings on a large graph): every call is judged
    code = with_code("graph", (WRONG / "graph" / "r3_forward_writes_into_inputs.py").read_text())
    rows = rows_of(grader.grade({"graph": code}, student="writes-inputs", only=["graph"]), "graph_forward")
    assert rows and all(r.points == pytest.approx(r.max_points * (1 - ARGUMENT_COST)) for r in rows.values())
    assert {r.mistake for r in rows.values()} == {"relation:mutates-argument"}
    assert all(r.message.startswith("argument 2 (inputs) was modified in place: leave the caller's dict as it was")
               for r in rows.values())  # a dict's own advice (r13: the array's 'Z = Z - m' hint did not fit)


def test_a_function_without_a_hygiene_check_changing_its_argument_on_a_value_call_fails(grader, with_code, rows_of):
    assert not hygiene_declared("data", "one_hot")
    code = """
        def one_hot(labels, n_classes=None):
            labels = np.asarray(labels, dtype=int)
            k = labels.max() + 1 if n_classes is None else n_classes
            out = np.zeros((labels.size, k))
            out[np.arange(labels.size), labels] = 1.0
            labels[...] = 0  # the caller's labels cleared after use
            return out
    """
    row = rows_of(grader.grade({"data": with_code("data", code)}, student="clears", only=["data"]), "one_hot")["value"]
    assert not row.passed and 0 < row.points < row.max_points
    assert "argument 1 (labels) was modified in place" in row.message and row.mistake == "relation:mutates-argument"


def test_a_function_changing_its_argument_and_restoring_it_on_its_next_call_fails(grader, with_code, rows_of):
    assert not hygiene_declared("early_stopping", "early_stopping")
    code = """
        _last = []

        def early_stopping(val_losses, patience, min_delta=0.0):
            if _last:  # put back what the previous call added: each caller's list is right again, too late
                previous, saved = _last.pop()
                previous[:] = saved
            _last.append((val_losses, list(val_losses)))
            best, best_epoch, wait, stop = np.inf, 0, 0, len(val_losses) - 1
            for epoch, loss in enumerate(val_losses):
                if loss < best - min_delta:
                    best, best_epoch, wait = loss, epoch, 0
                else:
                    wait += 1
                if wait >= patience:
                    stop = epoch
                    break
            val_losses.append(best)  # the best loss noted at the end of the caller's curve
            return stop, best_epoch
    """
    report = grader.grade({"early_stopping": with_code("early_stopping", code)}, student="restores",
                          only=["early_stopping"])
    (row,) = rows_of(report, "early_stopping").values()
    assert row.points == pytest.approx(row.max_points * (1 - ARGUMENT_COST))  # every call caught, the first one too
    assert "argument 1 (val_losses) was modified in place" in row.message


# an exercise whose docstring says its step updates params in place; the reference returns the updated values
# as a new dict (the trusted side's cases must stay as drawn)
def _step(params, grads, eta):
    return {k: params[k] - eta * grads[k] for k in params}


def _cases(rng):
    return [({"W": rng.normal(size=(2, 3)), "b": rng.normal(size=3)}, {"W": rng.normal(size=(2, 3)), "b": rng.normal(size=3)},
             float(rng.uniform(0.01, 0.5))) for _ in range(3)]


def _spec(updates: tuple) -> dict:
    fn = FunctionSpec("step", _step, (ValueCheck("value", 2.0, hidden=_cases),), updates=updates)
    return {"inplace": ExerciseSpec("inplace", (fn,))}


IN_PLACE = """
def step(params, grads, eta):
    for k in params:
        params[k] -= eta * grads[k]
    return params
"""


def test_an_argument_the_docstring_updates_in_place_may_change(sandbox):
    (row,) = Grader(sandbox, _spec(("params",))).grade({"inplace": IN_PLACE}).checks
    assert row.passed, row.message


@pytest.mark.parametrize("updates, source, argument", [
    ((), IN_PLACE, "argument 1 (params)"),  # the same code, where the docstring does not say so
    (("params",), IN_PLACE.replace("return params", "grads.clear()\n    return params"), "argument 2 (grads)"),
])
def test_only_the_arguments_declared_updated_in_place_may_change(sandbox, updates, source, argument):
    (row,) = Grader(sandbox, _spec(updates)).grade({"inplace": source}).checks
    assert row.points == pytest.approx(row.max_points * (1 - ARGUMENT_COST))
    assert f"{argument} was modified in place" in row.message and row.mistake == "relation:mutates-argument"


def test_a_correct_function_taking_and_returning_arrays_keeps_full_marks(grader, solution):
    report = grader.grade({"graph": solution("graph"), "data": solution("data")}, student="correct")
    assert all(r.passed for r in report.checks), [(r.function, r.check, r.message) for r in report.checks if not r.passed]


def test_a_row_whose_own_calls_changed_an_argument_is_named_by_it_not_by_the_values_crash(grader, with_code, rows_of):
    code = """
        def sgd_step(params, grads, eta):
            return {k: np.subtract(params[k], eta * grads[k], out=params[k]) for k in params}  # raises on numbers
    """
    rows = rows_of(grader.grade({"optim": with_code("optim", code)}, student="out-params", only=["optim"]), "sgd_step")
    # the worked example's numbers cannot take out=: the crash says it is on the plain numbers, and what params[k] held
    assert rows["value"].mistake == "relation:some-rows" and "params[k] is 4.0" in rows["value"].hint
    assert "exactly on the inputs holding plain numbers where others hold arrays" in rows["value"].hint
    assert rows["shape"].mistake == rows["hygiene"].mistake == "relation:mutates-argument"
    assert "argument 1 (params) was modified in place" in rows["shape"].message


def test_a_buffer_returned_by_every_call_fails_the_rows_of_its_calls_named_by_it(grader, with_code, rows_of):
    """A module-level list cleared, refilled and returned inside every result (Outcome.again): a caller's earlier
    caches become the next network's. Each such call counts as one that changed an argument."""
    code = with_code("mlp", (WRONG / "mlp" / "r14c_caches_module_list.py").read_text())
    rows = rows_of(grader.grade({"mlp": code}, student="shared-list", only=["mlp"]), "mlp_forward")
    failing = [r for r in rows.values() if not r.passed]
    assert failing and all(r.mistake == "relation:returned-again" and 0 < r.points < r.max_points for r in failing)
    assert all(re.match(r"call \d+ returned the same list object as call 1 \(its result\[1\]\): the first caller's "
                        r"result is the object the later call filled", r.message) for r in failing)
