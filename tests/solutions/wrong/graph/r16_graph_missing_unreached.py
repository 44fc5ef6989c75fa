"""graph.graph_backward: micrograd habit, only the nodes reached backwards from the output get a gradient: what the output does not depend on is missing instead of 0.0"""
import math


def graph_backward(graph, inputs, output):
    vals = graph_forward(graph, inputs)
    grads = {output: 1.0}
    for name, op, ins in reversed(graph):
        if name not in grads:
            continue
        g = grads[name]
        a = [vals[i] for i in ins]
        s = vals[name]
        if op == "add":
            local = [1.0, 1.0]
        elif op == "sub":
            local = [1.0, -1.0]
        elif op == "mul":
            local = [a[1], a[0]]
        elif op == "div":
            local = [1.0 / a[1], -a[0] / a[1] ** 2]
        elif op == "exp":
            local = [s]
        elif op == "log":
            local = [1.0 / a[0]]
        elif op == "sigmoid":
            local = [s * (1.0 - s)]
        elif op == "tanh":
            local = [1.0 - s * s]
        else:
            local = [1.0 if a[0] > 0 else 0.0]
        for i, d in zip(ins, local):
            grads[i] = grads.get(i, 0.0) + g * d
    return grads
