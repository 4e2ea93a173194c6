"""Subject: what one figure counts or measures (CONVENTIONS.md, "Claims").

Read around the figure, in this order: a ratio's noun ("deux Français sur
trois"); the noun it counts, right after it or after ``de``/``of``/``in``
("400 salariés", "12 % des salariés", "$1.9 trillion in spending"), except a
share of a reference, said of the noun before it ("La dette représente 110 %
du PIB"); else the noun phrase before the figure, past the verbs, auxiliaries
and prepositions between them, over an incise, over a figure noun ("un record
de").  Each figure of a sentence is read on its own: the other figures and the
time spans are barriers a noun phrase never crosses.
"""
from __future__ import annotations

from typing import Optional, Tuple

from ..model import Mention
from ..sentences import Sentence, Span
from .nouns import change_noun, is_content, is_name, is_verb, np_left, np_right, span_of
from .tokens import Doc, Tok
from .words import Words

#: quotation marks: never a barrier between a figure and its subject
_QUOTES = frozenset("«»“”\"‘„")
#: a sign written apart from its figure ("+ 0,9 %")
_SIGNS = frozenset("+-−–")

#: How far (characters) a subject is looked for on each side of its figure: the
#: rules stop within a dozen words, and a bound keeps a sentence of thousands of
#: figures linear.
LEFT, RIGHT = 160, 120


