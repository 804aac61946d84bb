"""Find the documents under an input folder.

Recursive and sorted; hidden files and folders, Markdown/README/SOURCES notes and
unsupported types are skipped; symlinked folders are followed once (a loop is
reported, not followed forever); unreadable folders become ``Problem`` records.

Example:
    >>> files, problems = discover(Path("data/raw"))
    >>> [f.name for f in files][:1], problems
    (['000_17af52ff73862fb3.txt'], [])
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.ingest.readers import SUPPORTED_SUFFIXES
from schema.graph import Problem

NOTE_STEMS = ("readme", "sources", "license", "licence", "changelog", "notes")
NOTE_SUFFIXES = (".md", ".markdown", ".rst")


def discover(input_dir: Path, skip: tuple[Path, ...] = ()) -> tuple[list[Path], list[Problem]]:
    """Supported files under ``input_dir``.

    Args:
        input_dir: The folder to search (a single file is accepted too).
        skip: Folders not to search, e.g. a build's output folder inside its input folder (whose texts
            would otherwise be read as documents by the next build).

    Returns:
        (sorted files, problems met on the way).
    """
    input_dir = Path(input_dir)
    if input_dir.is_file():
        return ([input_dir] if is_document(input_dir) else []), []
    if not input_dir.is_dir():
        return [], [Problem(file=str(input_dir), problem="input folder not found", hint="check the --input path")]
    files: list[Path] = []
    problems: list[Problem] = []
    _walk(input_dir, files, problems, set(), {_identity(folder) for folder in skip if folder.is_dir()})
    return sorted(files, key=lambda p: p.as_posix()), problems


def _identity(folder: Path) -> tuple[int, int]:
    stat = folder.stat()
    return stat.st_dev, stat.st_ino


def _walk(folder: Path, files: list[Path], problems: list[Problem], seen: set[tuple[int, int]],
          skip: set[tuple[int, int]]) -> None:
    try:
        key = _identity(folder)
        if key in skip:
            return
        if key in seen:
            problems.append(Problem(file=str(folder), problem="symlink loop: folder already visited", hint="remove the looping link"))
            return
        seen.add(key)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except PermissionError:
        problems.append(Problem(file=str(folder), problem="cannot be read: permission denied", hint="check the folder's permissions"))
        return
    except OSError as exc:
        problems.append(Problem(file=str(folder), problem=f"cannot be read: {exc.strerror or exc}", hint="check the folder"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=True):
                _walk(path, files, problems, seen, skip)
            elif entry.is_file(follow_symlinks=True) and is_document(path):
                files.append(path)
        except OSError as exc:
            problems.append(Problem(file=str(path), problem=f"cannot be read: {exc.strerror or exc}", hint="check the file"))


def is_document(path: Path) -> bool:
    """True for a supported file that is not a note such as README.md or SOURCES.md."""
    name = path.name.lower()
    if name.startswith(".") or path.suffix.lower() in NOTE_SUFFIXES:
        return False
    if path.stem.lower() in NOTE_STEMS:
        return False
    return path.suffix.lower() in SUPPORTED_SUFFIXES
