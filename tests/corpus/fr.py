"""French examples (CONVENTIONS.md readings)."""
from . import Case

EUR12M = dict(kind="money", low="12000000", high="12000000", currency="EUR", approximate=False)

CASES = [
    Case(EUR12M, ["Elle a levé 12 millions d'euros.", "Elle a levé 12 M€.",
                  "Elle a levé 12 000 000 €.", "Elle a levé douze millions d'euros.",
                  "Elle a levé 12\u202f000\u202f000 euros.", "Elle a levé EUR 12 millions.",
                  "Elle a levé 12 millions €."]),
    Case(dict(kind="money", low="1200000000", high="1200000000", currency="EUR"),
         ["un budget de 1,2 milliard d'euros", "un budget de 1,2 Md€", "un budget de 1.200.000.000 €",
          "un budget de 1 200 millions d'euros"]),
    Case(dict(kind="money", low="10000", high="10000000", currency="CNY", approximate=True,
              low_inclusive=True, high_inclusive=False, qualifier="range"),
         ["Les sociétés sont prêtes à proposer des rémunérations allant de dizaines de milliers "
          "à plusieurs millions de yuans pour attirer les talents qu’il leur faut"],
         span={"Les sociétés sont prêtes à proposer des rémunérations allant de dizaines de milliers "
               "à plusieurs millions de yuans pour attirer les talents qu’il leur faut":
               "dizaines de milliers à plusieurs millions de yuans"}),
    Case(dict(kind="number", low="10000", high="100000", approximate=True, high_inclusive=False),
         ["Des dizaines de milliers de manifestants ont défilé."]),
    Case(dict(kind="number", low="2000", high="10000", approximate=True, high_inclusive=False),
         ["plusieurs milliers d'emplois", "quelques milliers d'emplois"]),
    Case(dict(kind="number", low="1000", high="10000", approximate=True, high_inclusive=False),
         ["Des milliers de passagers ont été bloqués."]),
    Case(dict(kind="number", low="10", high="10", approximate=True),
         ["Une dizaine d'entreprises ont annoncé des levées de fonds."]),
    Case(dict(kind="number", low="3000", high="3000", approximate=True, qualifier="approx"),
         ["Près de 3 000 salariés sont concernés.", "Environ 3 000 salariés sont concernés.",
          "Quelque 3 000 salariés sont concernés.", "Presque 3 000 salariés sont concernés."]),
    Case(dict(kind="money", low="30000000000", high=None, low_inclusive=False, approximate=True,
              currency="CNY", qualifier="more_than"),
         ["une valorisation de plus de 30 milliards de yuans",
          "la valorisation a dépassé 30 milliards de yuans"]),
    Case(dict(kind="number", low="0", high="10", low_inclusive=True, high_inclusive=False,
              approximate=True), ["des entreprises de moins de dix salariés"]),
    Case(dict(kind="money", low="0", high="150000", high_inclusive=True, approximate=True,
              currency="EUR"), ["jusqu'à 150 k€ dans les laboratoires"]),
    Case(dict(kind="percent", low="60", high=None, low_inclusive=False, approximate=True),
         ["Plus de 60 % des PME interrogées"]),
    Case(dict(kind="percent", low="4.5", high="4.5"),
         ["une hausse de 4,5 % en un an", "une hausse de 4,5 pour cent", "une hausse de 4,5%"]),
    Case(dict(kind="percent", low="0.2", high="0.2", unit="pp"),
         ["en baisse de 0,2 point de pourcentage"]),
    Case(dict(kind="percent", low="25", high="25", unit="bp"),
         ["le taux a été relevé de 25 points de base"]),
    Case(dict(kind="money", low="20000000", high="25000000", currency="EUR", approximate=False),
         ["investir entre 20 et 25 millions d'euros", "investir de 20 à 25 millions d'euros",
          "investir 20 à 25 millions d'euros"]),
    Case(dict(kind="percent", low="10", high="20"), ["entre 10 et 20 % des salariés"]),
    Case(dict(kind="number", low="0.75", high="0.75"),
         ["Trois Français sur quatre se disent prêts à payer plus cher.",
          "Trois salariés français sur quatre se disent prêts à partir.",
          "Trois jeunes actifs sur quatre"]),
    Case(dict(kind="number", low="0.5", high="0.5", approximate=True),
         ["près de la moitié des ventes"]),
    Case(dict(kind="number", low="2300000", high="2300000"),
         ["deux millions trois cent mille habitants"]),
    Case(dict(kind="number", low="97", high="97"), ["quatre-vingt-dix-sept personnes"]),
    Case(dict(kind="number", low="1234.56", high="1234.56"),
         ["Le total est de 1 234,56.", "Le total est de 1.234,56.", "Le total est de 1\u00a0234,56."]),
    Case(dict(kind="number", low="1000000000000", high="1000000000000"), ["un billion"]),
    Case(dict(kind="quantity", low="72000", high="72000", unit="m²"), ["un entrepôt de 72 000 m²"]),
    Case(dict(kind="quantity", low="400", high="400", unit="MW"), ["une capacité de 400 mégawatts"]),
    Case(dict(kind="quantity", low="3", high="3", unit="year"), ["un emprunt sur trois ans"]),
    Case(dict(kind="money", low="7000000000000", high="7000000000000", currency="XOF"),
         ["7 000 milliards de francs CFA"]),
    Case(dict(kind="money", low="120000000", high="120000000", currency="CHF"),
         ["une perte de 120 millions de francs suisses"]),
    Case(dict(kind="money", low="1.97", high="1.97", currency="EUR"), ["à 197 centimes"]),
    Case(dict(kind="quantity", low="0", high="2", unit="t", approximate=True),
         ["s'engager à ne pas émettre plus de 2 t par an"]),
    Case(dict(kind="number", low="1500000", high="1500000"),
         ["un million et demi de visiteurs", "1,5 million de visiteurs"]),
    Case(dict(kind="number", low="3.25", high="3.25"), ["trois et un quart", "3,25"]),
    Case(dict(kind="number", low="200.71", high="200.71"),
         ["deux cent virgule soixante et onze", "200,71"]),
    # a range of hours in words is no clock time: "à deux heures" ends the range
    Case(dict(kind="quantity", low="1", high="2", unit="h"),
         ["Il faut une à deux heures de route.", "Une à deux heures gagnées par jour.",
          "Comptez une à deux heures.", "une à deux heures d'attente",
          "On gagne de une à deux heures."]),
]

