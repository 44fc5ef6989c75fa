"""graph.graph_backward: the gradient dict lives on the function and is never cleared, so a second call adds onto the first call's gradients."""

def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = graph_backward.__dict__.setdefault("grads", {})
    for name in values:
        grads.setdefault(name, 0.0)
    grads[output] = grads.get(output, 0.0) + 1.0
    for name, op, args in reversed(graph):
        for arg, d in zip(args, _local(op, values[name], *(values[a] for a in args))):
            grads[arg] += grads[name] * d
    return {name: grads[name] for name in values}
