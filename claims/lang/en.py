"""English: the words the engine needs, as data."""
from .schema import LanguageData, StatementWords

_CARDINALS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
}

_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
for _word, _n in {
    "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6, "billionth": 10**9,
}.items():
    _FRACTIONS[_word] = _n
    _FRACTIONS[_word + "s"] = _n

# -- statements: the words that turn mentions into claims (claims.statements) ---------

def _forms(*stems_and_endings):
    """("increas", "e es ed ing") -> increase, increases, increased...; "_" is no ending.

    A stem may hold several words ("rose fell", "_"): each is taken as it is.
    """
    out = []
    for stems, endings in stems_and_endings:
        for stem in stems.split(" ") if endings == "_" else (stems,):
            out.extend(stem + ("" if e == "_" else e) for e in endings.split())
    return tuple(out)


_FIGURE_VERBS = _forms(
    ("reach", "_ es ed ing"), ("total", "_ s led ed ling ing"), ("amount", "_ s ed ing"),
    ("stand", "_ s ing"), ("cost", "_ s ing"), ("represent", "_ s ed ing"),
    ("account", "_ s ed ing"), ("hit", "_ s ting"), ("rise", "_ s"), ("increas", "e es ed ing"),
    ("decreas", "e es ed ing"), ("declin", "e es ed ing"), ("climb", "_ s ed ing"),
    ("jump", "_ s ed ing"), ("drop", "_ s ped ping"), ("fall", "_ s ing en"),
    ("grow", "_ s ing n"), ("gain", "_ s ed ing"), ("lose", "_ s"), ("surg", "e es ed ing"),
    ("soar", "_ s ed ing"), ("slump", "_ s ed ing"), ("plung", "e es ed ing"),
    ("tumbl", "e es ed ing"), ("slid", "e es ing"), ("slip", "_ s ped ping"),
    ("edg", "e es ed ing"), ("top", "_ s ped ping"), ("exceed", "_ s ed ing"),
    ("employ", "_ s ed ing"), ("rais", "e es ed ing"), ("rais", "ed"), ("earn", "_ s ed ing"),
    ("invest", "_ s ed ing"), ("spend", "_ s ing"), ("generat", "e es ed ing"),
    ("post", "_ s ed ing"), ("report", "_ s ed ing"), ("record", "_ s ed ing"),
    ("expect", "_ s ed ing"), ("forecast", "_ s ing ed"), ("project", "_ s ed ing"),
    ("estimat", "e es ed ing"), ("put", "_ s ting"), ("sell", "_ s ing"), ("hire", "_ s d"),
    ("cut", "_ s ting"), ("shed", "_ s ding"), ("add", "_ s ed ing"), ("creat", "e es ed ing"),
    ("pay", "_ s ing"), ("offer", "_ s ed ing"), ("receiv", "e es ed ing"),
    ("collect", "_ s ed ing"), ("produc", "e es ed ing"), ("export", "_ s ed ing"),
    ("import", "_ s ed ing"), ("allocat", "e es ed ing"), ("budget", "_ s ed ing"),
    ("doubl", "e es ed ing"), ("tripl", "e es ed ing"), ("halv", "e es ed ing"),
    ("remain", "_ s ed ing"), ("stay", "_ s ed ing"), ("range", "_ s d"), ("ranging", "_"),
    ("affect", "_ s ed ing"), ("lift", "_ s ed ing"), ("boost", "_ s ed ing"),
    ("narrow", "_ s ed ing"), ("widen", "_ s ed ing"), ("shrank shrunk shrink shrinks", "_"),
    ("rose risen rising fell went goes go going grew stood held holds hold lost sold "
     "spent paid made makes make came comes come ran runs run sank sunk swung", "_"),
    ("is are was were be been being has have had will would could should may might "
     "to by at of from about around nearly almost some roughly approximately just only "
     "still already now more less than up down over under some another further an a "
     "further also about roughly", "_"),
)

