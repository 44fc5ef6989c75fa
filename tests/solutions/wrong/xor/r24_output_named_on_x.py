"""xor.hidden_logic: names the output unit's function with the table's x1/x2 names ("NOT x1 OR x2") instead of the hidden units' h1/h2."""


def hidden_logic(params):
    hidden = _sigmoid(XOR_INPUTS @ params["W1"] + params["b1"])
    on_patterns = _sigmoid(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]
    return {"hidden": [BOOLEAN_FUNCTIONS[_table(hidden[:, j])] for j in range(2)],
            "output": BOOLEAN_FUNCTIONS[_table(on_patterns)],
            "network": BOOLEAN_FUNCTIONS[_table(_forward(XOR_INPUTS, params)[1][:, 0])]}
