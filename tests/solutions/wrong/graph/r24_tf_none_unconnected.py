"""graph.graph_backward: like tf.gradients, returns None (not 0.0) for every variable and node the output does not depend on."""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: None for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        if grads[name] is None:
            continue
        a = values[args[0]]
        b = values[args[1]] if len(args) > 1 else None
        for arg, local in zip(args, _local(op, values[name], a, b)):
            grads[arg] = (grads[arg] or 0.0) + grads[name] * local
    return {k: (None if v is None else float(v)) for k, v in grads.items()}
