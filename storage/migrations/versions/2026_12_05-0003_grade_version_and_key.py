"""grades record the grader version, the topic kind and the answer key with its key points

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 19:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # grades written before versions existed are version 1 (the first offline grader)
    with op.batch_alter_table("grades") as batch:
        batch.add_column(
            sa.Column("grader_version", sa.Integer(), nullable=False, server_default="1")
        )
        batch.add_column(sa.Column("kind", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("answer_key", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("key_points", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("grades") as batch:
        batch.drop_column("key_points")
        batch.drop_column("answer_key")
        batch.drop_column("kind")
        batch.drop_column("grader_version")
