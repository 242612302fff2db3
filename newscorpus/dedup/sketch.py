"""What dedup keeps of an article: its sketch (body hash, MinHash signature, headline keys), made anywhere
(a Ray worker included) from the article alone, and its fingerprint as stored in corpus.db."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from newscorpus.dedup.common import Sentences, folded_sentences
from newscorpus.dedup.containment import title_keys
from newscorpus.dedup.params import DedupParams
from newscorpus.dedup.signature import MinHasher, Signature, to_blob
from newscorpus.dedup.text import Normalizer, body_hash, keep_letters_digits
from newscorpus.errors import InvalidURLError
from newscorpus.urls import identity


@dataclass(frozen=True)
class Fingerprint:
    article_id: int
    canonical: str
    body_hash: str | None  # None: the body is too short to match on content
    signature: Signature | None
    title_keys: tuple[str, ...] = ()  # headline keys: containment candidates (see dedup/containment.py)

    def same_as(self, other: Fingerprint) -> bool:
        mine = None if self.signature is None else to_blob(self.signature)
        theirs = None if other.signature is None else to_blob(other.signature)
        here = (self.canonical, self.body_hash, mine, tuple(sorted(self.title_keys)))
        return here == (other.canonical, other.body_hash, theirs, tuple(sorted(other.title_keys)))


@dataclass(frozen=True)
class Sketch:
    """What dedup needs from a body, computable anywhere (e.g. in a Ray worker) from the body alone."""

    body_hash: str | None  # None: the body is too short to match on content
    signature: Signature | None
    title_keys: tuple[str, ...] | None = None  # None: not computed here; placing reads the title back
    # The body's sentences by digest (dedup/common.py), so placing never reads the body back to count them.
    sentences: Sentences | None = field(default=None, compare=False, hash=False)


class Sketcher:
    """Normaliser and MinHash permutations built once, then reused for every body."""

    def __init__(self, params: DedupParams | None = None) -> None:
        self.params = params or DedupParams()
        self.normalise = Normalizer()
        self.hasher = MinHasher(self.params)

    def sketch(self, body: str) -> Sketch:
        folded = self.normalise.fold(body)
        text = keep_letters_digits(folded)
        if len(text) < self.params.min_chars:
            return Sketch(None, None)
        return Sketch(body_hash(text), self.hasher.signature(text), sentences=folded_sentences(folded, self.params))

    def sketch_article(self, title: str | None, body: str) -> Sketch:
        """The body's sketch and the article's headline keys (its title and any 原标题 line)."""
        return replace(self.sketch(body), title_keys=title_keys(title, body, self.normalise, self.params))


def choose_canonical(page_url: str, declared_url: str | None) -> str:
    """The page's declared canonical URL when it names a real page, else the fetched URL.

    A declared URL of a bare host is a template default (every article "is" the home page), not evidence.
    """
    if declared_url and declared_url.startswith(("http://", "https://")):
        try:
            declared = identity(declared_url)
        except InvalidURLError:  # a malformed port in the page's <link>: the page URL still identifies it
            return identity(page_url)
        if urlsplit(declared).path.strip("/"):
            return declared
    return identity(page_url)
