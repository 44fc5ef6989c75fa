"""perceptron.neuron_gradient: right: the bias gradient comes from a ones-vector product as Caffe's InnerProduct backward computes it (bias_multiplier^T top_diff), returned as a float."""


def neuron_gradient(X, y, w, b, model):
    z = X @ w + b
    y_hat = z if model == "linear" else 0.5 * np.tanh(0.5 * z) + 0.5
    top_diff = (y_hat - y) / X.shape[0]
    bias_multiplier = np.ones(X.shape[0])
    return X.T @ top_diff, float(bias_multiplier @ top_diff)
