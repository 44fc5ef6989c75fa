"""optim.minibatch_indices: n // B + 1 slices, so an empty last batch appears when B divides n"""


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[i * batch_size:(i + 1) * batch_size] for i in range(n // batch_size + 1)]
