"""activations.sigmoid_grad: computes in float32 "for speed" and returns a float32 array (about 1e-8 relative error, and not the float64 the stub asks for)."""

def sigmoid_grad(z):
    z = np.asarray(z, dtype=np.float32)
    s = np.exp(-np.logaddexp(np.float32(0.0), -z))
    return s * (np.float32(1.0) - s)
