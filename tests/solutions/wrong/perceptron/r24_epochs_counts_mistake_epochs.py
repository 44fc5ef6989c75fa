"""perceptron.train_perceptron: the solver's iteration counter is bumped only after an epoch with mistakes, so "epochs" leaves out the final clean epoch (and "mistakes" its 0)."""


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes, it = [], 0
    while it < max_epochs:
        errors = 0
        for xi, yi in zip(X, y):
            if perceptron_predict(xi, w, b) != yi:
                errors += 1
            w, b = perceptron_step(w, b, xi, yi, eta)
        if errors == 0:
            return {"w": w, "b": float(b), "epochs": it, "mistakes": mistakes, "converged": True}
        mistakes.append(errors)
        it += 1
    return {"w": w, "b": float(b), "epochs": it, "mistakes": mistakes, "converged": False}