def subject(doc: Doc, sentence: Sentence, mention: Mention, w: Words,
            blocked, previous: Optional[Span] = None
            ) -> Tuple[Optional[Span], bool, bool, Optional[Span]]:
    """The subject of ``mention``; whether it is linked to the figure by "de"/"of"
    (a share's population); whether a pronoun stands for it ("il atteint 3 %", "they
    jumped 29%": null, not the subject of another figure) — or, when nothing names
    the subject, the noun of the change to fall back on ("a 4.7 per cent drop")."""
    text = doc.text
    if mention.kind == "number" and mention.high is not None and mention.high < 1:
        for t in doc.tokens(mention.start, mention.end):
            if t.is_word and t.low not in w.number_words and t.low not in w.function \
                    and t.low not in w.indefinite and t.low not in w.determiners:
                return Span(t.start, t.end, t.text), True, False, None
    right = None
    linked = owned = False
    after = doc.tokens(mention.end, min(sentence.end, mention.end + RIGHT), blocked)
    skip = 0
    while skip < len(after) and after[skip].low in w.figure_units:
        skip += 1  # "169,20 ME", "1 680 milliards FCFA": the figure's own unit
    # "2 202 euros nets des prélèvements": what a net or gross amount is net of
    of_unit = skip > 0 and after[skip - 1].text.islower()
    after = after[skip:]
    if after and mention.kind == "percent" and after[0].low in w.count_links and any(
            x.low in w.pronouns for x in after[1:3]):
        return None, False, True, None  # "40 % d'entre eux", "30% of them": no one named
    if after:
        k = 0
        # after a percentage only "de"/"of" names a population ("12 % des salariés";
        # "5 % en données retraitées" is no count)
        linked = not of_unit and (after[0].low in w.count_links or (
            # "1,3 milliard d'euros en jeux en ligne"; not "en région parisienne", "en
            # valeur absolue", "en moyenne"
            after[0].low in w.plural_count_links and len(after) > 1 and after[1].is_word
            and after[1].low.endswith(w.plural_endings))) and (
            mention.kind != "percent" or after[0].low in w.share_links)
        if linked:
            k = 1
            # "of the", "de la": a determiner after a genitive link only; after
            # "in"/"en" it starts a place or a target ("$2bn in the plant")
            while k < len(after) and (after[k].low in w.count_links or (
                    after[k].low in w.determiners and after[0].low in w.genitive)):
                k += 1
        if linked and after[0].low in w.genitive and k < len(after) \
                and after[k - 1].low in w.determiners and (
                    mention.kind in ("money", "quantity") or (
                        mention.kind == "number" and after[k].text[:1].isupper())):
            # "8 milliards d'euros de l'Etat", "85.6 milliards de la France": an amount
            # "of the" X is X's, not a count of X
            linked, owned = False, True
        if linked:
            # "9.7 percent of the 1,140 employees": past another figure to the noun
            j = k
            while j < len(after) and j - k < 3 and (after[j].blocked or after[j].is_punct):
                j += 1
            if j > k and j < len(after) and not after[k].is_word:
                k = j
        # a noun right after an amount ("a $25 million award", "3.4 percent pay hikes")
        # only where adjectives go before the noun: French and Spanish say "de"
        # the figure before its next word: "0.7% taking" is a verb after it
        ctx = [Tok(mention.start, mention.end, mention.text, True)] + after
        direct = not linked and not w.adjective_after_noun \
            and mention.kind in ("money", "percent") and after[0].is_word \
            and not after[0].blocked and after[0].text.islower() \
            and after[0].low not in w.number_words and after[0].low not in w.prepositions \
            and after[0].low not in w.not_counted and (
                is_content(ctx, 1, w) or after[0].low in w.change_single)
        if not linked and mention.kind == "percent" and after[0].is_word \
                and not after[0].blocked and _opens_share(doc, sentence, mention, w) and (
                    after[0].low in w.relatives or (
                        is_verb(ctx, 1, w) and after[0].low not in w.function
                        and after[0].low not in w.change_single
                        and after[0].low not in w.comparison_single)):
            # "8.02 percent had no raise", "41% predicting", "50 percent said": a
            # share with its population named before ("9.7 percent of the 1,140
            # employees"), else of no one named
            return previous, False, previous is None, None
        if direct and after[0].low in w.change_single:
            # "a 7% growth in electricity generation", "a 4.7 per cent drop": what
            # changes when it is named, else the noun of the change (CONVENTIONS)
            j = _past_change_links(after, 1, w)
            named = span_of(text, after, np_right(after, j, w)) if j > 1 else None
            if named is not None:
                return named, False, False, None
            # the noun of the change only when nothing else names the subject:
            # "Revenues climbed to $4.67bn, a 77 per cent increase" is about revenues
            left, _, pronoun = left_subject(doc, sentence, mention, w, blocked)
            if left is not None or pronoun:
                return left, False, pronoun, None
            return None, False, False, Span(after[0].start, after[0].end, after[0].text)
        if (linked or mention.kind == "number" or direct) and not owned:
            # "400 salariés", "$12 million punitive damages", "a $25 million award"
            rng = np_right(after, k, w)
            right = span_of(text, after, rng)
            if rng and mention.kind == "percent" and after[rng[0]].low in w.references:
                # "9,5 % du PIB": a share of a reference, said of the noun before it
                left, _, pronoun = left_subject(doc, sentence, mention, w, blocked)
                return left, True, pronoun, None
    linked = linked and right is not None
    if right is None and previous is not None and _signed_aside(doc, sentence, mention):
        # "142 ME (+6,8 % en données courantes)", "3 183 € brut (+ 1,5 %)": the change
        # of the figure before
        return previous, False, False, None
    if right is None:
        holder = _holder_after(doc, sentence, mention, after, w)
        if holder is not None:
            return holder, False, False, None
        if previous is not None and _set_against(doc, sentence, mention, w, blocked):
            # "21 % des lits …, comparativement à 13 % en Ontario", "China (10%), the US
            # (12%)": the same quantity again, for another place, time or holder
            return previous, False, False, None
    left, attached, pronoun = left_subject(doc, sentence, mention, w, blocked)
    if left is not None and after and right is None:
        head = doc.tokens(left.start, left.end)
        head = [x for x in head if x.low not in w.determiners and x.low not in w.indefinite]
        if head and head[0].low in w.change_single:
            # "une augmentation d'environ 7 % sur les billets", "a 77% increase in
            # revenue": the change is of what follows the figure, past its unit, its
            # rate, "en moyenne" ("de 4 % TTC en moyenne du TRVE", "de 38 euros par an
            # sur la facture")
            k0 = 0
            while k0 < len(after) and (after[k0].low in w.figure_units
                                       or after[k0].low in w.rate_words or (
                after[k0].low in w.prepositions and k0 + 1 < len(after)
                and after[k0 + 1].low in w.figure_nouns)):
                k0 += 2 if after[k0].low in w.prepositions else 1
            k = _past_change_links(after, k0, w)
            k = k if k > k0 else 0
            if 0 < k < len(after):
                found = span_of(text, after, np_right(after, k, w))
                if found is not None:
                    return found, False, False, None
    opener = attached_change(doc, left, w) if left is not None and right is None else None
    if opener is not None:
        # "affichent une hausse de 10,3 %", "…, soit une hausse de 3,6 centimes", "…, a
        # decrease of 7 percent": an unnamed change said of something named before it
        # (the figure before, else the clause's subject); the noun of the change
        # only when nothing names it
        if previous is not None:
            return previous, False, False, None
        named, _, pronoun = left_subject(doc, sentence, mention, w, blocked, upto=opener)
        if pronoun:
            return None, False, True, None
        return (named or sentence_subject(doc, sentence, mention, w, blocked, opener)
                or left), False, False, None
    if right is not None and linked and mention.kind == "percent" and left is not None \
            and attached and not _is_change(doc, left, w) and _determined(doc, left, w) \
            and doc.tokens(left.end, mention.start)[-1:] and \
            doc.tokens(left.end, mention.start)[-1].low in w.links:
        # "un taux d'exécution de 20,2 % des prévisions", "a margin of error of 3.8
        # points": the figure is the noun it is joined to; not "une hausse de 7,8 % des
        # prix" (the prices change)
        return left, False, False, None
    if right is not None and linked and mention.kind == "percent" and left is not None:
        # "A atteint / représente X % de B", "a perdu 20 % de sa valeur": A (CONVENTIONS);
        # not "une hausse de 7,8 % des prix": the prices
        between = doc.tokens(left.end, mention.start)
        head = doc.tokens(left.start, left.end)
        if any(x.low in w.figure_verbs and len(x.low) > 2 and x.low not in w.links
               for x in between) and not (head and head[0].low in w.change_single) \
                and not (between and (between[-1].low in w.list_openers
                                      or between[-1].low in w.prepositions
                                      or between[-1].low in w.comparison_openers)):
            return left, True, False, None
    if right is not None:
        return right, linked, False, None
    if left is None and not pronoun and mention.kind == "percent" and after \
            and after[0].low in w.change_links \
            and after[0].low not in w.count_links:
        # "Et de 4 % sur les lignes internationales": with nothing named before, a
        # change is of what follows it
        k = _past_change_links(after, 0, w)
        found = span_of(text, after, np_right(after, k, w)) if 0 < k < len(after) else None
        if found is not None:
            return found, False, False, None
    return left, False, pronoun, None


