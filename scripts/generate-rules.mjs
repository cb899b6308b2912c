// Writes src/rules/index.ts, the rule registry, from the rule modules themselves: every
// src/rules/*.ts that exports a `const NAME: MigrationRule | ProjectRule | Rule = { ... }`
// (or `{ ... } satisfies ...`) is imported, and RULES lists the rules by their `order`
// field (ties by id). Adding a rule is adding its module (and its test): no hand list to edit.
// Reads the source with the TypeScript parser, so it needs no build.
//
//   node scripts/generate-rules.mjs            rewrite src/rules/index.ts
//   node scripts/generate-rules.mjs --check    exit 1 if src/rules/index.ts is out of date
//   node scripts/generate-rules.mjs --stdout   print the generated file only
//   --rules DIR                                another rules folder (tests)
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RULE_TYPES = new Set(['MigrationRule', 'ProjectRule', 'Rule']);
/** Modules of the rules folder that are the registry's own, never rule modules. */
const OWN = new Set(['index.ts', 'aliases.ts']);

class GenerateError extends Error {}

/** The object literal under `x satisfies T`, `x as T` and parentheses. */
function unwrap(node) {
  while (node && (ts.isSatisfiesExpression(node) || ts.isAsExpression(node) || ts.isParenthesizedExpression(node))) node = node.expression;
  return node;
}

const typeName = (type) => (type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) ? type.typeName.text : undefined);

function property(object, name) {
  return object.properties.find((p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name);
}

/** The rules one module exports: { name, id, order }, in source order. */
export function rulesOfModule(path, text) {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const where = (node) => `${path}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const rules = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement) || !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const name = declaration.name.text;
      const satisfied = ts.isSatisfiesExpression(declaration.initializer) ? typeName(declaration.initializer.type) : undefined;
      const annotated = RULE_TYPES.has(typeName(declaration.type)) || RULE_TYPES.has(satisfied);
      const object = unwrap(declaration.initializer);
      if (!object || !ts.isObjectLiteralExpression(object)) {
        if (annotated) throw new GenerateError(`${where(declaration)}: rule ${name} must be an object literal ({ id: ..., order: ..., check() {} })`);
        continue;
      }
      const looksLikeRule = property(object, 'scope') && property(object, 'id') && object.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'check');
      if (!annotated) {
        // An exported rule without its type would be left out of the registry without a word.
        if (looksLikeRule) throw new GenerateError(`${where(declaration)}: ${name} looks like a rule: declare it as \`export const ${name}: MigrationRule = {\` (or ProjectRule)`);
        continue;
      }
      const id = property(object, 'id');
      if (!id || !(ts.isStringLiteral(id.initializer) || ts.isNoSubstitutionTemplateLiteral(id.initializer))) {
        throw new GenerateError(`${where(declaration)}: rule ${name} needs \`id: '...'\` as a string literal`);
      }
      const order = property(object, 'order');
      if (!order || !ts.isNumericLiteral(order.initializer)) {
        throw new GenerateError(`${where(declaration)}: rule ${id.initializer.text} needs \`order: NUMBER\` (its place in the guide's order, see src/rules/types.ts)`);
      }
      rules.push({ name, id: id.initializer.text, order: Number(order.initializer.text) });
    }
  }
  return rules;
}

/** Every rule of the folder: { module, name, id, order }, in registry order. */
export function collectRules(rulesDir) {
  const rules = [];
  for (const file of readdirSync(rulesDir).sort()) {
    if (!file.endsWith('.ts') || file.endsWith('.d.ts') || OWN.has(file)) continue;
    const path = join(rulesDir, file);
    const inside = relative(root, path);
    const label = inside && !inside.startsWith('..') ? inside : path;
    for (const rule of rulesOfModule(label, readFileSync(path, 'utf8'))) rules.push({ ...rule, module: `./${file.replace(/\.ts$/, '.js')}`, label });
  }
  const seen = new Map();
  for (const rule of rules) {
    if (seen.has(rule.id)) throw new GenerateError(`${rule.label}: rule id ${rule.id} is already used by ${seen.get(rule.id)}`);
    seen.set(rule.id, rule.label);
  }
  return rules.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** The text of src/rules/index.ts. */
export function registrySource(rules) {
  const modules = new Map();
  for (const rule of rules) modules.set(rule.module, [...(modules.get(rule.module) ?? []), rule.name]);
  const imports = [...modules.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([module, names]) => `import { ${names.sort(byText).join(', ')} } from '${module}';`);
  return [
    '/**',
    ' * The rule registry: every rule, by id. Ids are public interface (config,',
    ' * suppressions, JSON output, review records): never rename one without an alias.',
    ' *',
    ' * Generated by scripts/generate-rules.mjs from the modules in src/rules/ that export a rule,',
    " * in the order of the rules' `order` field: do not edit by hand, run `npm run docs`.",
    ' */',
    ...imports,
    "import { RULE_ALIASES } from './aliases.js';",
    "import type { Rule } from './types.js';",
    '',
    'export { RULE_ALIASES };',
    '',
    '/** In the guide\'s order (`order`): safety rules, data, defaults, raw SQL, safeguards, reversibility, locking, graph, meta. */',
    'export const RULES: readonly Rule[] = [',
    ...rules.map((rule) => `  ${rule.name},`),
    '];',
    '',
    'export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));',
    '',
    'export function findRule(id: string): Rule | undefined {',
    '  return RULES_BY_ID.get(RULE_ALIASES[id] ?? id);',
    '}',
    '',
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, stdout: { type: 'boolean' }, rules: { type: 'string' } } });
  const rulesDir = resolve(values.rules ?? join(root, 'src', 'rules'));
  const target = join(rulesDir, 'index.ts');
  let next;
  try {
    next = registrySource(collectRules(rulesDir));
  } catch (error) {
    if (!(error instanceof GenerateError)) throw error;
    process.stderr.write(`generate-rules: ${error.message}\n`);
    process.exit(1);
  }
  if (values.stdout) {
    process.stdout.write(next);
  } else {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // No registry yet: written below (or reported as out of date).
    }
    if (values.check) {
      if (next !== current) {
        process.stderr.write(`${target}: the rule registry is out of date; run npm run docs (or node scripts/generate-rules.mjs)\n`);
        process.exitCode = 1;
      }
    } else if (next !== current) {
      // Atomic: a build running at the same time never reads half a registry.
      const staging = `${target}.${process.pid}.tmp`;
      writeFileSync(staging, next);
      renameSync(staging, target);
      process.stdout.write(`updated ${target}\n`);
    }
  }
}
