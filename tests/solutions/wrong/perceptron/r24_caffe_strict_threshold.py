"""perceptron.perceptron_predict: thresholds like a Caffe ThresholdLayer (top = bottom > threshold, threshold 0): z = 0 gives 0 instead of 1."""


def perceptron_predict(X, w, b):
    out = (X @ w + b > 0).astype(np.float64)
    return float(out) if out.ndim == 0 else out
