"""xor.hidden_logic: the "network" name is read through the thresholded hidden units, not the real hidden values."""


def _r23c_sig(z):
    return 0.5 * (1 + np.tanh(z / 2))


def _r23c_name(values):
    return BOOLEAN_FUNCTIONS[tuple(int(v) for v in np.asarray(values).ravel() > 0.5)]


def hidden_logic(params):
    H = _r23c_sig(XOR_INPUTS @ params["W1"] + params["b1"])
    patterns = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    out = _r23c_sig(patterns @ params["W2"] + params["b2"])
    net = _r23c_sig((H > 0.5).astype(np.float64) @ params["W2"] + params["b2"])
    return {"hidden": [_r23c_name(H[:, j]) for j in range(2)], "output": _r23c_name(out)
            .replace("x1", "h1").replace("x2", "h2"), "network": _r23c_name(net)}
