"""A real installed distribution with a ``tiski.plugins`` entry point, for tests.

It is written the way pip leaves a wheel in site-packages: the package, its plugin
folder, and a ``.dist-info`` with METADATA, entry_points.txt and RECORD. Put
``site_packages`` on ``sys.path`` (``monkeypatch.syspath_prepend``) or in
``PYTHONPATH`` of a child process and ``importlib.metadata`` finds it. Importing
the package writes ``marker``: the file must stay absent when nothing imports it.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

import tomli_w


@dataclass(frozen=True)
class InstalledDist:
    site_packages: Path
    package: str
    plugin_folder: Path
    marker: Path


def install_dist(
    site_packages: Path,
    *,
    dist: str,
    package: str,
    manifest: dict[str, object] | None,
    entry_name: str,
    marker: Path,
    entry_module: str = "panel",
) -> InstalledDist:
    """Write the distribution ``dist`` (package ``package``) holding one plugin folder."""
    site_packages.mkdir(parents=True, exist_ok=True)
    root = site_packages / package
    folder = root / entry_name
    folder.mkdir(parents=True)
    touch_marker = (
        f"from pathlib import Path\nPath({str(marker)!r}).write_text('imported', "
        "encoding='utf-8')\n"
    )
    (root / "__init__.py").write_text(
        touch_marker + "PLUGIN_DIR = Path(__file__).parent / " + repr(entry_name) + "\n",
        encoding="utf-8",
    )
    if manifest is not None:
        (folder / "plugin.toml").write_text(tomli_w.dumps(manifest), encoding="utf-8")
    (folder / f"{entry_module}.py").write_text(touch_marker, encoding="utf-8")
    info = site_packages / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        f"[tiski.plugins]\n{entry_name} = {package}:PLUGIN_DIR\n", encoding="utf-8"
    )
    rows = []
    for path in sorted(p for p in site_packages.rglob("*") if p.is_file()):
        if not (path.is_relative_to(root) or path.parent == info):
            continue
        digest = base64.urlsafe_b64encode(hashlib.sha256(path.read_bytes()).digest())
        relative = path.relative_to(site_packages).as_posix()
        rows.append(f"{relative},sha256={digest.rstrip(b'=').decode()},{path.stat().st_size}")
    rows.append(f"{info.name}/RECORD,,")
    (info / "RECORD").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return InstalledDist(site_packages, package, folder, marker)
