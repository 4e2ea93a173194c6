"""Families of wording ("Read real news"): each rule for its whole family, every
inflection, determiner and synonym, with at least five phrasings written for it (none
copied from a gold file).  Each ``Case`` gives one reading and the phrasings that must
all give it as the text's only mention; ``span`` the expected text where it matters."""
from . import Case

MORE_THAN = dict(low_inclusive=False, high=None, approximate=True, qualifier="more_than")
AT_LEAST = dict(low_inclusive=True, high=None, approximate=True, qualifier="at_least")
UP_TO = dict(low="0", low_inclusive=True, high_inclusive=True, approximate=True, qualifier="up_to")

FR = {
    "bounds: a threshold crossed": [
        Case(dict(MORE_THAN, kind="number", low="2000000"), [
            "Le musée a franchi le cap des 2 millions de visiteurs.",
            "Le musée a franchi la barre des 2 millions de visiteurs.",
            "Le musée a franchi le seuil des 2 millions de visiteurs.",
            "Le musée a passé le cap des 2 millions de visiteurs.",
            "Le musée franchira la barre symbolique des 2 millions de visiteurs.",
            "Le musée a dépassé le seuil fatidique des 2 millions de visiteurs.",
            "Le musée dépasse les 2 millions de visiteurs.",
            "Le musée a dépassé les 2 millions de visiteurs.",
            "Le musée, franchissant la barre des 2 millions de visiteurs, s'agrandit.",
            "Le musée a crevé le plafond des 2 millions de visiteurs."]),
        Case(dict(MORE_THAN, kind="quantity", low="730", unit="km"), [
            "La sonde a dépassé les 730 km.", "La sonde dépassera les 730 km.",
            "La sonde excède les 730 km.", "La sonde a surpassé les 730 km.",
            "La sonde a franchi la barre des 730 km."]),
    ],
    "bounds: a threshold reached": [
        Case(dict(AT_LEAST, kind="number", low="10000"), [
            "Les ventes ont atteint le seuil des 10 000 exemplaires.",
            "Les ventes atteignent le cap des 10 000 exemplaires.",
            "Les ventes atteindront la barre des 10 000 exemplaires.",
            "Les ventes ont atteint la barre symbolique des 10 000 exemplaires.",
            "Les ventes atteignaient le seuil psychologique des 10 000 exemplaires."]),
    ],
    "bounds: below a threshold": [
        Case(dict(kind="percent", low=None, high="7", high_inclusive=False, approximate=True,
                  qualifier="less_than"), [
            "Le chômage est repassé sous la barre des 7 %.",
            "Le chômage est tombé sous le seuil des 7 %.",
            "Le chômage reste sous le cap des 7 %.",
            "Le chômage est passé en dessous de la barre des 7 %.",
            "Le chômage est resté au-dessous du seuil des 7 %."]),
    ],
    "bounds: a ceiling": [
        Case(dict(UP_TO, kind="money", high="3000", currency="EUR"), [
            "une aide plafonnée à 3 000 euros", "une prime plafonnée à 3 000 €",
            "un plafond de 3 000 euros par foyer", "une aide limitée à 3 000 euros",
            "les aides sont plafonnées à 3 000 euros", "le bonus plafonne à 3 000 euros",
            "un remboursement plafonné à 3 000 euros par an"]),
    ],
    "bounds: two joined": [
        Case(dict(kind="number", low="5", high="15", low_inclusive=True, high_inclusive=True,
                  qualifier="range"), [
            "une peine d'au moins 5 et d'au plus 15",
            "des groupes d'au moins 5 et d'au plus 15",
            "au moins 5 et au plus 15", "au minimum 5 et au maximum 15",
            "des classes d'au moins 5 et d'au maximum 15"]),
    ],
    "hedges: of the order of": [
        Case(dict(kind="money", low="1000000000", high="1000000000", currency="EUR",
                  approximate=True, qualifier="approx"), [
            "Le chantier coûtera de l'ordre du milliard d'euros.",
            "Le chantier coûtera de l’ordre du milliard d'euros.",
            "Le chantier coûtera près du milliard d'euros.",
            "Le chantier coûtera autour du milliard d'euros.",
            "Le chantier coûtera de l'ordre d'un milliard d'euros.",
            "Le chantier coûtera aux alentours du milliard d'euros."]),
        Case(dict(kind="money", low="300000000", high="300000000", currency="EUR",
                  approximate=True, qualifier="approx"), [
            "un budget de l'ordre des 300 millions d'euros",
            "un budget de l'ordre de 300 millions d'euros",
            "un budget d'environ 300 millions d'euros",
            "un budget de quelque 300 millions d'euros",
            "un budget avoisinant les 300 millions d'euros"]),
    ],
    "hedges: more or less": [
        Case(dict(kind="number", low="200", high="200", approximate=True, qualifier="approx"), [
            "Il y avait plus ou moins 200 personnes.", "Plus ou moins 200 personnes sont venues.",
            "On comptait grosso modo 200 personnes.", "Quelque chose comme 200 personnes.",
            "Aux environs de 200 personnes sont venues."]),
    ],
    "tolerance": [
        Case(dict(kind="quantity", low="11.5", high="12.5", unit="mm", approximate=False,
                  qualifier="tolerance"), [
            "La pièce mesure 12 mm ± 0,5 mm.", "La pièce mesure 12 mm plus ou moins 0,5 mm.",
            "La pièce mesure 12 ± 0,5 mm.", "La pièce mesure 12 mm à plus ou moins 0,5 mm.",
            "La pièce mesure 12 mm +/- 0,5 mm."]),
        Case(dict(kind="money", low="5978000000", high="6222000000", currency="EUR",
                  qualifier="tolerance"), [
            "un chiffre d'affaires de 6,1 milliards d'euros plus ou moins 2 %",
            "un chiffre d'affaires de 6,1 milliards d'euros à plus ou moins 2 %",
            "un chiffre d'affaires de 6,1 Md€ ± 2 %",
            "un chiffre d'affaires de 6,1 milliards d'euros ± 2 %",
            "un chiffre d'affaires de 6,1 milliards d'euros +/- 2 %"]),
    ],
}

