/**
 * Finds and reads Preflight's configuration: `.preflight.toml` (whole file) or
 * `[tool.preflight]` in `pyproject.toml`, in the project root; `.preflight.toml`
 * wins when both exist (as ruff.toml wins over pyproject.toml in ruff).
 */
import { join, relative } from 'node:path';
import { parseToml } from './toml.js';
import { resolveConfig, validateConfig, type EffectiveConfig } from '../../config/schema.js';
import { UserError } from '../../model/errors.js';
import type { AlembicProject } from '../../model/project.js';
import type { InputLog } from './input-log.js';
import { readTextFile } from './read-text.js';

export function loadConfig(project: AlembicProject, cwd: string, inputs?: InputLog): EffectiveConfig {
  const candidates = [join(project.root, '.preflight.toml'), join(project.root, 'pyproject.toml')];
  for (const path of candidates) {
    // A folder or FIFO named .preflight.toml, or bytes that are not UTF-8, are errors naming the file.
    const text = readTextFile(path);
    if (text === undefined) {
      inputs?.absent(path);
      continue;
    }
    inputs?.file(path, text);
    const document = parseTomlAt(path, text);
    const isPyproject = path.endsWith('pyproject.toml');
    const table = isPyproject ? (document['tool'] as Record<string, unknown> | undefined)?.['preflight'] : document;
    if (table === undefined) continue;
    const shown = relative(cwd, path) || path;
    const where = isPyproject ? `${shown} [tool.preflight]` : shown;
    return resolveConfig(validateConfig(table, where), {
      source: shown,
      baseDir: project.root,
      ...(project.urlDialect ? { urlDialect: project.urlDialect } : {}),
    });
  }
  return resolveConfig({}, {
    source: 'default',
    baseDir: project.root,
    ...(project.urlDialect ? { urlDialect: project.urlDialect } : {}),
  });
}

function parseTomlAt(path: string, text: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const line = (error as { line?: number }).line;
    const message = String((error as Error).message ?? error).split('\n')[0];
    throw new UserError(`${path}${line ? `:${line}` : ''}: invalid TOML: ${message}`);
  }
}
