"""xor.hidden_logic: reads the output unit on the network's real hidden values (sess.run of the whole graph) instead of on the four binary patterns (h1, h2): its "output" is the network's table renamed."""


def hidden_logic(params):
    hidden = _sigmoid(XOR_INPUTS @ params["W1"] + params["b1"])
    p = _sigmoid(hidden @ params["W2"] + params["b2"])[:, 0]
    return {"hidden": [BOOLEAN_FUNCTIONS[_table(hidden[:, j])] for j in range(2)],
            "output": BOOLEAN_FUNCTIONS[_table(p)].replace("x", "h"),
            "network": BOOLEAN_FUNCTIONS[_table(p)]}
