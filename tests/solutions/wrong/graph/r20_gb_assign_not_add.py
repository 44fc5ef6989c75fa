"""graph.graph_backward: each path's gradient assigned (=) to the input, not added, so a variable used by several nodes keeps only the last path"""


def graph_backward(graph, inputs, output):
    h = graph_forward(graph, inputs)
    all_dl_dh = {name: 0.0 for name in h}
    all_dl_dh[output] = 1.0
    for name, op, args in reversed(graph):
        vals = [h[i] for i in args]
        for i, d in zip(args, _local(op, h[name], *vals)):
            all_dl_dh[i] = all_dl_dh[name] * d
    return all_dl_dh
