"""graph.graph_backward: d(a / b)/db taken as +a / b^2 (sign slip); wrong through any div node."""


def graph_backward(graph, inputs, output):
    vals = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in vals}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        a = vals[args[0]]; b = vals[args[1]] if len(args) > 1 else None; v = vals[name]
        local = {"add": (1, 1), "sub": (1, -1), "mul": (b, a), "div": (1 / b if b else 0, a / b ** 2 if b else 0),
                 "exp": (v,), "log": (1 / a if a else 0,), "sigmoid": (v * (1 - v),), "tanh": (1 - v * v,),
                 "relu": (1.0 if a > 0 else 0.0,)}[op]
        for arg, d in zip(args, local):
            grads[arg] += grads[name] * d
    return grads
