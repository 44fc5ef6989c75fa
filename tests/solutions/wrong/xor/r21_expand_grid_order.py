"""xor.hidden_logic: reads the output unit on R's expand.grid(h1 = 0:1, h2 = 0:1) order, (0,0), (1,0), (0,1), (1,1), with h1 varying fastest, instead of (0,0), (0,1), (1,0), (1,1)."""

def _r21_eg_sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _r21_eg_name(column):
    return BOOLEAN_FUNCTIONS[tuple(int(v > 0.5) for v in column)]


def hidden_logic(params):
    H = _r21_eg_sigmoid(XOR_INPUTS @ params["W1"] + params["b1"])
    p = _r21_eg_sigmoid(H @ params["W2"] + params["b2"])[:, 0]
    grid = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    out = _r21_eg_sigmoid(grid @ params["W2"] + params["b2"])[:, 0]
    output = _r21_eg_name(out).replace("x1", "h1").replace("x2", "h2")
    return {"hidden": [_r21_eg_name(c) for c in H.T], "output": output, "network": _r21_eg_name(p)}
