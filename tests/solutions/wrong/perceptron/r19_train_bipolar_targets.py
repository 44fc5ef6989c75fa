"""perceptron.train_perceptron: Haykin's bipolar form: labels mapped to d = 2y - 1 in {-1, +1} and the output
taken as signum (+1 for v >= 0), so every update is twice the 0/1 rule's and w, b come back doubled.
"""

def train_perceptron(X, y, eta=1.0, max_epochs=100):
    """Haykin's bipolar form: labels mapped to d = 2y - 1 in {-1, +1} and the output taken as signum (+1 for v >= 0), so every update is twice the 0/1 rule's and w, b come back doubled."""
    X = np.asarray(X, dtype=float)
    d = 2.0 * np.asarray(y, dtype=float) - 1.0
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    for _ in range(max_epochs):
        errors = 0
        for x_n, d_n in zip(X, d):
            e = d_n - (1.0 if x_n @ w + b >= 0 else -1.0)
            errors += int(e != 0)
            w, b = w + eta * e * x_n, b + eta * e
        mistakes.append(errors)
        if errors == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes,
            "converged": bool(mistakes) and mistakes[-1] == 0}
