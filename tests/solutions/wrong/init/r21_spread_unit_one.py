"""init.hidden_unit_spread: Compares every unit with "unit 1" kept from 1-based notes, index 1 in Python: the second unit, not unit 0."""

def hidden_unit_spread(params):
    W1, b1, W2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2"))
    ref = 1 if W1.shape[1] > 1 else 0
    return float(max(np.max(np.abs(W1 - W1[:, [ref]]), initial=0.0),
                     np.max(np.abs(b1 - b1[ref]), initial=0.0),
                     np.max(np.abs(W2 - W2[[ref], :]), initial=0.0)))
