"""First-party agency plugins, one folder each with its plugin.toml.

This file only lets import-linter check that plugins import nothing from
Tiski but ``console.plugin_api``; the host finds plugins by their manifests.
"""
