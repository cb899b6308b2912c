/**
 * Loads the migration templates: the ones shipped in the package's templates/
 * folder, then the project's own folder (`templates-dir` in the Preflight
 * configuration, relative to the configuration file). A project template with
 * the same name replaces the shipped one, so a team can copy one and adapt it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UserError } from '../../model/errors.js';
import { parseTemplate, type MigrationTemplate } from '../../scaffold/template.js';
import { packageFile } from '../package-paths.js';

export const TEMPLATE_SUFFIX = '.py.tmpl';

export interface LoadedTemplates {
  /** By name, shipped first, in file-name order; project templates replace or follow them. */
  templates: MigrationTemplate[];
  /** The project folder that was read, if any. */
  projectDir?: string;
}

function readFolder(dir: string, shownFrom: string): MigrationTemplate[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(TEMPLATE_SUFFIX))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const template = parseTemplate(readFileSync(path, 'utf8'), relative(shownFrom, path) || path);
      const expected = name.slice(0, -TEMPLATE_SUFFIX.length);
      if (template.name !== expected) {
        throw new UserError(`${relative(shownFrom, path) || path}: template name ${template.name} does not match the file name (${expected}${TEMPLATE_SUFFIX})`);
      }
      return template;
    });
}

export interface LoadTemplatesOptions {
  /** Where paths in error messages are shown from. */
  cwd: string;
  /** `templates-dir` from the configuration, and the folder it is relative to. */
  templatesDir?: string;
  baseDir?: string;
  /** Override of the shipped folder (tests). */
  shippedDir?: string;
}

export function loadTemplates(options: LoadTemplatesOptions): LoadedTemplates {
  const shipped = readFolder(options.shippedDir ?? packageFile('templates'), options.cwd);
  if (!options.templatesDir) return { templates: shipped };
  const projectDir = resolve(options.baseDir ?? options.cwd, options.templatesDir);
  if (!existsSync(projectDir) || !statSync(projectDir).isDirectory()) {
    throw new UserError(`templates-dir ${options.templatesDir}: no such folder (${relative(options.cwd, projectDir) || projectDir})`);
  }
  const templates = [...shipped];
  for (const template of readFolder(projectDir, options.cwd)) {
    const index = templates.findIndex((existing) => existing.name === template.name);
    if (index >= 0) templates[index] = template;
    else templates.push(template);
  }
  return { templates, projectDir };
}