EN = {
    "bounds: every form of the verb": [
        Case(dict(MORE_THAN, kind="quantity", low="90", unit="min"), [
            "Wait times are exceeding 90 minutes.", "Wait times exceeded 90 minutes.",
            "Wait times are topping 90 minutes.", "Wait times surpassed 90 minutes.",
            "Wait times are surpassing 90 minutes.", "Wait times exceed 90 minutes.",
            "Wait times outstripped 90 minutes."]),
    ],
    "bounds: after the figure": [
        Case(dict(AT_LEAST, kind="money", low="40000000", currency="EUR"), [
            "It was a €40m-plus deal.", "a €40m-plus contract", "a €40m-plus transfer fee",
            "bids of €40m or more", "bids of €40m and upwards"]),
        # an age is a quantity in years (docs/READING.md "Ages", the real-news gold)
        Case(dict(AT_LEAST, kind="quantity", low="65", unit="year"), [
            "people aged 65 and up", "people aged 65 or over", "people aged 65 and above",
            "people aged 65 or upwards",
            "people aged 65 and upward"]),
    ],
    "bounds: a ceiling": [
        Case(dict(UP_TO, kind="money", high="1200", currency="USD"), [
            "Rent increases are capped at $1,200 a year.", "The grant is limited to $1,200.",
            "a cap of $1,200 per household", "a ceiling of $1,200 per household",
            "The rebate caps at $1,200.", "no more than $1,200 per household"]),
    ],
    "bounds: formula comparatives": [
        Case(dict(kind="number", low="250", high=None, low_inclusive=True, approximate=True,
                  qualifier="at_least"), [
            "values greater or equal than 250", "values greater or equal to 250",
            "values >= 250", "values greater than or equal to 250", "values no fewer than 250"]),
        Case(dict(kind="number", low=None, high="100", high_inclusive=True, approximate=True,
                  qualifier="up_to"), [
            "values less or equal to 100", "values less or equal than 100", "values <= 100",
            "values < = 100", "values less than or equal to 100"]),
    ],
    "hedges: in any wording": [
        Case(dict(kind="number", low="9500", high="9500", approximate=True, qualifier="approx"), [
            "Something like 9,500 people were evacuated.",
            "9,500 or thereabouts were evacuated.",
            "In the neighbourhood of 9,500 people were evacuated.",
            "In the neighborhood of 9,500 people were evacuated.",
            "In the region of 9,500 people were evacuated.",
            "On the order of 9,500 people were evacuated.",
            "Somewhere around 9,500 people were evacuated.",
            "More or less 9,500 people were evacuated."]),
    ],
    "tolerance": [
        Case(dict(kind="money", low="5978000000", high="6222000000", currency="USD",
                  qualifier="tolerance"), [
            "revenue of $6.1 billion plus or minus 2%", "revenue of $6.1bn ± 2%",
            "revenue of $6.1 billion give or take 2%",
            "revenue of 6.1 billion dollars plus or minus 2 percent",
            "revenue of $6.1 billion +/- 2%"]),
        Case(dict(kind="quantity", low="11.5", high="12.5", unit="mm", qualifier="tolerance"), [
            "a part of 12 mm ± 0.5 mm", "a part of 12 ± 0.5 mm", "a part of 12 mm plus or minus 0.5 mm",
            "a part of 12 mm +/- 0.5 mm", "a part of 12 mm give or take 0.5 mm"]),
    ],
}

