"""accounts (team mode) and the owner of each résumé

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name", name="uq_accounts_name"),
    )
    with op.batch_alter_table("resumes") as batch:
        batch.add_column(sa.Column("owner", sa.String(length=64), nullable=True))
        batch.create_index("ix_resumes_owner", ["owner"], unique=False)
    # A résumé belongs to whoever owns the sessions that use it.
    op.execute(
        "UPDATE resumes SET owner = (SELECT MIN(sessions.owner) FROM sessions "
        "WHERE sessions.resume_id = resumes.id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("resumes") as batch:
        batch.drop_index("ix_resumes_owner")
        batch.drop_column("owner")
    op.drop_table("accounts")
