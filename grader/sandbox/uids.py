"""A private uid per Sandbox, so jobs run unprivileged and RLIMIT_NPROC binds.

Root ignores RLIMIT_NPROC, so each job's child switches to a uid that no
other Sandbox (in this or another process) uses at the same time. The uid is
reserved by binding an abstract Unix socket named after it: the kernel frees
the name when the socket is closed or its process dies, and no file is left
behind. Not root: no switch (uid None), the user's own RLIMIT_NPROC applies.
"""

from __future__ import annotations

import os
import socket

from mlptutor.grader.sandbox.calls import SandboxError

FIRST_UID = 3_100_000  # far above any real account
COUNT = 1000


class UidLease:
    """Holds one sandbox uid until release()."""

    def __init__(self):
        self.uid = None
        self._socket = None
        if os.geteuid() != 0:
            return
        for uid in range(FIRST_UID, FIRST_UID + COUNT):
            claim = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                claim.bind(f"\0mlptutor-sandbox-uid-{uid}")
            except OSError:
                claim.close()
                continue
            self.uid, self._socket = uid, claim
            return
        raise SandboxError(f"all {COUNT} sandbox uids are in use; close some Sandboxes")

    def release(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None
