"""graph in the r20 habit: Prince's forward then backward collecting dl/d(node) in a dict, indicator ReLU."""

import numpy as np


def _logsig(a):
    e = np.exp(-abs(a))
    return float(1.0 / (1.0 + e)) if a >= 0 else float(e / (1.0 + e))


def _tansig(a):
    e = np.exp(-2.0 * abs(a))
    return float(np.sign(a) * (1.0 - e) / (1.0 + e))


def _apply(op, args):
    if op == "add":
        return args[0] + args[1]
    if op == "sub":
        return args[0] - args[1]
    if op == "mul":
        return args[0] * args[1]
    if op == "div":
        return args[0] / args[1]
    if op == "exp":
        return float(np.exp(args[0]))
    if op == "log":
        return float(np.log(args[0]))
    if op == "sigmoid":
        return _logsig(args[0])
    if op == "tanh":
        return _tansig(args[0])
    if op == "relu":
        return args[0] * (args[0] > 0)  # ReLU as a times the indicator I[a > 0]
    raise ValueError(op)


def _local_derivatives(op, args, value):
    """d node / d input for each input, in order."""
    if op == "add":
        return [1.0, 1.0]
    if op == "sub":
        return [1.0, -1.0]
    if op == "mul":
        return [args[1], args[0]]
    if op == "div":
        return [1.0 / args[1], -args[0] / args[1] ** 2]
    if op == "exp":
        return [value]
    if op == "log":
        return [1.0 / args[0]]
    if op == "sigmoid":
        return [value * (1.0 - value)]
    if op == "tanh":
        return [1.0 - value ** 2]
    if op == "relu":
        return [1.0 if args[0] > 0 else 0.0]  # indicator I[a > 0]
    raise ValueError(op)


def graph_forward(graph, inputs):
    h = {name: float(v) for name, v in inputs.items()}
    for name, op, input_names in graph:
        h[name] = float(_apply(op, [h[i] for i in input_names]))
    return h


def graph_backward(graph, inputs, output):
    h = graph_forward(graph, inputs)
    all_dl_dh = {name: 0.0 for name in h}
    all_dl_dh[output] = 1.0
    for name, op, input_names in reversed(graph):
        dl_df = all_dl_dh[name]
        local = _local_derivatives(op, [h[i] for i in input_names], h[name])
        for i, d in zip(input_names, local):
            all_dl_dh[i] += dl_df * d
    return all_dl_dh
