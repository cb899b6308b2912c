"""Preflight's helper for running real Alembic against scratch databases.

Run with the project's own interpreter (the one that has Alembic):

    <python> preflight_alembic.py <command> [args...]

Commands (results are printed to stdout as one JSON document):

    ini-info INI                 {"configuredUrl": ..., "scriptLocation": ...} of INI's [alembic] section
    scratch-ini INI DEST URL CWD writes DEST, a copy of INI that points Alembic at URL (see below)
    createdb SERVER_URL NAME     creates database NAME on SERVER_URL's server; {"url": URL of NAME}
    dropdb SERVER_URL NAME       drops database NAME (WITH (FORCE)) if it exists
    snapshot URL                 the schema of URL as seen by SQLAlchemy's inspector
    seed URL ROWS SEED           inserts ROWS generated rows into every table (deterministic from SEED);
                                 {"tables": {...}, "state": <state of URL after seeding>}
    state URL                    {"schema": <snapshot>, "data": <every table's rows>}
    probe SERVER_URL             {"tables": [...]} of the database SERVER_URL names (connects, or fails)
    locktrace URL                runs the statements read as JSON from stdin in one transaction on URL and
                                 reads this session's pg_locks and the tables' relfilenode after each
    render-sql INI URL CWD       renders offline (--sql), in one process, each of the Alembic commands read
                                 as JSON from stdin ([["upgrade", "a:b"], ["downgrade", "b:a"], ...]) with
                                 URL (e.g. "postgresql://") as the dialect; {"failures": [null | message, ...]}
    alembic [--state FILE] EXPECT_URL ARGS...
                                 runs Alembic's command line (like `python -m alembic ARGS...`),
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
        state_file = None
        if args[:1] == ["--state"] and len(args) >= 2:
            # One process instead of two: after Alembic, the database's state goes to STATE_FILE.
            state_file, args = args[1], args[2:]
        if not args:
            raise HelperError("usage: preflight_alembic.py alembic [--state FILE] EXPECT_URL|--offline ARGS...")
        return run_alembic(args[0], args[1:], state_file)
    commands = {
        "ini-info": (ini_info, 1),
        "scratch-ini": (scratch_ini, 4),
        "createdb": (createdb, 2),
        "dropdb": (dropdb, 2),
        "snapshot": (snapshot, 1),
        "seed": (seed, 3),
        "state": (state, 1),
        "probe": (probe, 1),
        "locktrace": (locktrace, 1),
        "render-sql": (render_sql, 3),
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


def _on_connection(url, read):
    """read(conn) on a connection of its own to URL; the engine is disposed afterwards."""
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            return read(conn)
    finally:
        engine.dispose()


def snapshot(url):
    return _on_connection(url, _snapshot_of)


def _snapshot_of(conn):
    from sqlalchemy import inspect

    insp = inspect(conn)
    dialect = conn.dialect
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
    return {
        "dialect": dialect.name,
        "tables": tables,
        "views": sorted(views),
        "sequences": sorted(sequences),
        "enums": enums,
    }


# --- seeded rows ---------------------------------------------------------------------------------
#
# The round trip seeds the database at the migration's parent revision, so the upgrade meets rows
# (a NOT NULL column without default, a unique constraint over duplicates fail there) and the
# downgrade can be judged on whether it gives them back. Everything comes from SQLAlchemy's
# inspector (through reflected Table objects, so values are bound with each column's own type).

DATA_ROW_LIMIT = 5000
_WORDS = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Ginkgo", "Hazel", "Iris", "Juniper"]


class Unfillable(Exception):
    """A column Preflight cannot generate a value for; the message says which and why."""


def _seed_engine(url):
    engine = _engine(url)
    if engine.dialect.name == "sqlite":
        from sqlalchemy import event

        # pysqlite's own transaction handling breaks SAVEPOINT (SQLAlchemy's documented recipe).
        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection, _record):
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql("BEGIN")

    return engine


def _reflect(conn):
    """{qualified name: Table} of every user table, alembic_version left out."""
    from sqlalchemy import MetaData, inspect

    insp = inspect(conn)
    default = insp.default_schema_name
    meta = MetaData()
    tables = {}
    for schema in _user_schemas(insp, conn.dialect.name):
        schema_arg = None if schema == default else schema
        names = [n for n in insp.get_table_names(schema=schema_arg) if n != "alembic_version"]
        if not names:
            continue
        meta.reflect(bind=conn, schema=schema_arg, only=names)
        for name in names:
            key = _relation_key(name, schema, default)
            tables[key] = meta.tables[key]
    return tables


def _qualified(table):
    return table.name if table.schema is None else "%s.%s" % (table.schema, table.name)


def _is_generated(column):
    return getattr(column, "computed", None) is not None or getattr(column, "identity", None) is not None


def _numbered_by_database(table, column, dialect_name):
    """A single integer primary key the database numbers itself (SQLite rowid, serial, identity)."""
    from sqlalchemy import types

    pk = list(table.primary_key.columns)
    if len(pk) != 1 or pk[0] is not column or column.foreign_keys:
        return False
    if not isinstance(column.type, types.Integer):
        return False
    if getattr(column, "identity", None) is not None or column.server_default is not None:
        return True
    # Only INTEGER PRIMARY KEY is an alias of SQLite's rowid (BIGINT PRIMARY KEY is not).
    return dialect_name == "sqlite" and type(column.type).__name__.upper() == "INTEGER"


def _text_value(column, i, rng_word):
    length = getattr(column.type, "length", None)
    name = column.name
    if "email" in name.lower():
        text = "User%d.%s@Example.com" % (i + 1, rng_word)
    else:
        text = "%s %d %s" % (name.replace("_", " ").title(), i + 1, rng_word)
    if length is not None and len(text) > length:
        # Keep the row number, which makes the value unique.
        text = ("%d%s" % (i + 1, rng_word))[:length]
    return text


def _value(column, i, rng, dialect):
    """A value of column's type for row i (0-based); Unfillable when Preflight has none."""
    import datetime
    import decimal
    import uuid as uuid_module
    from sqlalchemy import types

    type_ = column.type
    word = rng.choice(_WORDS)
    if isinstance(type_, types.Enum):
        labels = list(type_.enums or [])
        if not labels:
            raise Unfillable("column %s: enum without labels" % column.name)
        return labels[i % len(labels)]
    if isinstance(type_, types.Boolean):
        return i % 2 == 0
    if isinstance(type_, types.Integer):
        limit = 32767 if isinstance(type_, types.SmallInteger) else 2 ** 31 - 1
        return min(limit, 1 + i + rng.randrange(0, 1000))
    if isinstance(type_, types.Numeric) and not isinstance(type_, types.Float):
        precision, scale = getattr(type_, "precision", None), getattr(type_, "scale", None) or 0
        whole_digits = (precision - scale) if precision is not None else 6
        whole = (1 + i + rng.randrange(0, 100)) % (10 ** max(whole_digits, 0)) if whole_digits > 0 else 0
        fraction = rng.randrange(0, 10 ** scale) if scale else 0
        text = "%d.%0*d" % (whole, scale, fraction) if scale else "%d" % whole
        return decimal.Decimal(text)
    if isinstance(type_, types.Float):
        return float(1 + i) + 0.25
    if isinstance(type_, types.DateTime):
        value = datetime.datetime(2026, 1, 1, 9, 0) + datetime.timedelta(hours=7 * i + rng.randrange(0, 24), minutes=rng.randrange(0, 60))
        if getattr(type_, "timezone", False):
            value = value.replace(tzinfo=datetime.timezone.utc)
        return value
    if isinstance(type_, types.Date):
        return datetime.date(2026, 1, 1) + datetime.timedelta(days=i + rng.randrange(0, 30))
    if isinstance(type_, types.Time):
        return datetime.time(i % 24, rng.randrange(0, 60))
    if isinstance(type_, types.Interval):
        return datetime.timedelta(minutes=1 + i)
    if isinstance(type_, types.JSON):
        return {"n": i + 1, "word": word}
    if isinstance(type_, types.ARRAY):
        return []
    if isinstance(type_, types.LargeBinary):
        data = ("%d-%s" % (i + 1, word)).encode()
        length = getattr(type_, "length", None)
        return data[:length] if length else data
    name = type(type_).__name__.upper()
    if name in ("UUID", "UUIDTYPE") or isinstance(type_, getattr(types, "Uuid", ())):
        value = uuid_module.UUID(int=rng.getrandbits(128), version=4)
        return value if getattr(type_, "as_uuid", False) else str(value)
    if name == "INET":
        return "10.0.%d.%d" % (i // 250, 1 + i % 250)
    if name == "CIDR":
        return "10.%d.0.0/16" % (i % 256)
    if name == "MACADDR":
        return "08:00:2b:01:%02x:%02x" % (i // 256 % 256, i % 256)
    if name == "MONEY":
        return "%d.50" % (i + 1)
    if name == "TSVECTOR":
        return "%s%d" % (word.lower(), i + 1)
    if isinstance(type_, types.String):
        return _text_value(column, i, word)
    raise Unfillable("column %s of type %s" % (column.name, _type_string(type_, dialect)))


def _foreign_keys(table):
    """(constraint, local columns, referred Table, referred columns, nullable) of each foreign key."""
    result = []
    for fk in table.foreign_key_constraints:
        local = list(fk.columns)
        remote = [element.column for element in fk.elements]
        if not remote:
            continue
        referred = remote[0].table
        result.append((fk, local, referred, remote, all(c.nullable for c in local)))
    return result


def _order(tables):
    """Parents first along NOT NULL foreign keys; the tables caught in a NOT NULL cycle, with the cycle."""
    pending = dict(tables)
    ordered, stuck = [], {}
    needs = {}
    for key, table in tables.items():
        needs[key] = {
            _qualified(referred)
            for _fk, _local, referred, _remote, nullable in _foreign_keys(table)
            if not nullable and _qualified(referred) in tables
        }
    done = set()
    while pending:
        ready = [key for key in sorted(pending) if needs[key] <= done]
        if not ready:
            for key in sorted(pending):
                stuck[key] = sorted(needs[key] - done)
            break
        for key in ready:
            ordered.append(key)
            done.add(key)
            del pending[key]
    return ordered, stuck


def _json_value(value):
    import datetime
    import decimal
    import enum
    import uuid as uuid_module

    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else str(value)
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return "interval %s" % value.total_seconds()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "bytes %s" % bytes(value).hex()
    if isinstance(value, uuid_module.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, sort_keys=True, default=str)
    return str(value)


def _rows_of(conn, table, limit=DATA_ROW_LIMIT):
    from sqlalchemy import select

    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execute(select(*table.columns).order_by(*order).limit(limit + 1))
    return [list(row) for row in result]


def _data(conn, tables):
    data = {}
    for key, table in sorted(tables.items()):
        rows = _rows_of(conn, table)
        data[key] = {
            "columns": [c.name for c in table.columns],
            "primaryKey": [c.name for c in table.primary_key.columns],
            "rows": [[_json_value(v) for v in row] for row in rows[:DATA_ROW_LIMIT]],
            "truncated": len(rows) > DATA_ROW_LIMIT,
        }
    return data


def _first_line(error):
    """The database's own message: psycopg2's / sqlite3's text without SQLAlchemy's wrapping."""
    original = getattr(error, "orig", None) or error
    text = str(original).strip()
    return text.splitlines()[0] if text else type(original).__name__


def _insert_rows(conn, table, rows):
    savepoint = conn.begin_nested()
    try:
        if rows and rows[0]:
            conn.execute(table.insert(), rows)
        else:
            for _row in rows:  # every value comes from the database: INSERT ... DEFAULT VALUES
                conn.execute(table.insert())
        savepoint.commit()
        return None
    except Exception as error:  # the database refused the rows: try simpler ones or skip the table
        savepoint.rollback()
        return _first_line(error)


def seed(url, rows, seed_value):
    import random

    count = int(rows)
    rng = random.Random(int(seed_value))
    engine = _seed_engine(url)
    report = {}
    try:
        with engine.connect() as conn:
            dialect = conn.dialect
            with conn.begin():
                tables = _reflect(conn)
                ordered, stuck = _order(tables)
                for key, needs in stuck.items():
                    report[key] = {
                        "rows": 0,
                        "skipped": "circular NOT NULL foreign keys (%s): no order inserts them" % ", ".join([key] + needs),
                    }
                inserted = {}  # key -> list of {column name: value} read back after the insert
                deferred = []  # nullable foreign keys, filled once every table has rows
                for key in ordered:
                    table = tables[key]
                    if count == 0:
                        report[key] = {"rows": 0, "skipped": None}
                        continue
                    report[key] = _seed_table(conn, table, key, count, rng, dialect, inserted, report, deferred)
                for table, local, referred, remote in deferred:
                    _fill_nullable_fk(conn, table, local, referred, remote, inserted, rng)
            state_result = _state(conn, tables)
    finally:
        engine.dispose()
    return {"rows": count, "seed": int(seed_value), "tables": report, "state": state_result}


def _seed_table(conn, table, key, count, rng, dialect, inserted, report, deferred):
    from sqlalchemy import select

    columns = [c for c in table.columns]
    if not columns:
        return {"rows": 0, "skipped": "no columns to fill"}
    fk_of = {}
    for fk, local, referred, remote, nullable in _foreign_keys(table):
        referred_key = _qualified(referred)
        if nullable or referred_key == key:
            if nullable:
                deferred.append((table, local, referred, remote))
                for c in local:
                    fk_of[c.name] = None  # NULL now, filled later
                continue
            return {"rows": 0, "skipped": "NOT NULL foreign key (%s) to its own table" % ", ".join(c.name for c in local)}
        parents = inserted.get(referred_key) or []
        if not parents:
            reason = (report.get(referred_key) or {}).get("skipped") or "no rows"
            return {"rows": 0, "skipped": "its NOT NULL foreign key (%s) references %s, which has no rows (%s)" % (", ".join(c.name for c in local), referred_key, reason)}
        offset = rng.randrange(len(parents))
        for position, c in enumerate(local):
            fk_of[c.name] = ("parent", parents, offset, remote[position].name)

    filled = set()  # columns given a generated value (not NULL, not the default)

    def make_rows(minimal):
        made = []
        for i in range(count):
            row = {}
            for c in columns:
                if _is_generated(c) or _numbered_by_database(table, c, dialect.name):
                    continue
                if c.name in fk_of:
                    spec = fk_of[c.name]
                    if spec is None:
                        row[c.name] = None
                    else:
                        _, parents, offset, remote_name = spec
                        row[c.name] = parents[(i + offset) % len(parents)][remote_name]
                        filled.add(c.name)
                    continue
                if minimal and not c.primary_key and (c.nullable or c.server_default is not None):
                    if c.nullable and c.server_default is None:
                        row[c.name] = None
                    continue
                try:
                    row[c.name] = _value(c, i, rng, dialect)
                    filled.add(c.name)
                except Unfillable:
                    if c.server_default is not None:
                        continue
                    if c.nullable and not c.primary_key:
                        row[c.name] = None
                        continue
                    raise
            made.append(row)
        return made

    try:
        full = make_rows(False)
    except Unfillable as reason:
        return {"rows": 0, "skipped": "%s: Preflight cannot generate a value" % reason}
    numbered = [c for c in columns if _numbered_by_database(table, c, dialect.name)]
    if not filled and not numbered:
        return {"rows": 0, "skipped": "no column Preflight can fill (%s)" % ", ".join(
            "%s %s" % (c.name, _type_string(c.type, dialect)) for c in columns)}
    error = _insert_rows(conn, table, full)
    if error is not None:
        # A CHECK, or a unique constraint the generated values collide on: the simplest rows instead.
        retry = _insert_rows(conn, table, make_rows(True))
        if retry is not None:
            return {"rows": 0, "skipped": "the database refused the generated rows: %s" % error}
    inserted[key] = [dict(row._mapping) for row in conn.execute(select(*table.columns))]
    return {"rows": len(inserted[key]), "skipped": None}


def _fill_nullable_fk(conn, table, local, referred, remote, inserted, rng):
    """Points each row's nullable foreign key at a parent row (its predecessor, for a self-reference)."""
    from sqlalchemy import and_

    key, referred_key = _qualified(table), _qualified(referred)
    rows, parents = inserted.get(key) or [], inserted.get(referred_key) or []
    pk = list(table.primary_key.columns)
    if not rows or not parents or not pk:
        return
    self_reference = key == referred_key
    offset = 0 if self_reference else rng.randrange(len(parents))
    savepoint = conn.begin_nested()
    try:
        for i, row in enumerate(rows):
            if self_reference and i == 0:
                continue  # the first row has no predecessor: its reference stays NULL
            parent = rows[i - 1] if self_reference else parents[(i + offset) % len(parents)]
            values = {c.name: parent[remote[n].name] for n, c in enumerate(local)}
            where = and_(*[c == row[c.name] for c in pk])
            conn.execute(table.update().where(where).values(**values))
            row.update(values)
        savepoint.commit()
    except Exception:
        # A unique constraint on the foreign key, a CHECK: the references stay NULL.
        savepoint.rollback()


def _state(conn, tables=None):
    if tables is None:
        tables = _reflect(conn)
    return {"schema": _snapshot_of(conn), "data": _data(conn, tables)}


def state(url):
    return _on_connection(url, _state)


# --- the database --database-url names -----------------------------------------------------------


def probe(server_url):
    """Connects to the database SERVER_URL names and lists its tables (other schemas included)."""
    from sqlalchemy import inspect

    engine = _engine(server_url)
    try:
        with engine.connect() as conn:
            insp = inspect(conn)
            tables = []
            default = insp.default_schema_name
            for schema in _user_schemas(insp, conn.dialect.name):
                for name in insp.get_table_names(schema=None if schema == default else schema):
                    tables.append(_relation_key(name, schema, default))
    except HelperError:
        raise
    except Exception as error:
        raise HelperError("cannot connect: %s" % _first_line(error))
    finally:
        engine.dispose()
    return {"tables": sorted(tables)}


# --- lock trace ----------------------------------------------------------------------------------

# By oid: a table the statement drops or renames is still named as it was before the statement.
_LOCKS_SQL = (
    "SELECT l.relation::bigint, l.mode FROM pg_locks l"
    " WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted"
    " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
)
_RELATIONS_SQL = (
    "SELECT c.oid::bigint, c.relname, n.nspname, c.relfilenode FROM pg_class c"
    " JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
    " AND n.nspname NOT LIKE 'pg_toast%'"
)


def _relation_key(name, schema, default):
    return name if schema == default else "%s.%s" % (schema, name)


def locktrace(url):
    """Runs statements (JSON list on stdin) in one transaction, as Alembic would, then rolls back.

    After each statement: the table locks this session holds (granted; "held"), those of them the
    statement took ("taken": not held before it; a lock lasts until the transaction ends), and the
    tables whose relfilenode changed during it (a rewrite).
    """
    from sqlalchemy import text

    statements = json.load(sys.stdin)
    engine = _engine(url)
    if engine.dialect.name != "postgresql":
        raise HelperError("the lock trace needs PostgreSQL, got %s" % engine.dialect.name)
    trace = []
    try:
        with engine.connect() as conn:
            default = conn.execute(text("SELECT current_schema()")).scalar()
            version = int(conn.execute(text("SHOW server_version_num")).scalar())
            transaction = conn.begin()
            try:
                def relations():
                    return {
                        oid: (_relation_key(name, schema, default), node)
                        for oid, name, schema, node in conn.execute(text(_RELATIONS_SQL))
                    }

                def held():
                    modes = {}
                    for oid, mode in conn.execute(text(_LOCKS_SQL)):
                        modes.setdefault(oid, set()).add(mode)
                    return modes

                for statement in statements:
                    before, locks_before = relations(), held()
                    entry = {"sql": statement, "error": None, "taken": {}, "held": {}, "rewritten": []}
                    try:
                        conn.exec_driver_sql(statement)
                    except Exception as error:
                        # Alembic stops at the first failing statement; so does the trace.
                        entry["error"] = _first_line(error)
                        trace.append(entry)
                        break
                    after, locks_after = relations(), held()
                    for oid, modes in locks_after.items():
                        # Named as before the statement: a table it renames or drops keeps its old name.
                        known = before.get(oid) or after.get(oid)
                        if known is None:
                            continue  # an index, a sequence, a catalog: not a table
                        fresh = modes - locks_before.get(oid, set())
                        if fresh:
                            entry["taken"][known[0]] = sorted(fresh)
                        entry["held"][known[0]] = sorted(modes)
                    entry["rewritten"] = sorted(
                        before[oid][0] for oid in before if oid in after and before[oid][1] != after[oid][1]
                    )
                    trace.append(entry)
            finally:
                transaction.rollback()
    finally:
        engine.dispose()
    return {"serverVersionNum": version, "statements": trace}


# --- offline rendering ---------------------------------------------------------------------------


def _exception_text(error):
    """The exception as a traceback's last lines show it (`module.Class: message`), at most 8 lines."""
    import traceback

    lines = "".join(traceback.format_exception_only(type(error), error)).strip().splitlines()
    return "\n".join(lines[:8])


def render_sql(ini_path, url, cwd):
    """Renders each requested command offline; one process for many ranges (`check --fix` before and after).

    Each command runs with a fresh Config on a scratch copy of INI (see scratch_ini), its SQL discarded:
    what counts is whether Alembic can render it. A failure is that command's own, the others still run.
    env.py connecting to a database stops the whole process (the offline guard), as for `sql`.
    """
    import io
    import shutil
    import tempfile

    requests = json.load(sys.stdin)
    sys.path[0] = os.getcwd()
    _install_guard("--offline")
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    # The files do not change while this process runs: they are loaded once, not once per command.
    loaded = []
    from_config = ScriptDirectory.from_config

    def cached_from_config(config):
        if not loaded:
            loaded.append(from_config(config))
        return loaded[0]

    ScriptDirectory.from_config = staticmethod(cached_from_config)

    tmp = tempfile.mkdtemp(prefix="preflight-sql-")
    failures = []
    try:
        scratch = os.path.join(tmp, "alembic.ini")
        scratch_ini(ini_path, scratch, url, cwd)
        real_stdout = sys.stdout
        for name, revision_range in requests:
            if name not in ("upgrade", "downgrade"):
                raise HelperError("render-sql renders upgrade and downgrade, not %r" % name)
            sink = io.StringIO()
            sys.stdout = sink  # offline SQL goes to the context's output buffer, sys.stdout by default
            try:
                getattr(command, name)(Config(scratch, stdout=sink), revision_range, sql=True)
                failures.append(None)
            except (Exception, SystemExit) as error:
                failures.append(_exception_text(error))
            finally:
                sys.stdout = real_stdout
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {"failures": failures}


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


def run_alembic(expected_url, argv, state_file=None):
    # Same import path as `python -m alembic`: the working directory first, not this helper's dir.
    sys.path[0] = os.getcwd()
    _install_guard(expected_url)
    from alembic.config import main as alembic_main

    alembic_main(argv=argv, prog="alembic")
    if state_file is not None:
        result = state(expected_url)
        with open(state_file, "w") as f:
            json.dump(result, f, sort_keys=True)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except HelperError as error:
        sys.stderr.write("preflight_alembic: %s\n" % error)
        sys.exit(2)
