"""Spanish: the words the engine needs, as data.

Read by the rules of CONVENTIONS.md ("Other languages"): the long scale (``mil
millones`` and ``millardo`` 10^9, ``billón`` 10^12), ``unos``/``alrededor de``/``cerca
de`` hedge, ``más de``/``al menos``/``menos de``/``hasta`` bound, ``por ciento`` and
``puntos porcentuales`` (pp).  Digits follow the country: Spain and most of South
America write ``1.234,56``, Mexico, Central America, Peru and the Caribbean
``1,234.56`` (CLDR's own table, through babel, in ``TERRITORY_DECIMAL_MARKS``).
"""
from collections.abc import Mapping

from .schema import LanguageData, StatementWords

_CARDINALS = {
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "veintiuno": 21, "veintiún": 21, "veintiun": 21, "veintiuna": 21, "veintidós": 22,
    "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
}
# the hundreds are one word, in both genders: "doscientos", "quinientas"
for _stem, _n in {"dosc": 200, "tresc": 300, "cuatroc": 400, "quin": 500, "seisc": 600,
                  "setec": 700, "ochoc": 800, "novec": 900}.items():
    for _end in ("ientos", "ientas") if _stem != "quin" else ("ientos", "ientas"):
        _CARDINALS[_stem + _end] = _n

# fraction nouns -> denominator; "cuarto", "quinto"... are also ordinals ("el cuarto
# descenso"): see pure_fraction_nouns.  "medio"/"media" are left out: far more often an
# adjective or a noun ("el precio medio", "una media de 83 euros") than a half.
_FRACTIONS = {"mitad": 2, "tercio": 3, "tercios": 3,
              "cuarto": 4, "cuartos": 4, "quinto": 5, "quintos": 5, "sexto": 6, "sextos": 6,
              "séptimo": 7, "séptimos": 7, "octavo": 8, "octavos": 8, "noveno": 9,
              "novenos": 9, "décimo": 10, "décimos": 10, "centésimo": 100, "centésimas": 100,
              "milésimo": 1000, "milésimas": 1000,
              "medio": 2,  # only before "punto(s)": see point_fractions
              # feminine, and with "parte": "veintitrés décimas", "tres cuartas partes",
              # "una vigésima parte" (issue 11, spelled fractions)
              "décima": 10, "décimas": 10, "centésima": 100, "milésima": 1000,
              "vigésimo": 20, "vigésimos": 20, "vigésima": 20, "vigésimas": 20,
              "onceavo": 11, "onceavos": 11, "doceavo": 12, "doceavos": 12,
              **{f"{stem}{end}": n for stem, n in (("tercera", 3), ("cuarta", 4), ("quinta", 5),
                                                 ("sexta", 6), ("séptima", 7), ("octava", 8),
                                                 ("novena", 9), ("décima", 10), ("vigésima", 20),
                                                 ("centésima", 100), ("milésima", 1000))
                 for end in (" parte",)},
              **{f"{stem}s partes": n for stem, n in (("tercera", 3), ("cuarta", 4), ("quinta", 5),
                                                      ("sexta", 6), ("séptima", 7), ("octava", 8),
                                                      ("novena", 9), ("décima", 10),
                                                      ("vigésima", 20), ("centésima", 100))}}

class _CldrDecimalMarks(Mapping):
    """Decimal mark of each territory writing Spanish, from CLDR: "MX" -> ".", "AR" -> ",".
    Only the territories CLDR has a Spanish locale for (asking babel for each of the 300
    others took 0.07 s at every start); any other falls back to ``decimal_mark``. Read
    from CLDR on first use: every language's lexicon imports this module for its words,
    and the 29 locales cost 0.04 s to a start that reads no Spanish."""

    def __init__(self) -> None:
        self._marks = None

    def _read(self) -> dict:
        if self._marks is None:
            from babel import Locale
            from babel.localedata import locale_identifiers
            from babel.numbers import get_decimal_symbol
            locales = frozenset(locale_identifiers())
            self._marks = {t: get_decimal_symbol(Locale.parse(f"es_{t}"))
                           for t in sorted(Locale("es").territories) if f"es_{t}" in locales}
        return self._marks

    def __getitem__(self, territory: str) -> str:
        return self._read()[territory]

    def __iter__(self):
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


TERRITORY_DECIMAL_MARKS = _CldrDecimalMarks()


def _forms(*stems_and_endings):
    """("aument", "a an ó aron") -> aumenta, aumentan, aumentó, aumentaron; "_" is no
    ending.  A stem may hold several words ("va van", "_"): each is taken as it is."""
    out = []
    for stems, endings in stems_and_endings:
        for stem in stems.split(" ") if endings == "_" else (stems,):
            out.extend(stem + ("" if e == "_" else e) for e in endings.split())
    return tuple(out)


#: endings of a regular -ar verb: present, past, imperfect, future, conditional,
#: subjunctive, participles, gerund, infinitive.
_AR = ("a an ó aron aba aban ará arán aría arían e en ado ada ados adas ando ar "
       "amos")
_ER = "e en ió ieron ía ían erá erán ería erían a an ido ida idos idas iendo er"
_IR = "e en ió ieron ía ían irá irán iría irían a an ido ida idos idas iendo ir"

_MORE_THAN_VERBS = _forms(("super", _AR), ("sobrepas", _AR), ("rebas", _AR),
                          ("exced", _ER), ("ha super", "ado"), ("han super", "ado"))
_LESS_THAN_VERBS = ("caer por debajo de", "cayó por debajo de", "cae por debajo de",
                    "caen por debajo de", "bajar de", "bajó de", "baja de", "bajan de",
                    "quedar por debajo de", "quedó por debajo de", "queda por debajo de",
                    "quedan por debajo de")

_FIGURE_VERBS = _forms(
    ("alcanz", _AR), ("lleg", "a an ó aron aba aban ará arán aría arían ado ando ar ue uen"),
    ("sum", _AR), ("total", "iza izan izó izaron izaba izará izado izando izar"),
    ("ascend", "ió ieron ía ían erá erán ería ido iendo er"), ("asciend", "e en a an"),
    ("represent", _AR), ("supon", "e en ía ían dría drían er"), ("supus", "o ieron"),
    ("cost", _AR), ("cuest", "a an e en"), ("aument", _AR), ("increment", _AR),
    ("crec", "e en ió ieron ía ían erá erán ido iendo er"), ("crezc", "a an"),
    ("sub", "e en ió ieron ía ían irá irán ido iendo ir"), ("baj", _AR), ("ca", "e en ía ían ído er"),
    ("cay", "ó eron endo"), ("cae", "rá rán"), ("descend", "ió ieron ía ido er"), ("desciend", "e en"),
    ("disminu", "ye yen yó yeron ía ido ir"), ("reduc", "e en ía ido ida ir"), ("reduj", "o eron"),
    ("retroced", "e en ió ieron ido er"), ("avanz", _AR), ("repunt", _AR), ("dispar", _AR),
    ("super", _AR), ("rebas", _AR), ("sobrepas", _AR), ("emple", _AR), ("contrat", _AR),
    ("invert", "ido ir"), ("invierte", "_ n"), ("invirti", "ó eron"), ("recaud", _AR),
    ("factur", _AR), ("gan", _AR), ("perd", "ió ieron ía ido er"), ("pierd", "e en"),
    ("gast", _AR), ("vend", "e en ió ieron ía ido er"), ("export", _AR), ("import", _AR),
    ("produc", "e en ía ido ir"), ("produj", "o eron"), ("prev", "é én eía ista isto"),
    ("destin", _AR), ("asign", _AR), ("recib", "e en ió ieron ido ir"), ("cobr", _AR),
    ("pag", "a an ó aron ado ar"), ("situ", "ó aron aba aban ará ado ar"),
    ("sitú", "a an"), ("ubic", "ó aron aba ado ar"), ("ubica", "_ n"), ("cerr", "ó aron ado ar"),
    ("cierr", "a an e en"), ("registr", _AR), ("marc", "a an ó aron ado ar"),
    ("rond", _AR), ("roz", "a an ó aron aba ado ar"), ("acumul", _AR), ("mantien", "e en"),
    ("mantuv", "o ieron"), ("qued", _AR), ("permanec", "e en ió ieron ido er"),
    ("dobl", _AR), ("tripl", _AR), ("multiplic", _AR), ("divid", "e en ió ieron ido ir"),
    ("pas", _AR), ("elev", _AR), ("estim", _AR), ("calcul", _AR), ("cifr", _AR),
    ("valor", _AR), ("obtuv", "o ieron"), ("obtien", "e en"), ("obten", "ido er"),
    ("logr", _AR), ("cre", "a an ó aron ado ar"), ("destru", "ye yen yó yeron ido ir"),
    ("fij", _AR), ("establec", "e en ió ieron ido er"), ("contabiliz", _AR),
    ("equival", "e en ía ían drá drán er"), ("encaden", _AR), ("d", "a an io ieron aba aban ará "
     "arán ado ar"), ("teng", "a an"), ("ofrec", "e en ió ieron ía ido er"), ("dej", _AR),
    ("arroj", _AR), ("mov", "ió ieron ido er"), ("muev", "e en"), ("ingres", _AR),
    ("perciben percibe percibió", "_"), ("afect", _AR), ("beneficia beneficiará", "_"),
    ("reun", "ió ieron ía"), ("reún", "e en"), ("particip", _AR), ("salieron", "_"),
    ("vivi", "eron ó"), ("viv", "e en en ía"), ("trabaj", _AR),
    ("es son era eran fue fueron será serán sería serían sido ha han había habían habrá "
     "habrán hay tiene tienen tenía tenían tuvo tuvieron tendrá tendrán se lo le les "
     "de del a al en por para con hasta desde sobre casi unos unas cerca alrededor "
     "más menos ya aún todavía solo sólo apenas ahora también así un una", "_"),
)

