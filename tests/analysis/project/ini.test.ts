// alembic.ini is read the way Alembic reads it: Python's configparser (strict), from a file with
// universal newlines. The differential cases run the same text through /usr/bin/python3.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/model/errors.js';
import { parseIni } from '../../../src/analysis/project/ini.js';
import { projectFromIni } from '../../../src/analysis/project/model.js';

// Writes the text to a file and reads it back with ConfigParser.read, as alembic.config.Config does.
const PYTHON_READER = `
import configparser, json, os, sys, tempfile
data = sys.stdin.buffer.read().decode('utf-8')
fd, path = tempfile.mkstemp(suffix='.ini')
with os.fdopen(fd, 'w', encoding='utf-8', newline='') as f:
    f.write(data)
c = configparser.ConfigParser()
try:
    c.read(path, encoding='utf-8')
except configparser.Error as e:
    print(json.dumps({'error': getattr(e, 'lineno', None)}))
    sys.exit()
finally:
    os.unlink(path)
out = {s: {k: c.get(s, k, raw=True) for k in c[s] if k not in c.defaults()} for s in c.sections()}
out['DEFAULT'] = dict(c.defaults())
print(json.dumps(out))
`;

function python(text: string): unknown {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', PYTHON_READER], { input: text, encoding: 'utf8' }));
}

function ours(text: string): unknown {
  try {
    const { sections } = parseIni(text, '/p/alembic.ini');
    const out: Record<string, Record<string, string>> = { DEFAULT: {} };
    for (const [name, entries] of sections) out[name] = Object.fromEntries([...entries].map(([key, entry]) => [key, entry.raw]));
    return out;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { error: Number(/^\/p\/alembic\.ini:(\d+):/.exec(error.message)?.[1]) };
  }
}

describe('alembic.ini as configparser reads it', () => {
  const cases: Array<[string, string]> = [
    ['CR-only line endings (an old Mac editor)', '[alembic]\rscript_location = migrations\rsqlalchemy.url = sqlite:///app.db\r'],
    ['CRLF and CR mixed', '[alembic]\r\nscript_location = m\rfile_template = %%(rev)s\r\n'],
    ['multi-line values: blank lines kept, comment lines dropped', '[alembic]\nversion_locations =\n    a\n    # not a path\n\n    b\nnext = 1\n'],
    ['an indented key after the header is a key, not a continuation', '[alembic]\n  script_location = m\n  other = 1\n'],
    ['a section name keeps its spaces', '[alembic]\nscript_location = m\n[ loggers ]\nkeys = root\n'],
    ['[DEFAULT] may come twice', '[DEFAULT]\na = 1\n[alembic]\nscript_location = %(a)s\n[DEFAULT]\nb = 2\n'],
    ['a duplicate [alembic] section', '[alembic]\nscript_location = m\n\n[loggers]\nkeys = root\n[alembic]\nsqlalchemy.url = x\n'],
    ['a duplicate key (keys are case-insensitive)', '[alembic]\nscript_location = m\nScript_Location = n\n'],
    ['a duplicate key in [DEFAULT] across its two sections', '[DEFAULT]\na = 1\n[DEFAULT]\na = 2\n'],
    ['a duplicate key inside a CR-only file', '[alembic]\rscript_location = m\rscript_location = n\r'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(ours(text)).toEqual(python(text));
  });

  it('reads a CR-only alembic.ini into the same project as the LF one', () => {
    const lf = '[alembic]\nscript_location = %(here)s/migrations\nversion_path_separator = os\nversion_locations = a:b\n';
    expect(projectFromIni(lf.replace(/\n/g, '\r'), '/r/alembic.ini', '/r')).toEqual(projectFromIni(lf, '/r/alembic.ini', '/r'));
    expect(projectFromIni(lf.replace(/\n/g, '\r'), '/r/alembic.ini', '/r').versionLocations).toEqual(['/r/a', '/r/b']);
  });

  it('names both lines of a duplicate section or key', () => {
    expect(() => parseIni('[alembic]\nscript_location = m\n[alembic]\n', '/r/alembic.ini')).toThrow(
      new UserError('/r/alembic.ini:3: [alembic] appears a second time (first at line 1); Alembic (configparser) refuses duplicate sections'),
    );
    expect(() => parseIni('[alembic]\nscript_location = m\nSCRIPT_LOCATION = n\n', '/r/alembic.ini')).toThrow(
      new UserError('/r/alembic.ini:3: script_location appears a second time in [alembic] (first at line 2); Alembic (configparser) refuses duplicate keys'),
    );
  });

  it('refuses a byte order mark, as configparser does', () => {
    expect(python('\ufeff[alembic]\nscript_location = m\n')).toEqual({ error: 1 });
    expect(() => parseIni('\ufeff[alembic]\nscript_location = m\n', '/r/alembic.ini')).toThrow(/^\/r\/alembic\.ini:1: the file starts with a byte order mark/);
  });
});

describe('script_location', () => {
  it('missing: names the [alembic] header line', () => {
    expect(() => projectFromIni('# project\n[alembic]\nsqlalchemy.url = x\n', '/r/alembic.ini', '/r')).toThrow(
      new UserError('/r/alembic.ini:2: no script_location in the [alembic] section'),
    );
    expect(() => projectFromIni('[loggers]\nkeys = root\n', '/r/alembic.ini', '/r')).toThrow(
      new UserError('/r/alembic.ini: no [alembic] section (Alembic reads script_location from it)'),
    );
  });

  it('empty: an error at its line, not the project root', () => {
    expect(() => projectFromIni('[alembic]\nscript_location =\n', '/r/alembic.ini', '/r')).toThrow(
      new UserError('/r/alembic.ini:2: script_location is empty; set it to the folder with env.py'),
    );
  });

  it('remembers the lines of script_location and version_locations for later messages', () => {
    const project = projectFromIni('[alembic]\n\nscript_location = m\nversion_locations = a b\n', '/r/alembic.ini', '/r');
    expect(project.origins).toEqual({
      scriptLocation: { file: '/r/alembic.ini', line: 3, key: 'script_location' },
      versionLocations: { file: '/r/alembic.ini', line: 4, key: 'version_locations' },
    });
  });
});
