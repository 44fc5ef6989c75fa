import math

import pytest
import sympy as sp

from mlptutor.reference import graph
from mlptutor.reference.graph import Node, backward


def test_worked_example_of_the_notes():
    nodes = graph.chain_example()
    assert nodes["y_hat"].value == pytest.approx(1.5)
    assert nodes["w2"].grad == pytest.approx(-1.5)
    assert nodes["w1"].grad == pytest.approx(-4.5)
    assert nodes["L"].value == pytest.approx(1.125)


def test_multi_path_example_sums_the_paths():
    nodes = graph.multi_path_example(x=2.0, y=3.0)
    assert nodes["f"].value == pytest.approx(30.0)
    assert nodes["x"].grad == pytest.approx(21.0)  # b*y + a: through a = x*y and through b = x + y
    assert nodes["y"].grad == pytest.approx(16.0)


def test_a_node_used_twice_by_one_operation_counts_twice():
    x = Node(3.0)
    backward(x * x)
    assert x.grad == pytest.approx(6.0)


def test_every_operation_matches_sympy():
    a, b = sp.symbols("a b", positive=True)
    symbolic = (
        sp.exp(a * b) / (a + 2) - sp.log(b) * sp.tanh(a - b) + (1 / (1 + sp.exp(-a))) ** 3 + b**a - 1 / b + sp.Max(a - b, 0) * 2
    )

    def build(x, y):
        return graph.exp(x * y) / (x + 2) - graph.log(y) * graph.tanh(x - y) + graph.sigmoid(x) ** 3 + y**x - 1 / y + graph.relu(x - y) * 2

    point = {a: 1.3, b: 0.7}  # a - b > 0: away from the relu kink
    x, y = Node(1.3), Node(0.7)
    out = build(x, y)
    backward(out)
    assert out.value == pytest.approx(float(symbolic.subs(point)), rel=1e-12)
    assert x.grad == pytest.approx(float(sp.diff(symbolic, a).subs(point)), rel=1e-12)
    assert y.grad == pytest.approx(float(sp.diff(symbolic, b).subs(point)), rel=1e-12)


def test_backward_twice_gives_the_same_gradients_and_returns_topological_order():
    nodes = graph.chain_example()
    order = backward(nodes["L"])
    backward(nodes["L"])
    assert nodes["w1"].grad == pytest.approx(-4.5)
    position = {id(n): i for i, n in enumerate(order)}
    assert order[-1] is nodes["L"]
    assert all(position[id(p)] < position[id(n)] for n in order for p, _ in n.parents)


def test_deep_graphs_do_not_hit_the_recursion_limit():
    x = Node(0.5)
    out = x
    for _ in range(5000):
        out = graph.tanh(out) * 1.0
    backward(out)
    assert math.isfinite(x.grad) and x.grad > 0