def _with_articles(qualifiers):
    """Each phrase ending in "de" or "a" also with the plural article Spanish puts before
    a round figure ("alrededor de los 3.000", "por encima de las 500 plazas"), and each
    with the indefinite article Spanish puts before a percentage ("más de un 60 %").
    Not "hasta los": "subió hasta los 82,6 millones" names the figure reached, not a cap."""
    out = dict(qualifiers)
    for phrase, code in qualifiers.items():
        if phrase.endswith((" de", " a")):
            for article in ("los", "las"):
                out.setdefault(f"{phrase} {article}", code)
        if not phrase.endswith((" el", " la", " un", " una", "unos", "unas")):
            for article in ("un", "una"):  # "más de un 60 %", "hasta un 300 %"
                out.setdefault(f"{phrase} {article}", code)
    return out


_STATEMENTS = StatementWords(
    abbreviations=("Sr.", "Sra.", "Srta.", "Sres.", "Dr.", "Dra.", "Lic.", "Ing.", "Prof.",
                   "D.", "Dña.", "Excmo.", "Ilmo.", "Gral.", "St.", "pág.", "págs.", "p.",
                   "pp.", "art.", "arts.", "cap.", "ed.", "vol.", "núm.", "n.º", "no.",
                   "fig.", "aprox.", "etc.", "ej.", "vs.", "cf.", "ene.", "feb.", "abr.",
                   "ago.", "sept.", "oct.", "nov.", "dic.", "EE.", "UU.", "EE.UU.", "S.A.",
                   "min.", "máx.", "mín.", "tel.", "Av.", "Avda.", "Cía."),
    final_abbreviations=("etc.", "…", "S.A.", "EE.UU."),
    determiners=("el", "la", "los", "las", "lo", "su", "sus", "este", "esta", "estos",
                 "estas", "ese", "esa", "esos", "esas", "nuestro", "nuestra", "nuestros",
                 "nuestras", "aquel", "aquella", "mi", "mis", "tu", "tus"),
    indefinite_determiners=("un", "una", "unos", "unas", "algunos", "algunas", "varios",
                            "varias", "ciertos", "ciertas", "de"),
    np_links=("de", "del", "de la", "de los", "de las", "en", "para", "a la", "al"),
    function_words=("y", "e", "o", "u", "ni", "pero", "sino", "que", "quien", "quienes",
                    "cual", "cuales", "cuyo", "cuya", "donde", "cuando", "como", "si",
                    "porque", "pues", "aunque", "mientras", "para", "por", "sobre", "bajo",
                    "en", "con", "sin", "entre", "hacia", "hasta", "desde", "contra",
                    "durante", "según", "tras", "ante", "mediante", "él", "ella", "ellos",
                    "ellas", "nosotros", "usted", "ustedes", "yo", "tú", "se", "lo", "le",
                    "les", "esto", "eso", "aquello", "no", "más", "menos", "muy", "tan",
                    "también", "tampoco", "ya", "aún", "todavía", "así", "casi", "solo",
                    "sólo", "apenas", "el", "la", "los", "las", "un", "una", "unos", "unas",
                    "del", "al", "de", "a", "su", "sus", "este", "esta", "estos", "estas",
                    "todo", "toda", "todos", "todas", "mismo", "misma", "cerca", "alrededor",
                    "unos", "ayer", "hoy", "ahora", "además", "incluso", "sobre", "fin",
                    "principios", "finales", "mediados"),
    figure_verbs=_FIGURE_VERBS,
    auxiliaries=("ha", "han", "había", "habían", "habrá", "habrán", "habría", "habrían",
                 "hubo", "es", "son", "era", "eran", "fue", "fueron", "será", "serán",
                 "sería", "serían", "está", "están", "estaba", "estaban", "estará",
                 "va", "van", "iba", "iban", "podría", "podrían", "puede", "pueden",
                 "debe", "deben", "debería", "deberían", "se"),
    verb_suffixes=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ó", "aron",
                   "ieron"),
    count_links=("de", "del", "de los", "de las", "en"),
    figure_nouns=("récord", "nivel", "total", "monto", "importe", "suma", "cifra", "umbral",
                  "pico", "máximo", "mínimo", "techo", "suelo", "tope", "barrera", "cota"),
    according_to=("según", "de acuerdo con", "de acuerdo a", "conforme a", "a juicio de",
                  "en palabras de", "citando a", "según datos de", "según los datos de",
                  "según las cifras de", "según un informe de", "según una encuesta de",
                  "según un estudio de", "según las estimaciones de",
                  "según las previsiones de", "de acuerdo con los datos de",
                  "de acuerdo con el informe de"),
    speech_verbs=_forms(
        ("ha ", "dicho declarado afirmado asegurado indicado señalado explicado precisado "
                "subrayado destacado anunciado informado estimado calculado advertido "
                "reconocido apuntado añadido recordado confirmado detallado revelado "
                "sostenido insistido"),
        ("han ", "dicho declarado afirmado asegurado indicado señalado explicado "
                 "anunciado informado estimado calculado advertido"),
        ("", "dijo dice dicen dijeron declaró declara declaran declararon afirmó afirma "
             "afirman afirmaron aseguró asegura aseguran aseguraron indicó indica indican "
             "indicaron señaló señala señalan señalaron explicó explica explican "
             "explicaron precisó precisa subrayó subraya destacó destaca destacan "
             "destacaron anunció anuncia anuncian anunciaron informó informa informan "
             "informaron estimó estima estiman estimaron calculó calcula calculan "
             "advirtió advierte reconoció reconoce apuntó apunta añadió añade agregó "
             "agrega recordó recuerda confirmó confirma detalló detalla reveló revela "
             "sostuvo sostiene insistió insiste expresó expresa escribió escribe "
             "publicó publica prevé prevén proyecta proyectan calcula"),
    ) + ("según ha informado", "según ha explicado", "según ha indicado"),
    document_nouns=("estudio", "encuesta", "informe", "nota", "datos", "cifras", "estimación",
                    "estimaciones", "previsiones", "estadística", "estadísticas", "balance",
                    "barómetro", "sondeo", "análisis", "cálculos", "publicación", "reporte",
                    "últimos", "últimas", "nuevos", "nuevas", "provisionales", "definitivos",
                    "oficiales"),
    quote_pairs={"«": "»", "“": "”", "\"": "\"", "‘": "’"},
    person_nouns=("ministro", "ministra", "presidente", "presidenta", "director", "directora",
                  "economista", "analista", "portavoz", "secretario", "secretaria",
                  "gobernador", "gobernadora", "diputado", "diputada", "senador", "senadora",
                  "alcalde", "alcaldesa", "jefe", "jefa", "responsable", "dirigente",
                  "fundador", "fundadora", "profesor", "profesora", "investigador",
                  "investigadora", "experto", "experta", "socio", "socia", "asesor",
                  "asesora", "comisario", "comisaria", "consejero", "consejera",
                  "vicepresidente", "vicepresidenta", "titular", "Sr.", "Sra.", "Dr.",
                  "Dra."),
    time_prepositions=("en", "durante", "a lo largo de", "en el curso de", "para", "de",
                       "desde", "entre", "a finales de", "a principios de", "a mediados de",
                       "al cierre de", "en el conjunto de", "hasta", "el", "en el"),
    relative_periods={
        "el año pasado": ("year", -1), "el pasado año": ("year", -1),
        "el año anterior": ("year", -1), "este año": ("year", 0), "el año próximo": ("year", 1),
        "el próximo año": ("year", 1), "el año que viene": ("year", 1),
        "hace dos años": ("year", -2),
        "este fin de semana": ("week", 0), "el fin de semana pasado": ("week", -1),
        "el pasado fin de semana": ("week", -1), "el próximo fin de semana": ("week", 1),
        "el mes pasado": ("month", -1), "el pasado mes": ("month", -1),
        "el mes anterior": ("month", -1), "este mes": ("month", 0),
        "el próximo mes": ("month", 1), "el trimestre anterior": ("quarter", -1),
        "el trimestre pasado": ("quarter", -1), "este trimestre": ("quarter", 0),
        "el semestre pasado": ("half", -1), "este semestre": ("half", 0),
        "la semana pasada": ("week", -1), "esta semana": ("week", 0),
        "ayer": ("day", -1), "hoy": ("day", 0),
    },
    period_nouns={"trimestre": "quarter", "semestre": "half"},
    period_labels={"T": "quarter", "S": "half"},
    ordinals={"primer": 1, "primero": 1, "primera": 1, "1er": 1, "1.º": 1, "1.er": 1,
              "segundo": 2, "segunda": 2, "2.º": 2, "tercer": 3, "tercero": 3, "tercera": 3,
              "3.º": 3, "3er": 3, "cuarto": 4, "cuarta": 4, "4.º": 4},
    month_numbers={"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
                   "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
                   "noviembre": 11, "diciembre": 12},
    since_words=("desde", "desde el inicio de", "desde principios de", "en lo que va de"),
    until_words=("hasta", "para", "de aquí a", "antes de", "hasta finales de",
                 "en el horizonte de"),
    year_range_links=("y", "a", "al", "-", "–"),
    weekdays={"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4,
              "sábado": 5, "domingo": 6},
    record_words=("máximo", "mínimo", "récord", "más alto", "más bajo", "histórico",
                  "sin precedentes", "más elevado"),
    adjective_after_noun=True,
    change_words=_forms(
        ("", "subida bajada alza baja aumento incremento descenso caída crecimiento "
             "disminución retroceso repunte avance salto desplome recorte reducción "
             "variación ganancia pérdida"),
        ("", "aumentó aumenta aumentan aumentaron aumentará incrementó incrementa "
             "creció crece crecen crecieron crecerá subió sube suben subieron subirá "
             "bajó baja bajan bajaron bajará cayó cae caen cayeron caerá "
             "descendió desciende disminuyó disminuye retrocedió retrocede repuntó "
             "repunta avanzó avanza ganó gana perdió pierde pasó pasa pasará "
             "sumó suma restó resta recortó recorta redujo reduce"),
        ("se ", "disparó desplomó redujo reduce elevó eleva encareció encarecieron "
                "abarató duplicó triplicó multiplicó incrementó"),
        ("ha ", "aumentado crecido subido bajado caído descendido disminuido retrocedido "
                "repuntado avanzado ganado perdido pasado"),
        ("han ", "aumentado crecido subido bajado caído descendido disminuido"),
    ) + ("interanual", "en tasa interanual", "respecto al año anterior", "en un año",
         "puntos más", "puntos menos", "más que", "menos que", "con respecto a"),
    comparison_words=("tras un", "tras una", "sucede a", "después de un",
                      "después de una", "veces más", "veces menos", "más que", "menos que",
                      "frente a",
                      "frente al", "en comparación con", "comparado con", "comparada con",
                      "respecto a", "respecto al", "con respecto a", "en relación con",
                      "superior a", "superior al", "inferior a", "inferior al",
                      "por encima de", "por encima del", "por debajo de", "por debajo del",
                      "el doble de", "la mitad de", "más alto que", "más alta que",
                      "más bajo que", "más baja que", "contra", "aventaja", "ventaja de"),
    estimate_nouns=("consenso", "expectativas", "pronóstico", "pronósticos"),
    estimate_misses=("superior a las", "superior al", "inferior a las", "inferior al",
                     "por encima de las", "por encima del", "por debajo de las",
                     "por debajo del", "que", "superando", "superó", "incumpliendo"),
    path_starts=("desde",),
    respective_words=("respectivamente",),
    comparison_blockers=("hacer frente", "hace frente", "hacen frente", "haciendo frente",
                         "hizo frente", "hicieron frente", "hará frente", "harán frente",
                         "hacía frente", "hacían frente"),
    margin_words=("más o menos", "±", "+/-", "margen de error de"),
    superlatives=("la más", "el más", "los más", "las más", "la menos", "el menos",
                  "los menos", "las menos"),
    range_openers=("entre",),
    range_links=("y",),
    expecting_verbs=("esperan", "espera", "esperando", "prevén", "anticipan", "anticipa",
                     "confían"),
    period_labels_alone=False,
    whole_openers=("de", "de los", "de las", "sobre", "entre los", "entre las"),
    whole_links=("de", "de los", "de las", "sobre"),
    according_to_blockers=("varía", "varían", "variaba", "variar", "variando", "difiere",
                           "difieren", "depende", "dependen"),
    publication_words=("publicado", "publicada", "publicados", "publicadas", "difundido",
                       "difundida", "difundidos", "difundidas", "presentado", "presentada",
                       "presentados", "presentadas", "anunciado", "anunciada", "anunciados",
                       "anunciadas", "dado a conocer", "dados a conocer"),
    base_links=("frente a", "frente al", "respecto a", "respecto al", "con respecto a",
                "con respecto al", "en comparación con", "comparado con", "comparada con",
                "que", "tras", "contra", "desde"),
    share_words=("parte", "proporción", "porcentaje", "cuota", "mayoría", "minoría"),
    estimate_words=("estima", "estiman", "estimado", "estimada", "estimados", "estimadas",
                    "estimación", "estimaciones",
                    "prevé", "prevén", "previsto", "prevista", "previsión", "previsiones",
                    "proyección", "proyecciones", "podría", "podrían", "debería",
                    "deberían", "espera", "esperan", "se espera", "esperado", "esperada",
                    "alcanzará", "alcanzarán", "será", "serán", "objetivo", "meta",
                    "costará", "costarán", "supondrá", "supondrán", "pronóstico"),
    hedge_words=("podría", "podrían", "quizás", "quizá", "tal vez", "probablemente",
                 "parece", "parecen", "sería", "serían", "habría", "habrían", "se estima",
                 "algunos", "varios", "muchos", "numerosos", "unos", "unas",
                 "alrededor de", "cerca de", "en torno a"),
    # -- subjects (issue 12) --------------------------------------------------------
    share_links=("de", "del", "de los", "de las"),
    reference_nouns=("PIB", "producto interior bruto", "producto interno bruto",
                     "renta nacional"),
    figure_units=("punto", "puntos", "brutos", "netos", "mensuales", "anuales"),
    prepositions=("en", "a", "al", "desde", "hasta", "hacia", "durante", "tras", "sobre",
                  "entre", "sin", "bajo", "según", "contra", "ante", "mediante"),
    change_links=("de", "del", "en"),
    not_counted=("por", "para", "con", "cada"),
    relative_pronouns=("que", "quien", "quienes", "cual"),
    pronouns=("él", "ella", "ellos", "ellas", "nosotros", "vosotros", "usted", "ustedes",
              "esto", "eso", "yo", "ellos", "ellas"),
    change_appositions=("o", "con", "es decir", "lo que supone", "marcando", "registrando",
                        "supone", "representa"),
    change_verb_endings=("ó", "ado", "ada", "ido", "ida", "ar", "er", "ir", "an", "en",
                         "rá", "ando", "iendo"),
    comparison_openers=("frente", "contra", "versus", "vs", "comparado", "comparada",
                        "incluso", "o sea", "es decir", "de los cuales"),
    list_openers=("con",),
    holder_links=("para",),
    ranking_words=("seguido", "seguida", "seguidos", "seguidas", "después", "delante",
                   "detrás", "clasificación", "ranking", "cabeza"),
    infinitive_endings=("ar", "er", "ir"),
    degree_words=("más", "menos", "muy", "tan", "demasiado"),
    agent_links=("por",),
    distributives=("cada", "por"),
    participle_endings=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    verb_openers=("él", "ella", "ellos", "ellas", "nosotros", "vosotros", "usted",
                  "ustedes", "yo", "que", "quien", "quienes", "se", "no"),
)


