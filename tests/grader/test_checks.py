"""Every check kind passes a correct solution and fails a wrong one with the expected diagnosis."""

import numpy as np
import pytest

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.gradient import GradientCheck
from mlptutor.grader.checks.statistical import StatisticalCheck
from mlptutor.grader.mistakes import Mistake
from mlptutor.grader.pipeline import Grader
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs import _known, gradcheck
from mlptutor.reference import backprop, clipping, early_stopping, init, mlp
from mlptutor.reference import gradcheck as ref_gradcheck


# --- shape -----------------------------------------------------------------------------------

def test_shape_names_row_vector_versus_flat(grader, with_code, rows_of):
    code = """
        def dense_backward(dZ, cache):
            A, W, b = cache
            return dZ @ W.T, A.T @ dZ, dZ.sum(axis=0, keepdims=True)
    """
    row = rows_of(grader.grade({"layers": with_code("layers", code)}), "dense_backward")["shape"]
    assert not row.passed
    assert "(1, n_out)" not in row.message and "where a flat (n,) vector is expected" in row.message


def test_shape_names_transposes(grader, with_code, rows_of):
    code = """
        def dense_forward(A, W, b):
            return (A @ W + b).T, (A, W, b)
    """
    row = rows_of(grader.grade({"layers": with_code("layers", code)}), "dense_forward")["shape"]
    assert not row.passed and "looks transposed" in row.message


# --- value -----------------------------------------------------------------------------------

def test_a_table_of_the_released_fixed_answers_scores_nothing(grader, with_code, rows_of):
    """The fixed cases' expected values are in the student release; answering only them computes nothing."""
    from mlptutor.grader.specs import _known, gradcheck

    table = {repr(x.tolist()): ref_gradcheck.numerical_gradient(_known.FUNCTIONS[f.name], x).tolist()
             for f, x in gradcheck.FIXED_POINTS}
    code = f"""
        TABLE = {table!r}
        def numerical_gradient(f, x, h=1e-5):
            return np.array(TABLE.get(repr(np.asarray(x).tolist()), np.zeros(np.shape(x)).tolist()))
    """
    rows = rows_of(grader.grade({"gradcheck": with_code("gradcheck", code)}), "numerical_gradient")
    assert sum(r.points for r in rows.values()) == 0, {n: (r.points, r.message) for n, r in rows.items()}
    assert any("the fixed inputs count once a hidden one is right" in r.message for r in rows.values())


def test_hard_coded_answer_fails_hidden_inputs(grader, with_code, rows_of):
    code = """
        def softmax_jacobian(Z):
            s = np.exp([2.0, 1.0, 0.1]) / np.exp([2.0, 1.0, 0.1]).sum()  # the worked example only
            if Z.ndim == 2:
                return np.array([np.diag(s) - np.outer(s, s)] * len(Z))
            return np.diag(s) - np.outer(s, s)
    """
    row = rows_of(grader.grade({"softmax": with_code("softmax", code)}), "softmax_jacobian")["value"]
    # no points: the worked example's answer is the student's to copy, a score must mean computing (round 9)
    assert not row.passed and row.points == 0 and "the fixed inputs count once a hidden one is right" in row.message
    assert row.message.startswith("1/6 inputs right")  # the worked example only: not the large logits, no hidden input
    assert "largest error" not in row.message  # the size of the error would give the expected value away


def test_the_same_answer_for_every_input_earns_nothing(grader, with_code, rows_of):
    code = """
        def softmax_jacobian(Z):
            s = np.exp([2.0, 1.0, 0.1]) / np.exp([2.0, 1.0, 0.1]).sum()  # the worked example, whatever Z is
            return np.diag(s) - np.outer(s, s)
    """
    rows = rows_of(grader.grade({"softmax": with_code("softmax", code)}), "softmax_jacobian")
    assert all(r.points == 0 and r.message.startswith("returns the same value for every input: no points") for r in rows.values())


def test_hidden_inputs_depend_on_the_student(grader, solution):
    from mlptutor.grader.checks.base import Context
    spec = grader.specs["softmax"].functions[0]
    value = next(c for c in spec.checks if c.name == "value")
    alice = value.plan(Context("alice", "softmax", "softmax", spec.reference))
    bob = value.plan(Context("bob", "softmax", "softmax", spec.reference))
    assert np.array_equal(alice.calls[0].args[0], bob.calls[0].args[0])  # the fixed worked example
    assert not np.array_equal(alice.calls[1].args[0], bob.calls[1].args[0])


