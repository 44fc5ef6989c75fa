"""xor.hidden_logic: sigmoid as 1 / (1 + exp(-z)): overflow warnings for large weights."""

def hidden_logic(params):
    def sig(z):
        return 1.0 / (1.0 + np.exp(-z))

    def name(values):
        return BOOLEAN_FUNCTIONS[tuple(int(v > 0.5) for v in values)]

    H = sig(XOR_INPUTS @ params["W1"] + params["b1"])
    hidden = [name(H[:, j]) for j in range(2)]
    on_patterns = sig(XOR_INPUTS @ params["W2"] + params["b2"]).ravel()
    output = name(on_patterns).replace("x1", "h1").replace("x2", "h2")
    network = name(sig(H @ params["W2"] + params["b2"]).ravel())
    return {"hidden": hidden, "output": output, "network": network}
