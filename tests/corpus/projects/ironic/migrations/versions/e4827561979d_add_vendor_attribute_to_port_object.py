#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License. You may obtain
#    a copy of the License at
#
#         http://www.apache.org/licenses/LICENSE-2.0
#
#    Unless required by applicable law or agreed to in writing, software
#    distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
#    WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
#    License for the specific language governing permissions and limitations
#    under the License.

"""Add vendor attribute to Port object

Revision ID: e4827561979d
Revises: 1c14278d6e33
Create Date: 2025-07-16 00:18:19.332889

"""

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'e4827561979d'
down_revision = '1c14278d6e33'


def upgrade():
    op.add_column('ports', sa.Column('vendor', sa.String(length=32),
                                     nullable=True))
