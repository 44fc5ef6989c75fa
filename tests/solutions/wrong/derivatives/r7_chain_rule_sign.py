"""derivatives.chain_rule_w1: the error factor written (y - w1*w2*x), the negative of the derivative."""

def chain_rule_w1():
    return "w2*x*(y - w1*w2*x)"
