"""English family tables of issue 11 ("Families, not sentences").

Each family of wording the issue lists as failing gets at least five phrasings of our
own (none copied from a gold file), with the reading ``shared/CONVENTIONS.md`` gives,
or ``docs/READING.md`` where CONVENTIONS is silent.  A family's block holds its
phrasings in the structures of :mod:`tests.corpus`: ``CASES`` (one mention),
``SEVERAL`` (several mentions, in order), ``NOTHING`` (no mention at all) and ``GAPS``
(the phrasings the engine fails today, as strict xfail, with what it gives now).
When a rule is fixed its ``GAPS`` entries turn XPASS: move them to the family's
passing tables.  ``docs/FAMILIES.md`` counts them per family.
"""
from . import Case, Nothing, Several

CASES, SEVERAL, NOTHING, GAPS = [], [], [], []

#: the families of issue 11 covered in this language, in the order of the file
FAMILIES = [
    "bounds: threshold verbs and nouns",
    "bounds: ceilings",
    "bounds: after the figure",
    "bounds: two bounds joined",
    "bounds: formula comparatives",
    "bounds: open side of a bare figure",
    "bounds: a qualifier opening with an article",
    "bounds: negated threshold verbs",
    "hedges: multi-word",
    "hedges: after the figure",
    "hedges: a tolerance around the figure",
    "hedges: verbs of nearness",
    "written once: contre / against",
    "written once: voire / or even",
    "written once: dont / of which",
    "written once: list comma",
    "written once: scale figures in money talk",
    "written once: thousands written once in a range",
    "written once: range ends split by a noun",
    "written once: change verb far before from X to Y",
    "written once: a bound or hedge for several",
    "currencies: rupees in an Indian context (INR)",
    "currencies: Pakistani rupees (PKR)",
    "currencies: naira (NGN)",
    "currencies: cfa alone (XOF)",
    "currencies: Central African CFA francs (XAF)",
    "currencies: capitalised Euro",
    "currencies: ringgit (MYR)",
    "currencies: shekels (ILS)",
    "currencies: cent sign",
    "currencies: pesetas (ESP)",
    "currencies: Deutsche Mark (DEM)",
    "currencies: dollar named after the sign",
    "currencies: SFr",
    "currencies: scale letters glued to a code",
    "currencies: francs in a Swiss text (CHF)",
    "currencies: the locale applied to cents",
    "currencies: adjacent prices kept apart",
    "currencies: major and minor units together",
    "numbers: Swiss apostrophe groups",
    "numbers: stacked scales multiply",
    "numbers: spelled fractions",
    "numbers: powers",
    "numbers: digits with scale words",
    "numbers: year-like counts after a hedge",
    "numbers: plain points of an index, a match, an agenda",
    "numbers: dozens",
    "numbers: hyphenated compounds",
    "numbers: negative words",
    "numbers: slash between two figures with a unit",
    "numbers: spoken decimals",
    "numbers: compound durations",
    "numbers: half a point",
    "units: temperatures without a glued sign",
    "units: imperial",
    "units: metric spellings and prefixes",
    "units: rates",
    "units: an approximate noun or a fraction naming its unit",
    "not mentions: clock times",
    "not mentions: dates and date ranges",
    "not mentions: ordinals in words",
    "not mentions: phone and service numbers",
    "not mentions: product, event and version names",
    "not mentions: names do not set the currency (COP28)",
    "not mentions: sports scores",
    "not mentions: notes and identifiers",
    "bounds: age groups",
    "numbers: percent written before the figure",
    "not mentions: headline capitals are no names",
]

