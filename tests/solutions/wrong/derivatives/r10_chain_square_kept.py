"""derivatives.chain_rule_w1: w2*x*(w1*w2*x - y)**2, the outer square not differentiated"""

def chain_rule_w1():
    return "w2*x*(w1*w2*x - y)**2"
