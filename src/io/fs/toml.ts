/**
 * smol-toml, loaded on first use: most projects have no pyproject.toml or .preflight.toml,
 * and check's replay of an unchanged project (cli/check-report.ts) should not pay for a parser.
 */
import { createRequire } from 'node:module';

type TomlParse = (text: string) => Record<string, unknown>;
let parse: TomlParse | undefined;

export function parseToml(text: string): Record<string, unknown> {
  // The package's CommonJS build: require() is synchronous, as discovery is.
  parse ??= (createRequire(import.meta.url)('smol-toml') as { parse: TomlParse }).parse;
  return parse(text);
}
