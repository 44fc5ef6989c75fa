"""derivatives.chain_rule_w1: w2*x*(w1*w2*x - y)/2, the 1/2 of the loss kept after the power rule"""

def chain_rule_w1():
    return "w2*x*(w1*w2*x - y)/2"
