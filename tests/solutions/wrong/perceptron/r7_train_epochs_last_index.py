"""perceptron.train_perceptron: reports "epochs" as the 0-based index of the last epoch run instead of the number of epochs run."""

def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes, converged, epoch = [], False, 0
    for epoch in range(max_epochs):
        m = 0
        for xi, yi in zip(X, y):
            if perceptron_predict(xi, w, b) != yi:
                w, b = perceptron_step(w, b, xi, yi, eta)
                m += 1
        mistakes.append(m)
        if m == 0:
            converged = True
            break
    return {"w": w, "b": float(b), "epochs": epoch, "mistakes": mistakes, "converged": converged}
