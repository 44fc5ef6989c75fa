"""perceptron.train_perceptron: Trains the threshold theta of a fixed -1 input correctly but returns "b": theta, which
is -b (the sign of the bias flipped).
"""

def train_perceptron(X, y, eta=1.0, max_epochs=100):
    """Trains the threshold theta of a fixed -1 input correctly but returns "b": theta, which is -b (the sign of the bias flipped)."""
    X = np.asarray(X, dtype=float)
    w, theta = np.zeros(X.shape[1]), 0.0
    mistakes, converged = [], False
    for _ in range(max_epochs):
        errors = 0
        for x_n, d_n in zip(X, y):
            e = d_n - (1.0 if x_n @ w - theta >= 0 else 0.0)
            errors += int(e != 0)
            w = w + eta * e * x_n
            theta = theta + eta * e * (-1.0)
        mistakes.append(errors)
        if errors == 0:
            converged = True
            break
    return {"w": w, "b": float(theta), "epochs": len(mistakes), "mistakes": mistakes, "converged": converged}
