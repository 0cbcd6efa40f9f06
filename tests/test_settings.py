"""Settings: layering, sources, and errors that name the file, the key and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from console import paths
from console.config import ConfigError, load_settings
from console.core.text import Message


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_when_no_file_exists() -> None:
    settings = load_settings(environ={})
    assert settings["ui.language"] == "fi"
    assert settings["database.url"] == ""
    assert settings.source("ui.language") == "default"
    assert settings.files == ()


def test_each_layer_overrides_the_one_below() -> None:
    site = write(
        paths.site_config_file(),
        'config_version = 1\n[ui]\nlanguage = "sv"\n[logging]\nlevel = "WARNING"\nkeep_files = 3\n',
    )
    user = write(paths.user_config_file(), '[logging]\nlevel = "DEBUG"\nkeep_files = 7\n')
    settings = load_settings(
        {"logging.keep_files": "9"},
        environ={"TISKI_LOGGING_LEVEL": "ERROR", "TISKI_LOGGING_KEEP_FILES": "8"},
    )
    assert settings["ui.language"] == "sv"
    assert settings.source("ui.language") == f"site file {site}"
    assert settings["logging.level"] == "ERROR"
    assert settings.source("logging.level") == "environment TISKI_LOGGING_LEVEL"
    assert settings["logging.keep_files"] == 9
    assert settings.source("logging.keep_files") == "command line"
    assert settings.files == (site, user)


def test_user_file_beats_site_file() -> None:
    write(paths.site_config_file(), '[desk]\ncounter = "T1"\n')
    user = write(paths.user_config_file(), '[desk]\ncounter = "T4"\n')
    settings = load_settings(environ={})
    assert settings["desk.counter"] == "T4"
    assert settings.source("desk.counter") == f"user file {user}"


def test_its_lock_policy_can_be_made_stricter_but_not_looser() -> None:
    """On a shared counter PC the site file's lock and remember settings are IT's
    policy: a user's file, the environment or the command line cannot loosen them."""
    site = write(
        paths.site_config_file(), "[signin]\nlock_after_minutes = 5\nallow_remember = false\n"
    )
    write(paths.user_config_file(), "[signin]\nlock_after_minutes = 0\nallow_remember = true\n")
    settings = load_settings({"signin.lock_after_minutes": "60"}, environ={})
    assert settings["signin.lock_after_minutes"] == 5
    assert settings["signin.allow_remember"] is False
    assert settings.source("signin.lock_after_minutes") == f"site file {site} (IT's policy)"
    # Stricter is fine: lock sooner.
    stricter = load_settings({"signin.lock_after_minutes": "2"}, environ={})
    assert stricter["signin.lock_after_minutes"] == 2
    # Without a site policy the person's own file decides.
    paths.site_config_file().unlink()
    assert load_settings(environ={})["signin.lock_after_minutes"] == 0


def test_lists_from_environment_are_comma_separated() -> None:
    settings = load_settings(environ={"TISKI_PLUGINS_DENY": "kela, vero"})
    assert settings["plugins.deny"] == ["kela", "vero"]


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ('[ui]\nlanguage = "de"\n', "ui.language", "one of fi, sv, en"),
        ("[logging]\nkeep_files = 0\n", "logging.keep_files", "a whole number from 1 to 100"),
        ('[logging]\nkeep_files = "many"\n', "logging.keep_files", "a whole number"),
        ('[ui]\ncolour = "red"\n', "ui.colour", "known settings are"),
        ('language = "fi"\n', "language", "sections such as [database]"),
        ("config_version = 99\n", "config_version", "newer Tiski"),
        ('[database]\nurl = "mysql://x@y/z"\n', "database.url", "not supported"),
        ('[database]\nurl = "postgresql://x@y/z"\n', "database.url", "postgresql+psycopg://"),
    ],
)
def test_a_bad_file_names_file_key_and_what_is_allowed(text: str, key: str, words: str) -> None:
    path = write(paths.user_config_file(), text)
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={})
    error = caught.value
    assert error.source == str(path)
    assert error.key == key
    assert words in str(error)
    assert str(path) in str(error)


def test_broken_toml_is_reported_with_the_file() -> None:
    path = write(paths.site_config_file(), "[ui\nlanguage = fi\n")
    with pytest.raises(ConfigError, match="not valid TOML") as caught:
        load_settings(environ={})
    assert caught.value.source == str(path)


