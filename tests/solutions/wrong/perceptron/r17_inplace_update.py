"""perceptron.perceptron_step: updates the caller's w in place (w += ...) and returns it.

Habit: fast.ai/PyTorch's in-place parameter updates, p -= p.grad * lr under no_grad.
"""


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - (1.0 if x @ w + b >= 0 else 0.0)
    w += eta * err * x
    return w, float(b + eta * err)
