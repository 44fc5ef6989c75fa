"""xor.hidden_logic: Right: a unit's sigmoid exceeds 0.5 exactly when its induced local field is positive, so the tables
are read from the sign of v, with no sigmoid at all on the hidden and output reads.
"""

def hidden_logic(params):
    """Right: a unit's sigmoid exceeds 0.5 exactly when its induced local field is positive, so the tables are read from the sign of v, with no sigmoid at all on the hidden and output reads."""
    W1, b1 = np.asarray(params["W1"], dtype=float), np.asarray(params["b1"], dtype=float)
    W2, b2 = np.asarray(params["W2"], dtype=float), np.asarray(params["b2"], dtype=float)
    v_h = XOR_INPUTS @ W1 + b1
    e = np.exp(-np.abs(v_h))
    h = np.where(v_h >= 0, 1.0 / (1.0 + e), e / (1.0 + e))  # real hidden values for the network
    name = lambda v: BOOLEAN_FUNCTIONS[tuple(int(x > 0) for x in v)]
    read = name((XOR_INPUTS @ W2 + b2)[:, 0])
    return {"hidden": [name(v_h[:, j]) for j in range(2)],
            "output": read.replace("x1", "h1").replace("x2", "h2"), "network": name((h @ W2 + b2)[:, 0])}
