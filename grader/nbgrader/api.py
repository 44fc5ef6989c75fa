"""nbgrader's API, imported on demand, with its command-line tools found without PATH tweaks.

`nbgrader.api.Gradebook()` runs the `alembic` command to stamp a new
gradebook.db. When mlptutor runs from a virtualenv that was not activated,
`alembic` is in the environment's scripts folder but not on PATH; while
nbgrader works, that folder is put in front of PATH so the command is found.
"""

from __future__ import annotations

import os
import shutil
import sysconfig
from contextlib import contextmanager
from pathlib import Path


class NbgraderMissing(RuntimeError):
    """nbgrader is not installed (the message says how to install it)."""


INSTALL = "install it with: pip install 'mlptutor[nbgrader]'"


def scripts_folder() -> Path:
    """The folder of this Python environment's command-line scripts (alembic, nbgrader)."""
    return Path(sysconfig.get_path("scripts"))


def command(name: str) -> str:
    """The path of the command `name` of this environment, else whatever PATH finds, else `name`."""
    own = scripts_folder() / name
    return str(own) if own.exists() else shutil.which(name) or name


@contextmanager
def tools_on_path():
    """PATH with this environment's scripts folder first, for the `with` block (nbgrader runs alembic)."""
    before = os.environ.get("PATH")
    os.environ["PATH"] = os.pathsep.join([str(scripts_folder()), before or os.defpath])
    try:
        yield
    finally:
        if before is None:
            del os.environ["PATH"]
        else:
            os.environ["PATH"] = before


def nbgrader_api():
    """The `nbgrader.api` module, or NbgraderMissing."""
    try:
        import nbgrader.api
    except ImportError:
        raise NbgraderMissing(f"nbgrader is not installed; {INSTALL}") from None
    return nbgrader.api
