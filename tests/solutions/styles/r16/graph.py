"""Scalar graphs the micrograd way: a tiny Value node with a _backward closure,
gradients accumulated with += in reverse topological order."""

import math


def _sigmoid(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


class _Value:
    def __init__(self, data, parents=()):
        self.data = float(data)
        self.grad = 0.0
        self._parents = parents
        self._local = ()            # one local derivative per parent (same order)

    def backward_step(self):
        for parent, d in zip(self._parents, self._local):
            parent.grad += self.grad * d


def _apply(op, args):
    vals = [v.data for v in args]
    if op == "add":
        out, local = vals[0] + vals[1], (1.0, 1.0)
    elif op == "sub":
        out, local = vals[0] - vals[1], (1.0, -1.0)
    elif op == "mul":
        out, local = vals[0] * vals[1], (vals[1], vals[0])
    elif op == "div":
        a, b = vals
        out, local = a / b, (1.0 / b, -a / (b * b))
    elif op == "exp":
        out = math.exp(vals[0])
        local = (out,)
    elif op == "log":
        out, local = math.log(vals[0]), (1.0 / vals[0],)
    elif op == "sigmoid":
        out = _sigmoid(vals[0])
        local = (out * (1.0 - out),)
    elif op == "tanh":
        out = math.tanh(vals[0])
        local = ((1.0 - out) * (1.0 + out),)
    elif op == "relu":
        out = vals[0] if vals[0] > 0 else 0.0
        local = (1.0 if vals[0] > 0 else 0.0,)
    else:
        raise ValueError(f"unknown op {op!r}")
    node = _Value(out, tuple(args))
    node._local = local
    return node


def _build(graph, inputs):
    nodes = {name: _Value(v) for name, v in inputs.items()}
    order = []
    for name, op, ins in graph:
        nodes[name] = _apply(op, [nodes[i] for i in ins])
        order.append(name)
    return nodes, order


def graph_forward(graph, inputs):
    nodes, _ = _build(graph, inputs)
    return {name: node.data for name, node in nodes.items()}


def graph_backward(graph, inputs, output):
    nodes, order = _build(graph, inputs)
    nodes[output].grad = 1.0
    for name in reversed(order):
        nodes[name].backward_step()
    return {name: float(node.grad) for name, node in nodes.items()}