_STATEMENTS = StatementWords(
    abbreviations=("Mr.", "Mrs.", "Ms.", "Messrs.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.",
                   "Gen.", "Col.", "Lt.", "Sgt.", "Capt.", "St.", "Mt.", "Ft.", "Jr.", "Sr.",
                   "p.", "pp.", "vol.", "Vol.", "ch.", "ed.", "eds.", "fig.", "No.", "no.",
                   "Nos.", "approx.", "est.", "e.g.", "i.e.", "cf.", "vs.", "v.", "a.m.",
                   "p.m.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.",
                   "Sept.", "Oct.", "Nov.", "Dec.", "U.S.", "U.K.", "U.N.", "E.U.", "D.C."),
    final_abbreviations=("etc.", "Inc.", "Corp.", "Ltd.", "Co.", "…"),
    determiners=("the", "its", "their", "his", "her", "our", "your", "this", "that", "these",
                 "those", "my"),
    indefinite_determiners=("a", "an", "some", "several", "many", "certain"),
    np_links=("of", "of the", "in", "at", "for", "on"),
    function_words=("and", "or", "but", "so", "nor", "that", "which", "who", "whom", "whose",
                    "where", "when", "while", "if", "as", "because", "for", "by", "with",
                    "without", "within", "into", "onto", "from", "to", "at", "in", "on",
                    "of", "over", "under", "since", "during", "after", "before", "between",
                    "among", "against", "according", "it", "he", "she", "they", "we", "you",
                    "i", "this", "that", "these", "those", "there", "here", "not", "no",
                    "more", "less", "very", "too", "also", "still", "already", "then",
                    "than", "thus", "just", "only", "about", "around", "nearly", "almost",
                    "the", "a", "an", "its", "their", "his", "her", "some", "all", "each",
                    "both", "is", "are", "was", "were", "be", "been", "has", "have", "had",
                    "will", "would", "could", "should", "may", "might", "do", "does", "did",
                    "up", "down", "last", "next", "yesterday", "today", "now"),
    figure_verbs=_FIGURE_VERBS,
    auxiliaries=("has", "have", "had", "is", "are", "was", "were", "be", "been", "will",
                 "would", "could", "should", "may", "might", "can", "to", "did", "does"),
    verb_suffixes=("ed",),
    count_links=("of", "of the", "in", "worth of"),
    according_to=("according to", "citing", "per", "as reported by", "data from",
                  "figures from", "a report by", "a study by", "a survey by",
                  "estimates from", "estimates by"),
    speech_verbs=_forms(
        ("said says say told tells wrote writes noted notes added adds stated states "
         "estimated estimates estimate reported reports report warned warns argued argues "
         "explained explains announced announces confirmed confirms claimed claims claim "
         "insisted insists calculated calculates found finds showed shows revealed "
         "reveals predicted predicts projected projects forecast forecasts believes "
         "believed observed observes pointed stressed stresses emphasised emphasized "
         "acknowledged admitted admits", "_"),
        ("has ", "said warned estimated reported argued claimed noted calculated found "
                 "predicted"),
        ("have ", "said warned estimated reported argued claimed noted calculated found"),
    ) + ("pointed out", "points out", "told reporters", "said in a statement",
         "said on", "said in"),
    quote_pairs={"“": "”", "\"": "\"", "«": "»", "‘": "’"},
    person_nouns=("minister", "secretary", "president", "chairman", "chairwoman", "chair",
                  "director", "economist", "analyst", "spokesman", "spokeswoman",
                  "spokesperson", "governor", "senator", "representative", "mayor", "chief",
                  "ceo", "cfo", "founder", "professor", "researcher", "expert", "partner",
                  "adviser", "advisor", "commissioner", "strategist", "executive",
                  "official", "head", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof."),
    time_prepositions=("in", "during", "for", "over", "by", "at the end of", "in the",
                       "during the", "for the", "over the", "fiscal", "fiscal year",
                       "the fiscal year", "between", "from", "through", "throughout"),
    relative_periods={
        "last year": ("year", -1), "the previous year": ("year", -1),
        "the prior year": ("year", -1), "a year earlier": ("year", -1),
        "a year ago": ("year", -1), "this year": ("year", 0), "next year": ("year", 1),
        "two years ago": ("year", -2),
        "last month": ("month", -1), "the previous month": ("month", -1),
        "this month": ("month", 0), "next month": ("month", 1),
        "last quarter": ("quarter", -1), "the previous quarter": ("quarter", -1),
        "the last quarter": ("quarter", -1), "this quarter": ("quarter", 0),
        "last week": ("week", -1), "this week": ("week", 0),
        "yesterday": ("day", -1), "today": ("day", 0),
    },
    period_nouns={"quarter": "quarter", "half": "half"},
    period_labels={"Q": "quarter", "H": "half"},
    ordinals={"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
              "fourth": 4, "4th": 4},
    month_numbers={"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
                   "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
                   "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
                   "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12},
    since_words=("since", "since the start of", "so far in", "so far this"),
    until_words=("by", "by the end of", "until", "through"),
    year_range_links=("and", "to", "-", "–", "through"),
    change_words=_forms(
        ("increase increases increased increasing decrease decreases decreased decreasing "
         "rise rises rose risen rising fall falls fell fallen falling drop drops dropped "
         "dropping decline declines declined declining jump jumps jumped jumping climb "
         "climbs climbed climbing gain gains gained grow grows grew grown surge surges "
         "surged soar soared soars plunge plunged plunges slump slumped slumps slid slide "
         "slides tumbled tumble slipped slip edged edge up down doubled doubles double "
         "tripled triples halved halve shrank shrunk shrink widened narrowed lost loses "
         "lose rebounded rebound growth-rate", "_"),
    ) + ("went from", "from", "year on year", "year-on-year", "year over year",
         "compared with a year earlier", "more than a year earlier", "percentage points"),
    comparison_words=("times more", "times less", "times as", "times higher", "times lower",
                      "times bigger", "times larger", "twice as", "half as", "more than",
                      "less than", "fewer than", "higher than", "lower than", "larger than",
                      "bigger than", "smaller than", "compared with", "compared to",
                      "relative to", "versus", "vs.", "vs", "against", "than in",
                      "than at", "than the", "as much as", "as many as", "double the",
                      "half the", "outpacing", "outpaced"),
    share_words=("share", "proportion", "percentage", "portion", "fraction", "majority",
                 "minority", "rate"),
    estimate_words=("estimate", "estimates", "estimated", "estimating", "forecast",
                    "forecasts", "forecasting", "projected", "projects", "projection",
                    "projections", "expected", "expects", "expect", "anticipated",
                    "anticipates", "likely", "could", "would", "will", "should",
                    "target", "targets", "aims", "goal", "outlook"),
    hedge_words=("could", "might", "may", "possibly", "perhaps", "probably", "likely",
                 "reportedly", "allegedly", "some say", "it is thought", "several", "many",
                 "a few", "some", "about", "around", "nearly", "roughly"),
)


LANGUAGE = LanguageData(
    code="en",
    cldr_locale="en",
    decimal_mark=".",
    group_marks=(",", " ", "\u00a0", "\u202f"),
    cardinals=_CARDINALS,
    scales={
        "thousand": 1000, "thousands": 1000, "million": 10**6, "millions": 10**6,
        "billion": 10**9, "billions": 10**9, "trillion": 10**12, "trillions": 10**12,
        "hundred": 100,
        "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
    },
    scale_abbrevs={
        "bn": 10**9, "bln": 10**9, "b": 10**9, "B": 10**9, "mn": 10**6, "mln": 10**6,
        "mil": 10**6, "M": 10**6, "MM": 10**6, "k": 1000, "K": 1000, "tn": 10**12,
        "tln": 10**12, "trn": 10**12,
    },
    money_scale_abbrevs={"m": 10**6},
    joiners=("and",),
    decimal_words=("point",),
    negative_words=("minus", "negative"),
    fractions=_FRACTIONS,
    articles=("a", "an", "one"),
    ratio_words=("in", "out of", "over"),
    multipliers={"double": 2, "twice": 2, "triple": 3, "thrice": 3, "quadruple": 4},
    times_words=("times",),
    adjective_multipliers=("double", "triple", "quadruple"),
    multiplier_objects=("the", "its", "their", "his", "her", "what", "that", "of", "a"),
    plural_scale_nouns={
        "tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1000,
        "millions": 10**6, "billions": 10**9, "trillions": 10**12,
    },
    approx_nouns={"a dozen": 12, "dozen": 12, "a score": 20},
    several_words=("several", "a few", "few", "multi", "a couple of"),
    scale_links=("of",),
    plural_determiners=(),
    noun_determiners=(),
    money_nouns=("in", "of", "for", "from", "to", "worth", "a", "per", "each", "on", "at", "it",
                 "them", "which", "that"),
    ordinal_nouns=("year", "time", "quarter", "consecutive", "straight", "month", "week", "day",
                   "round", "term", "place", "row", "season", "century", "attempt", "edition",
                   "generation", "wave", "party", "world", "largest", "biggest", "such"),
    pre_qualifiers={
        "more than": "more_than", "over": "more_than", "above": "more_than",
        "in excess of": "more_than", "a little over": "more_than", "just over": "more_than",
        "well over": "more_than", "slightly more than": "more_than", "upwards of": "more_than",
        "greater than": "gt", "larger than": "gt", "bigger than": "gt", ">": "gt",
        "greater than or equal to": "ge", ">=": "ge", "> =": "ge", "at least or equal to": "ge",
        "equal to or more than": "ge", "equal to or greater than": "ge",
        "no less than": "at_least", "not less than": "at_least", "at least": "at_least",
        "a minimum of": "at_least",
        "less than": "less_than", "fewer than": "less_than", "under": "less_than",
        "below": "less_than", "just under": "less_than", "just below": "less_than",
        "slightly less than": "less_than", "a little under": "less_than",
        "smaller than": "lt", "<": "lt",
        "less than or equal to": "le", "equal to or less than": "le", "<=": "le", "< =": "le",
        "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to",
        "no more than": "up_to", "not more than": "up_to", "a maximum of": "up_to",
        "about": "approx", "around": "approx", "roughly": "approx", "some": "approx",
        "approximately": "approx", "nearly": "approx", "almost": "approx", "close to": "approx",
        "circa": "approx", "approx.": "approx", "an estimated": "estimate",
        "estimated": "estimate", "equal to": "eq", "equaling to": "eq", "equals": "eq",
    },
    post_qualifiers={
        "or more": "at_least", "or greater": "at_least", "and more": "at_least",
        "and above": "at_least", "or above": "at_least", "or higher": "at_least",
        "or less": "up_to", "or fewer": "up_to", "or so": "approx",
        "or more than": "at_least", "or equal": "le_post",
    },
    bounding_verbs={
        "topped": "more_than", "tops": "more_than", "top": "more_than",
        "exceeded": "more_than", "exceeds": "more_than", "exceed": "more_than",
        "surpassed": "more_than", "surpasses": "more_than", "surpass": "more_than",
        "passed": "more_than", "crossed": "more_than",
    },
    estimate_words=("an estimated", "estimated", "estimated at"),
    range_openers={
        "between": ("and",), "from": ("to",), "ranging from": ("to",),
    },
    bare_range_connectors=("to", "through"),
    change_verbs=("rose", "rise", "rising", "risen", "fell", "fall", "falling", "fallen",
                  "increased", "increase", "decreased", "dropped", "drop", "climbed", "grew",
                  "went", "jumped", "jump", "declined", "slipped", "surged", "soared",
                  "up", "down", "moved", "changed", "plunged",
                  "narrowed", "widened", "edged", "slid", "tumbled", "advanced"),
    percent_words=("percent", "per cent", "percents", "percentage", "pct", "%"),
    percentage_point_words=("percentage points", "percentage point", "percent points",
                            "pct points", "pp", "ppt", "ppts"),
    basis_point_words=("basis points", "basis point", "bps", "bp"),
    bare_point_words=(),
    units={
        "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
        "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
        "cm": "cm", "mm": "mm", "mi": "mi", "mile": "mi", "miles": "mi",
        "m²": "m²", "m2": "m²", "square metres": "m²", "square meters": "m²",
        "km²": "km²", "km2": "km²", "square kilometres": "km²", "square kilometers": "km²",
        "ha": "ha", "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
        "sq ft": "sq ft", "square feet": "sq ft", "square foot": "sq ft",
        "sq mi": "sq mi", "square miles": "sq mi", "square mile": "sq mi",
        "t": "t", "tonne": "t", "tonnes": "t", "metric tons": "t", "ton": None, "tons": None,
        "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilos": "kg",
        "g": "g", "gram": "g", "grams": "g", "lb": "lb", "lbs": "lb", "pound-weight": "lb",
        "l": "l", "litre": "l", "litres": "l", "liter": "l", "liters": "l",
        "ml": "ml", "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml",
        "hl": "hl", "hectolitre": "hl", "hectolitres": "hl", "hectoliter": "hl", "hectoliters": "hl",
        "barrel": "bbl", "barrels": "bbl", "bbl": "bbl",
        "kW": "kW", "kilowatt": "kW", "kilowatts": "kW", "MW": "MW", "megawatt": "MW",
        "megawatts": "MW", "GW": "GW", "gigawatt": "GW", "gigawatts": "GW",
        "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh", "terawatt hours": "TWh",
        "°C": "°C", "degrees Celsius": "°C", "°F": "°F", "degrees Fahrenheit": "°F",
        "Mbit/s": "Mbit/s", "Mbps": "Mbit/s", "megabits per second": "Mbit/s",
        "Gbit/s": "Gbit/s", "gigabits per second": "Gbit/s",
        "year": "year", "years": "year", "month": "month", "months": "month",
        "week": "week", "weeks": "week", "day": "day", "days": "day",
        "hour": "h", "hours": "h", "h": "h", "minute": "min", "minutes": "min",
        "min": "min", "second": "s", "seconds": "s",
    },
    currency_names={
        "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
        "u.s. dollars": "USD", "bucks": "USD", "euro": "EUR", "euros": "EUR",
        "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
        "quid": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "RMB": "CNY",
        "元": "CNY", "won": "KRW", "rupiah": "IDR", "patacas": "MOP", "pataca": "MOP",
        "rupee": None, "rupees": None, "francs": "FRF", "franc": "FRF",
        "swiss francs": "CHF", "swiss franc": "CHF", "cfa francs": "XOF",
        "turkish lira": "TRY", "lira": "TRY", "australian dollars": "AUD",
        "canadian dollars": "CAD", "hong kong dollars": "HKD", "dutch guilders": "NLG",
        "bitcoins": None, "bitcoin": None, "BTC": None, "chinese yuan": "CNY",
        "rand": "ZAR", "rubles": "RUB", "roubles": "RUB", "pesos": "MXN", "reais": "BRL",
        "dirhams": "AED", "shekels": "ILS", "krona": "SEK", "kronor": "SEK", "kroner": "NOK",
        "usd$": "USD", "aud$": "AUD", "cad$": "CAD", "nzd$": "NZD", "u.s $": "USD",
        "u.s. $": "USD", "us $": "USD", "hk $": "HKD", "c $": "CAD",
        "MEUR": "EUR", "MUSD": "USD", "MGBP": "GBP", "M€": "EUR", "k€": "EUR",
    },
    minor_units={
        "cents": ("USD", "0.01"), "cent": ("USD", "0.01"), "us cents": ("USD", "0.01"),
        "pence": ("GBP", "0.01"), "penny": ("GBP", "0.01"), "p": ("GBP", "0.01"),
    },
    currency_context={
        "CNY": ("yuan", "renminbi", "rmb", "china", "chinese", "beijing", "shanghai",
                "shenzhen"),
        "CHF": ("switzerland", "swiss", "zurich", "geneva"),
        "XOF": ("senegal", "ivory coast", "côte d'ivoire", "mali", "burkina", "niger",
                "benin", "togo", "dakar", "abidjan", "cfa"),
        "XAF": ("cameroon", "gabon", "congo", "chad", "central african"),
    },
    months=("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    ordinal_suffixes=("st", "nd", "rd", "th"),
    label_nouns=("article", "articles", "line", "no.", "nr", "nr.", "number", "page",
                 "p.", "pp.", "chapter", "section", "route", "version", "level", "step",
                 "volume", "vol.", "room", "flight", "gate", "platform", "highway",
                 "interstate", "district", "class", "category", "group", "season", "episode",
                 "model", "series", "lot", "code", "bus", "exercise", "grade", "phase",
                 "tier", "stage", "question", "figure", "table", "item", "part", "rule"),
    adjective_homographs=(),
    stopwords=("the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "by",
               "its", "it", "at", "from", "as", "has", "have", "said", "a", "an", "are",
               "million", "billion", "percent", "more", "than", "this", "be", "which"),
    statements=_STATEMENTS,
)
