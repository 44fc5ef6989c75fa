"""CheckResult rows as plain tuples (values in field order) and back: what the gradebook stores and
what a local worker sends to the coordinator.

Turning values back into a CheckResult is cached: CheckResult is frozen and most rows recur across a
class (same check, verdict and message), so one validated instance per distinct row is shared.
"""

from __future__ import annotations

import dataclasses
import operator
from functools import lru_cache

from mlptutor.grader.model import CheckResult

FIELDS = tuple(f.name for f in dataclasses.fields(CheckResult))
values_of = operator.attrgetter(*FIELDS)  # a row's values as a tuple, in one C call
# called as shared_check(*values); typed, so 1 and 1.0 (or True and 1) stay distinct rows
shared_check = lru_cache(maxsize=8192, typed=True)(CheckResult)
