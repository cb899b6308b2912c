#!/usr/bin/env bash
# Installs what the test suite needs besides npm packages: git, ssh-keygen, gpg,
# tmux, Debian's Alembic/SQLAlchemy/psycopg2 for /usr/bin/python3, a PostgreSQL
# server (started per test run by tests/support/postgres-global.ts) and pre-commit.
# Idempotent: apt-get runs only when something is missing. Needs root (or sudo).
set -euo pipefail

packages=(git openssh-client gnupg tmux python3 python3-alembic python3-sqlalchemy python3-psycopg2 postgresql pre-commit)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-test-env: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # The Debian postgresql package starts a cluster on port 5432; the tests run their own server.
  if command -v pg_ctlcluster >/dev/null; then
    for cluster in $(pg_lsclusters -h 2>/dev/null | awk '{print $1"/"$2}'); do
      "${sudo_cmd[@]}" pg_ctlcluster "${cluster%/*}" "${cluster#*/}" stop 2>/dev/null || true
    done
  fi
fi

/usr/bin/python3 -c 'import alembic, sqlalchemy, psycopg2' || { echo "setup-test-env: python3-alembic is not importable by /usr/bin/python3" >&2; exit 1; }
echo "setup-test-env: ok (alembic $(/usr/bin/python3 -c 'import alembic; print(alembic.__version__)'), $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | head -1))"
