"""perceptron.train_perceptron: predicts the whole epoch at once with the weights of the epoch's start (vectorised), then applies the rule to every example that was wrong then: a batch perceptron, not the sequential rule."""

def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes, converged = [], False
    for _ in range(max_epochs):
        wrong = np.flatnonzero(perceptron_predict(X, w, b) != y)
        for i in wrong:
            err = y[i] - (1.0 if X[i] @ w + b >= 0 else 0.0)
            w = w + eta * err * X[i]
            b = b + eta * err
        mistakes.append(int(len(wrong)))
        if len(wrong) == 0:
            converged = True
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": converged}
