"""perceptron.train_perceptron: appends an epoch's mistake count only when it is non-zero, so the final clean epoch (0) is
missing from "mistakes" (epochs is still counted right)."""

def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes, epochs, converged = np.zeros(X.shape[1]), 0.0, [], 0, False
    for _ in range(max_epochs):
        epochs += 1
        count = 0
        for x, target in zip(X, y):
            count += int(perceptron_predict(x, w, b) != target)
            w, b = perceptron_step(w, b, x, target, eta)
        if count == 0:
            converged = True
            break
        mistakes.append(count)
    return {"w": w, "b": float(b), "epochs": epochs, "mistakes": mistakes, "converged": converged}
