"""graph.graph_backward: returns gradients only for the names the backward pass reached from the output (a dict built with setdefault): the contract's 0.0 entries for the rest are missing."""

import math


def graph_backward(graph, inputs, output):
    vals = graph_forward(graph, inputs)
    grads = {output: 1.0}
    for name, op, args in reversed(graph):
        a = [vals[x] for x in args]
        v = vals[name]
        if op == "add":
            local = [1.0, 1.0]
        elif op == "sub":
            local = [1.0, -1.0]
        elif op == "mul":
            local = [a[1], a[0]]
        elif op == "div":
            local = [1.0 / a[1], -a[0] / a[1] ** 2]
        elif op == "exp":
            local = [v]
        elif op == "log":
            local = [1.0 / a[0]]
        elif op == "sigmoid":
            local = [v * (1.0 - v)]
        elif op == "tanh":
            local = [1.0 - v * v]
        else:
            local = [1.0 if a[0] > 0 else 0.0]
        for x, d in zip(args, local):
            if name in grads:
                grads[x] = grads.get(x, 0.0) + grads[name] * d
    return grads
