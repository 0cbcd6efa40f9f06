"""The broker: every back-office call of an out-of-process plugin (API 2) is made here.

A plugin process never holds a credential: it sends a ``fetch`` over its pipe and
the broker, in the console, makes the call with the plugin's credential added as a
header, bounds it and answers (``console.plugin_api.answers``). So the broker owns:

- **credentials**, read from the keyring on a broker thread the first time a plugin
  calls (``api-key`` goes out as :data:`CREDENTIAL_HEADER`, as for in-process panels);
- **a lane per plugin**: at most ``plugins.concurrency`` calls of one plugin run at a
  time, each on a thread of that plugin's own, so one slow agency never holds the
  threads another agency's calls need; the rest wait in the lane's queue;
- **bounds**: the client's deadline for a whole call (a trickling answer ends there),
  ``plugins.max_answer_mb`` for an answer's size (a flood is refused, not read), and
  ``plugins.max_items`` for the long list a call names (``cap_items``, with ``total``);
- **remembered answers** per plugin and key: a failed call hands back the last good
  answer to the same request ``stale`` with the error, as ``PanelContext.fetch_json``
  does, never an answer to another request (another visitor's) under the same key;
- **cancellation**: :meth:`Broker.cancel` answers a plugin's queued calls of older
  visitor generations at once and shuts the sockets of its running ones;
- **health checks** of a manifest's ``health`` path, on a thread of their own.

Every ``deliver`` is called on a broker thread, never on the caller's: the host hops
to its GUI thread itself (a queued signal) or writes the answer to the pipe there.
No Qt here; the texts for people are :class:`Message` and the host's ``translate``
renders them (Qt's translation is thread-safe).

The package's modules, one concern each:

- ``facade``: :class:`Broker`, what the host calls;
- ``limits``: :class:`BrokerLimits`, :class:`CallRefused` and the size bounds;
- ``lane``: one plugin's queue, worker threads and courier thread;
- ``checks``: a plugin's ``fetch`` checked before it is made;
- ``calls``: a checked call carried out (client, credential, answer bounds);
- ``remembered``: the last good answers handed back stale on a failure;
- ``answers``: the broker's own cancelled, refused and failed answers;
- ``health``: the back office's health checks.
"""

from console.plugin_host.broker.answers import Translate
from console.plugin_host.broker.calls import CREDENTIAL_HEADER, CREDENTIAL_NAME, GetCredential
from console.plugin_host.broker.facade import Broker
from console.plugin_host.broker.lane import Deliver
from console.plugin_host.broker.limits import CLOSE_WITHIN_S, BrokerLimits, CallRefused
from console.plugin_host.broker.remembered import REMEMBERED_BYTES, REMEMBERED_KEYS

__all__ = [
    "CLOSE_WITHIN_S",
    "CREDENTIAL_HEADER",
    "CREDENTIAL_NAME",
    "REMEMBERED_BYTES",
    "REMEMBERED_KEYS",
    "Broker",
    "BrokerLimits",
    "CallRefused",
    "Deliver",
    "GetCredential",
    "Translate",
]
