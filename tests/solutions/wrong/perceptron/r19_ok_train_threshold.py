"""perceptron.train_perceptron: Right: learns a threshold theta (fixed input -1, theta <- theta - eta e) and returns b =
-theta; the mistake count is the number of nonzero error signals.
"""

def train_perceptron(X, y, eta=1.0, max_epochs=100):
    """Right: learns a threshold theta (fixed input -1, theta <- theta - eta e) and returns b = -theta; the mistake count is the number of nonzero error signals."""
    X = np.asarray(X, dtype=float)
    w, theta = np.zeros(X.shape[1]), 0.0
    mistakes = []
    for _ in range(max_epochs):
        e_all = []
        for x_n, d_n in zip(X, y):
            e = d_n - float(x_n @ w - theta >= 0)
            e_all.append(e)
            w = w + eta * e * x_n
            theta = theta - eta * e
        mistakes.append(int(np.count_nonzero(e_all)))
        if mistakes[-1] == 0:
            break
    return {"w": w, "b": float(-theta), "epochs": len(mistakes), "mistakes": mistakes,
            "converged": bool(mistakes) and mistakes[-1] == 0}