# -- issue 11, the families of tests/corpus/families_es.py ---------------------------------
#: a threshold named between the bounding verb and the figure: "superó la barrera
#: psicológica de los 500.000", "cruzó el umbral del 5 %", "franqueó el listón de los"
_THRESHOLD_NOUNS = ("la barrera", "el umbral", "el listón", "la cota", "la marca", "el límite",
                    "el techo", "la cifra", "el nivel", "el hito")
_THRESHOLD_ADJECTIVES = ("", " psicológica", " psicológico", " simbólica", " simbólico",
                         " histórica", " histórico", " mítica", " mítico", " clave")
_THRESHOLD_LINKS = tuple(
    f"{noun}{adj}{of}" for noun in _THRESHOLD_NOUNS for adj in _THRESHOLD_ADJECTIVES
    if adj == "" or (adj.endswith("a") == noun.startswith("la ")) or adj == " clave"
    for of in (" de los", " de las", " del", " de"))
#: verbs that go over a threshold (with a threshold named or an article): "cruzó el umbral"
_CROSS_VERBS = _forms(("cruz", _AR), ("cruc", "e en"), ("franque", _AR), ("traspas", _AR),
                      ("sobrepas", _AR), ("rebas", _AR), ("super", _AR), ("exced", _ER),
                      ("romp", "e en ió ieron ido er"), ("romper", "_"))
