"""graph.graph_backward: sub's local derivatives taken as (1, 1) like add, so the subtracted input gets the wrong sign."""

def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        locals_ = [1.0, 1.0] if op == "sub" else _local(op, values[name], *(values[a] for a in args))
        for arg, d in zip(args, locals_):
            grads[arg] += grads[name] * d
    return grads
