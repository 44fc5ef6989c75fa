"""xor.hidden_logic: the network's name computed from the rounded (0/1) hidden values"""


def hidden_logic(params):
    name = lambda v: BOOLEAN_FUNCTIONS[tuple(int(x > 0.5) for x in v)]
    h = _sigmoid(XOR_INPUTS @ params["W1"] + params["b1"])
    hb = (h > 0.5).astype(float)
    return {"hidden": [name(h[:, 0]), name(h[:, 1])],
            "output": name(_sigmoid(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]).replace("x", "h"),
            "network": name(_sigmoid(hb @ params["W2"] + params["b2"])[:, 0])}
