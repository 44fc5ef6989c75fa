"""A private uid per Sandbox, so jobs run unprivileged and RLIMIT_NPROC binds.

Root ignores RLIMIT_NPROC, so each job's child switches to a uid that no
other Sandbox (in this or another process) uses at the same time: the uid is
reserved by holding an flock on a per-uid lock file, released when the
Sandbox closes or its process dies. Not root: no switch (None), the user's
own RLIMIT_NPROC applies.
"""

from __future__ import annotations

import fcntl
import os

FIRST_UID = 3_100_000  # far above any real account
COUNT = 1000
LOCK_DIR = "/tmp/mlptutor-sandbox-uids"


class UidLease:
    """Holds one sandbox uid until release()."""

    def __init__(self):
        self.uid = None
        self._fd = None
        if os.geteuid() != 0:
            return
        os.makedirs(LOCK_DIR, mode=0o700, exist_ok=True)
        for uid in range(FIRST_UID, FIRST_UID + COUNT):
            fd = os.open(f"{LOCK_DIR}/{uid}.lock", os.O_CREAT | os.O_RDWR, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            self.uid, self._fd = uid, fd
            return
        raise RuntimeError(f"all {COUNT} sandbox uids are in use")

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
