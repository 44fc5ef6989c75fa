"""activations.step: uses z > 0, so step(0) = 0 where the perceptron's step gives 1 (g(z) = 1 if z >= 0)."""

def step(z):
    Z = np.asarray(z, dtype=np.float64).T
    return np.where(Z > 0, 1.0, 0.0).T
