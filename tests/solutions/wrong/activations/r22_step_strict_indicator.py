"""activations.step: Heaviside written as the indicator I(a > 0), so step(0) is 0 instead of 1."""


def step(z):
    z = np.asarray(z)
    return (z > 0).astype(np.float64)
