"""Finding, checking and loading agency plugins (manifest first, code later).

Importing this package imports nothing else: the settings read IT's trust records
through :mod:`console.plugin_host.trust` at start-up, which must not pull in the
plugin API (Qt, requests).
"""
