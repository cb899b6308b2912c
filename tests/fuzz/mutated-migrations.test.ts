/**
 * Mutated migrations through the real CLI. A few hundred deterministic mutations (seeded PRNG:
 * PREFLIGHT_FUZZ_SEED=<n> replays a run) of the bundled example's and the fixtures' version files:
 * truncation, random bytes inserted and deleted, deep nesting, latin-1 bytes, BOM, CR-only lines,
 * invalid UTF-8, tabs mixed into space indentation. Many mutated files go into one project per
 * CLI run. For each run: the exit code is 0, 1 or 2, stderr has no stack trace, stdout is JSON, and
 * every file CPython 3.11 refuses to compile (asked once per batch) has a finding.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLE_SHOP, REPO_ROOT } from '../support/cli.js';
import { seededRandom } from '../support/seeded-random.js';

const SEED = Number(process.env.PREFLIGHT_FUZZ_SEED ?? 20261201);
const BATCHES = 5;
const PER_BATCH = 60;


function seedFiles(): { name: string; bytes: Buffer }[] {
  const folders = [join(EXAMPLE_SHOP, 'migrations', 'versions')];
  const fixtures = join(REPO_ROOT, 'tests', 'fixtures', 'projects');
  for (const project of readdirSync(fixtures)) {
    for (const sub of ['versions', join('migrations', 'versions')]) {
      try {
        readdirSync(join(fixtures, project, sub));
        folders.push(join(fixtures, project, sub));
      } catch {
        // this fixture keeps its versions elsewhere
      }
    }
  }
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.py'))
      .map((name) => ({ name, bytes: readFileSync(join(folder, name)) })),
  );
}

type Mutation = { label: string; apply: (bytes: Buffer, random: () => number) => Buffer };

const at = (bytes: Buffer, random: () => number): number => Math.floor(random() * (bytes.length + 1));
const lineStarts = (bytes: Buffer): number[] => [0, ...[...bytes.entries()].filter(([, b]) => b === 0x0a).map(([i]) => i + 1)];
const insert = (bytes: Buffer, where: number, extra: Buffer | string): Buffer =>
  Buffer.concat([bytes.subarray(0, where), Buffer.isBuffer(extra) ? extra : Buffer.from(extra, 'latin1'), bytes.subarray(where)]);

const MUTATIONS: Mutation[] = [
  { label: 'truncate', apply: (b, r) => b.subarray(0, at(b, r)) },
  {
    label: 'insert random bytes',
    apply: (b, r) => insert(b, at(b, r), Buffer.from(Array.from({ length: 1 + Math.floor(r() * 8) }, () => Math.floor(r() * 256)))),
  },
  {
    label: 'delete bytes',
    apply: (b, r) => {
      const from = at(b, r);
      return Buffer.concat([b.subarray(0, from), b.subarray(from + 1 + Math.floor(r() * 20))]);
    },
  },
  {
    label: 'deep parentheses',
    apply: (b, r) => {
      const depth = 150 + Math.floor(r() * 250);
      const starts = lineStarts(b);
      return insert(b, starts[Math.floor(r() * starts.length)]!, `NESTED = ${'('.repeat(depth)}1${')'.repeat(depth)}\n`);
    },
  },
  {
    label: 'deep unary operators',
    apply: (b, r) => {
      const starts = lineStarts(b);
      const chain = r() < 0.5 ? 'not '.repeat(1_000 + Math.floor(r() * 60_000)) : '-'.repeat(1_000 + Math.floor(r() * 8_000));
      return insert(b, starts[Math.floor(r() * starts.length)]!, `FLAG = ${chain}1\n`);
    },
  },
  {
    label: 'latin-1 byte in a string',
    apply: (b, r) => {
      const quotes = [...b.entries()].filter(([, byte]) => byte === 0x22 || byte === 0x27).map(([i]) => i);
      const where = quotes.length ? quotes[Math.floor(r() * quotes.length)]! + 1 : at(b, r);
      const mutated = insert(b, where, Buffer.from([0xe9]));
      return r() < 0.5 ? Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\n'), mutated]) : mutated;
    },
  },
  { label: 'BOM', apply: (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]) },
  { label: 'CR-only lines', apply: (b) => Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r'), 'latin1') },
  {
    label: 'invalid UTF-8',
    apply: (b, r) => {
      const sequences = [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xc0, 0xaf]];
      return insert(b, at(b, r), Buffer.from(sequences[Math.floor(r() * sequences.length)]!));
    },
  },
  {
    label: 'tab for four spaces',
    apply: (b, r) => {
      const lines = b.toString('latin1').split('\n');
      const indented = lines.map((line, i) => [line, i] as const).filter(([line]) => line.startsWith('    '));
      if (indented.length === 0) return b;
      const [, index] = indented[Math.floor(r() * indented.length)]!;
      lines[index] = '\t' + lines[index]!.slice(4);
      return Buffer.from(lines.join('\n'), 'latin1');
    },
  },
  { label: 'unknown coding', apply: (b) => Buffer.concat([Buffer.from('# -*- coding: utf-9 -*-\n'), b]) },
];

interface Mutant {
  file: string;
  origin: string;
  labels: string[];
  bytes: Buffer;
}

function mutants(batch: number, random: () => number, seeds: { name: string; bytes: Buffer }[]): Mutant[] {
  return Array.from({ length: PER_BATCH }, (_, index) => {
    const seed = seeds[Math.floor(random() * seeds.length)]!;
    let bytes = seed.bytes;
    const labels: string[] = [];
    const count = 1 + Math.floor(random() * 3);
    for (let k = 0; k < count; k++) {
      const mutation = MUTATIONS[Math.floor(random() * MUTATIONS.length)]!;
      labels.push(mutation.label);
      bytes = mutation.apply(bytes, random);
    }
    const file = `m${String(batch).padStart(2, '0')}${String(index).padStart(3, '0')}_${seed.name.replace(/^.*?_/, '')}`;
    return { file, origin: seed.name, labels, bytes };
  });
}

/** CPython's verdict for every file of the folder, from one process: the files it refuses, with why. */
function refusedByPython(folder: string): Record<string, string> {
  const script = `
import json, os, sys
folder = sys.argv[1]
out = {}
for name in sorted(os.listdir(folder)):
    if not name.endswith('.py'):
        continue
    path = os.path.join(folder, name)
    try:
        compile(open(path, 'rb').read(), path, 'exec')
    except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
        out[name] = type(error).__name__ + ': ' + str(getattr(error, 'msg', error))
print(json.dumps(out))
`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, folder], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }));
}

