"""activations.gelu_tanh: sqrt(pi/2) for sqrt(2/pi) in u; wrong for every z away from 0 and large |z|."""


def gelu_tanh(z):
    z = np.asarray(z, dtype=np.float64)
    u = math.sqrt(math.pi / 2.0) * (z + 0.044715 * z ** 3)
    return 0.5 * z * (1.0 + np.tanh(u))
