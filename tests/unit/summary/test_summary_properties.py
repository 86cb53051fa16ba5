"""Properties of every summary, whatever the text: offsets into the body, order, count, no repeats."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from arsip_berita.summary.summarizer import MAX_OVERLAP, content_words, summarize

# Sentences built from words a release uses, with datelines, formulas, figures and repeats mixed in.
WORDS = ["Bupati", "Contoh", "meresmikan", "jembatan", "desa", "warga", "anggaran", "Rp", "1,2", "miliar",
         "naik", "5,17", "persen", "Menurutnya,", "MAKASSAR", "\u2013", "Turut", "hadir", "camat", "dibuka",
         "secara", "resmi", "oleh", "\"Kami", "siap,\"", "ujarnya", "(3/12/2024)", "kemiskinan", "turun"]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=18).map(lambda ws: " ".join(ws) + ".")
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
body = st.lists(paragraph, min_size=0, max_size=8).map("\n\n".join)


@settings(max_examples=150, deadline=None)
@given(text=body, title=st.text(max_size=60), n=st.integers(min_value=0, max_value=6))
def test_summary_invariants(text: str, title: str, n: int) -> None:
    summary = summarize(title, text, None, n)
    assert len(summary.sentences) == len(summary.offsets) <= max(n, 0)
    assert list(summary.offsets) == sorted(set(summary.offsets))  # document order, each once
    for (a, b), shown in zip(summary.offsets, summary.sentences):
        assert 0 <= a < b <= len(text)
        assert text[a:b][1:] == shown[1:] and text[a].upper() == shown[0].upper()
    for i, (_, b) in enumerate(summary.offsets[:-1]):
        assert b <= summary.offsets[i + 1][0]  # no overlap


@settings(max_examples=150, deadline=None)
@given(text=body, n=st.integers(min_value=2, max_value=5))
def test_no_two_summary_sentences_say_the_same(text: str, n: int) -> None:
    summary = summarize("Judul", text, None, n)
    words = [set(content_words(s)) for s in summary.sentences]
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            a, b = words[i], words[j]
            if a and b:
                assert len(a & b) / min(len(a), len(b)) <= MAX_OVERLAP, summary.sentences