def left_subject(doc: Doc, sentence: Sentence, mention: Mention, w: Words,
                 blocked, upto: Optional[int] = None) -> Tuple[Optional[Span], bool, bool]:
    """The noun phrase before the figure (or before offset ``upto``), past the verbs
    and prepositions between them; whether it is attached to the figure by a figure
    verb or a link; whether a pronoun was met first."""
    end = mention.start if upto is None else upto
    # quotation marks are never a barrier: "le «pouvoir d'achat» de l'Etat diminue"
    before = [t for t in doc.tokens(max(sentence.start, end - LEFT), end, blocked)
              if t.text not in _QUOTES]
    k = len(before) - 1
    skipped = 0
    attached = False
    figure_noun = None
    marked = paren = False
    last_verb = False
    while k >= 0 and skipped < 12:
        t = before[k]
        if t.text in _SIGNS and k == len(before) - 1:
            k -= 1  # "(– 0,3 %", "(+ 0,9 %": a sign written apart from its figure
            continue
        if t.blocked and t.is_punct:
            k -= 1  # inside a time or another figure: "sur la période 2019 – 2023"
            continue
        if t.text in (",", "—", "–", ")"):
            # jump over an incise: "le chômage, selon l'Insee, atteint", "gross
            # bookings — the value of services booked — rose"; not over a clause
            # that holds a figure or a verb of its own
            opener = "(" if t.text == ")" else t.text
            c = k - 1
            while c >= 0 and before[c].text != opener and k - c < 16:
                c -= 1
            inner = before[c + 1:k]
            # a dash pair, a relative clause or a participle's clause is an incise even
            # with its verb ("bookings — the value of services booked — rose", "Total
            # gross bookings, which includes…, increased", "capacity, counting
            # hydropower, increased")
            aside = bool(inner) and (opener in ("—", "–") or inner[0].low in w.relatives or (
                bool(w.participles) and inner[0].text.islower() and len(inner[0].low) > 5
                and inner[0].low.endswith(w.participles)))
            # an apposition of a bare noun may hold a figure ("Le gazole, carburant le
            # plus vendu avec environ 80 % des volumes, valait")
            apposition = bool(inner) and c > 0 and inner[0].text.islower() \
                and is_content(inner, 0, w) and is_content(before, c - 1, w)
            if c >= 0 and before[c].text == opener and c < k - 1 and not any(
                    (x.blocked and not apposition) or (
                        not aside and not apposition and x.is_word
                        and is_verb(before, c + 1 + j, w) and x.low not in w.links)
                    for j, x in enumerate(inner)):
                k = c - 1
                skipped += 1
                continue
            if not (t.text in ("–", "—") and skipped == 0):
                break
        if t.text in ("(", "–", "—", ":") and skipped == 0:
            # "aerospace industry products (7.4 percent)", "the overall list – 7.7
            # million": the noun before the mark, whatever stands before it
            k -= 1
            skipped += 1
            marked = t.text != "("
            paren = t.text == "("
            continue
        if t.text in _SIGNS and k == len(before) - 1:
            k -= 1  # "(+ 0,9 %"
            continue
        if t.text == "(" and not any(x.text == ")" for x in before[k + 1:]):
            k -= 1  # inside the brackets with the figure: "l'inflation (attendue à 2 %)"
            skipped += 1
            continue
        if t.is_punct and not t.blocked:
            break
        if k > 0 and before[k - 1].blocked and t.low in w.figure_units:
            k -= 1  # "3 183 € brut (+ 1,5 %)": a unit of the figure before
            continue
        if k > 0 and ((t.low in w.rate_words and before[k - 1].low in w.distributives) or (
                t.low in w.figure_nouns and before[k - 1].low in w.prepositions
                and (k == len(before) - 1 or before[k + 1].is_punct))):
            k -= 2  # "chaque mois", "en moyenne": a rate, an adverb
            continue
        noun = is_content(before, k, w) or change_noun(before, k, w) or (
            # "October exports of $180.5 billion", "the analyst estimate of $5.77bn"
            t.is_word and not t.blocked and t.low in w.verbs and k + 1 < len(before)
            and before[k + 1].low in w.noun_links and t.low not in w.auxiliaries
            and t.low not in w.function) or (
            t.is_word and not t.blocked and k > 0 and (
                before[k - 1].low in w.noun_determiners or (  # "un léger tassement"
                    k > 1 and before[k - 2].low in w.articles
                    and is_content(before, k - 1, w) and t.low in w.change_single))
            and t.low in w.verbs and t.low not in w.comparison_single  # "a similar"
            and t.low not in w.function and t.low not in w.auxiliaries
            and t.low not in w.determiners  # "la progression", "a rise"
            and not (w.verb_suffixes and t.low.endswith(w.verb_suffixes)))  # "a revised"
        if noun:
            rng = np_left(before, k, w) or (k, k)
            if (before[k].low in w.figure_nouns and all(
                    x.low in w.figure_nouns or x.low in w.determiners or "-" in x.text
                    for x in before[rng[0]:k])) and (
                    k + 1 == len(before) or before[k + 1].low in w.count_links):
                # "un record de", "a total of": the figure itself; the subject is
                # named before it, else it is the only noun naming the figure
                if rng[0] == 0 or before[rng[0] - 1].low not in w.prepositions:
                    # not "en moyenne": an adverb
                    figure_noun = figure_noun or span_of(doc.text, before, (k, k))
                k = rng[0] - 1
                skipped += 1
                continue
            if rng[0] == rng[1] and before[k].low.endswith(("'s", "’s")):
                k -= 1  # "September’s 8.3% rise", "That's": a possessive, not the subject
                skipped += 1
                continue
            while rng[0] < rng[1] and (before[rng[0]].low in w.ranking_words
                                       or before[rng[0]].low in w.links):
                rng = (rng[0] + 1, rng[1])  # "suivie de Pékin": the name, not the ranking
            if before[rng[0]].low in w.not_counted and rng[0] > 0 and before[rng[0] - 1].blocked:
                k = rng[0] - 1  # "$55 per barrel": the figure's rate, read on to the left
                skipped += 1
                continue
            first = rng[0]
            while first > 0 and before[first - 1].low in w.determiners:
                first -= 1
            # joined to its figure by a link ("than the average salary of $85,000") or
            # set off by a mark, the noun phrase is the figure's whatever stands before
            joined = rng[1] == len(before) - 2 and before[-1].low in w.noun_links
            if first > 0 and (before[first - 1].low in w.prepositions
                              or before[first - 1].low in w.agent_links) and skipped < 8 \
                    and not (marked and skipped == 1) and not joined \
                    and not (paren and skipped == 1 and before[first - 1].low in w.agent_links):
                # "2,1 % dans la capitale", "rose 3% in Texas": a place or a target
                # after a preposition is no subject; read on to the left
                k = first - 2
                if before[first - 1].low in w.agent_links:
                    while k > 0 and before[k].text.islower() and \
                            before[k].low.endswith(w.participle_endings):
                        k -= 1  # "contaminés par le coronavirus": the participle too
                skipped += 1
                continue
            return span_of(doc.text, before, rng), attached or (
                skipped == 1 and len(before) > k + 1 and before[k + 1].low in w.links), False
        if t.low in w.relatives and not t.blocked and k > 0:
            # "le gazole, qui vaut 1,48 euro": the noun the relative clause hangs on
            j = k - 1 if before[k - 1].text != "," else k - 2
            if j >= 0 and is_content(before, j, w):
                return span_of(doc.text, before, np_left(before, j, w) or (j, j)), True, False
        if t.low in w.pronouns and not t.blocked:
            if figure_noun is not None:
                return figure_noun, False, False  # "vous devrez payer la somme de 31 €"
            return None, False, True
        # a finite verb: listed, or an auxiliary; not "to", not a comparative ("inférieur")
        verb = (t.is_word and not t.blocked and is_verb(before, k, w)
                and (t.low not in w.function or t.low in w.auxiliaries)
                and t.low not in w.comparison_single)
        # a listed verb right before the verb of the clause is its subject noun:
        # "Jobless claims declined", "Wine exports reached"
        if last_verb and verb and t.low not in w.auxiliaries \
                and not (k > 0 and before[k - 1].low in w.verb_openers) \
                and _opens_clause(before, k, w):
            # "Exports climbed 5%", "whereas imports dropped 2%", "data show exports fell"
            return span_of(doc.text, before, (k, k)), True, False
        if last_verb and verb and t.low not in w.auxiliaries and k > 0 and (
                is_content(before, k - 1, w) or before[k - 1].low in w.determiners):
            if is_content(before, k - 1, w):
                rng = np_left(before, k - 1, w)
                head = (rng[0] if rng else k - 1, k)
            else:
                head = (k - 1, k)
            return span_of(doc.text, before, head), True, False
        attached = attached or (t.low in w.figure_verbs and len(t.low) > 2)
        last_verb = verb
        k -= 1
        skipped += 1
    return figure_noun, False, False


