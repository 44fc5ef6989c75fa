def _r18_push(graph, values, grads, name):
    node = {n: (op, args) for n, op, args in graph}.get(name)
    if node is None:
        return
    op, args = node
    for arg, local in zip(args, _local(op, values[name], *(values[a] for a in args))):
        grads[arg] += grads[name] * local
        _r18_push(graph, values, grads, arg)


def graph_backward(graph, inputs, output):
    """Backward by recursion from the output, no topological order: a node reached by two paths pushes its whole accumulated gradient down once per path, so shared subexpressions are over-counted."""
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    _r18_push(graph, values, grads, output)
    return grads
