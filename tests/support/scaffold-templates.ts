/** The shipped templates (templates/*.py.tmpl), parsed, for the scaffold unit tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplate, type MigrationTemplate } from '../../src/scaffold/template.js';
import { REPO_ROOT } from './cli.js';

export const TEMPLATES_DIR = join(REPO_ROOT, 'templates');

export function shippedTemplateNames(): string[] {
  return readdirSync(TEMPLATES_DIR)
    .filter((name) => name.endsWith('.py.tmpl'))
    .map((name) => name.slice(0, -'.py.tmpl'.length))
    .sort();
}

export function shippedTemplate(name: string): MigrationTemplate {
  const path = join(TEMPLATES_DIR, `${name}.py.tmpl`);
  return parseTemplate(readFileSync(path, 'utf8'), `templates/${name}.py.tmpl`);
}
