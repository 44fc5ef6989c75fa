"""perceptron.train_perceptron: "epochs" leaves out the final mistake-free epoch (counts only epochs with updates) on a converged run."""


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    for epoch in range(max_epochs):
        m = 0
        for xi, yi in zip(X, y):
            if perceptron_predict(xi, w, b) != yi:
                w, b = perceptron_step(w, b, xi, yi, eta)
                m += 1
        mistakes.append(m)
        if m == 0:
            return {"w": w, "b": float(b), "epochs": epoch, "mistakes": mistakes, "converged": True}
    return {"w": w, "b": float(b), "epochs": max_epochs, "mistakes": mistakes, "converged": False}
