"""perceptron.train_perceptron: the final clean epoch is not recorded: "epochs" and "mistakes" stop one short when it converges."""

def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    converged = False
    for _ in range(max_epochs):
        m = 0
        for xi, yi in zip(X, y):
            if perceptron_predict(xi, w, b) != yi:
                m += 1
                w, b = perceptron_step(w, b, xi, yi, eta)
        if m == 0:
            converged = True
            break
        mistakes.append(m)
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": converged}
