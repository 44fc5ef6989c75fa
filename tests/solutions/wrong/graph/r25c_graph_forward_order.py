"""graph.graph_backward: the loop 'simplified' into graph order (reversed() dropped): a node passes its gradient on before it is complete."""

def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in graph:
        for arg, local in zip(args, _local(op, values[name], *(values[a] for a in args))):
            grads[arg] += grads[name] * local
    return grads
