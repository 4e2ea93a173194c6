"""The benchmark corpus of ../shared/bench/corpus, split as its README says."""
import pathlib
import re

CORPUS = pathlib.Path(__file__).resolve().parents[2] / "shared" / "bench" / "corpus"

#: file -> language, as in shared/bench/README.md
FILES = {
    "verne-tour-du-monde-fr.txt": "fr",
    "verne-terre-lune-fr.txt": "fr",
    "bastiat-oeuvres-t4-fr.txt": "fr",
    "news-like-fr.txt": "fr",
    "verne-around-the-world-en.txt": "en",
    "smith-wealth-of-nations-en.txt": "en",
    "news-like-en.txt": "en",
}

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def paragraphs(name):
    text = (CORPUS / name).read_text(encoding="utf-8")
    return [p for p in _PARAGRAPH_BREAK.split(text) if p.strip()]


def language_paragraphs(lang, news_only=False):
    out = []
    for name, file_lang in FILES.items():
        if file_lang == lang and (not news_only or name.startswith("news-like")):
            out.extend(paragraphs(name))
    return out


def document(lang, size):
    """One document of about ``size`` characters, paragraphs of the language in turn."""
    parts, total, paras = [], 0, language_paragraphs(lang)
    i = 0
    while total < size:
        p = paras[i % len(paras)]
        parts.append(p)
        total += len(p) + 2
        i += 1
    return "\n\n".join(parts)[:size]
