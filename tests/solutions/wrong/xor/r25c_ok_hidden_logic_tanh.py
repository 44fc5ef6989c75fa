"""xor.hidden_logic: Right: sigmoid as (1 + tanh(z/2))/2 (saturates without overflow), tables read with > 0.5 as documented."""

def _r25c_sig(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _r25c_name(values):
    return BOOLEAN_FUNCTIONS[tuple(int(v) for v in np.asarray(values) > 0.5)]


def hidden_logic(params):
    H = _r25c_sig(XOR_INPUTS @ params["W1"] + params["b1"])
    corners = XOR_INPUTS  # the binary hidden patterns (h1, h2) in (0,0), (0,1), (1,0), (1,1) order
    out_table = _r25c_sig(corners @ params["W2"] + params["b2"])[:, 0]
    net = _r25c_sig(H @ params["W2"] + params["b2"])[:, 0]
    return {"hidden": [_r25c_name(H[:, j]) for j in range(H.shape[1])],
            "output": _r25c_name(out_table).replace("x", "h"),
            "network": _r25c_name(net)}
