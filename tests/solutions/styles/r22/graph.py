"""Exercise: forward and backward passes through scalar computation graphs (backprop by hand).

Data Science from Scratch style: plain floats in dicts, the math module, one typed
helper per job.
"""

import math
from typing import Dict, List

import numpy as np

Values = Dict[str, float]


def _sigmoid(a: float) -> float:
    """Logistic function without a large exponent on either side."""
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


_UNARY = {"exp": math.exp, "log": math.log, "sigmoid": _sigmoid, "tanh": math.tanh,
          "relu": lambda a: max(a, 0.0)}
_BINARY = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b,
           "mul": lambda a, b: a * b, "div": lambda a, b: a / b}


def _local_derivatives(op: str, args: List[float], value: float) -> List[float]:
    """d node / d input, one per input, in input order."""
    if op == "add":
        return [1.0, 1.0]
    if op == "sub":
        return [1.0, -1.0]
    if op == "mul":
        return [args[1], args[0]]
    if op == "div":
        return [1.0 / args[1], -args[0] / args[1] ** 2]
    if op == "exp":
        return [value]
    if op == "log":
        return [1.0 / args[0]]
    if op == "sigmoid":
        return [value * (1.0 - value)]
    if op == "tanh":
        return [1.0 - value ** 2]
    if op == "relu":
        return [1.0 if args[0] > 0 else 0.0]
    raise ValueError(f"unknown op {op!r}")


def graph_forward(graph, inputs):
    """Values of a computation graph given as plain data.

    graph: list of [name, op, [input names]] in topological order (each node after its inputs);
    ops "add", "sub", "mul", "div" (two inputs, in order: sub is a - b, div is a / b) and
    "exp", "log", "sigmoid", "tanh", "relu" (one input). inputs: {name: float} for the variables
    the graph starts from. Returns {name: float} for every input and every node.
    """
    values: Values = {name: float(v) for name, v in inputs.items()}
    for name, op, args in graph:
        xs = [values[a] for a in args]
        if op in _BINARY:
            values[name] = float(_BINARY[op](*xs))
        else:
            values[name] = float(_UNARY[op](xs[0]))
    return values


def graph_backward(graph, inputs, output):
    """d output / d v for every input and node v of a plain-data graph (as in graph_forward).

    Reverse topological order, grad(output) = 1, and for each node its gradient times each
    local derivative is added to its input's gradient: a variable that reaches the output
    by several paths (or used twice by one node, x * x) gets the sum over all of them.
    Returns {name: float}; 0.0 for what the output does not depend on.
    """
    values = graph_forward(graph, inputs)
    grads: Values = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        upstream = grads[name]
        if upstream == 0.0:
            continue
        local = _local_derivatives(op, [values[a] for a in args], values[name])
        for arg, d in zip(args, local):
            grads[arg] += upstream * d
    return grads
