"""derivatives.chain_rule_w1: w2*x*(w1*w2*x + y), the sign of y flipped inside the error"""

def chain_rule_w1():
    return "w2*x*(w1*w2*x + y)"
