"""A document leaves the library readable by other programs: each export is read back with
a real reader (python-docx, ebooklib and XML parsing, liblouis back-translation)."""

from __future__ import annotations

import difflib
import re
import xml.etree.ElementTree as ElementTree
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from core.library import brf, louis
from core.library.export import export_document
from core.library.model import LibraryDocument
from core.library.store import Library
from core.plumbing.errors import UserFacingError
from core.text.model import page_from_text
from tests.core.library.pages import (
    ENGLISH_LETTER,
    KOREAN_BILL,
    KOREAN_NOTICE,
    letter,
    with_heading,
)

needs_liblouis = pytest.mark.skipif(not louis.available(), reason="liblouis is not installed")


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library.open(tmp_path / "library.db")


@pytest.fixture
def bill(library: Library) -> LibraryDocument:
    """Two pages: a heading and a paragraph; a field and a table."""
    pages = [with_heading("Riverside Water", "Your bill for November."), letter()]
    return library.document(library.keep(pages, kind="book"))


@pytest.fixture
def korean(library: Library) -> LibraryDocument:
    return library.document(library.keep([page_from_text(KOREAN_BILL)], kind="read"))


def test_text_is_the_pages_text(bill: LibraryDocument, tmp_path: Path) -> None:
    path = export_document(bill, tmp_path / "bill.txt")
    assert path.read_text(encoding="utf-8") == bill.text + "\n"


class Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.headings: list[tuple[str, str]] = []
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if re.fullmatch(r"h[1-6]", tag):
            self._open = tag

    def handle_data(self, data: str) -> None:
        if self._open:
            self.headings.append((self._open, data))
            self._open = None


def test_html_is_one_page_with_a_heading_per_page_and_real_tables(
    bill: LibraryDocument, tmp_path: Path
) -> None:
    path = export_document(bill, tmp_path / "bill.html")
    outline = Outline()
    outline.feed(path.read_text(encoding="utf-8"))
    assert outline.tags.count("html") == 1 and outline.tags.count("body") == 1
    assert outline.headings == [
        ("h1", "Riverside Water"),
        ("h2", "Page 1"),
        ("h3", "Riverside Water"),
        ("h2", "Page 2"),
    ]
    assert "th" in outline.tags and "caption" in outline.tags and "dl" in outline.tags


