"""xor.hidden_logic: thresholds each unit's pre-activation z at 0.5 instead of its sigmoid output (z > 0)."""

def hidden_logic(params):
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=float) for k in ("W1", "b1", "W2", "b2"))
    Z1 = XOR_INPUTS @ W1 + b1
    H = 1 / (1 + np.exp(-Z1))
    name = lambda v: BOOLEAN_FUNCTIONS[tuple(int(t > 0.5) for t in v)]
    out = name((XOR_INPUTS @ W2 + b2)[:, 0]).replace("x1", "h1").replace("x2", "h2")
    net = 1 / (1 + np.exp(-(H @ W2 + b2)))
    return {"hidden": [name(Z1[:, 0]), name(Z1[:, 1])], "output": out, "network": name(net[:, 0])}
