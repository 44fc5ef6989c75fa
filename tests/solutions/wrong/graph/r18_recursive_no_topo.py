"""graph.graph_backward: Backward by recursion from the output, micrograd's node._backward() then each child's, with no
topological order: a node reached by two paths pushes its gradient down once per path, the first time only partly
summed, so shared subexpressions are over-counted.
"""

def _r18_push(nodes, values, grads, name):
    if name not in nodes:
        return
    op, args = nodes[name]
    for arg, local in zip(args, _local(op, values[name], *(values[a] for a in args))):
        grads[arg] += grads[name] * local
    for arg in args:
        _r18_push(nodes, values, grads, arg)


def graph_backward(graph, inputs, output):
    """Backward by recursion from the output, micrograd's node._backward() then each child's, with no topological order: a node reached by two paths pushes its gradient down once per path, the first time only partly summed, so shared subexpressions are over-counted."""
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    _r18_push({n: (op, args) for n, op, args in graph}, values, grads, output)
    return grads
