"""Near-duplicate clusters: the same release republished by another office or portal, lightly edited,
with another title suffix or as a WhatsApp copy.

Each body becomes a set of word 3-grams (case, punctuation and WhatsApp markup such as *tebal* and
_miring_ ignored); datasketch's MinHash estimates the Jaccard similarity of two sets and its
MinHashLSH finds candidate pairs without comparing every pair. A pair whose estimated similarity
reaches SIMILARITY joins one cluster (union-find). Signatures are cached in the archive
(near_dup_signatures) so a run after an import only reads the new releases.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from datasketch import MinHash, MinHashLSH

if TYPE_CHECKING:
    from arsip_berita.archive.service import ArchiveService

NUM_PERM = 128
SHINGLE = 3
LSH_THRESHOLD = 0.5  # candidates: a generous band setting, verified below
SIMILARITY = 0.6  # estimated Jaccard of word 3-grams for a pair to be near-duplicates
SCHEME = f"minhash-affine32-{NUM_PERM}-w{SHINGLE}-v1"
_WORD = re.compile(r"[^\W_]+")
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def _hash(b: bytes) -> int:
    return zlib.crc32(b)


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, hashfunc=_hash, permutations=_TEMPLATE.permutations, scheme="affine32")
    sh = shingles(text)
    if sh:
        m.update_batch(list(sh))
    return m


def from_bytes(blob: bytes) -> MinHash:
    return MinHash(hashvalues=np.frombuffer(blob, dtype=np.uint32).copy(), scheme="affine32",
                   permutations=_TEMPLATE.permutations, hashfunc=_hash)


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()


@dataclass
class Cluster:
    """Releases that are one release: the first published is the original, the rest its copies."""

    ids: list[int]
    titles: dict[int, str] = field(default_factory=dict)
    dates: dict[int, str | None] = field(default_factory=dict)
    similarity: float = 1.0  # the lowest verified pair similarity inside the cluster

    @property
    def original(self) -> int:
        return self.ids[0]

    @property
    def copies(self) -> list[int]:
        return self.ids[1:]

    def to_dict(self) -> dict[str, Any]:
        return {"original": self.original, "copies": self.copies, "size": len(self.ids),
                "similarity": round(self.similarity, 3),
                "releases": [{"id": i, "title": self.titles.get(i, ""), "date": self.dates.get(i)}
                             for i in self.ids]}


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class ClusterIndex:
    """MinHashLSH over the archive's signatures, kept between runs: ``update(svc)`` reads only the
    articles imported since the last update (the app keeps one per window, so an import costs the
    new releases, not the whole archive again). Articles removed since (fewer articles than indexed)
    make it start over."""

    def __init__(self, similarity: float = SIMILARITY) -> None:
        self.similarity = similarity
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.sigs: dict[int, MinHash] = {}
        self.uf = _UnionFind()
        self.pairs: dict[frozenset[int], float] = {}
        self.meta: dict[int, tuple[str, str | None]] = {}
        self.last_id = 0

    def add(self, key: int, m: MinHash) -> None:
        for other in self.lsh.query(m):
            sim = m.jaccard(self.sigs[other])
            if sim >= self.similarity:
                self.uf.union(key, other)
                self.pairs[frozenset((key, other))] = sim
        self.lsh.insert(key, m)
        self.sigs[key] = m
        self.last_id = max(self.last_id, key)

    def update(self, svc: ArchiveService) -> int:
        """Add the articles after the last one seen; returns how many were added."""
        if svc.count() < len(self.sigs):
            self.__init__(self.similarity)  # type: ignore[misc]  # articles were removed: start over
        n = 0
        for key, m in _signatures(svc, self.meta, self.last_id):
            self.add(key, m)
            n += 1
        return n

    def groups(self) -> list[list[int]]:
        """Groups of ids (each of two or more, in id order) joined by verified near-duplicate pairs."""
        groups: dict[int, list[int]] = {}
        for key in {k for pair in self.pairs for k in pair}:
            groups.setdefault(self.uf.find(key), []).append(key)
        return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])

    def clusters(self) -> list[Cluster]:
        """Clusters, largest first; in each the earliest release first."""
        out = []
        for ids in self.groups():
            members = set(ids)
            ordered = sorted(ids, key=lambda i: (self.meta[i][1] or "9999", i))
            inside = [s for p, s in self.pairs.items() if next(iter(p)) in members]
            out.append(Cluster(ordered, {i: self.meta[i][0] for i in ids}, {i: self.meta[i][1] for i in ids},
                               min(inside) if inside else 1.0))
        out.sort(key=lambda c: (-len(c.ids), c.original))
        return out


def cluster_signatures(signatures: Iterable[tuple[int, MinHash]], similarity: float = SIMILARITY
                       ) -> tuple[list[list[int]], dict[frozenset[int], float]]:
    """Groups of ids (each of two or more, in id order) whose signatures are near-duplicates, and the
    verified similarity of every joined pair."""
    index = ClusterIndex(similarity)
    for key, m in signatures:
        index.add(key, m)
    return index.groups(), index.pairs


def _signatures(svc: ArchiveService, meta: dict[int, tuple[str, str | None]], after_id: int = 0
                ) -> Iterator[tuple[int, MinHash]]:
    fresh: list[tuple[int, str, bytes]] = []
    for article_id, published, title, cached, body, content_hash in svc.near_duplicate_inputs(SCHEME, after_id):
        meta[article_id] = (title, published)
        if cached is not None:
            yield article_id, from_bytes(cached)
            continue
        m = minhash(body)
        fresh.append((article_id, content_hash, to_bytes(m)))
        yield article_id, m
        if len(fresh) >= 2000:
            svc.cache_near_duplicate_signatures(SCHEME, fresh)
            fresh = []
    svc.cache_near_duplicate_signatures(SCHEME, fresh)


def near_duplicate_clusters(svc: ArchiveService, similarity: float = SIMILARITY) -> list[Cluster]:
    """The archive's near-duplicate clusters, largest first; in each the earliest release first."""
    index = ClusterIndex(similarity)
    index.update(svc)
    return index.clusters()
