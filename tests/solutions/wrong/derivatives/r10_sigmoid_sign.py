"""derivatives.sigmoid_derivative: -exp(-z)/(1 + exp(-z))**2, the inner derivative -1 cancelled once too often"""

def sigmoid_derivative():
    return "-exp(-z)/(1 + exp(-z))**2"
