"""French: the words the engine needs, as data."""
from .schema import LanguageData, StatementWords

_UNITS = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
    "huitante": 80, "octante": 80, "nonante": 90, "quatre-vingt": 80, "quatre-vingts": 80,
    "cent": 100, "cents": 100,
}

_ORDINAL_FRACTIONS = {
    # "un cinquième", "trois quarts": the denominator as a noun
    "demi": 2, "demie": 2, "moitié": 2, "tiers": 3, "quart": 4, "quarts": 4,
}
for _word, _n in {
    "cinqu": 5, "six": 6, "sept": 7, "huit": 8, "neuv": 9, "dix": 10, "onz": 11, "douz": 12,
    "vingt": 20, "trent": 30, "quarant": 40, "cinquant": 50, "cent": 100, "mill": 1000,
    "million": 10**6, "milliard": 10**9, "billion": 10**12, "trillion": 10**18,
    "vingt-et-un": 21,
}.items():
    for _suffix in ("ième", "ièmes", "ieme", "iemes"):
        _ORDINAL_FRACTIONS[_word + _suffix] = _n

# -- statements: the words that turn mentions into claims (claims.statements) ---------

def _forms(*stems_and_endings):
    """("augment", "e ent é") -> augmente, augmentent, augmenté; "_" is no ending.

    A stem may hold several words ("allant allait", "_"): each gets the endings.
    """
    out = []
    for stems, endings in stems_and_endings:
        for stem in stems.split(" ") if endings == "_" else (stems,):
            out.extend(stem + ("" if e == "_" else e) for e in endings.split())
    return tuple(out)


_ER = "e ent é ée és ées ait aient era eront erait eraient ant er"
_FIGURE_VERBS = _forms(
    ("atteign", "ent ait aient ant"), ("atteint", "_ e s es"), ("atteindr", "a ont ait aient e"),
    ("représent", _ER), ("s'élèv", "e ent era eront"), ("s’élèv", "e ent era eront"),
    ("s'élev", "ait aient ant er"), ("s’élev", "ait aient ant er"), ("élev", "é ée"),
    ("chiffr", _ER), ("total", "ise isent isait isé"), ("compt", _ER), ("coût", _ER),
    ("pès", "e ent"), ("pes", "ait aient é ant er"), ("augment", _ER), ("progress", _ER),
    ("recul", _ER), ("baiss", _ER), ("grimp", _ER), ("chut", _ER), ("bondi", "_ t ssent ssait"),
    ("dépass", _ER), ("emploi", "e ent"), ("employ", "é ait aient ant er"),
    ("investi", "_ t ssent ssait"), ("lev", "é ée ait aient er"), ("lèv", "e ent"),
    ("réalis", _ER), ("prévoi", "t ent"), ("prévu", "_ e s es"), ("dégag", _ER),
    ("enregistr", _ER), ("affich", _ER), ("touch", _ER), ("perd", "_ ent ait aient u ue"),
    ("perçoi", "t vent"), ("gagn", _ER), ("vis", _ER), ("recrut", _ER), ("supprim", _ER),
    ("créé", "_ e s es"), ("cré", "e ent ait aient er"), ("vend", "_ ent ait aient u ue us"),
    ("vendu", "s es"), ("export", _ER), ("produi", "t sent sait saient"),
    ("consacr", _ER), ("dépens", _ER), ("débours", _ER), ("accord", _ER), ("alloué", "_ e s es"),
    ("propos", _ER), ("offr", "e ent ait aient"), ("pass", _ER), ("port", _ER),
    ("concern", _ER), ("rapport", _ER), ("rapporté", "_ e"), ("culmin", _ER), ("plafonn", _ER),
    ("oscill", _ER), ("vari", _ER), ("allant allait va vont", "_"),
    ("fix", _ER), ("établi", "_ t e s es"), ("évalu", _ER), ("estim", _ER),
    ("chiffr", "ées"), ("revendiqu", _ER), ("détien", "t nent"), ("détenu", "_ e"),
    ("possèd", "e ent"), ("rassembl", _ER), ("réuni", "_ t ssent e s"), ("accueill", "e ent i ait"),
    ("mobilis", _ER), ("dispos", _ER), ("gagn", "é"), 
    ("tripl", _ER), ("doubl", _ER), ("multipli", _ER), ("divis", _ER), ("tomb", _ER),
    ("rest", _ER), ("demeur", _ER), ("stagn", _ER), ("s'établi", "t ssent ssait"),
    ("s’établi", "t ssent ssait"), ("s'inscri", "t vent vait"), ("s’inscri", "t vent vait"),
    ("ressort", "_ ent"), ("gonfl", _ER), ("fond", "_ u ue ent"),
    ("rafl", _ER), ("encaiss", _ER), ("vau", "t x"), ("val", "ent ait aient u ant oir"),
)
_FIGURE_VERBS += ("est", "sont", "était", "étaient", "sera", "seront", "serait", "fut",
                  "été", "a", "ont", "avait", "avaient", "aura", "auront", "aurait",
                  "fait", "font", "faisait", "pour", "de", "du", "d'", "d’", "à", "au",
                  "aux", "par", "environ", "plus", "moins", "encore", "déjà", "seulement",
                  "désormais", "toujours", "près", "quelque", "entre", "en", "se", "s'",
                  "s’", "y", "ainsi", "donc", "lui", "leur", "hausse", "baisse", "soit")