def _opens_clause(tokens, k: int, w: Words) -> bool:
    """Whether token ``k`` stands first in its clause: the sentence's first word, or
    after punctuation, a function word ("whereas", "que") or a verb of its own."""
    if k == 0:
        return tokens[0].text[:1].isupper()
    prev = tokens[k - 1]
    if prev.blocked:
        return False
    if prev.is_punct or (prev.low in w.function and prev.low not in w.determiners):
        return True
    return prev.is_word and is_verb(tokens, k - 1, w) and prev.low not in w.auxiliaries \
        and prev.low not in w.figure_verbs


def _past_change_links(tokens, i: int, w) -> int:
    """The index past the links after a noun of change ("growth in", "hausse de") and,
    when there were any, the determiners after them ("sur les"): where what changes is
    named."""
    j = i
    while j < len(tokens) and tokens[j].low in w.change_links:
        j += 1
    while i < j < len(tokens) and tokens[j].low in w.determiners:
        j += 1
    return j


def attached_change(doc: Doc, span: Span, w: Words) -> Optional[int]:
    """Where an unnamed change introduced by an indefinite determiner starts ("une
    hausse", "a decrease", "un léger repli") when a figure verb, a comma or an
    apposition word stands before it ("affichent une hausse", ", soit une hausse",
    ", a decrease"): it then says how much something named before changed.  None
    otherwise ("la hausse serait de 330 euros", "une hausse de 12 %" alone)."""
    toks = doc.tokens(span.start, span.end)
    if not toks or toks[-1].low not in w.change_single:
        return None
    before = doc.tokens(max(0, span.start - 40), span.start) + toks
    k = len(before) - len(toks)
    if toks[0].low not in w.indefinite:
        k -= 1  # the determiner stands outside the phrase: "une hausse" -> "hausse"
        if k > 0 and before[k].low not in w.indefinite and before[k - 1].low in w.articles:
            k -= 1  # "un léger tassement"
        if k < 0 or before[k].low not in w.indefinite:
            return None
    if k < 1:
        return None
    prev = before[k - 1]
    if prev.text == "," or prev.low in w.change_appositions or (
            prev.low in w.figure_verbs and len(prev.low) > 2 and prev.low not in w.links
            and prev.low not in w.function and prev.low not in w.saying):
        return prev.start  # what was named is read from before the word ("subit")
    return None


