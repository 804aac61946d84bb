"""Bad files give one clear InputError (file, problem, hint); folders are walked safely."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from pdfmaker import make_pdf

from kg.errors import InputError
from kg.ingest import discover, read_document


def _problem(path: Path) -> InputError:
    with pytest.raises(InputError) as info:
        read_document(path)
    error = info.value
    assert error.file == str(path) and error.hint
    assert str(path) in str(error)
    return error


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  \r\n"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    assert _problem(path).problem == "empty file"


def test_binary_junk_named_txt(tmp_path: Path) -> None:
    rng = random.Random(7)
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    assert _problem(path).problem.startswith("binary data, not text (")


def test_control_bytes_without_nul(tmp_path: Path) -> None:
    path = tmp_path / "ctrl.txt"
    path.write_bytes(b"\x01\x02\x03\x04\x05\x06\x07\x08" * 64 + "北辰区".encode())
    assert _problem(path).problem.startswith("binary data, not text (")


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([["x"], ["y"]], text=False))
    error = _problem(path)
    assert error.problem == "PDF has no text layer (scanned pages?)"
    assert "OCR" in error.hint


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    assert _problem(path).problem.startswith(("not a readable PDF", "PDF has no text layer"))


def test_corrupt_pdf_is_reported_once_without_pypdf_chatter(tmp_path: Path) -> None:
    """kg build's stderr names the broken PDF once; pypdf's own warnings do not show beside it."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "broken.pdf").write_bytes(b"x\n")
    (src / "ok.txt").write_text("北辰区推进双街示范镇建设。\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kg", "build", "--input", str(src), "--out", str(tmp_path / "g"),
                           "-q"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert "broken.pdf: not a readable PDF" in done.stderr
    assert done.stderr.strip().count("\n") == 0, done.stderr  # one line: no "EOF marker not found" etc.


def test_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not a zip at all")
    assert _problem(path).problem.startswith("not a readable .docx file")


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "table.xlsx"
    path.write_bytes(b"whatever")
    error = _problem(path)
    assert error.problem == "unsupported file type '.xlsx'"
    assert ".docx" in error.hint


_READ_AS_OTHER_USER = """
import os, sys
from pathlib import Path
from kg.errors import InputError
from kg.ingest import read_document
import kg.ingest.readers, kg.ingest.formats, charset_normalizer, encodings.gb18030, encodings.utf_16
os.setgid(65534); os.setuid(65534)  # nobody (modules loaded first): file permissions apply again
try:
    read_document(Path(sys.argv[1]))
except InputError as exc:
    print(exc.problem)
"""


def test_unreadable_file_permission(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("北辰区。", encoding="utf-8")
    path.chmod(0)
    try:
        if os.geteuid() != 0:
            assert _problem(path).problem == "cannot be read: permission denied"
            return
        # root reads everything: check the same path as an unprivileged user
        tmp_path.chmod(0o755)
        repo = Path(__file__).resolve().parents[2]
        out = subprocess.run([sys.executable, "-c", _READ_AS_OTHER_USER, str(path)], cwd=repo,
                             env={**os.environ, "PYTHONPATH": str(repo)}, capture_output=True, text=True, timeout=120)
        assert out.stdout.strip() == "cannot be read: permission denied", out.stderr[-2000:]
    finally:
        path.chmod(0o644)


def test_unreadable_dangling_link_and_directory(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    assert _problem(link).problem.startswith("cannot be read: ")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert _problem(folder).problem == "is a directory, not a file"


def test_discover_nested_hidden_notes_and_loops(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    for rel in ("a.txt", "b/x.html", "b/c/y.docx", "b/c/z.pdf", "b/c/w.htm"):
        (tmp_path / rel).write_text("x", encoding="utf-8")
    for rel in (".hidden.txt", "README.md", "SOURCES.md", "notes.md", "b/README.txt", "b/c/data.csv", "b/.git/config.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    (tmp_path / "b" / "c" / "loop").symlink_to(tmp_path / "b", target_is_directory=True)
    files, problems = discover(tmp_path)
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.txt", "b/c/w.htm", "b/c/y.docx", "b/c/z.pdf", "b/x.html"]
    assert [p.problem for p in problems] == ["symlink loop: folder already visited"]


def test_discover_thousands_of_small_files(tmp_path: Path) -> None:
    for k in range(40):
        folder = tmp_path / f"d{k:02d}"
        folder.mkdir()
        for j in range(60):
            (folder / f"{j:03d}.txt").write_text(f"北辰区第{j}号文件。", encoding="utf-8")
    files, problems = discover(tmp_path)
    assert len(files) == 2400 and not problems
    assert files == sorted(files, key=lambda p: p.as_posix())
    docs = [read_document(f, root=tmp_path) for f in files[:200]]
    assert docs[0].doc_id == "d00/000" and docs[0].text == "北辰区第0号文件。"


def test_discover_missing_folder(tmp_path: Path) -> None:
    files, problems = discover(tmp_path / "nope")
    assert files == [] and problems[0].problem == "input folder not found"


def test_mixed_folder_good_files_still_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("第一章 总则\n北辰区推进建设。", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.txt").write_bytes(b"\x00\xff" * 500)
    files, _ = discover(tmp_path)
    results: dict[str, str] = {}
    for path in files:
        try:
            results[path.name] = read_document(path).title or ""
        except InputError as exc:
            results[path.name] = "ERROR " + exc.problem
    assert results == {"empty.txt": "ERROR empty file", "good.txt": "总则",
                       "junk.txt": "ERROR binary data, not text (500 NUL bytes)"}
