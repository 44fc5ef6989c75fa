"""Scalar computation graphs with if/elif chains and explicit loops (loops style)."""

import math


def _apply(op, a, b=None):
    if op == "add":
        return a + b
    if op == "sub":
        return a - b
    if op == "mul":
        return a * b
    if op == "div":
        return a / b
    if op == "exp":
        return math.exp(a)
    if op == "log":
        return math.log(a)
    if op == "sigmoid":
        if a >= 0:
            return 1.0 / (1.0 + math.exp(-a))
        e = math.exp(a)
        return e / (1.0 + e)
    if op == "tanh":
        return math.tanh(a)
    if op == "relu":
        return a if a > 0 else 0.0
    raise ValueError(f"unknown op {op!r}")


def graph_forward(graph, inputs):
    values = {}
    for name in inputs:
        values[name] = float(inputs[name])
    for node in graph:
        name, op, args = node[0], node[1], node[2]
        operands = []
        for arg in args:
            operands.append(values[arg])
        values[name] = float(_apply(op, *operands))
    return values


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {}
    for name in values:
        grads[name] = 0.0
    grads[output] = 1.0
    for k in range(len(graph) - 1, -1, -1):
        name, op, args = graph[k]
        g = grads[name]
        v = values[name]
        a = values[args[0]]
        if op == "add":
            locals_ = [1.0, 1.0]
        elif op == "sub":
            locals_ = [1.0, -1.0]
        elif op == "mul":
            locals_ = [values[args[1]], a]
        elif op == "div":
            b = values[args[1]]
            locals_ = [1.0 / b, -a / (b * b)]
        elif op == "exp":
            locals_ = [v]
        elif op == "log":
            locals_ = [1.0 / a]
        elif op == "sigmoid":
            locals_ = [v * (1.0 - v)]
        elif op == "tanh":
            locals_ = [1.0 - v * v]
        else:
            locals_ = [1.0 if a > 0 else 0.0]
        for i in range(len(args)):
            grads[args[i]] += g * locals_[i]
    return grads
