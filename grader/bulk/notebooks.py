"""Jupyter notebooks as Python source: the code cells graded, read with nbformat, no kernel.

In a notebook with nbgrader cell metadata only the code the kernel runs before
the tests counts (solution cells, cells the student added and locked setup
cells; grader.nbgrader.cells): autograder test cells and hidden-tests blocks
are never run. A notebook without that metadata is all its code cells.

IPython-only lines (`%magic`, `!shell`, `x = !ls`, `t = %timeit -o f()`,
`np.exp?`) are not Python; they become comments so the rest of the cell
still imports and line numbers stay put; but `%run helpers.py`, a file of
the submission, imports it and copies its names, as IPython does. A cell
magic (`%%bash`) makes its whole cell a comment, except those whose body is
Python (`%%time`) and
`%%writefile NAME`, which writes NAME in the job's folder as IPython would,
so a later cell imports it.
"""

from __future__ import annotations

import re
import shlex
import warnings

from mlptutor.grader.cell_markers import CELL_LABEL, CELL_NAME
from mlptutor.grader.nbgrader.cells import grade_id, is_graded_code, is_nbgrader_notebook, without_hidden_tests


class NotebookError(ValueError):
    """A notebook that cannot be read (the message is one line)."""


# what IPython reads as its own besides a leading % or !: `x = !ls` and `t = %timeit -o f()` (its assignment
# forms), `np.exp?` and `??np.exp` (help); each made a whole notebook one SyntaxError (round 12)
_IPYTHON = re.compile(r"[%!?]|[\w.,\s\[\]()]+=\s*[%!]|[\w.\[\]()]+\?{1,2}\s*$")
_RUN = re.compile(r"%run(?:[ \t]+(-i))?[ \t]+(?:\./)?([A-Za-z_]\w*)(?:\.py)?")  # a .py file of the submission
_PYTHON_CELL_MAGICS = {"time", "timeit", "capture", "prun"}  # cell magics running their body as Python
RESAVE = ": hand in a notebook Jupyter opens (saved again from Jupyter), or the code as a .py file"


def _python_lines(lines: list[str]) -> list[str]:
    """`lines`, IPython's own commented out where a statement starts: IPython reads % ! ? only there, and a line
    inside brackets or a triple-quoted string (`    % n)`, `    != b)`, `%d items`) is Python's, which every such
    line commented out broke."""
    shown, depth, quote, joined = [], 0, "", False
    for line in lines:
        if depth == 0 and not quote and not joined and _IPYTHON.match(line.lstrip()):
            shown.append(run_magic(line) or _commented(line))
            continue
        shown.append(line)
        depth, quote, joined = _scanned(line, depth, quote)
    return shown


def _scanned(line: str, depth: int, quote: str) -> tuple[int, str, bool]:
    """(bracket depth, the triple quote still open, whether a backslash joins the next line) after `line`, from
    the depth and open quote before it: enough of Python's tokens to tell where a statement starts."""
    at, end = 0, len(line)
    while at < end:
        char = line[at]
        if quote:
            if char == "\\":
                at += 2
                continue
            if line.startswith(quote, at):
                at, quote = at + len(quote), ""
                continue
        elif char == "#":
            end = at  # a comment: its backslash joins nothing
            break
        elif char in "\"'":
            quote = line[at:at + 3] if line[at:at + 3] in ('"""', "'''") else char
            at += len(quote)
            continue
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(depth - 1, 0)
        at += 1
    quote = quote if len(quote) == 3 else ""  # a one-line string left open ends with its line
    return depth, quote, line[:end].endswith("\\")


def run_magic(line: str) -> str | None:
    """`%run [-i] NAME.py` (or NAME alone: IPython finds NAME.py) as Python doing what IPython does: the
    submission's module NAME run as a script (`__name__ == "__main__"`, in a namespace of its own, or a copy of the
    notebook's with -i), and every name it defines copied into the notebook's (`%run helpers.py` was a comment, every
    function using a helper raised NameError: 0 points for a notebook that runs in Jupyter; then an import, which
    skipped the file's `if __name__ == "__main__":` block that Jupyter runs); a file the submission lacks is passed
    over, as IPython only prints that it is not found; None for another form (a path, arguments), which stays a
    comment. `__import__(NAME)` names the file to ship (sources.imported) and, the file missing, raises what the
    context manager passes over."""
    match = _RUN.fullmatch(line.strip())
    if match is None:
        return None
    indent, shared, name = line[: len(line) - len(line.lstrip())], match[1], match[2]
    return (f"{indent}with {_RUN_GUARD.format(name=name)}({{**{'globals()' if shared else '{}'}, '__name__': "
            f"'__main__'}}) as __mlptutor_run: (lambda spec: exec(compile(spec.loader.get_source({name!r}), spec.origin, "
            f"'exec'), __mlptutor_run.update(__file__=spec.origin) or __mlptutor_run))({_RUN_FILE.format(name=name)} "
            f"or __import__({name!r}))")


