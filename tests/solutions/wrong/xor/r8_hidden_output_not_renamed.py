"""xor.hidden_logic: names the output unit with BOOLEAN_FUNCTIONS' x1/x2 names ("x1 AND NOT x2") instead of h1/h2 ("h1 AND NOT h2")."""


def hidden_logic(params):
    sig = lambda z: np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))
    H = sig(XOR_INPUTS @ params["W1"] + params["b1"])
    table = lambda v: BOOLEAN_FUNCTIONS[tuple(int(t) for t in (np.ravel(v) > 0.5))]
    out = sig(XOR_INPUTS @ params["W2"] + params["b2"])
    net = sig(H @ params["W2"] + params["b2"])
    return {"hidden": [table(H[:, 0]), table(H[:, 1])], "output": table(out), "network": table(net)}
