"""merge 06596ce2bc3e  a6289977e057

Revision ID: f641b3eacafd
Revises: 06596ce2bc3e, a6289977e057
Create Date: 2025-10-14 07:10:39.664119+00:00

"""

# revision identifiers, used by Alembic.
revision = "f641b3eacafd"
down_revision = ("06596ce2bc3e", "a6289977e057")
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
