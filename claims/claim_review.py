"""A claim as the start of a schema.org ``ClaimReview`` (JSON-LD).

A newsroom CMS that speaks ClaimReview (the shape Google's Fact Check Tools
and most fact-checking desks use) can open a review from this: the statement
(``claimReviewed``), the claim with its author when the text attributes it,
its subject and period, and the day (``datePublished``, the request's date).
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
    if claim.attribution is not None:
        item["author"] = {"@type": claim.attribution.author_type,
                          "name": _without_determiner(claim.attribution.source.text, lang)}
    if claim.subject is not None:
        item["about"] = {"@type": "Thing", "name": claim.subject.text}
    if claim.time is not None:
        # ISO 8601 interval, the form schema.org gives for temporalCoverage
        item["temporalCoverage"] = (f"{claim.time.start_date.isoformat()}/"
                                    f"{claim.time.end_date.isoformat()}")
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
