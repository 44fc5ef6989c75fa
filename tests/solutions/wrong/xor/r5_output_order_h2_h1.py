"""xor.hidden_logic: reads the output unit on the hidden patterns in (h2, h1) order: (0,0), (1,0), (0,1), (1,1)."""

def hidden_logic(params):
    def sig(z):
        return np.exp(-np.logaddexp(0.0, -z))

    def name(values):
        return BOOLEAN_FUNCTIONS[tuple(int(v > 0.5) for v in values)]

    H = sig(XOR_INPUTS @ params["W1"] + params["b1"])
    hidden = [name(H[:, j]) for j in range(2)]
    on_patterns = sig(XOR_INPUTS[:, ::-1] @ params["W2"] + params["b2"]).ravel()
    output = name(on_patterns).replace("x1", "h1").replace("x2", "h2")
    network = name(sig(H @ params["W2"] + params["b2"]).ravel())
    return {"hidden": hidden, "output": output, "network": network}
