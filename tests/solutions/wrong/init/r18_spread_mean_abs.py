"""init.hidden_unit_spread: averages |unit j - unit 0| over the entries (np.mean) where the spread is the largest difference (max)."""

def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=np.float64)
    b1 = np.asarray(params["b1"], dtype=np.float64)
    W2 = np.asarray(params["W2"], dtype=np.float64)
    return float(max(np.mean(np.abs(W1 - W1[:, :1])), np.mean(np.abs(b1 - b1[0])), np.mean(np.abs(W2 - W2[:1]))))