_STATEMENTS = StatementWords(
    abbreviations=("M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Dr.", "Pr.", "Me.", "Mgr.", "St.",
                   "Ste.", "p.", "pp.", "art.", "chap.", "éd.", "vol.", "cf.", "env.", "n°.",
                   "no.", "fig.", "tab.", "coll.", "av.", "bd.", "ex.", "apr.", "hab.",
                   "Cie.", "Ets.", "janv.", "févr.", "avr.", "juil.", "sept.", "oct.",
                   "nov.", "déc.", "min.", "max.", "resp.", "vs."),
    final_abbreviations=("etc.", "…"),
    determiners=("le", "la", "les", "l'", "l’", "son", "sa", "ses", "leur", "leurs", "ce",
                 "cet", "cette", "ces", "notre", "nos", "votre", "vos", "mon", "ma", "mes"),
    indefinite_determiners=("des", "de", "d'", "d’", "du", "un", "une", "certains",
                            "certaines", "plusieurs", "quelques"),
    np_links=("de", "d'", "d’", "du", "des", "de la", "de l'", "de l’", "en", "à la", "au",
              "aux", "pour"),
    function_words=("et", "ou", "mais", "donc", "car", "ni", "que", "qu'", "qu’", "qui",
                    "dont", "où", "quand", "si", "comme", "pour", "par", "sur", "sous",
                    "dans", "avec", "sans", "chez", "vers", "contre", "depuis", "pendant",
                    "selon", "après", "avant", "entre", "parmi", "il", "elle", "ils", "elles",
                    "on", "nous", "vous", "je", "tu", "ce", "c'", "c’", "cela", "ça", "ne",
                    "n'", "n’", "pas", "plus", "moins", "très", "trop", "aussi", "encore",
                    "déjà", "alors", "ainsi", "soit", "dont", "tout", "tous", "toute",
                    "toutes", "en", "y", "se", "s'", "s’", "à", "au", "aux", "le", "la",
                    "les", "l'", "l’", "des", "du", "de", "d'", "d’", "un", "une",
                    "cette", "ces", "son", "sa", "ses", "leur", "leurs", "lui", "même",
                    "seulement", "environ", "près", "autour", "quelque", "jusqu'", "jusqu’",
                    "afin", "lorsque", "puisque", "tandis", "alors", "hier", "aujourd'hui",
                    "aujourd’hui", "désormais", "toujours", "notamment", "également",
                    "soit", "voire", "contre", "hors", "dès", "fin", "début", "mi",
                    # adverbs between a verb and its figure ("diminue donc bien de")
                    "bien", "quasi", "légèrement", "fortement", "nettement", "largement",
                    "globalement", "respectivement", "presque", "davantage", "lors",
                    "au-delà", "auparavant", "ensuite", "enfin", "finalement", "pourtant",
                    "cependant", "toutefois", "néanmoins", "actuellement", "aujourd'hui",
                    "précisément", "exactement", "officiellement", "seuls", "seules",
                    "seul", "seule", "stable", "stables", "voir"),
    figure_verbs=_FIGURE_VERBS,
    auxiliaries=("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient",
                 "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient",
                 "été", "avoir", "être", "va", "vont", "vais", "allons", "allez", "allait",
                 "allaient", "devrait", "devraient",
                 "pourrait", "pourraient", "doit", "doivent", "peut", "peuvent"),
    verb_suffixes=(),
    count_links=("de", "d'", "d’", "des", "du", "de la", "de l'", "de l’", "en"),
    figure_nouns=("record", "niveau", "total", "montant", "somme", "chiffre", "seuil",
                  "moyenne",
                  "pic", "sommet", "plancher", "plafond", "cap", "barre"),
    according_to=("selon", "d'après", "d’après", "de l'avis de", "de l’avis de", "aux yeux de",
                  "à en croire", "pour reprendre les chiffres de", "citant",
                  "d'après les chiffres de", "d’après les chiffres de",
                  "selon les chiffres de", "selon les données de", "selon une étude de",
                  "selon un rapport de", "selon une enquête de", "selon une note de",
                  "selon les estimations de", "selon les prévisions de"),
    speech_verbs=_forms(
        ("a ", "déclaré affirmé indiqué précisé souligné expliqué estimé annoncé assuré "
               "rappelé ajouté confirmé reconnu noté écrit détaillé averti prévenu "
               "relevé observé calculé chiffré révélé jugé martelé insisté"),
        ("", "déclare affirme indique précise souligne explique estime annonce assure "
             "rappelle ajoute confirme reconnaît note écrit détaille avertit prévient "
             "relève observe calcule chiffre révèle juge martèle insiste "
             "déclarent affirment indiquent précisent soulignent expliquent estiment "
             "annoncent assurent rappellent ajoutent confirment notent écrivent "
             "relèvent observent calculent révèlent jugent "
             "déclarait affirmait indiquait précisait soulignait expliquait estimait "
             "annonçait assurait rappelait ajoutait notait écrivait "
             "déclaré affirmé indiqué précisé souligné expliqué annoncé rapporté "
             "prévoit prévoient anticipe anticipent calcule montre montrent révélait "
             "montrait montraient indiquaient soulignaient salue saluent commente "
             "commentent ajoutant soulignant précisant indiquant expliquant estimant "
             "mesure mesurent signale signalent informe défend défendent évoque évoquent "
             "avance avancent imaginait imaginaient table tablent "
             "pointe pointent constate constatent"),
        ("a ", "salué commenté signalé informé défendu évoqué avancé constaté mesuré"),
        ("ont ", "salué commenté signalé évoqué avancé constaté mesuré"),
        ("ont ", "déclaré affirmé indiqué précisé souligné expliqué estimé annoncé assuré "
                 "rappelé ajouté confirmé reconnu noté écrit calculé montré révélé"),
        ("a ", "montré"),
        ("a-t-il ", "déclaré affirmé indiqué précisé souligné expliqué estimé ajouté "
                    "assuré"),
        ("a-t-elle ", "déclaré affirmé indiqué précisé souligné expliqué estimé ajouté "
                      "assuré"),
        ("", "explique-t-il explique-t-elle souligne-t-il souligne-t-elle "
             "précise-t-il précise-t-elle ajoute-t-il ajoute-t-elle estime-t-il "
             "estime-t-elle indique-t-il indique-t-elle assure-t-il assure-t-elle "
             "affirme-t-il affirme-t-elle note-t-il note-t-elle informe-t-il "
             "informe-t-elle poursuit-il poursuit-elle détaille-t-il détaille-t-elle"),
        ("", "fait état font état faisait état s'est réjoui s'est réjouie se réjouit "
             "s’est réjoui s’est réjouie"),
    ),
    document_nouns=("étude", "enquête", "rapport", "note", "chiffres", "données", "estimation",
                    "estimations", "prévisions", "statistiques", "bilan", "baromètre",
                    "sondage", "analyse", "calculs", "relevé", "publication", "provisoire",
                    "derniers", "dernières", "premiers", "premières", "nouveaux",
                    "nouvelles", "définitifs"),
    quote_pairs={"«": "»", "“": "”", "\"": "\"", "‹": "›"},
    person_nouns=("ministre", "président", "présidente", "directeur", "directrice",
                  "économiste", "analyste", "porte-parole", "patron", "patronne", "PDG",
                  "secrétaire", "gouverneur", "gouverneure", "député", "députée",
                  "sénateur", "sénatrice", "maire", "chef", "cheffe", "responsable",
                  "dirigeant", "dirigeante", "fondateur", "fondatrice", "professeur",
                  "professeure", "chercheur", "chercheuse", "expert", "experte", "partenaire",
                  "conseiller", "conseillère", "commissaire", "syndicaliste", "M.", "Mme",
                  "Mme.", "Dr", "Pr"),
    time_prepositions=("en", "au cours de", "au cours de l'année", "au cours de l’année",
                       "pour", "sur", "durant", "pendant", "dès", "à la fin de", "fin",
                       "début", "courant", "au titre de", "pour l'année", "pour l’année",
                       "sur l'année", "sur l’année", "sur l'exercice", "sur l’exercice",
                       "l'exercice", "l’exercice", "exercice", "l'année", "l’année", "entre",
                       "de"),
    relative_periods={
        "l'an dernier": ("year", -1), "l'année dernière": ("year", -1),
        "l'an passé": ("year", -1), "l'année passée": ("year", -1),
        "l'année précédente": ("year", -1),
        "cette année": ("year", 0), "l'an prochain": ("year", 1),
        "l'année prochaine": ("year", 1), "il y a deux ans": ("year", -2),
        "mois dernier": ("month", -1), "mois précédent": ("month", -1),
        "ce mois-ci": ("month", 0), "mois prochain": ("month", 1),
        "trimestre dernier": ("quarter", -1), "trimestre précédent": ("quarter", -1),
        "ce trimestre": ("quarter", 0), "dernier trimestre": ("quarter", -1),
        "semestre dernier": ("half", -1), "ce semestre": ("half", 0),
        "semaine dernière": ("week", -1), "cette semaine": ("week", 0),
        "hier": ("day", -1), "aujourd'hui": ("day", 0),
        "l'exercice en cours": ("year", 0), "cet exercice": ("year", 0),
        "l'exercice précédent": ("year", -1), "l'exercice écoulé": ("year", -1),
        "l'exercice dernier": ("year", -1), "le précédent exercice": ("year", -1),
        "l'année en cours": ("year", 0),
        "le trimestre en cours": ("quarter", 0), "le semestre dernier": ("half", -1),
        "un an auparavant": ("year", -1), "un an plus tôt": ("year", -1),
        "il y a un an": ("year", -1), "l'année d'avant": ("year", -1),
        "sur le trimestre": ("quarter", -1), "au cours du trimestre": ("quarter", -1),
        "sur le semestre": ("half", -1), "au cours du semestre": ("half", -1),
        "sur le mois": ("month", -1), "au cours du mois": ("month", -1),
        "la semaine précédente": ("week", -1), "semaine précédente": ("week", -1),
        "sur l'exercice": ("year", -1), "l'exercice suivant": ("year", 1),
        "l'exercice prochain": ("year", 1), "depuis le début de l'année": ("year", 0),
    },
    period_nouns={"trimestre": "quarter", "semestre": "half"},
    period_labels={"T": "quarter", "S": "half"},
    ordinals={"premier": 1, "première": 1, "1er": 1, "deuxième": 2, "second": 2,
              "seconde": 2, "2e": 2, "2ème": 2, "troisième": 3, "3e": 3, "3ème": 3,
              "quatrième": 4, "4e": 4, "4ème": 4},
    month_numbers={"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
                   "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
                   "décembre": 12},
    since_words=("depuis", "depuis le début de"),
    until_words=("d'ici", "d’ici", "d'ici à", "d’ici à", "d'ici la fin de", "jusqu'en",
                 "jusqu’en", "à l'horizon", "à l’horizon", "horizon"),
    year_range_links=("et", "à", "-", "–"),
    weekdays={"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
              "dimanche": 6},
    record_words=("plus haut", "plus bas", "record", "inédit", "jamais vu", "sommet",
                  "plancher", "plus élevé", "plus faible"),
    adjective_after_noun=True,
    change_words=_forms(
        ("", "hausse baisse augmentation diminution progression recul bond chute repli "
             "envolée flambée glissement contraction rebond gain perte"),
        ("en ", "hausse baisse progression recul repli"),
        ("", "augmenté augmente augmentent augmentait augmentera progressé progresse "
             "progressent progressera reculé recule reculent reculera baissé baisse "
             "baissent baissera grimpé grimpe grimpent bondi bondit bondissent chuté chute "
             "chutent diminué diminue diminuent gagné gagne perdu perd perdent "
             "rebondi rebondit glissé glisse fondu fond flambé flambe doublé double "
             "triplé triple quadruplé multiplié divisé passé passe passent passera "
             "passant passer grimper chuter reculer baisser augmenter progresser "
             "ralenti ralentit ralentissent accéléré accélère relevé relève abaissé "
             "réduit réduite réduits réduire creusé creuse redressé"),
        ("augment", "eront erait eraient"), ("progress", "eront erait eraient"),
        ("baiss", "eront erait eraient"), ("recul", "eront erait eraient"),
        ("supprim", "er e ent é ée és ées era eront ant"), ("suppression", "_ s"),
        ("diminu", "era eront erait"), ("grimp", "era eront erait"),
    ) + ("sur un an", "en un an", "sur un an glissant", "en glissement annuel",
         "s'est réduit", "s'est réduite", "s'est creusé", "s'est creusée",
         "s'est accru", "s'est accrue", "s'est envolé", "s'est envolée", "se sont envolés",
         "s'est contracté", "s'est contractée", "s'est replié", "s'est repliée",
         "croissance", "amputé", "amputée", "amputés", "amputées", "coupe", "coupes",
         "annulation", "annulations", "étoffé", "étoffée", "s'est étoffé", "s'est étoffée",
         "diminuer", "réduction", "réductions", "accru", "accrue", "s'est accru",
         "économie de", "économies de", "baisser de", "augmenter de", "relevé de",
         "en progression", "en recul", "en retrait", "supplémentaires", "supplémentaire", "a quitté", "passer de", "passé de",
         "minoré", "minorée", "majoré", "majorée", "croît", "croissent", "s'ajouter",
         "s'ajoute", "s'ajoutent", "s’ajouter", "s’ajoute", "s’ajoutent", "dépasse",
         "points de plus", "points de moins", "de plus qu'en", "de moins qu'en"),
    comparison_words=("fois plus", "fois moins", "plus que", "moins que", "plus qu'",
                      "plus qu’", "moins qu'", "moins qu’", "par rapport à", "par rapport au",
                      "par rapport aux", "comparé à", "comparée à", "rapporté à",
                      "contre", "face à", "à comparer", "que dans", "que chez", "de plus que",
                      "de moins que", "deux fois", "trois fois", "autant que", "supérieur à",
                      "inférieur à", "supérieure à", "inférieure à", "le double de",
                      "la moitié de", "plus élevé que", "plus élevée que", "plus élevés que", "plus élevées que",
                      "plus faible que", "plus faibles que", "inférieur", "inférieure",
                      "inférieurs", "inférieures", "supérieur", "supérieure", "supérieurs",
                      "supérieures", "au-dessus de", "en dessous de", "en deçà de",
                      "comparativement à", "comparativement aux", "en comparaison de",
                      "alors qu'en", "alors qu’en", "tandis qu'en", "tandis qu’en",
                      "classement", "en tête", "la plus", "le plus", "les plus",
                      "la moins", "le moins", "les moins", "au lieu de", "au lieu des"),
    share_words=("part", "proportion", "pourcentage", "quote-part", "majorité", "minorité"),
    # "estime", "estiment" are verbs of saying ("…, estime l'Insee"): no estimate by
    # themselves; "estimé à", "une estimation" are
    # a forecast, an expectation, an estimate named as such; not a plan ("prévoit un
    # budget", "sera investi", "vise", "objectif": CONVENTIONS)
    estimate_words=("estimé", "estimée", "estimés", "estimées",
                    "estimation", "estimations", "évalué", "évaluée", "évaluation",
                    "prévision", "prévisions", "projection", "projections", "devrait",
                    "devraient", "anticipe", "anticipent", "anticipé", "anticipée",
                    "table sur", "tablent sur", "attendu", "attendue", "attendus",
                    "attendues", "pourrait", "pourraient", "prévoient une hausse",
                    "prévoit une hausse", "prévoient une baisse", "prévoit une baisse",
                    "prévoit une croissance", "prévoient une croissance",
                    "table sur une croissance", "prévoit un recul", "prévoient un recul",
                    "selon les prévisions", "selon les projections", "modélisations"),
    hedge_words=("pourrait", "pourraient", "peut-être", "sans doute", "probablement",
                 "semble", "semblent", "serait", "seraient", "aurait", "auraient",
                 "on estime", "certains", "quelques", "plusieurs", "beaucoup",
                 "nombreux", "nombreuses", "environ", "près de", "autour de"),
    clause_openers=("tandis que", "tandis qu'", "tandis qu’", "alors que", "alors qu'",
                    "alors qu’", "mais", "puis", ";", "même si", "bien que", "bien qu'",
                    "bien qu’", "cependant", "toutefois", "néanmoins", "en revanche",
                    "par ailleurs", ", et", ", portant", ", ramenant", ", faisant"),
    complementisers=("que", "qu'", "qu’"),
    author_links=("par", "réalisé par", "réalisée par", "publié par", "publiée par"),
    speech_fillers=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                    "hier", "aujourd'hui", "aujourd’hui", "matin", "soir", "midi", "encore",
                    "aussi", "également", "dernier", "ce", ",", "—", "–"),
    period_prepositions=("au", "du", "le", "en", "pour le", "sur le", "au cours du",
                         "durant le", "pendant le", "dès le", "depuis le"),
    period_of=("de", "d'", "d’", "de l'année", "de l’année", "de l'exercice", "de l’exercice"),
    fiscal_words=("exercice", "l'exercice", "l’exercice", "exercice fiscal", "année fiscale", "exercice budgétaire"),
    trailing_periods={
        "sur un an": ("year", 1), "en un an": ("year", 1), "sur un an glissant": ("year", 1),
        "en glissement annuel": ("year", 1), "sur douze mois": ("month", 12),
        "sur 12 mois": ("month", 12), "sur les douze derniers mois": ("month", 12),
        "sur les 12 derniers mois": ("month", 12), "en douze mois": ("month", 12),
        "au cours des douze derniers mois": ("month", 12),
        "au cours des 12 derniers mois": ("month", 12), "sur l'année écoulée": ("year", 1),
        "sur l’année écoulée": ("year", 1), "en un mois": ("month", 1),
        "sur un mois": ("month", 1), "en un trimestre": ("quarter", 1),
        "sur un trimestre": ("quarter", 1), "en glissement trimestriel": ("quarter", 1),
        "en glissement mensuel": ("month", 1), "sur une semaine": ("week", 1),
        "en une semaine": ("week", 1), "en une journée": ("day", 1),
        "en seulement un an": ("year", 1), "sur la dernière décennie": ("year", 10),
        "sur les dix dernières années": ("year", 10),
    },
    rate_words=("par an", "par mois", "par jour", "par semaine", "par année"),
    speech_noun_links=("de", "d'", "d’", "du", "des", "pour"),
    inversion_words=("comme", "comme le", "comme la", "comme l'", "comme l’", "ainsi que"),
    reference_nouns=("PIB", "produit intérieur brut", "richesse nationale", "revenu national",
                     "masse salariale"),
    baseline_nouns=("prévision", "prévisions", "estimation", "estimations", "consensus",
                    "attentes", "objectif", "projection", "projections", "prévision initiale"),
    seasons={"été": (6, 3), "automne": (9, 3), "hiver": (12, 3), "printemps": (3, 3)},
    season_this=("cet", "ce", "l'", "l’", "de l'", "de l’", "à l'", "à l’", "au", "en",
                 "au cœur de l'", "au cœur de l’", "au début de l'", "au début de l’",
                 "à la fin de l'", "à la fin de l’"),
    season_last=("dernier", "précédent", "passé"),
    frame_prepositions=("en", "après", "au bout de", "sur", "sur les", "au cours des",
                        "en l'espace de", "en l’espace de", "en seulement"),
    share_markers=("dont", "d'entre eux", "d’entre eux", "d'entre elles", "d’entre elles",
                   "seuls", "seules", "seulement", "parmi eux", "parmi elles", "sur les",
                   "du total", "de l'ensemble", "de l’ensemble"),
    share_links=("de", "d'", "d’", "des", "du"),
    figure_units=("ME", "MEUR", "M€", "Md€", "Mds€", "Mrd€", "K€", "k€", "FCFA", "F CFA",
                  "MdE", "Mt", "GW", "MW", "TWh", "GWh", "€/m²", "HT", "TTC", "brut", "bruts",
                  "brute", "brutes", "net", "nets", "nette", "nettes", "courants",
                  "constants", "euros courants", "euros constants"),
    # not "avec", "pour", "par", "parmi", "chez": "avec 11 millions de voyageurs",
    # "pour les maisons" name what is counted
    prepositions=("en", "dans", "sur", "sous", "sans", "vers", "contre", "depuis", "pendant",
                  "selon", "après", "avant", "entre", "à", "au", "aux", "dès", "malgré",
                  "hors", "d'après", "d’après", "face"),
    not_counted=("auprès", "par", "pour", "avec", "chez", "parmi", "dont", "soit"),
    change_links=("de", "d'", "d’", "des", "du", "sur"),
    relative_pronouns=("qui",),
    pronouns=("il", "elle", "ils", "elles", "on", "cela", "ça", "celui-ci", "celle-ci",
              "ceux-ci", "celles-ci", "nous", "vous", "je", "j'", "j’"),
)


