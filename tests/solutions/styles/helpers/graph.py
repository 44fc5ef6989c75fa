"""Scalar computation graphs with a Node class and an op table of (forward, local derivatives) (helpers style)."""

import math
from dataclasses import dataclass


def _sigmoid(a):
    return 1.0 / (1.0 + math.exp(-a)) if a >= 0 else math.exp(a) / (1.0 + math.exp(a))


# op -> (value from inputs, local derivatives from (inputs, value))
_OPS = {
    "add": (lambda a, b: a + b, lambda x, v: (1.0, 1.0)),
    "sub": (lambda a, b: a - b, lambda x, v: (1.0, -1.0)),
    "mul": (lambda a, b: a * b, lambda x, v: (x[1], x[0])),
    "div": (lambda a, b: a / b, lambda x, v: (1.0 / x[1], -x[0] / x[1] ** 2)),
    "exp": (math.exp, lambda x, v: (v,)),
    "log": (math.log, lambda x, v: (1.0 / x[0],)),
    "sigmoid": (_sigmoid, lambda x, v: (v * (1.0 - v),)),
    "tanh": (math.tanh, lambda x, v: (1.0 - v * v,)),
    "relu": (lambda a: max(a, 0.0), lambda x, v: (1.0 if x[0] > 0 else 0.0,)),
}


@dataclass
class _Node:
    name: str
    op: str
    args: list

    def value(self, values):
        return float(_OPS[self.op][0](*(values[a] for a in self.args)))

    def locals(self, values):
        return _OPS[self.op][1]([values[a] for a in self.args], values[self.name])


def _nodes(graph):
    return [_Node(name, op, list(args)) for name, op, args in graph]


def graph_forward(graph, inputs):
    values = {k: float(v) for k, v in inputs.items()}
    for node in _nodes(graph):
        values[node.name] = node.value(values)
    return values


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = dict.fromkeys(values, 0.0)
    grads[output] = 1.0
    for node in reversed(_nodes(graph)):
        for arg, local in zip(node.args, node.locals(values)):
            grads[arg] += grads[node.name] * local
    return grads
