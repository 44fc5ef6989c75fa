"""derivatives.chain_rule_w1: w2*x*abs(w1*w2*x - y), the error's sign lost (right only when the prediction is too high)"""

def chain_rule_w1():
    return "w2*x*abs(w1*w2*x - y)"
