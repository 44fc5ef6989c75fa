"""xor.hidden_logic: thresholds with >= 0.5, so a unit sitting exactly at 0.5 (z = 0) reads as 1"""


def hidden_logic(params):
    def table(v):
        return tuple(int(x >= 0.5) for x in v)
    h = _sigmoid(XOR_INPUTS @ params["W1"] + params["b1"])
    o = _sigmoid(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]
    p = _forward(XOR_INPUTS, params)[1][:, 0]
    return {"hidden": [BOOLEAN_FUNCTIONS[table(h[:, 0])], BOOLEAN_FUNCTIONS[table(h[:, 1])]],
            "output": BOOLEAN_FUNCTIONS[table(o)].replace("x", "h"), "network": BOOLEAN_FUNCTIONS[table(p)]}
