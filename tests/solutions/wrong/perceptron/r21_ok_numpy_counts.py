"""perceptron.train_perceptron: right: counts each epoch's mistakes as np.sum of a boolean record, so the list holds numpy ints (and converged is a numpy bool cast to bool)."""

def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    for _ in range(max_epochs):
        missed = np.zeros(len(X), dtype=bool)
        for i in range(len(X)):
            missed[i] = perceptron_predict(X[i], w, b) != y[i]
            if missed[i]:
                w, b = perceptron_step(w, b, X[i], y[i], eta)
        mistakes.append(np.sum(missed))
        if mistakes[-1] == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": bool(mistakes[-1] == 0)}
