"""graph.graph_backward: the minus of d(a/b)/db = -a/b^2 forgotten in the div branch."""

import numpy as np


def _r24c_forward_vals(graph, inputs):
    vals = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        a = vals[args[0]]
        b = vals[args[1]] if len(args) > 1 else None
        if op == "add":
            vals[name] = a + b
        elif op == "sub":
            vals[name] = a - b
        elif op == "mul":
            vals[name] = a * b
        elif op == "div":
            vals[name] = a / b
        elif op == "exp":
            vals[name] = float(np.exp(a))
        elif op == "log":
            vals[name] = float(np.log(a))
        elif op == "sigmoid":
            vals[name] = float(0.5 * (1 + np.tanh(0.5 * a)))
        elif op == "tanh":
            vals[name] = float(np.tanh(a))
        else:
            vals[name] = max(a, 0.0)
    return vals


def graph_backward(graph, inputs, output):
    vals = _r24c_forward_vals(graph, inputs)
    grads = dict.fromkeys(vals, 0.0)
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        g, v = grads[name], vals[name]
        a = vals[args[0]]
        b = vals[args[1]] if len(args) > 1 else None
        if op == "add":
            local = (1.0, 1.0)
        elif op == "sub":
            local = (1.0, -1.0)
        elif op == "mul":
            local = (b, a)
        elif op == "div":
            local = (1 / b, a / b ** 2)
        elif op == "exp":
            local = (v,)
        elif op == "log":
            local = (1 / a,)
        elif op == "sigmoid":
            local = (v * (1 - v),)
        elif op == "tanh":
            local = (1 - v * v,)
        else:
            local = (1.0 if a > 0 else 0.0,)
        for arg, d in zip(args, local):
            grads[arg] += g * d
    return grads
