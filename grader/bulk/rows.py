"""CheckResult rows as plain tuples (values in field order), what the gradebook stores and what a local
worker sends to the coordinator; `CheckResult(*values)` turns them back."""

from __future__ import annotations

import dataclasses
import operator

from mlptutor.grader.model import CheckResult

FIELDS = tuple(f.name for f in dataclasses.fields(CheckResult))
values_of = operator.attrgetter(*FIELDS)  # a row's values as a tuple, in one C call
