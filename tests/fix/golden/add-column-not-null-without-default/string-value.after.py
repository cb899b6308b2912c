"""customer country

Revision ID: 5e6f7a8b9c0d
Revises:
Create Date: 2026-11-21 08:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = '5e6f7a8b9c0d'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SET lock_timeout = '5s'")
    # Billing needs the country of every customer.
    op.add_column('customers', sa.Column('country', sa.String(length=2), nullable=True))
    op.execute(sa.text('UPDATE customers SET country = :value WHERE country IS NULL').bindparams(value='US'))
    op.alter_column('customers', 'country', existing_type=sa.String(length=2), nullable=False)


def downgrade():
    op.execute("SET lock_timeout = '5s'")
    op.drop_column('customers', 'country')
