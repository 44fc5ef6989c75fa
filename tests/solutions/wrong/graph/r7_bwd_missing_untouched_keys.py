"""graph.graph_backward: a defaultdict filled only along the paths walked back from the output: names the output does not depend on are missing instead of 0.0."""

def graph_backward(graph, inputs, output):
    from collections import defaultdict
    values = graph_forward(graph, inputs)
    grads = defaultdict(float)
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        if name not in grads:
            continue
        ins = [values[a] for a in args]
        v = values[name]
        local = {
            "add": lambda: (1.0, 1.0), "sub": lambda: (1.0, -1.0), "mul": lambda: (ins[1], ins[0]),
            "div": lambda: (1.0 / ins[1], -ins[0] / ins[1] ** 2), "exp": lambda: (v,), "log": lambda: (1.0 / ins[0],),
            "sigmoid": lambda: (v * (1 - v),), "tanh": lambda: (1 - v * v,), "relu": lambda: (1.0 if ins[0] > 0 else 0.0,),
        }[op]()
        for arg, d in zip(args, local):
            grads[arg] += grads[name] * d
    return dict(grads)
