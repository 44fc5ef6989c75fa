"""activations.prelu_alpha_grad: z where z > 0 and 0 below (the branches swapped); wrong for every nonzero z."""


def prelu_alpha_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, z, 0.0)
