"""activations.gelu_tanh: u = sqrt(2/pi) (z + 0.044715 z^2), a square where the cube belongs (right only at z = 0 and z = 1)."""

def gelu_tanh(z):
    z = np.asarray(z, dtype=np.float64)
    u = np.sqrt(2 / np.pi) * (z + 0.044715 * z ** 2)
    return 0.5 * z * (1 + np.tanh(u))