#: Several points: a change (two points), a list (one mention per item); the scale
#: and currency written once are shared.
SEVERAL = [
    ("Le ticket moyen est passé de 1,2 à 1,8 million d'euros.",
     [dict(text="1,2", low="1200000", currency="EUR"),
      dict(text="1,8 million d'euros", low="1800000", currency="EUR")]),
    ("Les pertes atteignent 450, 234 et 169,6 milliards de dollars.",
     [dict(text="450", low="450000000000", currency="USD", kind="money"),
      dict(text="234", low="234000000000", currency="USD", kind="money"),
      dict(text="169,6 milliards de dollars", low="169600000000", currency="USD")]),
]

NOTHING = [
    "Le conseil se réunira le 17 avril à 14 h 30.",
    "Un sondage réalisé du 3 au 5 mai.",
    "Le ministre a présenté l'article 49.3 comme inévitable.",
    "Le 3e trimestre a été marqué par un recul.",
    "Appelez le 01 23 45 67 89 ou le 0 800 123 456.",
    "Un appartement neuf à Bordeaux.",
    "Il a pris un an de retard.",
    "Fondée en 2019, la société a grandi.",
    "La ligne 15 du métro doit ouvrir.",
    "Le constructeur a livré des A320neo.",
    "Celui-ci n'est pas correct.",
    "Rendez-vous sur https://example.com/page?id=30%25",
]

GAPS = [
]