#: "What is written once": (text, the reading of its last mention), which writes no unit,
#: currency or scale of its own and takes those of the amount it is set against
WRITTEN_ONCE = {
    "fr": [
        ("Le glacier a reculé de 38 mètres cette année, contre 25 l'an dernier.",
         dict(kind="quantity", low="25", unit="m")),
        ("Le glacier a perdu 38 mètres en 2023, voire 45 selon d'autres relevés.",
         dict(kind="quantity", low="45", unit="m")),
        ("Le bénéfice atteint 12 millions d'euros, contre 9 un an plus tôt.",
         dict(kind="money", low="9000000", currency="EUR")),
        ("La facture atteint 1 200 euros, dont 300 de taxes.",
         dict(kind="money", low="300", currency="EUR")),
        ("Le taux est de 5 %, contre 4,2 en 2023.", dict(kind="percent", low="4.2")),
        ("Le loyer moyen est de 950 euros par rapport à 870 il y a un an.",
         dict(kind="money", low="870", currency="EUR")),
        ("Il pèse 12 tonnes, au lieu de 9 prévues.", dict(kind="quantity", low="9", unit="t")),
    ],
    "en": [
        ("Rent is 950 dollars, against 870 a year ago.", dict(kind="money", low="870", currency="USD")),
        ("The glacier retreated 38 metres this year, compared with 25 last year.",
         dict(kind="quantity", low="25", unit="m")),
        ("Inflation was 3.2%, up from 2.9 in May.", dict(kind="percent", low="2.9")),
        ("Profit reached $12 million, versus 9 a year earlier.",
         dict(kind="money", low="9000000", currency="USD")),
        ("The bill came to 1,200 euros, of which 300 were taxes.",
         dict(kind="money", low="300", currency="EUR")),
        ("The river rose 4 metres, or even 5 in places.", dict(kind="quantity", low="5", unit="m")),
    ],
}

FR["units: a temperature without a glued sign"] = [
    Case(dict(kind="quantity", low="38", high="38", unit="°C"), [
        "Il fera 38° à l'ombre.", "Il fera 38 ° à l'ombre.", "Il fera 38 ° celsius.",
        "Il fera 38 degrés Celsius.", "Il fera 38 degrés celsius.", "Il fera 38° C."]),
]
EN["units: a temperature without a glued sign"] = [
    Case(dict(kind="quantity", low="12", high="12", unit="°C"), [
        "Lows of 12 C are expected.", "Lows of 12 Celsius are expected.",
        "Lows of 12 ° C are expected.", "Lows of 12 degrees celsius are expected.",
        "Lows of 12°C are expected."]),
    Case(dict(kind="quantity", low="410", high="410", unit="°F"), [
        "Bake at 410 Fahrenheit.", "Bake at 410 F.", "Bake at 410 ° F.",
        "Bake at 410 degrees Fahrenheit.", "Bake at 410 fahrenheit."]),
]

