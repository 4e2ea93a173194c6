"""The version of claims, in one place: the package metadata (pyproject.toml) reads it."""
__version__ = "0.1.0"
