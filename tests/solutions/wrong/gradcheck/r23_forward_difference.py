"""gradcheck.numerical_gradient: one-sided (f(x + h e_i) - f(x)) / h as in old Torch7 nn.Jacobian, error O(h) instead of O(h^2)."""


def numerical_gradient(f, x, h=1e-5):
    input = np.array(x, dtype=np.float64)
    jacobian = np.zeros(input.shape)
    sin = input.reshape(-1)
    sdout = jacobian.reshape(-1)
    out0 = float(f(input))
    for i in range(sin.size):
        orig = sin[i]
        sin[i] = orig + h
        sdout[i] = (float(f(input)) - out0) / h
        sin[i] = orig
    return jacobian