def test_word_keeps_headings_tables_and_page_breaks(bill: LibraryDocument, tmp_path: Path) -> None:
    import docx

    path = export_document(bill, tmp_path / "bill.docx")
    word = docx.Document(str(path))
    headings = [
        (p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings == [("Heading 1", "Riverside Water"), ("Heading 2", "Riverside Water")]
    (table,) = word.tables
    assert [cell.text for cell in table.rows[0].cells] == ["Service", "Units and rate", "Amount"]
    assert "Your bill for November." in [p.text for p in word.paragraphs]
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert xml.count('w:type="page"') == 1  # between the two pages


def test_korean_word_document_says_it_is_korean(korean: LibraryDocument, tmp_path: Path) -> None:
    import docx

    word = docx.Document(str(export_document(korean, tmp_path / "bill.docx")))
    assert word.core_properties.language == "ko-KR"
    assert "수도요금청구서" in [p.text for p in word.paragraphs]


def test_epub_is_a_valid_epub3_with_a_chapter_per_page(
    bill: LibraryDocument, tmp_path: Path
) -> None:
    path = export_document(bill, tmp_path / "bill.epub")
    with zipfile.ZipFile(path) as book:
        first = book.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert book.read("mimetype") == b"application/epub+zip"
        assert first.extra == b""  # readers find the type at byte 38
        for name in book.namelist():
            if name.endswith((".xml", ".opf", ".xhtml")):
                ElementTree.fromstring(book.read(name))  # well-formed XML
        container = ElementTree.fromstring(book.read("META-INF/container.xml"))
        rootfile = container.find(".//{*}rootfile")
        assert rootfile is not None and rootfile.get("full-path") == "EPUB/package.opf"
        package = ElementTree.fromstring(book.read("EPUB/package.opf"))
        assert package.get("version") == "3.0"
        dc = "{http://purl.org/dc/elements/1.1/}"
        assert package.findtext(f".//{dc}language") == "en"
        assert package.findtext(f".//{dc}title") == "Riverside Water"
        assert package.find(".//{*}meta[@property='dcterms:modified']") is not None
        spine = [item.get("idref") for item in package.iterfind(".//{*}itemref")]
        assert spine == ["page1", "page2"]
    import ebooklib
    from ebooklib import epub as ebook

    read = ebook.read_epub(str(path))
    assert read.get_metadata("DC", "language")[0][0] == "en"
    chapters = [item for item in read.get_items_of_type(ebooklib.ITEM_DOCUMENT)]
    texts = {item.get_name(): item.get_content().decode() for item in chapters}
    assert '<th scope="col">Units and rate</th>' in texts["page-002.xhtml"]
    assert "Your bill for November." in texts["page-001.xhtml"]
    assert [link.title for link in read.toc] == ["Riverside Water", "Page 2"]


def test_korean_epub_says_it_is_korean(korean: LibraryDocument, tmp_path: Path) -> None:
    from ebooklib import epub as ebook

    read = ebook.read_epub(str(export_document(korean, tmp_path / "bill.epub")))
    assert read.get_metadata("DC", "language")[0][0] == "ko"
    assert read.title == "수도요금청구서"


def test_an_unknown_suffix_says_which_there_are(bill: LibraryDocument, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match=r"\.txt \.html \.docx \.epub \.brf \.m3u"):
        export_document(bill, tmp_path / "bill.pdf")
    assert not (tmp_path / "bill.pdf").exists()


@pytest.mark.slow
def test_an_audio_book_is_an_mp3_per_page_a_playlist_and_the_text(
    bill: LibraryDocument, tmp_path: Path
) -> None:
    playlist = export_document(bill, tmp_path / "book.m3u")
    lines = playlist.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#EXTM3U"
    files = [line for line in lines if not line.startswith("#")]
    assert files == ["book-001.mp3", "book-002.mp3"]
    durations = [int(line.split(":")[1].split(",")[0]) for line in lines if "EXTINF" in line]
    assert all(seconds >= 1 for seconds in durations)
    for number, name in enumerate(files):
        sound = (tmp_path / name).read_bytes()
        assert sound[:3] == b"ID3" or sound[0] == 0xFF  # an MP3 frame or tag
        text = (tmp_path / name).with_suffix(".txt").read_text(encoding="utf-8")
        assert text == bill.pages[number].page.text + "\n"


# Braille ---------------------------------------------------------------------------------


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def braille_pages(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.isascii()
    return [page.removesuffix("\r\n").split("\r\n") for page in data.decode("ascii").split("\f")]


@needs_liblouis
def test_english_grade_1_comes_back_exactly(library: Library, tmp_path: Path) -> None:
    document = library.document(library.keep([page_from_text(ENGLISH_LETTER)], kind="read"))
    path = export_document(document, tmp_path / "letter.brf", braille_table="en-g1")
    for page in braille_pages(path):
        assert len(page) <= 25
        assert all(len(line) <= 40 for line in page)
    back = brf.print_text(path.read_text(encoding="ascii"), "en-ueb-g1.ctb")
    assert normal(back) == normal(ENGLISH_LETTER)


@needs_liblouis
def test_english_grade_2_is_contracted_and_comes_back_close(
    library: Library, tmp_path: Path
) -> None:
    document = library.document(library.keep([page_from_text(ENGLISH_LETTER)], kind="read"))
    grade1 = export_document(document, tmp_path / "g1.brf", braille_table="en-g1")
    grade2 = export_document(document, tmp_path / "g2.brf")  # English: grade 2 by default
    assert len(grade2.read_bytes()) < len(grade1.read_bytes()) * 0.9
    back = brf.print_text(grade2.read_text(encoding="ascii"), "en-ueb-g2.ctb")
    assert similarity(normal(back), normal(ENGLISH_LETTER)) >= 0.95


@needs_liblouis
@pytest.mark.parametrize(("grade", "least"), [(1, 0.8), (2, 0.7)])
@pytest.mark.parametrize("text", [KOREAN_BILL, KOREAN_NOTICE])
def test_korean_is_chosen_by_language_and_comes_back_close(
    library: Library, tmp_path: Path, text: str, grade: int, least: float
) -> None:
    document = library.document(library.keep([page_from_text(text)], kind="read"))
    table = "ko-g1" if grade == 1 else None  # the default for Korean text is ko-g2
    path = export_document(document, tmp_path / "bill.brf", braille_table=table)
    braille = path.read_text(encoding="ascii")
    # Korean braille: 수도 is ⠠⠍⠊⠥ (,miu); 건 is ㄱ ⠈ with ㅓ ⠎ and ㄴ ⠒ (`s3), or in
    # grade 2 ㄱ with the contraction for 언, ⠾ (`)).
    first = {KOREAN_BILL: ",miu", KOREAN_NOTICE: "`s3" if grade == 1 else "`)"}[text]
    assert braille.startswith(first)
    back = brf.print_text(braille, f"ko-g{grade}.ctb")
    # liblouis 3.24 back-translates some Korean braille loosely ("요" as "+", and grade 2's
    # contractions partly by English rules), so the way back is close, not exact.
    assert similarity(hangul(back), hangul(text)) >= least


def hangul(text: str) -> str:
    return "".join(c for c in text if "가" <= c <= "힣")


@needs_liblouis
def test_braille_pages_and_lines_can_be_sized(library: Library, tmp_path: Path) -> None:
    text = "\n".join(f"Line {n} of a long letter about the water bill." for n in range(60))
    document = library.document(library.keep([page_from_text(text)], kind="read"))
    path = export_document(document, tmp_path / "l.brf", braille_table="en-g1", cells=32, lines=20)
    pages = braille_pages(path)
    assert len(pages) > 3
    assert all(len(page) <= 20 for page in pages[:-1])
    assert all(len(line) <= 32 for page in pages for line in page)
    back = brf.print_text(path.read_text(encoding="ascii"), "en-ueb-g1.ctb")
    assert normal(back) == normal(text)
    with pytest.raises(UserFacingError):
        export_document(document, tmp_path / "x.brf", cells=5)
    with pytest.raises(UserFacingError, match="en-g1, en-g2, ko-g1, ko-g2"):
        export_document(document, tmp_path / "x.brf", braille_table="klingon")


def test_without_liblouis_braille_says_what_to_install(
    bill: LibraryDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(louis, "_library", None)
    monkeypatch.setattr(louis, "_NAMES", {"nowhere": ()})
    monkeypatch.setenv(louis.LIBRARY_VARIABLE, str(tmp_path / "nothing.so"))
    monkeypatch.setattr(louis.ctypes.util, "find_library", lambda name: None)
    monkeypatch.setattr(louis.sys, "platform", "nowhere")
    with pytest.raises(louis.BrailleUnavailableError, match="liblouis20 and liblouis-data"):
        export_document(bill, tmp_path / "bill.brf")
    assert not (tmp_path / "bill.brf").exists()
