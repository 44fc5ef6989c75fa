"""perceptron.perceptron_predict: outputs 1 only where X w + b > 0 (strict), so z = 0 gives 0 instead of 1.

Habit: fast.ai-style (z > 0).float() thresholding, as for a ReLU mask.
"""


def perceptron_predict(X, w, b):
    out = (np.asarray(X) @ np.asarray(w) + b > 0).astype(np.float64)
    return float(out) if out.ndim == 0 else out
