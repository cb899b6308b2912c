"""Preflight's helper for running real Alembic against scratch databases.

Run with the project's own interpreter (the one that has Alembic):

    <python> preflight_alembic.py <command> [args...]

Commands (results are printed to stdout as one JSON document):

    ini-info INI                 {"configuredUrl": ..., "scriptLocation": ...} of INI's [alembic] section
    scratch-ini INI DEST URL CWD writes DEST, a copy of INI that points Alembic at URL (see below)
    createdb SERVER_URL NAME     creates database NAME on SERVER_URL's server; {"url": URL of NAME}
    dropdb SERVER_URL NAME       drops database NAME (WITH (FORCE)) if it exists
    snapshot URL                 the schema of URL as seen by SQLAlchemy's inspector
    alembic EXPECT_URL ARGS...   runs Alembic's command line (like `python -m alembic ARGS...`),
                                 but exits with code 3 before any migration runs if env.py connected
                                 to another database than EXPECT_URL ("--offline": to any database)

Works with Alembic 1.8+, SQLAlchemy 1.4 / 2.0 and Python 3.7+.
"""

import configparser
import json
import os
import re
import sys

GUARD_EXIT_CODE = 3
GUARD_MARKER = "preflight-guard:"
SCRATCH_NAME = re.compile(r"^preflight_[0-9a-f]{8,32}$")
# The helper's own connections are synchronous; an async driver in the project's URL is swapped
# for the dialect's default driver (the scratch database is the same either way).
ASYNC_DRIVERS = {"asyncpg", "aiosqlite", "aiomysql", "asyncmy", "psycopg_async"}
DEFAULT_PORTS = {"postgresql": 5432, "mysql": 3306, "mariadb": 3306, "mssql": 1433, "oracle": 1521}


class HelperError(Exception):
    """A problem reported on one stderr line, exit code 2."""


