"""perceptron.perceptron_predict: scikit-learn's decision > 0 for class 1: z = 0 predicts 0 where the step gives 1."""

def perceptron_predict(X, w, b):
    return (np.asarray(X) @ w + b > 0).astype(np.float64)
