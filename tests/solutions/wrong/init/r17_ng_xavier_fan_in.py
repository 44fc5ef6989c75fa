"""init.xavier_normal: Uses Ng's "Xavier" std = sqrt(1 / n_{l-1}) whatever the mode: wrong for the default "average" (sqrt(2 / (n_in + n_out))).

Habit: deeplearning.ai calls np.sqrt(1. / layers_dims[l-1]) Xavier initialisation.
"""

import numpy as np


def xavier_normal(n_in, n_out, rng, mode="average"):
    std = np.sqrt(1.0 / n_in)
    return rng.standard_normal((n_in, n_out)) * std, std
