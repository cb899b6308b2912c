// Writes what is derived from the rule modules themselves, so adding a rule is adding its module
// (and its test), with no hand list to edit:
//   - src/rules/index.ts, the registry: every src/rules/*.ts that exports a
//     `const NAME: MigrationRule | ProjectRule | Rule = { ... }` (or `{ ... } satisfies ...`)
//     is imported, and RULES lists the rules by their `order` field (ties by id; a rule
//     without one comes after the ordered rules, so a new module never breaks the build);
//   - the `decide.rules` lists of the shipped checklist (checklists/migration.yaml): the rules
//     whose `decides` names the item, in registry order.
// Reads the source with the TypeScript parser, so it needs no build.
//
//   node scripts/generate-rules.mjs            rewrite both files
//   node scripts/generate-rules.mjs --check    exit 1 if either is out of date
//   node scripts/generate-rules.mjs --stdout   print the generated src/rules/index.ts only
//   --rules DIR, --checklist FILE              another rules folder or checklist (tests)
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';

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

/** `decides: ['item', ...]`: the item ids ([] when the rule decides none). */
function decidesOf(object, where, id) {
  const decides = property(object, 'decides');
  if (!decides) return [];
  const list = decides.initializer;
  if (!ts.isArrayLiteralExpression(list) || !list.elements.every((e) => ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e))) {
    throw new GenerateError(`${where(decides)}: rule ${id}: write decides as a list of string literals (checklist item ids)`);
  }
  return list.elements.map((e) => e.text);
}

/** The rules one module exports: { name, id, order, decides }, in source order. */
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
      if (order && !ts.isNumericLiteral(order.initializer)) {
        throw new GenerateError(`${where(order)}: rule ${id.initializer.text}: write order as a number literal (its place in the guide's order, see src/rules/types.ts)`);
      }
      rules.push({
        name,
        id: id.initializer.text,
        order: order ? Number(order.initializer.text) : Number.POSITIVE_INFINITY,
        decides: decidesOf(object, where, id.initializer.text),
      });
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
  const rank = (rule) => (Number.isFinite(rule.order) ? rule.order : Number.MAX_VALUE);
  return rules.sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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

const ITEM = /^ {2}- id: ([a-z0-9-]+)\s*$/;
const DECIDE = /^ {4}decide:\s*$/;
const DECIDE_RULES = /^ {6}rules: \[[^\]]*\]\s*$/;

/**
 * The checklist text with each item's `decide.rules` set to the rules that decide it: the list
 * rewritten in place, added at the end of an item that had none, or removed with its `decide:`
 * when no rule decides the item any more. Everything else (comments, wording) stays as written.
 */
export function checklistSource(text, rules, label) {
  const deciding = new Map();
  for (const rule of rules) for (const item of rule.decides) deciding.set(item, [...(deciding.get(item) ?? []), rule.id]);
  const lines = text.split('\n');
  const starts = lines.flatMap((line, index) => (ITEM.test(line) ? [index] : []));
  const items = new Set(starts.map((index) => ITEM.exec(lines[index])[1]));
  for (const [item, ids] of deciding) {
    if (!items.has(item)) throw new GenerateError(`${label}: rule ${ids[0]} decides ${item}, which the checklist has no item for`);
  }
  const out = lines.slice(0, starts[0] ?? lines.length);
  starts.forEach((start, n) => {
    const end = starts[n + 1] ?? lines.length;
    const item = ITEM.exec(lines[start])[1];
    const body = lines.slice(start, end);
    const ids = deciding.get(item) ?? [];
    const at = body.findIndex((line) => DECIDE.test(line));
    if (at >= 0 && !DECIDE_RULES.test(body[at + 1] ?? '')) {
      throw new GenerateError(`${label}:${start + at + 2}: write the decide of ${item} as one line, \`      rules: [rule-a, rule-b]\``);
    }
    const block = ids.length > 0 ? ['    decide:', `      rules: [${ids.join(', ')}]`] : [];
    if (at >= 0) body.splice(at, 2, ...block);
    else if (block.length > 0) {
      // After the item's last line (blank lines and comments between items stay where they are).
      let last = body.length - 1;
      while (last > 0 && (body[last].trim() === '' || body[last].startsWith('#'))) last--;
      body.splice(last + 1, 0, ...block);
    }
    out.push(...body);
  });
  const next = out.join('\n');
  // The text rewrite is checked against the YAML it must mean.
  const parsed = parseYaml(next);
  for (const entry of parsed.items) {
    const want = deciding.get(entry.id) ?? [];
    const got = entry.decide?.rules ?? [];
    if (want.join() !== got.join()) throw new GenerateError(`${label}: could not write decide.rules of ${entry.id} (got [${got.join(', ')}], want [${want.join(', ')}])`);
  }
  return next;
}

/** Writes `next` to `path` unless it is already there; atomic, so a build running at the same time never reads half a file. */
function update(path, next, check) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // Not there yet: written below (or reported as out of date).
  }
  if (next === current) return true;
  if (check) return false;
  const staging = `${path}.${process.pid}.tmp`;
  writeFileSync(staging, next);
  renameSync(staging, path);
  process.stdout.write(`updated ${path}\n`);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, stdout: { type: 'boolean' }, rules: { type: 'string' }, checklist: { type: 'string' } } });
  const rulesDir = resolve(values.rules ?? join(root, 'src', 'rules'));
  const checklistPath = resolve(values.checklist ?? join(root, 'checklists', 'migration.yaml'));
  const outputs = [];
  try {
    const rules = collectRules(rulesDir);
    outputs.push({ path: join(rulesDir, 'index.ts'), text: registrySource(rules), what: 'the rule registry' });
    if (!values.stdout) {
      const label = relative(root, checklistPath).startsWith('..') ? checklistPath : relative(root, checklistPath);
      outputs.push({ path: checklistPath, text: checklistSource(readFileSync(checklistPath, 'utf8'), rules, label), what: "the checklist's decide.rules" });
    }
  } catch (error) {
    if (!(error instanceof GenerateError) && error?.code !== 'ENOENT') throw error;
    process.stderr.write(`generate-rules: ${error.message}\n`);
    process.exit(1);
  }
  if (values.stdout) {
    process.stdout.write(outputs[0].text);
  } else {
    for (const { path, text, what } of outputs) {
      if (!update(path, text, values.check)) {
        process.stderr.write(`${path}: ${what} is out of date; run npm run docs (or node scripts/generate-rules.mjs)\n`);
        process.exitCode = 1;
      }
    }
  }
}