# the spec of the submission's file NAME.py beside the notebook, None when none is found, ImportError for a module of
# Python's own by that name (`%run time` ran the standard library's time: "TypeError: compile() arg 1 must be a
# string", where IPython runs ./time.py, which the sandbox cannot take by that name: the student renames it)
_RUN_FILE = ("(lambda spec: spec if spec is None or spec.origin == __import__('os.path').path.join(__import__("
             "'os.path').path.dirname(__file__), '{name}.py') else (_ for _ in ()).throw(ImportError(\"no file "
             "{name}.py of yours is found by that name: Python's own module {name} comes first; rename the file (e.g. "
             "my_{name}.py) and %run that\")))(__import__('importlib.util').util.find_spec('{name}'))")


# a context manager on one line (line numbers stay put) doing what IPython's %run does after the file ran: the names
# it defined, up to an error or sys.exit, copied into the notebook's; the file missing passed over, another error (the
# helper raising) printed, one line, and the rest of the cell run (it stopped the cell: the functions the cell defines
# after `%run` all missing); sys.exit() passed over as IPython does (it ended the notebook), a nonzero code printed; a
# notebook cell stopped for time stays stopped
_RUN_GUARD = ("type('_mlptutor_run', (), {{'__init__': lambda self, ns: setattr(self, 'ns', ns), '__enter__': lambda "
              "self: self.ns, '__exit__': lambda self, kind, error, trace: globals().update({{k: v for k, v in "
              "self.ns.items() if not k.startswith('__')}}) or kind is not None and (kind is SystemExit and (error.code "
              "in (0, None) or print(f'%run {name}.py: SystemExit: {{error.code}}') is None) or issubclass(kind, "
              "Exception) and kind.__name__ != 'CellTooLong' and (kind is ModuleNotFoundError and error.name == {name!r} "
              "or print(f'%run {name}.py: {{kind.__name__}}: {{error}}') is None))}})")


def _commented(line: str) -> str:
    stripped = line.lstrip()
    return line[: len(line) - len(stripped)] + "# (IPython) " + stripped


def python_cell(source: str) -> str:
    """A cell's source as Python: IPython's lines commented out, and all of a cell magic's cell (`%%bash`, whose
    shell lines failed the whole notebook) but for the magics whose body is Python and `%%writefile`."""
    lines = source.splitlines()
    first = next((line.strip() for line in lines if line.strip()), "")
    magic = first[2:].split()[:1] if first.startswith("%%") else []
    if magic == ["writefile"] and (written := _written(first, lines)) is not None:
        return written
    if magic and magic[0] not in _PYTHON_CELL_MAGICS:
        return "\n".join(map(_commented, lines))
    return "\n".join(_python_lines(lines))


def _written(first: str, lines: list[str]) -> str | None:
    """A `%%writefile [-a] NAME` cell as Python doing what IPython does: the file NAME written (appended to) with
    the cell's other lines, in the job's folder, where a later cell's `import` finds it (a notebook writing its
    functions to mysoft.py and importing them scored 0, its import said to need a module not installed), on the
    magic's line, the lines after it left blank (line numbers stay put); None for a line IPython would refuse."""
    try:
        words = shlex.split(first[2:])[1:]
    except ValueError:  # an unclosed quote
        return None
    append = words[:1] in (["-a"], ["--append"])
    names = words[1:] if append else words
    if len(names) != 1:
        return None
    at = next(i for i, line in enumerate(lines) if line.strip())
    body = "".join(line + "\n" for line in lines[at + 1:])
    write = f"__import__('builtins').open({names[0]!r}, {'a' if append else 'w'!r}, encoding='utf-8').write({body!r})"
    return "\n".join(lines[:at] + [write] + [""] * (len(lines) - at - 1))


def joined(cells: list[str], names: list[str] | None = None) -> str:
    """A notebook's cells as one module's source: each after the first on the line after nbconvert's script marker
    `# In[ ]:`, by which the sandbox runs each cell on past one that raised, as nbgrader runs a notebook
    (grader/sandbox/child.py, notebook_cells). `names`: how the student finds each cell ("7", "7 (softmax-answer)"),
    written in its marker, the first cell's on a line before it, for the sandbox's errors to name ("notebook cell
    7, line 3": the 3rd of the student's code cells, counted without markdown and the instructor's cells, named
    another cell than the one the student counts). Without names the text is what plain() gives."""
    if names is None:
        return "\n# In[ ]:\n".join(cells)
    return "\n".join(f"{CELL_LABEL}{name}\n{cell}" for name, cell in zip(names, cells))


