"""xor.hidden_logic: reshapes the (4, 2) hidden outputs to (2, 4) instead of transposing them, so "unit 1" reads patterns (0,0), (0,1) of both units (the wrong axis; column j is unit j)."""


def hidden_logic(params):
    sig = lambda z: np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))
    H = sig(XOR_INPUTS @ params["W1"] + params["b1"])
    table = lambda v: BOOLEAN_FUNCTIONS[tuple(int(t) for t in (np.ravel(v) > 0.5))]
    out = sig(XOR_INPUTS @ params["W2"] + params["b2"])
    net = sig(H @ params["W2"] + params["b2"])
    name = table(out).replace("x1", "h1").replace("x2", "h2")
    return {"hidden": [table(unit) for unit in H.reshape(2, 4)], "output": name, "network": table(net)}
