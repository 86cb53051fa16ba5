"""A fictional press release written for these tests, with its extraction built by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from arsip_berita.core.model import (Article, Change, DateValue, Entity, Extraction, Official, Place,
                                     Quote, Statistic)

TITLE = "Prevalensi Stunting Katingan Turun ke 18,4 Persen, Pemkab Targetkan di Bawah 14 Persen pada 2026"

BODY = (
    "Kasongan – Pemerintah Kabupaten Katingan melalui Dinas Kesehatan (Dinkes) menggelar Rapat "
    "Koordinasi Percepatan Penurunan Stunting di Aula Bappeda Kab. Katingan, Rabu (14/5/2025). "
    "Rapat dibuka oleh Wakil Bupati Katingan, H. Surya Pratama, S.E., M.Si., yang hadir mewakili Bupati."
    "\n\n"
    "Dalam arahannya, Surya menyampaikan bahwa prevalensi stunting di Kabupaten Katingan turun menjadi "
    "18,4 persen pada 2024, berkurang 3,2 poin dari 21,6 persen pada tahun sebelumnya. Jumlah balita "
    "yang diukur mencapai 12.845 anak di 154 desa."
    "\n\n"
    "Kepala Dinas Kesehatan Kabupaten Katingan, dr. Maria Oktaviani, menjelaskan bahwa anggaran "
    "intervensi spesifik tahun ini sebesar Rp 4,75 miliar. Dana tersebut dipakai untuk pemberian "
    "makanan tambahan, kelas ibu hamil, dan pendampingan keluarga berisiko."
    "\n\n"
    "\"Kami menargetkan prevalensi stunting di bawah 14 persen pada akhir 2026. Itu hanya bisa dicapai "
    "bila desa, puskesmas, dan keluarga bergerak bersama,\" tegas Maria."
    "\n\n"
    "Sementara itu, Kepala Bappeda Kab. Katingan Yohanes Dirga menekankan pentingnya data by name by "
    "address agar bantuan tepat sasaran. Rakor dihadiri camat se-Kabupaten Katingan, kepala puskesmas, "
    "serta perwakilan Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN) Provinsi Kalimantan Tengah."
)

OFFICIALS = {
    "Surya Pratama": "Wakil Bupati Katingan",
    "Maria Oktaviani": "Kepala Dinas Kesehatan Kabupaten Katingan",
    "Yohanes Dirga": "Kepala Bappeda Kab. Katingan",
}


def span(needle: str, text: str = BODY, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _entity(kind: str, needle: str, canonical: str | None = None, nth: int = 0, **kw: object) -> Entity:
    a, b = span(needle, nth=nth)
    return Entity(kind, a, b, needle, canonical or needle, **kw)  # type: ignore[arg-type]


def _stat(needle: str, value: str, unit: str, **kw: object) -> Statistic:
    a, b = span(needle)
    return Statistic(Decimal(value), a, b, needle, unit=unit, **kw)  # type: ignore[arg-type]


def article(body: str = BODY, title: str = TITLE, article_id: int | None = 7) -> Article:
    return Article(title=title, body=body, published=date(2025, 5, 14), dateline="Kasongan",
                   source="Contoh: Diskominfo Kab. Katingan", url="https://contoh.katingan.example/berita/stunting",
                   id=article_id)


def extraction() -> Extraction:
    katingan = Place("Kabupaten Katingan", "kabupaten", "62.06", "Kalimantan Tengah")
    entities = (
        _entity("LOCATION", "Kasongan", role="dateline",
                place=Place("Kasongan", "kecamatan", None, "Kalimantan Tengah")),
        _entity("ORGANIZATION", "Pemerintah Kabupaten Katingan"),
        _entity("ORGANIZATION", "Dinas Kesehatan"),
        _entity("ORGANIZATION", "Dinkes", "Dinas Kesehatan", role="acronym"),
        _entity("DATE", "Rabu (14/5/2025)", date=DateValue("2025-05-14", "day"), role="event_date"),
        _entity("PERSON", "H. Surya Pratama, S.E., M.Si.", "Surya Pratama", position=OFFICIALS["Surya Pratama"]),
        _entity("PERSON", "Surya", "Surya Pratama", nth=1, position=OFFICIALS["Surya Pratama"]),
        _entity("LOCATION", "Kabupaten Katingan", nth=1, place=katingan),
        _entity("PERSON", "dr. Maria Oktaviani", "Maria Oktaviani", position=OFFICIALS["Maria Oktaviani"]),
        _entity("PERSON", "Yohanes Dirga", position=OFFICIALS["Yohanes Dirga"]),
        _entity("ORGANIZATION", "Badan Kependudukan dan Keluarga Berencana Nasional"),
        _entity("ORGANIZATION", "BKKBN", "Badan Kependudukan dan Keluarga Berencana Nasional", role="acronym"),
        _entity("LOCATION", "Provinsi Kalimantan Tengah",
                place=Place("Kalimantan Tengah", "provinsi", "62", "Kalimantan Tengah")),
    )
    stats = (
        _stat("18,4 persen", "18.4", "percent", unit_text="persen", indicator="prevalensi stunting",
              region="Kabupaten Katingan", period="2024", source="Dinkes Katingan",
              change=Change("turun", Decimal("3.2"), "points", Decimal("21.6"), "percent", "2023")),
        _stat("21,6 persen", "21.6", "percent", unit_text="persen", indicator="prevalensi stunting",
              region="Kabupaten Katingan", period="2023", kind="baseline"),
        _stat("12.845 anak", "12845", "people", unit_text="anak", indicator="balita diukur",
              region="Kabupaten Katingan", qualifier="mencapai"),
        _stat("Rp 4,75 miliar", "4750000000", "rupiah", unit_text="miliar",
              indicator="anggaran intervensi spesifik", region="Kabupaten Katingan", period="2025"),
    )
    qa, qb = span("\"Kami menargetkan")[0], span("bergerak bersama,\"")[1]
    quotes = (Quote(qa, qb, BODY[qa:qb], "Maria Oktaviani", OFFICIALS["Maria Oktaviani"]),)
    officials = tuple(Official(name, pos) for name, pos in OFFICIALS.items())
    return Extraction(entities=entities, statistics=stats, quotes=quotes, officials=officials,
                      acronyms={"Dinkes": "Dinas Kesehatan"}, event_date="2025-05-14")
