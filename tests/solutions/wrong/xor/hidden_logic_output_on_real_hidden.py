"""xor.hidden_logic: reads the output unit on the network's real hidden activations for the four inputs, not on the four binary hidden patterns."""

def hidden_logic(params):
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=float) for k in ("W1", "b1", "W2", "b2"))
    H = 1 / (1 + np.exp(-(XOR_INPUTS @ W1 + b1)))
    p = 1 / (1 + np.exp(-(H @ W2 + b2)))
    name = lambda v: BOOLEAN_FUNCTIONS[tuple(int(t > 0.5) for t in v)]
    return {"hidden": [name(H[:, 0]), name(H[:, 1])],
            "output": name(p[:, 0]).replace("x1", "h1").replace("x2", "h2"), "network": name(p[:, 0])}
