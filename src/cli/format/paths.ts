import { relative, sep } from 'node:path';

/** Path relative to `from`, with forward slashes (stable across platforms in JSON and records). */
export function displayPath(path: string, from: string): string {
  const rel = relative(from, path) || path;
  return sep === '/' ? rel : rel.split(sep).join('/');
}
