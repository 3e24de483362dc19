"""Writing a file so that a crash never leaves a half-written file under its final name.

``write_atomically`` writes to a temporary file in the same folder, flushes and fsyncs it,
then renames it over the final name (``os.replace``: atomic on POSIX and on Windows/NTFS)
and, on POSIX, fsyncs the folder so the rename itself survives a power cut. A reader
sees either the old file, no file, or the whole new file; never a prefix.

``produce_atomically`` does the same for a file a library writes itself, given a path
(PDF and PNG through Qt, XLSX through openpyxl).

The temporary name starts with a dot and ends in ``.tmp``, so a folder scan for
``*.cpc.json`` (the secretariat import) never picks up a file still being written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], data: bytes, *, mode: int = 0o644) -> Path:
    """Write ``data`` to ``path`` atomically and durably; returns the path.

    ``mode`` is the permission of the new file (``0o600`` for secrets); the parent
    folder must exist. On any failure the temporary file is removed and the previous
    content of ``path`` (if any) is left as it was.
    """
    path = Path(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_directory(path.parent)
    return path


def produce_atomically(
    path: str | os.PathLike[str], produce: Callable[[Path], object], *, mode: int = 0o644
) -> Path:
    """Let ``produce`` write the file at a temporary path in ``path``'s folder, then put it
    at ``path`` as ``write_atomically`` does (fsync, rename, folder fsync); returns the path.

    On any failure, ``produce``'s included, the temporary file is removed and the previous
    content of ``path`` (if any) is left as it was.
    """
    path = Path(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        produce(temporary)
        with open(temporary, "r+b") as handle:
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_directory(path.parent)
    return path


def _fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX; Windows has no directory fsync)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def describe_write_error(error: OSError, folder: Path) -> str:
    """A sentence for a person: why a file could not be written to ``folder``, and what to do."""
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"the folder {folder} is read-only (or you may not write there); choose another folder"
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"the disk holding {folder} is full; free some space or choose another folder"
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return f"the folder {folder} does not exist (was a USB stick removed?)"
    return f"{error.strerror or error} ({folder})"
