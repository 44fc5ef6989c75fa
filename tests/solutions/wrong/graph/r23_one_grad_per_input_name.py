"""graph.graph_backward: a node's gradInput is kept in a dict keyed by input name, so x * x contributes one x instead of two (the gradient is halved)."""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        a = [values[n] for n in args]
        out = values[name]
        local = {"add": lambda: [1.0, 1.0], "sub": lambda: [1.0, -1.0], "mul": lambda: [a[1], a[0]],
                 "div": lambda: [1.0 / a[1], -a[0] / (a[1] * a[1])], "exp": lambda: [out],
                 "log": lambda: [1.0 / a[0]], "sigmoid": lambda: [out * (1.0 - out)],
                 "tanh": lambda: [1.0 - out * out], "relu": lambda: [1.0 if a[0] > 0 else 0.0]}[op]()
        gradInput = dict(zip(args, local))
        for n, d in gradInput.items():
            grads[n] += grads[name] * d
    return grads