def plain(source: str | bytes) -> str | bytes:
    """`source` without its cells' names (joined): what seeds the hidden inputs and keys the gradebook (a markdown
    cell added above must not draw other inputs, and nbgrader's test cells, which know no cell's place, must hash
    a notebook as `mlptutor grade` does)."""
    if isinstance(source, bytes) or not source.startswith(CELL_LABEL):
        return source
    return CELL_NAME.sub("# In[ ]:", source.split("\n", 1)[1])


_KINDS = ("code", "markdown", "raw")


def _check_kinds(written: dict, cells: list) -> None:
    """NotebookError for what nbformat reads as no code without a word: an nbformat that is no version number
    (`true` read as version 1, its cells dropped) or a cell of no kind Jupyter has (`"cell_type": "python"`): the
    notebook's functions were all "missing", with nothing saying why. `written`: the notebook's JSON object as
    written, before nbformat made it version 4."""
    version = written.get("nbformat")
    if type(version) is not int:
        raise NotebookError(f"not a readable notebook (its nbformat is {str(version)[:20]!r}, not a version number: "
                            f"4 for Jupyter's notebooks){RESAVE}")
    for number, cell in enumerate(cells, 1):
        kind = cell.get("cell_type") if isinstance(cell, dict) else None
        if kind not in _KINDS:
            raise NotebookError(f"not a readable notebook (cell {number} is of kind {str(kind)[:20]!r}: a notebook's "
                                f"cells are code, markdown or raw){RESAVE}")


_PYTHON_LANGUAGES = {"python", "python3", "python2", "ipython", "ipython3"}


def _check_language(metadata) -> None:
    """NotebookError for a notebook whose kernel is another language's (its kernelspec or language_info says so): its
    R cells were read as Python, "SyntaxError: invalid syntax. Perhaps you forgot a comma?" and every function
    missing. A notebook that states no language is read as Python."""
    metadata = metadata if isinstance(metadata, dict) else {}
    stated = [part.get(key) for part, key in ((metadata.get("kernelspec"), "language"),
                                               (metadata.get("language_info"), "name")) if isinstance(part, dict)]
    other = next((language for language in stated if isinstance(language, str) and language.strip()
                  and language.strip().lower() not in _PYTHON_LANGUAGES), None)
    if other is not None:
        raise NotebookError(f"a notebook of the {other.strip()[:20]!r} kernel, not Python: write the exercises in a "
                            "Python notebook (Kernel > Change kernel > Python 3) or as a .py file")


def code_cells(data: bytes) -> list[str]:
    """The source of every code cell of the notebook `data` that is graded code (grader.nbgrader.cells.is_graded_code;
    all of them without nbgrader metadata), in order, magics commented out."""
    return [source for _, source in named_cells(data)]


def named_cells(data: bytes) -> list[tuple[str, str]]:
    """(its name, its source) of each of the notebook's graded code cells (code_cells): the name is its place among
    all the notebook's cells, counted from 1 at the top as a student counts them, and its nbgrader grade_id when it
    has one ("7 (softmax-answer)")."""
    import nbformat  # here, not at import: 1 s and more, which every `mlptutor check` of .py files would pay

    # every JSON object nbformat's json.loads decodes (its keywords reach json.loads), the notebook's own last: the
    # fields as written, for _check_kinds, without parsing the JSON a second time
    decoded = []
    try:
        with warnings.catch_warnings():  # nbformat's warnings on faults it mends itself (duplicate cell ids) would
            warnings.simplefilter("ignore")  # reach the instructor's terminal as its own source lines
            notebook = nbformat.reads(data.decode("utf-8"), as_version=4,
                                      object_hook=lambda found: decoded.append(found) or found)
    except UnicodeDecodeError:
        raise NotebookError("not UTF-8 text (save the notebook again from Jupyter)") from None
    except Exception as exc:  # nbformat raises JSON, validation and version errors of many classes
        # a bare AssertionError for "nbformat_minor": "5" or 4.0: the fields nbformat asserts on
        reason = (str(exc).strip().splitlines()[0] if str(exc).strip()
                  else f"{type(exc).__name__} on its nbformat fields, which must be integers")
        raise NotebookError(f"not a readable notebook ({reason[:120]}){RESAVE}") from None
    cells = notebook.get("cells")
    if not isinstance(cells, list):
        raise NotebookError(f"not a readable notebook (no list of cells){RESAVE}")
    _check_kinds(decoded[-1], cells)
    _check_language(notebook.get("metadata"))
    code = [(place, cell) for place, cell in enumerate(cells, 1)
            if isinstance(cell, dict) and cell.get("cell_type") == "code"]
    nbgrader = is_nbgrader_notebook([cell for _, cell in code])
    named = []
    for place, cell in code:
        if is_graded_code(cell):
            source, known = str(cell.get("source", "")), grade_id(cell) if nbgrader else None
            named.append((f"{place} ({known})" if known else str(place),
                          python_cell(without_hidden_tests(source) if nbgrader else source)))
    return named
