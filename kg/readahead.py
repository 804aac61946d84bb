"""Reading documents ahead of the extraction workers while the pipeline loads (``kg build --jobs N``).

A build with forked workers loads the extraction pipeline once, in the main
process, before it forks them (0.4-0.6 s, one core). Reading a file into a
:class:`~schema.document.Document` (decoding, normalising, the heading tree,
sentences: about a seventh of the per-document work) needs no pipeline, so a
reader process started before the load does it for the first files meanwhile,
on the core the load leaves idle. It stops taking new files once the load is
done (:meth:`ReadAhead.stop`): from then on the workers have both cores.

The two sides meet in a folder: whoever first creates ``<index>.claim`` reads
file ``index``. The reader publishes the document (pickled, with the seconds it
took) as ``<index>.pickle``, the problem of a file that cannot be used as
``<index>.error`` (the worker raises it, as reading the file would), or
``<index>.none`` if reading failed otherwise. A worker that finds the file
claimed waits for one of them (:func:`take`); with ``.none``, or if the reader
is gone, it reads the file itself. What is built does not depend on who read a
file. The reader ignores Ctrl-C (the main process stops it) and stops by itself
when the main process is gone.

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> take(str(folder), 0) is None  # nobody read file 0 ahead: the caller reads it
    True
    >>> import shutil; shutil.rmtree(folder)
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import shutil
import signal
from collections.abc import Callable, Sequence
from multiprocessing.synchronize import Event
from pathlib import Path
from time import perf_counter, sleep

from kg.errors import InputError
from schema.document import Document

_POLL_SECONDS = 0.002
_PID, _DONE = "reader.pid", "reader.done"
#: The reader's folder in a build's staging folder (deleted before the graph is written).
READ_AHEAD_DIR = ".read-ahead"


class ReadAhead:
    """A reader process going through ``files`` (task index, path) in order, into ``folder``.

    Start it in a process without other threads (it is forked), before the pipeline loads.
    """

    def __init__(self, files: Sequence[tuple[int, Path]], root: Path, folder: Path) -> None:
        self.folder = folder
        #: How many files the reader read (known after :meth:`close`).
        self.read = 0
        folder.mkdir(parents=True, exist_ok=True)
        context = multiprocessing.get_context("fork")
        self._stop = context.Event()
        self.process = context.Process(target=_reader_main, name="kg-read-ahead", daemon=True,
                                       args=(list(files), root, folder, self._stop, os.getpid()))
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})  # until the reader ignores it
        try:
            self.process.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        (folder / _PID).write_text(str(self.process.pid), encoding="ascii")

    def stop(self) -> None:
        """Take no new file; the one being read is still published."""
        self._stop.set()

    def close(self) -> None:
        """Stop the reader and delete the folder (call when every task is done: what the reader would still
        publish is no use, so a reader stuck in a read is killed after a second)."""
        self.stop()
        self.process.join(timeout=1.0)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        try:
            self.read = int((self.folder / _DONE).read_text(encoding="ascii"))
        except (OSError, ValueError):
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


def take(folder: str, index: int) -> tuple[Document, float] | None:
    """The document of file ``index`` and the seconds reading it took, if it was read ahead; None if the
    caller is to read it (nobody had claimed it, reading failed, or the reader is gone)."""
    where = Path(folder)
    if _claim(where, index):
        return None
    published, failed = where / f"{index}.pickle", where / f"{index}.error"
    while not published.exists():  # the reader is reading this very file: reading it here too gains nothing
        if failed.exists():  # the problem the reader met, as reading the file here would meet it
            with open(failed, "rb") as fh:
                raise InputError(*pickle.load(fh))
        if (where / f"{index}.none").exists() or not _reader_alive(where):
            if published.exists() or failed.exists():  # published just before the reader ended
                continue
            return None
        sleep(_POLL_SECONDS)
    with open(published, "rb") as fh:
        document, seconds = pickle.load(fh)
    published.unlink(missing_ok=True)
    return document, seconds


def _reader_main(files: list[tuple[int, Path]], root: Path, folder: Path, stop: Event, parent: int) -> None:
    """The reader process's entry: Ctrl-C is the main process's to handle (it stops the reader), so it
    prints no traceback here."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the build's handler (kg.cli), which would clean up twice
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _read_ahead(files, root, folder, stop, parent)


def _read_ahead(files: list[tuple[int, Path]], root: Path, folder: Path, stop: Event, parent: int) -> None:
    """The reader process: claim and read each file in turn until told to stop."""
    from kg.ingest import read_document

    read = 0
    try:
        for index, path in files:
            if stop.is_set() or os.getppid() != parent:  # told to stop, or the build was killed (SIGTERM)
                return
            if _claim(folder, index):  # else a worker is at it already
                read += _publish(folder, index, path, root, read_document)
    finally:
        (folder / "reader.part").write_text(str(read), encoding="ascii")
        os.replace(folder / "reader.part", folder / _DONE)  # never seen empty


def _publish(folder: Path, index: int, path: Path, root: Path, read: Callable[..., Document]) -> bool:
    """Read one file and leave its document in ``folder``; False (and ``.none``) if it could not be read."""
    start = perf_counter()
    try:
        document = read(path, root=root)
    except InputError as exc:  # reported by the worker, which does not read the file again
        _write(folder, index, "error", (exc.file, exc.problem, exc.hint))
        return False
    except Exception:  # noqa: BLE001  # the worker reads it again and reports the problem as usual
        (folder / f"{index}.none").touch()
        return False
    _write(folder, index, "pickle", (document, perf_counter() - start))
    return True


def _write(folder: Path, index: int, suffix: str, value: object) -> None:
    """Pickle ``value`` as ``<index>.<suffix>``, which appears whole or not at all."""
    part = folder / f"{index}.part"
    with open(part, "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(part, folder / f"{index}.{suffix}")


def _claim(folder: Path, index: int) -> bool:
    """Create ``<index>.claim``; False if it was there (somebody else reads file ``index``)."""
    try:
        os.close(os.open(folder / f"{index}.claim", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


def _reader_alive(folder: Path) -> bool:
    """Whether the reader is still running: it has not marked itself done, and its process is neither gone
    nor a zombie (a reader killed by the system is one until the main process reaps it)."""
    if (folder / _DONE).exists():
        return False
    try:
        pid = int((folder / _PID).read_text(encoding="ascii"))
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            state = fh.read().rpartition(")")[2].split()[0]
    except (OSError, ValueError, IndexError):
        return False
    return state not in ("Z", "X")
