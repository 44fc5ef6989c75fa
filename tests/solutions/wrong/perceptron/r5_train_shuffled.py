"""perceptron.train_perceptron: visits the examples in a random order (np.random.permutation) each epoch instead of in order."""

def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max_epochs):
        count = 0
        for i in np.random.permutation(len(X)):
            if perceptron_predict(X[i], w, b) != y[i]:
                count += 1
            w, b = perceptron_step(w, b, X[i], y[i], eta)
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}