#: ceilings: "limitada a 3.000 euros", "topado en 900 euros", "con un tope de 500 euros"
_CEILINGS = tuple(f"{form} {prep}" for form in _forms(("limitad", "o a os as"), ("topad", "o a os as"),
                                                      ("acotad", "o a os as"))
                  for prep in (("a", "al", "en") if form.startswith(("topad", "acotad")) else ("a", "al"))) + tuple(
    f"{det}{noun} {of}" for det in ("", "un ", "el ", "con un ", "con el ")
    for noun in ("tope", "techo")
    for of in ("de", "del")) + ("queda topado en", "queda limitado a", "se limita a", "se limitan a",
                                "hasta un tope de")
#: verbs that come near a figure without a side, a hedge (CONVENTIONS: approximate):
#: "rozaba los 40 °C", "ronda los 1.200 euros", "se acerca al 10 %", "frisa el 6 %"
_NEAR_VERBS = _forms(("roz", _AR), ("rond", _AR), ("fris", _AR), ("borde", _AR)) + tuple(
    f"{v} {prep}" for v in ("se acerca", "se acercan", "se acercó", "se acercaron", "se acercaba",
                            "se acercaban", "se acercará", "se acercarán", "acercándose",
                            "raya", "rayan", "rayaba", "rayó")
    for prep in (("en",) if v.startswith("ray") else ("a", "al")))
#: what stands between a bounding verb and its figure besides a link: "supera ya el 12 %",
#: "superó holgadamente los 3 millones", "roza ahora los 40 °C"
_VERB_ADVERBS = ("ya", "ahora", "hoy", "todavía", "aún", "incluso", "holgadamente",
                 "ampliamente", "claramente", "largamente", "ligeramente", "levemente",
                 "con creces", "con holgura", "por primera vez", "de nuevo", "nuevamente")
#: formula comparatives, in words and in signs
_FORMULAS = {
    "mayor o igual a": "ge", "mayor o igual que": "ge", "mayor o igual al": "ge",
    "superior o igual al": "ge", "igual o mayor a": "ge", "igual o mayor que": "ge",
    "menor o igual a": "le", "menor o igual que": "le", "menor o igual al": "le",
    "inferior o igual al": "le", "igual o menor a": "le", "igual o menor que": "le",
    ">": "gt", "<": "lt", ">=": "ge", "> =": "ge", "≥": "ge", "<=": "le", "< =": "le", "≤": "le",
}
#: hedges and bounds in more words, before and after the figure
_MORE_PRE_QUALIFIERS = {
    **_FORMULAS,
    "algo así como": "approx", "algo como": "approx", "cosa de": "approx",
    "a eso de": "approx", "en torno de": "approx", "alrededor de los": "approx",
    "como unos": "approx", "como unas": "approx", "poco más o menos": "approx",
    "aproximadamente unos": "approx", "del orden de unos": "approx",
    "cercanos a": "approx", "cercanas a": "approx", "cercanos al": "approx",
    "cercanas al": "approx", "próximo a": "approx", "próxima a": "approx",
    "próximos a": "approx", "próximas a": "approx", "próximo al": "approx",
    "como mucho": "up_to", "como mucho unos": "up_to", "no más del": "up_to",
    "no menos del": "at_least",
}
_MORE_POST_QUALIFIERS = {
    "máximo": "up_to", "como mucho": "up_to", "a lo sumo": "up_to", "o menos": "up_to",
    "mínimo": "at_least", "por lo menos": "at_least", "o superior": "at_least",
    "o más": "at_least", "en adelante": "at_least",
    "más o menos": "approx", "poco más o menos": "approx", "o así": "approx",
    "o por ahí": "approx", "o cosa así": "approx", "aproximadamente": "approx",
    "aprox.": "approx",
}


