"""derivatives.softmax_ce_gradient: UFLDL's -(groundTruth - p) with the minus lost: y_i - p_i"""

import numpy as np


def softmax_ce_gradient():
    """thetagrad's (groundTruth - M) without its leading minus."""
    return "y_i - p_i"
