/**
 * Patterns of real migration histories (tests/corpus) that several rules must read alike, written as
 * the rule tests' own snippets.
 */

/**
 * A SQLite table rebuilt by hand (securedrop): rename it out of the way, create it again with the new
 * column, copy the rows, drop the old copy. One change in place, as batch mode's copy is.
 */
export const SQLITE_TABLE_REBUILD = `
      def upgrade():
          conn = op.get_bind()
          op.rename_table("replies", "replies_tmp")
          op.add_column("replies_tmp", sa.Column("uuid", sa.String(length=36)))
          op.create_table(
              "replies",
              sa.Column("id", sa.Integer(), nullable=False),
              sa.Column("uuid", sa.String(length=36), nullable=False),
              sa.Column("filename", sa.String(length=255), nullable=False),
              sa.PrimaryKeyConstraint("id"),
          )
          conn.execute(sa.text("INSERT INTO replies SELECT id, uuid, filename FROM replies_tmp"))
          op.drop_table("replies_tmp")


      def downgrade():
          with op.batch_alter_table("replies", schema=None) as batch_op:
              batch_op.drop_column("uuid")
    `;