def main(argv):
    if not argv:
        raise HelperError("usage: preflight_alembic.py <command> [args...]")
    command, args = argv[0], argv[1:]
    if command == "alembic":
        if not args:
            raise HelperError("usage: preflight_alembic.py alembic EXPECT_URL|--offline ARGS...")
        return run_alembic(args[0], args[1:])
    commands = {
        "ini-info": (ini_info, 1),
        "scratch-ini": (scratch_ini, 4),
        "createdb": (createdb, 2),
        "dropdb": (dropdb, 2),
        "snapshot": (snapshot, 1),
    }
    if command not in commands:
        raise HelperError("unknown command %r" % command)
    fn, arity = commands[command]
    if len(args) != arity:
        raise HelperError("%s takes %d argument(s), got %d" % (command, arity, len(args)))
    result = fn(*args)
    json.dump(result, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")
    return 0


# --- alembic.ini ---------------------------------------------------------------------------------


def _read_ini(ini_path):
    """Reads INI exactly as Alembic's Config does: ConfigParser with `here` = the ini's directory."""
    here = os.path.abspath(os.path.dirname(ini_path))
    parser = configparser.ConfigParser({"here": here})
    if not parser.read([ini_path]):
        raise HelperError("cannot read %s" % ini_path)
    if not parser.has_section("alembic"):
        raise HelperError("%s has no [alembic] section" % ini_path)
    return parser, here


def ini_info(ini_path):
    parser, _ = _read_ini(ini_path)
    return {
        "configuredUrl": parser.get("alembic", "sqlalchemy.url", fallback=None),
        "scriptLocation": parser.get("alembic", "script_location", fallback=None),
    }


def _escape(value):
    return value.replace("%", "%%")


def _absolute_location(location, cwd):
    # Alembic treats a relative "package:path" as a package resource; leave those alone.
    if not os.path.isabs(location) and ":" in location:
        return location
    return os.path.abspath(os.path.join(cwd, location))


def scratch_ini(ini_path, dest, url, cwd):
    """Writes DEST: INI with `sqlalchemy.url` replaced by URL.

    Why a copy and not `-x sqlalchemy.url=...`: env.py only honours -x if it was written to, while
    practically every env.py reads `config.get_main_option("sqlalchemy.url")`. The copy lives in a
    temp dir, where Alembic would resolve `%(here)s` against the temp dir, so every `%(here)s` is
    replaced by the original ini's directory first, and script_location / version_locations are made
    absolute (relative ones are relative to the working directory, CWD). The original file is only
    read. The `alembic` subcommand of this helper then checks that env.py really connects to URL.
    """
    interpolated, here = _read_ini(ini_path)
    configured_url = interpolated.get("alembic", "sqlalchemy.url", fallback=None)

    with open(ini_path) as f:
        text = f.read()
    raw = configparser.ConfigParser(interpolation=None)
    raw.read_string(text.replace("%(here)s", _escape(here)), source=ini_path)

    raw.set("alembic", "sqlalchemy.url", _escape(url))
    script_location = interpolated.get("alembic", "script_location", fallback=None)
    if script_location:
        raw.set("alembic", "script_location", _escape(_absolute_location(script_location, cwd)))

    version_locations = interpolated.get("alembic", "version_locations", fallback=None)
    if version_locations:
        # Split as Alembic 1.8 does; an unknown separator is left for Alembic to report.
        separators = {None: None, "space": " ", "os": os.pathsep, ":": ":", ";": ";"}
        separator_name = interpolated.get("alembic", "version_path_separator", fallback=None)
        if separator_name in separators:
            separator = separators[separator_name]
            if separator is None:
                parts = re.split(r", *|(?: +)", version_locations)
            else:
                parts = [p for p in version_locations.split(separator) if p]
            absolute = [_absolute_location(p, cwd) for p in parts if p]
            raw.set("alembic", "version_locations", _escape((separator or " ").join(absolute)))

    with open(dest, "w") as f:
        raw.write(f)
    return {"configuredUrl": configured_url}


# --- connections ---------------------------------------------------------------------------------


def _url(url):
    from sqlalchemy.engine import make_url

    return make_url(url)


def _render(url):
    # SQLAlchemy 2.0's str(url) masks the password; render_as_string exists since 1.4.
    if hasattr(url, "render_as_string"):
        return url.render_as_string(hide_password=False)
    return str(url)


def _display(url):
    if hasattr(url, "render_as_string"):
        return url.render_as_string(hide_password=True)
    return repr(url)


def _engine(url, **kw):
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    u = _url(url)
    if u.get_driver_name() in ASYNC_DRIVERS:
        u = u.set(drivername=u.get_backend_name())
    return create_engine(u, poolclass=NullPool, **kw)


def _check_scratch_name(name):
    # Never create or drop anything but Preflight's own scratch databases.
    if not SCRATCH_NAME.match(name):
        raise HelperError("refusing to touch database %r: not a Preflight scratch database name" % name)


def _server_engine(server_url):
    u = _url(server_url)
    if u.get_backend_name() != "postgresql":
        raise HelperError("scratch databases on a server need PostgreSQL, got %s" % u.get_backend_name())
    return _engine(server_url, isolation_level="AUTOCOMMIT")


def createdb(server_url, name):
    from sqlalchemy import text

    _check_scratch_name(name)
    engine = _server_engine(server_url)
    try:
        with engine.connect() as conn:
            conn.execute(text('CREATE DATABASE "%s"' % name))
    finally:
        engine.dispose()
    return {"url": _render(_url(server_url).set(database=name))}


def dropdb(server_url, name):
    from sqlalchemy import text
    from sqlalchemy.exc import ProgrammingError

    _check_scratch_name(name)
    engine = _server_engine(server_url)
    try:
        with engine.connect() as conn:
            try:
                conn.execute(text('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % name))
            except ProgrammingError:
                # PostgreSQL < 13 has no WITH (FORCE): end the sessions, then drop.
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        " WHERE datname = :name AND pid <> pg_backend_pid()"
                    ),
                    {"name": name},
                )
                conn.execute(text('DROP DATABASE IF EXISTS "%s"' % name))
    finally:
        engine.dispose()
    return {"dropped": name}


# --- schema snapshot -----------------------------------------------------------------------------


def _optional(fn, default):
    """Inspector methods a dialect does not implement count as "nothing there"."""
    try:
        return fn()
    except NotImplementedError:
        return default


def _type_string(type_, dialect):
    try:
        return str(type_.compile(dialect=dialect))
    except Exception:
        try:
            return str(type_)
        except Exception:
            return type(type_).__name__


def _text(value):
    return None if value is None else str(value)


def _plain(value):
    """JSON-safe copy of inspector extras (dialect options, FK options)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _snapshot_table(insp, table, schema, dialect):
    columns = []
    for c in insp.get_columns(table, schema=schema):
        columns.append(
            {
                "name": c["name"],
                "type": _type_string(c["type"], dialect),
                "nullable": bool(c.get("nullable", True)),
                "default": _text(c.get("default")),
            }
        )
    pk = _optional(lambda: insp.get_pk_constraint(table, schema=schema), {}) or {}
    indexes = []
    for ix in _optional(lambda: insp.get_indexes(table, schema=schema), []):
        if ix.get("duplicates_constraint"):
            continue  # the index behind a unique constraint, reported with the constraint
        names = list(ix.get("column_names") or [])
        expressions = ix.get("expressions")
        if expressions:
            names = list(expressions)
        indexes.append(
            {
                "name": ix.get("name"),
                "columns": [n if n is not None else "<expression>" for n in names],
                "unique": bool(ix.get("unique")),
                "options": _plain(ix.get("dialect_options") or {}),
            }
        )
    uniques = [
        {"name": u.get("name"), "columns": list(u.get("column_names") or [])}
        for u in _optional(lambda: insp.get_unique_constraints(table, schema=schema), [])
    ]
    foreign_keys = [
        {
            "name": fk.get("name"),
            "columns": list(fk.get("constrained_columns") or []),
            "referredSchema": fk.get("referred_schema"),
            "referredTable": fk.get("referred_table"),
            "referredColumns": list(fk.get("referred_columns") or []),
            "options": _plain(fk.get("options") or {}),
        }
        for fk in _optional(lambda: insp.get_foreign_keys(table, schema=schema), [])
    ]
    checks = [
        {"name": ck.get("name"), "sqltext": _text(ck.get("sqltext"))}
        for ck in _optional(lambda: insp.get_check_constraints(table, schema=schema), [])
    ]
    return {
        "columns": columns,
        "primaryKey": {"name": pk.get("name"), "columns": list(pk.get("constrained_columns") or [])},
        "indexes": indexes,
        "uniqueConstraints": uniques,
        "foreignKeys": foreign_keys,
        "checkConstraints": checks,
    }


def _user_schemas(insp, dialect_name):
    default = insp.default_schema_name
    if dialect_name != "postgresql":
        return [default]
    schemas = [
        s
        for s in insp.get_schema_names()
        if s != "information_schema" and not s.startswith("pg_")
    ]
    return sorted(set(schemas) | {default}, key=lambda s: (s != default, s))


def _postgres_enums(conn, default_schema):
    from sqlalchemy import text

    rows = conn.execute(
        text(
            "SELECT n.nspname, t.typname, e.enumlabel"
            " FROM pg_catalog.pg_type t"
            " JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid"
            " JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
            " WHERE n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'"
            " ORDER BY n.nspname, t.typname, e.enumsortorder"
        )
    )
    enums = {}
    for schema, name, label in rows:
        key = name if schema == default_schema else "%s.%s" % (schema, name)
        enums.setdefault(key, []).append(label)
    return enums


def snapshot(url):
    from sqlalchemy import inspect

    engine = _engine(url)
    try:
        with engine.connect() as conn:
            insp = inspect(conn)
            dialect = engine.dialect
            default = insp.default_schema_name
            tables, views, sequences = {}, [], []
            for schema in _user_schemas(insp, dialect.name):
                schema_arg = None if schema == default else schema

                def qualified(name):
                    return name if schema_arg is None else "%s.%s" % (schema, name)

                for table in insp.get_table_names(schema=schema_arg):
                    if table == "alembic_version":
                        continue
                    tables[qualified(table)] = _snapshot_table(insp, table, schema_arg, dialect)
                views += [qualified(v) for v in _optional(lambda: insp.get_view_names(schema=schema_arg), [])]
                sequences += [
                    qualified(s) for s in _optional(lambda: insp.get_sequence_names(schema=schema_arg), [])
                ]
            enums = _postgres_enums(conn, default) if dialect.name == "postgresql" else {}
    finally:
        engine.dispose()
    return {
        "dialect": dialect.name,
        "tables": tables,
        "views": sorted(views),
        "sequences": sorted(sequences),
        "enums": enums,
    }


# --- guarded alembic run -------------------------------------------------------------------------


def _database_key(u):
    backend = u.get_backend_name()
    if backend == "sqlite":
        database = u.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            database = os.path.realpath(database)
        return (backend, database)
    host = (u.host or u.query.get("host") or "localhost")
    if isinstance(host, (list, tuple)):
        host = ",".join(host)
    host = host.lower()
    if host in ("127.0.0.1", "::1"):
        host = "localhost"
    return (backend, host, u.port or DEFAULT_PORTS.get(backend), u.database, u.username)


def _install_guard(expected_url):
    from alembic.runtime import migration

    original = migration.MigrationContext.__dict__["configure"].__func__
    expected = None if expected_url == "--offline" else _database_key(_url(expected_url))

    def configure(cls, *args, **kwargs):
        connection = kwargs.get("connection", args[0] if args else None)
        if connection is not None:
            engine = getattr(connection, "engine", None)
            actual_url = getattr(engine, "url", None)
            if actual_url is None or expected is None or _database_key(actual_url) != expected:
                where = _display(actual_url) if actual_url is not None else "an unknown database"
                if expected is None:
                    reason = "env.py connected to %s while rendering offline SQL" % where
                else:
                    reason = (
                        "env.py connected to %s, not to the scratch database %s set as sqlalchemy.url"
                        % (where, _display(_url(expected_url)))
                    )
                sys.stderr.write(
                    "%s %s; Preflight stopped before any migration ran. Make env.py use"
                    ' config.get_main_option("sqlalchemy.url") when it is set.\n' % (GUARD_MARKER, reason)
                )
                sys.stderr.flush()
                # os._exit: no `with engine.begin()` in env.py gets to commit anything on the way out.
                os._exit(GUARD_EXIT_CODE)
        return original(cls, *args, **kwargs)

    migration.MigrationContext.configure = classmethod(configure)


def run_alembic(expected_url, argv):
    # Same import path as `python -m alembic`: the working directory first, not this helper's dir.
    sys.path[0] = os.getcwd()
    _install_guard(expected_url)
    from alembic.config import main as alembic_main

    alembic_main(argv=argv, prog="alembic")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except HelperError as error:
        sys.stderr.write("preflight_alembic: %s\n" % error)
        sys.exit(2)
