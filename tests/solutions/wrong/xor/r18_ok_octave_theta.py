"""xor.hidden_logic: Right: Octave ex4's layout, Theta1 = [b1'; W1]' (2 x 3) and a ones column prepended (a1 = [1 X]),
z2 = a1 Theta1'; the same numbers as X W1 + b1, with a stable sigmoid.
"""

def hidden_logic(params):
    """Right: Octave ex4's layout, Theta1 = [b1'; W1]' (2 x 3) and a ones column prepended (a1 = [1 X]), z2 = a1 Theta1'; the same numbers as X W1 + b1, with a stable sigmoid."""
    def g(z):
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1 / (1 + e), e / (1 + e))

    Theta1 = np.vstack([params["b1"].reshape(1, -1), params["W1"]]).T
    Theta2 = np.vstack([params["b2"].reshape(1, -1), params["W2"]]).T
    m = XOR_INPUTS.shape[0]
    a1 = np.hstack([np.ones((m, 1)), XOR_INPUTS])
    a2 = g(a1 @ Theta1.T)
    a3 = g(np.hstack([np.ones((m, 1)), a2]) @ Theta2.T)
    h3 = g(a1 @ Theta2.T)
    names = [BOOLEAN_FUNCTIONS[tuple(int(v) for v in (col > 0.5))] for col in (a2[:, 0], a2[:, 1], h3[:, 0], a3[:, 0])]
    return {"hidden": names[:2], "output": names[2].replace("x1", "h1").replace("x2", "h2"), "network": names[3]}
