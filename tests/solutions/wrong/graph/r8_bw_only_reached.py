"""graph.graph_backward: returns only the names the backward pass touched (a defaultdict), so what the output does not depend on is missing instead of 0.0."""


def graph_backward(graph, inputs, output):
    from collections import defaultdict
    vals = graph_forward(graph, inputs)
    grads = defaultdict(float)
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        if name not in grads:
            continue
        a = vals[args[0]]; b = vals[args[1]] if len(args) > 1 else None; v = vals[name]
        local = {"add": (1, 1), "sub": (1, -1), "mul": (b, a), "div": (1 / b if b else 0, -a / b ** 2 if b else 0),
                 "exp": (v,), "log": (1 / a if a else 0,), "sigmoid": (v * (1 - v),), "tanh": (1 - v * v,),
                 "relu": (1.0 if a > 0 else 0.0,)}[op]
        for arg, d in zip(args, local):
            grads[arg] += grads[name] * d
    return dict(grads)
