"""log everybody out, purge stale carts

Revision ID: 9e8d7c6b5a41
Revises:
Create Date: 2026-11-30 10:40:00

"""
from __future__ import annotations
import os

from alembic import op

revision = '9e8d7c6b5a41'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    # Production safeguard: in production these steps only run when explicitly allowed.
    if os.getenv("ENVIRONMENT", "development") == "production" and os.getenv("ALLOW_DESTRUCTIVE_MIGRATIONS") != "1":
        raise RuntimeError("This migration runs destructive steps: raw SQL that deletes every row of sessions (no WHERE); raw SQL that truncates carts. Take a backup, then run it with ALLOW_DESTRUCTIVE_MIGRATIONS=1.")

    op.execute("SET lock_timeout = '5s'")
    # Sessions carry the old token format.
    op.execute("DELETE FROM sessions")
    op.execute("TRUNCATE carts")


def downgrade():
    pass
