"""graph.graph_backward: keys the local derivatives by input NAME (a feed_dict-like {name: d}), so a node that uses one variable twice (x * x) counts only one of its two paths."""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        a = values[args[0]]
        b = values[args[1]] if len(args) > 1 else None
        local_by_name = dict(zip(args, _local(op, values[name], a, b)))
        for arg, local in local_by_name.items():
            grads[arg] += grads[name] * local
    return {k: float(v) for k, v in grads.items()}
