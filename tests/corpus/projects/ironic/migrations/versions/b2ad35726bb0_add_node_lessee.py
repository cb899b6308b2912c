# All Rights Reserved.
#
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
"""add node lessee

Revision ID: b2ad35726bb0
Revises: ce6c4b3cf5a2
Create Date: 2020-01-07 20:49:50.851441

"""

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'b2ad35726bb0'
down_revision = 'cd2c80feb331'


def upgrade():
    op.add_column('nodes', sa.Column('lessee', sa.String(255),
                                     nullable=True))
