"""Working inside an nbgrader course: its notebooks' cell metadata, its gradebook.db, its late rules,
its feedback layout, and releasing the exercises as an nbgrader source assignment.

Only `gradebook_db` and the tests import nbgrader itself (the `nbgrader` extra:
`pip install 'mlptutor[nbgrader]'`); reading notebooks, late work and the
feedback layout need nothing beyond nbformat.
"""