# -- bounds: thresholds and ceilings, every wording ------------------------------------
#: a threshold named before the figure: "le cap des", "la barre symbolique de", "le seuil d'"
_THRESHOLDS = tuple(
    f"{det} {noun}{adj} {link}"
    for det, noun in (("le", "cap"), ("la", "barre"), ("le", "seuil"), ("la", "limite"),
                      ("le", "plafond"), ("la", "borne"), ("le", "niveau"))
    for adj in ("", " symbolique", " fatidique", " psychologique", " historique")
    for link in ("des", "de", "d'", "d’", "du"))


def _of(threshold: str) -> str:
    """"le seuil des" after "au-dessus": "du seuil des"; "la barre des": "de la barre des"."""
    return "du" + threshold[2:] if threshold.startswith("le ") else "de " + threshold


#: verbs that go over a figure, every form: "a dépassé", "franchissant", "excédera"
_OVER_VERBS = _forms(
    ("dépass", _ER), ("franchi", "_ r t s ssent ssait ssaient ra ront rait ssant e es"),
    ("excéd", "er é ée és ées ait aient ant era eront"), ("excèd", "e ent"),
    ("surpass", _ER), ("outrepass", _ER), ("crev", "é er ant"))
#: of those, the ones that go over a figure after "les" too: "a dépassé les 730 km" (one
#: "franchit les 3 000 milles" of a journey)
_OVER_THE_VERBS = tuple(v for v in _OVER_VERBS if not v.startswith(("franchi", "crev")))
#: verbs that go over a figure only when a threshold is named: "a passé le cap des"
_PASS_VERBS = _forms(("pass", _ER), ("repass", _ER))
#: verbs that reach a figure when a threshold is named: "a atteint le cap des" (at least)
_REACH_VERBS = _forms(("atteint", "_"), ("atteign", "ent ait aient ant"), ("atteindr", "e a ont ait"))
#: verbs and nouns that put a ceiling on a figure: "plafonnée à", "un plafond de"
_CEILINGS = _forms(("plafonn", _ER), ("limit", "é ée és ées")) + ("plafond", "plafond fixé",
                                                                  "plafond maximal",
                                                                  "dans la limite",
                                                                  "dans la limite des",
                                                                  "dans une limite")
