"""The process an API 2 plugin runs in: ``python -m console.plugin_runtime``.

The console starts one such process per plugin (console/plugin_host/process.py)
and talks to it over its standard input and output (console/plugin_api/protocol.py).
The process imports the plugin from its folder, locks itself down
(:mod:`console.plugin_runtime.sandbox`) and then serves: it describes the panel
for each visitor and passes every back-office call to the console's broker.

It imports no widget, no database and no keyring: only the plugin API, QtCore
(for the console's translations) and the standard library.
"""
