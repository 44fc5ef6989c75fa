"""xor.hidden_logic: reads the output unit on the real hidden values H instead of the four binary patterns (h1, h2)."""

def hidden_logic(params):
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2", "b2"))

    def sig(z):
        return 0.5 * (1 + np.tanh(0.5 * z))

    H = sig(XOR_INPUTS @ W1 + b1)
    table = lambda v: BOOLEAN_FUNCTIONS[tuple(int(t) for t in (v > 0.5))]
    hidden = [table(H[:, j]) for j in range(2)]
    out = sig(H @ W2 + b2).ravel()
    output = table(out).replace("x1", "h1").replace("x2", "h2")
    network = table(out)
    return {"hidden": hidden, "output": output, "network": network}
