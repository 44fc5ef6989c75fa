"""graph.graph_backward: the tanh node's local derivative is 1 - a^2 with a its input, instead of 1 - t^2 with t = tanh(a) the node's value."""

def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        ins = [values[a] for a in args]
        v = values[name]
        local = {
            "add": lambda: (1.0, 1.0), "sub": lambda: (1.0, -1.0), "mul": lambda: (ins[1], ins[0]),
            "div": lambda: (1.0 / ins[1], -ins[0] / ins[1] ** 2), "exp": lambda: (v,), "log": lambda: (1.0 / ins[0],),
            "sigmoid": lambda: (v * (1 - v),), "tanh": lambda: (1 - ins[0] ** 2,), "relu": lambda: (1.0 if ins[0] > 0 else 0.0,),
        }[op]()
        for arg, d in zip(args, local):
            grads[arg] += grads[name] * d
    return grads
