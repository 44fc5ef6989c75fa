"""xor.hidden_logic: the output's name keeps x1, x2 instead of h1, h2"""


def hidden_logic(params):
    name = lambda v: BOOLEAN_FUNCTIONS[tuple(int(x > 0.5) for x in v)]
    h = _sigmoid(XOR_INPUTS @ params["W1"] + params["b1"])
    out = _sigmoid(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]
    return {"hidden": [name(h[:, j]) for j in range(2)], "output": name(out),
            "network": name(_forward(XOR_INPUTS, params)[1][:, 0])}
