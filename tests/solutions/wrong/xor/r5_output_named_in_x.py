"""xor.hidden_logic: names the output function with x1/x2 (e.g. "NOT x1 OR x2") instead of h1/h2."""

def hidden_logic(params):
    def sig(z):
        return np.exp(-np.logaddexp(0.0, -z))

    def name(values):
        return BOOLEAN_FUNCTIONS[tuple(int(v > 0.5) for v in values)]

    H = sig(XOR_INPUTS @ params["W1"] + params["b1"])
    hidden = [name(H[:, j]) for j in range(2)]
    on_patterns = sig(XOR_INPUTS @ params["W2"] + params["b2"]).ravel()
    output = name(on_patterns)
    network = name(sig(H @ params["W2"] + params["b2"]).ravel())
    return {"hidden": hidden, "output": output, "network": network}
