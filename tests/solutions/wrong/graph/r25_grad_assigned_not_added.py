"""graph.graph_backward: assigns grad(input) = grad(node) * local instead of adding, so a variable reached by several paths (or x * x) keeps only the last path"""
import math


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        xs = [values[a] for a in args]
        out = values[name]
        match op:
            case "add":
                local = (1.0, 1.0)
            case "sub":
                local = (1.0, -1.0)
            case "mul":
                local = (xs[1], xs[0])
            case "div":
                local = (1.0 / xs[1], -xs[0] / xs[1] ** 2)
            case "exp":
                local = (out,)
            case "log":
                local = (1.0 / xs[0],)
            case "sigmoid":
                local = (out * (1.0 - out),)
            case "tanh":
                local = (1.0 - out * out,)
            case _:
                local = (1.0 if xs[0] > 0 else 0.0,)
        for arg, d in zip(args, local):
            grads[arg] = grads[name] * d
    return grads
