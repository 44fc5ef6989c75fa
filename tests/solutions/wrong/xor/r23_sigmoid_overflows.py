"""xor.hidden_logic: sigmoid as 1 / (1 + np.exp(-x)): hand-built weights of 2000 overflow np.exp with RuntimeWarnings."""


def hidden_logic(params):
    p = {k: np.asarray(v, dtype=float) for k, v in params.items()}
    sig = lambda x: 1.0 / (1.0 + np.exp(-x))
    z = sig(XOR_INPUTS @ p["W1"] + p["b1"])
    y = sig(z @ p["W2"] + p["b2"])[:, 0]
    y_bin = sig(XOR_INPUTS @ p["W2"] + p["b2"])[:, 0]
    table = lambda c: tuple(int(v) for v in (c > 0.5))
    out = BOOLEAN_FUNCTIONS[table(y_bin)].replace("x1", "h1").replace("x2", "h2")
    return {"hidden": [BOOLEAN_FUNCTIONS[table(z[:, j])] for j in range(2)],
            "output": out, "network": BOOLEAN_FUNCTIONS[table(y)]}
