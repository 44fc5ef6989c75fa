"""gradcheck.numerical_gradient: one-sided (f(x + h e_i) - f(x)) / h instead of the central difference: error O(h), not O(h^2)."""


def numerical_gradient(f, x, h=1e-5):
    data = np.array(x, dtype=np.float64)
    base = float(f(data))
    diff = np.zeros_like(data)
    for i in np.ndindex(data.shape):
        saved = data[i]
        data[i] = saved + h
        diff[i] = (float(f(data)) - base) / h
        data[i] = saved
    return diff
