"""regularization.l2_penalty: (lam/2) sum |W|, the L1 norm instead of the squared L2"""

import numpy as np

def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.sum(np.abs(v)) for k, v in params.items() if k.startswith("W")))
