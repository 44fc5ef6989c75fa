"""reference/graph.py's plain-data graphs: the course's examples and central differences on random graphs."""

import numpy as np
import pytest

from mlptutor.reference.graph import chain_example, graph_backward, graph_forward, multi_path_example

CHAIN = [["h", "mul", ["w1", "x"]], ["y_hat", "mul", ["w2", "h"]], ["e", "sub", ["y_hat", "y"]],
         ["sq", "mul", ["e", "e"]], ["L", "mul", ["half", "sq"]]]
CHAIN_INPUTS = {"x": 2.0, "w1": 0.5, "w2": 1.5, "y": 3.0, "half": 0.5}


def test_the_course_chain_matches_the_node_example():
    grads, nodes = graph_backward(CHAIN, CHAIN_INPUTS, "L"), chain_example()
    assert graph_forward(CHAIN, CHAIN_INPUTS)["y_hat"] == 1.5
    assert (grads["w1"], grads["w2"]) == (nodes["w1"].grad, nodes["w2"].grad) == (-4.5, -1.5)


def test_two_paths_are_summed():
    graph = [["a", "mul", ["x", "y"]], ["b", "add", ["x", "y"]], ["f", "mul", ["a", "b"]]]
    grads, nodes = graph_backward(graph, {"x": 2.0, "y": 3.0}, "f"), multi_path_example()
    assert (grads["x"], grads["y"]) == (nodes["x"].grad, nodes["y"].grad) == (21.0, 16.0)


def random_graph(rng, size=7):
    """Ops on earlier names, inputs drawn so log and div stay defined and relu stays off its kink."""
    inputs = {f"x{i}": float(rng.uniform(0.5, 1.5)) for i in range(3)}
    graph = []
    for k in range(size):
        names = list(inputs) + [n for n, _, _ in graph]
        values = graph_forward(graph, inputs)
        op = str(rng.choice(["add", "sub", "mul", "div", "exp", "log", "sigmoid", "tanh", "relu"]))
        pick = lambda ok: str(rng.choice([n for n in names if ok(values[n])] or names[:1]))
        if op in ("add", "sub", "mul"):
            args = [pick(lambda v: abs(v) < 3), pick(lambda v: abs(v) < 3)]
        elif op == "div":
            args = [pick(lambda v: abs(v) < 3), pick(lambda v: 0.5 < abs(v) < 3)]
        else:
            args = [pick({"log": lambda v: 0.2 < v < 5, "relu": lambda v: abs(v) > 0.1, "exp": lambda v: abs(v) < 2}
                         .get(op, lambda v: True))]
        graph.append([f"n{k}", op, args])
    return graph, inputs


@pytest.mark.parametrize("seed", range(8))
def test_gradients_match_central_differences(seed):
    graph, inputs = random_graph(np.random.default_rng(seed))
    out = graph[-1][0]
    grads = graph_backward(graph, inputs, out)
    for name in inputs:
        h = 1e-6
        up = graph_forward(graph, {**inputs, name: inputs[name] + h})[out]
        down = graph_forward(graph, {**inputs, name: inputs[name] - h})[out]
        assert grads[name] == pytest.approx((up - down) / (2 * h), rel=1e-5, abs=1e-7)


def test_a_malformed_graph_is_one_clear_error():
    with pytest.raises(ValueError, match="op 'pow'"):
        graph_forward([["a", "pow", ["x", "x"]]], {"x": 1.0})
    with pytest.raises(ValueError, match="missing"):
        graph_forward([["a", "add", ["x", "z"]]], {"x": 1.0})
