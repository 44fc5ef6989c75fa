"""derivatives.sigmoid_derivative: 1/(4*cosh(z)**2), the z/2 of 1/(4 cosh^2(z/2)) lost"""

def sigmoid_derivative():
    return "1/(4*cosh(z)**2)"
