"""perceptron.train_perceptron: converged = epochs < max_epochs, wrong when the clean epoch is the very last allowed one."""

def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max_epochs):
        count = 0
        for x, target in zip(X, y):
            count += int(perceptron_predict(x, w, b) != target)
            w, b = perceptron_step(w, b, x, target, eta)
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes,
            "converged": len(mistakes) < max_epochs}
