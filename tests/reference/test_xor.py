import numpy as np
import pytest

from mlptutor.reference import xor


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_trains_to_four_of_four(seed):
    result = xor.train_xor(seed=seed)
    assert result["correct"] == 4
    assert result["loss"] < 0.05
    np.testing.assert_array_equal(result["predictions"] > 0.5, [False, True, True, False])


def test_result_has_what_the_demo_reads():
    result = xor.train_xor(seed=0)
    assert isinstance(result["epochs"], int) and isinstance(result["correct"], int)
    assert isinstance(result["loss"], float)
    assert result["predictions"].shape == (4,) and xor.XOR_INPUTS.shape == (4, 2)


def test_same_seed_same_network():
    a, b = xor.train_xor(seed=5), xor.train_xor(seed=5)
    np.testing.assert_array_equal(a["predictions"], b["predictions"])
    assert a["epochs"] == b["epochs"]


def test_a_stuck_start_is_restarted():
    # one step per start cannot reach the tolerance: every restart is used and reported
    result = xor.train_xor(seed=0, max_epochs=1, max_restarts=2)
    assert result["restarts"] == 2 and result["epochs"] == 1 and result["correct"] < 4


def test_reads_or_nand_and_from_the_course_network():
    params = {"W1": np.array([[20.0, -20.0], [20.0, -20.0]]), "b1": np.array([-10.0, 30.0]),
              "W2": np.array([[20.0], [20.0]]), "b2": np.array([-30.0])}
    assert xor.hidden_logic(params) == {"hidden": ["OR", "NAND"], "output": "AND", "network": "XOR"}


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_trained_hidden_units_make_xor_linearly_separable(seed):
    logic = xor.hidden_logic(xor.train_xor(seed=seed)["params"])
    assert logic["network"] == "XOR"
    names = {name: table for table, name in xor.BOOLEAN_FUNCTIONS.items()}
    h1, h2 = (names[n] for n in logic["hidden"])
    # the output, a single linear-threshold unit of (h1, h2), reproduces XOR
    output = names[logic["output"].replace("h", "x")]
    assert tuple(output[2 * a + b] for a, b in zip(h1, h2)) == (0, 1, 1, 0)
