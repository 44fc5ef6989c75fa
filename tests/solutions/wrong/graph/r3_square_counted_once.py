"""graph.graph_backward: collects each node's local derivatives in a dict keyed by input name, so a node that uses one
variable twice (x * x) passes only one of the two paths back: d(x*x)/dx comes out x instead of 2x."""

def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        locals_by_input = dict(zip(args, _local(op, values[name], *(values[a] for a in args))))
        for arg, d in locals_by_input.items():
            grads[arg] += grads[name] * d
    return grads