describe('mutated migrations', () => {
  const seeds = seedFiles();
  const random = seededRandom(SEED);
  const batches = Array.from({ length: BATCHES }, (_, batch) => mutants(batch, random, seeds));

  batches.forEach((batch, index) => {
    it(`batch ${index + 1}/${BATCHES}: ${PER_BATCH} mutants (seed ${SEED})`, () => {
      const project = mkdtempSync(join(tmpdir(), 'preflight-fuzz-'));
      let keep = false;
      try {
        cpSync(EXAMPLE_SHOP, project, { recursive: true });
        const versions = join(project, 'migrations', 'versions');
        rmSync(versions, { recursive: true, force: true });
        mkdirSync(versions);
        for (const mutant of batch) writeFileSync(join(versions, mutant.file), mutant.bytes);
        const refused = refusedByPython(versions);
        // The mutations must produce files Python refuses, or the last check below tests nothing.
        expect(Object.keys(refused).length).toBeGreaterThan(PER_BATCH / 4);

        const result = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '--no-cache'], {
          cwd: project,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
          timeout: 60_000,
          maxBuffer: 64 * 1024 * 1024,
        });
        const context = (mutant?: Mutant): string =>
          `seed ${SEED}, batch ${index + 1}; project kept at ${project}` +
          (mutant ? `\n${mutant.file} (from ${mutant.origin}: ${mutant.labels.join(' + ')}):\n${JSON.stringify(mutant.bytes.toString('latin1').slice(0, 1500))}` : '') +
          `\nstderr: ${result.stderr.slice(0, 2000)}`;
        keep = true;
        expect([0, 1, 2], context()).toContain(result.status);
        expect(result.stderr, context()).not.toMatch(/^\s+at /m);
        expect(result.stderr, context()).not.toMatch(/\b\w*Error:/);
        let report: { findings: { file: string; rule: string }[] };
        try {
          report = JSON.parse(result.stdout);
        } catch {
          throw new Error(`stdout is not JSON: ${JSON.stringify(result.stdout.slice(0, 300))}\n${context()}`);
        }
        const withFindings = new Set(report.findings.map((finding) => basename(finding.file)));
        for (const [file, why] of Object.entries(refused)) {
          const mutant = batch.find((m) => m.file === file);
          expect(withFindings.has(file), `CPython refuses ${file} (${why}) and Preflight reports nothing\n${context(mutant)}`).toBe(true);
        }
        keep = false;
      } finally {
        if (!keep) rmSync(project, { recursive: true, force: true });
      }
    }, 120_000);
  });
});
