"""perceptron.neuron_gradient: the linear model's dL/dz is 2 (y_hat - y) / N, the gradient of the unhalved MSE.

Habit: fast.ai's mse_grad, inp.g = 2. * (inp.squeeze() - targ).unsqueeze(-1) / inp.shape[0].
"""


def neuron_gradient(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        dz = 2.0 * (z - y) / X.shape[0]
    else:
        e = np.exp(-np.abs(z))
        dz = (np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e)) - y) / X.shape[0]
    return X.T @ dz, float(dz.sum())
