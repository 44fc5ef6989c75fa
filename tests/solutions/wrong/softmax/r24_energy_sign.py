"""softmax.softmax: Boltzmann weights of E = +z instead of E = -z, so it returns softmax(-z) (the lowest logit most likely)."""


def softmax(Z):
    E = np.asarray(Z, dtype=np.float64)  # energy taken as the logit itself
    dE = E - E.min(axis=-1, keepdims=True)
    w = np.exp(-dE)
    return w / w.sum(axis=-1, keepdims=True)