#: a floor: "un plancher de", "un minimum de"
_FLOORS = ("plancher", "plancher fixé", "seuil minimal", "seuil minimum",
           # "un minimum de 5", not "le salaire minimum à 70 000" (an adjective)
           "minimum de", "minimum d'", "minimum d’")
#: verbs that come near a figure without a side: "frisait les 30 °C", "frôle les 40 %",
#: "approche les 38 milliards", "avoisine les 2 000" (a hedge, CONVENTIONS: approximate)
_NEAR_VERBS = _forms(("fris", _ER), ("frôl", _ER), ("avoisin", _ER), ("approch", _ER))
#: what stands between a bounding verb and its figure besides a link: "ne dépasse pas
#: 14 %" (negated: at most), "dépasse désormais les 90 dollars", "frisait déjà les 30 °C"
_NEGATED_AFTER = ("pas", "jamais", "pas les", "jamais les")
_VERB_ADVERBS = ("déjà", "désormais", "aujourd'hui", "aujourd’hui", "encore", "même",
                 "presque", "largement", "nettement", "allègrement", "bientôt")


def _unhyphened(phrases):
    """Each phrase, and the same written without its hyphen or with a wrong one, as news
    writes them: "au dessus de", "au delà de", "en-dessous de"."""
    out = dict(phrases)
    for phrase, q in phrases.items():
        for right, wrong in (("au-dessus", "au dessus"), ("au-dessous", "au dessous"),
                             ("au-delà", "au delà"), ("en dessous", "en-dessous")):
            if phrase.startswith(right):
                out.setdefault(wrong + phrase[len(right):], q)
    return out


