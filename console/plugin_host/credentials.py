"""A plugin's secrets in the system keyring: service ``tiski/<plugin id>``, user = the name.

Each function takes the plugin's :class:`Manifest` or its id. Given the manifest,
only the names it declares under ``[credentials] names`` can be kept or read.
Keyring calls can block (Secret Service, Credential Manager): the console makes
them off the GUI thread.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError
from console.plugin_host.manifest import CREDENTIAL_NAME

if TYPE_CHECKING:
    from console.plugin_host.manifest import Manifest

log = logging.getLogger(__name__)

_CTX = "PluginHost"


class CredentialError(TiskiError):
    """A credential cannot be kept: undeclared name, empty secret, or no keyring."""


def keyring_service(plugin_id: str) -> str:
    return f"tiski/{plugin_id}"


def _plugin_id(plugin: Manifest | str) -> str:
    return plugin if isinstance(plugin, str) else plugin.id


def check_declared(plugin: Manifest | str, name: str) -> None:
    """Refuse a credential name the manifest does not declare, listing those it does.

    With only a plugin id there is no list to check against: the name must merely
    have a credential name's shape.
    """
    if isinstance(plugin, str):
        if CREDENTIAL_NAME.fullmatch(name) is None:
            raise CredentialError(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP("PluginHost", "{name} is not a credential name."),
                    {"name": name},
                )
            )
        return
    manifest = plugin
    if name not in manifest.credentials:
        raise CredentialError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "PluginHost",
                    "The plugin {id} declares no credential {name}; its credentials are: "
                    "{declared}.",
                ),
                {
                    "id": manifest.id,
                    "name": name,
                    "declared": ", ".join(manifest.credentials) or "-",
                },
            )
        )


def set_credential(plugin: Manifest | str, name: str, secret: str) -> None:
    """Keep ``secret`` as the plugin's credential ``name`` in the system keyring.

    Raises :class:`CredentialError` for a name the manifest does not declare, an
    empty secret, or a computer without a keyring.
    """
    check_declared(plugin, name)
    plugin_id = _plugin_id(plugin)
    if not secret:
        raise CredentialError(
            Message(_CTX, QT_TRANSLATE_NOOP("PluginHost", "An empty credential was not stored."))
        )
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(keyring_service(plugin_id), name, secret)
    except NoKeyringError:
        raise CredentialError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "PluginHost",
                    "This computer has no keyring to keep the credential in (a headless Linux "
                    "has none); the plugin {id} cannot use {name} here.",
                ),
                {"id": plugin_id, "name": name},
            )
        ) from None
    except KeyringError as error:
        raise CredentialError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("PluginHost", "The keyring refused the credential ({reason})."),
                {"reason": type(error).__name__},
            )
        ) from None
    log.info("Credential %s of plugin %s stored in the keyring", name, plugin_id)


def get_credential(plugin: Manifest | str, name: str) -> str | None:
    """The plugin's credential ``name``; None when unset or there is no keyring."""
    check_declared(plugin, name)
    plugin_id = _plugin_id(plugin)
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        secret: str | None = keyring.get_password(keyring_service(plugin_id), name)
    except NoKeyringError:
        log.debug("No keyring: credential %s of plugin %s unavailable", name, plugin_id)
        return None
    except KeyringError as error:
        log.debug(
            "Keyring failed (%s): credential %s of plugin %s unavailable",
            type(error).__name__,
            name,
            plugin_id,
        )
        return None
    if not secret:
        log.debug("Credential %s of plugin %s is not set", name, plugin_id)
        return None
    return secret


def has_credential(plugin: Manifest | str, name: str) -> bool:
    """Whether the keyring holds the plugin's credential ``name``."""
    return get_credential(plugin, name) is not None


def delete_credential(plugin: Manifest | str, name: str) -> None:
    """Forget the plugin's credential ``name``; nothing happens when it is not set."""
    check_declared(plugin, name)
    plugin_id = _plugin_id(plugin)
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(keyring_service(plugin_id), name)
    except PasswordDeleteError:
        return
    except KeyringError as error:
        raise CredentialError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("PluginHost", "The keyring refused the credential ({reason})."),
                {"reason": type(error).__name__},
            )
        ) from None
