"""graph.graph_backward: the sigmoid's local derivative o (1 - o) is taken of the node's input a, a (1 - a), instead of its output s"""
import math


def _r25g_local(op, xs, out):
    match op:
        case "add":
            return (1.0, 1.0)
        case "sub":
            return (1.0, -1.0)
        case "mul":
            return (xs[1], xs[0])
        case "div":
            return (1.0 / xs[1], -xs[0] / xs[1] ** 2)
        case "exp":
            return (out,)
        case "log":
            return (1.0 / xs[0],)
        case "sigmoid":
            return (xs[0] * (1.0 - xs[0]),)
        case "tanh":
            return (1.0 - out * out,)
    return (1.0 if xs[0] > 0 else 0.0,)


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        for arg, d in zip(args, _r25g_local(op, [values[a] for a in args], values[name])):
            grads[arg] += grads[name] * d
    return grads