# --- gradient --------------------------------------------------------------------------------

def test_gradient_localises_a_wrong_tensor(grader, with_code, rows_of):
    code = """
        def dense_backward(dZ, cache):
            A, W, b = cache
            dW = A.T @ dZ
            dW[1, :] *= 2
            return dZ @ W.T, dW, dZ.sum(axis=0)
    """
    row = rows_of(grader.grade({"layers": with_code("layers", code)}), "dense_backward")["gradient"]
    assert not row.passed and row.points == 0
    assert "the gradient for W is off in rows [1], columns [0, 1, 2, 3]" in row.message
    assert "note:" not in row.message  # the forward is right


def test_consistent_but_wrong_forward_and_backward_get_nothing(grader, with_code, rows_of):
    # a layer computing Z = 2 A W + b with its exact gradient: self-consistent, not the reference's gradient
    code = """
        def dense_forward(A, W, b):
            return 2 * A @ W + b, (A, W, b)

        def dense_backward(dZ, cache):
            A, W, b = cache
            return 2 * dZ @ W.T, 2 * A.T @ dZ, dZ.sum(axis=0)
    """
    row = rows_of(grader.grade({"layers": with_code("layers", code)}), "dense_backward")["gradient"]
    assert row.points == 0 and "against the reference" in row.message
    assert "; note: your dense_forward() is wrong" in row.message


def mlp_grad_spec(widths, batch):
    """A backprop spec differentiating every parameter of an MLP (relu hidden layers, identity output)."""
    activations = ["relu"] * (len(widths) - 2) + ["identity"]
    X = np.random.default_rng(0).normal(size=(batch, widths[0]))
    check = GradientCheck(
        "gradient", 2.0, forward="mlp_forward", forward_module="mlp", reference_forward=mlp.mlp_forward,
        point=lambda rng: init.init_params(widths, rng, scheme="he"),
        forward_args=lambda params: (X, params, activations))
    return {"backprop": ExerciseSpec("backprop", (FunctionSpec("mlp_backward", backprop.mlp_backward, (check,)),))}


OFF_BY_1E3 = """
    _right = mlp_backward

    def mlp_backward(dout, caches):
        grads = _right(dout, caches)
        dW1 = grads["W1"]
        i, j = np.unravel_index(np.argmax(np.abs(dW1)), dW1.shape)  # an entry that is surely not 0
        dW1[i, j] *= 1 + 1e-3
        print(f"changed {i} {j}")
        return grads
"""


@pytest.mark.parametrize("widths, batch", [([3, 4, 2], 3), ([784, 128, 64, 10], 32)], ids=["tiny", "realistic"])
def test_gradient_catches_one_entry_of_dW1_off_by_1e_3(sandbox, solution, with_code, widths, batch):
    grader = Grader(sandbox, mlp_grad_spec(widths, batch))
    good = grader.grade({"backprop": solution("backprop"), "mlp": solution("mlp")}, only=["backprop"])
    assert good.passed, [r.message for r in good.checks]
    bad = grader.grade({"backprop": with_code("backprop", OFF_BY_1E3), "mlp": solution("mlp")}, only=["backprop"])
    (row,) = bad.checks
    assert not row.passed
    i, j = bad.output.split()[1:3]
    assert f"the gradient for W1 is off in rows [{i}], columns [{j}]" in row.message


# --- statistical -----------------------------------------------------------------------------

N_IN, N_OUT = 64, 16
HE_CHECK = StatisticalCheck(
    "statistical", 2.0, args=lambda g: (N_IN, N_OUT, g), pick=(0,), shape=(N_IN, N_OUT), target="He (2 / n_in)",
    candidates={"He (2 / n_in)": 2 / N_IN, "Xavier (2 / (n_in + n_out))": 2 / (N_IN + N_OUT),
                "plain N(0, 1)": 1.0, "He with fan-out (2 / n_out)": 2 / N_OUT},
    distribution="normal")
INIT_SPEC = {"init": ExerciseSpec("init", (FunctionSpec("he_normal", init.he_normal, (HE_CHECK,)),))}


