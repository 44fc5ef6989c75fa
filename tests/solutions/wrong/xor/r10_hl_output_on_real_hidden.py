"""xor.hidden_logic: the output unit read on the real hidden activations of the XOR inputs, not on the four binary hidden patterns"""


def hidden_logic(params):
    h = _sigmoid(XOR_INPUTS @ params["W1"] + params["b1"])
    p = _sigmoid(h @ params["W2"] + params["b2"])[:, 0]
    name = lambda v: BOOLEAN_FUNCTIONS[tuple(int(x > 0.5) for x in v)]
    return {"hidden": [name(h[:, 0]), name(h[:, 1])], "output": name(p).replace("x", "h"), "network": name(p)}
