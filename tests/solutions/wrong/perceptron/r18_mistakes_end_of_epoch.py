"""perceptron.train_perceptron: Counts an epoch's mistakes vectorised with the weights at the end of the epoch, not the
mistakes the rule met (and updated on) during it.
"""

def train_perceptron(X, y, eta=1.0, max_epochs=100):
    """Counts an epoch's mistakes vectorised with the weights at the end of the epoch, not the mistakes the rule met (and updated on) during it."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    mistakes = []
    converged = False
    for _ in range(max_epochs):
        for i in range(X.shape[0]):
            w, b = perceptron_step(w, b, X[i], y[i], eta)
        nerr = int((perceptron_predict(X, w, b) != y).sum())
        mistakes.append(nerr)
        if nerr == 0:
            converged = True
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": converged}
