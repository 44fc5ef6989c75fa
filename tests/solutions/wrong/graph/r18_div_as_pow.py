"""graph.graph_backward: Division done micrograd's way as a * b**-1, but the b side only gets the power rule -b**-2
times grad, without the factor a from the mul node.
"""

def graph_backward(graph, inputs, output):
    """Division done micrograd's way as a * b**-1, but the b side only gets the power rule -b**-2 times grad, without the factor a from the mul node."""
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        if op == "div":
            a, b = (values[x] for x in args)
            grads[args[0]] += grads[name] * b ** -1
            grads[args[1]] += grads[name] * (-1 * b ** -2)
            continue
        for arg, local in zip(args, _local(op, values[name], *(values[a] for a in args))):
            grads[arg] += grads[name] * local
    return grads