@pytest.mark.parametrize("body, verdict", [
    ("std = np.sqrt(2 / n_in)\n    return std * rng.standard_normal((n_in, n_out)), std", None),
    ("std = np.sqrt(2 / (n_in + n_out))\n    return std * rng.standard_normal((n_in, n_out)), std", "Xavier"),
    ("return rng.standard_normal((n_in, n_out)), 1.0", "plain N(0, 1)"),
    ("std = np.sqrt(2 / n_out)\n    return std * rng.standard_normal((n_in, n_out)), std", "He with fan-out"),
    ("lim = np.sqrt(6 / n_in)\n    return rng.uniform(-lim, lim, (n_in, n_out)), lim", "looks uniform"),
    ("return np.full((n_in, n_out), 0.1), 0.1", "identical"),
], ids=["he", "xavier", "standard", "fan-out", "uniform", "constant"])
def test_statistical_tells_schemes_apart(sandbox, body, verdict):
    source = f"import numpy as np\n\ndef he_normal(n_in, n_out, rng, mode='fan_in'):\n    {body}\n"
    (row,) = Grader(sandbox, INIT_SPEC).grade({"init": source}).checks
    if verdict is None:
        assert row.passed, row.message
    else:
        assert not row.passed and verdict in row.message, row.message


def test_statistical_names_no_scheme_for_draws_off_centre(sandbox):
    # Xavier's variance around 0.5: every candidate is centred at 0, so none of them drew these
    body = "std = np.sqrt(2 / (n_in + n_out))\n    return 0.5 + std * rng.standard_normal((n_in, n_out)), std"
    source = f"import numpy as np\n\ndef he_normal(n_in, n_out, rng, mode='fan_in'):\n    {body}\n"
    (row,) = Grader(sandbox, INIT_SPEC).grade({"init": source}).checks
    assert not row.passed and "sample mean" in row.message, row.message
    assert "that is the variance of" not in row.message, row.message


# --- behaviour -------------------------------------------------------------------------------

CURVE = [1.0, 0.8, 0.7, 0.75, 0.72, 0.71, 0.9]  # best at epoch 2, stops at epoch 5 with patience 3


def _weights(n):
    return [{"W": np.full((2, 2), float(e))} for e in range(n)]


def _stops_and_restores(value, expected, case):
    if value[0] != expected[0]:
        return f"stopped at epoch {value[0]}, expected {expected[0]} (patience {case.args[2]})"
    if not np.array_equal(value[2]["W"], expected[2]["W"]):
        return f"restored the weights of epoch {int(value[2]['W'][0, 0])}, not the best epoch {expected[1]}"
    return None


KEEPS_LAST = Mistake("early-stopping-keeps-last", "kept the last weights", "restore the best epoch's weights",
                     lambda losses, weights, patience, min_delta=0.0:
                     (*early_stopping.early_stopping_restore(losses, weights, patience, min_delta)[:2],
                      weights[early_stopping.early_stopping(losses, patience, min_delta)[0]]))
STOPPING_SPEC = {"early_stopping": ExerciseSpec("early_stopping", (FunctionSpec(
    "early_stopping_restore", early_stopping.early_stopping_restore, (BehaviourCheck("behaviour", 2.0, (
        Scenario("scripted curve", _stops_and_restores, args=(CURVE, _weights(len(CURVE)), 3)),
        Scenario("curve that never stops", _stops_and_restores, args=(CURVE[:4], _weights(4), 5)),
    )),), (KEEPS_LAST,)),))}

STOPPING = """
def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), None, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
        if wait >= patience:
            return epoch, best_epoch, weights[{restore}]
    return len(val_losses) - 1, best_epoch, weights[{restore}]
"""


def test_behaviour_passes_right_early_stopping(sandbox):
    report = Grader(sandbox, STOPPING_SPEC).grade({"early_stopping": STOPPING.format(restore="best_epoch")})
    assert report.passed, report.checks


def test_behaviour_explains_and_names_kept_last_weights(sandbox):
    report = Grader(sandbox, STOPPING_SPEC).grade({"early_stopping": STOPPING.format(restore="epoch")})
    (row,) = report.checks
    assert not row.passed and row.points == 0.0
    assert "restored the weights of epoch 5, not the best epoch 2" in row.message
    assert row.mistake == "early-stopping-keeps-last"


