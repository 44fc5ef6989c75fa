"""init.hidden_unit_spread: distance of each unit from the units' mean, not from unit 0 (still 0 for identical units, wrong otherwise)."""

def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    return float(max(np.abs(W1 - W1.mean(axis=1, keepdims=True)).max(),
                     np.abs(b1 - b1.mean()).max(),
                     np.abs(W2 - W2.mean(axis=0, keepdims=True)).max()))
