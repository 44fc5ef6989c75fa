"""xor.hidden_logic: sigmoid as 1 / (1 + np.exp(-z)): with hand-built weights like -2000 np.exp overflows and warns (RuntimeWarning)."""


def hidden_logic(params):
    sig = lambda z: 1 / (1 + np.exp(-z))
    H = sig(XOR_INPUTS @ params["W1"] + params["b1"])
    table = lambda v: BOOLEAN_FUNCTIONS[tuple(int(t) for t in (np.ravel(v) > 0.5))]
    out = sig(XOR_INPUTS @ params["W2"] + params["b2"])
    net = sig(H @ params["W2"] + params["b2"])
    name = table(out).replace("x1", "h1").replace("x2", "h2")
    return {"hidden": [table(H[:, 0]), table(H[:, 1])], "output": name, "network": table(net)}
