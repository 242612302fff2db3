"""Reading a file the user named, without trusting what it is: only regular files, only up to a size.

``parse /dev/zero`` read forever and ``parse FIFO`` blocked forever; opening non-blocking and checking the
open descriptor (not the path, which could be swapped in between) refuses both at once.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from newscorpus.errors import ReadError


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; ReadError for anything but a regular file, or one larger than ``max_bytes``."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise ReadError(exc.strerror or "cannot open file", str(path)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("not a regular file", str(path))
        if info.st_size > max_bytes:
            raise ReadError(f"file of {info.st_size} bytes is larger than {max_bytes}", str(path))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            content = handle.read(max_bytes + 1)  # the file may have grown since fstat
    except OSError as exc:
        raise ReadError(exc.strerror or "cannot read file", str(path)) from exc
    finally:
        os.close(fd)
    if len(content) > max_bytes:
        raise ReadError(f"file is larger than {max_bytes} bytes", str(path))
    return content
