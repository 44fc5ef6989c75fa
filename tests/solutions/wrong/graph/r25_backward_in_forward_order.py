"""graph.graph_backward: visits the nodes in the given (topological) order instead of reversed, so a node passes on its gradient before its users have added theirs"""
import math


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in graph:
        xs = [values[a] for a in args]
        out = values[name]
        local = {
            "add": lambda: (1.0, 1.0), "sub": lambda: (1.0, -1.0), "mul": lambda: (xs[1], xs[0]),
            "div": lambda: (1.0 / xs[1], -xs[0] / xs[1] ** 2), "exp": lambda: (out,),
            "log": lambda: (1.0 / xs[0],), "sigmoid": lambda: (out * (1.0 - out),),
            "tanh": lambda: (1.0 - out * out,), "relu": lambda: (1.0 if xs[0] > 0 else 0.0,),
        }[op]()
        for arg, d in zip(args, local):
            grads[arg] += grads[name] * d
    return grads
