def hidden_unit_spread(params):
    """init.hidden_unit_spread: compares every pair of hidden units (np.subtract.outer over the units) instead of
    each unit with unit 0, the largest pairwise difference (up to twice the asked one)."""
    W1, b1, W2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2"))
    d_w1 = np.abs(W1[:, :, None] - W1[:, None, :])
    d_b1 = np.abs(np.subtract.outer(b1, b1))
    d_w2 = np.abs(W2[:, None, :] - W2[None, :, :])
    return float(max(np.max(d_w1, initial=0.0), np.max(d_b1, initial=0.0), np.max(d_w2, initial=0.0)))
