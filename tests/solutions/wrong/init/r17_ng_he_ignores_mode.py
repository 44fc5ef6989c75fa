"""init.he_uniform: Always uses fan = n_in (Ng's He formula has no mode): wrong for "fan_out" and "average".

Habit: deeplearning.ai's initialize_parameters_he, sqrt(2 / layers_dims[l-1]) only.
"""

import numpy as np


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(6.0 / n_in)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
