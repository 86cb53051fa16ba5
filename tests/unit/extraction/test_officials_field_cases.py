"""The 'Officials, agencies, places' field cases and the dev gold, read from ../shared at test time.

Third-party material is never copied here: the inputs and the expected posts are read from the shared
folder, and the tests skip with a reason when it is absent.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

import pytest

from arsip_berita.extraction import extract

ROOT = Path(__file__).resolve().parents[3]
CASES = ROOT / ".." / "shared" / "field-cases"
RELEASES = ROOT / ".." / "shared" / "data" / "releases-dev"
FRAGMENTS = {"Si", "Dr", "M", "Sp", "Sos", "OG", "SE", "MM", "H", "C", "K"}


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} absent (shared material is not part of the repository)")
    return path


def _toks(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", s.lower())


def _tok_f1(a: str, b: str) -> float:
    ca, cb = collections.Counter(_toks(a)), collections.Counter(_toks(b))
    ov = sum((ca & cb).values())
    return 0.0 if not ov else 2 * ov / (sum(ca.values()) + sum(cb.values()))


def _one_line_cases() -> list[tuple[str, str]]:
    readme = CASES / "README.md"
    if not readme.exists():
        return []
    text = readme.read_text(encoding="utf-8")
    section = text.split("## Officials, agencies, places", 1)[-1].split("\n## ", 1)[0]
    out = []
    for line in section.splitlines():
        m = re.match(r"\|\s*`([^`]+)`\s*\|[^|]*\|(.*)\|\s*$", line)
        if m:
            out.append((m.group(1), m.group(2)))
    return out


def _extract_case(sentence: str):
    return extract(f"Uji kasus\n\n{sentence}")


@pytest.mark.parametrize(("sentence", "should"), _one_line_cases() or [pytest.param("", "", marks=pytest.mark.skip(
    reason="../shared/field-cases/README.md absent"))])
def test_one_line_field_case(sentence: str, should: str) -> None:
    ext = _extract_case(sentence)
    persons = [e.text for e in ext.entities if e.type == "PERSON"]
    assert not FRAGMENTS & set(persons), persons
    posts = [o.position or "" for o in ext.officials]
    for quoted in re.findall(r'"([^"]+)"', re.sub(r'`[^`]*`', "", should)):  # not the search queries
        if quoted.split()[0].rstrip(".") in {"Kepala", "Bupati", "Plt", "Gubernur", "Menteri", "Pj"}:
            assert any(_tok_f1(quoted, p) >= 0.6 for p in posts), (quoted, posts)
    for place in re.findall(r"LOCATION ([A-Z][a-z]+(?: [A-Z][a-z]+)?)", should):
        assert any(e.type == "LOCATION" and e.place is not None and e.place.name == place
                   for e in ext.entities), place
    if "one official" in should:
        assert len(ext.officials) == 1, [o.name for o in ext.officials]
    if "never in another province" in should:
        named = {e.place.name for e in ext.entities if e.type == "LOCATION" and e.place and e.place.level == "provinsi"}
        for e in ext.entities:
            if e.type == "LOCATION" and e.place is not None and e.place.level != "provinsi":
                assert e.place.province in named, (e.text, e.place)


def test_degrees_in_the_wild() -> None:
    text = _need(CASES / "15-gelar-berantakan.txt").read_text(encoding="utf-8")
    ext = extract(text)
    paragraphs = [p for p in text.split("\n\n")[1:] if p.strip()]
    assert len(ext.officials) == len(paragraphs)
    for off in ext.officials:
        assert off.position, off
        assert not (FRAGMENTS - {"M"}) & set(off.name.split()[1:] + off.name.split()[-1:]), off  # 'M Nama' is an initial
        assert "." not in off.name, off


def test_ministry_release_with_a_foreign_working_group() -> None:
    text = _need(CASES / "09-esdm-siaran-pers-header.txt").read_text(encoding="utf-8")
    ext = extract(text)
    orgs = {e.canonical for e in ext.entities if e.type == "ORGANIZATION"}
    assert any(o.endswith("Working Group") for o in orgs), orgs
    assert not any(e.type == "PERSON" and e.canonical in orgs for e in ext.entities)
    ministers = [o for o in ext.officials if (o.position or "").startswith("Menteri")]
    assert len(ministers) == 1 and ministers[0].position.endswith(")")


def test_dashboard_page() -> None:
    path = _need(CASES / "01-jateng-stunting-dashboard.html")
    import lxml.html

    root = lxml.html.fromstring(path.read_text(encoding="utf-8"))
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    body = "\n\n".join(" ".join(el.text_content().split()) for el in root.iter("p", "h1", "h2", "h3", "h4", "h5")
                       if el.text_content().strip())
    ext = extract(body)
    assert any((o.position or "").startswith("Pj") for o in ext.officials), ext.officials
    assert any(e.type == "LOCATION" and e.place is not None and e.place.name == "Jawa Tengah" for e in ext.entities)
    headline_words = {w for line in body.split("\n") if line and line[-1:] not in ".,\"" and len(line.split()) < 12
                      for w in line.split()}
    for off in ext.officials:
        assert not set(off.name.split()) <= headline_words or off.position, off


def test_dev_gold_officials() -> None:
    """The self-measurement of benchmarks/officials_eval.py on the dev gold stays where it is."""
    _need(RELEASES / "gold.jsonl")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import officials_eval as ev
    finally:
        sys.path.pop(0)
    total: collections.Counter = collections.Counter()
    for line in (RELEASES / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        title, body = ev.read_own(RELEASES / gold["file"])
        c, _ = ev.score_release(gold, ev.persons_of(extract(body, title=title)))
        total += c
    _, _, f1 = ev.prf(total["tp"], total["pred"], total["gold"])
    assert f1 >= 0.9, total
    assert total["pos_ok"] >= 0.85 * total["pos_n"], total
