"""graph.graph_backward: sigmoid's local derivative written as y (1 - y) with y the retained INPUT (Chainer retain_inputs where the backward needs the retained output): a (1 - a) instead of s (1 - s)."""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        a = values[args[0]]
        b = values[args[1]] if len(args) > 1 else None
        if op == "sigmoid":
            locals_ = (a * (1.0 - a),)
        else:
            locals_ = _local(op, values[name], a, b)
        for arg, local in zip(args, locals_):
            grads[arg] += grads[name] * local
    return {k: float(v) for k, v in grads.items()}
