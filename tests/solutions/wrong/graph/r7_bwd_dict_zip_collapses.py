"""graph.graph_backward: gathers a node's local derivatives in dict(zip(inputs, locals)), so a node that uses one variable twice (x * x) keeps one of the two paths."""

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
            "sigmoid": lambda: (v * (1 - v),), "tanh": lambda: (1 - v * v,), "relu": lambda: (1.0 if ins[0] > 0 else 0.0,),
        }[op]()
        for arg, d in dict(zip(args, local)).items():
            grads[arg] += grads[name] * d
    return grads
