"""Print the rows of the family table of docs/FAMILIES.md: python -m tests.corpus"""
from . import families_en, families_es, families_fr, family_table

print("\n".join(family_table({"fr": families_fr, "en": families_en, "es": families_es})))
