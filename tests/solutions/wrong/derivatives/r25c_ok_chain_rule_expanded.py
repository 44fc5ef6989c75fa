"""derivatives.chain_rule_w1: Right: the product expanded, w1*w2**2*x**2 - w2*x*y = w2*x*(w1*w2*x - y)."""

def chain_rule_w1():
    return "w1*w2**2*x**2 - w2*x*y"
