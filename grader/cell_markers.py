"""How a notebook's cells are marked in the one module's source the grader runs (bulk.notebooks.joined writes them):
load notes name a cell by them, and the sandbox's child reads the same text (its own _CELL) to name places. Judging
reads this, so it is versioned; the rest of notebook reading shows in the joined source's own hash."""
import re

CELL_LABEL = "# In[ ]: notebook cell "  # a cell's marker naming it
CELL_NAME = re.compile(r"^# In\[ \]: notebook cell [^\n]*", re.MULTILINE)
