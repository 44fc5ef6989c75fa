"""optim.sgd_step: Right: fresh buffers per key, filled with np.multiply and np.subtract(out=); numbers come back as numbers."""

def sgd_step(params, grads, eta):
    new = {}
    for k, p in params.items():
        if np.ndim(p) == 0:
            new[k] = float(p) - eta * float(grads[k])
            continue
        buf = np.empty(np.shape(p), dtype=np.float64)
        np.multiply(grads[k], eta, out=buf)
        np.subtract(p, buf, out=buf)
        new[k] = buf
    return new
