import { describe, expect, it } from 'vitest';
import { diffSchemas, type SchemaSnapshot, type TableSnapshot } from '../../../src/review/roundtrip/schema-diff.js';

function table(overrides: Partial<TableSnapshot> = {}): TableSnapshot {
  return {
    columns: [
      { name: 'id', type: 'INTEGER', nullable: false, default: null },
      { name: 'email', type: 'VARCHAR(100)', nullable: true, default: null },
    ],
    primaryKey: { name: 'users_pkey', columns: ['id'] },
    indexes: [{ name: 'ix_users_email', columns: ['email'], unique: false, options: {} }],
    uniqueConstraints: [],
    foreignKeys: [],
    checkConstraints: [],
    ...overrides,
  };
}

function schema(overrides: Partial<SchemaSnapshot> = {}): SchemaSnapshot {
  return { dialect: 'postgresql', tables: { users: table() }, views: [], sequences: [], enums: {}, ...overrides };
}

describe('diffSchemas', () => {
  it('finds nothing in identical schemas', () => {
    expect(diffSchemas(schema(), schema())).toEqual([]);
  });

  it('ignores the order of columns and empty vs absent options', () => {
    const reordered = table({
      columns: [...table().columns].reverse(),
      indexes: [{ name: 'ix_users_email', columns: ['email'], unique: false }],
    });
    expect(diffSchemas(schema(), schema({ tables: { users: reordered } }))).toEqual([]);
  });

  it('names a column the downgrade left behind', () => {
    const after = table({ columns: [...table().columns, { name: 'bio', type: 'TEXT', nullable: true, default: null }] });
    expect(diffSchemas(schema(), schema({ tables: { users: after } }))).toEqual([
      'column users.bio still exists after downgrade',
    ]);
  });

  it('names a column the downgrade dropped and a changed column', () => {
    const after = table({ columns: [{ name: 'id', type: 'BIGINT', nullable: false, default: null }] });
    expect(diffSchemas(schema(), schema({ tables: { users: after } }))).toEqual([
      'column users.id differs: type INTEGER before upgrade, BIGINT after downgrade',
      'column users.email missing after downgrade',
    ]);
  });

  it('reports missing and extra tables', () => {
    const before = schema({ tables: { users: table(), audit_log: table({ indexes: [] }) } });
    const after = schema({ tables: { users: table(), tmp_users: table({ indexes: [] }) } });
    expect(diffSchemas(before, after)).toEqual([
      'table audit_log missing after downgrade',
      'table tmp_users still exists after downgrade',
    ]);
  });

  it('describes how an index differs', () => {
    const after = table({ indexes: [{ name: 'ix_users_email', columns: ['email'], unique: true, options: {} }] });
    expect(diffSchemas(schema(), schema({ tables: { users: after } }))).toEqual([
      'index ix_users_email on users (email) differs: unique false before upgrade, true after downgrade',
    ]);
  });

  it('compares partial-index predicates', () => {
    const after = table({
      indexes: [{ name: 'ix_users_email', columns: ['email'], unique: false, options: { postgresql_where: 'email IS NOT NULL' } }],
    });
    expect(diffSchemas(schema(), schema({ tables: { users: after } }))).toEqual([
      'index ix_users_email on users (email) differs: options none before upgrade, {"postgresql_where":"email IS NOT NULL"} after downgrade',
    ]);
  });

  it('matches unnamed constraints by content', () => {
    const before = table({ uniqueConstraints: [{ name: null, columns: ['email'] }] });
    const same = table({ uniqueConstraints: [{ name: null, columns: ['email'] }] });
    const other = table({ uniqueConstraints: [{ name: null, columns: ['id', 'email'] }] });
    expect(diffSchemas(schema({ tables: { users: before } }), schema({ tables: { users: same } }))).toEqual([]);
    expect(diffSchemas(schema({ tables: { users: before } }), schema({ tables: { users: other } }))).toEqual([
      'unnamed unique constraint on users (email) missing after downgrade',
      'unnamed unique constraint on users (id, email) still exists after downgrade',
    ]);
  });

  it('reports foreign keys, check constraints and primary keys', () => {
    const fk = {
      name: 'fk_users_org',
      columns: ['org_id'],
      referredSchema: null,
      referredTable: 'orgs',
      referredColumns: ['id'],
      options: { ondelete: 'CASCADE' },
    };
    const before = table({ foreignKeys: [fk], checkConstraints: [{ name: 'ck_users_email', sqltext: "email <> ''" }] });
    const after = table({
      primaryKey: { name: 'users_pkey', columns: ['id', 'email'] },
      foreignKeys: [{ ...fk, options: {} }],
    });
    expect(diffSchemas(schema({ tables: { users: before } }), schema({ tables: { users: after } }))).toEqual([
      'primary key of users differs: (id) before upgrade, (id, email) after downgrade',
      'foreign key fk_users_org on users (org_id) → orgs (id) differs: options {"ondelete":"CASCADE"} before upgrade, none after downgrade',
      "check constraint ck_users_email on users (email <> '') missing after downgrade",
    ]);
  });

  it('reports enum labels a downgrade could not remove', () => {
    const before = schema({ enums: { user_status: ['active', 'inactive'] } });
    const after = schema({ enums: { user_status: ['active', 'inactive', 'banned'], mood: ['ok'] } });
    expect(diffSchemas(before, after)).toEqual([
      'enum user_status labels differ: [active, inactive] before upgrade, [active, inactive, banned] after downgrade (extra banned)',
      'enum mood still exists after downgrade',
    ]);
  });

  it('reports views and sequences', () => {
    const before = schema({ views: ['active_users'], sequences: [] });
    const after = schema({ views: [], sequences: ['invoice_no'] });
    expect(diffSchemas(before, after)).toEqual([
      'view active_users missing after downgrade',
      'sequence invoice_no still exists after downgrade',
    ]);
  });

  it('uses the given wording', () => {
    const after = schema({ tables: {} });
    expect(diffSchemas(schema(), after, { before: 'in the model', after: 'in the database' })).toEqual([
      'table users missing in the database',
    ]);
  });
});
