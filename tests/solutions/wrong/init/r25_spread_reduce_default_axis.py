"""init.hidden_unit_spread: np.maximum.reduce without axis=None reduces only the first axis, so the W1 part is a vector
(one max per unit) and the result an array, not the single largest difference."""


def hidden_unit_spread(params):
    W1, b1, W2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2"))
    w1 = np.maximum.reduce(np.abs(W1 - W1[:, :1]))
    return np.maximum(np.maximum(w1, np.max(np.abs(b1 - b1[0]))), np.max(np.abs(W2 - W2[:1])))
