"""Measures what PostgreSQL really does for each schema change of tests/analysis/locks/pg-locks.test.ts.

Reads {"url", "lockModes", "cases"} as JSON on stdin and prints {"serverVersionNum", "conflicts", "results"}
as JSON on stdout. It works in a database of its own (created here, dropped at the end) so that other
suites sharing the server cannot add locks, and gives each case a schema of its own (autovacuum off on
its tables, so no autovacuum worker competes for their locks).

For each case, in ONE session: BEGIN; read the tables' (and indexes') relfilenode and the rows this
transaction has read by sequential scans; run the statement; read this backend's granted locks on those
tables from pg_locks; read relfilenode and the rows read again; ROLLBACK. A case with "outside" is also run
outside a transaction block (as CREATE/DROP INDEX CONCURRENTLY must be): a second session holds the given
lock so the statement has to wait, and this session reads the waiting backend's granted and requested
locks from pg_locks. "conflicts" is Table 13.2 as the server applies it: LOCK ... NOWAIT in one session
while another holds each mode.
"""

import json
import secrets
import sys
import threading
import time
from urllib.parse import urlsplit, urlunsplit

import psycopg2
import psycopg2.errors

WAIT_SECONDS = 5.0


def connect(url, **kwargs):
    conn = psycopg2.connect(url, **kwargs)
    conn.autocommit = True  # BEGIN and ROLLBACK are sent explicitly
    with conn.cursor() as cur:
        cur.execute("SET statement_timeout = '20s'")
    return conn


def with_database(url, name):
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def one(cur, sql, params=None):
    cur.execute(sql, params)
    row = cur.fetchone()
    return row[0] if row else None


def oid_of(cur, name):
    return one(cur, "SELECT to_regclass(%s)::oid", (name,))


def relfilenodes(cur, oids):
    # By oid: a renamed or dropped relation keeps its oid (a dropped one has no pg_class row: None).
    return {name: one(cur, "SELECT relfilenode FROM pg_class WHERE oid = %s", (oid,)) if oid else None for name, oid in oids.items()}


def tuples_read(cur, oids):
    # pg_stat_get_xact_*: the counts of the current transaction, before they are flushed at commit.
    # tuples_returned of a table = rows read by sequential scans (seq_tup_read).
    return {name: one(cur, "SELECT coalesce(pg_stat_get_xact_tuples_returned(%s), 0)", (oid,)) if oid else 0 for name, oid in oids.items()}


def relation_locks(cur, pid, oids, granted=True):
    locks = {}
    for name, oid in oids.items():
        if oid is None:
            locks[name] = []
            continue
        cur.execute(
            "SELECT mode FROM pg_locks WHERE locktype = 'relation' AND granted = %s AND pid = %s AND relation = %s ORDER BY mode",
            (granted, pid, oid),
        )
        locks[name] = [row[0] for row in cur.fetchall()]
    return locks


def error_text(error):
    return (error.pgerror or str(error)).strip().splitlines()[0] if error else None


def measure_in_transaction(conn, case):
    names = [table["name"] for table in case["tables"]]
    indexes = case.get("indexes", [])
    result = {"error": None}
    with conn.cursor() as cur:
        cur.execute("BEGIN")
        try:
            pid = one(cur, "SELECT pg_backend_pid()")
            oids = {name: oid_of(cur, name) for name in names + indexes}
            before = relfilenodes(cur, oids)
            read_before = tuples_read(cur, oids)
            try:
                cur.execute("SAVEPOINT measured")
                cur.execute(case["statement"])
            except psycopg2.Error as error:
                result["error"] = error_text(error)
                cur.execute("ROLLBACK TO SAVEPOINT measured")
            # A table the statement creates has no oid before it; a rebuilt index is a new relation of the same name.
            oids = {name: (oid or oid_of(cur, name)) if name in names else oid_of(cur, name) for name, oid in oids.items()}
            result["locks"] = relation_locks(cur, pid, {name: oids[name] for name in names})
            after = relfilenodes(cur, oids)
            read_after = tuples_read(cur, oids)
            result["relfilenode"] = {name: [before[name], after[name]] for name in oids}
            result["tuplesRead"] = {name: read_after[name] - read_before[name] for name in names}
            if case.get("probe") and result["error"] is None:
                try:
                    cur.execute("SAVEPOINT probe")
                    cur.execute(case["probe"])
                    result["probeError"] = None
                except psycopg2.Error as error:
                    result["probeError"] = error_text(error)
                    cur.execute("ROLLBACK TO SAVEPOINT probe")
        finally:
            cur.execute("ROLLBACK")
    return result


