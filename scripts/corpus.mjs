#!/usr/bin/env node
/**
 * The real-history corpus (tests/corpus/manifest.json): copies a project's migration folder,
 * byte for byte at the manifest's commit, from a local clone into tests/corpus/projects/NAME/,
 * and writes the alembic.ini and .preflight.toml Preflight and Alembic read it with.
 *
 *   node scripts/corpus.mjs copy NAME --git-dir DIR   one project, from a clone (or bare mirror)
 *   node scripts/corpus.mjs list                      the manifest and what is present
 *   node scripts/corpus.mjs check OUT_DIR             `check --format json` of the example and every present project into OUT_DIR
 *   node scripts/corpus.mjs same BEFORE_DIR AFTER_DIR  exit 1 unless every report is byte-identical (refactorings)
 *   node scripts/corpus.mjs diff BEFORE_DIR AFTER_DIR per rule counts, and every finding that appeared or vanished
 *   node scripts/corpus.mjs sample DIR [--per-rule N] [--seed S]
 *                                                     a seeded sample of each rule's findings with the code around
 *                                                     each, for reading (docs/precision.md)
 *   node scripts/corpus.mjs fixes [NAME...] [--python-path DIR]
 *                                                     `check --fix` on a /tmp copy of each project, in real Alembic
 *                                                     (heads, upgrade/downgrade --sql): what was written, refused, or
 *                                                     checked by heads only, per project (docs/precision.md); DIR goes
 *                                                     first on Python's path (a SQLAlchemy 2 unpacked from Debian's
 *                                                     python3-sqlalchemy .deb, for projects that need it)
 *
 * The copies are committed with each project's licence files (SOURCE.md names the commit), so CI checks
 * them on every run; a project the manifest marks `"committed": false` (mealie: AGPL-3.0, kept out of this
 * MIT repository) is ignored by git and its tests skip when it is not there.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'tests', 'corpus');
const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8'));

function fail(message) {
  process.stderr.write(`corpus: ${message}\n`);
  process.exit(2);
}

function git(gitDir, args, encoding = 'utf8') {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { encoding, maxBuffer: 256 * 1024 * 1024 });
}

/**
 * The folders under the script location that hold the history measured: `versions` unless the manifest
 * names some (prefect keeps one history per dialect, versions/postgresql and versions/sqlite, and picks
 * one at run time: both together would be two unrelated heads).
 */
function historyDirs(project) {
  return project.versions ?? ['versions'];
}

function copy(name, gitDir) {
  const project = manifest.projects.find((p) => p.name === name);
  if (!project) fail(`no project ${name} in tests/corpus/manifest.json`);
  if (!gitDir) fail('copy needs --git-dir DIR (a clone of the project)');
  const base = project.scriptLocation.replace(/\/$/, '');
  const files = git(gitDir, ['ls-tree', '-r', '--name-only', project.commit, `${base}/`])
    .split('\n')
    .filter((path) => path && (historyDirs(project).some((dir) => path.startsWith(`${base}/${dir}/`)) || path === `${base}/env.py` || path === `${base}/script.py.mako`));
  if (!files.some((path) => path.endsWith('.py') && path.includes('/versions/'))) fail(`no version files under ${base}/${historyDirs(project).join(', ')} at ${project.commit}`);
  const target = join(corpusDir, 'projects', name);
  rmSync(target, { recursive: true, force: true });
  const versionDirs = new Set();
  for (const path of files) {
    const local = join(target, 'migrations', relative(base, path));
    mkdirSync(dirname(local), { recursive: true });
    writeFileSync(local, git(gitDir, ['show', `${project.commit}:${path}`], 'buffer'));
    if (path.endsWith('.py') && path.includes('/versions/')) versionDirs.add(dirname(relative(base, path)));
  }
  // Nested layouts (neutron's versions/<release>/expand) are listed as version_locations, as the projects'
  // own tooling does at run time; Debian's Alembic (1.8) has no recursive_version_locations.
  const locations = [...versionDirs].sort().map((dir) => `%(here)s/migrations/${dir}`);
  const nested = locations.length > 1 || !versionDirs.has('versions');
  writeFileSync(
    join(target, 'alembic.ini'),
    `# Written by scripts/corpus.mjs: ${project.repo} @ ${project.commit}, ${base}/\n[alembic]\nscript_location = %(here)s/migrations\n` +
      (nested ? `path_separator = space\nversion_path_separator = space\nversion_locations = ${locations.join(' ')}\n` : '') +
      'sqlalchemy.url = postgresql://localhost/corpus\n',
  );
  writeFileSync(join(target, '.preflight.toml'), `dialect = "${project.dialect ?? 'postgresql'}"\n`);
  // The project's licence files (LICENSE, LICENSE.txt, NOTICE, COPYING …) go with its code.
  const licences = git(gitDir, ['ls-tree', '--name-only', project.commit])
    .split('\n')
    .filter((name) => /^(licen[cs]e|notice|copying)/i.test(name));
  if (licences.length === 0) fail(`${name}: no licence file at the top of ${project.repo} @ ${project.commit}`);
  for (const licence of licences) writeFileSync(join(target, licence), git(gitDir, ['show', `${project.commit}:${licence}`], 'buffer'));
  writeFileSync(
    join(target, 'SOURCE.md'),
    `# ${project.name}\n\n${project.repo} at ${project.commit}, licence ${project.license}: the files under migrations/ are ` +
      `${base}/env.py, script.py.mako and ${historyDirs(project).map((dir) => `${dir}/`).join(', ')} of that commit, byte for byte, under the project's own licence ` +
      `(${licences.join(', ')}, copied from the same commit). ${project.why}.\n`,
  );
  const count = files.filter((path) => path.endsWith('.py') && path.includes('/versions/')).length;
  process.stdout.write(`corpus: ${name}: ${count} version files copied to ${relative(root, target)}\n`);
}

