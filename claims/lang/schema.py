"""The typed schema every language module fills in.

A language is data, never engine code: the engine builds all of its regular
expressions from these tables (longest alternative first), so a word is typed
once.  ``claims/lang/__init__.py`` validates each module against this schema at
import time.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Tuple


#: The qualifier codes a language's ``pre_qualifiers``, ``post_qualifiers`` and
#: ``bounding_verbs`` may give a phrase.  What each makes of the figure's interval is
#: decided in one table, ``claims.engine.intervals.QUALIFIERS``; in short:
#: ``approx`` ("environ", "about") and ``estimate`` ("estimated") an approximate point;
#: ``more_than`` ("plus de", "over") and ``at_least`` ("au moins") open above the
#: figure; ``less_than`` ("moins de") and ``up_to`` ("jusqu'à") below it, from 0 for a
#: count or money; ``gt``, ``ge``, ``lt``, ``le`` the same bounds written as a comparison
#: ("supérieur à", "greater than", "or less"), with no floor at 0; ``eq`` ("equal to")
#: the figure itself.
QUALIFIER_CODES = ("approx", "estimate", "more_than", "at_least", "less_than", "up_to",
                   "gt", "ge", "lt", "le", "eq")


@dataclass(frozen=True)
class StatementWords:
    """The words that turn mentions into statements (``claims.statements``).

    Kept apart from the number words so the mention engine never reads them.
    Phrases are matched case-insensitively on word boundaries, longest first,
    with any white space between their words; an apostrophe matches ' and ’.
    """

    # -- sentences ---------------------------------------------------------------
    #: tokens, period included, after which a period never ends a sentence ("M.", "p.").
    abbreviations: Tuple[str, ...]
    #: tokens whose period also ends the sentence when a capital follows ("etc.", "Inc.").
    final_abbreviations: Tuple[str, ...]

    # -- noun phrases (subjects and sources) ------------------------------------
    #: determiners kept at the head of a subject ("le", "the", "ses"): they name a thing.
    determiners: Tuple[str, ...]
    #: determiners left out of a subject ("des", "a"): the figure stands in for them.
    indefinite_determiners: Tuple[str, ...]
    #: words that join nouns inside one noun phrase ("de", "of"): "budget de la mission".
    np_links: Tuple[str, ...]
    #: words that end a noun phrase: prepositions, conjunctions, pronouns, adverbs.
    function_words: Tuple[str, ...]
    #: what may stand between a subject and its figure: verbs in every form ("atteint",
    #: "rose") and the prepositions and adverbs that go with them ("à", "to", "by", "still").
    figure_verbs: Tuple[str, ...]
    #: auxiliaries: the word after one is a verb ("a", "ont", "has", "was").
    auxiliaries: Tuple[str, ...]
    #: endings that make an unknown word a verb form ("ed"); may be empty.
    verb_suffixes: Tuple[str, ...]
    #: words between a figure and what it counts: "de", "des", "of", "in".
    count_links: Tuple[str, ...]
    #: nouns that stand for the figure itself ("un record de", "a total of"): the
    #: subject is the noun phrase before them.
    figure_nouns: Tuple[str, ...]

    # -- attribution -----------------------------------------------------------------
    #: phrases naming a source before it: "selon", "d'après", "according to".
    according_to: Tuple[str, ...]
    #: reporting verbs, every form, one or several words: "souligne", "a déclaré", "said".
    speech_verbs: Tuple[str, ...]
    #: nouns of a document whose author is the source: "une étude de X" -> X.
    document_nouns: Tuple[str, ...]
    #: opening quotation mark -> closing mark.
    quote_pairs: Mapping[str, str]
    #: nouns naming a person's role: a source led by one is a Person, else an Organization.
    person_nouns: Tuple[str, ...]

    # -- time ------------------------------------------------------------------------
    #: words kept in a time span before a year or period: "en", "au cours de", "in".
    time_prepositions: Tuple[str, ...]
    #: phrase -> (unit, offset) against the request date: "l'an dernier": ("year", -1).
    relative_periods: Mapping[str, Tuple[str, int]]
    #: period nouns -> unit: "trimestre": "quarter", "semestre": "half".
    period_nouns: Mapping[str, str]
    #: one-letter period labels before a digit: "T" (T1 2023), "Q", "S", "H".
    period_labels: Mapping[str, str]
    #: ordinal words -> rank: "premier": 1, "second": 2.
    ordinals: Mapping[str, int]
    #: month names and abbreviations -> 1..12.
    month_numbers: Mapping[str, int]
    #: "depuis", "since": from a year to the request date.
    since_words: Tuple[str, ...]
    #: "d'ici", "by": from the request date to the end of a year.
    until_words: Tuple[str, ...]
    #: words joining two years of one period: "et", "à", "and", "to".
    year_range_links: Tuple[str, ...]
    #: day names -> 0 (Monday)..6: "jeudi" is the latest Thursday up to the request date.
    weekdays: Mapping[str, int]
    #: words of a record ("plus haut", "highest"): "highest since 2001" does not date a figure.
    record_words: Tuple[str, ...]
    #: whether adjectives follow the noun ("population active"): a second word after
    #: the counted noun belongs to it.
    adjective_after_noun: bool

    # -- claim types -----------------------------------------------------------------
    #: words of change before a figure: "hausse de", "a augmenté de", "rose", "up".
    change_words: Tuple[str, ...]
    #: words that compare two amounts: "fois plus", "par rapport à", "than", "compared with".
    comparison_words: Tuple[str, ...]
    #: nouns of a share: "part", "proportion", "share".
    share_words: Tuple[str, ...]
    #: words that make a figure an estimate or forecast: "devrait", "forecast".
    estimate_words: Tuple[str, ...]
    #: vague hedges that make a claim harder to check: "pourrait", "may", "some say".
    hedge_words: Tuple[str, ...]

    # -- per figure (issue 12); optional so that a language can start without them ----
    #: what opens a sentence with the whole its later counts are parts of ("Sur les 881
    #: hospitalisations, … 19 personnes", "Of the 1,140 employees, …").
    whole_openers: Tuple[str, ...] = ()
    #: what joins a part to its whole between two counts ("195 des 250", "12 of the 40").
    whole_links: Tuple[str, ...] = ()
    #: nouns naming an expectation a figure belongs to ("the consensus of $5bn", "les
    #: attentes des analystes"): estimate cues that are never verbs.
    estimate_nouns: Tuple[str, ...] = ()
    #: words between a figure and an estimate cue after it that set the figure against
    #: the estimate rather than make it one ("8.3% rise and missing a forecast", "$90bn
    #: surplus that undershot expectations", "supérieur aux attentes").
    estimate_misses: Tuple[str, ...] = ()
    #: verbs whose subject expects something ("83 per cent expecting a raise", "40 %
    #: s'attendent à"): after a proportion they count who expects, no forecast.
    expecting_verbs: Tuple[str, ...] = ()
    #: baseline links that open the start of a path ("from 3% … to 20%"): right after a
    #: forecast word, with no forecast figure before, the start is forecast too.
    path_starts: Tuple[str, ...] = ()
    #: words that pair figures with the things named before them one by one ("the EU
    #: and UK with 21% and 33% respectively"): the figures are set side by side.
    respective_words: Tuple[str, ...] = ()
    #: phrases that hold a comparison word without comparing ("faire face à un mur",
    #: "hacer frente a", "protests against"): the word inside them is no cue.
    comparison_blockers: Tuple[str, ...] = ()
    #: what opens a margin of error ("plus or minus 3.8 percentage points", "±3
    #: points"): the points are no change.
    margin_words: Tuple[str, ...] = ()
    #: superlatives that rank a holder whose figure stands in brackets after it ("la
    #: ville la plus abordable est Brest (327 euros)", "scoring the highest (83.5%)").
    superlatives: Tuple[str, ...] = ()
    #: the words around the two ends of a span written apart ("entre 344 euros
    #: (Saint-Étienne) et 875 euros (Paris)"): the opener and the link.
    range_openers: Tuple[str, ...] = ()
    range_links: Tuple[str, ...] = ()
    #: words that open a new clause of a sentence ("tandis que", "while", ";"): each
    #: figure's type and period are read in its own clause.
    clause_openers: Tuple[str, ...] = ()
    #: what may follow a verb of saying and make it one ("que", "that").
    complementisers: Tuple[str, ...] = ()
    #: what names a document's author: "une étude réalisée par", "a survey by".
    author_links: Tuple[str, ...] = ()
    #: words that may stand between a verb of saying and its inverted source or a day
    #: ("a affirmé jeudi le ministre", "said on Monday"): the day of speech is no period.
    speech_fillers: Tuple[str, ...] = ()
    #: words of publishing or reporting ("publié", "rapportés", "released",
    #: "published"): a day or a month next to one is when it was published, not a
    #: figure's period ("l'indice publié jeudi", "13 décès rapportés mercredi").
    publication_words: Tuple[str, ...] = ()
    #: subject pronouns glued to an inverted verb of saying ("a-t-il expliqué",
    #: "informe-t-elle"): the pronoun is the source.
    inverted_pronouns: Tuple[str, ...] = ()
    #: words right before "selon" / "according to" that make it "depending on" ("varie
    #: selon les secteurs", "vary according to region"): no source.
    according_to_blockers: Tuple[str, ...] = ()
    #: what may stand before an ordinal period: "au", "in the", "over the".
    period_prepositions: Tuple[str, ...] = ()
    #: what joins a period to its year: "de", "of", "of the year".
    period_of: Tuple[str, ...] = ()
    #: words before a fiscal year: "exercice", "fiscal", "FY" ("FY2024", "exercice 2023-2024").
    fiscal_words: Tuple[str, ...] = ()
    #: phrase -> (unit, count): the span up to the request date a change is measured
    #: over ("sur un an": ("year", 1), "year on year", "over the past 12 months").
    trailing_periods: Mapping[str, Tuple[str, int]] = field(default_factory=dict)
    #: rates, never periods: "par an", "per year".
    rate_words: Tuple[str, ...] = ()
    #: words that introduce what a figure is set against ("contre 22,2 % un an
    #: auparavant", "down from $0.05 in the year-ago quarter", "par rapport à 2022",
    #: "than a year ago"): the period after such a figure, or after such a word, is
    #: that baseline's, not the other figures' of the sentence.
    base_links: Tuple[str, ...] = ()
    #: tokens right after a figure that belong to it, never what it counts ("ME",
    #: "FCFA", "bruts"): the counted noun is looked for after them.
    figure_units: Tuple[str, ...] = ()
    #: words right before or after a figure that make it a part of a whole ("dont 30
    #: milliards", "40 % d'entre eux", "of which $2bn").
    share_markers: Tuple[str, ...] = ()
    #: the links after a percentage that name its population ("12 % des salariés",
    #: "12% of workers"); "5 % en données retraitées" is no count.
    share_links: Tuple[str, ...] = ()
    #: verbs of saying that also name an event ("reported revenue of", "added 187,000
    #: jobs", "a annoncé un plan"): they attribute only before "que"/"that" or a clause,
    #: or inverted after the figure.
    event_speech_verbs: Tuple[str, ...] = ()
    #: what a percentage is a share of without being what it counts ("6 % du PIB",
    #: "9.5% of GDP"): the subject is then the noun before the figure (the deficit).
    reference_nouns: Tuple[str, ...] = ()
    #: nouns of an expectation a figure is set against ("analysts' estimate of $5bn",
    #: "la prévision initiale de 0,9 %"): the figure is about the sentence's subject.
    baseline_nouns: Tuple[str, ...] = ()
    #: endings of a participle that opens a clause after a comma ("…, leading to").
    participle_suffixes: Tuple[str, ...] = ()
    #: words after which a verb of saying comes before its source ("comme le détaille
    #: le PLF", "as the IMF noted").
    inversion_words: Tuple[str, ...] = ()
    #: words after which a verb of saying is a noun ("estimate of", "forecast for").
    speech_noun_links: Tuple[str, ...] = ()
    #: season names -> (first month, number of months): "été": (6, 3).
    seasons: Mapping[str, Tuple[int, int]] = field(default_factory=dict)
    #: what makes a season the current one: "cet", "this".
    season_this: Tuple[str, ...] = ()
    #: what makes it the one before: "dernier", "précédent" ("l'été dernier"), "last".
    season_last: Tuple[str, ...] = ()
    #: month names never read alone as a month ("May": a modal, a name).
    ambiguous_months: Tuple[str, ...] = ()
    #: whether month names are capitalised (English): a bare "march" is then no month.
    capitalised_months: bool = False
    #: whether a period label alone ("Q3", "H1") names a period; when False ("T1" is
    #: also a flat's size in French) it needs a year or a preposition ("au T1").
    period_labels_alone: bool = True
    #: prepositions that make a duration a frame for the sentence's other figures:
    #: "sur 9 mois", "en quatre ans", "over the past four years".
    frame_prepositions: Tuple[str, ...] = ()
    #: prepositions: a noun phrase after one is a complement (a place, a target), not
    #: the subject of the figure ("2,1 % dans la capitale", "rose 3% in Texas").
    prepositions: Tuple[str, ...] = ()
    #: links after a figure of change to what changes ("une hausse de 7 % des prix",
    #: "sur les billets", "a 77% increase in revenue").
    change_links: Tuple[str, ...] = ()
    #: words right after an amount that never start what it counts ("56 cents per
    #: share", "12 millions d'euros auprès de fonds").
    not_counted: Tuple[str, ...] = ()
    #: relative pronouns: "le gazole, qui vaut 1,48 euro" is about "gazole".
    relative_pronouns: Tuple[str, ...] = ()
    #: pronouns that stand for a figure's subject ("il", "they"): the subject is then null.
    pronouns: Tuple[str, ...] = ()

    # -- subjects: telling nouns from verbs and adverbs (issue 12) --------------------
    #: words after which the next word is a verb, never a noun: subject pronouns,
    #: relative pronouns, reflexive and negative particles ("vous gagnez", "qui
    #: consistent", "s'affichait", "they earn", "which includes").
    verb_openers: Tuple[str, ...] = ()
    #: endings of an adverb ("ly": "conservatively", "significantly"): never a noun.
    adverb_suffixes: Tuple[str, ...] = ()
    #: words with an adverb's ending that are nouns or names ("supply", "family", "July").
    not_adverbs: Tuple[str, ...] = ()
    #: words before an unnamed change that make it say how much something named before
    #: changed ("soit une hausse de", "marquant une baisse", "or a rise of", "marking").
    change_appositions: Tuple[str, ...] = ()
    #: endings of a verb form among the words of change ("amputé", "diminue", "accru",
    #: "increased"): such a word before "de"/"of" is a verb, not a noun of change.
    change_verb_endings: Tuple[str, ...] = ()
    #: words right before a figure that set it against the figure before it ("contre",
    #: "comparativement à", "versus", "up from"): with no noun of its own, it measures
    #: the same thing.
    comparison_openers: Tuple[str, ...] = ()
    #: words that open a list of figures ("avec 759 € pour Nanterre, 698 € pour…").
    list_openers: Tuple[str, ...] = ()
    #: links after a listed or compared figure to who or what holds it ("pour", "for").
    holder_links: Tuple[str, ...] = ()
    #: words of a ranking ("suivie de", "followed by", "ensuite"): each listed name
    #: holds its own figure.
    ranking_words: Tuple[str, ...] = ()
    #: endings of an infinitive: such a word after a verb is a verb ("devrez payer").
    infinitive_endings: Tuple[str, ...] = ()
    #: words of degree: the word after one is an adjective ("la moins onéreuse", "très
    #: chère", "most expensive"), never the subject.
    degree_words: Tuple[str, ...] = ()
    #: words that bring in the agent of a participle ("contaminés par le coronavirus",
    #: "as measured by the Nationwide Index"): what follows is a complement, not the
    #: subject.
    agent_links: Tuple[str, ...] = ()
    #: links after an amount that name what it counts only before a plural noun ("en
    #: jeux en ligne"; "781 euros en région parisienne" is a place).
    plural_count_links: Tuple[str, ...] = ()
    #: links after which a word listed as a verb is a noun ("exports of $180bn",
    #: "estimate of $5bn"); empty where verbs take them too (French "augmente de").
    noun_links: Tuple[str, ...] = ()
    #: words before a period noun that make it a rate ("chaque mois", "every year").
    distributives: Tuple[str, ...] = ()
    #: endings of a past participle ("contaminés", "admis"): one before an agent link
    #: belongs to the complement.
    participle_endings: Tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class LanguageData:
    code: str
    #: CLDR locale used for currency names and symbols (babel).
    cldr_locale: str
    #: Decimal mark, and the marks that may group thousands.
    decimal_mark: str
    group_marks: Tuple[str, ...]

    # -- spelled-out numbers -------------------------------------------------
    #: word -> value for units, teens, tens and hundreds ("vingt": 20, "cent": 100).
    cardinals: Mapping[str, int]
    #: words multiplying what precedes them ("hundred": 100 is in cardinals).
    scales: Mapping[str, int]
    #: abbreviations after digits ("bn", "Md"); case-sensitive.
    scale_abbrevs: Mapping[str, int]
    #: abbreviations that are a scale only next to a currency ("$60m"); else a unit.
    money_scale_abbrevs: Mapping[str, int]
    #: words that join parts of one spelled-out number ("et", "and").
    joiners: Tuple[str, ...]
    #: the word for the decimal mark ("virgule", "point").
    decimal_words: Tuple[str, ...]
    #: words that open a run of number words and make it negative ("négatif trois",
    #: "negative five"); before digits and any other figure, ``sign_words`` are read.
    negative_words: Tuple[str, ...]
    #: fraction nouns -> denominator ("tiers": 3, "quarter": 4, "half": 2).
    fractions: Mapping[str, int]
    #: words that are an article before a singular noun and a figure otherwise.
    articles: Tuple[str, ...]
    #: the articles that are also a figure on their own ("un", "une", "one"; not "a").
    numeral_articles: Tuple[str, ...]
    #: ratio words: "trois sur quatre", "one in five", "two out of three".
    ratio_words: Tuple[str, ...]
    #: what may stand between a fraction and its scale: "trois quarts de million",
    #: "a quarter of a million".  White space alone or a hyphen always may.
    fraction_scale_links: Tuple[str, ...]
    #: multiplier nouns/adverbs -> factor ("double": 2, "twice": 2); "N fois"/"N times".
    multipliers: Mapping[str, int]
    times_words: Tuple[str, ...]
    #: multipliers that are also adjectives ("un double effet"): a figure only after a
    #: qualifier or determiner, or before one of ``multiplier_objects``.
    adjective_multipliers: Tuple[str, ...]
    multiplier_objects: Tuple[str, ...]

    # -- vague quantities ------------------------------------------------------
    #: bare-plural scale nouns -> S ("milliers": 1000, "dozens": 12).
    plural_scale_nouns: Mapping[str, int]
    #: singular approximate nouns -> value ("une dizaine": 10, "a dozen": 12).
    approx_nouns: Mapping[str, int]
    #: words giving [2S, 10S): "plusieurs", "several", "a few".
    several_words: Tuple[str, ...]
    #: what joins stacked scales: "de" in "dizaines de milliers", "of".
    scale_links: Tuple[str, ...]
    #: determiners that may stand before a bare plural and stay outside the span.
    plural_determiners: Tuple[str, ...]
    #: determiners kept in the span of a fraction or multiplier ("la moitié", "le double").
    noun_determiners: Tuple[str, ...]
    #: nouns after which an ordinal-like fraction word is an ordinal ("a third year").
    ordinal_nouns: Tuple[str, ...]
    #: words before which a fraction noun alone is a part, not a figure ("the first half").
    ordinal_adjectives: Tuple[str, ...]
    #: fraction nouns that are a figure with no numerator ("la moitié", "more than half").
    fraction_nouns_alone: Tuple[str, ...]
    #: fraction nouns that are never ordinals ("tiers", "half"), unlike "cinquième", "third".
    pure_fraction_nouns: Tuple[str, ...]
    #: words that may follow a bare scaled figure ("1,4 million de salaire", "a quarter of
    #: a million of it") and still let it take the currency named earlier in the text.
    money_nouns: Tuple[str, ...]
    #: words that, right after a bare scaled figure, still let it take the currency
    #: named earlier (prepositions and determiners of what follows: "par", "this").
    money_followers: Tuple[str, ...]

    # -- qualifiers and bounds -------------------------------------------------
    #: phrase before a figure -> qualifier (in the span).
    pre_qualifiers: Mapping[str, str]
    #: phrase after a figure -> qualifier (in the span): "ou plus", "or more".
    post_qualifiers: Mapping[str, str]
    #: verbs that bound the figure -> qualifier (outside the span).
    bounding_verbs: Mapping[str, str]
    #: what may stand between a bounding verb and the figure: "grimpe à", "passe à la
    #: barre des".
    bounding_verb_links: Tuple[str, ...]
    #: words that negate a bound standing up to two words before it ("ne pas émettre
    #: plus de", "never dropped below").
    negation_words: Tuple[str, ...]
    #: words that make a figure an estimate when they stand just before it.
    estimate_words: Tuple[str, ...]

    # -- ranges and changes ----------------------------------------------------
    #: opener -> connectors it pairs with ("entre": ("et",), "de": ("à",)).
    range_openers: Mapping[str, Tuple[str, ...]]
    #: connectors that make a range without an opener ("à", "to").
    bare_range_connectors: Tuple[str, ...]
    #: verbs after which "de X à Y" is a change (two points).
    change_verbs: Tuple[str, ...]

    # -- kinds -----------------------------------------------------------------
    percent_words: Tuple[str, ...]
    percentage_point_words: Tuple[str, ...]
    basis_point_words: Tuple[str, ...]
    #: "point" alone after a small figure: percentage points (French usage).
    bare_point_words: Tuple[str, ...]
    #: unit surface form -> symbol of CONVENTIONS.md.
    units: Mapping[str, str]
    #: everyday currency forms CLDR lacks -> ISO code ("yuans": "CNY").
    currency_names: Mapping[str, str]
    #: minor units -> (ISO code or None for the text's major unit, factor).
    minor_units: Mapping[str, Tuple[str, str]]
    #: minor units read as hundredths after a major amount of any currency, with or
    #: without a joiner: "3 dollars 50 cents", "15 euros et 20 centimes".  Case-sensitive.
    minor_after_major: Tuple[str, ...]
    #: words that, named in the text, decide an ambiguous currency.
    currency_context: Mapping[str, Tuple[str, ...]]

    # -- what is not a claim ---------------------------------------------------
    months: Tuple[str, ...]
    #: suffixes that make digits an ordinal ("e", "er", "th"); a day may bear one ("1er
    #: mai", "May 3rd").
    ordinal_suffixes: Tuple[str, ...]
    #: what follows the hour of a clock time written without minutes ("4 p.m."); case-sensitive.
    clock_suffixes: Tuple[str, ...]
    #: what stands between the hour and the minutes of a clock time ("14 h 30").
    hour_marks: Tuple[str, ...]
    #: nouns after which a number is a label ("article 49.3", "ligne 15").
    label_nouns: Tuple[str, ...]
    #: number words that are also adjectives ("neuf": new); read as a figure only before a
    #: plural noun.
    adjective_homographs: Tuple[str, ...]
    #: frequent words, for language detection: the language whose words a text uses
    #: most is its language, and a text of 12 words or more of which under 35 % are
    #: any supported language's frequent words may be refused as in another one
    #: (``claims.lang.detect``).
    stopwords: Tuple[str, ...]

    # -- statements ------------------------------------------------------------------
    #: what turns mentions into claims: sentences, subjects, sources, times, types.
    statements: StatementWords

    # -- optional ------------------------------------------------------------------
    #: minor units read only right after a major amount of their currency, as a
    #: fraction of it: pre-decimal "£3 10s 6d" ("s": ("GBP", "1/20")).  Alone, "10s" is
    #: a decade or seconds, so these never make money by themselves.
    compound_minor_units: Mapping[str, Tuple[str, str]] = field(default_factory=dict)
    #: words besides the joiners that join the minor part to the major amount: Spanish
    #: "con" ("nueve euros con cuarenta céntimos", "un euro con veinte").
    minor_links: Tuple[str, ...] = ()
    #: nouns of figures that measure rather than count (an index, a score, a ratio): a
    #: bare figure bounded after one of them in its clause keeps its open side open
    #: ("El índice cayó por debajo de 35" is (null, 35), not [0, 35)).
    measure_nouns: Tuple[str, ...] = ()
    #: fraction nouns (keys of ``fractions``) read only right before a word of points or
    #: a scale or after a joiner, and then with or without a numerator: Spanish "medio"
    #: ("medio punto" 0.5 pp, "medio millón", "dos millones y medio"), never "el precio
    #: medio" nor "un medio de transporte".
    point_fractions: Tuple[str, ...] = ()
    #: marks between the hour and the minutes of a clock time after a preposition of
    #: time, besides ":": Spanish "." ("a las 7.45"), where a price after the same
    #: preposition is never written so.
    clock_minute_marks: Tuple[str, ...] = ()
    #: articles that are always a figure, never an article ("one"): "one dollar" is kept
    #: where "un dollar" or "a dollar" is not an amount.
    figure_only_articles: Tuple[str, ...] = ()
    #: two number words written apart that read as one, -> the one ("quatre vingt" ->
    #: "quatre-vingt"); the one must be a cardinal or a scale ("mil millones" would be a
    #: scale of its own).
    spaced_compounds: Mapping[str, str] = field(default_factory=dict)
    #: tens after which a teen adds up instead of starting a new figure: French
    #: "soixante-dix" (60 + 10), "quatre-vingt-douze" (80 + 12).
    tens_before_teens: Tuple[int, ...] = ()
    #: ratio words that divide any two figures ("10 over 3"), not only a part by a whole.
    quotient_words: Tuple[str, ...] = ()
    #: estimate words that make the figure's qualifier ``estimate`` -> whether the word
    #: belongs to the span ("estimated 3,000": yes; "an estimated 3,000": "an" left out).
    estimate_qualifiers: Mapping[str, bool] = field(default_factory=dict)
    #: several-words that are also written as a prefix glued to the scale ("multimillion").
    several_prefixes: Tuple[str, ...] = ()
    #: endings of a plural noun: a number word that is also an adjective
    #: (``adjective_homographs``) is a figure only before a word with one of these; a
    #: bare figure before one counts that noun and takes no kind written once
    #: ("3,1 milliards d'euros, dont 40 salariés").
    plural_endings: Tuple[str, ...] = ()
    #: currency forms read only before a figure, case-sensitive -> ISO code: "Euro
    #: 318,000", "NIS 300", "Sh2.1 billion", "R290" (a one-letter form only glued to the
    #: figure).  Not read after a figure, where "R" or "Sh" would be a label or a word;
    #: a year after a word form ("Euro 2024") is a name, not money.
    currency_prefixes: Mapping[str, str] = field(default_factory=dict)
    #: scale letters read only when a currency sign or letter is glued after them
    #: ("164 G$", "7 MM€", "325 ME") -> factor; ``scale_abbrevs`` apply too.
    currency_scale_abbrevs: Mapping[str, int] = field(default_factory=dict)
    #: letters that stand for a currency when glued after a scale letter ("ME", "MdE":
    #: E for euros) -> ISO code.  Never read alone ("5 E").
    scale_currency_letters: Mapping[str, str] = field(default_factory=dict)
    #: unit symbols that are a scale before a noun of ``counted_nouns`` ("13.6m
    #: passengers": million, "a 13.6m wall": metres) -> the scale's factor.
    unit_scale_homographs: Mapping[str, int] = field(default_factory=dict)
    #: nouns of what is counted (people, passengers, jobs): after one, a
    #: ``unit_scale_homographs`` symbol is a scale, the figure a count.
    counted_nouns: Tuple[str, ...] = ()
    #: currency names that are also a unit of mass -> the unit ("pounds": "lb"), read
    #: as the unit after a word of ``weight_words`` ("He weighs 180 pounds").
    mass_currency_homographs: Mapping[str, str] = field(default_factory=dict)
    #: words of weighing: within a few words before the figure, they make a
    #: ``mass_currency_homographs`` name a mass ("weighs", "pèse", "a weight of").
    weight_words: Tuple[str, ...] = ()
    #: words after an amount in an ambiguous sign that name which currency it is ("$40
    #: Canadian", "40 $ CA", "(Canadian)") -> ISO code; read only there, where the sign
    #: may stand for that code.
    currency_adjectives: Mapping[str, str] = field(default_factory=dict)
    #: units written with a scale letter glued in ("33.64mb/d", "0.4 m b/d": million
    #: barrels a day) -> (unit symbol, factor): the figure is rescaled, the unit kept.
    scaled_units: Mapping[str, Tuple[str, int]] = field(default_factory=dict)
    #: words of weather temperatures ("a high of", "heat index", "température"): a bare
    #: figure up to five words after one in its clause, from -60 to 140 and before no
    #: plural noun, is a temperature in ``default_temperature_unit`` ("a high of 95").
    temperature_words: Tuple[str, ...] = ()
    default_temperature_unit: str = "°C"
    #: degree forms with no scale ("degrees", "°"): their unit is
    #: ``default_temperature_unit`` unless the text names one scale only in
    #: ``temperature_scale_words``.
    bare_degrees: Tuple[str, ...] = ()
    #: scale -> words naming it anywhere in a text ("°C": "celsius", "global warming").
    temperature_scale_words: Mapping[str, Tuple[str, ...]] = field(default_factory=dict)
    #: nouns of a dozen and the like, after digits ("3 douzaines", "4 dozen") and inside
    #: vague quantities ("des dizaines de douzaines") -> their value.
    dozen_nouns: Mapping[str, int] = field(default_factory=dict)
    #: words after which an hour ("16 heures", "18h") is a clock time, not a duration
    #: ("à", "vers", "dès"); with ``clock_hour_words``, the words of the hour.
    clock_prepositions: Tuple[str, ...] = ()
    clock_hour_words: Tuple[str, ...] = ()
    #: words after the hour that make it a duration again ("après 10 heures de débats").
    clock_duration_words: Tuple[str, ...] = ()
    #: the determiner a day may bear in a list or range of days ("entre le 14 et le 16
    #: août", "the 3rd and the 4th of May").
    day_determiners: Tuple[str, ...] = ()
    #: verbs after which a number is one to call ("appelez le 3919", "dial 911"), and the
    #: words that may follow that number (a phone number ends the phrase or the clause:
    #: "call 999 if", not "called 15 people").  ``phone_determiners``: "le" of "appelez le".
    phone_verbs: Tuple[str, ...] = ()
    phone_determiners: Tuple[str, ...] = ()
    phone_followers: Tuple[str, ...] = ()
    #: nouns that make a number word joined to them by a hyphen the name of a kind of
    #: thing, no figure ("un quatre-pièces": a four-room flat).
    hyphen_name_nouns: Tuple[str, ...] = ()
    #: the ordinal words that end a compound ordinal ("vingt-septième", "forty-first",
    #: "trente et unième"): the number words before them are no figure.  A singular
    #: fraction noun joined by a hyphen to tens ("thirty-fourth") is such an ordinal too.
    #: After an article or a numerator they are a fraction's denominator ("a twenty-first",
    #: "three twenty-fifths"): the word -> its value.
    ordinal_words: Mapping[str, int] = field(default_factory=dict)
    #: fraction nouns that are also periods ("three quarters" of a year): a fraction only
    #: before a ``fraction_scale_links`` word ("three quarters of the vote").
    period_fraction_nouns: Tuple[str, ...] = ()
    #: adjectives that may stand between a figure and its unit of time ("les six premiers
    #: mois", "five straight years"): the unit is still the figure's.
    duration_adjectives: Tuple[str, ...] = ()
    #: words written apart before a figure (digits, words, a fraction, its currency) that
    #: make it negative ("moins 4 degrés", "minus $2 billion", "négative 2,4 %"), unless
    #: one of ``sign_word_blockers`` stands before them ("au moins 4": at least).  The one
    #: place a sign word before digits is read (``surroundings._sign_before``).
    sign_words: Tuple[str, ...] = ()
    #: words of what counts in plain points, not percentage points, standing in the
    #: sentence of a bare "points": an index, a match, an agenda ("le CAC 40 a gagné
    #: 12 points", "3 points à l'ordre du jour").
    point_count_words: Tuple[str, ...] = ()
    #: what adds a half to a duration ("quatre ans et demi", "an hour and a half",
    #: "2 ans et 1/2"); after an article alone, the unit counts one ("un an et demi").
    half_tails: Tuple[str, ...] = ()
    #: what halves an approximate noun before it ("une demi-douzaine", "half a dozen").
    half_prefixes: Tuple[str, ...] = ()
    #: words of a match before a score ("a battu Clermont 34-19", "won 6-4, 6-3") and
    #: after it ("a 3-1 win", "un nul 1-1" has its word before); ``score_links``: the
    #: words that join the two sides besides a dash ("2 à 0").
    score_words_before: Tuple[str, ...] = ()
    score_words_after: Tuple[str, ...] = ()
    score_links: Tuple[str, ...] = ()
    #: what makes the figure after it a percentage when nothing follows it ("percent of
    #: 10", "per cent of 210", "a percentage of 15"): the words are in the span.
    percent_before: Tuple[str, ...] = ()
    #: words after a duration that make it an age ("over 30 years old", "30 years of
    #: age"): a bound before it is then a bound, not "during" ("over ten years").
    age_after_words: Tuple[str, ...] = ()
    #: bounds glued by a hyphen to an age group written as a plural ("the over-21s",
    #: "under-18s", "over-65s") -> qualifier code: the figure is an age in years.
    age_group_bounds: Mapping[str, str] = field(default_factory=dict)
    #: words after which a bare figure is an age in years ("aged 25", "âgés de 16 ans").
    age_words: Tuple[str, ...] = ()
    #: points after a fraction ("un demi-point", "un quart de point", "half a point",
    #: "a quarter of a percentage point"): percentage points.
    fraction_point_words: Tuple[str, ...] = ()
    #: words of a power between two figures in digits ("10 puissance 9", "10 to the
    #: power of 9"); "^" and "× 10^" need none.
    power_words: Tuple[str, ...] = ()
    sign_word_blockers: Tuple[str, ...] = ()
    #: determiners after which a scale word alone is a figure, approximate ("de l'ordre
    #: du milliard", "près du million"); elsewhere "million" alone is a word, not a figure.
    lone_scale_determiners: Tuple[str, ...] = ()
    #: what stands between a figure and its tolerance ("$6.1 billion plus or minus 2%",
    #: "12 ± 0,5 mm"): the two read as one interval, [V - d, V + d] (a percent d of V).
    tolerance_words: Tuple[str, ...] = ()
    #: whether a spelled-out scale above every scale before it multiplies all that precedes
    #: it ("tres mil millones" 3·10⁹, "cinco mil trescientos millones" 5.3·10⁹) instead of
    #: adding to it.
    scales_of_scales: bool = False
    #: the digit groups of the phone numbers the language's countries write with spaces
    #: ((2, 3, 2, 2): "91 123 45 67"); international ("+34 …") and French and North
    #: American numbers are read as phones in every language.
    phone_shapes: Tuple[Tuple[int, ...], ...] = ()
    #: letters no other supported language writes ("ñ", "ó", "¿"): for language detection,
    #: each word holding one counts as one of the language's frequent words.
    own_letters: str = ""
    #: the decimal mark of each territory that writes digits its own way, read when the
    #: caller gives a locale ("es-MX" -> "."); others use ``decimal_mark``.
    territory_decimal_marks: Mapping[str, str] = field(default_factory=dict)
    #: what follows an hour to make it a clock time, not a figure ("de la tarde").
    clock_words: Tuple[str, ...] = ()
    #: articles that stand before a figure in digits and are no figure then ("un 9,5 %").
    articles_before_digits: Tuple[str, ...] = ()
    #: endings of an ordinal word: a spelled-out figure joined by a hyphen to a word with
    #: one is part of an ordinal ("thirty-second", "vingt-septième"), no figure.
    ordinal_endings: Tuple[str, ...] = ()

    # -- what is written once (optional) -------------------------------------------
    #: words after which a bare figure takes the kind, currency, unit and (where it stays
    #: of the same order) the scale of the figure just before it: "38 mètres, contre 25",
    #: "12 millions d'euros, dont 3", "£950, against 870".
    carry_links: Tuple[str, ...] = ()
    #: words offering a second figure as an alternative to the first, comma or none:
    #: "30, voire 40 millions", "38 °C or even 40" (what is written once goes both ways).
    alternative_links: Tuple[str, ...] = ()
    #: words joining the items of a list of alternatives ("2, 3 ou 4 pouces", "more
    #: than 12 or 18 months"): a list even with no comma, and a bound written before
    #: the first item holds for each.
    list_alternatives: Tuple[str, ...] = ()
    #: words that may follow the last bare item of a list written once ("850 euros, 920
    #: et 1 100 selon le quartier"), besides function words and auxiliaries; any other
    #: word after a bare item names what it counts ("3 millions d'euros, 200 emplois").
    list_end_words: Tuple[str, ...] = ()
    #: words of a discussion of money (budgets, deficits, spending, raising, voting): a
    #: scale figure ("45 millions", "92 milliards") in the same sentence is money even
    #: with no currency named.
    money_talk_words: Tuple[str, ...] = ()
    #: inflected change verbs that make "de X à Y" a change even far after them, with
    #: other words between ("a augmenté, selon l'Insee, de 850 à 920 euros").
    far_change_verbs: Tuple[str, ...] = ()
    #: whether a noun counted by a scale figure always stands after a scale link
    #: ("2 millions de personnes"; English says "2 million people"): then any other
    #: word after "45 millions" leaves it free to be money in a discussion of money.
    scale_noun_needs_link: bool = False
