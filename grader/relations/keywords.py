"""A call by keyword that the student's signature refuses: a parameter of the stub renamed or dropped.

The checks call a function with the stub's parameter names (`leaky_relu_grad(z, alpha=0.1)`); a
student whose function calls that parameter something else (`slope`) gets Python's own TypeError, raised
while the arguments are bound, before any line of the student's file runs, so the row's message names no
line and `stated.py` (which names an error by its line) leaves it. This module reads that message:

    raised an error: TypeError: leaky_relu_grad() got an unexpected keyword argument 'alpha'

and names it `relation:signature` only when the function named is the one graded, the keyword is a
parameter of its stub (the reference has the stub's signature), and no line of the student's file is
given (a TypeError the student's own code raised is theirs to read: `relation:error`). The message is
student-influenced text: only a name matching the stub's parameter is taken from it. When the child
reported the function's own parameters (`... (its parameters: z, slope)`), those that the stub does not
have are named too.
"""

from __future__ import annotations

import inspect
import re
from typing import Callable

from mlptutor.grader.mistakes import Mistake
from mlptutor.grader.relations.stated import CELL_TAIL

_UNEXPECTED = re.compile(r"raised an error: TypeError: (?P<function>\w+)\(\) got an unexpected keyword argument "
                         r"'(?P<keyword>\w+)'(?P<rest>[^;]*)")
_PARAMETERS = re.compile(r"^ \(its parameters: (?P<names>\w+(?:, \w+){0,19})\)")
_LINE = re.compile(r"\(\S+\.py line \d+" + CELL_TAIL + r"\)")


def renamed_parameter(message: str, reference: Callable) -> Mistake | None:
    """relation:signature when `message` states that a keyword of the stub's signature was refused by the
    binding of the graded function's arguments (see the module), else None."""
    match = _UNEXPECTED.search(message)
    if match is None or _LINE.search(match["rest"]) or match["function"] != getattr(reference, "__name__", None):
        return None
    try:
        stub = list(inspect.signature(reference).parameters)
    except (TypeError, ValueError):
        return None
    keyword, function = match["keyword"], match["function"]
    if keyword not in stub:
        return None
    theirs = _PARAMETERS.match(match["rest"])
    extra = [n for n in theirs["names"].split(", ") if n not in stub] if theirs else []
    has = f"; it has {', '.join(f'`{n}`' for n in extra)} instead" if extra else ""
    return Mistake("relation:signature", f"no parameter `{keyword}` in {function}",
                   f"your {function} has no parameter `{keyword}` (the stub's name){has}: the checks call "
                   f"{function}(..., {keyword}=...), so keep the stub's signature {function}({', '.join(stub)})", None)
