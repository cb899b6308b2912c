# Copyright (C) 2020 RedHat Inc
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

"""empty expand for symmetry with 2023_1_expand01

Revision ID: ussuri_expand01
Revises: train_expand01
Create Date: 2020-01-03 11:55:16.657499

"""

# revision identifiers, used by Alembic.
revision = 'yoga_expand01'
down_revision = 'xena_expand01'
branch_labels = None
depends_on = None


def upgrade():
    pass
