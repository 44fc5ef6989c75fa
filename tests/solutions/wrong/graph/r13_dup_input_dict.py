"""graph.graph_backward: local derivatives kept in a dict keyed by input name, so x * x (one input used twice) counts one path only"""


def graph_backward(graph, inputs, output):
    vals = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in vals}
    grads[output] = 1.0
    for name, op, ins in reversed(graph):
        a = vals[ins[0]]
        b = vals[ins[1]] if len(ins) > 1 else None
        v = vals[name]
        local = {
            "add": lambda: (1.0, 1.0), "sub": lambda: (1.0, -1.0), "mul": lambda: (b, a),
            "div": lambda: (1 / b, -a / b ** 2), "exp": lambda: (v,), "log": lambda: (1 / a,),
            "sigmoid": lambda: (v * (1 - v),), "tanh": lambda: (1 - v * v,),
            "relu": lambda: (1.0 if a > 0 else 0.0,),
        }[op]()
        for inp, d in dict(zip(ins, local)).items():
            grads[inp] += grads[name] * d
    return grads