/** Alembic's generic env.py (`alembic init`), offline and online, without the application's metadata. */
const GENERIC_ENV_PY = `from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config


def run_migrations_offline():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=None, literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    connectable = engine_from_config(config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.", poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
`;

// Piped into head: stop quietly.
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const [command, ...rest] = process.argv.slice(2);
if (command === 'copy') {
  const at = rest.indexOf('--git-dir');
  copy(rest[0], at >= 0 ? rest[at + 1] : undefined);
} else if (command === 'list') {
  for (const project of manifest.projects) {
    const present = existsSync(join(corpusDir, 'projects', project.name, 'alembic.ini'));
    process.stdout.write(`${project.name.padEnd(10)} ${project.repo.padEnd(24)} ${project.commit.slice(0, 12)} ${present ? 'present' : 'absent'}\n`);
  }
} else if (command === 'check') {
  const out = rest[0] ?? fail('check needs OUT_DIR');
  mkdirSync(out, { recursive: true });
  // The bundled example first: a refactoring must leave its report byte-identical too (`same`).
  const targets = [{ name: 'example', dir: join(root, 'examples', 'shop') }, ...manifest.projects.map((project) => ({ name: project.name, dir: join(corpusDir, 'projects', project.name) }))];
  for (const project of targets) {
    const dir = project.dir;
    if (!existsSync(join(dir, 'alembic.ini'))) continue;
    let stdout;
    try {
      stdout = execFileSync(process.execPath, [join(root, 'bin', 'preflight.js'), '-C', dir, 'check', '--format', 'json', '--no-cache'], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
    } catch (error) {
      if (error.status !== 1) fail(`${project.name}: check exited ${error.status}: ${String(error.stderr).split('\n')[0]}`);
      stdout = error.stdout;
    }
    writeFileSync(join(out, `${project.name}.json`), stdout);
    process.stdout.write(`corpus: ${project.name}: ${JSON.parse(stdout).findings.length} findings\n`);
  }
} else if (command === 'diff') {
  const [before, after] = rest;
  if (!before || !after) fail('diff needs BEFORE_DIR AFTER_DIR');
  const read = (dir, name) => {
    const path = join(dir, `${name}.json`);
    if (!existsSync(path)) return [];
    return JSON.parse(readFileSync(path, 'utf8')).findings.map((f) => ({ ...f, key: `${f.rule} ${relative(join(corpusDir, 'projects'), f.file)}:${f.line} ${f.message}` }));
  };
  const counts = {};
  for (const project of manifest.projects) {
    const [a, b] = [read(before, project.name), read(after, project.name)];
    for (const f of a) (counts[f.rule] ??= [0, 0])[0]++;
    for (const f of b) (counts[f.rule] ??= [0, 0])[1]++;
    const keysA = new Set(a.map((f) => f.key));
    const keysB = new Set(b.map((f) => f.key));
    for (const f of a) if (!keysB.has(f.key)) process.stdout.write(`- ${f.key}\n`);
    for (const f of b) if (!keysA.has(f.key)) process.stdout.write(`+ ${f.key}\n`);
  }
  process.stdout.write('\nrule before after\n');
  for (const [rule, [a, b]] of Object.entries(counts).sort()) process.stdout.write(`${rule} ${a} ${b}\n`);
} else if (command === 'same') {
  // Byte-for-byte: a change that should not alter behaviour (a refactoring) must give identical reports.
  const [before, after] = rest;
  if (!before || !after) fail('same needs BEFORE_DIR AFTER_DIR');
  const names = readdirSync(before).filter((name) => name.endsWith('.json'));
  if (names.length === 0) fail(`${before} has no reports`);
  let differ = 0;
  for (const name of names) {
    const other = join(after, name);
    const same = existsSync(other) && readFileSync(join(before, name)).equals(readFileSync(other));
    if (!same) differ++;
    process.stdout.write(`${same ? 'same' : 'DIFFERS'} ${name}\n`);
  }
  if (differ > 0) process.exit(1);
} else if (command === 'sample') {
  const dir = rest[0] ?? fail('sample needs DIR');
  const at = (name, fallback) => (rest.indexOf(name) >= 0 ? rest[rest.indexOf(name) + 1] : fallback);
  const perRule = Number(at('--per-rule', '8'));
  let seed = Number(at('--seed', '1'));
  // mulberry32: the same seed gives the same sample on every machine.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const byRule = {};
  for (const project of manifest.projects) {
    const path = join(dir, `${project.name}.json`);
    if (!existsSync(path)) continue;
    for (const f of JSON.parse(readFileSync(path, 'utf8')).findings) (byRule[f.rule] ??= []).push(f);
  }
  for (const [rule, findings] of Object.entries(byRule).sort()) {
    const picked = [...findings].map((f) => [random(), f]).sort((x, y) => x[0] - y[0]).slice(0, perRule).map(([, f]) => f);
    process.stdout.write(`\n=== ${rule}: ${picked.length} of ${findings.length}\n`);
    for (const f of picked) {
      const lines = readFileSync(f.file, 'utf8').split('\n');
      process.stdout.write(`\n--- ${relative(join(corpusDir, 'projects'), f.file)}:${f.line}\n${f.message}\n`);
      for (let n = Math.max(1, f.line - 4); n <= Math.min(lines.length, f.line + 6); n++) process.stdout.write(`${String(n).padStart(5)}${n === f.line ? '>' : ' '} ${lines[n - 1]}\n`);
    }
  }
} else if (command === 'fixes') {
  // The projects' own env.py reads their application's settings (a Flask app, a config file), and their packages are
  // not installed: the copy gets Alembic's generic env.py, and imports nothing installed answers are stand-ins
  // (alembic_graph.py's finder, through sitecustomize). What is measured is the version files, before and after.
  const stubs = mkdtempSync(join(tmpdir(), 'corpus-stubs-'));
  writeFileSync(
    join(stubs, 'sitecustomize.py'),
    `import sys\nsys.path.insert(0, ${JSON.stringify(corpusDir)})\nimport alembic_graph\nsys.path.pop(0)\nsys.meta_path.append(alembic_graph._StandInFinder())\n`,
  );
  const pathAt = rest.indexOf('--python-path');
  const pythonPath = pathAt >= 0 ? (rest[pathAt + 1] ?? fail('--python-path needs DIR')) : undefined;
  const named = rest.filter((_, i) => pathAt < 0 || (i !== pathAt && i !== pathAt + 1));
  const names = named.length > 0 ? named : manifest.projects.map((project) => project.name);
  writeFileSync(
    join(stubs, 'load_files.py'),
    [
      'import json, os, sys',
      'from alembic.util import load_python_file',
      'out = {}',
      'for name in sys.argv[2:]:',
      '    path = os.path.join(sys.argv[1], name)',
      '    try:',
      '        load_python_file(os.path.dirname(path), os.path.basename(path))',
      '        out[name] = None',
      '    except BaseException as error:',
      '        out[name] = "%s: %s" % (type(error).__name__, (str(error).splitlines() or [""])[0][:200])',
      'print(json.dumps(out))',
      '',
    ].join('\n'),
  );
  const rows = [];
  for (const name of names) {
    const source = join(corpusDir, 'projects', name);
    if (!existsSync(join(source, 'alembic.ini'))) continue;
    const copyDir = mkdtempSync(join(tmpdir(), `corpus-fix-${name}-`));
    cpSync(source, copyDir, { recursive: true });
    writeFileSync(join(copyDir, 'migrations', 'env.py'), GENERIC_ENV_PY);
    let stderr;
    try {
      stderr = execFileSync(process.execPath, [join(root, 'bin', 'preflight.js'), '-C', copyDir, 'check', '--fix', '--python', '/usr/bin/python3', '--no-cache'], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, PYTHONPATH: pythonPath ? `${pythonPath}:${stubs}` : stubs },
      });
    } catch (error) {
      if (error.status !== 1) fail(`${name}: check --fix exited ${error.status}: ${String(error.stderr).split('\n')[0]}`);
      stderr = String(error.stderr);
    }
    const lines = stderr.split('\n');
    const fileOf = (line) => /^preflight: [^:]+: ([^:]+\.py)/.exec(line)?.[1];
    const count = (pattern) => lines.filter((line) => pattern.test(line));
    const fixed = count(/^preflight: fixed: /);
    const notFixed = count(/^preflight: not fixed: /);
    const headsOnly = count(/^preflight: checked by alembic heads only: /);
    const files = (list) => new Set(list.map(fileOf)).size;
    const row = {
      name,
      fixed: fixed.length,
      written: files(fixed),
      refusedHeads: files(notFixed.filter((line) => /Alembic cannot load the fixed file|alembic heads fails before/.test(line))),
      refusedSql: files(notFixed.filter((line) => / --sql fails after the fix: /.test(line))),
      headsOnly: headsOnly.length,
      unmeasurable: notFixed.find((line) => /alembic heads fails before any fix/.test(line)) ? 'heads fails before any fix' : '',
    };
    if (row.unmeasurable) {
      // Alembic cannot load the project even before the fixes: each fixed file is loaded on its own instead
      // (Alembic's load_python_file, with the stand-ins), from the original and from a copy the diff was applied to.
      rmSync(copyDir, { recursive: true, force: true });
      cpSync(source, copyDir, { recursive: true });
      // Exit 1 when errors remain: the diff is what counts.
      const diff = spawnSync(process.execPath, [join(root, 'bin', 'preflight.js'), 'check', '--fix', '--diff', '--no-cache'], {
        cwd: copyDir,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      }).stdout;
      const changed = [...new Set([...diff.matchAll(/^\+\+\+ b\/(.+)$/gm)].map((match) => match[1]))];
      execFileSync('patch', ['-p1', '-s'], { cwd: copyDir, input: diff });
      const load = (dir) =>
        JSON.parse(
          execFileSync('/usr/bin/python3', [join(stubs, 'load_files.py'), dir, ...changed], {
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
            stdio: ['ignore', 'pipe', 'ignore'],
            env: { ...process.env, PYTHONPATH: pythonPath ? `${pythonPath}:${stubs}` : stubs },
          }),
        );
      const before = load(source);
      const after = load(copyDir);
      row.perFile = {
        files: changed.length,
        loadBeforeAndAfter: changed.filter((file) => before[file] === null && after[file] === null).length,
        brokenByFix: changed.filter((file) => before[file] === null && after[file] !== null).map((file) => `${file}: ${after[file]}`),
        notLoadingBefore: changed.filter((file) => before[file] !== null).map((file) => `${file}: ${before[file]}`),
      };
    }
    rows.push(row);
    process.stdout.write(`${JSON.stringify(row)}\n`);
    for (const line of notFixed.filter((each) => / --sql fails after the fix: /.test(each))) process.stdout.write(`  ${line.slice(0, 400)}\n`);
    rmSync(copyDir, { recursive: true, force: true });
  }
  rmSync(stubs, { recursive: true, force: true });
} else {
  fail('usage: node scripts/corpus.mjs copy NAME --git-dir DIR | list | check OUT_DIR | diff BEFORE_DIR AFTER_DIR | same BEFORE_DIR AFTER_DIR | sample DIR [--per-rule N] [--seed S] | fixes [NAME...]');
}
