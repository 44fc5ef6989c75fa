"""perceptron.train_perceptron: the final epoch without a mistake (the stopping test) is not counted in epochs nor listed in mistakes."""


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=float)
    t = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    mistakes = []
    converged = False
    for _ in range(max_epochs):
        errors = 0
        for i in range(X.shape[0]):
            if perceptron_predict(X[i], w, b) != t[i]:
                errors += 1
            w, b = perceptron_step(w, b, X[i], t[i], eta)
        if errors == 0:
            converged = True
            break
        mistakes.append(errors)
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": converged}
