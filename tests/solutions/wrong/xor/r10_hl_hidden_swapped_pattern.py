"""xor.hidden_logic: the output read on the hidden patterns in (h2, h1) order, so h1 and h2 are exchanged in its name"""


def hidden_logic(params):
    name = lambda v: BOOLEAN_FUNCTIONS[tuple(int(x > 0.5) for x in v)]
    h = _sigmoid(XOR_INPUTS @ params["W1"] + params["b1"])
    corners = XOR_INPUTS[:, ::-1]
    return {"hidden": [name(h[:, 0]), name(h[:, 1])],
            "output": name(_sigmoid(corners @ params["W2"] + params["b2"])[:, 0]).replace("x", "h"),
            "network": name(_forward(XOR_INPUTS, params)[1][:, 0])}
