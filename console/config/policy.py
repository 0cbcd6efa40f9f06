"""IT's policy: the settings a user may make stricter than the site file, never looser."""

from __future__ import annotations

from typing import Any

# IT's policy for shared counter PCs: what the site file sets here, a user's file,
# the environment or the command line may make stricter but not looser.
# IT's plugin lists are among them: a user's file may switch off more plugins, never
# allow one IT did not, nor take back what IT denied.
POLICY = ("signin.lock_after_minutes", "signin.allow_remember", "plugins.allow", "plugins.deny")


def stricter(name: str, site: Any, other: Any) -> bool:
    """Whether ``other`` is at least as strict as the site's ``site`` for ``name``."""
    if name == "signin.lock_after_minutes":
        return site == 0 or (0 < other <= site)
    if name == "plugins.allow":
        # An empty list means "the bundled ones", which a non-empty site list may exceed.
        return other == site or (bool(site) and bool(other) and set(other) <= set(site))
    if name == "plugins.deny":
        return set(site) <= set(other)
    return bool(site) or not other  # signin.allow_remember: off is stricter
