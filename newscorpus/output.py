"""Where an export goes: never overwrite anything that is not our own output.

The policy, by what the target path is when the export starts (symbolic links followed):

- missing, or a regular file: written atomically. A temporary file is created next to the real file
  (through a symlink: next to its target, and the link is kept) with a random name, ``O_CREAT|O_EXCL|
  O_NOFOLLOW``, so a planted file or symlink there is never followed or overwritten; it is renamed over
  the target only once complete, and removed on any failure. A reader never sees half a file.
- a character device or a FIFO (``/dev/null``, ``/dev/stdout``, a named pipe, ``/proc/self/fd/1``): it is
  not a file we could replace, so the records are streamed into it, and nothing is renamed or created.
- anything else (a directory, a socket, a block device, a symlink to nowhere): refused with a WriteError.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from newscorpus.errors import WriteError

_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
_STREAM_FLAGS = os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC


@contextmanager
def open_output(target: str | Path) -> Iterator[TextIO]:
    """A UTF-8 text stream onto ``target`` (see the module docstring); complete only when the block ends
    without an exception. Every OS failure is a WriteError naming the target."""
    path = Path(target)
    try:
        mode = _mode_of(path)
        if mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
            with _streamed(path) as out:
                yield out
        elif mode is None or stat.S_ISREG(mode):
            with _atomic(_real(path), mode) as out:
                yield out
        else:
            raise WriteError(f"not a file export can write ({_describe(mode)})", str(path))
    except OSError as exc:
        raise WriteError(f"cannot write ({exc.strerror or exc})", str(path)) from exc


def _mode_of(path: Path) -> int | None:
    """The file type behind ``path`` (symlinks followed); None when nothing is there yet."""
    try:
        return os.stat(path).st_mode
    except FileNotFoundError:
        if path.is_symlink():
            raise WriteError("is a symbolic link to a missing file", str(path)) from None
        if not path.parent.is_dir():
            raise WriteError("no such directory", str(path.parent)) from None
        return None


def _real(path: Path) -> Path:
    """The file a symlink points to: it is the one replaced, so the link stays a link."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _describe(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


@contextmanager
def _streamed(path: Path) -> Iterator[TextIO]:
    # No O_CREAT and no truncation: a device or pipe is written to, never made or replaced. A FIFO blocks
    # here until it has a reader, as a shell redirection would.
    with os.fdopen(os.open(path, _STREAM_FLAGS), "w", encoding="utf-8", newline="") as out:
        yield out


@contextmanager
def _atomic(path: Path, old_mode: int | None) -> Iterator[TextIO]:
    temp = path.parent / f".{path.name}.{secrets.token_hex(8)}.partial"
    out = os.fdopen(os.open(temp, _TEMP_FLAGS, 0o666), "w", encoding="utf-8", newline="")
    try:
        with out:
            if old_mode is not None:
                os.fchmod(out.fileno(), stat.S_IMODE(old_mode))  # a replaced file keeps its permissions
            yield out
            out.flush()
            os.fsync(out.fileno())  # on disk before the rename, so a crash never leaves a short file
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