LANGUAGE = LanguageData(
    code="es",
    cldr_locale="es",
    decimal_mark=",",
    group_marks=(".", " ", "\u00a0", "\u202f"),
    cardinals=_CARDINALS,
    scales={
        "mil": 1000, "millón": 10**6, "millon": 10**6, "millones": 10**6,
        "mil millones": 10**9, "millardo": 10**9, "millardos": 10**9,
        "billón": 10**12, "billon": 10**12, "billones": 10**12,
        "mil billones": 10**15, "trillón": 10**18, "trillones": 10**18,
    },
    scale_abbrevs={
        "M": 10**6, "MM": 10**6, "mill.": 10**6, "mln": 10**6, "mdd": 10**6, "mdp": 10**6,
        "k": 1000, "K": 1000, "bn": 10**9, "b": 10**9,
    },
    money_scale_abbrevs={"m": 10**6},
    # a bound on an index, a score or a ratio is no count: "por debajo de 35" stays open
    measure_nouns=("índice", "índices", "indicador", "indicadores", "ratio", "ratios",
                   "coeficiente", "coeficientes", "nota", "notas", "puntuación",
                   "puntuaciones", "puntaje", "calificación", "tipo de reproducción",
                   "número reproductivo", "PMI", "IPC", "Ibex", "IBEX", "Merval", "índice PMI",
                   "marcador", "escala", "nivel", "barómetro", "valor", "cociente"),
    clock_minute_marks=(".",),  # "a las 7.45", "hacia las 19.30"
    point_fractions=("medio",),  # "medio punto", "un cuarto de punto" aside
    minor_links=("con",),  # "nueve euros con cuarenta céntimos", "un euro con veinte"
    joiners=("y", "e"),  # "e" before an i- sound: "superior al 2 % e inferior al 4 %"
    decimal_words=("coma", "punto"),
    # "menos" is no sign before a figure: "al menos 400", "por lo menos", "más o menos"
    # (as French leaves out "moins": "au moins")
    negative_words=("negativo", "negativa"),
    fractions=_FRACTIONS,
    articles=("un", "una", "uno"),
    numeral_articles=("un", "una", "uno"),
    fraction_scale_links=("de",),
    # not "entre": it opens a range far more often ("un coche vendido entre 18 y 22.000 €")
    # than a ratio ("uno entre cinco", which "uno de cada cinco" says in news)
    ratio_words=("de cada", "sobre"),
    multipliers={"doble": 2, "triple": 3, "cuádruple": 4, "quíntuple": 5},
    times_words=("veces",),
    adjective_multipliers=("doble", "triple", "cuádruple", "quíntuple"),
    multiplier_objects=("de", "del", "que", "lo"),
    plural_scale_nouns={
        "decenas": 10, "docenas": 12, "centenares": 100, "cientos": 100, "millares": 1000,
        "miles": 1000, "millones": 10**6, "millardos": 10**9, "billones": 10**12,
    },
    approx_nouns={
        "decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "cincuentena": 50,
        "centenar": 100, "millar": 1000, "media docena": 6,
    },
    several_words=("varios", "varias", "unos cuantos", "unas cuantas", "algunos", "algunas",
                   "unos pocos", "unas pocas"),
    scale_links=("de",),
    plural_determiners=("los", "las"),
    noun_determiners=("el", "la"),
    money_nouns=("salario", "salarios", "fondos", "créditos", "crédito", "acciones",
                 "dividendos", "ingresos", "gastos", "ahorro", "ayudas", "subvenciones",
                 "beneficios", "pérdidas", "deuda", "deudas", "inversiones", "inversión",
                 "financiación", "financiamiento", "préstamos", "donaciones", "primas",
                 "capitalización", "presupuesto", "impuestos", "cotizaciones", "facturación",
                 "ventas", "exportados", "exportadas", "recaudación"),
    # after a bare scaled figure, what still lets it take the currency named before
    money_followers=("por", "desde", "este", "esta", "en", "al", "a", "un", "una", "cada",
                     "durante"),
    ordinal_adjectives=("primer", "primera", "primero", "segundo", "segunda", "último",
                        "última", "tercer", "tercera"),
    fraction_nouns_alone=("mitad",),
    pure_fraction_nouns=("mitad", "tercio", "tercios"),
    ordinal_nouns=("año", "años", "vez", "lugar", "puesto", "trimestre", "mes", "día",
                   "semana", "mandato", "descenso", "aumento", "recorte", "mes", "edición",
                   "ronda", "vuelta", "siglo", "posición", "consecutivo", "consecutiva",
                   "país", "mayor", "menor", "día", "parte", "piso", "planta", "grado",
                   "curso", "nivel"),
    pre_qualifiers=_with_articles({
        "más de": "more_than", "más del": "more_than", "algo más de": "more_than",
        "algo más del": "more_than", "poco más de": "more_than", "poco más del": "more_than",
        "un poco más de": "more_than", "un poco más del": "more_than",
        "un poco menos de": "less_than", "un poco menos del": "less_than",
        ">": "gt", ">=": "ge", "> =": "ge", "≥": "ge", "<": "lt", "<=": "le", "< =": "le",
        "≤": "le",
        "bastante más de": "more_than",
        "mucho más de": "more_than", "por encima de": "more_than",
        "por encima del": "more_than", "superior a": "gt", "superior al": "gt",
        "superiores a": "gt", "superiores al": "gt", "mayor que": "gt", "mayor de": "gt",
        "superior o igual a": "ge", "igual o superior a": "ge", "igual o superior al": "ge",
        "inferior a": "lt", "inferior al": "lt", "inferiores a": "lt", "menor que": "lt",
        "menor de": "lt", "igual o inferior a": "le", "igual o inferior al": "le",
        "inferior o igual a": "le",
        "al menos": "at_least", "por lo menos": "at_least", "como mínimo": "at_least",
        "no menos de": "at_least", "mínimo de": "at_least",
        "menos de": "less_than", "menos del": "less_than", "algo menos de": "less_than",
        "poco menos de": "less_than", "por debajo de": "less_than", "por debajo del": "less_than",
        "hasta": "up_to", "como máximo": "up_to", "a lo sumo": "up_to",
        "no más de": "up_to", "máximo de": "up_to",
        "unos": "approx", "unas": "approx", "cerca de": "approx", "cerca del": "approx",
        "alrededor de": "approx", "alrededor del": "approx", "en torno a": "approx",
        "en torno al": "approx", "entorno a": "approx", "entorno al": "approx",
        "aproximadamente": "approx", "aproximadamente unos": "approx",
        "aproximadamente unas": "approx", "aprox.": "approx", "casi": "approx",
        "prácticamente": "approx", "del orden de": "approx", "cosa de": "approx",
        "del orden del": "approx", "cercano a": "approx", "cercana a": "approx",
        "cercano al": "approx", "cercana al": "approx", "más o menos": "approx",
        "aproximadamente el": "approx", "casi el": "approx", "casi un": "approx",
        "cerca de un": "approx", "alrededor de un": "approx", "en torno a un": "approx",
        "igual a": "eq", "igual al": "eq",
        **_MORE_PRE_QUALIFIERS,
    }),
    post_qualifiers={
        "o más": "at_least", "y más": "at_least", "como mínimo": "at_least",
        "al menos": "at_least", "o menos": "up_to", "como máximo": "up_to",
        "aproximadamente": "approx", **_MORE_POST_QUALIFIERS,
    },
    bounding_verbs={
        **{v: "more_than" for v in _MORE_THAN_VERBS},
        **{v: "less_than" for v in _LESS_THAN_VERBS},
        **{v: "more_than" for v in _CROSS_VERBS},
        **{v: "up_to" for v in _CEILINGS},
        **{v: "approx" for v in _NEAR_VERBS},
        # an age group bounded with its noun: "los mayores de 65 años"
        "mayores de": "more_than", "menores de": "less_than",
    },
    # "superó los 30.000 millones", "superar la barrera de los 30.000 megavatios": the
    # verb bounds the figure and stays out of its span, and so does what joins them
    bounding_verb_links=("los", "las", "el", "la", "a", "al", "la barrera de los",
                         "la barrera de las", "la barrera del", "la cota de los",
                         "la cota de las", "el umbral de los", "el umbral de las",
                         "el listón de los", *_THRESHOLD_LINKS, *_VERB_ADVERBS,
                         *(f"{adv} {link}" for adv in _VERB_ADVERBS
                           for link in ("los", "las", "el", "la", "a", "al",
                                        "la barrera de los", "el umbral de los",
                                        "el umbral del", "la barrera del"))),
    negation_words=("no", "nunca", "jamás", "tampoco"),
    estimate_words=("estimado en", "estimada en", "estimados en", "estimadas en",
                    "calculado en", "calculada en", "calculados en", "calculadas en",
                    "se estima en", "se calcula en", "unos estimados", "un estimado de"),
    range_openers={
        "entre": ("y",), "de": ("a", "al"), "del": ("al",), "desde": ("hasta", "a"),
        # "entre el 10 y el 20 %", "entre un 10 y un 20 %", "entre los 300 y los 500"
        "entre el": ("y el",), "entre un": ("y un",), "entre los": ("y los",),
        "entre las": ("y las",), "de un": ("a un",), "desde los": ("hasta los",),
        "desde el": ("hasta el", "al"),
        "va de": ("a",), "van de": ("a",), "oscila entre": ("y",), "oscilan entre": ("y",),
        "comprendido entre": ("y",), "comprendidos entre": ("y",),
    },
    bare_range_connectors=("a",),
    change_verbs=_forms(("pas", "ar ó aron a an ará ado ando aba")) + _forms(
        ("sub", "ir ió ieron e en ido"), ("baj", "ar ó aron a an ado"),
        ("crec", "er ió ieron e en ido"), ("aument", "ar ó aron a an ado"),
        ("ca", "er ído e en"), ("cay", "ó eron"), ("disminu", "ir yó yeron ye yen ido"),
        ("descend", "er ió ieron ido"), ("desciend", "e en"),
        ("salt", "ar ó aron a an ado"), ("elev", "ó aron ado ar"),
        ("reduj", "o eron"), ("reduc", "ir e en ido"), ("dispar", "ó aron ado"),
        ("retroced", "er ió ieron ido"), ("avanz", "ar ó aron ado"),
        ("increment", "ar ó aron ado"), ("recort", "ar ó aron ado"),
    ),
    percent_words=("por ciento", "porciento", "por cien", "%"),
    percentage_point_words=("puntos porcentuales", "punto porcentual", "p.p.", "pp",
                            "puntos de porcentaje"),
    basis_point_words=("puntos básicos", "punto básico", "pb", "pbs", "p.b."),
    bare_point_words=("punto", "puntos"),
    units={
        "km": "km", "kilómetro": "km", "kilómetros": "km", "m": "m", "metro": "m",
        "metros": "m", "cm": "cm", "mm": "mm", "milla": "mi", "millas": "mi",
        "m²": "m²", "m2": "m²", "metros cuadrados": "m²", "metro cuadrado": "m²",
        "km²": "km²", "km2": "km²", "kilómetros cuadrados": "km²", "ha": "ha",
        "hectárea": "ha", "hectáreas": "ha", "acre": "acre", "acres": "acre",
        "pies cuadrados": "sq ft", "millas cuadradas": "sq mi",
        "t": "t", "tonelada": "t", "toneladas": "t", "kg": "kg", "kilo": "kg", "kilos": "kg",
        "kilogramo": "kg", "kilogramos": "kg", "g": "g", "gramo": "g", "gramos": "g",
        "libras de peso": "lb", "l": "l", "litro": "l", "litros": "l", "ml": "ml",
        "mililitro": "ml", "mililitros": "ml", "hl": "hl", "hectolitro": "hl",
        "hectolitros": "hl", "barril": "bbl", "barriles": "bbl", "bbl": "bbl",
        "kW": "kW", "kilovatio": "kW", "kilovatios": "kW", "MW": "MW", "megavatio": "MW",
        "megavatios": "MW", "GW": "GW", "gigavatio": "GW", "gigavatios": "GW",
        "kWh": "kWh", "kilovatios hora": "kWh", "kilovatio hora": "kWh", "MWh": "MWh",
        "megavatios hora": "MWh", "megavatio hora": "MWh", "GWh": "GWh",
        "gigavatios hora": "GWh", "TWh": "TWh", "teravatios hora": "TWh",
        "°C": "°C", "ºC": "°C", "° C": "°C", "grados": "°C", "grados centígrados": "°C",
        "grados Celsius": "°C", "°F": "°F", "grados Fahrenheit": "°F",
        "Mbit/s": "Mbit/s", "Mbps": "Mbit/s", "megabits por segundo": "Mbit/s",
        "Gbit/s": "Gbit/s",
        "año": "year", "años": "year", "mes": "month", "meses": "month",
        "semana": "week", "semanas": "week", "día": "day", "días": "day",
        "hora": "h", "horas": "h", "h": "h", "minuto": "min", "minutos": "min",
        "min": "min", "segundos": "s",
        # issue 11, units: temperatures without a glued sign
        "°": "°C", "celsius": "°C", "centígrados": "°C", "grados C": "°C", "° celsius": "°C",
        "grado": "°C", "fahrenheit": "°F", "grados F": "°F", "° F": "°F", "ºF": "°F",
        "° fahrenheit": "°F",
        # imperial
        "pulgada": "in", "pulgadas": "in", "pie": "ft", "pies": "ft", "yarda": "yd",
        "yardas": "yd", "galón": "gal", "galones": "gal", "onza": "oz", "onzas": "oz",
        "bushel": "bu", "bushels": "bu", "millas náuticas": "nmi", "milla náutica": "nmi",
        # metric spellings and prefixes
        "kms": "km", "kilometro": "km", "kilometros": "km", "centímetro": "cm",
        "centímetros": "cm", "milímetro": "mm", "milímetros": "mm", "nanómetro": "nm",
        "nanómetros": "nm", "nm": "nm", "micra": "µm", "micras": "µm", "µm": "µm",
        "cl": "cl", "centilitro": "cl", "centilitros": "cl", "mg": "mg", "miligramo": "mg",
        "miligramos": "mg", "µg": "µg", "microgramos": "µg", "Mt": "Mt",
        "megatonelada": "Mt", "megatoneladas": "Mt", "kt": "kt", "kilotón": "kt",
        "kilotones": "kt", "Gt": "Gt", "gigatoneladas": "Gt", "Twh": "TWh", "Gwh": "GWh",
        "kwh": "kWh", "megapíxeles": "MP", "megapíxel": "MP", "MP": "MP",
        "quintal": "q/ha", "quintales": "q/ha", "q/ha": "q/ha", "t/ha": "t/ha",
        "toneladas por hectárea": "t/ha", "kg/ha": "kg/ha", "kilos por hectárea": "kg/ha",
        "kg/hl": "kg/hl",
        # rates
        "km/h": "km/h", "kilómetros por hora": "km/h", "kilómetros/hora": "km/h",
        "km a la hora": "km/h", "kilómetros a la hora": "km/h", "km/hora": "km/h",
        "kilómetros hora": "km/h",
        "km por hora": "km/h", "kph": "km/h", "m/s": "m/s", "metros por segundo": "m/s",
        "nudo": "kn", "nudos": "kn", "kn": "kn", "mph": "mph", "millas por hora": "mph",
        # "barriles diarios" stays bbl, as French "barils par jour" (the dev gold's
        # reading); the symbols of the rate are the rate
        "bpd": "bbl/d", "b/d": "bbl/d", "bbl/d": "bbl/d",
    },
    currency_names={
        "euro": "EUR", "euros": "EUR", "dólar": "USD", "dólares": "USD", "dolar": "USD",
        "dolares": "USD", "dólar estadounidense": "USD", "dólares estadounidenses": "USD",
        "dólares americanos": "USD", "dólares norteamericanos": "USD",
        "dólares de EE.UU.": "USD", "US$": "USD", "U$S": "USD", "u$s": "USD", "U$D": "USD",
        "u$d": "USD", "USD$": "USD",
        "yuan": "CNY", "yuanes": "CNY", "renminbi": "CNY", "RMB": "CNY", "元": "CNY",
        "yen": "JPY", "yenes": "JPY", "libra": "GBP", "libras": "GBP",
        "libra esterlina": "GBP", "libras esterlinas": "GBP",
        "franco suizo": "CHF", "francos suizos": "CHF", "francos CFA": "XOF",
        "peso": "MXN", "pesos": "MXN", "sol": None, "soles": "PEN", "nuevos soles": "PEN",
        "bolívar": "VES", "bolívares": "VES", "real": None, "reales": "BRL",
        "quetzal": "GTQ", "quetzales": "GTQ", "colón": "CRC", "colones": "CRC",
        "guaraní": "PYG", "guaraníes": "PYG", "lempira": "HNL", "lempiras": "HNL",
        "córdoba": None, "córdobas": "NIO", "balboa": None, "balboas": "PAB",
        "won": "KRW", "wones": "KRW", "rublo": "RUB", "rublos": "RUB",
        "rupia": None, "rupias": None, "pesetas": "ESP", "peseta": "ESP",
        "bitcoin": None, "bitcoines": None, "bitcoins": None, "BTC": None,
        "M€": "EUR", "k€": "EUR", "MEUR": "EUR", "MUSD": "USD",
        # issue 11, currencies
        "naira": "NGN", "nairas": "NGN", "ringgit": "MYR", "ringgits": "MYR",
        "séquel": "ILS", "séqueles": "ILS", "shekel": "ILS", "shekels": "ILS",
        "nuevos séqueles": "ILS", "NIS": "ILS", "ptas": "ESP", "pts": "ESP", "pta": "ESP", "ringgits malasios": "MYR",
        "ringgit malasio": "MYR", "Deutsche Mark": "DEM", "deutsche mark": "DEM",
        "Deutschmark": "DEM", "deutschmarks": "DEM", "marcos": "DEM",
        "marco alemán": "DEM", "marcos alemanes": "DEM", "DM": "DEM",
        "cfa": "XOF", "FCFA": "XOF", "F CFA": "XOF", "franco CFA": "XOF",
        "chelín": "KES", "chelines": "KES", "chelines kenianos": "KES", "rand": "ZAR",
        "rands": "ZAR", "sfr": "CHF", "sfr.": "CHF", "franco": "FRF", "francos": "FRF",
        "francos franceses": "FRF",
        "franco francés": "FRF",
    },
    currency_prefixes={
        "Euro": "EUR", "Euros": "EUR", "EURO": "EUR", "CFA": "XOF", "FCFA": "XOF",
        "NIS": "ILS", "Sh": "KES", "KSh": "KES", "Ksh": "KES", "R": "ZAR", "SFr": "CHF",
        "SFr.": "CHF", "Sfr": "CHF", "DM": "DEM",
    },
    currency_adjectives={
        "canadienses": "CAD", "canadiense": "CAD", "CA": "CAD", "CAN": "CAD",
        "australianos": "AUD", "australiano": "AUD", "neozelandeses": "NZD",
        "de Hong Kong": "HKD", "HK": "HKD", "US": "USD", "estadounidenses": "USD",
        "estadounidense": "USD", "americanos": "USD", "de Singapur": "SGD",
        "mexicanos": "MXN", "argentinos": "ARS", "chilenos": "CLP", "colombianos": "COP",
        "uruguayos": "UYU", "dominicanos": "DOP",
    },
    currency_scale_abbrevs={"MM": 10**6},  # "US$ 5 MM": Latin American millions
    scale_currency_letters={},
    mass_currency_homographs={"libras": "lb", "libra": "lb"},
    weight_words=("pesa", "pesan", "pesaba", "pesaban", "pesó", "pesando", "pesar", "peso de"),
    unit_scale_homographs={"m": 10**6},
    counted_nouns=(
        "personas", "habitantes", "pasajeros", "viajeros", "visitantes", "turistas",
        "espectadores", "usuarios", "clientes", "abonados", "suscriptores", "votantes",
        "electores", "hogares", "familias", "empleos", "puestos", "trabajadores",
        "empleados", "residentes", "ciudadanos", "niños", "adultos", "alumnos",
        "estudiantes", "pacientes", "miembros", "aficionados", "ejemplares", "vehículos",
        "coches", "viajes", "acciones", "dosis", "entradas", "barriles", "toneladas",
        "hectáreas", "animales", "árboles", "migrantes", "refugiados", "jubilados",
        "cuentas", "dispositivos", "teléfonos"),
    scaled_units={"Mb/d": ("bbl/d", 10**6), "mb/d": ("bbl/d", 10**6),
                  "M b/d": ("bbl/d", 10**6), "kb/d": ("bbl/d", 1000)},
    temperature_words=("temperatura", "temperaturas", "termómetro", "termómetros",
                       "máxima de", "mínima de", "máximas de", "mínimas de", "máximas",
                       "mínimas", "sensación térmica", "mercurio"),
    default_temperature_unit="°C",
    bare_degrees=("grados", "grado", "°"),
    temperature_scale_words={
        "°C": ("celsius", "°C", "ºC", "centígrados"),
        "°F": ("fahrenheit", "°F", "ºF"),
    },
    minor_units={
        "céntimos": ("EUR", "0.01"), "céntimo": ("EUR", "0.01"),
        # the hundredth of the "$" in force, as "¢": the dollar, or the peso of the
        # country the text or the locale names ("es-MX": MXN, "es-AR": ARS)
        "centavos": ("USD", "0.01"), "centavo": ("USD", "0.01"),
        "peniques": ("GBP", "0.01"), "penique": ("GBP", "0.01"),
        "kopeks": ("RUB", "0.01"), "¢": ("USD", "0.01"),
    },
    minor_after_major=("céntimos", "céntimo", "centavos", "centavo", "¢"),
    currency_context={
        "MXN": ("méxico", "mexicano", "mexicana", "mexicanos", "mexicanas", "banxico",
                "inegi", "cdmx", "pemex", "shcp", "peso mexicano", "pesos mexicanos"),
        "ARS": ("argentina", "argentino", "argentinos", "argentinas", "indec", "bcra",
                "buenos aires", "peso argentino", "pesos argentinos"),
        "CLP": ("chile", "chileno", "chilena", "chilenos", "chilenas", "codelco", "dipres",
                "santiago de chile", "peso chileno", "pesos chilenos"),
        "COP": ("colombia", "colombiano", "colombiana", "colombianos", "colombianas",
                "bogotá", "medellín", "dane", "banrep", "peso colombiano",
                "pesos colombianos"),
        "UYU": ("uruguay", "uruguayo", "uruguaya", "uruguayos", "montevideo"),
        "DOP": ("república dominicana", "dominicano", "dominicana", "dominicanos"),
        "CUP": ("cuba", "cubano", "cubana", "cubanos", "la habana"),
        "CNY": ("yuan", "yuanes", "renminbi", "rmb", "china", "chino", "china", "chinos",
                "pekín", "shanghái", "shanghai"),
        "CHF": ("suiza", "suizo", "suizos", "zúrich", "ginebra", "berna", "lausana",
                "basilea", "confederación helvética", "consejo federal", "helvético",
                "helvética", "zurich", "vaud", "valais", "tesino", "neuchâtel", "lucerna",
                "argovia", "cantón de", "cantones suizos"),
        "XAF": ("camerún", "gabón", "congo", "chad", "república centroafricana",
                "guinea ecuatorial", "duala", "yaundé", "libreville", "malabo"),
        "XOF": ("senegal", "costa de marfil", "malí", "burkina", "níger", "benín", "togo",
                "dakar", "abiyán", "cfa"),
        "INR": ("india", "indio", "indios", "nueva delhi", "delhi", "bombay", "mumbai",
                "kerala", "calcuta", "bangalore", "chennai", "madrás", "hyderabad",
                "bengala", "punjab", "uttar pradesh", "tamil nadu"),
        "PKR": ("pakistán", "paquistán", "pakistaní", "paquistaní", "islamabad", "karachi",
                "lahore"),
        "KES": ("kenia", "keniano", "keniana", "kenianos", "nairobi"),
    },
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "ene", "feb",
            "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept", "set", "oct", "nov",
            "dic",
            # "3 de mayo": the day, "de" and the month are one date
            "de enero", "de febrero", "de marzo", "de abril", "de mayo", "de junio",
            "de julio", "de agosto", "de septiembre", "de setiembre", "de octubre",
            "de noviembre", "de diciembre"),
    ordinal_suffixes=("º", "ª", ".º", ".ª", "°", ".°", "o", "a", "er", ".er", "era", "ro",
                      "do", "to", "vo", "no", "mo", "va", "da", "ta", "ma"),
    label_nouns=("artículo", "artículos", "art.", "línea", "número", "nº", "n.º", "núm.",
                 "no.", "página", "pág.", "p.", "capítulo", "cap.", "sección", "apartado",
                 "ruta", "versión", "nivel", "fase", "etapa", "tomo", "volumen", "vol.",
                 "calle", "avenida", "plaza", "planta", "piso", "puerta", "zona", "clase",
                 "categoría", "grupo", "temporada", "episodio", "modelo", "serie", "lote",
                 "código", "autobús", "vuelo", "gráfico", "tabla", "cuadro", "figura",
                 "anexo", "ley", "decreto", "carretera", "autovía", "párrafo", "inciso",
                 "distrito", "sala", "habitación", "edición", "dorsal", "Ibex", "IBEX",
                 "Merval", "G", "COVID", "Covid", "covid", "Movimiento",
                 # issue 11: "la COP 28", "la nota 12", "la ref. 5532", "expediente 4471"
                 "COP", "cop", "nota", "notas", "ref.", "ref", "expediente",
                 "exp.", "dossier",
                 # "los años 80": a decade, like a year
                 "los años", "de los años", "década de los"),
    adjective_homographs=(),
    # Spanish words, and the words Spanish shares with the French and English lists
    # ("la", "de", "que", "son", "a"): a Spanish text then never scores below French
    # on them, and a French or English text still wins on its own words (ties: French).
    stopwords=("la", "de", "un", "que", "a", "son",
               "el", "los", "las", "del", "una", "por", "con", "para", "es", "su", "sus",
               "al", "lo", "como", "más", "pero", "según", "este", "esta", "millones",
               "años", "también", "fue", "han", "muy", "desde", "hasta", "hay", "cuando",
               "donde", "porque", "dólares", "millón"),
    statements=_STATEMENTS,
    dozen_nouns={"docena": 12, "docenas": 12},
    own_letters="ñáíóú¿¡",
    scales_of_scales=True,  # "tres mil millones": the long scale's thousands of millions
    territory_decimal_marks=TERRITORY_DECIMAL_MARKS,
    articles_before_digits=("un", "una"),
    # "10 a. m.", "4 p.m." (Latin American usage); "14 h 30"
    clock_suffixes=("a. m.", "p. m.", "a.m.", "p.m."),
    hour_marks=("h",),
    # Spanish landlines and mobiles as written with spaces: "91 123 45 67", "600 12 34 56"
    # ("612 345 678" is left out: it reads as well as a figure grouped by thousands)
    phone_shapes=((2, 3, 2, 2), (3, 2, 2, 2)),
    # "del orden del millón", "cerca del millón": a scale alone after them is a figure
    lone_scale_determiners=("del", "al"),
    # "3 % más o menos 0,5", "12 ± 0,5 mm": one interval
    tolerance_words=("más o menos", "±", "+/-", "más o menos un", "± un", "+/- un"),
    clock_words=("de la mañana", "de la tarde", "de la noche", "de la madrugada",
                 "del mediodía", "en punto", "y media de la", "y cuarto de la",
                 "menos cuarto de la"),
    # numbers and not mentions (issue 11): "a las 16 horas", "llame al 016", "menos 4
    # grados", "tres años y medio", "media docena", "ganó 3-1", "medio punto", "10 elevado a 9"
    clock_prepositions=("a las", "a la", "hacia las", "desde las", "hasta las", "antes de las",
                        "después de las", "sobre las"),
    clock_hour_words=("h", "hora", "horas"),
    clock_duration_words=("de", "por", "más", "seguidas", "semanales", "diarias"),
    day_determiners=("el",),
    phone_verbs=("llame", "llamar", "llama", "llamen", "marque", "marcar", "marca", "contacte",
                 "contactar", "llamó", "llamaron", "llamaba", "llamado", "llamando", "marcó",
                 "marcaron", "marquen", "marcando", "llamá", "marcá", "contactó", "contacten",
                 "telefonee", "telefonear", "telefoneó"),
    phone_determiners=("al", "el"),
    phone_followers=("para", "o", "si", "desde", "en", "y", "gratis", "gratuitamente"),
    sign_words=("menos", "negativo", "negativa", "negativos", "negativas"),
    point_count_words=("índice", "Ibex", "bolsa", "partido", "clasificación",
                       "ventaja", "orden del día", "carné", "nota"),
    sign_word_blockers=("al", "lo", "o", "los", "las", "el", "la", "poco", "más"),
    half_tails=("y medio", "y media", "y 1/2", "y ½"),
    half_prefixes=("media",),
    score_words_before=("venció", "vence", "vencen", "ganó", "gana", "ganan", "perdió", "pierde",
                        "empate", "empató", "victoria", "derrota", "goleó", "goleada", "superó",
                        "marcador", "resultado", "impuso", "impone", "imponen", "impusieron",
                        "empataron", "empatan", "derrotó", "derrota", "derrotaron", "triunfo",
                        "triunfó", "venció", "vencieron", "ganaron", "perdieron", "goleó"),
    score_links=("a",),
    age_words=("edad de", "de edad de"),
    fraction_point_words=("punto", "puntos", "punto porcentual", "puntos porcentuales"),
    power_words=("elevado a", "a la potencia", "elevado a la"),
    # what is written once: "38 metros, frente a 25", "12 millones de euros, de los
    # cuales 3", "30, e incluso 40 millones"
    carry_links=("frente a", "contra", "de los cuales", "de las cuales", "del cual",
                 "de la cual", "incluidos", "incluidas", "es decir", "o sea",
                 "o incluso", "e incluso", "incluso", "comparado con", "comparada con",
                 "en comparación con", "respecto a", "respecto de", "en lugar de",
                 "versus", "vs", "vs.",
                 # with the article a percentage takes: "frente al 8,1", "o incluso al 6"
                 "frente al", "frente a un", "frente a los", "frente a las", "contra el",
                 "contra un", "contra los", "contra las", "o incluso al",
                 "o incluso el", "e incluso el", "e incluso al", "incluso el", "incluso al",
                 "cuando no el", "o hasta el"),
    alternative_links=("o incluso", "e incluso", "o hasta", "cuando no", "si no",
                       "o incluso al", "o incluso el", "e incluso el", "e incluso al",
                       "cuando no el"),
    list_alternatives=("o", "u"),
    list_end_words=("según", "respectivamente", "cada", "cada uno", "cada una"),
    plural_endings=("s",),
    money_talk_words=_forms(
        ("presupuesto presupuestos presupuestario presupuestaria déficit deuda deudas "
         "gasto gastos ingresos recaudación inversión inversiones financiación "
         "financiamiento subvención subvenciones fondos beneficio beneficios "
         "facturación ventas coste costes costo costos factura préstamo préstamos "
         "ahorro ahorros impuesto impuestos tasa tasas salario salarios dividendo "
         "dividendos multa multas PIB superávit partida partidas", "_"),
        ("vot", _AR), ("aprob", "ó aron ado ada ar"), ("aprueb", "a an e en"),
        ("gast", _AR), ("invert", "ido ir irá irán iría irían ía ían"),
        ("inviert", "e en a an"), ("invirti", "ó eron"),
        ("recaud", _AR), ("financi", _AR), ("cost", _AR), ("cuest", "a an e en"),
        ("ahorr", _AR), ("destin", _AR), ("asign", _AR), ("recort", _AR),
        ("pag", _AR), ("desembols", _AR), ("factur", _AR), ("levant", "ó aron ado ar"),
        ("prest", _AR), ("endeud", _AR),
    ),
    far_change_verbs=_forms(
        ("aument", "ó aron ado ada"), ("sub", "ió ieron ido"), ("baj", "ó aron ado"),
        ("crec", "ió ieron ido"), ("ca", "ído"), ("cay", "ó eron"),
        ("disminu", "yó yeron ido"), ("pas", "ó aron ado"), ("retroced", "ió ieron ido"),
        ("descend", "ió ieron ido"), ("avanz", "ó aron ado"),
    ),
    scale_noun_needs_link=True,  # "2 millones de personas"
)
