"""xor.hidden_logic: right: sigmoid(z) > 0.5 exactly when z > 0, so the truth tables are read from the pre-activations (no exponent at all); the network's output uses the real hidden sigmoid values."""


def hidden_logic(params):
    p = {k: np.asarray(v, dtype=float) for k, v in params.items()}
    z_in = XOR_INPUTS @ p["W1"] + p["b1"]
    e = np.exp(-np.abs(z_in))
    z = np.where(z_in >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    table = lambda c: tuple(int(v) for v in (c > 0))
    out = BOOLEAN_FUNCTIONS[table((XOR_INPUTS @ p["W2"] + p["b2"])[:, 0])].replace("x1", "h1").replace("x2", "h2")
    return {"hidden": [BOOLEAN_FUNCTIONS[table(z_in[:, j])] for j in range(2)],
            "output": out, "network": BOOLEAN_FUNCTIONS[table((z @ p["W2"] + p["b2"])[:, 0])]}