#: "Not mentions": inputs that must give no mention at all
NOTHING = {
    "fr": [
        # ordinals in words
        "La vingt-septième édition s'ouvre.", "Au dix-huitième siècle.",
        "Le trente-deuxième étage.", "La cinquante-cinquième minute.", "Le vingt-huitième degré.",
        # names of events and products
        "La COP28 s'est tenue à Dubaï.", "La COP 21 a eu lieu à Paris.", "Il a un iPhone 15.",
        "Il joue sur sa PlayStation 5.", "Elle a acheté un eBook 3.",
    ],
    "en": [
        "The thirty-second floor.", "The twenty-first century.", "Their forty-fifth anniversary.",
        "The ninety-ninth time.", "The sixty-third edition.",
        "COP28 opened in Dubai.", "The iPhone 15 sold out.", "She plays on a PlayStation 5.",
        "Microsoft shipped Windows 11 today.", "The meeting is at 4 AM.", "Doors open at 7 pm.",
        "The call starts at 9 am sharp.", "Lunch is at 12 PM.", "It ended at 11 P.M.",
    ],
}

FR["units: rates, metric spellings, imperial units"] = [
    Case(dict(kind="quantity", low="200", unit="km/h"), [
        "Le train roule à 200 kilomètres par heure.", "Le train roule à 200 km/h.",
        "Le train roule à 200 kilomètres-heure.", "Le train roule à 200 km par heure.",
        "Le train roule à 200 kilomètres/heure."]),
    Case(dict(kind="quantity", low="12", unit="cm"), [
        "Il est tombé 12 centimètres de neige.", "Il est tombé 12 cm de neige.",
        "Il est tombé douze centimètres de neige.", "Il est tombé 12 centimètre de neige.",
        "La neige atteint 12 centimètres."]),
]
EN["units: rates, metric spellings, imperial units"] = [
    Case(dict(kind="quantity", low="7", unit="in"), [
        "He grew seven inches.", "He grew 7 inches.", "Rain totals reached 7 inches.",
        "a rise of seven inches", "The snow was 7 inches deep."]),
    Case(dict(kind="quantity", low="200", unit="km/h"), [
        "The train reached 200 kilometres per hour.", "The train reached 200 km/h.",
        "The train reached 200 kph.", "The train reached 200 kilometers an hour.",
        "The train reached 200 kilometers per hour."]),
    Case(dict(kind="quantity", low="3", unit="nm"), [
        "a 3 nanometers process", "a 3 nm process",
        "a 3 nanometres chip", "It measures 3 nanometers.",
        "It measures 3 nm."]),
]

EN["numbers: negative words before digits"] = [
    Case(dict(kind="percent", low="-2.4", high="-2.4"), [
        "Growth was negative 2.4 percent.", "Growth was negative 2.4%.", "Growth was minus 2.4%.",
        "Growth came in at minus 2.4 per cent.", "Growth was Negative 2.4 percent.",
        "Growth was minus 2.4 pct."]),
    Case(dict(kind="quantity", low="-40", high="-40", unit="°C"), [
        "It fell to minus 40 degrees Celsius.", "It fell to minus 40 °C.",
        "It fell to minus 40 C.", "It fell to negative 40 °C.", "It fell to minus 40°C."]),
]

FR["numbers: dozens after a spelled-out figure"] = [
    Case(dict(kind="number", low="36", high="36", approximate=False), [
        "Il a acheté trois douzaines d'œufs.", "Il a acheté trois douzaines.",
        "Trois douzaines d'huîtres ont été servies.", "Il en reste trois douzaines.",
        "Il a acheté 3 douzaines d'œufs.", "Il a acheté trois dz d'œufs."]),
]
EN["numbers: dozens after a spelled-out figure"] = [
    Case(dict(kind="number", low="48", high="48", approximate=False), [
        "She bought four dozen eggs.", "She bought 4 dozen eggs.", "Four dozen eggs were sold.",
        "She ordered four dozens of roses.", "She bought four dozen.", "She bought four dz eggs."]),
]


#: known gaps of WRITTEN_ONCE, kept as strict xfail: fixing one is noticed
WRITTEN_ONCE_GAPS = {
    "Il pèse 12 tonnes, au lieu de 9 prévues.":
        "a plural participle after the bare figure ('prévues') reads as the noun it counts",
}
