"""init.hidden_unit_spread: measures the spread as the range over the units (np.ptp: largest minus smallest), not the largest distance from unit 0 (up to twice as large)."""

def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=np.float64)
    b1 = np.asarray(params["b1"], dtype=np.float64)
    W2 = np.asarray(params["W2"], dtype=np.float64)
    return float(max(np.ptp(W1, axis=1).max(), np.ptp(b1), np.ptp(W2, axis=0).max()))
