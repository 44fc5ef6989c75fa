"""perceptron.train_perceptron: w = np.zeros_like(X[0]) inherits an int X's dtype, so fractional eta updates are truncated in place."""

def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros_like(X[0]), 0.0, []
    for _ in range(max_epochs):
        count = 0
        for x, target in zip(X, y):
            y_hat = float(x @ w + b >= 0)
            if y_hat != target:
                count += 1
                w += (eta * (target - y_hat) * x).astype(w.dtype)
                b += eta * (target - y_hat)
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w.astype(float), "b": float(b), "epochs": len(mistakes), "mistakes": mistakes,
            "converged": mistakes[-1] == 0}
