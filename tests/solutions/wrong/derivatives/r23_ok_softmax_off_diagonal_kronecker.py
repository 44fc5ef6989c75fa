"""derivatives.softmax_off_diagonal: right: s_i*(0 - s_j) is s_i (delta_ij - s_j) with delta_ij = 0"""

import numpy as np


def softmax_off_diagonal():
    """MML's s_i (delta_ij - s_j) with the Kronecker delta written as 0."""
    return "s_i*(0 - s_j)"
