"""xor.hidden_logic: the output unit's name is taken from BOOLEAN_FUNCTIONS as is, in x1/x2 (e.g. "NOT x1 OR x2"), not renamed to the hidden units h1/h2."""


def hidden_logic(params):
    p = {k: np.asarray(v, dtype=float) for k, v in params.items()}
    z = _sigmoid(XOR_INPUTS @ p["W1"] + p["b1"])
    y = _sigmoid(z @ p["W2"] + p["b2"])[:, 0]
    y_bin = _sigmoid(XOR_INPUTS @ p["W2"] + p["b2"])[:, 0]
    table = lambda c: tuple(int(v) for v in (c > 0.5))
    return {"hidden": [BOOLEAN_FUNCTIONS[table(z[:, j])] for j in range(2)],
            "output": BOOLEAN_FUNCTIONS[table(y_bin)], "network": BOOLEAN_FUNCTIONS[table(y)]}