def measure_outside(url, conn, case):
    """Runs the statement in autocommit while a second session holds case["outside"]["hold"] on a table."""
    names = [table["name"] for table in case["tables"]]
    target = case["outside"].get("table") or case["tables"][0]["name"]
    indexes = case.get("indexes", [])
    search_path = case["schema"]
    blocker = connect(url, options=f"-c search_path={search_path}")
    runner = connect(url, options=f"-c search_path={search_path}")
    result = {"error": None, "waited": False}
    try:
        with conn.cursor() as cur:
            oids = {name: oid_of(cur, name) for name in names + indexes}
            before = relfilenodes(cur, oids)
        with blocker.cursor() as cur:
            cur.execute("BEGIN")
            cur.execute(f"LOCK TABLE {target} IN {case['outside']['hold']} MODE")
        with runner.cursor() as cur:
            runner_pid = one(cur, "SELECT pg_backend_pid()")

        def run():
            try:
                with runner.cursor() as cur:
                    cur.execute(case["statement"])
            except psycopg2.Error as error:
                result["error"] = error_text(error)

        thread = threading.Thread(target=run)
        thread.start()
        deadline = time.monotonic() + WAIT_SECONDS
        with conn.cursor() as cur:
            while time.monotonic() < deadline:
                cur.execute("SELECT locktype, mode FROM pg_locks WHERE pid = %s AND NOT granted", (runner_pid,))
                waiting = cur.fetchall()
                if waiting:
                    result["waited"] = True
                    result["waitingFor"] = [f"{locktype} {mode}" for locktype, mode in waiting]
                    result["locks"] = relation_locks(cur, runner_pid, {name: oids[name] for name in names})
                    result["waitingLocks"] = relation_locks(cur, runner_pid, {name: oids[name] for name in names}, granted=False)
                    break
                if not thread.is_alive():
                    break
                time.sleep(0.01)
        with blocker.cursor() as cur:
            cur.execute("ROLLBACK")
        thread.join(timeout=20)
        with conn.cursor() as cur:
            after = relfilenodes(cur, {name: oids[name] if name in names else oid_of(cur, name) for name in oids})
        result["relfilenode"] = {name: [before[name], after[name]] for name in oids}
    finally:
        blocker.close()
        runner.close()
    return result


def measure_conflicts(url, modes):
    """Table 13.2 on the server: does `requested` (NOWAIT) fail while another session holds `held`?"""
    holder = connect(url)
    asker = connect(url)
    conflicts = {}
    try:
        with holder.cursor() as cur:
            cur.execute("CREATE TABLE lock_matrix (id int)")
        for held in modes:
            conflicts[held] = {}
            for requested in modes:
                with holder.cursor() as hold, asker.cursor() as ask:
                    hold.execute("BEGIN")
                    hold.execute(f"LOCK TABLE lock_matrix IN {held} MODE")
                    ask.execute("BEGIN")
                    try:
                        ask.execute(f"LOCK TABLE lock_matrix IN {requested} MODE NOWAIT")
                        conflicts[held][requested] = False
                    except psycopg2.errors.LockNotAvailable:
                        conflicts[held][requested] = True
                    ask.execute("ROLLBACK")
                    hold.execute("ROLLBACK")
    finally:
        holder.close()
        asker.close()
    return conflicts


def main():
    request = json.load(sys.stdin)
    admin = connect(request["url"])
    database = "preflight_locks_" + secrets.token_hex(4)
    with admin.cursor() as cur:
        version = int(one(cur, "SHOW server_version_num"))
        cur.execute(f"CREATE DATABASE {database}")
    url = with_database(request["url"], database)
    results = []
    try:
        conflicts = measure_conflicts(url, request["lockModes"])
        for index, case in enumerate(request["cases"]):
            entry = {"id": case["id"]}
            results.append(entry)
            if version // 10000 < case.get("minVersion", 0):
                entry["skipped"] = f"needs PostgreSQL {case['minVersion']}"
                continue
            schema = f"case_{index}"
            case = dict(case, schema=schema)
            conn = connect(url, options=f"-c search_path={schema}")
            try:
                with conn.cursor() as cur:
                    cur.execute(f"CREATE SCHEMA {schema}")
                    for sql in case["setup"]:
                        cur.execute(sql)
                    # Autovacuum (SHARE UPDATE EXCLUSIVE) on a freshly filled table could make a statement wait
                    # for it rather than for the lock this harness holds.
                    cur.execute("SELECT format('ALTER TABLE %%I SET (autovacuum_enabled = off)', relname) FROM pg_class "
                                "WHERE relnamespace = %s::regnamespace AND relkind = 'r'", (schema,))
                    for (sql,) in cur.fetchall():
                        cur.execute(sql)
                entry["inTransaction"] = measure_in_transaction(conn, case)
                if case.get("outside"):
                    entry["outside"] = measure_outside(url, conn, case)
            except psycopg2.Error as error:
                entry["harnessError"] = error_text(error)
            finally:
                conn.close()
    finally:
        with admin.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS {database}")
        admin.close()
    json.dump({"serverVersionNum": version, "conflicts": conflicts, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
