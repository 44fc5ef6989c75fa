"""graph.graph_backward: gradients summed into a mutable default dict: a second call adds onto the first call's gradients"""


def graph_backward(graph, inputs, output, grads={}):
    vals = graph_forward(graph, inputs)
    for v in vals:
        grads.setdefault(v, 0.0)
    grads[output] += 1.0
    for name, op, args in reversed(graph):
        g = grads[name]
        a = vals[args[0]]
        b = vals[args[1]] if len(args) > 1 else None
        s = vals[name]
        if op == "add":
            locs = (1.0, 1.0)
        elif op == "sub":
            locs = (1.0, -1.0)
        elif op == "mul":
            locs = (b, a)
        elif op == "div":
            locs = (1.0 / b, -a / b ** 2)
        elif op == "exp":
            locs = (s,)
        elif op == "log":
            locs = (1.0 / a,)
        elif op == "sigmoid":
            locs = (s * (1.0 - s),)
        elif op == "tanh":
            locs = (1.0 - s * s,)
        else:
            locs = (1.0 if a > 0 else 0.0,)
        for arg, d in zip(args, locs):
            grads[arg] += g * d
    return dict(grads)
