"""The shipped sentence scorer: a data file applied in plain Python, with its provenance beside it."""

from __future__ import annotations

import math
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from arsip_berita.core.resources import resource_path
from arsip_berita.summary.features import FEATURES, candidates
from arsip_berita.summary.scorer import Linear, Rule, scorer_from_data, shipped
from arsip_berita.summary.splitter import split_spans

REPO = Path(__file__).resolve().parents[3]


def _data() -> dict:
    return tomllib.loads(resource_path("summary", "scorer.toml").read_text(encoding="utf-8"))


def test_shipped_file_records_training_data_date_and_figures() -> None:
    data = _data()
    assert data["kind"] in ("logistic", "rule")
    training = data["training"]
    assert "IndoSum" in training["data"] and "gold_labels" in training["data"]
    assert len(training["date"]) == 10 and training["articles"] > 0
    cv = data["cross_validation"]
    for key in ("lead3_given", "learned_given", "rule_given"):
        r1, r2, rl, same, ident = cv[key]
        assert 0 < r2 < r1 <= 100 and 0 < rl <= 100 and 0 <= ident <= same <= 100
    # What is shipped is what won the cross-validation (mean of R1, R2, RL).
    learned, rule = sum(cv["learned_given"][:3]), sum(cv["rule_given"][:3])
    assert data["kind"] == ("logistic" if learned >= rule else "rule")


def test_shipped_model_lists_exactly_our_features() -> None:
    model = _data()["model"]
    assert tuple(model["features"]) == FEATURES
    assert len(model["coef"]) == len(model["mean"]) == len(model["scale"]) == len(FEATURES)
    assert isinstance(shipped(), (Linear, Rule))


def test_linear_score_is_the_standardised_dot_product() -> None:
    n = len(FEATURES)
    coef = [0.5 * (i % 3) - 0.4 for i in range(n)]
    mean = [0.1 * i for i in range(n)]
    scale = [1.0 + 0.05 * i for i in range(n)]
    x = [math.sin(i) for i in range(n)]
    got = Linear.from_fit(FEATURES, coef, mean, scale, 0.7).score(x)
    want = 0.7 + sum(c * (v - m) / s for c, v, m, s in zip(coef, x, mean, scale))
    assert got == pytest.approx(want)
    prior = Linear.from_fit(FEATURES, coef, mean, scale, 0.7, {"ceremony": -1.0})
    k = FEATURES.index("ceremony")
    assert prior.score(x) == pytest.approx(want - x[k] + mean[k])


def test_a_file_with_other_features_is_refused() -> None:
    n = len(FEATURES)
    with pytest.raises(ValueError, match="features"):
        Linear.from_fit(FEATURES[:-1] + ("new_feature",), [0.0] * n, [0.0] * n, [1.0] * n, 0.0)
    with pytest.raises(ValueError, match="prior"):
        Linear.from_fit(FEATURES, [0.0] * n, [0.0] * n, [1.0] * n, 0.0, {"nope": 1.0})
    with pytest.raises(ValueError, match="kind"):
        scorer_from_data({"kind": "forest"})


def test_shipped_scorer_prefers_the_news_over_protocol() -> None:
    body = ("Pemerintah Kabupaten Contoh meresmikan instalasi air bersih untuk 2.000 rumah di tiga desa.\n"
            "Peresmian ditandai dengan pengguntingan pita oleh Bupati Contoh dan doa bersama.\n"
            "Turut hadir Forkopimda, kepala OPD, dan para kepala desa se-kecamatan itu.\n"
            "Instalasi itu dibangun dengan anggaran Rp 3,4 miliar dari dana alokasi khusus.")
    cands = candidates("Air Bersih untuk Tiga Desa", body, split_spans(body))
    scores = [shipped().score(c.vector) for c in cands]
    assert scores[0] == max(scores)
    assert scores[3] > scores[1] and scores[3] > scores[2]


def test_summarizing_imports_no_training_library() -> None:
    code = ("import sys\nfrom arsip_berita.summary.summarizer import summarize\n"
            "summarize('Judul', 'Bupati membuka pasar murah di lima kecamatan pada Senin pagi. "
            "Harga beras dijual Rp 10.000 per kilogram bagi warga.')\n"
            "print(sorted(m for m in ('sklearn', 'numpy', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
