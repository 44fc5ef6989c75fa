"""perceptron.train_perceptron: stops as soon as an epoch makes no fewer mistakes than the one before (a loss
curve's plateau rule), where the docstring runs until an epoch has no mistake or max_epochs."""

def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max_epochs):
        count = 0
        for x, target in zip(X, y):
            count += int(perceptron_predict(x, w, b) != target)
            w, b = perceptron_step(w, b, x, target, eta)
        mistakes.append(count)
        if count == 0 or (len(mistakes) > 1 and count >= mistakes[-2]):
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}
