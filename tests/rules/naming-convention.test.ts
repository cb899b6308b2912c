import { describe, expect, it } from 'vitest';
import { conventionalName, possibleNames, renderTemplate, type ConstraintShape } from '../../src/rules/shared/naming-convention.js';

const unique: ConstraintShape = { kind: 'uq', table: 'members', columns: ['club_id', 'email'] };
const foreignKey: ConstraintShape = { kind: 'fk', table: 'members', columns: ['club_id'], referredTable: 'clubs', referredColumns: ['id'] };

describe('SQLAlchemy naming convention templates', () => {
  it('renders the tokens of sqlalchemy/sql/naming.py', () => {
    expect(renderTemplate('uq_%(table_name)s_%(column_0_name)s', unique)).toBe('uq_members_club_id');
    expect(renderTemplate('uq_%(table_name)s_%(column_0_N_name)s', unique)).toBe('uq_members_club_id_email');
    expect(renderTemplate('uq_%(table_name)s_%(column_0N_name)s', unique)).toBe('uq_members_club_idemail');
    expect(renderTemplate('ix_%(column_0_label)s', unique)).toBe('ix_members_club_id');
    expect(renderTemplate('fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s_%(referred_column_0_name)s', foreignKey)).toBe(
      'fk_members_club_id_clubs_id',
    );
    expect(renderTemplate('100%%_%(table_name)s', unique)).toBe('100%_members');
  });

  it('gives up on tokens it does not know and on %(constraint_name)s of an unnamed constraint', () => {
    expect(renderTemplate('ix_%(column_names)s', unique)).toBeUndefined();
    expect(renderTemplate('ck_%(table_name)s_%(constraint_name)s', { kind: 'ck', table: 't', columns: [] })).toBeUndefined();
    expect(renderTemplate('pk_%(table_name)d', unique)).toBeUndefined();
  });

  it('applies the convention as SQLAlchemy does: op.f() names stay, plain names convert only through %(constraint_name)s', () => {
    const convention = { ck: 'ck_%(table_name)s_%(constraint_name)s', uq: 'uq_%(table_name)s_%(column_0_name)s' };
    expect(conventionalName({ kind: 'ck', table: 't', columns: [], name: 'valid_user' }, convention)).toBe('ck_t_valid_user');
    expect(conventionalName({ kind: 'ck', table: 't', columns: [], name: 'ck_t_valid_user', converted: true }, convention)).toBe('ck_t_valid_user');
    expect(conventionalName({ ...unique, name: 'members_email_key' }, convention)).toBe('members_email_key');
    expect(conventionalName(unique, convention)).toBe('uq_members_club_id');
    expect(conventionalName({ kind: 'pk', table: 't', columns: ['id'] }, convention)).toBeUndefined();
  });

  it('without the project convention, tries the usual ones and PostgreSQL defaults', () => {
    expect(possibleNames(unique, undefined)).toEqual(['uq_members_club_id', 'uq_members_club_id_email', 'members_club_id_email_key']);
    expect(possibleNames({ kind: 'ck', table: 't', columns: [], name: 'positive' }, undefined)).toEqual(['positive', 'ck_t_positive']);
    const long = { kind: 'ix' as const, table: 'a'.repeat(40), columns: ['b'.repeat(30)] };
    expect(possibleNames(long, undefined)).toContain(`ix_${'a'.repeat(40)}_${'b'.repeat(30)}`.slice(0, 63));
  });
});