def sentence_subject(doc, sentence, m: Mention, w, blocked, upto: Optional[int] = None):
    """The first noun phrase of the sentence, when it stands before the figure (or
    before offset ``upto``) with a verb between them: the sentence's grammatical
    subject."""
    end = m.start if upto is None else upto
    toks = doc.tokens(sentence.start, min(end, sentence.start + 200), blocked)
    if toks and (toks[0].low in w.prepositions or toks[0].low in w.according_first):
        # "For instance, …", "According to the BLS, the median wage…", "Despite
        # headwinds, exports…": the subject comes after the opening phrase
        comma = next((i for i, t in enumerate(toks[:16]) if t.text == ","), None)
        if comma is None:
            return None
        toks = toks[comma + 1:]
    for i, t in enumerate(toks):
        if t.blocked or t.is_punct and t.text not in ("-", "—", "–", "•", "«", "“", "\""):
            return None
        if t.low in w.pronouns:
            return None
        if is_content(toks, i, w) or (i > 0 and toks[i - 1].low in w.noun_determiners
                                      and t.is_word and t.low not in w.function):
            rng = np_right(toks, i, w)  # "La baisse des prix … avait ralenti"
            if rng and any(is_verb(toks, j, w) for j in range(rng[1] + 1, len(toks))):
                return span_of(doc.text, toks, rng)
            return None
        if is_verb(toks, i, w) and t.low not in w.determiners:
            return None
    return None


