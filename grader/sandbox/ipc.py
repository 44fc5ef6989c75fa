"""What a job leaves in the IPC namespace it shares with the next jobs of its zygote, and in its scratch dir
(`clear`): found, then removed.

Shipped as source into the sandbox and run by the zygote after each job,
once every process of the job is dead. SysV shared memory, semaphores and
message queues of the job's uid are removed (IPC_RMID, by a helper that has
become that uid: the zygote holds no CAP_SYS_ADMIN), and so are its files
in /dev/shm (POSIX shared memory and semaphores). POSIX message queues
cannot be listed without mounting mqueue, so the seccomp filter denies mq_*
instead. Standard library only.
"""

import ctypes
import os

KINDS = ("shm", "sem", "msg")
IPC_RMID = 0
SHM_DIR = "/dev/shm"


def objects(uid: int) -> list:
    """(kind, id) of every SysV IPC object of this IPC namespace that `uid` owns or created."""
    found = []
    for kind in KINDS:
        try:
            with open(f"/proc/sysvipc/{kind}") as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        if not lines:
            continue
        columns = lines[0].split()
        owner, creator = columns.index("uid"), columns.index("cuid")
        for line in lines[1:]:
            fields = line.split()
            if len(fields) > max(owner, creator) and uid in (int(fields[owner]), int(fields[creator])):
                found.append((kind, int(fields[1])))
    return found


def shm_files(uid: int) -> list:
    """Paths in /dev/shm that `uid` owns."""
    try:
        entries = list(os.scandir(SHM_DIR))
    except OSError:
        return []
    found = []
    for entry in entries:
        try:
            if entry.stat(follow_symlinks=False).st_uid == uid:
                found.append(entry.path)
        except OSError:
            pass
    return found


def leftovers(uid: int, sysv: bool = True) -> bool:
    """Whether `uid` left a /dev/shm file or (`sysv`) a SysV IPC object (three small /proc files: 0.2 ms)."""
    return bool(shm_files(uid) or sysv and objects(uid))


def clear(path: str) -> None:
    """Remove what the dir `path` holds, as its owner, whatever a job made of it: each dir is opened first (one
    chmodded to 0 kept rmtree out, and its files in the sandbox's /tmp for every later job, readable by them:
    they run as the same uid), and what it holds is moved up into `path` before it goes, so no path grows long
    and nothing recurses (dirs nested 1,500 deep ran rmtree and os.walk out of recursion). Links are not
    followed; what cannot be removed stays, each entry tried once."""
    os.chmod(path, 0o700)
    pending = os.listdir(path)
    moved = 0
    while pending:
        target = os.path.join(path, pending.pop())
        try:
            if not _is_dir(target):
                os.unlink(target)
                continue
            os.chmod(target, 0o700)
            for name in os.listdir(target):
                inner = os.path.join(target, name)
                if _is_dir(inner):
                    os.chmod(inner, 0o700)  # moving a dir rewrites its "..": it must be writable
                while os.path.lexists(os.path.join(path, f"~{moved}")):
                    moved += 1
                os.rename(inner, os.path.join(path, f"~{moved}"))
                pending.append(f"~{moved}")
            os.rmdir(target)
        except OSError:
            pass


def _is_dir(path: str) -> bool:
    return os.path.isdir(path) and not os.path.islink(path)


def remove(uid: int) -> None:
    """Remove `uid`'s IPC objects and /dev/shm files; run as `uid` (or with the rights to)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for kind, number in objects(uid):
        if kind == "shm":
            libc.shmctl(number, IPC_RMID, None)
        elif kind == "sem":
            libc.semctl(number, 0, IPC_RMID)
        else:
            libc.msgctl(number, IPC_RMID, None)
    for path in shm_files(uid):
        if os.path.isdir(path) and not os.path.islink(path):
            try:
                clear(path)
                os.rmdir(path)
            except OSError:
                pass
        else:
            try:
                os.unlink(path)
            except OSError:
                pass
