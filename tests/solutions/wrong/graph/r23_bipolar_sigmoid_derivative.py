"""graph.graph_backward: the sigmoid's local derivative is Fausett's bipolar 0.5 (1 + s)(1 - s) instead of s (1 - s)."""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        f = values[name]
        local = [0.5 * (1.0 + f) * (1.0 - f)] if op == "sigmoid" else _local(op, f, *(values[n] for n in args))
        for a, d in zip(args, local):
            grads[a] += grads[name] * d
    return grads
