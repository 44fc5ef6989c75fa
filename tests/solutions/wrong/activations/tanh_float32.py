"""activations.tanh: result cast to float32."""

def tanh(z):
    return np.tanh(np.asarray(z, dtype=np.float64)).astype(np.float32)
