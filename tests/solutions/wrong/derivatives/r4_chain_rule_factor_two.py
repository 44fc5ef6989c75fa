"""derivatives.chain_rule_w1: 2*(w2*w1*x - y)*w2*x, the 1/2 of the loss forgotten when differentiating."""

def chain_rule_w1():
    return "2*(w2*w1*x - y)*w2*x"
