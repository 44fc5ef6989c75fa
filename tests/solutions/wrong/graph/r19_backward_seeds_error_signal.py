"""graph.graph_backward: Seeds the output with Haykin's error-signal sign, grad(output) = -1 (e = d - y), so every
gradient comes back negated.
"""

def graph_backward(graph, inputs, output):
    """Seeds the output with Haykin's error-signal sign, grad(output) = -1 (e = d - y), so every gradient comes back negated."""
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = -1.0
    for name, op, args in reversed(graph):
        a = [values[n] for n in args]
        s = values[name]
        if op in ("add", "sub"):
            local = [1.0, 1.0 if op == "add" else -1.0]
        elif op == "mul":
            local = [a[1], a[0]]
        elif op == "div":
            local = [1.0 / a[1], -a[0] / a[1] ** 2]
        elif op == "log":
            local = [1.0 / a[0]]
        elif op == "sigmoid":
            local = [s * (1.0 - s)]
        elif op == "tanh":
            local = [1.0 - s * s]
        elif op == "relu":
            local = [1.0 if a[0] > 0 else 0.0]
        else:  # exp
            local = [s]
        for n, d in zip(args, local):
            grads[n] += grads[name] * d
    return grads
