"""graph.graph_backward: each node WRITES its inputs' gradients (Caffe's Backward_cpu overwrites bottom diff, with no Split layer): a variable used by several nodes, or twice by one (x * x), keeps only the last path."""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        a = values[args[0]]
        b = values[args[1]] if len(args) > 1 else None
        locals_ = _local(op, values[name], a, b)
        for arg, local in zip(args, locals_):
            grads[arg] = grads[name] * local
    return {k: float(v) for k, v in grads.items()}