def test_a_password_in_a_settings_file_is_refused() -> None:
    write(
        paths.site_config_file(),
        '[database]\nurl = "postgresql+psycopg://tiski:hunter2@db.pori.example/desk"\n',
    )
    with pytest.raises(ConfigError, match="set-password") as caught:
        load_settings(environ={})
    assert "hunter2" not in str(caught.value)


def test_bad_environment_value_names_the_variable() -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={"TISKI_DATABASE_CONNECT_TIMEOUT": "soon"})
    assert caught.value.source == "environment TISKI_DATABASE_CONNECT_TIMEOUT"
    assert caught.value.key == "database.connect_timeout"


def test_unknown_command_line_setting_lists_the_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"ui\.language"):
        load_settings({"ui.langauge": "sv"}, environ={})


SECRET = "hunter2"
# Every way a settings file can carry the password of database.url.
PASSWORD_IN_A_FILE = {
    "in the URL": f'url = "postgresql+psycopg://tiski:{SECRET}@db/desk"',
    "URL-encoded": 'url = "postgresql+psycopg://tiski:hunt%65r2@db/desk"',
    "in the query string": f'url = "postgresql+psycopg://tiski@db/desk?password={SECRET}"',
    "among other parameters": (
        f'url = "postgresql+psycopg://tiski@db/desk?sslmode=require&password={SECRET}"'
    ),
    "as a client key's passphrase": f'url = "postgresql+psycopg://t@db/d?sslpassword={SECRET}"',
    "with a port that is no number": f'url = "postgresql+psycopg://tiski:{SECRET}@db:x/desk"',
    "as a list": f'url = ["postgresql+psycopg://tiski:{SECRET}@db/desk"]',
    "as a table": f'url = {{ user = "tiski", password = "{SECRET}", host = "db" }}',
    "as an inline table in a list": f'url = [{{ password = "{SECRET}" }}]',
    "in libpq's key=value form": f'url = "host=db user=tiski password={SECRET}"',
}