def _set_against(doc: Doc, sentence: Sentence, mention: Mention, w: Words, blocked) -> bool:
    """Whether the figure is set against the one before it with nothing counted of its
    own: right after a word of comparison ("contre -1,5 %", "comparativement à 13 %",
    "versus 46 percent", "up from 11,522"), or in brackets after a name that continues
    a list ("…, Spain (4.4 percent)", "et du Cameroun (6 740 milliards)", "solar: China
    (10%)")."""
    before = doc.tokens(max(sentence.start, mention.start - 60), mention.start, blocked)
    k = len(before) - 1
    while k >= 0 and len(before) - k <= 4:
        t = before[k]
        # "comparativement à", "compared with", "up from a revised"
        n = 2 if k > 0 and (before[k - 1].low + " " + t.low) in w.comparison_openers else \
            1 if t.low in w.comparison_openers else 0
        if n:
            # after a figure or a mark ("$769m or $18.60", ", contre 9 %"), not inside a
            # qualifier ("plus or minus 2.9 percent")
            j = k - n
            return j < 0 or before[j].blocked or before[j].is_punct or (
                before[j].low in w.function and before[j].low not in w.degree_words
                and before[j].low not in w.tolerance_words)
        if t.low in w.joiners and (k < len(before) - 1 or any(
                x.blocked for x in before[max(0, k - 6):k])):
            # "de 42 % … et de 28 %", "ou encore de 3 %", "entre 344 euros (…) et 875
            # euros": the same reading again
            return True
        if t.low in w.function and t.low not in w.determiners and k > 0 \
                and before[k - 1].low in w.joiners and k < len(before) - 1:
            return True  # "ou encore de 3 %"
        if t.is_word and t.low in w.function and k > 0 \
                and before[k - 1].low in w.comparison_openers:
            return True  # "soit seulement un euro"
        if not (t.low in w.links or t.low in w.count_links or t.low in w.determiners
                or t.low in w.indefinite or t.low in w.prepositions or t.text == "("):
            break
        k -= 1
    if not before or before[-1].text != "(":
        return False
    k = len(before) - 2
    # a name: a place or a party a breakdown goes on with ("Spain (4.4 percent)"); a
    # common noun names what is measured ("chemicals (8 percent)"), and a ranking
    # ("followed by Beijing (89.9 million)") the holder of each figure
    if k < 1 or not (before[k].is_word and before[k].text[0].isupper()) or any(
            x.low in w.ranking_words
            for x in doc.tokens(max(sentence.start, mention.start - LEFT), mention.start)):
        return False
    rng = np_left(before, k, w) or (k, k)
    head = rng[0]
    while head < k and (before[head].low in w.determiners or before[head].low in w.links):
        head += 1
    if not before[head].text[0].isupper():
        return False  # "la liste LREM du député Eric Azaulet (18,9%)": a holder
    first = rng[0]
    while first > 0 and (before[first - 1].low in w.determiners
                         or before[first - 1].low in w.links):
        first -= 1  # "du Cameroun", "the US"
    if first == 0:
        return False
    opener = before[first - 1]
    return opener.text in (",", ":", ";") or opener.low in w.joiners


