"""The agency plugins: each one's state, settings, credentials and back office, and the
protections their processes get on this machine.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from console.core.text import QT_TRANSLATE_NOOP, Message
from console.ops.doctor.report import (
    KEYRING_SECONDS,
    NETWORK_SECONDS,
    Check,
    _check,
    _joined,
    _m,
    _reason,
)

if TYPE_CHECKING:
    from console.config import Settings
    from console.plugin_host.discovery import Found


HEALTH_CONNECT_SECONDS = 1.5  # with the read timeout: a health check ends within 3 s
HEALTH_READ_SECONDS = 1.5
SLOW_SECONDS = 1.0


_SEE_LIST = QT_TRANSLATE_NOOP("Doctor", "See tiski plugins list and the log file.")


def check_plugins(settings: Settings) -> list[Check]:
    from console.plugin_host.discovery import plugins_for

    try:
        found = plugins_for(settings)
    except Exception as error:
        text = QT_TRANSLATE_NOOP("Doctor", "The plugins could not be listed ({reason}).")
        return [_check("plugins", "warning", text, _SEE_LIST, reason=_reason(error))]
    if not found:
        return [
            _check(
                "plugins",
                "warning",
                QT_TRANSLATE_NOOP("Doctor", "No agency plugins were found."),
                QT_TRANSLATE_NOOP(
                    "Doctor",
                    "The console works without them; the first-party ones come with Tiski "
                    "(reinstall it if they are missing).",
                ),
            )
        ]
    ca_bundle = str(settings["plugins.ca_bundle"]) or None
    # Imported here once, not by every thread at once.
    import console.plugin_api
    import console.plugin_host.credentials
    import console.ui.plugins.plugin_panels  # noqa: F401

    # Every back office is asked at once: the slowest sets the time doctor takes.
    running: list[tuple[Found, threading.Thread, list[Check]]] = []
    for item in found:
        result: list[Check] = []

        def look(item: Found = item, result: list[Check] = result) -> None:
            result.append(_plugin_check(item, settings, ca_bundle))

        thread = threading.Thread(target=look, name="tiski-doctor-plugin", daemon=True)
        thread.start()
        running.append((item, thread, result))
    deadline = time.monotonic() + NETWORK_SECONDS + KEYRING_SECONDS
    checks = []
    for item, thread, result in running:
        thread.join(max(0.0, deadline - time.monotonic()))
        if result:
            checks.append(result[0])
            continue
        checks.append(
            _check(
                _plugin_name(item),
                "warning",
                QT_TRANSLATE_NOOP(
                    "Doctor", "{plugin}: no answer within {seconds} s (keyring or back office)."
                ),
                QT_TRANSLATE_NOOP(
                    "Doctor", "Check the network to the back office and that the keyring is open."
                ),
                plugin=_plugin_label(item),
                seconds=NETWORK_SECONDS + KEYRING_SECONDS,
            )
        )
    return checks


def _plugin_name(item: Found) -> str:
    return f"plugin {item.shown_id or item.path.name}"


def _plugin_label(item: Found) -> str:
    if item.manifest is None:
        return f"{item.shown_id or item.path.name} ({item.source})"
    return f"{item.manifest.id} {item.manifest.version} ({item.source})"


def _plugin_check(item: Found, settings: Settings, ca_bundle: str | None) -> Check:
    try:
        return _look_at_plugin(item, settings, ca_bundle)
    except Exception as error:  # one plugin's surprise must not end the report
        text = QT_TRANSLATE_NOOP("Doctor", "{plugin}: could not be checked ({reason}).")
        params = {"plugin": _plugin_label(item), "reason": _reason(error)}
        return _check(_plugin_name(item), "warning", text, _SEE_LIST, **params)


def _look_at_plugin(item: Found, settings: Settings, ca_bundle: str | None) -> Check:
    from console.plugin_host.credentials import get_credential
    from console.plugin_host.settings import PluginSettingsError, plugin_settings

    name = _plugin_name(item)
    params: dict[str, object] = {"plugin": _plugin_label(item), "reason": item.reason or "-"}
    if item.state == "off":
        return _check(name, "ok", QT_TRANSLATE_NOOP("Doctor", "{plugin}: off. {reason}"), **params)
    if item.state == "duplicate":
        text = QT_TRANSLATE_NOOP("Doctor", "{plugin}: {reason}")
        action = QT_TRANSLATE_NOOP("Doctor", "Remove one of the two copies.")
        return _check(name, "warning", text, action, **params)
    if item.state == "refused":
        text = QT_TRANSLATE_NOOP("Doctor", "{plugin}: refused, not loaded. {reason}")
        action = QT_TRANSLATE_NOOP(
            "Doctor",
            "Give the plugin an id of its own, trust a folder IT changed again (tiski plugins "
            "trust {path}), or remove it.",
        )
        return _check(name, "warning", text, action, path=str(item.path), **params)
    if item.manifest is None or item.state != "ready":
        return _check(
            name,
            "warning",
            QT_TRANSLATE_NOOP("Doctor", "{plugin}: invalid, not loaded. {reason}"),
            QT_TRANSLATE_NOOP("Doctor", "Fix it (tiski plugins check {path}) or remove it."),
            path=str(item.path),
            **params,
        )
    manifest = item.manifest
    try:
        values = plugin_settings(manifest, settings.plugin_values(manifest.id))
    except PluginSettingsError as error:
        return _check(
            name,
            "warning",
            QT_TRANSLATE_NOOP("Doctor", "{plugin}: its panel shows an error. {reason}"),
            QT_TRANSLATE_NOOP("Doctor", "Correct {key} in the site settings."),
            key=error.key,
            **{**params, "reason": error.message},
        )
    problems: list[tuple[Message, Message]] = []
    secrets = {}
    for credential in manifest.credentials:
        secret = get_credential(manifest, credential)
        if secret is not None:
            secrets[credential] = secret
            continue
        problems.append(
            (
                _m(
                    QT_TRANSLATE_NOOP("Doctor", "its credential {name} is not in the keyring"),
                    name=credential,
                ),
                _m(
                    QT_TRANSLATE_NOOP(
                        "Doctor",
                        "Keep it in the keyring: tiski plugins set-credential {id} {name}.",
                    ),
                    id=manifest.id,
                    name=credential,
                ),
            )
        )
    base_url = str(values.get("base_url") or "")
    if not (manifest.health and base_url):
        params["answered"] = _m(QT_TRANSLATE_NOOP("Doctor", "it declares no health check"))
    else:
        health, seconds, url = _ask_health(base_url, manifest.health, secrets, ca_bundle)
        answer = {"url": url, "seconds": seconds, "id": manifest.id}
        if health == "healthy":
            text = QT_TRANSLATE_NOOP("Doctor", "{url} answered in {seconds} s")
            params["answered"] = _m(text, **answer)
        elif health == "slow":
            finding = QT_TRANSLATE_NOOP("Doctor", "its back office is slow: {url} took {seconds} s")
            action = QT_TRANSLATE_NOOP(
                "Doctor", "Tell the agency's contact if it stays slow; the panel waits longer."
            )
            problems.insert(0, (_m(finding, **answer), _m(action, **answer)))
        else:
            finding = QT_TRANSLATE_NOOP("Doctor", "its back office is down: {url}")
            action = QT_TRANSLATE_NOOP(
                "Doctor",
                "Check plugins.{id}.base_url in the site settings and the network to the back "
                "office (the demo's sandbox: tiski sandbox serve).",
            )
            problems.insert(0, (_m(finding, **answer), _m(action, **answer)))
    if not problems:
        return _check(
            name, "ok", QT_TRANSLATE_NOOP("Doctor", "{plugin}: ready; {answered}."), **params
        )
    return Check(
        name,
        "warning",
        _m(
            QT_TRANSLATE_NOOP("Doctor", "{plugin}: ready, but {problems}."),
            plugin=params["plugin"],
            problems=_joined(
                [finding for finding, _ in problems],
                QT_TRANSLATE_NOOP("Doctor", "{first}; {rest}"),
            ),
        ),
        _joined([action for _, action in problems], QT_TRANSLATE_NOOP("Doctor", "{first} {rest}")),
    )


def _ask_health(
    base_url: str, path: str, secrets: dict[str, str], ca_bundle: str | None
) -> tuple[str, str, str]:
    """``(health, seconds taken, URL asked)`` of one back office, within about 3 s."""
    from console.plugin_api import HttpClient
    from console.ui.plugins.in_process import CREDENTIAL_HEADER

    headers = {CREDENTIAL_HEADER: secrets["api-key"]} if "api-key" in secrets else {}
    client = HttpClient(
        base_url,
        headers=headers,
        connect_timeout=HEALTH_CONNECT_SECONDS,
        read_timeout=HEALTH_READ_SECONDS,
        retries=0,
        verify=ca_bundle or True,
    )
    try:
        started = time.monotonic()
        health = client.check_health(path, slow_after=SLOW_SECONDS)
        return str(health), f"{time.monotonic() - started:.2f}", client.url_for(path)
    finally:
        client.close()


def check_plugin_sandbox() -> Check:
    """Which protections the API 2 plugin processes get on this machine."""
    from console.plugin_runtime.sandbox import describe_protections, probe

    report = probe()
    if report["landlock"] and report["seccomp"] and not report["missing"]:
        return _check(
            "plugin sandbox",
            "ok",
            QT_TRANSLATE_NOOP("Doctor", "Plugin processes are locked down: {protections}."),
            protections=describe_protections(report),
        )
    return _check(
        "plugin sandbox",
        "warning",
        QT_TRANSLATE_NOOP(
            "Doctor",
            "Plugin processes run with fewer protections here: {protections}. Each plugin "
            "still runs in a process of its own without credentials, database or keyring, "
            "but with the reach of this OS account.",
        ),
        QT_TRANSLATE_NOOP(
            "Doctor", "Use Linux 6.12 or later for every protection (docs/plugins.md)."
        ),
        protections=describe_protections(report),
    )
