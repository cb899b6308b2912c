/**
 * WebAssembly modules (libpg-query, tree-sitter and its Python grammar) load one after the other. V8's
 * compiler settings are the whole process's: libpg-query is compiled while they say "baseline compiler
 * only" (sql/analyze.ts), and a module compiled in that window would lose its optimising tier too.
 */
let queue: Promise<unknown> = Promise.resolve();

export function loadWasmInTurn<T>(load: () => Promise<T>): Promise<T> {
  const next = queue.then(load, load);
  queue = next.catch(() => undefined);
  return next;
}
