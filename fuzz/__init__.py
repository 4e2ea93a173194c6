"""Fuzzing the engine: the invariants every reply keeps, and inputs that reach the grammar.

``fuzz/engine.py`` is the coverage-guided harness (atheris); ``tests/test_properties.py``
checks the same invariants with hypothesis. Both import :mod:`fuzz.invariants` and
:mod:`fuzz.inputs`, so a property is written once.
"""
