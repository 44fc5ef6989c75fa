"""xor.hidden_logic: names the output unit's function with BOOLEAN_FUNCTIONS' own x1/x2 names instead of h1/h2 (e.g. "x1 AND NOT x2" for "h1 AND NOT h2")."""

def hidden_logic(params):
    p = {k: np.asarray(v, dtype=float) for k, v in params.items()}
    sig = lambda z: 0.5 * (1 + np.tanh(0.5 * z))
    table = lambda v: tuple(int(t > 0.5) for t in np.ravel(v))
    a1 = sig(XOR_INPUTS @ p["W1"] + p["b1"])
    net = sig(a1 @ p["W2"] + p["b2"])
    out = sig(XOR_INPUTS @ p["W2"] + p["b2"])
    return {"hidden": [BOOLEAN_FUNCTIONS[table(a1[:, j])] for j in range(2)], "output": BOOLEAN_FUNCTIONS[table(out)],
            "network": BOOLEAN_FUNCTIONS[table(net)]}
