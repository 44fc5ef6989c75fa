"""xor.hidden_logic: reads the output unit on the hidden patterns in (h2, h1) order (XOR_INPUTS with its columns swapped),
so an output that is not symmetric in h1, h2 gets the mirrored name (e.g. "h1 AND NOT h2" for "NOT h1 AND h2")."""

def hidden_logic(params):
    hidden = _sigmoid(XOR_INPUTS @ params["W1"] + params["b1"])
    on_patterns = _sigmoid(XOR_INPUTS[:, ::-1] @ params["W2"] + params["b2"])[:, 0]
    return {"hidden": [BOOLEAN_FUNCTIONS[_table(hidden[:, j])] for j in range(hidden.shape[1])],
            "output": BOOLEAN_FUNCTIONS[_table(on_patterns)].replace("x", "h"),
            "network": BOOLEAN_FUNCTIONS[_table(_forward(XOR_INPUTS, params)[1][:, 0])]}
