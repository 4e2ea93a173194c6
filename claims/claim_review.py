"""A claim as the start of a schema.org ``ClaimReview`` (JSON-LD).

A newsroom CMS that speaks ClaimReview (the shape Google's Fact Check Tools
and most fact-checking desks use) can open a review from this: the statement
(``claimReviewed``), the claim with its author when the text attributes it,
its subject and period, and the day (``datePublished``, the request's date).  A claim holds one fact per figure:
``author`` and ``about`` list each distinct source and subject of its figures (one
object when there is one), ``temporalCoverage`` spans all their periods.
The verdict (``reviewRating``) and the review's own author are the desk's to
write, so they are left out.

    >>> import datetime, claims
    >>> text = "Selon l'Insee, le chômage a atteint 7,1 % en 2022."
    >>> [c] = claims.find_claims(text, claims.extract(text, "fr"), "fr")
    >>> claim_review(c, datetime.date(2023, 3, 1))["itemReviewed"]["author"]["name"]
    'Insee'
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from .lang import get_language
from .statements import Claim


def claim_review(claim: Claim, date: _dt.date, lang: str = "fr",
                 url: Optional[str] = None) -> dict:
    """The JSON-LD ``ClaimReview`` of ``claim``, published on ``date``."""
    item = {"@type": "Claim"}
    # each figure is read on its own (claim.facts): the claim is by every source its
    # figures name and about every thing they count, the first figure's first
    authors = _distinct(({"@type": f.attribution.author_type,
                          "name": _without_determiner(f.attribution.source.text, lang)}
                         for f in claim.facts if f.attribution is not None), key="name")
    if authors:
        item["author"] = authors[0] if len(authors) == 1 else authors
    about = _distinct(({"@type": "Thing", "name": f.subject.text}
                       for f in claim.facts if f.subject is not None), key="name")
    if about:
        item["about"] = about[0] if len(about) == 1 else about
    times = [f.time for f in claim.facts if f.time is not None]
    if times:
        # ISO 8601 interval, the form schema.org gives for temporalCoverage: the span
        # of the periods of all the claim's figures
        start = min(t.start_date for t in times)
        end = max(t.end_date for t in times)
        item["temporalCoverage"] = f"{start.isoformat()}/{end.isoformat()}"
    if url:
        item["appearance"] = {"@type": "CreativeWork", "url": url}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": claim.id,
        "datePublished": date.isoformat(),
        "claimReviewed": claim.sentence.text,
        "itemReviewed": item,
    }


def _distinct(items, key: str) -> list:
    out, seen = [], set()
    for item in items:
        if item[key].lower() not in seen:
            seen.add(item[key].lower())
            out.append(item)
    return out


def _without_determiner(name: str, lang: str) -> str:
    """"le South China Morning Post" -> "South China Morning Post"; "l'Insee" -> "Insee"."""
    words = get_language(lang).statements
    low = name.lower().replace("’", "'")
    for det in sorted(words.determiners + words.indefinite_determiners, key=len, reverse=True):
        det = det.lower().replace("’", "'")
        glued = det.endswith("'")
        if low.startswith(det if glued else det + " ") and len(low) > len(det) + 1:
            return name[len(det) + (0 if glued else 1):].lstrip()
    return name
