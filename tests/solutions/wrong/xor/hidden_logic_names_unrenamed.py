"""xor.hidden_logic: names the output function with x1/x2 (e.g. "NOT x1 OR x2") instead of h1/h2."""

def hidden_logic(params):
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=float) for k in ("W1", "b1", "W2", "b2"))
    H = 1 / (1 + np.exp(-(XOR_INPUTS @ W1 + b1)))
    name = lambda v: BOOLEAN_FUNCTIONS[tuple(int(t > 0.5) for t in v)]
    out = 1 / (1 + np.exp(-(XOR_INPUTS @ W2 + b2)))
    net = 1 / (1 + np.exp(-(H @ W2 + b2)))
    return {"hidden": [name(H[:, 0]), name(H[:, 1])], "output": name(out[:, 0]), "network": name(net[:, 0])}
