"""xor.hidden_logic: hidden unit j read with W1[j, :] (a row, the unit-major convention) instead of the column W1[:, j]."""

def hidden_logic(params):
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2", "b2"))

    def sig(z):
        return 0.5 * (1 + np.tanh(0.5 * z))

    table = lambda v: BOOLEAN_FUNCTIONS[tuple(int(t) for t in (v > 0.5))]
    H = sig(XOR_INPUTS @ W1.T + b1)
    hidden = [table(H[:, j]) for j in range(2)]
    output = table(sig(XOR_INPUTS @ W2 + b2).ravel()).replace("x1", "h1").replace("x2", "h2")
    network = table(sig(sig(XOR_INPUTS @ W1 + b1) @ W2 + b2).ravel())
    return {"hidden": hidden, "output": output, "network": network}
