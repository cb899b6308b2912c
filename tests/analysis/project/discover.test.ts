import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/model/errors.js';
import { projectFromIni } from '../../../src/analysis/project/model.js';
import { discoverProject, listVersionFiles } from '../../../src/io/fs/discover.js';
import { REPO_ROOT } from '../../support/cli.js';

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'projects');

describe('alembic.ini', () => {
  it('interpolates %(here)s and %% and reads the naming settings', () => {
    const project = projectFromIni(
      '[alembic]\nscript_location = %(here)s/migrations\nfile_template = %%(year)d_%%(rev)s_%%(slug)s\ntruncate_slug_length = 20\nsqlalchemy.url = postgresql://app@db/app\n',
      '/repo/alembic.ini',
      '/repo',
    );
    expect(project).toMatchObject({
      scriptLocation: '/repo/migrations',
      versionLocations: ['/repo/migrations/versions'],
      fileTemplate: '%(year)d_%(rev)s_%(slug)s',
      truncateSlugLength: 20,
      urlDialect: 'postgresql',
    });
  });

  it('splits version_locations on spaces and commas without a separator, and on the configured one', () => {
    const legacy = projectFromIni('[alembic]\nscript_location = m\nversion_locations = a, b c\n', '/r/alembic.ini', '/r');
    expect(legacy.versionLocations).toEqual(['/r/a', '/r/b', '/r/c']);
    const os = projectFromIni('[alembic]\nscript_location = m\nversion_path_separator = os\nversion_locations = a b:c\n', '/r/alembic.ini', '/r');
    expect(os.versionLocations).toEqual(['/r/a b', '/r/c']);
  });

  it('names the file and line of a bad setting', () => {
    expect(() => projectFromIni('[alembic]\nscript_location = m\ntruncate_slug_length = ten\n', '/r/alembic.ini', '/r')).toThrow(
      new UserError('/r/alembic.ini:3: truncate_slug_length must be a positive integer'),
    );
    expect(() => projectFromIni('[alembic]\nsqlalchemy.url = x\n', '/r/alembic.ini', '/r')).toThrow(/no script_location/);
  });
});

describe('discovery', () => {
  it('finds alembic.ini from a subfolder upwards', () => {
    const project = discoverProject({ cwd: join(FIXTURES, 'linear', 'versions') });
    expect(project.iniPath).toBe(join(FIXTURES, 'linear', 'alembic.ini'));
  });

  it('reads [tool.alembic] from pyproject.toml with a TOML list of version locations', () => {
    const project = discoverProject({ cwd: join(FIXTURES, 'pyproject-only') });
    expect(project.pyprojectPath).toBe(join(FIXTURES, 'pyproject-only', 'pyproject.toml'));
    expect(project.versionLocations).toEqual([
      join(FIXTURES, 'pyproject-only', 'alembic', 'archive'),
      join(FIXTURES, 'pyproject-only', 'alembic', 'versions'),
    ]);
    expect(project.fileTemplate).toBe('%(rev)s_%(slug)s');
    expect(listVersionFiles(project)).toHaveLength(3);
  });

  it('lists version files like Alembic: *.py, not __init__.py', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-list-'));
    mkdirSync(join(dir, 'm', 'versions'), { recursive: true });
    writeFileSync(join(dir, 'alembic.ini'), '[alembic]\nscript_location = %(here)s/m\n');
    for (const name of ['b.py', 'a.py', '__init__.py', 'notes.txt', '.#a.py']) writeFileSync(join(dir, 'm', 'versions', name), '');
    expect(listVersionFiles(discoverProject({ cwd: dir })).map((f) => f.split('/').pop())).toEqual(['a.py', 'b.py']);
  });

  it('says where it looked when there is no project', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-none-'));
    expect(() => discoverProject({ cwd: dir })).toThrow(/no Alembic project found: looked for alembic\.ini \(or \[tool\.alembic\] in pyproject\.toml\) in .*preflight-none-/);
  });
});