# ---- bounds: threshold verbs and nouns ---------------------------------------------------------
F = "bounds: threshold verbs and nouns"
CASES += [
    Case.of(dict(kind="number", low="50000", high=None, low_inclusive=False,
                 high_inclusive=False, approximate=True, currency=None, unit=None),
            {"Attendance topped 50,000 on Saturday.": "50,000"},
            family=F),
    Case.of(dict(kind="number", low="2000000", high=None, low_inclusive=False,
                 high_inclusive=False, approximate=True, currency=None, unit=None),
            {"Sales have exceeded 2 million units.": "2 million"},
            family=F),
    Case.of(dict(kind="percent", low="3", high=None, low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"The deficit tops 3% of GDP.": "3%"},
            family=F),
]
GAPS += [
    Case.of(dict(kind="number", low="5000", high=None, low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"The index crossed the 5,000 mark.": "5,000"},
            family=F,
            reason="bounds: threshold verbs and nouns: engine gives '5,000' number 5000"),
    Case.of(dict(kind="number", low="1000000", high=None, low_inclusive=False,
                 high_inclusive=False, approximate=True, currency=None, unit=None),
            {"The petition passed the threshold of 1 million signatures.": "1 million"},
            family=F,
            reason="bounds: threshold verbs and nouns: engine gives '1 million' number 1000000"),
]
CASES += [
    Case.of(dict(kind="quantity", low="75", high=None, low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit="min"),
            {"Queues are exceeding 75 minutes.": "75 minutes"},
            family=F),
    Case.of(dict(kind="money", low="100", high=None, low_inclusive=False, high_inclusive=False,
                 approximate=True, currency="USD", unit=None),
            {"Oil is topping $100 a barrel.": "$100"},
            family=F),
    Case.of(dict(kind="quantity", low="40", high=None, low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit="°C"),
            {"Temperatures exceeding 40°C are expected.": "40°C"},
            family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'bounds: threshold verbs and nouns'
CASES += [
    Case(dict(low_inclusive=False, high=None, approximate=True, qualifier='more_than', kind='quantity', low='90', unit='min'),
         ['Wait times are exceeding 90 minutes.', 'Wait times exceeded 90 minutes.', 'Wait times are topping 90 minutes.', 'Wait times surpassed 90 minutes.', 'Wait times are surpassing 90 minutes.', 'Wait times exceed 90 minutes.', 'Wait times outstripped 90 minutes.'],
         family=F),
]

# ---- bounds: ceilings --------------------------------------------------------------------------
F = "bounds: ceilings"
CASES += [
    Case.of(dict(kind="number", low="0", high="200", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency=None, unit=None),
            {"a cap of 200 visitors a day": "200"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="0", high="35", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency="USD", unit=None),
            {"Insulin costs are capped at $35 a month.": "$35"},
            family=F),
]
CASES += [
    Case.of(dict(kind="percent", low=None, high="5", low_inclusive=False, high_inclusive=True,
                 approximate=True, currency=None, unit=None),
            {"Rent rises are capped at 5%.": "5%"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="0", high="9250", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency="EUR", unit=None),
            {"Fees are capped at €9,250.": "€9,250"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="0", high="500", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency="USD", unit=None),
            {"a ceiling of $500 per household": "$500"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="0", high="2500", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency="GBP", unit=None),
            {"a grant capped at £2,500": "£2,500"},
            family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'bounds: ceilings'
CASES += [
    Case(dict(low='0', low_inclusive=True, high_inclusive=True, approximate=True, qualifier='up_to', kind='money', high='1200', currency='USD'),
         ['Rent increases are capped at $1,200 a year.', 'The grant is limited to $1,200.', 'a cap of $1,200 per household', 'a ceiling of $1,200 per household', 'The rebate caps at $1,200.', 'no more than $1,200 per household'],
         family=F),
]

# ---- bounds: after the figure ------------------------------------------------------------------
F = "bounds: after the figure"
CASES += [
    Case.of(dict(kind="percent", low="12", high=None, low_inclusive=True, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"a fall of 12% or more": "12% or more"},
            family=F),
    Case.of(dict(kind="percent", low="50", high=None, low_inclusive=True, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"a tax rate of 50 percent or higher": "50 percent or higher"},
            family=F),
]
GAPS += [
    Case.of(dict(kind="money", low="200", high=None, low_inclusive=True, high_inclusive=False,
                 approximate=True, currency="USD", unit=None),
            {"a fine of $200 minimum": "$200 minimum"},
            family=F,
            reason="bounds: after the figure: engine gives '$200' money 200 USD"),
]
CASES += [
    Case.of(dict(kind="money", low="0", high="2000", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency="USD", unit=None),
            {"a budget of $2,000 at most": "$2,000 at most"},
            family=F),
]
CASES += [
    Case.of(dict(kind="quantity", low="65", high=None, low_inclusive=True, high_inclusive=False,
                 approximate=True, currency=None, unit="year"),
            {"people aged 65 years and over": "65 years and over"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="35000000", high=None, low_inclusive=True,
                 high_inclusive=False, approximate=True, currency="EUR", unit=None),
            {"a €35m-plus transfer": "€35m-plus"},
            family=F),
    Case.of(dict(kind="number", low="100000", high=None, low_inclusive=True,
                 high_inclusive=False, approximate=True, currency=None, unit=None),
            {"a 100,000-plus crowd": "100,000-plus"},
            family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'bounds: after the figure'
CASES += [
    Case(dict(low_inclusive=True, high=None, approximate=True, qualifier='at_least', kind='money', low='40000000', currency='EUR'),
         ['It was a €40m-plus deal.', 'a €40m-plus contract', 'a €40m-plus transfer fee', 'bids of €40m or more', 'bids of €40m and upwards'],
         family=F),
    Case(dict(low_inclusive=True, high=None, approximate=True, qualifier='at_least', kind='quantity', low='65', unit='year'),
         ['people aged 65 and up', 'people aged 65 or over', 'people aged 65 and above', 'people aged 65 or upwards', 'people aged 65 and upward'],
         family=F),
]

# ---- bounds: two bounds joined -----------------------------------------------------------------
F = "bounds: two bounds joined"
CASES += [
    Case.of(dict(kind="number", low="20", high="30", low_inclusive=True, high_inclusive=True,
                 currency=None, unit=None),
            {"classes of at least 20 and no more than 30 pupils": "at least 20 and no more than 30"},
            family=F),
    Case.of(dict(kind="percent", low="2", high="4", low_inclusive=False, high_inclusive=False,
                 currency=None, unit=None),
            {"a rate above 2% and below 4%": "above 2% and below 4%"},
            family=F),
    Case.of(dict(kind="money", low="500", high="800", low_inclusive=True, high_inclusive=True,
                 currency="USD", unit=None),
            {"a rent of no less than $500 and no more than $800": "no less than $500 and no more than $800"},
            family=F),
]
GAPS += [
    Case.of(dict(kind="number", low="10", high="50", low_inclusive=False, high_inclusive=False,
                 currency=None, unit=None),
            {"firms with more than 10 but fewer than 50 employees": "more than 10 but fewer than 50"},
            family=F,
            reason="bounds: two bounds joined: engine gives 'more than 10' number (10, ∅) approx; 'fewer than 50' number [0, 50) approx"),
]
CASES += [
    Case.of(dict(kind="quantity", low="3", high="9", low_inclusive=True, high_inclusive=True,
                 currency=None, unit="year"),
            {"a lease of at least 3 and at most 9 years": "at least 3 and at most 9 years"},
            family=F),
]
CASES += [
    Case.of(dict(kind="quantity", low="3", high="6", low_inclusive=True, high_inclusive=True,
                 currency=None, unit="month"),
            {"a minimum of 3 and a maximum of 6 months": "a minimum of 3 and a maximum of 6 months"},
            family=F),
]

# ---- bounds: formula comparatives --------------------------------------------------------------
F = "bounds: formula comparatives"
CASES += [
    Case.of(dict(kind="number", low="180", high=None, low_inclusive=True, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"an index >= 180": ">= 180"},
            family=F),
    Case.of(dict(kind="number", low=None, high="120", low_inclusive=False, high_inclusive=True,
                 approximate=True, currency=None, unit=None),
            {"a reading < = 120": "< = 120"},
            family=F),
    Case.of(dict(kind="number", low="30", high=None, low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"patients with a BMI > 30": "> 30"},
            family=F),
    Case.of(dict(kind="number", low=None, high="100", low_inclusive=False, high_inclusive=True,
                 approximate=True, currency=None, unit=None),
            {"a result less than or equal to 100": "less than or equal to 100"},
            family=F),
]
CASES += [
    Case.of(dict(kind="number", low="250", high=None, low_inclusive=True, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"a level ≥ 250": "≥ 250"},
            family=F),
]
CASES += [
    Case.of(dict(kind="percent", low=None, high="3", low_inclusive=False, high_inclusive=True,
                 approximate=True, currency=None, unit=None),
            {"an error rate ≤ 3%": "≤ 3%"},
            family=F),
]
CASES += [
    Case.of(dict(kind="number", low="180", high=None, low_inclusive=True, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"a value greater or equal than 180": "greater or equal than 180"},
            family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'bounds: formula comparatives'
CASES += [
    Case(dict(kind='number', low='250', high=None, low_inclusive=True, approximate=True, qualifier='at_least'),
         ['values greater or equal than 250', 'values greater or equal to 250', 'values >= 250', 'values greater than or equal to 250', 'values no fewer than 250'],
         family=F),
    Case(dict(kind='number', low=None, high='100', high_inclusive=True, approximate=True, qualifier='up_to'),
         ['values less or equal to 100', 'values less or equal than 100', 'values <= 100', 'values < = 100', 'values less than or equal to 100'],
         family=F),
]

# ---- bounds: open side of a bare figure --------------------------------------------------------
F = "bounds: open side of a bare figure"
GAPS += [
    Case.of(dict(kind="number", low=None, high="45", low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"The index fell below 45.": "below 45"},
            family=F,
            reason="bounds: open side of a bare figure: engine gives 'below 45' number [0, 45) approx"),
    Case.of(dict(kind="number", low=None, high="0.5", low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"a ratio of less than 0.5": "less than 0.5"},
            family=F,
            reason="bounds: open side of a bare figure: engine gives 'less than 0.5' number [0, 0.5) approx"),
    Case.of(dict(kind="number", low=None, high="40", low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"The score stayed under 40.": "under 40"},
            family=F,
            reason="bounds: open side of a bare figure: engine gives 'under 40' number [0, 40) approx"),
    Case.of(dict(kind="number", low=None, high="1", low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"The R number is now below 1.": "below 1"},
            family=F,
            reason="bounds: open side of a bare figure: engine gives 'below 1' number [0, 1) approx"),
    Case.of(dict(kind="number", low=None, high="50", low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"The PMI slipped below 50 in May.": "below 50"},
            family=F,
            reason="bounds: open side of a bare figure: engine gives 'below 50' number [0, 50) approx"),
    Case.of(dict(kind="number", low=None, high="12", low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"a value lower than 12": "lower than 12"},
            family=F,
            reason="bounds: open side of a bare figure: engine gives '12' number 12"),
]

# ---- bounds: a qualifier opening with an article -----------------------------------------------
F = "bounds: a qualifier opening with an article"
CASES += [
    Case.of(dict(kind="percent", low="30", high=None, low_inclusive=False,
                 high_inclusive=False, approximate=True, currency=None, unit=None),
            {'She won a little over 30 percent of the vote.': 'a little over 30 percent'},
            family=F),
    Case.of(dict(kind="money", low="0", high="80000000", low_inclusive=True,
                 high_inclusive=False, approximate=True, currency="EUR", unit=None),
            {'The club spent a little under 80 million euros this summer.': 'a little under 80 million euros'},
            family=F),
    Case.of(dict(kind="quantity", low="12000", high=None, low_inclusive=False,
                 high_inclusive=False, approximate=True, currency=None, unit="km"),
            {'A little more than 12,000 km of lines remain open.': 'A little more than 12,000 km'},
            family=F),
    Case.of(dict(kind="quantity", low=None, high="2", low_inclusive=False,
                 high_inclusive=False, approximate=True, currency=None, unit="h"),
            {'The wait lasted a bit less than two hours.': 'a bit less than two hours'},
            family=F),
    Case.of(dict(kind="number", low="1000000", high=None, low_inclusive=False,
                 high_inclusive=False, approximate=True, currency=None, unit=None),
            {'A little over a million viewers watched the film.': 'A little over a million'},
            family=F),
    Case.of(dict(kind="number", low="4500", high=None, low_inclusive=False,
                 high_inclusive=False, approximate=True, currency=None, unit=None),
            {'The town has a bit more than 4,500 inhabitants.': 'a bit more than 4,500'},
            family=F),
]

# ---- bounds: negated threshold verbs -----------------------------------------------------------
F = "bounds: negated threshold verbs"
CASES += [
    Case.of(dict(kind="percent", low=None, high="3.2", low_inclusive=False,
                 high_inclusive=True, approximate=True, currency=None, unit=None),
            {'The deficit will not exceed 3.2 percent of GDP.': '3.2 percent'},
            family=F),
    Case.of(dict(kind="percent", low=None, high="2", low_inclusive=False,
                 high_inclusive=True, approximate=True, currency=None, unit=None),
            {'Rent increases do not exceed 2 percent this year.': '2 percent'},
            family=F),
    Case.of(dict(kind="money", low="0", high="150", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency="USD", unit=None),
            {"Fees won't exceed 150 dollars per file.": '150 dollars'},
            family=F),
    Case.of(dict(kind="quantity", low=None, high="25", low_inclusive=False,
                 high_inclusive=True, approximate=True, currency=None, unit="°C"),
            {'Temperatures never exceeded 25 degrees Celsius in July.': '25 degrees Celsius'},
            family=F),
    Case.of(dict(kind="number", low="0", high="400", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit=None),
            {'The job cuts would not surpass 400 positions.': '400'},
            family=F),
]

# ---- hedges: multi-word ------------------------------------------------------------------------
F = "hedges: multi-word"
CASES += [
    Case.of(dict(kind="number", low="12000", high="12000", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit=None),
            {"in the vicinity of 12,000 homes": "in the vicinity of 12,000"},
            family=F),
]
CASES += [
    Case.of(dict(kind="number", low="7800", high="7800", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency=None, unit=None),
            {"Something like 7,800 people turned up.": "Something like 7,800"},
            family=F),
    Case.of(dict(kind="percent", low="45", high="45", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency=None, unit=None),
            {"in the neighbourhood of 45 per cent": "in the neighbourhood of 45 per cent"},
            family=F),
    Case.of(dict(kind="money", low="2000000", high="2000000", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency="GBP", unit=None),
            {"a bill in the region of £2 million": "in the region of £2 million"},
            family=F),
    Case.of(dict(kind="money", low="1000000000", high="1000000000", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency="USD", unit=None),
            {"a cost on the order of a billion dollars": "on the order of a billion dollars"},
            family=F),
    Case.of(dict(kind="number", low="300", high="300", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency=None, unit=None),
            {"More or less 300 staff will move.": "More or less 300"},
            family=F),
    Case.of(dict(kind="percent", low="70", high="70", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency=None, unit=None),
            {"somewhere around 70% of voters": "somewhere around 70%"},
            family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'hedges: multi-word'
CASES += [
    Case(dict(kind='number', low='9500', high='9500', approximate=True, qualifier='approx'),
         ['Something like 9,500 people were evacuated.', '9,500 or thereabouts were evacuated.', 'In the neighbourhood of 9,500 people were evacuated.', 'In the neighborhood of 9,500 people were evacuated.', 'In the region of 9,500 people were evacuated.', 'On the order of 9,500 people were evacuated.', 'Somewhere around 9,500 people were evacuated.', 'More or less 9,500 people were evacuated.'],
         family=F),
]

# ---- hedges: after the figure ------------------------------------------------------------------
F = "hedges: after the figure"
CASES += [
    Case.of(dict(kind="money", low="3000000", high="3000000", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency="USD", unit=None),
            {"a cost of $3 million or so": "$3 million or so"},
            family=F),
    Case.of(dict(kind="quantity", low="2", high="2", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency=None, unit="h"),
            {"a wait of two hours or so": "two hours or so"},
            family=F),
]
CASES += [
    Case.of(dict(kind="number", low="8200", high="8200", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency=None, unit=None),
            {"The crowd was 8,200 or thereabouts.": "8,200 or thereabouts"},
            family=F),
    Case.of(dict(kind="percent", low="40", high="40", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency=None, unit=None),
            {"a share of 40% give or take": "40% give or take"},
            family=F),
    Case.of(dict(kind="money", low="500", high="500", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency="GBP", unit=None),
            {"a bill of £500 or thereabouts": "£500 or thereabouts"},
            family=F),
]
CASES += [
    Case.of(dict(kind="number", low="12000", high="12000", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit=None),
            {"a crowd of 12,000 approximately": "12,000 approximately"},
            family=F),
]

# ---- hedges: a tolerance around the figure ---------------------------------------------------------
F = 'hedges: a tolerance around the figure'
CASES += [
    Case(dict(kind='money', low='5978000000', high='6222000000', currency='USD', qualifier='tolerance'),
         ['revenue of $6.1 billion plus or minus 2%', 'revenue of $6.1bn ± 2%', 'revenue of $6.1 billion give or take 2%', 'revenue of 6.1 billion dollars plus or minus 2 percent', 'revenue of $6.1 billion +/- 2%'],
         family=F),
    Case(dict(kind='quantity', low='11.5', high='12.5', unit='mm', qualifier='tolerance'),
         ['a part of 12 mm ± 0.5 mm', 'a part of 12 ± 0.5 mm', 'a part of 12 mm plus or minus 0.5 mm', 'a part of 12 mm +/- 0.5 mm', 'a part of 12 mm give or take 0.5 mm'],
         family=F),
]

# ---- hedges: verbs of nearness -----------------------------------------------------------------
F = "hedges: verbs of nearness"
CASES += [
    Case.of(dict(kind="quantity", low="40", high="40", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit="°C"),
            {'The thermometer was nearing 40 °C in Phoenix.': '40 °C'},
            family=F),
    Case.of(dict(kind="money", low="200000000000", high="200000000000", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency="USD", unit=None),
            {'His fortune is approaching 200 billion dollars.': '200 billion dollars'},
            family=F),
    Case.of(dict(kind="percent", low="10", high="10", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit=None),
            {'Unemployment is nearing 10 percent in the region.': '10 percent'},
            family=F),
    Case.of(dict(kind="money", low="1200", high="1200", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency="USD", unit=None),
            {'The bill is close to 1,200 dollars a year.': 'close to 1,200 dollars'},
            family=F),
    Case.of(dict(kind="number", low="2000000", high="2000000", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit=None),
            {'Sales approached 2 million copies.': '2 million'},
            family=F),
    Case.of(dict(kind="quantity", low="35", high="35", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit="°C"),
            {'Temperatures close to 35 °C are expected.': 'close to 35 °C'},
            family=F),
]

# ---- written once: contre / against ------------------------------------------------------------
F = "written once: contre / against"
SEVERAL += [
    # across a gloss in brackets
    Several("The plant produced about 300 TWh (terawatt hours) against 375 last year.",
            [dict(kind="quantity", low="300", high="300", low_inclusive=True, high_inclusive=True,
                  approximate=True, currency=None, unit="TWh", text="about 300 TWh"),
             dict(kind="quantity", low="375", high="375", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="TWh", text="375")],
            family=F),
]
SEVERAL += [
    # after a clause and a joiner too; not before 'des'/'of' (a part of something named)
    Several("Tickets cost $12 in London and 9 in Leeds.",
            [dict(kind="money", low="12", high="12", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$12"),
             dict(kind="money", low="9", high="9", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="9")],
            family=F),
    Several("It cost $5 billion and 3 of its partners left.",
            [dict(kind="money", low="5000000000", high="5000000000", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$5 billion"),
             dict(kind="number", low="3", high="3", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="3")],
            family=F),
]
SEVERAL += [
    Several("The group earned €3.1 billion, against 2.7 billion in 2022.",
            [dict(kind="money", low="3100000000", high="3100000000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency="EUR", unit=None,
                  text="€3.1 billion"),
             dict(kind="money", low="2700000000", high="2700000000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency="EUR", unit=None,
                  text="2.7 billion")],
            family=F),
]
SEVERAL += [
    Several("Average rent reached $1,450, against 1,320 a year earlier.",
            [dict(kind="money", low="1450", high="1450", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$1,450"),
             dict(kind="money", low="1320", high="1320", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="1,320")],
            family=F),
    Several("Unemployment stood at 4.1%, against 3.8 in March.",
            [dict(kind="percent", low="4.1", high="4.1", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="4.1%"),
             dict(kind="percent", low="3.8", high="3.8", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="3.8")],
            family=F),
    Several("Output hit 4.2 million tonnes, compared with 3.9 a year earlier.",
            [dict(kind="quantity", low="4200000", high="4200000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency=None, unit="t",
                  text="4.2 million tonnes"),
             dict(kind="quantity", low="3900000", high="3900000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency=None, unit="t", text="3.9")],
            family=F),
    Several("Tickets cost £12 in London versus 9 in Leeds.",
            [dict(kind="money", low="12", high="12", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="GBP", unit=None, text="£12"),
             dict(kind="money", low="9", high="9", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="GBP", unit=None, text="9")],
            family=F),
]
SEVERAL += [
    Several("The coastline retreated 14 metres in 2023, against 9 in 2022.",
            [dict(kind="quantity", low="14", high="14", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="m", text="14 metres"),
             dict(kind="quantity", low="9", high="9", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="m", text="9")],
            family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'written once: contre / against'
SEVERAL += [
    Several('Rent is 950 dollars, against 870 a year ago.',
            [{}, dict(kind='money', low='870', currency='USD')],
            family=F),
    Several('The glacier retreated 38 metres this year, compared with 25 last year.',
            [{}, dict(kind='quantity', low='25', unit='m')],
            family=F),
    Several('Inflation was 3.2%, up from 2.9 in May.',
            [{}, dict(kind='percent', low='2.9')],
            family=F),
    Several('Profit reached $12 million, versus 9 a year earlier.',
            [{}, dict(kind='money', low='9000000', currency='USD')],
            family=F),
]

# ---- written once: voire / or even -------------------------------------------------------------
F = "written once: voire / or even"
SEVERAL += [
    Several("The works could cost 30 or even 40 million euros.",
            [dict(kind="money", low="30000000", high="30000000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency="EUR", unit=None, text="30"),
             dict(kind="money", low="40000000", high="40000000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency="EUR", unit=None,
                  text="40 million euros")],
            family=F),
    Several("Prices may rise 5%, or even 6.",
            [dict(kind="percent", low="5", high="5", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="5%"),
             dict(kind="percent", low="6", high="6", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="6")],
            family=F),
    Several("Expect a wait of three weeks, or even four.",
            [dict(kind="quantity", low="3", high="3", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="week", text="three weeks"),
             dict(kind="quantity", low="4", high="4", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="week", text="four")],
            family=F),
    Several("Temperatures could reach 38°C or even 40 in the south.",
            [dict(kind="quantity", low="38", high="38", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="°C", text="38°C"),
             dict(kind="quantity", low="40", high="40", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="°C", text="40")],
            family=F),
    Several("A ticket costs $80, or even 100 in summer.",
            [dict(kind="money", low="80", high="80", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$80"),
             dict(kind="money", low="100", high="100", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="100")],
            family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'written once: voire / or even'
SEVERAL += [
    Several('The river rose 4 metres, or even 5 in places.',
            [{}, dict(kind='quantity', low='5', unit='m')],
            family=F),
]

# ---- written once: dont / of which -------------------------------------------------------------
F = "written once: dont / of which"
SEVERAL += [
    # a count far above a percentage is no share of it
    Several("Hiring rose 26.3%, of which 76,692 were permanent contracts.",
            [dict(kind="percent", low="26.3", high="26.3", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="26.3%"),
             dict(kind="number", low="76692", high="76692", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="76,692")],
            family=F),
]
SEVERAL += [
    # a plural noun after the figure: it counts that noun
    Several("The plan costs $5 million, including 3 schools.",
            [dict(kind="money", low="5000000", high="5000000", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$5 million"),
             dict(kind="number", low="3", high="3", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="3")],
            family=F),
]
SEVERAL += [
    Several("The plan totals €12 million, of which 3 go to research.",
            [dict(kind="money", low="12000000", high="12000000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency="EUR", unit=None,
                  text="€12 million"),
             dict(kind="money", low="3000000", high="3000000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency="EUR", unit=None, text="3")],
            family=F),
    Several("The line runs 42 km, of which 12 are underground.",
            [dict(kind="quantity", low="42", high="42", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="km", text="42 km"),
             dict(kind="quantity", low="12", high="12", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="km", text="12")],
            family=F),
    Several("Rainfall reached 120 mm, including 80 overnight.",
            [dict(kind="quantity", low="120", high="120", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency=None, unit="mm", text="120 mm"),
             dict(kind="quantity", low="80", high="80", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="mm", text="80")],
            family=F),
    Several("The budget is $4.5 billion, including 1.2 for health.",
            [dict(kind="money", low="4500000000", high="4500000000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency="USD", unit=None,
                  text="$4.5 billion"),
             dict(kind="money", low="1200000000", high="1200000000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency="USD", unit=None, text="1.2")],
            family=F),
    Several("The harvest reached 3.2 million tonnes, of which 800,000 were wheat.",
            [dict(kind="quantity", low="3200000", high="3200000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency=None, unit="t",
                  text="3.2 million tonnes"),
             dict(kind="quantity", low="800000", high="800000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency=None, unit="t", text="800,000")],
            family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'written once: dont / of which'
SEVERAL += [
    Several('The bill came to 1,200 euros, of which 300 were taxes.',
            [{}, dict(kind='money', low='300', currency='EUR')],
            family=F),
]

# ---- written once: list comma ------------------------------------------------------------------
F = "written once: list comma"
SEVERAL += [
    Several("The plants produced 120 and 95 tonnes respectively.",
            [dict(kind="quantity", low="120", high="120", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="t", text="120"),
             dict(kind="quantity", low="95", high="95", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="t", text="95 tonnes")],
            family=F),
    Several("Bonuses reach 300 and 450 euros.",
            [dict(kind="money", low="300", high="300", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="EUR", unit=None, text="300"),
             dict(kind="money", low="450", high="450", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="EUR", unit=None, text="450 euros")],
            family=F),
]
SEVERAL += [
    # a word after the bare figure names what it counts: no kind written once
    Several("It pays £3,000, 12 staff benefit.",
            [dict(kind="money", low="3000", high="3000", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="GBP", unit=None, text="£3,000"),
             dict(kind="number", low="12", high="12", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="12")],
            family=F),
]
SEVERAL += [
    Several("Highs of 31°C, 33 and 35 are forecast.",
            [dict(kind="quantity", low="31", high="31", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="°C", text="31°C"),
             dict(kind="quantity", low="33", high="33", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="°C", text="33"),
             dict(kind="quantity", low="35", high="35", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="°C", text="35")],
            family=F),
    Several("Rents are $850, 920 and 1,100 depending on the district.",
            [dict(kind="money", low="850", high="850", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$850"),
             dict(kind="money", low="920", high="920", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="920"),
             dict(kind="money", low="1100", high="1100", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="1,100")],
            family=F),
    Several("Banks offered rates of 2.5%, 3 and 3.5.",
            [dict(kind="percent", low="2.5", high="2.5", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="2.5%"),
             dict(kind="percent", low="3", high="3", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="3"),
             dict(kind="percent", low="3.5", high="3.5", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="3.5")],
            family=F),
    Several("Bids of £2 million, 3.5 and 4 were received.",
            [dict(kind="money", low="2000000", high="2000000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency="GBP", unit=None,
                  text="£2 million"),
             dict(kind="money", low="3500000", high="3500000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency="GBP", unit=None, text="3.5"),
             dict(kind="money", low="4000000", high="4000000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency="GBP", unit=None, text="4")],
            family=F),
]
SEVERAL += [
    Several("The three lines measure 12 km, 18 and 25.",
            [dict(kind="number", low="3", high="3", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="three"),
             dict(kind="quantity", low="12", high="12", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="km", text="12 km"),
             dict(kind="quantity", low="18", high="18", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="km", text="18"),
             dict(kind="quantity", low="25", high="25", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit="km", text="25")],
            family=F),
]

# ---- written once: scale figures in money talk -------------------------------------------------
F = "written once: scale figures in money talk"
SEVERAL += [
    # the figure that answers money talk is money too
    Several("Revenue was 12 million in 2023, up from 9 million.",
            [dict(kind="money", low="12000000", high="12000000", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="12 million"),
             dict(kind="money", low="9000000", high="9000000", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="9 million")],
            family=F),
]
SEVERAL += [
    Several("Of the £800 million plan, 300 million will come from spending cuts.",
            [dict(kind="money", low="800000000", high="800000000", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="GBP", unit=None, text="£800 million"),
             dict(kind="money", low="300000000", high="300000000", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="GBP", unit=None, text="300 million")],
            family=F),
]
CASES += [
    # a scale figure that counts what it names stays a count in money talk
    Case.of(dict(kind="number", low="3000000", high="3000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"The budget covers 3 million residents.": "3 million"},
            family=F),
    # a scale figure that counts what it names stays a count in money talk
    Case.of(dict(kind="number", low="12000000", high="12000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"The deficit hits 12 million households, the report says.": "12 million"},
            family=F),
    # a scale figure that counts what it names stays a count in money talk
    Case.of(dict(kind="number", low="2000000", high="2000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"Spending rose while 2 million voters stayed home.": "2 million"},
            family=F),
    Case.of(dict(kind="money", low="28000000", high="28000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"The county approved 28 million for its schools.": "28 million"},
            family=F),
    Case.of(dict(kind="money", low="2000000000", high="2000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"The project will cost 2 billion.": "2 billion"},
            family=F),
    Case.of(dict(kind="money", low="80000000", high="80000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"The club spent 80 million this summer.": "80 million"},
            family=F),
    Case.of(dict(kind="money", low="15000000", high="15000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"The start-up raised 15 million from investors.": "15 million"},
            family=F),
    Case.of(dict(kind="money", low="1200000000", high="1200000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"The city's budget reaches 1.2 billion.": "1.2 billion"},
            family=F),
    Case.of(dict(kind="money", low="5000000000", high="5000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"The health service faces a deficit of 5 billion.": "5 billion"},
            family=F),
]

# ---- written once: thousands written once in a range -------------------------------------------
F = "written once: thousands written once in a range"
CASES += [
    # no group of thousands written at the end: the ends as written
    Case.of(dict(kind="money", low="2", high="3500", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="EUR", unit=None),
            {"Prices range from 2 to 3500 euros.": "2 to 3500 euros"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="40000", high="45000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="GBP", unit=None),
            {"a salary of £40-45,000": "£40-45,000"},
            family=F),
    Case.of(dict(kind="number", low="25000", high="28000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"The stadium will host 25 to 28,000 fans.": "25 to 28,000"},
            family=F),
    Case.of(dict(kind="number", low="800000", high="900000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"a city of between 800 and 900,000 residents": "800 and 900,000"},
            family=F),
    Case.of(dict(kind="money", low="18000", high="22000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"cars priced at $18-22,000": "$18-22,000"},
            family=F),
    Case.of(dict(kind="number", low="20000", high="25000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"Between 20 and 25,000 protesters marched.": "20 and 25,000"},
            family=F),
    Case.of(dict(kind="money", low="12000", high="15000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="EUR", unit=None),
            {"works costing between 12 and 15,000 euros": "12 and 15,000 euros"},
            family=F),
]

# ---- written once: range ends split by a noun --------------------------------------------------
F = "written once: range ends split by a noun"
SEVERAL += [
    # a noun after the second end too: two counts of different things
    Several("Polls give it between 40 MPs and 60 senators.",
            [dict(kind="number", low="40", high="40", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="40"),
             dict(kind="number", low="60", high="60", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="60")],
            family=F),
]
CASES += [
    Case.of(dict(kind="number", low="70", high="110", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"The party could win from 70 seats to 110.": "70 seats to 110"},
            family=F),
    Case.of(dict(kind="number", low="40", high="60", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"Polls give it between 40 MPs and 60.": "40 MPs and 60"},
            family=F),
    Case.of(dict(kind="number", low="200", high="300", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"From 200 jobs to 300 could go.": "200 jobs to 300"},
            family=F),
    Case.of(dict(kind="money", low="15", high="25", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="EUR", unit=None),
            {"A ticket costs from 15 euros to 25.": "15 euros to 25"},
            family=F),
    Case.of(dict(kind="quantity", low="2", high="3", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="h"),
            {"Allow between 2 hours and 3 for the visit.": "2 hours and 3"},
            family=F),
    Case.of(dict(kind="number", low="10", high="15", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"Each class will take from 10 pupils to 15.": "10 pupils to 15"},
            family=F),
]

# ---- written once: change verb far before from X to Y ------------------------------------------
F = "written once: change verb far before from X to Y"
SEVERAL += [
    # a change verb written once for two changes
    Several("The adult rate has increased from £7.38 to £7.70, and from £5.90 to £6.15 for apprentices.",
            [dict(kind="money", low="7.38", high="7.38", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="GBP", unit=None, text="£7.38"),
             dict(kind="money", low="7.7", high="7.7", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="GBP", unit=None, text="£7.70"),
             dict(kind="money", low="5.9", high="5.9", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="GBP", unit=None, text="£5.90"),
             dict(kind="money", low="6.15", high="6.15", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="GBP", unit=None, text="£6.15")],
            family=F),
]
CASES += [
    # 'between X and Y' after a change verb stays a range
    Case.of(dict(kind="percent", low="8", high="10", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"Fees will rise, the board said, between 8% and 10%.": "8% and 10%"},
            family=F),
]
SEVERAL += [
    Several("Unemployment fell sharply last year across the northern regions from 8.1% to 7.3%.",
            [dict(kind="percent", low="8.1", high="8.1", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="8.1%"),
             dict(kind="percent", low="7.3", high="7.3", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="7.3%")],
            family=F),
]
SEVERAL += [
    Several("Membership grew, despite the crisis and the departures, from 12,000 to 19,000.",
            [dict(kind="number", low="12000", high="12000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency=None, unit=None, text="12,000"),
             dict(kind="number", low="19000", high="19000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency=None, unit=None, text="19,000")],
            family=F),
    Several("Output dropped over the whole of last year from 4.2 to 3.6 million tonnes.",
            [dict(kind="quantity", low="4200000", high="4200000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency=None, unit="t", text="4.2"),
             dict(kind="quantity", low="3600000", high="3600000", low_inclusive=True,
                  high_inclusive=True, approximate=False, currency=None, unit="t",
                  text="3.6 million tonnes")],
            family=F),
    Several("Average rent rose, according to the survey, from $850 to $920.",
            [dict(kind="money", low="850", high="850", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$850"),
             dict(kind="money", low="920", high="920", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$920")],
            family=F),
    Several("Prices climbed in most of the region's towns from 1.20 to 1.45 euros a litre.",
            [dict(kind="money", low="1.2", high="1.2", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="EUR", unit=None, text="1.20"),
             dict(kind="money", low="1.45", high="1.45", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="EUR", unit=None, text="1.45 euros")],
            family=F),
]

# ---- written once: a bound or hedge for several ------------------------------------------------------
F = "written once: a bound or hedge for several"
SEVERAL += [
    Several("The transfer cost about €40 million ($47 million).",
            [dict(kind="money", low="40000000", high="40000000", low_inclusive=True, high_inclusive=True,
                  approximate=True, currency="EUR", unit=None, text="about €40 million"),
             dict(kind="money", low="47000000", high="47000000", low_inclusive=True, high_inclusive=True,
                  approximate=True, currency="USD", unit=None, text="$47 million")],
            family=F),
    Several("The players cost around £30m and £25m respectively.",
            [dict(kind="money", low="30000000", high="30000000", low_inclusive=True, high_inclusive=True,
                  approximate=True, currency="GBP", unit=None, text="around £30m"),
             dict(kind="money", low="25000000", high="25000000", low_inclusive=True, high_inclusive=True,
                  approximate=True, currency="GBP", unit=None, text="£25m")],
            family=F),
    Several("The works will cost more than £2 million (€2.3 million).",
            [dict(kind="money", low="2000000", high=None, low_inclusive=False, high_inclusive=False,
                  approximate=True, currency="GBP", unit=None, text="more than £2 million"),
             dict(kind="money", low="2300000", high=None, low_inclusive=False, high_inclusive=False,
                  approximate=True, currency="EUR", unit=None, text="€2.3 million")],
            family=F),
    Several("The two lines measure roughly 12 km and 18 km.",
            [dict(kind="number", low="2", high="2", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency=None, unit=None, text="two"),
             dict(kind="quantity", low="12", high="12", low_inclusive=True, high_inclusive=True,
                  approximate=True, currency=None, unit="km", text="roughly 12 km"),
             dict(kind="quantity", low="18", high="18", low_inclusive=True, high_inclusive=True,
                  approximate=True, currency=None, unit="km", text="18 km")],
            family=F),
    Several("The salary would be some $5,000 (€4,600).",
            [dict(kind="money", low="5000", high="5000", low_inclusive=True, high_inclusive=True,
                  approximate=True, currency="USD", unit=None, text="some $5,000"),
             dict(kind="money", low="4600", high="4600", low_inclusive=True, high_inclusive=True,
                  approximate=True, currency="EUR", unit=None, text="€4,600")],
            family=F),    Several("Patients wait more than 6 or 9 months.",
            [dict(kind="quantity", low="6", high=None, low_inclusive=False, high_inclusive=False,
                  approximate=True, currency=None, unit="month", text="more than 6"),
             dict(kind="quantity", low="9", high=None, low_inclusive=False, high_inclusive=False,
                  approximate=True, currency=None, unit="month", text="9 months")],
            family=F),
    Several("Up to 20, 30 or 40 mm of rain could fall.",
            [dict(kind="quantity", low=None, high="20", low_inclusive=False, high_inclusive=True,
                  approximate=True, currency=None, unit="mm", text="Up to 20"),
             dict(kind="quantity", low=None, high="30", low_inclusive=False, high_inclusive=True,
                  approximate=True, currency=None, unit="mm", text="30"),
             dict(kind="quantity", low=None, high="40", low_inclusive=False, high_inclusive=True,
                  approximate=True, currency=None, unit="mm", text="40 mm")],
            family=F),
    Several("The works will last at least 2 or 3 years.",
            [dict(kind="quantity", low="2", high=None, low_inclusive=True, high_inclusive=False,
                  approximate=True, currency=None, unit="year", text="at least 2"),
             dict(kind="quantity", low="3", high=None, low_inclusive=True, high_inclusive=False,
                  approximate=True, currency=None, unit="year", text="3 years")],
            family=F),
    Several("Rents jumped by more than 5 or 6%.",
            [dict(kind="percent", low="5", high=None, low_inclusive=False, high_inclusive=False,
                  approximate=True, currency=None, unit=None, text="more than 5"),
             dict(kind="percent", low="6", high=None, low_inclusive=False, high_inclusive=False,
                  approximate=True, currency=None, unit=None, text="6%")],
            family=F),
    Several("A ticket costs less than 10 or 12 euros.",
            [dict(kind="money", low="0", high="10", low_inclusive=True, high_inclusive=False,
                  approximate=True, currency="EUR", unit=None, text="less than 10"),
             dict(kind="money", low="0", high="12", low_inclusive=True, high_inclusive=False,
                  approximate=True, currency="EUR", unit=None, text="12 euros")],
            family=F),
]

# ---- currencies: rupees in an Indian context (INR) ---------------------------------------------
F = "currencies: rupees in an Indian context (INR)"
CASES += [
    Case.of(dict(kind="money", low="500", high="500", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="INR", unit=None),
            {"Indian Railways raised the fine to Rs 500.": "Rs 500"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="52", high="52", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="INR", unit=None),
            {"In India, a litre of milk costs 52 rupees.": "52 rupees"},
            family=F),
    Case.of(dict(kind="money", low="10", high="10", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="INR", unit=None),
            {"In Mumbai a train ticket costs 10 rupees.": "10 rupees"},
            family=F),
    Case.of(dict(kind="money", low="500000000000", high="500000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="INR", unit=None),
            {"The Indian government allotted 500 billion rupees to irrigation.": "500 billion rupees"},
            family=F),
    Case.of(dict(kind="money", low="6000", high="6000", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="INR", unit=None),
            {"New Delhi will pay farmers 6,000 rupees each.": "6,000 rupees"},
            family=F),
    Case.of(dict(kind="money", low="700", high="700", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="INR", unit=None),
            {"In Kerala the daily wage reaches 700 rupees.": "700 rupees"},
            family=F),
]

# ---- currencies: Pakistani rupees (PKR) --------------------------------------------------------
F = "currencies: Pakistani rupees (PKR)"
CASES += [
    Case.of(dict(kind="money", low="5000", high="5000", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="PKR", unit=None),
            {"a fine of 5,000 Pakistani rupees": "5,000 Pakistani rupees"},
            family=F),
    Case.of(dict(kind="money", low="2000000000", high="2000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="PKR", unit=None),
            {"Lahore received PKR 2 billion.": "PKR 2 billion"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="270", high="270", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="PKR", unit=None),
            {"In Pakistan petrol costs 270 rupees a litre.": "270 rupees"},
            family=F),
    Case.of(dict(kind="money", low="37000", high="37000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="PKR", unit=None),
            {"Islamabad set Pakistan's minimum wage at 37,000 rupees.": "37,000 rupees"},
            family=F),
    Case.of(dict(kind="money", low="150", high="150", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="PKR", unit=None),
            {"In Karachi a kilo of flour sells for 150 rupees.": "150 rupees"},
            family=F),
]

# ---- currencies: naira (NGN) -------------------------------------------------------------------
F = "currencies: naira (NGN)"
CASES += [
    Case.of(dict(kind="money", low="4200", high="4200", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="NGN", unit=None),
            {"The ticket costs ₦4,200.": "₦4,200"},
            family=F),
    Case.of(dict(kind="money", low="2000000000", high="2000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="NGN", unit=None),
            {"a fine of ₦2 billion": "₦2 billion"},
            family=F),
    Case.of(dict(kind="money", low="500000000", high="500000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="NGN", unit=None),
            {"a loan of NGN 500 million": "NGN 500 million"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="4200", high="4200", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="NGN", unit=None),
            {"The ticket costs 4,200 naira.": "4,200 naira"},
            family=F),
    Case.of(dict(kind="money", low="75000", high="75000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="NGN", unit=None),
            {"In Nigeria a bag of rice costs 75,000 naira.": "75,000 naira"},
            family=F),
    Case.of(dict(kind="money", low="70000", high="70000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="NGN", unit=None),
            {"Lagos raised the minimum wage to 70,000 naira.": "70,000 naira"},
            family=F),
]

# ---- currencies: cfa alone (XOF) ---------------------------------------------------------------
F = "currencies: cfa alone (XOF)"
CASES += [
    Case.of(dict(kind="money", low="5000", high="5000", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="XOF", unit=None),
            {"a bag of cement for 5,000 CFA": "5,000 CFA"},
            family=F),
    Case.of(dict(kind="money", low="10000", high="10000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="XOF", unit=None),
            {"a meal for CFA 10,000": "CFA 10,000"},
            family=F),
    Case.of(dict(kind="money", low="2000000000", high="2000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="XOF", unit=None),
            {"a budget of 2 billion CFA": "2 billion CFA"},
            family=F),
    Case.of(dict(kind="money", low="25000", high="25000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="XOF", unit=None),
            {"a 25,000 FCFA fine for offenders": "25,000 FCFA"},
            family=F),
    Case.of(dict(kind="money", low="60000", high="60000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="XOF", unit=None),
            {"a monthly wage of 60,000 cfa": "60,000 cfa"},
            family=F),
]

# ---- currencies: Central African CFA francs (XAF) ----------------------------------------------
F = "currencies: Central African CFA francs (XAF)"
CASES += [
    Case.of(dict(kind="money", low="500000000", high="500000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="XAF", unit=None),
            {"a grant of XAF 500 million": "XAF 500 million"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="840", high="840", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="XAF", unit=None),
            {"In Cameroon fuel costs 840 CFA francs a litre.": "840 CFA francs"},
            family=F),
    Case.of(dict(kind="money", low="15000000000", high="15000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="XAF", unit=None),
            {"Cameroon's government released 15 billion CFA francs for roads.": "15 billion CFA francs"},
            family=F),
    Case.of(dict(kind="money", low="150000", high="150000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="XAF", unit=None),
            {"In Gabon the minimum wage is 150,000 CFA francs.": "150,000 CFA francs"},
            family=F),
    Case.of(dict(kind="money", low="18000", high="18000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="XAF", unit=None),
            {"In Douala, Cameroon, a bag of rice sells for 18,000 CFA.": "18,000 CFA"},
            family=F),
    Case.of(dict(kind="money", low="100000000000", high="100000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="XAF", unit=None),
            {"Chad borrowed 100 billion CFA francs.": "100 billion CFA francs"},
            family=F),
]

# ---- currencies: capitalised Euro --------------------------------------------------------------
F = "currencies: capitalised Euro"
CASES += [
    Case.of(dict(kind="money", low="980", high="980", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="EUR", unit=None),
            {"an invoice of 980 Euro": "980 Euro"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="318000", high="318000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="EUR", unit=None),
            {"The flat sold for Euro 318,000.": "Euro 318,000"},
            family=F),
    Case.of(dict(kind="money", low="40000", high="40000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="EUR", unit=None),
            {"a fine of Euro 40,000": "Euro 40,000"},
            family=F),
    Case.of(dict(kind="money", low="1500000", high="1500000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="EUR", unit=None),
            {"a contract worth Euros 1.5 million": "Euros 1.5 million"},
            family=F),
    Case.of(dict(kind="money", low="12000000", high="12000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="EUR", unit=None),
            {"a grant of euro 12 million": "euro 12 million"},
            family=F),
]

# ---- currencies: ringgit (MYR) -----------------------------------------------------------------
F = "currencies: ringgit (MYR)"
CASES += [
    Case.of(dict(kind="money", low="50", high="50", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="MYR", unit=None),
            {"The meal costs RM50.": "RM50"},
            family=F),
    Case.of(dict(kind="money", low="1200000000", high="1200000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="MYR", unit=None),
            {"Kuala Lumpur invested RM1.2 billion.": "RM1.2 billion"},
            family=F),
    Case.of(dict(kind="money", low="300000000", high="300000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="MYR", unit=None),
            {"a MYR 300 million contract": "MYR 300 million"},
            family=F),
    Case.of(dict(kind="money", low="2000", high="2000", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="MYR", unit=None),
            {"a wage of 2,000 Malaysian ringgit": "2,000 Malaysian ringgit"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="50", high="50", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="MYR", unit=None),
            {"The meal costs 50 ringgit.": "50 ringgit"},
            family=F),
]

# ---- currencies: shekels (ILS) -----------------------------------------------------------------
F = "currencies: shekels (ILS)"
CASES += [
    Case.of(dict(kind="money", low="40", high="40", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="ILS", unit=None),
            {"The ticket costs 40 shekels.": "40 shekels",
              "The ticket costs ₪40.": "₪40"},
            family=F),
    Case.of(dict(kind="money", low="2000000000", high="2000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="ILS", unit=None),
            {"Israel released 2 billion shekels.": "2 billion shekels"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="300", high="300", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="ILS", unit=None),
            {"a fine of NIS 300": "NIS 300"},
            family=F),
    Case.of(dict(kind="money", low="500", high="500", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="ILS", unit=None),
            {"a rent of 500 new shekels a week": "500 new shekels"},
            family=F),
]

# ---- currencies: cent sign ---------------------------------------------------------------------
F = "currencies: cent sign"
CASES += [
    Case.of(dict(kind="money", low="0.73", high="0.73", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="USD", unit=None),
            {"A stamp costs 73¢.": "73¢"},
            family=F),
    Case.of(dict(kind="money", low="0.99", high="0.99", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="USD", unit=None),
            {"Everything in the shop is 99 ¢.": "99 ¢"},
            family=F),
    Case.of(dict(kind="money", low="0.05", high="0.05", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="USD", unit=None),
            {"a 5¢ rise in the fare": "5¢"},
            family=F),
    Case.of(dict(kind="money", low="0.12", high="0.12", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="USD", unit=None),
            {"Gas rose 12¢ in a week.": "12¢"},
            family=F),
    Case.of(dict(kind="money", low="0.45", high="0.45", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="USD", unit=None),
            {"bananas at 45¢ a pound": "45¢"},
            family=F),
]

# ---- currencies: pesetas (ESP) -----------------------------------------------------------------
F = "currencies: pesetas (ESP)"
CASES += [
    Case.of(dict(kind="money", low="1000", high="1000", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="ESP", unit=None),
            {"a 1,000 pesetas note": "1,000 pesetas"},
            family=F),
    Case.of(dict(kind="money", low="500", high="500", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="ESP", unit=None),
            {"The menu cost 500 pesetas.": "500 pesetas"},
            family=F),
    Case.of(dict(kind="money", low="2000000", high="2000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="ESP", unit=None),
            {"a house sold for 2 million pesetas": "2 million pesetas"},
            family=F),
    Case.of(dict(kind="money", low="100", high="100", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="ESP", unit=None),
            {"In 1995 bread cost 100 pesetas in Madrid.": "100 pesetas"},
            family=F),
    Case.of(dict(kind="money", low="300", high="300", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="ESP", unit=None),
            {"a stamp of 300 ptas": "300 ptas"},
            family=F),
]

# ---- currencies: Deutsche Mark (DEM) -----------------------------------------------------------
F = "currencies: Deutsche Mark (DEM)"
CASES += [
    Case.of(dict(kind="money", low="10000", high="10000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="DEM", unit=None),
            {"a bonus of 10,000 Deutsche Marks": "10,000 Deutsche Marks"},
            family=F),
    Case.of(dict(kind="money", low="50", high="50", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="DEM", unit=None),
            {"a DM50 note": "DM50"},
            family=F),
    Case.of(dict(kind="money", low="50", high="50", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="DEM", unit=None),
            {"a 50 D-mark note": "50 D-mark"},
            family=F),
    Case.of(dict(kind="money", low="2000000000", high="2000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="DEM", unit=None),
            {"a plan worth 2 billion Deutschmarks": "2 billion Deutschmarks"},
            family=F),
    Case.of(dict(kind="money", low="2000000000", high="2000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="DEM", unit=None),
            {"a plan worth DM 2 billion": "DM 2 billion"},
            family=F),
]

# ---- currencies: dollar named after the sign ---------------------------------------------------
F = "currencies: dollar named after the sign"
CASES += [
    Case.of(dict(kind="money", low="4000000000", high="4000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"a contract worth 4 billion US$": "4 billion US$"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="320000", high="320000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="CAD", unit=None),
            {"a house worth $320,000 Canadian": "$320,000 Canadian"},
            family=F),
    Case.of(dict(kind="money", low="40", high="40", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="CAD", unit=None),
            {"a ticket at $40 CAD": "$40 CAD"},
            family=F),
    Case.of(dict(kind="money", low="500", high="500", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="AUD", unit=None),
            {"a flight for $500 Australian": "$500 Australian"},
            family=F),
    Case.of(dict(kind="money", low="12000000", high="12000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="CAD", unit=None),
            {"a fine of $12 million (Canadian)": "$12 million (Canadian)"},
            family=F),
    Case.of(dict(kind="money", low="75", high="75", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="NZD", unit=None),
            {"a fee of $75 NZD": "$75 NZD"},
            family=F),
]

# ---- currencies: SFr ---------------------------------------------------------------------------
F = "currencies: SFr"
CASES += [
    Case.of(dict(kind="money", low="260000", high="260000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="CHF", unit=None),
            {"a salary of SFr 260,000": "SFr 260,000",
              "a salary of SFr260,000": "SFr260,000"},
            family=F),
    Case.of(dict(kind="money", low="260000", high="260000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="CHF", unit=None),
            {"a salary of 260,000 SFr": "260,000 SFr"},
            family=F),
    Case.of(dict(kind="money", low="2500000", high="2500000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="CHF", unit=None),
            {"a loan of SFr 2.5 million": "SFr 2.5 million"},
            family=F),
    Case.of(dict(kind="money", low="45", high="45", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="CHF", unit=None),
            {"an entry fee of Sfr 45": "Sfr 45"},
            family=F),
]

# ---- currencies: scale letters glued to a code -------------------------------------------------
F = "currencies: scale letters glued to a code"
CASES += [
    Case.of(dict(kind="money", low="85000000", high="85000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="EUR", unit=None),
            {"revenue of EUR85m": "EUR85m"},
            family=F),
    Case.of(dict(kind="money", low="4000000000", high="4000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"a debt of USD4bn": "USD4bn"},
            family=F),
    Case.of(dict(kind="money", low="45000000", high="45000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="GBP", unit=None),
            {"a GBP45m fine": "GBP45m"},
            family=F),
    Case.of(dict(kind="money", low="2500000000", high="2500000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"a USD 2.5bn buyback": "USD 2.5bn"},
            family=F),
    Case.of(dict(kind="money", low="65000000", high="65000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="EUR", unit=None),
            {"sales of 65MEUR": "65MEUR"},
            family=F),
    Case.of(dict(kind="money", low="300000000000", high="300000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="JPY", unit=None),
            {"a JPY300bn package": "JPY300bn"},
            family=F),
]

# ---- currencies: francs in a Swiss text (CHF) --------------------------------------------------
F = "currencies: francs in a Swiss text (CHF)"
CASES += [
    Case.of(dict(kind="money", low="85", high="85", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="CHF", unit=None),
            {"In Switzerland, a monthly pass costs 85 francs.": "85 francs"},
            family=F),
    Case.of(dict(kind="money", low="2000", high="2000", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="CHF", unit=None),
            {"Geneva rents average 2,000 francs.": "2,000 francs"},
            family=F),
    Case.of(dict(kind="money", low="1500000000", high="1500000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="CHF", unit=None),
            {"Bern released 1.5 billion francs for Swiss farmers.": "1.5 billion francs"},
            family=F),
    Case.of(dict(kind="money", low="900000000", high="900000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="CHF", unit=None),
            {"The Swiss railways ordered trains for 900 million francs.": "900 million francs"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="12000000", high="12000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="CHF", unit=None),
            {"The canton of Vaud approved a loan of 12 million francs.": "12 million francs"},
            family=F),
]

# ---- currencies: the locale applied to cents ---------------------------------------------------
F = "currencies: the locale applied to cents"
CASES += [
    Case.of(dict(kind="money", low="0.92", high="0.92", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="CAD", unit=None),
            {"A stamp costs 92 cents.": "92 cents"},
            family=F, lang="en-CA"),
    Case.of(dict(kind="money", low="0.05", high="0.05", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="CAD", unit=None),
            {"Gas went up 5 cents a litre.": "5 cents"},
            family=F, lang="en-CA"),
    Case.of(dict(kind="money", low="0.3", high="0.3", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="CAD", unit=None),
            {"Bread went up 30 cents.": "30 cents"},
            family=F, lang="en-CA"),
    Case.of(dict(kind="money", low="0.5", high="0.5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="CAD", unit=None),
            {"a fee of 50 cents per transaction": "50 cents"},
            family=F, lang="en-CA"),
    Case.of(dict(kind="money", low="0.2", high="0.2", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="AUD", unit=None),
            {"Milk rose 20 cents a litre.": "20 cents"},
            family=F, lang="en-AU"),
    Case.of(dict(kind="money", low="0.1", high="0.1", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="AUD", unit=None),
            {"a deposit of 10 cents per bottle": "10 cents"},
            family=F, lang="en-AU"),
]

# ---- currencies: adjacent prices kept apart ----------------------------------------------------
F = "currencies: adjacent prices kept apart"
SEVERAL += [
    Several("Tickets: $25 $40 $60.",
            [dict(kind="money", low="25", high="25", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$25"),
             dict(kind="money", low="40", high="40", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$40"),
             dict(kind="money", low="60", high="60", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$60")],
            family=F),
    Several("Menus at £19 £25 and £32.",
            [dict(kind="money", low="19", high="19", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="GBP", unit=None, text="£19"),
             dict(kind="money", low="25", high="25", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="GBP", unit=None, text="£25"),
             dict(kind="money", low="32", high="32", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="GBP", unit=None, text="£32")],
            family=F),
    Several("Prices €25 €40",
            [dict(kind="money", low="25", high="25", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="EUR", unit=None, text="€25"),
             dict(kind="money", low="40", high="40", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="EUR", unit=None, text="€40")],
            family=F),
    Several("Seats $10 $15 $20 this week.",
            [dict(kind="money", low="10", high="10", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$10"),
             dict(kind="money", low="15", high="15", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$15"),
             dict(kind="money", low="20", high="20", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$20")],
            family=F),
    Several("Passes: $4.50 $6 $8.",
            [dict(kind="money", low="4.5", high="4.5", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$4.50"),
             dict(kind="money", low="6", high="6", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$6"),
             dict(kind="money", low="8", high="8", low_inclusive=True, high_inclusive=True,
                  approximate=False, currency="USD", unit=None, text="$8")],
            family=F),
]

# ---- currencies: major and minor units together ------------------------------------------------
F = "currencies: major and minor units together"
CASES += [
    Case.of(dict(kind="money", low="9.4", high="9.4", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="USD", unit=None),
            {"The meal costs nine dollars and forty cents.": "nine dollars and forty cents"},
            family=F),
    Case.of(dict(kind="money", low="3.4", high="3.4", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="GBP", unit=None),
            {"The ticket costs £3 and 40p.": "£3 and 40p"},
            family=F),
    Case.of(dict(kind="money", low="10.05", high="10.05", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"The toll is ten dollars and five cents.": "ten dollars and five cents"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="9.4", high="9.4", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="USD", unit=None),
            {"The meal costs nine dollars forty.": "nine dollars forty"},
            family=F),
    Case.of(dict(kind="money", low="5.5", high="5.5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="GBP", unit=None),
            {"The pint costs five pounds fifty.": "five pounds fifty"},
            family=F),
    Case.of(dict(kind="money", low="2.3", high="2.3", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="EUR", unit=None),
            {"The coffee costs two euros and thirty cents.": "two euros and thirty cents"},
            family=F),
]

# ---- numbers: Swiss apostrophe groups ----------------------------------------------------------
F = "numbers: Swiss apostrophe groups"
CASES += [
    Case.of(dict(kind="number", low="17300", high="17300", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"The town has 17'300 residents.": "17'300",
              "The town has 17’300 residents.": "17’300"},
            family=F),
    Case.of(dict(kind="money", low="8500", high="8500", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="CHF", unit=None),
            {"a salary of CHF 8'500": "CHF 8'500"},
            family=F),
    Case.of(dict(kind="number", low="1250000", high="1250000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"The fair drew 1'250'000 visitors.": "1'250'000"},
            family=F),
    Case.of(dict(kind="quantity", low="3200", high="3200", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit="m"),
            {"a summit of 3’200 metres": "3’200 metres"},
            family=F),
    Case.of(dict(kind="number", low="45300", high="45300", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"a population of 45'300": "45'300"},
            family=F),
]

# ---- numbers: stacked scales multiply ----------------------------------------------------------
F = "numbers: stacked scales multiply"
GAPS += [
    Case.of(dict(kind="number", low="4000000000000", high="4000000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"a debt of four thousand billion": "four thousand billion"},
            family=F,
            reason="numbers: stacked scales multiply: engine gives 'four thousand billion' number 1000004000"),
    Case.of(dict(kind="number", low="5000000000000", high="5000000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"a debt of 5 thousand billion": "5 thousand billion"},
            family=F,
            reason="numbers: stacked scales multiply: engine gives '5 thousand' number 5000"),
]
CASES += [
    Case.of(dict(kind="money", low="1000000000000", high="1000000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"a plan of a thousand billion dollars": "a thousand billion dollars"},
            family=F),
    Case.of(dict(kind="number", low="10000000000", high="10000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"ten thousand million cells": "ten thousand million"},
            family=F),
    Case.of(dict(kind="money", low="2000000000000", high="2000000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="EUR", unit=None),
            {"two thousand billion euros of spending": "two thousand billion euros"},
            family=F),
    Case.of(dict(kind="number", low="1000000000000", high="1000000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"a million million stars": "a million million"},
            family=F),
]

# ---- numbers: spelled fractions ----------------------------------------------------------------
F = "numbers: spelled fractions"
CASES += [
    Case.of(dict(kind="number", low="0.75", high="0.75", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"three quarters of residents": "three quarters"},
            family=F),
    Case.of(dict(kind="number", low="0.875", high="0.875", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"seven eighths of the territory": "seven eighths"},
            family=F),
    Case.of(dict(kind="number", low="3.1", high="3.1", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"thirty-one tenths": "thirty-one tenths"},
            family=F),
    Case.of(dict(kind="number", low="0.03", high="0.03", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"three hundredths of a second": "three hundredths"},
            family=F),
    Case.of(dict(kind="number", low="0.4", high="0.4", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"two fifths of voters": "two fifths"},
            family=F),
    Case.of(dict(kind="number", low="0.9", high="0.9", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"nine tenths of the population": "nine tenths"},
            family=F),
]
CASES += [
    Case.of(dict(kind="number", low="0.04", high="0.04", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"one twenty-fifth of the budget": "one twenty-fifth"},
            family=F),
]

# ---- numbers: powers ---------------------------------------------------------------------------
F = "numbers: powers"
CASES += [
    Case.of(dict(kind="number", low="602000000000000000000000", high="602000000000000000000000",
                 low_inclusive=True, high_inclusive=True, approximate=False, currency=None,
                 unit=None),
            {"a total of 6.02e23 molecules": "6.02e23"},
            family=F),
]
CASES += [
    Case.of(dict(kind="number", low="0.00000000048", high="0.00000000048", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"a charge of 4.8x10^-10": "4.8x10^-10"},
            family=F),
    Case.of(dict(kind="number", low="32", high="32", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"The result is 2^5.": "2^5"},
            family=F),
    Case.of(dict(kind="number", low="1000000", high="1000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"a factor of 10^6": "10^6"},
            family=F),
    Case.of(dict(kind="number", low="2500", high="2500", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"a value of 2.5 × 10^3": "2.5 × 10^3"},
            family=F),
    Case.of(dict(kind="number", low="1000000000", high="1000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"a gain of 10 to the power of 9": "10 to the power of 9"},
            family=F),
]

# ---- numbers: digits with scale words ----------------------------------------------------------
F = "numbers: digits with scale words"
CASES += [
    Case.of(dict(kind="number", low="6200", high="6200", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"6 thousand 2 hundred marchers": "6 thousand 2 hundred"},
            family=F),
    Case.of(dict(kind="number", low="2500000", high="2500000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"2 million 500 thousand residents": "2 million 500 thousand"},
            family=F),
    Case.of(dict(kind="money", low="1300000000", high="1300000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"1 billion 300 million dollars": "1 billion 300 million dollars"},
            family=F),
    Case.of(dict(kind="number", low="4250", high="4250", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"4 thousand 250 voters": "4 thousand 250"},
            family=F),
    Case.of(dict(kind="number", low="750", high="750", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"7 hundred and 50 jobs": "7 hundred and 50"},
            family=F),
]

# ---- numbers: year-like counts after a hedge ---------------------------------------------------
F = "numbers: year-like counts after a hedge"
CASES += [
    Case.of(dict(kind="number", low="2000", high="2000", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit=None),
            {'The pollster surveyed nearly 2000 voters.': 'nearly 2000'},
            family=F),
    Case.of(dict(kind="number", low="1800", high="1800", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit=None),
            {'Some 1800 workers are affected by the plan.': 'Some 1800'},
            family=F),
    Case.of(dict(kind="number", low="2000", high="2000", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit=None),
            {'Around 2000 protesters marched on Saturday.': 'Around 2000'},
            family=F),
    Case.of(dict(kind="number", low="1600", high="1600", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit=None),
            {'The site draws roughly 1600 visitors a day.': 'roughly 1600'},
            family=F),
    Case.of(dict(kind="number", low="1900", high="1900", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit=None),
            {'Approximately 1900 homes will be built.': 'Approximately 1900'},
            family=F),
]

# ---- numbers: plain points of an index, a match, an agenda -------------------------------------
F = "numbers: plain points of an index, a match, an agenda"
CASES += [
    Case.of(dict(kind="number", low="310", high="310", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {'The Dow Jones index gained 310 points on Friday.': '310'},
            family=F),
    Case.of(dict(kind="number", low="120", high="120", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {'The Nasdaq lost 120 points in early trading.': '120'},
            family=F),
    Case.of(dict(kind="number", low="6", high="6", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {'The club now holds a 6 points lead in the standings.': '6'},
            family=F),
    Case.of(dict(kind="number", low="2", high="2", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"Two points were added to the council's agenda.": 'Two'},
            family=F),
    Case.of(dict(kind="number", low="45", high="45", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {'The FTSE 100 rose 45 points.': '45'},
            family=F),
]

# ---- numbers: dozens ---------------------------------------------------------------------------
F = "numbers: dozens"
CASES += [
    Case.of(dict(kind="number", low="36", high="36", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"3 dozen oysters": "3 dozen"},
            family=F),
]
CASES += [
    Case.of(dict(kind="number", low="48", high="48", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"four dozen bagels": "four dozen"},
            family=F),
    Case.of(dict(kind="number", low="24", high="24", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"two dozen roses": "two dozen"},
            family=F),
    Case.of(dict(kind="number", low="6", high="6", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency=None, unit=None),
            {"half a dozen countries": "half a dozen"},
            family=F),
    Case.of(dict(kind="number", low="18", high="18", low_inclusive=True, high_inclusive=True,
                 approximate=True, currency=None, unit=None),
            {"a dozen and a half eggs": "a dozen and a half"},
            family=F),
    Case.of(dict(kind="number", low="60", high="60", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"five dozen bottles": "five dozen"},
            family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'numbers: dozens'
CASES += [
    Case(dict(kind='number', low='48', high='48', approximate=False),
         ['She bought four dozen eggs.', 'She bought 4 dozen eggs.', 'Four dozen eggs were sold.', 'She ordered four dozens of roses.', 'She bought four dozen.', 'She bought four dz eggs.'],
         family=F),
]

# ---- numbers: hyphenated compounds -------------------------------------------------------------
F = "numbers: hyphenated compounds"
CASES += [
    Case.of(dict(kind="quantity", low="3", high="5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="year"),
            {"a 3- to 5-year sentence": "3- to 5-year"},
            family=F),
]
CASES += [
    Case.of(dict(kind="money", low="3400000000", high="3400000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"a 3.4-billion-dollar plan": "3.4-billion-dollar"},
            family=F),
    Case.of(dict(kind="quantity", low="6", high="14", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="km"),
            {"a 6- to 14-kilometre trail": "6- to 14-kilometre"},
            family=F),
    Case.of(dict(kind="quantity", low="40", high="40", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="t"),
            {"a 40-tonne truck": "40-tonne"},
            family=F),
    Case.of(dict(kind="money", low="300000000", high="300000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="EUR", unit=None),
            {"a 300-million-euro contract": "300-million-euro"},
            family=F),
    Case.of(dict(kind="quantity", low="10", high="10", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="km"),
            {"a 10-kilometre run": "10-kilometre"},
            family=F),
    Case.of(dict(kind="quantity", low="12", high="12", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="mi"),
            {"a 12-mile stretch": "12-mile"},
            family=F),
]

# ---- numbers: negative words -------------------------------------------------------------------
F = "numbers: negative words"
CASES += [
    Case.of(dict(kind="quantity", low="-15", high="-15", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="°F"),
            {"a low of minus fifteen degrees Fahrenheit": "minus fifteen degrees Fahrenheit"},
            family=F),
]
CASES += [
    Case.of(dict(kind="percent", low="-1.8", high="-1.8", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"growth of negative 1.8 percent": "negative 1.8 percent"},
            family=F),
    Case.of(dict(kind="quantity", low="-5", high="-5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="°C"),
            {"It was minus 5 degrees Celsius.": "minus 5 degrees Celsius"},
            family=F),
    Case.of(dict(kind="quantity", low="-12", high="-12", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="°C"),
            {"Overnight it fell to minus 12°C.": "minus 12°C"},
            family=F),
    Case.of(dict(kind="percent", low="-0.4", high="-0.4", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"a return of minus 0.4%": "minus 0.4%"},
            family=F),
    Case.of(dict(kind="money", low="-2000000000", high="-2000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"a balance of minus $2 billion": "minus $2 billion"},
            family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'numbers: negative words'
CASES += [
    Case(dict(kind='percent', low='-2.4', high='-2.4'),
         ['Growth was negative 2.4 percent.', 'Growth was negative 2.4%.', 'Growth was minus 2.4%.', 'Growth came in at minus 2.4 per cent.', 'Growth was Negative 2.4 percent.', 'Growth was minus 2.4 pct.'],
         family=F),
    Case(dict(kind='quantity', low='-40', high='-40', unit='°C'),
         ['It fell to minus 40 degrees Celsius.', 'It fell to minus 40 °C.', 'It fell to minus 40 C.', 'It fell to negative 40 °C.', 'It fell to minus 40°C.'],
         family=F),
]

# ---- numbers: slash between two figures with a unit --------------------------------------------
F = "numbers: slash between two figures with a unit"
CASES += [
    Case.of(dict(kind="quantity", low="29", high="32", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="°C"),
            {"Highs of 29/32°C are expected.": "29/32°C"},
            family=F),
    Case.of(dict(kind="quantity", low="80", high="100", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="km/h"),
            {"gusts of 80/100 km/h": "80/100 km/h"},
            family=F),
    Case.of(dict(kind="money", low="900", high="950", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency="GBP", unit=None),
            {"rents of £900/950": "£900/950"},
            family=F),
    Case.of(dict(kind="quantity", low="4", high="5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="m"),
            {"waves of 4/5 metres": "4/5 metres"},
            family=F),
    Case.of(dict(kind="percent", low="20", high="25", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"a discount of 20/25%": "20/25%"},
            family=F),
    Case.of(dict(kind="quantity", low="60", high="65", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="°F"),
            {"lows of 60/65 °F": "60/65 °F"},
            family=F),
]

# ---- numbers: spoken decimals ------------------------------------------------------------------
F = "numbers: spoken decimals"
CASES += [
    Case.of(dict(kind="percent", low="2.5", high="2.5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"two point five percent": "two point five percent"},
            family=F),
    Case.of(dict(kind="number", low="0.8", high="0.8", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit=None),
            {"an index of zero point eight": "zero point eight"},
            family=F),
    Case.of(dict(kind="quantity", low="6.4", high="6.4", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="km"),
            {"a loop of six point four kilometres": "six point four kilometres"},
            family=F),
]
CASES += [
    Case.of(dict(kind="number", low="5300000", high="5300000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit=None),
            {"five point three million subscribers": "five point three million"},
            family=F),
    Case.of(dict(kind="money", low="3200000000", high="3200000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"three point two billion dollars": "three point two billion dollars"},
            family=F),
]

# ---- numbers: compound durations ---------------------------------------------------------------
F = "numbers: compound durations"
CASES += [
    Case.of(dict(kind="quantity", low="3.5", high="3.5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="year"),
            {"He was jailed for three and a half years.": "three and a half years"},
            family=F),
    Case.of(dict(kind="quantity", low="2.5", high="2.5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="h"),
            {"a wait of two and a half hours": "two and a half hours"},
            family=F),
]
GAPS += [
    Case.of(dict(kind="quantity", low="2.75", high="2.75", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit="h"),
            {"a film of 2 hr 45 min": "2 hr 45 min"},
            family=F,
            reason="numbers: compound durations: engine gives '2' number 2; '45 min' quantity 45 min"),
    Case.of(dict(kind="quantity", low="1.5", high="1.5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="h"),
            {"The drive takes 1h30.": "1h30"},
            family=F,
            reason="numbers: compound durations: engine gives nothing"),
]
CASES += [
    Case.of(dict(kind="quantity", low="2.25", high="2.25", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit="h"),
            {"The flight takes 2 hours 15 minutes.": "2 hours 15 minutes"},
            family=F),
    Case.of(dict(kind="quantity", low="1.5", high="1.5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="h"),
            {"an hour and a half of travel": "an hour and a half"},
            family=F),
    Case.of(dict(kind="quantity", low="1.5", high="1.5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="year"),
            {"a year and a half of works": "a year and a half"},
            family=F),
]

# ---- numbers: half a point ---------------------------------------------------------------------
F = "numbers: half a point"
CASES += [
    Case.of(dict(kind="percent", low="1.5", high="1.5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="pp"),
            {"a fall of one and a half percentage points": "one and a half percentage points"},
            family=F),
]
CASES += [
    Case.of(dict(kind="percent", low="0.5", high="0.5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="pp"),
            {"The Fed cut rates by half a point.": "half a point",
              "a rise of half a percentage point": "half a percentage point"},
            family=F),
    Case.of(dict(kind="percent", low="0.25", high="0.25", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit="pp"),
            {"a cut of a quarter of a percentage point": "a quarter of a percentage point",
              "a quarter-point cut": "quarter-point"},
            family=F),
    Case.of(dict(kind="percent", low="0.5", high="0.5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="pp"),
            {"a half-point rise": "half-point"},
            family=F),
]

# ---- units: temperatures without a glued sign --------------------------------------------------
F = "units: temperatures without a glued sign"
CASES += [
    Case.of(dict(kind="quantity", low="9", high="9", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="°C"),
            {"lows of 9 C overnight": "9 C"},
            family=F),
    Case.of(dict(kind="quantity", low="43", high="43", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="°C"),
            {"a peak of 43 ° celsius": "43 ° celsius"},
            family=F),
    Case.of(dict(kind="quantity", low="425", high="425", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="°F"),
            {"an oven set to 425 Fahrenheit": "425 Fahrenheit"},
            family=F),
    Case.of(dict(kind="quantity", low="38", high="38", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="°C"),
            {"It hit 38° Celsius in Seville.": "38° Celsius"},
            family=F),
    Case.of(dict(kind="quantity", low="95", high="95", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="°F"),
            {"a high of 95 F in Phoenix": "95 F"},
            family=F),
    Case.of(dict(kind="quantity", low="220", high="220", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="°C"),
            {"Bake at 220 degrees C.": "220 degrees C"},
            family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'units: temperatures without a glued sign'
CASES += [
    Case(dict(kind='quantity', low='12', high='12', unit='°C'),
         ['Lows of 12 C are expected.', 'Lows of 12 Celsius are expected.', 'Lows of 12 ° C are expected.', 'Lows of 12 degrees celsius are expected.', 'Lows of 12°C are expected.'],
         family=F),
    Case(dict(kind='quantity', low='410', high='410', unit='°F'),
         ['Bake at 410 Fahrenheit.', 'Bake at 410 F.', 'Bake at 410 ° F.', 'Bake at 410 degrees Fahrenheit.', 'Bake at 410 fahrenheit.'],
         family=F),
]

# ---- units: imperial ---------------------------------------------------------------------------
F = "units: imperial"
CASES += [
    Case.of(dict(kind="quantity", low="8", high="8", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="in"),
            {"eight inches of rain": "eight inches"},
            family=F),
    Case.of(dict(kind="quantity", low="10", high="10", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="gal"),
            {"a tank of 10 gallons": "10 gallons"},
            family=F),
    Case.of(dict(kind="quantity", low="16", high="16", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="oz"),
            {"a bottle of 16 ounces": "16 ounces"},
            family=F),
    Case.of(dict(kind="quantity", low="180", high="180", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="lb"),
            {"He weighs 180 pounds.": "180 pounds"},
            family=F),
    Case.of(dict(kind="quantity", low="30", high="30", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="ft"),
            {"a wave of 30 feet": "30 feet"},
            family=F),
    Case.of(dict(kind="quantity", low="100", high="100", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="yd"),
            {"a run of 100 yards": "100 yards"},
            family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'units: imperial'
CASES += [
    Case(dict(kind='quantity', low='7', unit='in'),
         ['He grew seven inches.', 'He grew 7 inches.', 'Rain totals reached 7 inches.', 'a rise of seven inches', 'The snow was 7 inches deep.'],
         family=F),
]

# ---- units: metric spellings and prefixes ------------------------------------------------------
F = "units: metric spellings and prefixes"
CASES += [
    Case.of(dict(kind="quantity", low="40", high="40", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="cm"),
            {"a layer of 40 centimetres": "40 centimetres"},
            family=F),
    Case.of(dict(kind="quantity", low="33", high="33", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="cl"),
            {"a can of 33 cl": "33 cl"},
            family=F),
    Case.of(dict(kind="quantity", low="500", high="500", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="mg"),
            {"a 500 mg tablet": "500 mg"},
            family=F),
    Case.of(dict(kind="quantity", low="25", high="25", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="km"),
            {"a detour of 25 kms": "25 kms"},
            family=F),
    Case.of(dict(kind="quantity", low="2", high="2", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="Mt"),
            {"2 Mt of CO2 avoided": "2 Mt"},
            family=F),
    Case.of(dict(kind="quantity", low="5", high="5", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="nm"),
            {"chips made at 5 nanometers": "5 nanometers"},
            family=F),
    Case.of(dict(kind="quantity", low="40", high="40", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="kt"),
            {"a yield of 40 kilotonnes": "40 kilotonnes"},
            family=F),
    Case.of(dict(kind="quantity", low="12", high="12", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="mg"),
            {"12 milligrams of caffeine": "12 milligrams"},
            family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'units: metric spellings and prefixes'
CASES += [
    Case(dict(kind='quantity', low='3', unit='nm'),
         ['a 3 nanometers process', 'a 3 nm process', 'a 3 nanometres chip', 'It measures 3 nanometers.', 'It measures 3 nm.'],
         family=F),
]

# ---- units: rates ------------------------------------------------------------------------------
F = "units: rates"
CASES += [
    Case.of(dict(kind="quantity", low="200", high="200", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="km/h"),
            {"a train running at 200 kilometres per hour": "200 kilometres per hour"},
            family=F),
    Case.of(dict(kind="quantity", low="120", high="120", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="km/h"),
            {"a limit of 120 km an hour": "120 km an hour"},
            family=F),
    Case.of(dict(kind="quantity", low="70", high="70", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="mph"),
            {"a speed of 70 miles per hour": "70 miles per hour"},
            family=F),
    Case.of(dict(kind="quantity", low="20", high="20", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="m/s"),
            {"winds of 20 metres per second": "20 metres per second"},
            family=F),
    Case.of(dict(kind="quantity", low="30", high="30", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="kn"),
            {"gusts of 30 knots": "30 knots"},
            family=F),
    Case.of(dict(kind="quantity", low="65", high="65", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="mph"),
            {"a limit of 65 mph": "65 mph"},
            family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'units: rates'
CASES += [
    Case(dict(kind='quantity', low='200', unit='km/h'),
         ['The train reached 200 kilometres per hour.', 'The train reached 200 km/h.', 'The train reached 200 kph.', 'The train reached 200 kilometers an hour.', 'The train reached 200 kilometers per hour.'],
         family=F),
]

# ---- units: an approximate noun or a fraction naming its unit ----------------------------------
F = "units: an approximate noun or a fraction naming its unit"
CASES += [
    Case.of(dict(kind="quantity", low="12", high="12", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit="day"),
            {'The works lasted a dozen days.': 'a dozen days'},
            family=F),
    Case.of(dict(kind="quantity", low="12", high="12", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit="mi"),
            {'They drove a dozen miles.': 'a dozen miles'},
            family=F),
    Case.of(dict(kind="quantity", low="12", high="12", low_inclusive=True,
                 high_inclusive=True, approximate=True, currency=None, unit="h"),
            {'The trip took a dozen hours.': 'a dozen hours'},
            family=F),
    Case.of(dict(kind="money", low="12", high="120", low_inclusive=True,
                 high_inclusive=False, approximate=True, currency="USD", unit=None),
            {'Tickets cost dozens of dollars.': 'dozens of dollars'},
            family=F),
]
GAPS += [
    Case.of(dict(kind="quantity", low="0.75", high="0.75", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit="h"),
            {"They walked three quarters of an hour.": "three quarters of an hour"},
            family=F,
            reason="units: an approximate noun or a fraction naming its unit: engine gives "
                   "'three quarters' number 0.75 ('of an' before the unit not read)"),
    Case.of(dict(kind="quantity", low="0.5", high="0.5", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency=None, unit="h"),
            {"The bus came half an hour late.": "half an hour"},
            family=F,
            reason="units: an approximate noun or a fraction naming its unit: engine gives "
                   "'half' number 0.5"),
]

# ---- not mentions: clock times -----------------------------------------------------------------
F = "not mentions: clock times"
NOTHING += [
    Nothing(["The office is open from 9am to 5pm.",
             "The meeting starts at 8.30pm sharp."], family=F),
    Nothing(["The train leaves at 16:45."], family=F),
]
NOTHING += [
    Nothing(["The shop opens at 5 AM on weekdays."], family=F),
    Nothing(["Everyone must leave by 11 o'clock."], family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'not mentions: clock times'
NOTHING += [
    Nothing(['The meeting is at 4 AM.', 'Doors open at 7 pm.', 'The call starts at 9 am sharp.', 'Lunch is at 12 PM.', 'It ended at 11 P.M.'],
            family=F),
]

# ---- not mentions: dates and date ranges -------------------------------------------------------
F = "not mentions: dates and date ranges"
NOTHING += [
    Nothing(["The parade on 14 July was cancelled.",
             "The fair is held between 10 and 12 June.",
             "The letter is dated 3/4/2024.",
             "Strikes are planned from May 2 to May 9."], family=F),
]
NOTHING += [
    Nothing(["The festival runs April 8-10."], family=F),
]

# dates in words
NOTHING += [
    Nothing(['The ceremony was held on Twenty-Three March.', 'We met on March twenty-second.', 'The vote is on the twenty-third of March.', 'It opened on Twelve June.', 'The deal was signed on Thirty-One December.'],
            family=F),
]

# ---- not mentions: ordinals in words -----------------------------------------------------------
F = "not mentions: ordinals in words"
NOTHING += [
    Nothing(["It failed for the hundredth time."], family=F),
    Nothing(["The shop welcomed its thousandth customer."], family=F),
]
NOTHING += [
    Nothing(["She finished thirty-fourth in the race."], family=F),
    Nothing(["He was the forty-first president."], family=F),
    Nothing(["The twenty-fifth anniversary was marked quietly."], family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'not mentions: ordinals in words'
NOTHING += [
    Nothing(['The thirty-second floor.', 'The twenty-first century.', 'Their forty-fifth anniversary.', 'The ninety-ninth time.', 'The sixty-third edition.'],
            family=F),
]

# ---- not mentions: phone and service numbers ---------------------------------------------------
F = "not mentions: phone and service numbers"
NOTHING += [
    Nothing(["Readers can call (312) 555-0188 for help."], family=F),
    Nothing(["In an emergency, dial 911."], family=F),
    Nothing(["Call 999 if you see the suspect."], family=F),
    Nothing(["The free line is 0800 52 61 90."], family=F),
    Nothing(["Patients should call 111 first."], family=F),
]

# ---- not mentions: product, event and version names --------------------------------------------
F = "not mentions: product, event and version names"
NOTHING += [
    Nothing(["The Windows 10 update is out."], family=F),
    Nothing(["The airline took delivery of an Airbus A350.",
             "The PlayStation 5 is still scarce.",
             "The Galaxy S24 launches next week."], family=F),
]
NOTHING += [
    Nothing(["The iPhone 14 goes on sale today."], family=F),
    Nothing(["COP29 opened in Baku."], family=F),
]

# merged from the former tests/corpus/families.py (one table scheme)
F = 'not mentions: product, event and version names'
NOTHING += [
    Nothing(['COP28 opened in Dubai.', 'The iPhone 15 sold out.', 'She plays on a PlayStation 5.', 'Microsoft shipped Windows 11 today.'],
            family=F),
]

# ---- not mentions: names do not set the currency (COP28) ---------------------------------------
F = "not mentions: names do not set the currency (COP28)"
CASES += [
    Case.of(dict(kind="money", low="100000000000", high="100000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"At COP29, rich nations promised $100 billion.": "$100 billion"},
            family=F),
    Case.of(dict(kind="money", low="700000000", high="700000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"COP28 launched a $700 million fund.": "$700 million"},
            family=F),
    Case.of(dict(kind="money", low="85000000000", high="85000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"Pledges made at COP28 reached 85 billion dollars.": "85 billion dollars"},
            family=F),
    Case.of(dict(kind="money", low="30000000000", high="30000000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"At COP 28 the Emirates announced a $30 billion fund.": "$30 billion"},
            family=F),
    Case.of(dict(kind="money", low="420000000", high="420000000", low_inclusive=True,
                 high_inclusive=True, approximate=False, currency="USD", unit=None),
            {"After COP28, Dubai paid $420 million into the loss and damage fund.": "$420 million"},
            family=F),
]

# ---- not mentions: sports scores ---------------------------------------------------------------
F = "not mentions: sports scores"
NOTHING += [
    Nothing(["Leicester beat Bath 34-19."], family=F),
    Nothing(["A 3-1 win over Leeds."], family=F),
    Nothing(["The match ended in a 1-1 draw."], family=F),
    Nothing(["She won 6-4, 6-3."], family=F),
    Nothing(["The Lakers lost 98-102 in overtime."], family=F),
]

# ---- not mentions: notes and identifiers -------------------------------------------------------
F = "not mentions: notes and identifiers"
NOTHING += [
    Nothing(["The exhibit is No. II-45.",
             "Case no. 4471 was closed."], family=F),
]
NOTHING += [
    Nothing(["See note [7] at the end."], family=F),
    Nothing(["See footnote 12 below."], family=F),
    Nothing(["The letter bears ref. 5532."], family=F),
]


# ==== issue 11, English helper (branch s11en): more phrasings of the families above ====
NO = dict(currency=None, unit=None)
POINT = dict(NO, low_inclusive=True, high_inclusive=True, approximate=False)
APPROX_ = dict(POINT, approximate=True)
MORE_THAN_ = dict(NO, high=None, low_inclusive=False, high_inclusive=False, approximate=True)
UP_TO_ = dict(NO, low="0", low_inclusive=True, high_inclusive=True, approximate=True)
OPEN_BELOW = dict(kind="number", low=None, low_inclusive=False, high_inclusive=False,
                  approximate=True)

# ---- bounds: threshold verbs and nouns (every form: passing, crossing, eclipse) ----------------
F = "bounds: threshold verbs and nouns"
CASES += [
    Case.of(dict(MORE_THAN_, kind="number", low="2000000"),
            {"Subscriptions are passing 2 million this spring.": "2 million"}, family=F),
    Case.of(dict(MORE_THAN_, kind="money", low="1000000000000", currency="USD"),
            {"The company's value could eclipse $1 trillion next year.": "$1 trillion"}, family=F),
    Case.of(dict(MORE_THAN_, kind="quantity", low="35", unit="°C"),
            {"Temperatures are crossing 35°C in the south.": "35°C"}, family=F),
    Case.of(dict(MORE_THAN_, kind="number", low="500000"),
            {"Ticket sales, passing 500,000 on Friday, broke the record.": "500,000"}, family=F),
    Case.of(dict(MORE_THAN_, kind="percent", low="4"),
            {"Inflation may outstrip 4% this year.": "4%"}, family=F),
]

# ---- bounds: open side of a bare figure (bare figures set against each other) ---------------------
F = "bounds: open side of a bare figure"
SEVERAL += [
    Several("The value must be more than 20 and less than 80, not less than 10.",
            [dict(kind="number", low="20", high="80", low_inclusive=False, high_inclusive=False,
                  text="more than 20 and less than 80"),
             dict(kind="number", low="10", high=None, low_inclusive=True,
                  text="not less than 10")],
            family=F),
    Several("A reading of 3 or less than 3 is normal.",
            [dict(kind="number", low="3", high="3", text="3"),
             dict(OPEN_BELOW, high="3", text="less than 3")], family=F),
    Several("Choose a number equal to 7 or less than 7.",
            [dict(kind="number", low="7", high="7", text="equal to 7"),
             dict(OPEN_BELOW, high="7", text="less than 7")], family=F),
    Several("Below 40 and above 60 are both outside the band.",
            [dict(OPEN_BELOW, high="40", text="Below 40"),
             dict(MORE_THAN_, kind="number", low="60", text="above 60")], family=F),
    Several("Up to 12 is fine; more than 12 is not.",
            [dict(kind="number", low=None, high="12", low_inclusive=False, high_inclusive=True,
                  approximate=True, text="Up to 12"),
             dict(MORE_THAN_, kind="number", low="12", text="more than 12")], family=F),
]

# ---- hedges: multi-word (and verbs of approach) --------------------------------------------------
F = "hedges: multi-word"
CASES += [
    Case.of(dict(APPROX_, kind="quantity", low="120", high="120", unit="°F"),
            {"Temperatures approached 120 degrees on Sunday.": "120 degrees"}, family=F),
    Case.of(dict(APPROX_, kind="money", low="2000000000", high="2000000000", currency="USD"),
            {"Its debt is nearing $2 billion.": "$2 billion"}, family=F),
    Case.of(dict(APPROX_, kind="number", low="10000", high="10000"),
            {"The crowd was approaching 10,000 by noon.": "10,000"}, family=F),
    Case.of(dict(APPROX_, kind="percent", low="6", high="6"),
            {"Mortgage rates neared 6% last week.": "6%"}, family=F),
    Case.of(dict(APPROX_, kind="number", low="300", high="300"),
            {"in the vicinity of 300 jobs": "in the vicinity of 300"}, family=F),
]
NOTHING += [
    # "near" modifies what follows an article, not the figure: no hedge, no figure here
    Nothing(["Oil traded near a record on Monday."], family=F),
]

# ---- bounds: formula comparatives (higher than, lower than, upto) ----------------------------------
F = "bounds: formula comparatives"
CASES += [
    Case.of(dict(MORE_THAN_, kind="number", low="0.25"),
            {"The share is higher than one in four.": "higher than one in four"}, family=F),
    Case.of(dict(MORE_THAN_, kind="percent", low="3"),
            {"Growth came in higher than 3%.": "higher than 3%"}, family=F),
    Case.of(dict(kind="percent", low=None, high="2", low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit=None),
            {"Inflation stayed lower than 2%.": "lower than 2%"}, family=F),
    Case.of(dict(UP_TO_, kind="money", high="5000", currency="INR"),
            {"A loan upto Rs 5,000 is allowed.": "upto Rs 5,000"}, family=F),
    Case.of(dict(UP_TO_, kind="money", high="300", currency="GBP"),
            {"Fines of upto £300 apply.": "upto £300"}, family=F),
]

# ---- written once: change verb far before from X to Y (a list of changes) --------------------------
F = "written once: change verb far before from X to Y"
SEVERAL += [
    Several("The increases are £9.10 to £9.40 for adults; from £7.00 to £7.25 for apprentices.",
            [dict(POINT, kind="money", low="9.1", high="9.1", currency="GBP", text="£9.10"),
             dict(POINT, kind="money", low="9.4", high="9.4", currency="GBP", text="£9.40"),
             dict(POINT, kind="money", low="7", high="7", currency="GBP", text="£7.00"),
             dict(POINT, kind="money", low="7.25", high="7.25", currency="GBP", text="£7.25")],
            family=F),
    Several("Fares rose from $2 to $3 on buses, from $4 to $5 on trains.",
            [dict(POINT, kind="money", low="2", high="2", currency="USD", text="$2"),
             dict(POINT, kind="money", low="3", high="3", currency="USD", text="$3"),
             dict(POINT, kind="money", low="4", high="4", currency="USD", text="$4"),
             dict(POINT, kind="money", low="5", high="5", currency="USD", text="$5")],
            family=F),
    Several("Rates increased from 2% to 3% in May; from 3% to 4% in June.",
            [dict(POINT, kind="percent", low="2", high="2", text="2%"),
             dict(POINT, kind="percent", low="3", high="3", text="3%"),
             dict(POINT, kind="percent", low="3", high="3", text="3%"),
             dict(POINT, kind="percent", low="4", high="4", text="4%")],
            family=F),
    Several("Decreases are 5% to 4% for small firms; from 8% to 6% for large ones.",
            [dict(POINT, kind="percent", low="5", high="5", text="5%"),
             dict(POINT, kind="percent", low="4", high="4", text="4%"),
             dict(POINT, kind="percent", low="8", high="8", text="8%"),
             dict(POINT, kind="percent", low="6", high="6", text="6%")],
            family=F),
    # a range after a change in the same sentence stays a range when no clause opens it
    Several("Sales rose from 3 to 5 million, while prices ranged from 10 to 20 dollars.",
            [dict(POINT, kind="number", low="3000000", high="3000000", text="3"),
             dict(POINT, kind="number", low="5000000", high="5000000", text="5 million"),
             dict(kind="money", low="10", high="20", currency="USD", text="10 to 20 dollars")],
            family=F),
]

# ---- numbers: spelled fractions (tens and an ordinal, written apart or hyphenated) -----------------
F = "numbers: spelled fractions"
CASES += [
    Case.of(dict(POINT, kind="number", low="0.1428571428571428571428571429",
                 high="0.1428571428571428571428571429"),
            {"three twenty firsts": "three twenty firsts"}, family=F),
    Case.of(dict(POINT, kind="number", low="0.04761904761904761904761904762",
                 high="0.04761904761904761904761904762"),
            {"a twenty-first of the pie": "a twenty-first"}, family=F),
    Case.of(dict(POINT, kind="number", low="0.8", high="0.8"),
            {"twenty twenty fifths": "twenty twenty fifths"}, family=F),
    Case.of(dict(POINT, kind="number", low="0.1", high="0.1"),
            {"one tenth of the vote": "one tenth"}, family=F),
    Case.of(dict(POINT, kind="number", low="0.05", high="0.05"),
            {"one twentieth of the budget": "one twentieth"}, family=F),
]
NOTHING += [
    Nothing(["a thirty-second spot", "the twenty-first day", "on the forty-first floor"],
            family=F),
]

# ---- numbers: spoken decimals (a decimal part in hyphenated tens) -----------------------------------
F = "numbers: spoken decimals"
CASES += [
    Case.of(dict(POINT, kind="number", low="200.71", high="200.71"),
            {"two hundred point seventy-one": "two hundred point seventy-one"}, family=F),
    Case.of(dict(POINT, kind="number", low="3.14", high="3.14"),
            {"three point one four": "three point one four"}, family=F),
    Case.of(dict(POINT, kind="percent", low="12.25", high="12.25"),
            {"twelve point twenty-five percent": "twelve point twenty-five percent"}, family=F),
    Case.of(dict(POINT, kind="number", low="9.99", high="9.99"),
            {"nine point ninety-nine": "nine point ninety-nine"}, family=F),
    Case.of(dict(POINT, kind="number", low="40.5", high="40.5"),
            {"forty point five": "forty point five"}, family=F),
]

# ---- numbers: digits with scale words (every part added) --------------------------------------------
F = "numbers: digits with scale words"
CASES += [
    Case.of(dict(POINT, kind="number", low="4321", high="4321"),
            {"4 thousand 3 hundred and 21 is a valid number": "4 thousand 3 hundred and 21"},
            family=F),
    Case.of(dict(POINT, kind="number", low="2500000", high="2500000"),
            {"2 million 500 thousand people": "2 million 500 thousand"}, family=F),
    Case.of(dict(POINT, kind="money", low="750", high="750", currency="USD"),
            {"7 hundred and 50 dollars": "7 hundred and 50 dollars"}, family=F),
    Case.of(dict(POINT, kind="number", low="1250", high="1250"),
            {"1 thousand 2 hundred and 50 seats": "1 thousand 2 hundred and 50"}, family=F),
    Case.of(dict(POINT, kind="number", low="6200", high="6200"),
            {"6 thousand 2 hundred seats": "6 thousand 2 hundred"}, family=F),
]

# ---- bounds: age groups (glued to their bound; tables of ages) --------------------------------------
F = "bounds: age groups"
CASES += [
    Case.of(dict(MORE_THAN_, kind="quantity", low="21", unit="year"),
            {"The rate applies to all over-21s.": "over-21"}, family=F),
    Case.of(dict(kind="quantity", low=None, high="18", low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit="year"),
            {"a lower rate for under-18s": "under-18"}, family=F),
    Case.of(dict(MORE_THAN_, kind="quantity", low="65", unit="year"),
            {"Free travel for the over-65s ends.": "over-65"}, family=F),
    Case.of(dict(kind="quantity", low=None, high="5", low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit="year"),
            {"Vaccines for under-5s are free.": "under-5"}, family=F),
    Case.of(dict(kind="quantity", low="25", high=None, low_inclusive=True, high_inclusive=False,
                 approximate=True, currency=None, unit="year"),
            {"Rates for those aged 25 and over, from April": "25 and over"}, family=F),
]
SEVERAL += [
    Several("Age 21 – 24: £7.70 Age 18 – 20: £6.15",
            [dict(kind="quantity", low="21", high="24", unit="year", text="21 – 24"),
             dict(kind="money", low="7.7", high="7.7", currency="GBP", text="£7.70"),
             dict(kind="quantity", low="18", high="20", unit="year", text="18 – 20"),
             dict(kind="money", low="6.15", high="6.15", currency="GBP", text="£6.15")],
            family=F),
]
NOTHING += [
    Nothing(["A Covid-19s test", "a B-52s concert"], family=F),
]

# ---- numbers: percent written before the figure ----------------------------------------------------
F = "numbers: percent written before the figure"
CASES += [
    Case.of(dict(POINT, kind="percent", low="10", high="10"),
            {"percent of 10": "percent of 10"}, family=F),
    Case.of(dict(POINT, kind="percent", low="210", high="210"),
            {"per cent of 210": "per cent of 210"}, family=F),
    Case.of(dict(POINT, kind="percent", low="15", high="15"),
            {"The fee is a percentage of 15.": "a percentage of 15"}, family=F),
    Case.of(dict(POINT, kind="percent", low="2.5", high="2.5"),
            {"Rates rose by a percentage of 2.5, the bank said.": "a percentage of 2.5"},
            family=F),
    Case.of(dict(POINT, kind="percent", low="7", high="7"),
            {"a pct of 7": "pct of 7"}, family=F),
]
SEVERAL += [
    # a figure before the percent word keeps it; what follows "of" is a count
    Several("5 percent of 10 million households",
            [dict(POINT, kind="percent", low="5", high="5", text="5 percent"),
             dict(POINT, kind="number", low="10000000", high="10000000", text="10 million")],
            family=F),
]

# ---- not mentions: headline capitals are no names --------------------------------------------------
F = "not mentions: headline capitals are no names"
CASES += [
    Case.of(dict(POINT, kind="percent", low="0.9", high="0.9"),
            {"Perth Down 0.9 per cent in quarter": "0.9 per cent"}, family=F),
    Case.of(dict(POINT, kind="percent", low="3.7", high="3.7"),
            {"Darwin Up 3.7 per cent": "3.7 per cent"}, family=F),
    Case.of(dict(POINT, kind="money", low="2", high="2", currency="USD"),
            {"Shares Fell $2 On Monday": "$2"}, family=F),
    Case.of(dict(kind="quantity", low="30", high="40", low_inclusive=True, high_inclusive=True,
                 approximate=False, currency=None, unit="year"),
            {"Age 30 – 40 only": "30 – 40"}, family=F),
    Case.of(dict(POINT, kind="percent", low="12", high="12"),
            {"Profits Rose 12% In March": "12%"}, family=F),
]

# ---- numbers: hyphenated compounds (percent words and time units after a hyphen) -------------------
F = "numbers: hyphenated compounds"
CASES += [
    Case.of(dict(POINT, kind="percent", low="5", high="5"),
            {"a 5-percent rise in fares": "5-percent"}, family=F),
    Case.of(dict(POINT, kind="percent", low="2.5", high="2.5"),
            {"a 2.5-per-cent-increase in rents": "2.5-per-cent"}, family=F),
    Case.of(dict(POINT, kind="percent", low="3", high="3", unit="pp"),
            {"a 3-percentage-point drop": "3-percentage-point"}, family=F),
    Case.of(dict(POINT, kind="quantity", low="3", high="3", unit="month"),
            {"over a rolling three-month period": "three-month"}, family=F),
    Case.of(dict(POINT, kind="quantity", low="6", high="6", unit="month"),
            {"the pound hit a six-month high": "six-month"}, family=F),
]
NOTHING += [
    Nothing(["The firm marked its twenty-fifth anniversary."], family=F),
]

# ---- numbers: negative words (a minus before the currency sign) -------------------------------------
F = "numbers: negative words"
CASES += [
    Case.of(dict(POINT, kind="money", low="-37.63", high="-37.63", currency="USD"),
            {"Oil settled at -$37.63 a barrel.": "-$37.63"}, family=F),
    Case.of(dict(POINT, kind="money", low="-2000000", high="-2000000", currency="GBP"),
            {"a balance of −£2m": "−£2m"}, family=F),
    Case.of(dict(APPROX_, kind="money", low="-5", high="-5", currency="EUR"),
            {"Power prices fell to around -€5 a megawatt hour.": "around -€5"}, family=F),
]
SEVERAL += [
    # a dash between two amounts is a range, not a sign
    Several("Tickets cost $5-$10.",
            [dict(POINT, kind="money", low="5", high="10", currency="USD", text="$5-$10")],
            family=F),
]

# ---- bounds: formula comparatives (a verb's particle 'up to' is no bound) ---------------------------
F = "bounds: formula comparatives"
CASES += [
    Case.of(dict(POINT, kind="percent", low="5", high="5"),
            {"The jobless rate ticked up to 5 percent.": "5 percent"}, family=F),
    Case.of(dict(POINT, kind="money", low="4", high="4", currency="USD"),
            {"Petrol inched up to $4 a gallon.": "$4"}, family=F),
    Case.of(dict(POINT, kind="percent", low="4.1", high="4.1"),
            {"Unemployment crept up to 4.1%.": "4.1%"}, family=F),
]

# ---- units: temperatures without a glued sign (a decade of degrees) ---------------------------------
F = "units: temperatures without a glued sign"
DECADE = dict(NO, kind="quantity", low_inclusive=True, high_inclusive=False, approximate=True)
CASES += [
    Case.of(dict(DECADE, low="90", high="100", unit="°F"),
            {"Highs in the 90s are expected on Friday.": "the 90s"}, family=F),
    Case.of(dict(DECADE, low="50", high="60", unit="°F"),
            {"Lows in the 50s overnight.": "the 50s"}, family=F),
    Case.of(dict(DECADE, low="70", high="80", unit="°F"),
            {"Temperatures will only fall into the 70s tonight in the south.": "the 70s"},
            family=F),
    Case.of(dict(DECADE, low="20", high="30", unit="°C"),
            {"In Celsius terms, temperatures stayed in the 20s all week.": "the 20s"},
            family=F),
]
NOTHING += [
    Nothing(["In the 70s, inflation soared.", "She loves 90s music."], family=F),
]

F = "written once: change verb far before from X to Y"
SEVERAL += [
    Several("Fees rose from $10 to $12 for adults; and $5 to $6 for children.",
            [dict(POINT, kind="money", low="10", high="10", currency="USD", text="$10"),
             dict(POINT, kind="money", low="12", high="12", currency="USD", text="$12"),
             dict(POINT, kind="money", low="5", high="5", currency="USD", text="$5"),
             dict(POINT, kind="money", low="6", high="6", currency="USD", text="$6")],
            family=F),
    # a bare range after a change stays a range
    Several("Prices rose from 3 to 4 euros, and 5 to 10 people came.",
            [dict(POINT, kind="money", low="3", high="3", currency="EUR", text="3"),
             dict(POINT, kind="money", low="4", high="4", currency="EUR", text="4 euros"),
             dict(POINT, kind="number", low="5", high="10", text="5 to 10")],
            family=F),
]

F = "bounds: age groups"
CASES += [
    Case.of(dict(MORE_THAN_, kind="quantity", low="30", unit="year"),
            {"He is over 30 years old.": "over 30 years"}, family=F),
    Case.of(dict(MORE_THAN_, kind="quantity", low="65", unit="year"),
            {"people over 65 years of age": "over 65 years"}, family=F),
]
CASES += [
    Case.of(dict(MORE_THAN_, kind="quantity", low="23", unit="year"),
            {"The rate is for workers over the age of 23.": "23"}, family=F),
    Case.of(dict(kind="quantity", low=None, high="5", low_inclusive=False, high_inclusive=False,
                 approximate=True, currency=None, unit="year"),
            {"Children under the age of 5 travel free.": "5"}, family=F),
    Case.of(dict(kind="quantity", low="21", high=None, low_inclusive=True, high_inclusive=False,
                 approximate=True, currency=None, unit="year"),
            {"for workers aged 21 and over by 2025": "21 and over"}, family=F),
]

# ---- written once: contre / against (a rate written once for the same unit) ------------------------
F = "written once: contre / against"
SEVERAL += [
    Several("Output rose to 90,000 barrels a day, while Oman pumped 60,000 barrels.",
            [dict(POINT, kind="quantity", low="90000", high="90000", unit="bbl/d",
                  text="90,000 barrels a day"),
             dict(POINT, kind="quantity", low="60000", high="60000", unit="bbl/d",
                  text="60,000 barrels")], family=F),
    Several("Yields hit 51 bushels per acre, up from 47 bushels.",
            [dict(POINT, kind="quantity", low="51", high="51", unit="bu/acre",
                  text="51 bushels per acre"),
             dict(POINT, kind="quantity", low="47", high="47", unit="bu/acre",
                  text="47 bushels")], family=F),
    Several("Wheat gave 8 t/ha against 6 t last year.",
            [dict(POINT, kind="quantity", low="8", high="8", unit="t/ha", text="8 t/ha"),
             dict(POINT, kind="quantity", low="6", high="6", unit="t/ha", text="6 t")],
            family=F),
    # no contrast: the later figure keeps its own unit
    Several("The farm yields 8 t/ha, and stores 500 t.",
            [dict(POINT, kind="quantity", low="8", high="8", unit="t/ha", text="8 t/ha"),
             dict(POINT, kind="quantity", low="500", high="500", unit="t", text="500 t")],
            family=F),
    # a speed is no rate written once
    Several("At 50 km/h, compared with 100 km on foot.",
            [dict(POINT, kind="quantity", low="50", high="50", unit="km/h", text="50 km/h"),
             dict(POINT, kind="quantity", low="100", high="100", unit="km", text="100 km")],
            family=F),
]

# ---- written once: a bound or hedge for several (items that each bear a date) ---------------------
F = "written once: a bound or hedge for several"
_ABOVE = dict(NO, high=None, low_inclusive=False, high_inclusive=False, approximate=True)
SEVERAL += [
    Several("Visitors passed two million in 2019, three million in 2022 and four million in 2024.",
            [dict(_ABOVE, kind="number", low="2000000", text="two million"),
             dict(_ABOVE, kind="number", low="3000000", text="three million"),
             dict(_ABOVE, kind="number", low="4000000", text="four million")], family=F),
    Several("Sales topped $5 million in 2020, $7 million in 2021 and $9 million in 2022.",
            [dict(_ABOVE, kind="money", low="5000000", currency="USD", text="$5 million"),
             dict(_ABOVE, kind="money", low="7000000", currency="USD", text="$7 million"),
             dict(_ABOVE, kind="money", low="9000000", currency="USD", text="$9 million")],
            family=F),
    Several("Prices were around $4 in May, $5 in June.",
            [dict(APPROX_, kind="money", low="4", high="4", currency="USD", text="around $4"),
             dict(APPROX_, kind="money", low="5", high="5", currency="USD", text="$5")],
            family=F),
    # no bound written: each item stays a point
    Several("Sales were 5 million in 2020, 7 million in 2021.",
            [dict(POINT, kind="number", low="5000000", high="5000000", text="5 million"),
             dict(POINT, kind="number", low="7000000", high="7000000", text="7 million")],
            family=F),
    # a figure of another kind is no item of the list
    Several("Rents exceeded $900 in 2023, 12% in 2024.",
            [dict(_ABOVE, kind="money", low="900", currency="USD", text="$900"),
             dict(POINT, kind="percent", low="12", high="12", text="12%")], family=F),
]
