"""graph.graph_backward: RIGHT: local derivatives from a dict of lambdas on (inputs, value), accumulated with +=; sigmoid' from the node's value."""


def graph_backward(graph, inputs, output):
    vals = graph_forward(graph, inputs)
    local = {
        "add": lambda a, v: (1.0, 1.0), "sub": lambda a, v: (1.0, -1.0),
        "mul": lambda a, v: (a[1], a[0]), "div": lambda a, v: (1.0 / a[1], -a[0] / (a[1] * a[1])),
        "exp": lambda a, v: (v,), "log": lambda a, v: (1.0 / a[0],),
        "sigmoid": lambda a, v: (v * (1.0 - v),), "tanh": lambda a, v: (1.0 - v * v,),
        "relu": lambda a, v: (1.0 if a[0] > 0 else 0.0,),
    }
    grad = dict.fromkeys(vals, 0.0)
    grad[output] = 1.0
    for name, op, args in graph[::-1]:
        for arg, d in zip(args, local[op]([vals[x] for x in args], vals[name])):
            grad[arg] += grad[name] * d
    return grad
