/** Small text helpers every layer shows to users. */

/** Text on one line, cut at `max` characters: for SQL and source quoted in messages and tables. */
export function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