LANGUAGE = LanguageData(
    code="fr",
    cldr_locale="fr",
    decimal_mark=",",
    group_marks=(" ", "\u00a0", "\u202f", "."),
    cardinals=_UNITS,
    scales={
        "mille": 1000, "million": 10**6, "millions": 10**6,
        "milliard": 10**9, "milliards": 10**9, "billion": 10**12, "billions": 10**12,
        "trillion": 10**18, "trillions": 10**18, "lakh": 10**5, "lakhs": 10**5,
        "crore": 10**7, "crores": 10**7,
    },
    scale_abbrevs={
        "Md": 10**9, "Mds": 10**9, "Mrd": 10**9, "Mrds": 10**9, "mds": 10**9, "md": 10**9,
        "M": 10**6, "k": 1000, "K": 1000, "mio": 10**6, "Mio": 10**6, "b": 10**9,
        "bn": 10**9, "mn": 10**6, "mil": 10**6,
    },
    money_scale_abbrevs={"m": 10**6},
    # "164 G$" (Québec: milliards), "7 MM€", "85 ME", "4 MdE"
    currency_scale_abbrevs={"G": 10**9, "MM": 10**9},
    scale_currency_letters={"E": "EUR"},
    mass_currency_homographs={"livres": "lb", "livre": "lb"},
    weight_words=("pèse", "pèsent", "pesait", "pesaient", "pesé", "pesant", "peser",
                  "poids", "pesée"),
    scaled_units={"Mb/j": ("bbl/d", 10**6), "mb/j": ("bbl/d", 10**6),
                  "M b/j": ("bbl/d", 10**6), "kb/j": ("bbl/d", 1000)},
    temperature_words=("température", "températures", "thermomètre", "mercure",
                       "maximales", "minimales", "une maximale de", "une minimale de",
                       "il fera", "il a fait"),
    default_temperature_unit="°C",
    bare_degrees=("degrés", "degré", "°"),
    temperature_scale_words={
        "°C": ("celsius", "°C", "ºC", "centigrades"),
        "°F": ("fahrenheit", "°F", "ºF"),
    },
    unit_scale_homographs={"m": 10**6},
    counted_nouns=(
        "personnes", "habitants", "passagers", "voyageurs", "visiteurs", "touristes",
        "spectateurs", "téléspectateurs", "utilisateurs", "clients", "abonnés", "électeurs",
        "foyers", "ménages", "familles", "emplois", "salariés", "travailleurs", "employés",
        "résidents", "citoyens", "enfants", "adultes", "élèves", "étudiants", "patients",
        "membres", "fans", "exemplaires", "véhicules", "voitures", "trajets", "actions",
        "doses", "billets", "barils", "tonnes", "hectares", "animaux", "arbres", "migrants",
        "réfugiés", "retraités", "comptes", "appareils", "téléphones", "abonnements"),
    joiners=("et",),
    decimal_words=("virgule",),
    negative_words=("négatif", "négative"),
    fractions=_ORDINAL_FRACTIONS,
    articles=("un", "une"),
    numeral_articles=("un", "une"),
    ratio_words=("sur",),
    fraction_scale_links=("de",),
    multipliers={"double": 2, "triple": 3, "quadruple": 4},
    times_words=("fois",),
    adjective_multipliers=("double", "triple", "quadruple"),
    multiplier_objects=("de", "du", "des", "que", "celui", "celle", "ceux"),
    plural_scale_nouns={
        "dizaines": 10, "douzaines": 12, "centaines": 100, "milliers": 1000,
        "millions": 10**6, "milliards": 10**9,
    },
    approx_nouns={
        "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
        "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
        "millier": 1000, "le million": 10**6, "le milliard": 10**9,
    },
    several_words=("plusieurs", "quelques"),
    scale_links=("de", "d'", "d’"),
    plural_determiners=("des", "de", "d'", "d’", "les"),
    noun_determiners=("la", "le", "l'", "l’"),
    money_nouns=("salaire", "salaires", "fonds", "crédits", "crédit", "actions", "dividendes",
                 "recettes", "dépenses", "économies", "aides", "subventions", "revenus",
                 "bénéfices", "pertes", "dette", "dettes", "investissements", "financement",
                 "financements", "commandes", "prêts", "dons", "primes", "capitalisation",
                 "chiffre", "budget", "taxes", "impôts", "cotisations", "ici"),
    money_followers=("par", "dès", "cette", "lors", "en", "au", "à", "un", "une", "conformément"),
    ordinal_adjectives=("premier", "première", "second", "seconde", "dernier", "dernière"),
    fraction_nouns_alone=("moitié", "demi", "demie"),
    pure_fraction_nouns=("demi", "demie", "moitié", "tiers", "quart", "quarts"),
    ordinal_nouns=("fois", "année", "rang", "place", "trimestre", "mandat", "jour", "mois",
                   "semaine", "édition", "vague", "tour", "siècle", "position", "plus"),
    pre_qualifiers=_unhyphened({
        "plus de": "more_than", "plus d'": "more_than", "plus d’": "more_than",
        "plus du": "more_than", "moins du": "less_than",
        "un peu plus de": "more_than", "un peu plus d'": "more_than", "un peu plus d’": "more_than",
        "largement plus de": "more_than", "bien plus de": "more_than",
        "au-delà de": "more_than", "supérieur à": "gt", "supérieure à": "gt",
        "supérieurs à": "gt", "supérieures à": "gt",
        "supérieur ou égal à": "ge", "supérieure ou égale à": "ge", "supérieurs ou égaux à": "ge",
        "supérieures ou égales à": "ge", "égal ou supérieur à": "ge", "plus de ou égal à": "ge",
        "au moins ou égal à": "ge",
        "inférieur à": "lt", "inférieure à": "lt", "inférieurs à": "lt", "inférieures à": "lt",
        "inférieur ou égal à": "le", "inférieure ou égale à": "le", "inférieurs ou égaux à": "le",
        "inférieures ou égales à": "le", "égal ou inférieur à": "le",
        "au moins": "at_least", "pas moins de": "at_least", "pas moins d'": "at_least",
        "pas moins d’": "at_least", "au minimum": "at_least",
        "moins de": "less_than", "moins d'": "less_than", "moins d’": "less_than",
        "un peu moins de": "less_than", "un peu moins d'": "less_than",
        "sous les": "less_than", "sous la barre des": "less_than", "en dessous de": "less_than",
        "jusqu'à": "up_to", "jusqu’à": "up_to", "au plus": "up_to", "au maximum": "up_to",
        "environ": "approx", "près de": "approx", "près d'": "approx", "près d’": "approx",
        "près du": "approx", "près des": "approx",
        "quelque": "approx", "autour de": "approx", "autour d'": "approx", "à peu près": "approx",
        "proche de": "approx", "presque": "approx", "approximativement": "approx",
        "aux alentours de": "approx", "de l'ordre de": "approx", "de l’ordre de": "approx",
        "grosso modo": "approx", "quasiment": "approx", "pratiquement": "approx",
        "égal à": "eq", "au nombre de": "eq",
        # hedges in any wording: "de l'ordre du milliard", "plus ou moins 200"
        "de l'ordre": "approx", "de l’ordre": "approx", "de l'ordre des": "approx",
        "de l’ordre des": "approx", "de l'ordre d'": "approx", "de l’ordre d’": "approx",
        "plus ou moins": "approx", "à peu de chose près": "approx",
        "quelque chose comme": "approx", "de l'ordre du": "approx", "de l’ordre du": "approx",
        "autour du": "approx", "aux alentours du": "approx", "aux environs de": "approx", "environ de": "approx",
        "avoisinant": "approx", "avoisinant les": "approx", "frôlant les": "approx",
        # the side of a threshold: "au-dessus du seuil des", "sous le cap des"
        **{f"{side} {t}": q for t in _THRESHOLDS for side, q in (("sous", "less_than"),)},
        **{f"{side} {_of(t)}": q for t in _THRESHOLDS
           for side, q in (("au-dessus", "more_than"), ("au-dessous", "less_than"),
                           ("en dessous", "less_than"), ("en deçà", "less_than"),
                           ("au-delà", "more_than"))},
        "au-dessus de": "more_than", "au-dessus d'": "more_than", "au-dessus des": "more_than",
        "au-dessous de": "less_than", "en deçà de": "less_than", "en dessous des": "less_than",
        "proches de": "approx", "proche des": "approx", "proches des": "approx",
        "proche du": "approx", "proches du": "approx",
        # formula comparatives: "un indice >= 180", "un taux ≤ 3 %"
        ">": "gt", ">=": "ge", "> =": "ge", "≥": "ge", "<": "lt", "<=": "le", "< =": "le",
        "≤": "le",
    }),
    post_qualifiers={
        "ou plus": "at_least", "et plus": "at_least", "ou davantage": "at_least",
        "ou moins": "up_to", "au moins": "at_least", "environ": "approx", "ou plus que": "at_least",
        "au minimum": "at_least", "minimum": "at_least", "au maximum": "up_to",
        "maximum": "up_to", "au plus": "up_to", "tout au plus": "up_to",
        "à peu près": "approx", "approximativement": "approx", "à peu de chose près": "approx",
        "grosso modo": "approx",
    },
    bounding_verbs={
        "dépasse": "more_than", "dépassent": "more_than", "dépasser": "more_than",
        "dépassé": "more_than", "dépassait": "more_than", "dépasserait": "more_than",
        "franchi": "more_than", "franchit": "more_than", "franchir": "more_than",
        "franchi la barre des": "more_than", "franchi la barre de": "more_than",
        "franchir la barre des": "more_than", "franchit la barre des": "more_than",
        "dépassé la barre des": "more_than", "dépasser la barre des": "more_than",
        "excède": "more_than", "excéder": "more_than", "excédé": "more_than",
        "tomber sous la barre des": "less_than", "passer sous la barre des": "less_than",
        "tombé sous la barre des": "less_than", "passé sous la barre des": "less_than",
        **{v: "more_than" for v in _OVER_VERBS},
        **{f"{v} les": "more_than" for v in _OVER_THE_VERBS},
        **{f"{v} {t}": "more_than" for v in _PASS_VERBS for t in _THRESHOLDS},
        **{f"{v} {t}": "at_least" for v in _REACH_VERBS for t in _THRESHOLDS},
        **{v: "up_to" for v in _CEILINGS},
        **{v: "at_least" for v in _FLOORS},
        **{f"{v} {n}": "up_to" for v in _OVER_VERBS for n in _NEGATED_AFTER},
        **{v: "approx" for v in _NEAR_VERBS},
        **{f"{v} {d}": "approx" for v in _NEAR_VERBS for d in ("les", "des")},
    },
    # "grimpe à", "passe à la barre des", "a dépassé les 730 km", "franchi le seuil des"
    bounding_verb_links=("à", "a", "à la barre des", "de", "d'", "d’", *_THRESHOLDS,
                         *(f"{adv} {link}" for adv in _VERB_ADVERBS
                           for link in ("les", "à", "la barre des", *_THRESHOLDS))),
    negation_words=("pas", "jamais", "aucunement", "nullement"),
    estimate_words=("estimé à", "estimée à", "estimés à", "estimées à", "évalué à",
                    "évaluée à", "évalués à", "évaluées à", "évalués", "estimé entre",
                    "évalué entre"),
    range_openers={
        "entre": ("et",), "compris entre": ("et",), "de": ("à", "au"), "d'": ("à",),
        "d’": ("à",), "allant de": ("à",), "va de": ("à",), "vont de": ("à",),
        "varie de": ("à",), "oscille entre": ("et",),
    },
    bare_range_connectors=("à",),
    change_verbs=("passer", "passé", "passée", "passés", "passées", "passant", "passe",
                  "passera", "passait", "grimper", "grimpé", "grimpe", "chuter", "chuté",
                  "reculer", "reculé", "baisser", "baissé", "bondir", "bondi",
                  "ramené", "ramenée", "porté", "portée", "relevé", "abaissé"),
    percent_words=("pour cent", "pour-cent", "pourcent", "pourcents", "pourcentage",
                   "pourcentages", "%"),
    percentage_point_words=("points de pourcentage", "point de pourcentage",
                            "points de %", "point de %", "pts de pourcentage", "pt de pourcentage"),
    basis_point_words=("points de base", "point de base", "pb"),
    bare_point_words=("point", "points", "pt", "pts"),
    units={
        # rates, metric spellings and prefixes, imperial units (issue "Read real news")
        "km/h": "km/h", "kilomètres par heure": "km/h", "kilomètre par heure": "km/h",
        "kilomètres-heure": "km/h", "kilomètres/heure": "km/h", "km par heure": "km/h",
        "kms": "km", "kilometres": "km", "centimètre": "cm", "centimètres": "cm",
        "millimètre": "mm", "millimètres": "mm", "nm": "nm", "nanomètre": "nm",
        "nanomètres": "nm", "cl": "cl", "centilitre": "cl", "centilitres": "cl",
        "mg": "mg", "milligramme": "mg", "milligrammes": "mg", "Mt": "Mt",
        "mégatonne": "Mt", "mégatonnes": "Mt", "pouce": "in", "pouces": "in",
        "pied": "ft", "pieds": "ft", "gallon": "gal", "gallons": "gal", "once": "oz",
        "onces": "oz", "miles par heure": "mph", "mph": "mph",
        "km": "km", "kilomètre": "km", "kilomètres": "km", "m": "m", "mètre": "m",
        "mètres": "m", "cm": "cm", "mm": "mm", "mi": "mi", "mile": "mi", "miles": "mi",
        "m²": "m²", "m2": "m²", "mètres carrés": "m²", "mètre carré": "m²",
        "km²": "km²", "km2": "km²", "kilomètres carrés": "km²", "ha": "ha", "hectare": "ha",
        "hectares": "ha", "acre": "acre", "acres": "acre",
        "t": "t", "tonne": "t", "tonnes": "t", "kg": "kg", "kilo": "kg", "kilos": "kg",
        "kilogramme": "kg", "kilogrammes": "kg", "g": "g", "gramme": "g", "grammes": "g",
        "lb": "lb", "livres-poids": "lb",
        "l": "l", "litre": "l", "litres": "l", "ml": "ml", "millilitre": "ml",
        "millilitres": "ml", "hl": "hl", "hectolitre": "hl", "hectolitres": "hl",
        "baril": "bbl", "barils": "bbl", "bbl": "bbl",
        "kW": "kW", "kilowatt": "kW", "kilowatts": "kW", "MW": "MW", "mégawatt": "MW",
        "mégawatts": "MW", "GW": "GW", "gigawatt": "GW", "gigawatts": "GW",
        "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh", "térawattheures": "TWh",
        "°C": "°C", "degrés Celsius": "°C", "degrés": "°C", "°F": "°F",
        # a temperature without a glued sign: "38° à l'ombre", "41 ° celsius"
        "°": "°C", "° C": "°C", "° celsius": "°C", "° Celsius": "°C", "degrés celsius": "°C",
        "degré Celsius": "°C", "degré celsius": "°C", "degré": "°C", "°c": "°C",
        "degrés Fahrenheit": "°F", "degrés fahrenheit": "°F", "° F": "°F", "Fahrenheit": "°F",
        "Mbit/s": "Mbit/s", "mégabits par seconde": "Mbit/s", "Gbit/s": "Gbit/s",
        "an": "year", "ans": "year", "année": "year", "années": "year", "mois": "month",
        "semaine": "week", "semaines": "week", "jour": "day", "jours": "day",
        "journée": "day", "journées": "day",
        "heure": "h", "heures": "h", "h": "h", "minute": "min", "minutes": "min",
        "min": "min", "seconde": "s", "secondes": "s",
        # issue 11, units: temperatures without a glued sign
        "°": "°C", "° C": "°C", "ºC": "°C", "celsius": "°C", "degrés C": "°C",
        "degré": "°C", "degré Celsius": "°C", "° celsius": "°C", "degrés centigrades": "°C",
        "fahrenheit": "°F", "degrés Fahrenheit": "°F", "° F": "°F", "ºF": "°F",
        "° fahrenheit": "°F",
        # imperial, as French writes it
        "pouce": "in", "pouces": "in", "pied": "ft", "pieds": "ft", "yard": "yd",
        "yards": "yd", "milles": "mi", "milles nautiques": "nmi", "milles marins": "nmi",
        "mille nautique": "nmi", "mille marin": "nmi", "gallon": "gal", "gallons": "gal", "once": "oz",
        "onces": "oz", "boisseau": "bu", "boisseaux": "bu",
        # metric spellings and prefixes
        "kilometre": "km", "kilometres": "km", "kms": "km", "centimètre": "cm",
        "centimètres": "cm", "centimetre": "cm", "centimetres": "cm", "millimètre": "mm",
        "millimètres": "mm", "nanomètre": "nm", "nanomètres": "nm", "nm": "nm",
        "micromètre": "µm", "micromètres": "µm", "µm": "µm",
        "cl": "cl", "centilitre": "cl", "centilitres": "cl", "mg": "mg",
        "milligramme": "mg", "milligrammes": "mg", "µg": "µg", "microgramme": "µg",
        "microgrammes": "µg", "Mt": "Mt", "mégatonne": "Mt", "mégatonnes": "Mt",
        "kt": "kt", "kilotonne": "kt", "kilotonnes": "kt", "Gt": "Gt", "gigatonne": "Gt",
        "gigatonnes": "Gt", "térawatts-heure": "TWh", "térawattheure": "TWh",
        "térawatts heure": "TWh", "térawatt-heure": "TWh", "Twh": "TWh", "Gwh": "GWh",
        "gigawattheures": "GWh", "gigawatts-heure": "GWh", "mégawattheures": "MWh",
        "mégawatts-heure": "MWh", "kilowattheures": "kWh", "kilowattheure": "kWh",
        "kilowatts-heure": "kWh", "kwh": "kWh", "Kwh": "kWh",
        "mégapixels": "MP", "mégapixel": "MP", "Mpx": "MP",
        # farm yields: quintaux (100 kg) are a yield in French farm news
        # (a yield in farm news: "88 quintaux" is 88 q/ha; a mass is written in tonnes)
        "quintal": "q/ha", "quintaux": "q/ha", "qx": "q/ha", "q/ha": "q/ha", "qx/ha": "q/ha",
        "quintaux à l'hectare": "q/ha", "quintaux par hectare": "q/ha",
        "quintaux/ha": "q/ha", "quintal à l'hectare": "q/ha", "quintal par hectare": "q/ha",
        "t/ha": "t/ha", "tonnes à l'hectare": "t/ha", "tonnes par hectare": "t/ha",
        "tonne à l'hectare": "t/ha", "tonne par hectare": "t/ha", "kg/hl": "kg/hl",
        "kilos par hectolitre": "kg/hl", "kg/ha": "kg/ha", "kilos à l'hectare": "kg/ha",
        "kilos par hectare": "kg/ha",
        # rates
        "km/h": "km/h", "kilomètres par heure": "km/h", "kilomètres-heure": "km/h",
        "kilomètres/heure": "km/h", "kilomètres à l'heure": "km/h", "km à l'heure": "km/h",
        "km par heure": "km/h", "kilomètre-heure": "km/h", "kmh": "km/h",
        "m/s": "m/s", "mètres par seconde": "m/s", "mètres/seconde": "m/s",
        "nœud": "kn", "nœuds": "kn", "noeud": "kn", "noeuds": "kn", "kn": "kn",
        # "barils par jour" stays bbl (the dev gold reads "1 million de barils par jour"
        # so); the symbols of the rate are the rate
        "barils/jour": "bbl/d", "barils/j": "bbl/d", "b/j": "bbl/d", "bpj": "bbl/d",
        "bbl/j": "bbl/d",
        "mph": "mph", "miles par heure": "mph", "miles à l'heure": "mph",
        "trimestre": "quarter", "trimestres": "quarter",
    },
    currency_names={
        "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD",
        "dollar américain": "USD", "dollars américains": "USD", "dollars US": "USD",
        "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY",
        "yuan renminbi": "CNY", "yuans renminbi": "CNY", "RMB": "CNY", "元": "CNY",
        "yen": "JPY", "yens": "JPY", "livre": "GBP", "livres": "GBP",
        "livre sterling": "GBP", "livres sterling": "GBP", "sterling": "GBP",
        "franc suisse": "CHF", "francs suisses": "CHF", "franc CFA": "XOF",
        "francs CFA": "XOF", "FCFA": "XOF", "F CFA": "XOF",
        "franc": "FRF", "francs": "FRF", "won": "KRW", "wons": "KRW",
        "roupie": None, "roupies": None, "roupie indienne": "INR", "roupies indiennes": "INR",
        "mark finlandais": "FIM", "marks finlandais": "FIM",
        "florins hollandais": "NLG", "florin hollandais": "NLG",
        "dollars canadiens": "CAD", "dollar canadien": "CAD",
        "dollars australiens": "AUD", "dollars de Hong Kong": "HKD",
        "couronnes": "SEK", "roubles": "RUB", "rouble": "RUB", "bitcoins": None,
        "bitcoin": None, "BTC": None, "balles": "EUR", "patacas": "MOP",
        "$CAD": "CAD", "$CA": "CAD", "$US": "USD", "$ US": "USD", "$ hk": "HKD", "$HK": "HKD",
        "$ usd": "USD", "M€": "EUR", "Md€": "EUR", "k€": "EUR", "Mds€": "EUR", "M$": "USD",
        "Md$": "USD", "MEUR": "EUR", "MUSD": "USD", "MGBP": "GBP",
        # issue 11, currencies
        "naira": "NGN", "nairas": "NGN", "ringgit": "MYR", "ringgits": "MYR",
        "shekel": "ILS", "shekels": "ILS", "nouveaux shekels": "ILS", "nouveau shekel": "ILS",
        "NIS": "ILS", "peseta": "ESP", "pesetas": "ESP", "ptas": "ESP",
        "deutsche mark": "DEM", "deutsche marks": "DEM", "deutschemark": "DEM",
        "deutschemarks": "DEM", "deutschmark": "DEM", "deutschmarks": "DEM",
        "d-mark": "DEM", "marks allemands": "DEM", "mark allemand": "DEM", "DM": "DEM",
        "cfa": "XOF", "FCA": "XOF", "shilling": "KES", "shillings": "KES",
        "shillings kényans": "KES", "rand": "ZAR", "rands": "ZAR", "sfr": "CHF",
        "sfr.": "CHF", "FS": "CHF",
        "ringgits malaisiens": "MYR", "ringgit malaisien": "MYR",
        "anciens francs": "FRF", "ancien franc": "FRF", "nouveaux francs": "FRF",
        "nouveau franc": "FRF", "francs français": "FRF", "franc français": "FRF",
    },
    currency_adjectives={
        "canadiens": "CAD", "canadien": "CAD", "CA": "CAD", "CAN": "CAD", "australiens": "AUD",
        "australien": "AUD", "néo-zélandais": "NZD", "de Hong Kong": "HKD", "HK": "HKD",
        "US": "USD", "américains": "USD", "américain": "USD", "de Singapour": "SGD",
        "singapouriens": "SGD", "mexicains": "MXN", "taïwanais": "TWD",
        "égyptiennes": "EGP", "égyptienne": "EGP", "libanaises": "LBP", "libanaise": "LBP",
    },
    currency_prefixes={
        "Euro": "EUR", "Euros": "EUR", "EURO": "EUR", "CFA": "XOF", "FCFA": "XOF",
        "NIS": "ILS", "Sh": "KES", "KSh": "KES", "Ksh": "KES", "R": "ZAR", "SFr": "CHF",
        "SFr.": "CHF", "Sfr": "CHF", "DM": "DEM",
    },
    minor_units={
        "centimes": ("EUR", "0.01"), "centime": ("EUR", "0.01"),
        "cents": ("USD", "0.01"), "cent": ("USD", "0.01"),
        "pence": ("GBP", "0.01"), "penny": ("GBP", "0.01"),
        "kopecks": ("RUB", "0.01"), "kopeck": ("RUB", "0.01"), "paise": ("INR", "0.01"),
        "pesewas": ("GHS", "0.01"), "pesewa": ("GHS", "0.01"), "fen": ("CNY", "0.01"),
        "¢": ("USD", "0.01"),
    },
    minor_after_major=("cent", "cents", "centime", "centimes", "pence", "¢"),
    compound_minor_units={
        # "£3 10s 6d" in French text; "3 francs 10 sous": 20 sous au franc
        "s": ("GBP", "1/20"), "d": ("GBP", "1/240"), "sous": ("FRF", "1/20"),
    },
    currency_context={
        "CNY": ("yuan", "yuans", "renminbi", "rmb", "chine", "chinois", "chinoise", "chinoises",
                "pékin", "shanghai", "shenzhen"),
        "CHF": ("suisse", "suisses", "zurich", "genève", "helvétique", "helvétiques",
                "confédération", "conseil fédéral", "conseil des etats", "conseil des états",
                "conseil national", "berne", "lausanne", "bâle", "vaud", "valais",
                "neuchâtel", "fribourg", "tessin", "keystone-ats", "office fédéral",
                "offices fédéraux", "département fédéral"),
        "XOF": ("sénégal", "côte d'ivoire", "côte d’ivoire", "mali", "burkina", "niger",
                "bénin", "togo", "dakar", "abidjan", "cfa"),
        "XAF": ("cameroun", "gabon", "congo", "tchad", "centrafrique", "guinée équatoriale",
                "centrafricaine", "douala", "yaoundé", "libreville", "brazzaville",
                "n'djamena", "n’djamena", "bangui", "cemac"),
        "INR": ("inde", "indien", "indienne", "indiens", "indiennes", "new delhi", "delhi",
                "bombay", "mumbai", "calcutta", "bangalore", "kerala"),
        "PKR": ("pakistan", "pakistanais", "pakistanaise", "islamabad", "karachi", "lahore"),
        "KES": ("kenya", "kényan", "kényane", "kényans", "nairobi", "mombasa"),
        "UGX": ("ouganda", "ougandais", "kampala"),
        "TZS": ("tanzanie", "tanzanien", "dar es salaam", "dodoma"),
    },
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre", "janv", "févr", "sept", "oct",
            "nov", "déc"),
    ordinal_suffixes=("e", "er", "ère", "re", "ème", "eme", "è", "nd", "nde"),
    clock_suffixes=(),
    hour_marks=("h",),
    label_nouns=("cop", "article", "articles", "ligne", "lignes", "numéro", "n°", "no.", "page", "p.",
                 "chapitre", "section", "alinéa", "route", "version", "niveau", "étape",
                 "tome", "volume", "vol.", "arrondissement", "rue", "boulevard", "avenue",
                 "quai", "place", "secteur", "porte", "zone", "classe", "catégorie", "groupe",
                 "saison", "épisode", "modèle", "série", "lot", "code", "bus", "vol", "art.",
                 "art", "réf.", "réf", "référence", "note", "notes", "§", "annexe",
                 "dossier", "affaire", "pourvoi", "décret", "loi", "ordonnance"),
    adjective_homographs=("neuf",),
    spaced_compounds={"quatre vingt": "quatre-vingt", "quatre vingts": "quatre-vingt"},
    tens_before_teens=(60, 80),
    plural_endings=("s", "x"),
    lone_scale_determiners=("du", "au"),
    ordinal_endings=("ième", "ièmes", "ieme", "iemes", "ème", "èmes"),
    tolerance_words=("plus ou moins", "à plus ou moins", "±", "+/-"),
    dozen_nouns={"douzaine": 12, "douzaines": 12, "dz": 12, "dzs": 12},
    clock_prepositions=("à", "vers", "dès", "avant", "après", "jusqu'à", "jusqu’à"),
    clock_hour_words=("h", "heure", "heures"),
    clock_duration_words=("de", "d'", "d’", "par", "supplémentaires", "hebdomadaires",
                          "consécutives", "plus", "environ", "maximum", "minimum"),
    day_determiners=("le", "l'", "l’"),
    phone_verbs=("appelez", "appeler", "appelle", "appellent", "appelé", "appelant",
                 "composez", "composer", "compose", "composé", "composant", "contactez",
                 "contacter", "joindre", "joignez", "rappelez", "rappeler", "faites"),
    phone_determiners=("le", "au"),
    phone_followers=("pour", "ou", "si", "depuis", "dès", "en", "et", "afin", "qui", "au",
                     "à", "gratuit", "gratuitement"),
    hyphen_name_nouns=("pièces", "pièce"),
    sign_words=("moins", "négatif", "négative", "négatifs", "négatives"),
    point_count_words=("indice", "indices", "Bourse", "CAC", "Dow Jones", "Nasdaq", "Dax",
                       "Footsie", "Nikkei", "S&P", "SBF", "Euro Stoxx", "Stoxx",
                       "classement", "match", "matches", "matchs", "avance", "retard",
                       "victoire", "ordre du jour", "note", "barème", "permis"),
    half_tails=("et demi", "et demie", "et 1/2", "et ½"),
    half_prefixes=("une demi-", "un demi-", "demi-"),
    score_words_before=("battu", "battue", "battus", "battues", "bat", "battent", "battre",
                        "victoire", "victoires", "défaite", "défaites", "nul", "match",
                        "score", "imposé", "imposée", "imposés", "imposées", "impose",
                        "imposent", "emporte", "emporté", "emportée", "remporté", "remportée",
                        "gagné", "gagnée", "perdu", "perdue", "mène", "menait", "menaient",
                        "mènent", "s'incline", "incliné", "inclinée", "succès", "revers"),
    score_links=("à",),
    power_words=("puissance", "à la puissance", "exposant"),
    fraction_point_words=("point", "points", "point de pourcentage", "points de pourcentage"),
    age_words=("âgé de", "âgée de", "âgés de", "âgées de", "âgé d'", "âgée d'", "âgés d'",
               "âgées d'", "âge de", "âge d'", "âgé de moins de", "âgés de plus de"),
    sign_word_blockers=("au", "pas", "le", "la", "les", "du", "rien", "non", "ni", "plus", "ou"),
    duration_adjectives=("premiers", "premières", "derniers", "dernières", "prochains",
                         "prochaines", "précédents", "précédentes", "suivants", "suivantes",
                         "consécutifs", "consécutives", "pleins", "pleines", "passés",
                         "passées", "écoulés", "écoulées"),
    ordinal_words={"unième": 1, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
                   "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10,
                   "onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14,
                   "quinzième": 15, "seizième": 16, "vingtième": 20},
    carry_links=("contre", "dont", "soit", "voire", "voire même", "ou même", "sinon",
                 "face à", "versus", "vs", "vs.", "comparé à", "comparés à",
                 "par rapport à", "au lieu de"),
    list_alternatives=("ou",),
    alternative_links=("voire", "voire même", "ou même", "sinon", "ou peut-être"),
    list_end_words=("selon", "respectivement", "chacun", "chacune", "environ", "suivant",
                    "lorsqu'", "lorsqu’", "puisqu'", "puisqu’", "quand"),
    money_talk_words=_forms(
        ("budget budgets budgétaire budgétaires déficit déficits dette dettes dépense "
         "dépenses recette recettes enveloppe enveloppes subvention subventions "
         "investissement investissements financement financements bénéfice bénéfices "
         "excédent excédents emprunt emprunts prêt prêts fonds coût coûts facture "
         "factures économies trésorerie caisse caisses impôt impôts taxe taxes "
         "dotation dotations rallonge rallonges crédits salaire salaires rémunération "
         "rémunérations dividende dividendes valorisation amende amendes rançon "
         "chiffre recettes fiscales PIB", "_"),
        ("vot", _ER), ("débloqu", _ER), ("dépens", _ER), ("financ", _ER), ("coût", _ER),
        ("économis", _ER), ("emprunt", _ER), ("allou", _ER), ("consacr", _ER),
        ("inject", _ER), ("vers", "é ée és ées era eront"), ("pay", _ER), ("encaiss", _ER),
        ("factur", _ER), ("lev", "é ée és ées er"), ("lève lèvent lèvera lèveront", "_"),
        ("investi investit investissent investira investiront investir", "_"),
        ("vaut valait valent vaudra vaudrait", "_"),
        # verbs of finding or freeing money: "trouver 500 millions", "dégager 30 millions"
        ("dégag", _ER), ("trouv", _ER), ("récupér", _ER), ("mobilis", _ER),
        ("rapport", _ER), ("chiffr", _ER), ("provisionn", _ER), ("débours", _ER),
    ),
    far_change_verbs=_forms(
        ("augment", _ER), ("diminu", _ER), ("progress", _ER), ("recul", _ER),
        ("baiss", _ER), ("grimp", _ER), ("chut", _ER), ("gliss", _ER),
        ("bondi bondit bondissent passé passée passés passées passer passera", "_"),
    ),
    scale_noun_needs_link=True,
    stopwords=("le", "la", "les", "de", "des", "du", "et", "est", "une", "un", "pour", "dans",
               "sur", "au", "aux", "qui", "que", "par", "avec", "son", "sa", "ses", "ont", "a",
               "été", "selon", "millions", "milliards", "plus", "cette", "pas", "d'euros"),
    statements=_STATEMENTS,
)