def _keeps_direction(value, expected, case):
    grads, max_norm = case.args
    clipped = value[0]
    flat = np.concatenate([clipped[k].ravel() for k in sorted(grads)])
    original = np.concatenate([grads[k].ravel() for k in sorted(grads)])
    if np.linalg.norm(flat) > max_norm * (1 + 1e-9):
        return f"the clipped norm {np.linalg.norm(flat):.3g} exceeds max_norm {max_norm}"
    cosine = flat @ original / (np.linalg.norm(flat) * np.linalg.norm(original))
    return None if cosine > 1 - 1e-9 else f"the direction changed (cosine {cosine:.3f}): scale every tensor alike"


CLIP_SPEC = {"clipping": ExerciseSpec("clipping", (FunctionSpec(
    "clip_by_global_norm", clipping.clip_by_global_norm, (BehaviourCheck("behaviour", 1.0, (
        Scenario("large gradients", _keeps_direction, validate=False,
                 draw=lambda rng: ({"W": rng.normal(size=(3, 2)) * 10, "b": rng.normal(size=2) * 10}, 1.0)),
    )),)),))}


@pytest.mark.parametrize("clip, ok", [("g * min(1, max_norm / norm)", True), ("np.clip(g, -max_norm, max_norm)", False)])
def test_behaviour_clipping_keeps_direction(sandbox, clip, ok):
    source = ("import numpy as np\n\ndef clip_by_global_norm(grads, max_norm):\n"
              "    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))\n"
              f"    return {{k: {clip} for k, g in grads.items()}}, norm\n")
    (row,) = Grader(sandbox, CLIP_SPEC).grade({"clipping": source}).checks
    assert row.passed is ok, row.message
    if not ok:
        assert "direction changed" in row.message or "exceeds" in row.message


# --- hygiene ---------------------------------------------------------------------------------

def test_hygiene_catches_in_place_mutation_and_float32(grader, with_code, rows_of):
    code = """
        def softmax(Z):
            Z -= Z.max(axis=-1, keepdims=True)
            E = np.exp(Z)
            return (E / E.sum(axis=-1, keepdims=True)).astype(np.float16)
    """
    row = rows_of(grader.grade({"softmax": with_code("softmax", code)}), "softmax")["hygiene"]
    assert not row.passed
    assert "argument 1 (Z) was modified in place" in row.message
    assert "on float32 input the result has dtype float16: keep float32" in row.message, row.message


SOFTMAX_BODY = "    E = np.exp(Z - Z.max(axis=-1, keepdims=True))\n    S = E / E.sum(axis=-1, keepdims=True)\n"


@pytest.mark.parametrize("result, said", [("S[None]", False), ("S.ravel() if Z.dtype == np.float32 else S", True)],
                         ids=["layout-off-everywhere", "layout-off-on-float32"])
def test_hygiene_float32_layout_against_the_functions_own(grader, with_code, rows_of, result, said):
    """float32 input must keep the layout the function gives in float64: a layout off on every input is the value
    check's finding (not told again as a dtype problem), one that changes with the dtype is hygiene's."""
    code = f"def softmax(Z):\n{SOFTMAX_BODY}    return {result}\n"
    row = rows_of(grader.grade({"softmax": with_code("softmax", code)}), "softmax")["hygiene"]
    assert ("on float32 input" in row.message) is said, row.message


def test_value_and_known_function_checks_share_one_verdict_of_their_cases():
    """ValueCheck and KnownFunctionCheck score their cases by one cases_verdict (the same twelve lines were in
    both): all right, the fraction right told by the first problem, and nothing when only fixed cases are right."""
    from mlptutor.grader.checks.base import Context
    from mlptutor.grader.checks.cases import Case
    from mlptutor.grader.checks.value import cases_verdict

    ctx = Context("s1", "softmax", "softmax", None)
    fixed, hidden = Case((1,), {}), Case((2,), {}, hidden=True)
    verdict = cases_verdict(ctx, [fixed, fixed], [], [True, True], [], "right on 2 inputs")
    assert (verdict.score, verdict.message) == (1.0, "right on 2 inputs")
    verdict = cases_verdict(ctx, [fixed, fixed, fixed], ["on a: off", "on b: off"], [True, False, False], [], "-")
    assert (verdict.score, verdict.message) == (1 / 3, "1/3 inputs right; on a: off (and 1 more failing)")
    verdict = cases_verdict(ctx, [fixed, hidden], ["on h: off"], [True, False], [], "-")
    assert verdict.score == 0.0 and verdict.message.startswith("1/2 inputs right; on h: off; ")
