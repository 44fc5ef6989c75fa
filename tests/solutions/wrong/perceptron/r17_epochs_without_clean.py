"""perceptron.train_perceptron: "epochs" counts only the epochs that made mistakes, leaving out the final clean epoch (and its 0 in "mistakes").

Habit: a fast.ai-style fit loop that breaks before recording the epoch that changed nothing.
"""


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes, converged = [], False
    for _ in range(max_epochs):
        count = 0
        for x_i, y_i in zip(X, y):
            y_hat = 1.0 if x_i @ w + b >= 0 else 0.0
            if y_hat != y_i:
                count += 1
                w = w + eta * (y_i - y_hat) * x_i
                b = b + eta * (y_i - y_hat)
        if count == 0:
            converged = True
            break
        mistakes.append(count)
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": converged}
