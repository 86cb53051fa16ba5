"""One answer to "what matched": snippets and the article view mark the same words."""

from __future__ import annotations

import re

from arsip_berita.core.matching import match_spans
from arsip_berita.index.analysis import analyze
from arsip_berita.index.snippets import make_snippet
from arsip_berita.summary.highlight import article_html

TEXT = ("Angka kemiskinan di Kabupaten Sukamaju turun. Warga miskin menerima bantuan, dan program yang "
        "memiskinkan petani dihentikan. Kemiskinan ekstrem tinggal 1,2 persen.")


def _marked(html: str, tag: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", m) for m in re.findall(rf"<{tag}[^>]*>(.*?)</{tag}>", html)]


def test_snippet_and_article_view_mark_the_same_words() -> None:
    terms = analyze("miskin")
    words = [TEXT[a:b] for a, b in match_spans(TEXT, terms)]
    assert words == ["kemiskinan", "miskin", "memiskinkan", "Kemiskinan"]
    assert _marked(make_snippet(TEXT, terms, fragments=1), "b") == words
    view = article_html(TEXT, query_terms=terms)
    assert re.findall(r'<span class="hit">([^<]+)</span>', view) == words


def test_words_as_typed_match_their_own_form() -> None:
    assert [TEXT[a:b] for a, b in match_spans(TEXT, ["1,2"])] == ["1,2"]
    assert match_spans(TEXT, []) == []
