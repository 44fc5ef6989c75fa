"""perceptron.train_perceptron: does not count the final mistake-free epoch in epochs and mistakes."""

def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max_epochs):
        count = 0
        for i in range(len(X)):
            if perceptron_predict(X[i], w, b) != y[i]:
                count += 1
                w, b = perceptron_step(w, b, X[i], y[i], eta)
        if count == 0:
            break
        mistakes.append(count)
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": count == 0}
