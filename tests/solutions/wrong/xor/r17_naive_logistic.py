"""xor.hidden_logic: sigmoid as 1 / (1 + np.exp(-z)), which overflows with a RuntimeWarning for hand-built weights like -2000.

Habit: scikit-learn's logistic (scipy's expit, stable) replaced by the textbook formula.
"""


def hidden_logic(params):
    sig = lambda z: 1.0 / (1.0 + np.exp(-z))
    A1 = sig(XOR_INPUTS @ params["W1"] + params["b1"])
    out = sig(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]
    p = sig(A1 @ params["W2"] + params["b2"])[:, 0]
    name = lambda v: BOOLEAN_FUNCTIONS[tuple(int(t > 0.5) for t in v)]
    return {"hidden": [name(A1[:, 0]), name(A1[:, 1])],
            "output": name(out).replace("x1", "h1").replace("x2", "h2"), "network": name(p)}
