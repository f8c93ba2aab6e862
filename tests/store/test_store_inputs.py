"""Which arguments of ``dateline ingest`` are lists of inputs and which are pages."""

from pathlib import Path

from dateline.store.ingest import expand_inputs


def test_lists_pages_and_relative_paths(tmp_path, monkeypatch):
    (tmp_path / "pages").mkdir()
    a, b = tmp_path / "pages" / "a.html", tmp_path / "pages" / "b.txt"
    a.write_text("<p>a</p>")
    b.write_text("Nieuws | Binnenland\n\nEen gewone pagina met tekst, geen lijst van paden.\n")
    lst = tmp_path / "feeds.txt"
    lst.write_text("# inputs\npages/a.html\n\npages/b.txt\n")
    at_list = tmp_path / "list.lst"
    at_list.write_text(f"{a}\n")
    monkeypatch.chdir(tmp_path)
    # A .txt whose every line is an existing path is a list (relative to the list's folder).
    assert expand_inputs([str(lst)]) == [str(a.resolve()), str(b.resolve())]
    # @file is always a list, whatever its name.
    assert expand_inputs(["@" + str(at_list)]) == [str(a.resolve())]
    # A scraped page stays a page; relative inputs become absolute so ids do not depend on cwd.
    assert expand_inputs(["pages/b.txt", "./pages/a.html", "-"]) == [str(b.resolve()), str(a.resolve()), "-"]
    assert expand_inputs(["missing.html"]) == ["missing.html"]
    assert Path(expand_inputs(["pages"])[0]).is_absolute()
