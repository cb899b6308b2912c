/**
 * Reads a rule test file's syntax (the TypeScript parser, not a regex) for the cases it gives
 * `ruleTester(rule, { valid: [...], invalid: [...] })`. A call counts for a rule when its first
 * argument is a name the file imports, and that import is the rule object itself. Cases are
 * counted when written out in the call's arrays: a spread (`...guideCases()`) may add more, but
 * is not counted, and an invalid case whose `errors` is an empty array is not an invalid case.
 */
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import type { Rule } from '../../src/rules/types.js';

export interface RuleTestCases {
  /** `ruleTester` calls for this rule. */
  calls: number;
  valid: number;
  invalid: number;
}

function arrayProperty(object: ts.ObjectLiteralExpression, name: string): ts.ArrayLiteralExpression | undefined {
  const found = object.properties.find(
    (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name,
  );
  return found && ts.isArrayLiteralExpression(found.initializer) ? found.initializer : undefined;
}

const written = (array: ts.ArrayLiteralExpression | undefined): ts.Expression[] => (array ? array.elements.filter((element) => !ts.isSpreadElement(element)) : []);

/** Whether an invalid case expects at least one finding (`errors` not written as `[]`). */
function expectsFindings(element: ts.Expression): boolean {
  if (!ts.isObjectLiteralExpression(element)) return true;
  const errors = arrayProperty(element, 'errors');
  return errors === undefined || errors.elements.length > 0;
}

/** The cases `text` (the file at `path`) gives `rule` through ruleTester. */
export async function ruleTestCases(path: string, text: string, rule: Rule): Promise<RuleTestCases> {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports = new Map<string, { module: string; name: string }>();
  for (const statement of source.statements) {
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    if (!bindings || !ts.isNamedImports(bindings) || !ts.isStringLiteral((statement as ts.ImportDeclaration).moduleSpecifier)) continue;
    const module = ((statement as ts.ImportDeclaration).moduleSpecifier as ts.StringLiteral).text;
    for (const element of bindings.elements) imports.set(element.name.text, { module, name: (element.propertyName ?? element.name).text });
  }
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'ruleTester') calls.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);

  const result: RuleTestCases = { calls: 0, valid: 0, invalid: 0 };
  for (const call of calls) {
    const [target, cases] = call.arguments;
    if (!target || !ts.isIdentifier(target) || !cases || !ts.isObjectLiteralExpression(cases)) continue;
    const imported = imports.get(target.text);
    if (!imported || !imported.module.startsWith('.')) continue;
    const module = (await import(resolve(dirname(path), imported.module.replace(/\.js$/, '.ts')))) as Record<string, unknown>;
    if (module[imported.name] !== rule) continue;
    result.calls++;
    result.valid += written(arrayProperty(cases, 'valid')).length;
    result.invalid += written(arrayProperty(cases, 'invalid')).filter(expectsFindings).length;
  }
  return result;
}
