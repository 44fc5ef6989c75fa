"""derivatives.chain_rule_w1: stops the chain rule at h = w1*x, giving (w2*w1*x - y)*x without the factor w2 of d(w2*h)/dh."""

def chain_rule_w1():
    return "(w2*w1*x - y)*x"
