"""perceptron.neuron_gradient: dL/db as the mean of dL/dz although dL/dz already carries the 1/N."""

def neuron_gradient(X, y, w, b, model):
    z = X @ w + b
    y_hat = z if model == "linear" else np.exp(-np.logaddexp(0, -z))
    dz = (y_hat - y) / len(y)
    return X.T @ dz, float(np.mean(dz))
