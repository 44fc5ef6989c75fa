"""xor.hidden_logic: hidden pre-activations X @ W1.T, unit j read from W1's row j instead of its column"""


def hidden_logic(params):
    name = lambda v: BOOLEAN_FUNCTIONS[tuple(int(x > 0.5) for x in v)]
    h = _sigmoid(XOR_INPUTS @ params["W1"].T + params["b1"])
    return {"hidden": [name(h[:, 0]), name(h[:, 1])],
            "output": name(_sigmoid(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]).replace("x", "h"),
            "network": name(_sigmoid(h @ params["W2"] + params["b2"])[:, 0])}
