"""perceptron.train_perceptron: "mistakes" as a numpy int array where the docstring gives a list (epochs as np.int64, which is fine).

Habit: defensive numpy code converting every sequence it returns with np.array. Written in phase 2 (a probe): an
ndarray got 0/3 with "expected a tuple of 6" while the docstring said only "mistakes per epoch"; the docstring now
says [mistakes of each epoch] (a list) and the message "a list or tuple".
"""


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max_epochs):
        count = 0
        for x_i, y_i in zip(X, y):
            y_hat = 1.0 if x_i @ w + b >= 0 else 0.0
            if y_hat != y_i:
                count += 1
                w = w + eta * (y_i - y_hat) * x_i
                b = b + eta * (y_i - y_hat)
        mistakes.append(count)
        if count == 0:
            break
    m = np.array(mistakes)
    return {"w": w, "b": float(b), "epochs": np.int64(m.size), "mistakes": m, "converged": bool(m[-1] == 0)}
