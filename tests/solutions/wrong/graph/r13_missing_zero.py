"""graph.graph_backward: only names reached from the output get an entry: an input the output does not depend on is missing instead of 0.0"""


def graph_backward(graph, inputs, output):
    vals = graph_forward(graph, inputs)
    grads = {output: 1.0}
    for name, op, ins in reversed(graph):
        if name not in grads:
            continue
        g = grads[name]
        x = [vals[i] for i in ins]
        v = vals[name]
        d = {"add": lambda: [1.0, 1.0], "sub": lambda: [1.0, -1.0], "mul": lambda: [x[1], x[0]],
             "div": lambda: [1 / x[1], -x[0] / x[1] ** 2], "exp": lambda: [v], "log": lambda: [1 / x[0]],
             "sigmoid": lambda: [v * (1 - v)], "tanh": lambda: [1 - v * v],
             "relu": lambda: [1.0 if x[0] > 0 else 0.0]}[op]()
        for i, di in zip(ins, d):
            grads[i] = grads.get(i, 0.0) + g * di
    return grads
