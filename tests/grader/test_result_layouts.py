"""The results of xor's and train's runs are judged by the shared rules of grader/checks/validate.py (float64
arrays and numbers, ints and numpy integers): the right layouts pass, each wrong one fails and says what."""

import numpy as np
import pytest

from mlptutor.grader.checks.cases import Case
from mlptutor.grader.specs._runs_check import run_problem
from mlptutor.grader.specs.xor import _network_problem, same_params

PARAMS = {"W1": np.ones((2, 2)), "b1": np.zeros(2), "W2": np.ones((2, 1)), "b2": np.zeros(1)}


def network(**changes):
    value = {"epochs": 12, "restarts": 0, "loss": 0.01, "predictions": np.full(4, 0.5), "correct": 4,
             "params": dict(PARAMS)}
    return {**value, **changes}


@pytest.mark.parametrize("value", [network(), network(epochs=np.int64(12), correct=np.int32(4), loss=np.float64(0.01)),
                                   network(loss=np.array(0.01))], ids=["plain", "numpy scalars", "0-d loss"])
def test_a_right_xor_result_passes(value):
    assert _network_problem(value) is None
    assert same_params(value["params"], PARAMS, None) is None


@pytest.mark.parametrize("value, said", [
    (network(params={**PARAMS, "W1": np.ones((2, 2), dtype=np.float32)}), "params['W1'] has dtype float32, expected float64"),
    (network(params={**PARAMS, "b2": [0.0]}), "params['b2'] has type list, expected numpy.ndarray"),
    (network(params={**PARAMS, "W2": np.ones((1, 2))}), "params['W2'] has shape (1, 2), expected (2, 1)"),
    (network(params={k: v for k, v in PARAMS.items() if k != "b1"}), "params must hold W1 (2, 2), b1 (2,)"),
    (network(predictions=np.full((4, 1), 0.5)), "predictions has shape (4, 1), expected (4,)"),
    (network(predictions=[0.5] * 4), "predictions has type list, expected numpy.ndarray"),
    (network(epochs=12.0), "epochs has type float, expected int"),
    (network(loss=np.float32(0.01)), "loss has dtype float32, expected float64"),
    (network(loss=1), "loss has type int, expected float"),
])
def test_a_wrong_xor_result_fails_and_says_what(value, said):
    problem = _network_problem(value)
    assert problem is not None and said in problem
    if "params" in said:
        assert said in same_params(value["params"], PARAMS, None)


def run(**changes):
    params = {"W1": np.ones((3, 4)), "b1": np.zeros(4), "W2": np.ones((4, 2)), "b2": np.zeros(2)}
    value = {"params": params, "train_loss": [0.9, 0.8], "val_loss": [1.0, np.float64(0.95)], "best_epoch": np.int64(1),
             "stop_epoch": 1}
    return {**value, **changes}


CASE = Case((np.zeros((6, 3)), np.zeros((6, 2)), np.zeros((2, 3)), np.zeros((2, 2)), [4], 0))


def test_a_right_train_run_passes_float32_parameters_too():
    assert run_problem(run(), CASE) is None
    assert run_problem(run(params={k: v.astype(np.float32) for k, v in run()["params"].items()}), CASE) is None


@pytest.mark.parametrize("changes, said", [
    ({"params": {"W1": np.ones((4, 3)), "b1": np.zeros(4), "W2": np.ones((4, 2)), "b2": np.zeros(2)}},
     "params['W1'] has shape (4, 3), expected (3, 4)"),
    ({"params": {"W1": np.ones((3, 4), dtype=int), "b1": np.zeros(4), "W2": np.ones((4, 2)), "b2": np.zeros(2)}},
     "params['W1'] has dtype int64, expected a float array"),
    ({"params": {"W1": np.full((3, 4), np.nan), "b1": np.zeros(4), "W2": np.ones((4, 2)), "b2": np.zeros(2)}},
     "params['W1'] contains NaN or inf"),
    ({"train_loss": [0.9, np.float32(0.8)]}, "train_loss[1] has dtype float32, expected float64"),
    ({"best_epoch": 1.0}, "best_epoch and stop_epoch must be ints"),
])
def test_a_wrong_train_run_fails_and_says_what(changes, said):
    problem = run_problem(run(**changes), CASE)
    assert problem is not None and said in problem
