/** Loads the shipped checklist (checklists/migration.yaml) and a team's extra checklist files. */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { mergeChecklists, validateChecklist, type Checklist } from '../../review/checklist/schema.js';
import { UserError } from '../../model/errors.js';
import { packageFile } from '../package-paths.js';

export interface LoadedChecklist {
  checklist: Checklist;
  /** Hash over the files' bytes: a record names exactly which checklist it answered. */
  sha256: string;
}

/**
 * The shipped checklist as scripts/build.mjs parsed it (dist/checklists/migration.json): used only while the YAML
 * still has the bytes it was parsed from, so the YAML stays the one source. Parsing it at run time cost the
 * wizard's first frame ~10–20 ms of cold YAML parser.
 */
function prebuilt(path: string, bytes: Buffer): unknown {
  if (path !== SHIPPED) return undefined;
  try {
    const built = JSON.parse(readFileSync(packageFile('dist', 'checklists', 'migration.json'), 'utf8')) as { sha256?: unknown; document?: unknown };
    return built.sha256 === createHash('sha256').update(bytes).digest('hex') ? built.document : undefined;
  } catch {
    return undefined;
  }
}

const SHIPPED = packageFile('checklists', 'migration.yaml');

export function loadChecklistFile(path: string): { checklist: Checklist; bytes: Buffer } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new UserError(`${path}: cannot read checklist file`);
  }
  let document: unknown = prebuilt(path, bytes);
  if (document !== undefined) return { checklist: validateChecklist(document, path), bytes };
  try {
    document = parseYaml(bytes.toString('utf8'));
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    throw new UserError(`${path}${line ? `:${line}` : ''}: invalid YAML: ${String((error as Error).message).split('\n')[0]}`);
  }
  return { checklist: validateChecklist(document, path), bytes };
}

export function loadChecklists(extraFiles: string[], baseDir: string): LoadedChecklist {
  const base = loadChecklistFile(SHIPPED);
  const hash = createHash('sha256').update(base.bytes);
  const extras = extraFiles.map((file) => {
    const path = resolve(baseDir, file);
    const loaded = loadChecklistFile(path);
    hash.update(loaded.bytes);
    return { checklist: loaded.checklist, file: path };
  });
  return { checklist: mergeChecklists(base.checklist, extras), sha256: hash.digest('hex') };
}
