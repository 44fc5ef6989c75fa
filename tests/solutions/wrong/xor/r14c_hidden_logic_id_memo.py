"""xor.hidden_logic: memoised by id(params): a params dict trained further in place is still named by its old truth tables"""
_r14c_hl_right = hidden_logic
_r14c_hl_memo = {}


def hidden_logic(params):
    key = id(params)
    if key not in _r14c_hl_memo:
        _r14c_hl_memo[key] = _r14c_hl_right(params)
    return _r14c_hl_memo[key]
