"""Tiski: the staff console of a shared public customer-service desk.

The version below is the one place the version number lives; the package
metadata, ``tiski --version`` and the About dialog all read it.
"""

__version__ = "0.1.0"
