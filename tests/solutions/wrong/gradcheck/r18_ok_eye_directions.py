"""gradcheck.numerical_gradient: Right: one basis direction per row of np.eye(x.size), reshaped to x's shape; x + h*e
is a new array each time, so the caller's x is never touched.
"""

def numerical_gradient(f, x, h=1e-5):
    """Right: one basis direction per row of np.eye(x.size), reshaped to x's shape; x + h*e is a new array each time, so the caller's x is never touched."""
    x = np.asarray(x, dtype=float)
    grad = np.zeros(x.size)
    for i, e in enumerate(np.eye(x.size)):
        e = e.reshape(x.shape)
        grad[i] = (f(x + h * e) - f(x - h * e)) / (2 * h)
    return grad.reshape(x.shape)