@pytest.mark.parametrize("line", PASSWORD_IN_A_FILE.values(), ids=PASSWORD_IN_A_FILE.keys())
@pytest.mark.parametrize("which", ["site", "user"])
def test_a_database_password_in_a_settings_file_is_never_repeated(which: str, line: str) -> None:
    path = paths.site_config_file() if which == "site" else paths.user_config_file()
    write(path, f"[database]\n{line}\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={})
    assert caught.value.key == "database.url"
    assert caught.value.source == str(path)
    assert SECRET not in caught.value.message.english()
    assert "hunt%65r2" not in caught.value.message.english()


def test_a_table_is_named_as_a_table_and_a_list_as_a_list() -> None:
    write(paths.site_config_file(), '[database]\nurl = { password = "x" }\n')
    with pytest.raises(ConfigError, match="a table is not allowed here; use a text"):
        load_settings(environ={})
    write(paths.site_config_file(), '[plugins]\nallow = ["kela", 1]\n')
    with pytest.raises(ConfigError, match="the list holds something other than texts"):
        load_settings(environ={})


PASSWORD_OUTSIDE_FILES = {
    "in the URL": f"postgresql+psycopg://tiski:{SECRET}@db/desk",
    "in the query string": f"postgresql+psycopg://tiski@db/desk?password={SECRET}",
    "URL-encoded in the query string": "postgresql+psycopg://tiski@db/desk?pass%77ord=x%20y",
}


@pytest.mark.parametrize("url", PASSWORD_OUTSIDE_FILES.values(), ids=PASSWORD_OUTSIDE_FILES.keys())
def test_a_password_in_the_environment_is_refused_as_in_a_file(url: str) -> None:
    with pytest.raises(ConfigError, match="pgpass") as caught:
        load_settings(environ={"TISKI_DATABASE_URL": url})
    assert caught.value.source == "environment TISKI_DATABASE_URL"
    assert "ps, /proc" in caught.value.message.english()
    assert SECRET not in caught.value.message.english()


@pytest.mark.parametrize("url", PASSWORD_OUTSIDE_FILES.values(), ids=PASSWORD_OUTSIDE_FILES.keys())
def test_a_password_on_the_command_line_is_refused(url: str) -> None:
    with pytest.raises(ConfigError, match="set-password") as caught:
        load_settings({"database.url": url}, environ={})
    assert caught.value.source == "command line"
    assert SECRET not in caught.value.message.english()


def test_a_url_without_a_password_is_taken_from_anywhere() -> None:
    url = "postgresql+psycopg://tiski@db.pori.example/desk?sslmode=verify-full"
    assert load_settings(environ={"TISKI_DATABASE_URL": url})["database.url"] == url
    assert load_settings({"database.url": url}, environ={})["database.url"] == url
    service = "postgresql+psycopg:///?service=tiski"
    assert load_settings({"database.url": service}, environ={})["database.url"] == service


def test_shown_values_mask_passwords() -> None:
    # Settings refuse them; what shows a URL (a Database made from a signed-in URL)
    # still masks every form.
    from console.store.urls import mask_url

    assert mask_url(f"postgresql+psycopg://tiski:{SECRET}@db/desk") == (
        "postgresql+psycopg://tiski:***@db/desk"
    )
    assert mask_url(f"postgresql+psycopg://tiski@db/desk?sslmode=require&password={SECRET}") == (
        "postgresql+psycopg://tiski@db/desk?password=***&sslmode=require"
    )
    assert SECRET not in mask_url(f"postgresql+psycopg://tiski:{SECRET}@db:port/desk")
    assert SECRET not in mask_url(f"host=db password={SECRET}")


# Failover (docs/deploy.md): a primary and its standby, the one taking writes chosen by libpq.
SEVERAL_HOSTS = (
    "postgresql+psycopg://tiski@/tiski_pori?host=db1.pori.example:5432"
    "&host=db2.pori.example:5432&target_session_attrs=read-write"
)


def test_several_hosts_are_taken_in_the_repeated_form() -> None:
    settings = load_settings({"database.url": SEVERAL_HOSTS}, environ={})
    assert settings["database.url"] == SEVERAL_HOSTS
    primary = SEVERAL_HOSTS.replace("read-write", "primary")
    assert load_settings(environ={"TISKI_DATABASE_URL": primary})["database.url"] == primary


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://tiski@/desk?host=db1:5432,db2:5432&target_session_attrs=read-write",
        "postgresql+psycopg://tiski@/desk?host=db1,db2&port=5432,5433",
        "postgresql+psycopg://tiski@db1:5432,db2:5432/desk?target_session_attrs=read-write",
        "postgresql+psycopg://tiski@db1,db2/desk",
    ],
    ids=["host list in the query", "host and port lists", "list in the address", "no ports"],
)
def test_a_comma_list_of_hosts_is_refused_with_the_repeated_form_to_write(url: str) -> None:
    path = write(paths.site_config_file(), f'[database]\nurl = "{url}"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={})
    assert caught.value.source == str(path)
    assert caught.value.key == "database.url"
    said = caught.value.message.english()
    assert "listed with commas" in said
    assert "repeat host= for each server" in said
    assert "?host=db1:5432&host=db2:5432&target_session_attrs=read-write" in said


def test_several_hosts_need_target_session_attrs_for_the_consoles() -> None:
    url = "postgresql+psycopg://tiski@/desk?host=db1:5432&host=db2:5432"
    with pytest.raises(ConfigError, match="add target_session_attrs=read-write") as caught:
        load_settings({"database.url": url}, environ={})
    assert caught.value.key == "database.url"
    with pytest.raises(ConfigError, match="never to a standby"):
        load_settings({"database.url": url + "&target_session_attrs=any"}, environ={})
    # Reports only read: any of the replicas will do.
    assert load_settings({"reports.database_url": url}, environ={})["reports.database_url"] == url


def test_several_hosts_take_their_ports_after_their_names() -> None:
    url = "postgresql+psycopg://tiski@/desk?host=db1&host=db2&port=5433"
    with pytest.raises(ConfigError, match="remove port="):
        load_settings({"database.url": url + "&target_session_attrs=read-write"}, environ={})


def test_several_hosts_are_shown_and_masked() -> None:
    from sqlalchemy.engine import make_url

    from console.store.urls import keyring_user, mask_url, url_has_password

    with_password = SEVERAL_HOSTS.replace("tiski@", f"tiski:{SECRET}@")
    shown = mask_url(with_password)
    assert SECRET not in shown
    assert shown.startswith("postgresql+psycopg://tiski:***@/tiski_pori?")
    assert "db1.pori.example" in shown
    assert "db2.pori.example" in shown
    assert url_has_password(with_password)
    assert not url_has_password(SEVERAL_HOSTS)
    assert SECRET not in mask_url(SEVERAL_HOSTS + f"&password={SECRET}")
    with pytest.raises(ConfigError, match="set-password") as caught:
        load_settings({"database.url": with_password}, environ={})
    assert SECRET not in caught.value.message.english()
    # One keyring entry for the primary and its standby, which share their roles.
    assert keyring_user(make_url(SEVERAL_HOSTS)) == (
        "tiski@db1.pori.example:5432,db2.pori.example:5432/tiski_pori"
    )
    assert keyring_user(make_url("postgresql+psycopg://tiski@db/desk")) == "tiski@db:5432/desk"


def test_the_reports_database_is_checked_and_masked_as_the_database_is() -> None:
    replica = "postgresql+psycopg://tiski@replica.pori.example:5432/tiski_pori"
    write(paths.site_config_file(), f'[reports]\ndatabase_url = "{replica}"\n')
    settings = load_settings(environ={})
    assert settings["reports.database_url"] == replica
    assert settings.shown("reports.database_url") == replica
    assert load_settings(environ={})["database.url"] == ""
    env = {"TISKI_REPORTS_DATABASE_URL": f"postgresql+psycopg://tiski:{SECRET}@replica/desk"}
    with pytest.raises(ConfigError, match="pgpass") as caught:
        load_settings(environ=env)
    assert caught.value.key == "reports.database_url"
    assert SECRET not in caught.value.message.english()
    with pytest.raises(ConfigError, match="postgresql\\+psycopg://") as caught:
        load_settings({"reports.database_url": "postgresql://tiski@replica/desk"}, environ={})
    assert caught.value.key == "reports.database_url"
    with pytest.raises(ConfigError, match="repeat host="):
        load_settings({"reports.database_url": "postgresql+psycopg://t@a,b/desk"}, environ={})


def test_nested_messages_render_in_english() -> None:
    inner = Message("Settings", "a text")
    outer = Message("Settings", "{key}: {problem}", {"key": "x", "problem": inner})
    assert outer.english() == "x: a text"


def test_a_plugins_own_table_reaches_the_plugin_host(private_folders: Path) -> None:
    from console.config import load_settings
    from console.paths import site_config_file

    site = site_config_file()
    site.parent.mkdir(parents=True, exist_ok=True)
    site.write_text(
        '[plugins]\nallow = ["kela"]\n\n[plugins.kela]\nbase_url = "https://kela.example/api"\n',
        encoding="utf-8",
    )
    settings = load_settings()
    assert settings["plugins.allow"] == ["kela"]
    assert settings.plugin_values("kela") == {"base_url": "https://kela.example/api"}
    assert settings.plugin_values("vero") == {}
    demo = settings.with_plugin_values("kela", {"base_url": "http://127.0.0.1:9/kela"})
    assert demo.plugin_values("kela")["base_url"] == "http://127.0.0.1:9/kela"
    assert settings.plugin_values("kela")["base_url"] == "https://kela.example/api"


def test_several_hosts_reach_libpq_as_its_own_lists() -> None:
    # The change feed's own connection: rendered as a URL, libpq would keep only the
    # last host= and read its ":5432" as part of the name.
    from psycopg.conninfo import conninfo_to_dict
    from sqlalchemy.engine import make_url

    from console.store.urls import libpq_conninfo

    with_password = SEVERAL_HOSTS.replace("tiski@", f"tiski:{SECRET}@")
    assert conninfo_to_dict(libpq_conninfo(make_url(with_password))) == {
        "host": "db1.pori.example,db2.pori.example",
        "port": "5432,5432",
        "target_session_attrs": "read-write",
        "user": "tiski",
        "password": SECRET,
        "dbname": "tiski_pori",
    }
    one = make_url("postgresql+psycopg://tiski@db:5433/desk?sslmode=require")
    assert conninfo_to_dict(libpq_conninfo(one)) == {
        "host": "db",
        "port": "5433",
        "sslmode": "require",
        "user": "tiski",
        "dbname": "desk",
    }
    service = make_url("postgresql+psycopg:///?service=tiski")
    assert conninfo_to_dict(libpq_conninfo(service)) == {"service": "tiski"}
