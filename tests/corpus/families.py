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
            "une peine d'au moins 5 et d'au plus 15 ans".replace(" ans", ""),
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
            "La pièce mesure 12 ± 0,5 mm.", "La pièce mesure 12 mm, à plus ou moins 0,5 mm.".replace(",", "", 1),
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
        Case(dict(AT_LEAST, kind="number", low="65"), [
            "people aged 65 and up", "people aged 65 or over", "people aged 65 and above",
            "people aged 65 or older".replace(" or older", " or upwards"),
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
            "Some 9,500 or thereabouts were evacuated.".replace("Some ", ""),
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
            "revenue of $6.1 billion, give or take 2%".replace(",", ""),
            "revenue of 6.1 billion dollars plus or minus 2 percent",
            "revenue of $6.1 billion +/- 2%"]),
        Case(dict(kind="quantity", low="11.5", high="12.5", unit="mm", qualifier="tolerance"), [
            "a part of 12 mm ± 0.5 mm", "a part of 12 ± 0.5 mm", "a part of 12 mm plus or minus 0.5 mm",
            "a part of 12 mm +/- 0.5 mm", "a part of 12 mm give or take 0.5 mm"]),
    ],
}