def _holder_after(doc: Doc, sentence: Sentence, mention: Mention, after, w: Words
                  ) -> Optional[Span]:
    """"759 € pour Nanterre, 698 € pour Créteil", "contre 2 597 € pour les hommes": in a
    list or a comparison, what ``pour``/``for`` names after the figure (past a rate:
    "824 € par mois pour un studio") holds it."""
    before = doc.tokens(max(sentence.start, mention.start - 30), mention.start)
    if len(before) > 2 and before[-1].low in w.figure_nouns and before[-2].low in w.prepositions:
        before = before[:-2]  # "avec en moyenne 824 €"
    if not before:
        return None
    prev = before[-1]
    if not (prev.text in (",", ":", ";") or prev.low in w.joiners
            or prev.low in w.comparison_openers or prev.low in w.list_openers):
        return None
    j = 0
    while j < len(after) and (after[j].low in w.rate_words or after[j].low in w.figure_units):
        j += 1  # "par mois", "mensuels"
    if j >= len(after) or after[j].low not in w.holder_links:
        return None
    j += 1
    while j < len(after) and (after[j].low in w.determiners or after[j].low in w.indefinite):
        j += 1
    if j < len(after) and (is_content(after, j, w) or is_name(after, j)):
        return span_of(doc.text, after, np_right(after, j, w) or (j, j))
    return None


def _opens_share(doc: Doc, sentence: Sentence, mention: Mention, w: Words) -> bool:
    """Whether a percentage stands first in its clause, as the subject of the verb after
    it ("…, 8.02 percent had", "with 41% predicting", "showed that 9.7 percent"): after
    a mark, a joiner, a complementiser or a word of comparison or list, or first in the
    sentence; not after a verb or a preposition ("fell by 0.7% taking")."""
    before = doc.tokens(max(sentence.start, mention.start - 30), mention.start)
    if not before:
        return True
    prev = before[-1]
    return (prev.is_punct and prev.text != "(") or prev.low in w.joiners \
        or prev.low in w.complementisers or prev.low in w.comparison_openers \
        or prev.low in w.list_openers


def _is_change(doc: Doc, span: Span, w: Words) -> bool:
    """Whether a noun phrase is headed by a noun of change ("une hausse", "the rise")."""
    head = [x for x in doc.tokens(span.start, span.end)
            if x.low not in w.determiners and x.low not in w.indefinite]
    return bool(head) and (head[0].low in w.change_single or head[-1].low in w.change_single)


def _determined(doc: Doc, span: Span, w: Words) -> bool:
    """Whether a noun phrase has its determiner, in it or right before it ("un taux
    d'exécution", "a margin of error"): a noun, not a participle ("crédités de")."""
    toks = doc.tokens(max(0, span.start - 12), span.end)
    first = doc.tokens(span.start, span.end)
    if first and (first[0].low in w.determiners or first[0].low in w.indefinite):
        return True
    k = len(toks) - len(first) - 1
    return k >= 0 and (toks[k].low in w.determiners or toks[k].low in w.indefinite)


def _signed_aside(doc: Doc, sentence: Sentence, mention: Mention) -> bool:
    """Whether a figure with its sign opens a bracket ("(+6,8 %", "(- 4,5 %")."""
    before = doc.tokens(max(sentence.start, mention.start - 6), mention.start)
    signed = mention.text[:1] in _SIGNS
    if before and before[-1].text in _SIGNS:
        signed, before = True, before[:-1]
    return signed and bool(before) and before[-1].text == "("
