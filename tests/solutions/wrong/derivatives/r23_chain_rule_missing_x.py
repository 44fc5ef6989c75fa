"""derivatives.chain_rule_w1: the Jacobian chain dL/dyhat * dyhat/dw1 with dyhat/dw1 taken as w2 (the x of the input lost)"""

import numpy as np


def chain_rule_w1():
    """(w2 w1 x - y) times w2: one factor of the chain short."""
    return "(w2*w1*x - y)*w2"
