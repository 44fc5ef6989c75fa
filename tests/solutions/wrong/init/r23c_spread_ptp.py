"""init.hidden_unit_spread: np.ptp across units (max - min) instead of the largest distance from unit 0."""


def hidden_unit_spread(params):
    W1, b1, W2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2"))
    return float(max(np.ptp(W1, axis=1).max(), np.ptp(b1), np.ptp(W2, axis=0).max()))
