"""xor.hidden_logic: the "network" name is read with the hidden outputs rounded to 0/1 before the output unit (Fausett's binary step units), not the real hidden values."""


def hidden_logic(params):
    p = {k: np.asarray(v, dtype=float) for k, v in params.items()}
    h = (_sigmoid(XOR_INPUTS @ p["W1"] + p["b1"]) > 0.5).astype(float)
    y = _sigmoid(h @ p["W2"] + p["b2"])[:, 0]
    y_bin = _sigmoid(XOR_INPUTS @ p["W2"] + p["b2"])[:, 0]
    table = lambda c: tuple(int(v) for v in (c > 0.5))
    out = BOOLEAN_FUNCTIONS[table(y_bin)].replace("x1", "h1").replace("x2", "h2")
    return {"hidden": [BOOLEAN_FUNCTIONS[table(h[:, j])] for j in range(2)],
            "output": out, "network": BOOLEAN_FUNCTIONS[table(y)]}
