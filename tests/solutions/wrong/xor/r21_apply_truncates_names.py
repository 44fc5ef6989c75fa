"""xor.hidden_logic: names the hidden units with np.apply_along_axis (R's apply), whose string array takes its width from the first name and cuts longer ones ("NOT x1 AND x")."""

def _r21_at_sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _r21_at_name(column):
    return BOOLEAN_FUNCTIONS[tuple(int(v > 0.5) for v in column)]


def hidden_logic(params):
    H = _r21_at_sigmoid(XOR_INPUTS @ params["W1"] + params["b1"])
    p = _r21_at_sigmoid(H @ params["W2"] + params["b2"])[:, 0]
    hidden = [str(h) for h in np.apply_along_axis(_r21_at_name, 0, H)]
    out = _r21_at_sigmoid(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]
    output = _r21_at_name(out).replace("x1", "h1").replace("x2", "h2")
    return {"hidden": hidden, "output": output, "network": _r21_at_name(p)}
