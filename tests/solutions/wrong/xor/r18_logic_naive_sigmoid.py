"""xor.hidden_logic: Octave's sigmoid g = 1 ./ (1 + exp(-z)) ported as is: np.exp overflows (RuntimeWarning) for hand-
built weights like -2000.
"""

def hidden_logic(params):
    """Octave's sigmoid g = 1 ./ (1 + exp(-z)) ported as is: np.exp overflows (RuntimeWarning) for hand-built weights like -2000."""
    def g(z):
        return 1.0 / (1.0 + np.exp(-z))

    a2 = g(XOR_INPUTS @ params["W1"] + params["b1"])
    on_patterns = g(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]
    a3 = g(a2 @ params["W2"] + params["b2"])[:, 0]
    return {"hidden": [BOOLEAN_FUNCTIONS[_table(a2[:, j])] for j in range(2)],
            "output": BOOLEAN_FUNCTIONS[_table(on_patterns)].replace("x", "h"),
            "network": BOOLEAN_FUNCTIONS[_table(a3)]}
