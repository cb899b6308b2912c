/** lock_timeout values and the libpq options string that can set it for a connection. Pure. */

/**
 * The settings a libpq `options` string sets (PostgreSQL docs 34.1.2, "options": command-line options
 * sent to the server at connection start): `-c name=value`, `-cname=value` or `--name=value`, separated
 * by spaces, a backslash escaping the next character (a space inside a value is `\ `). Names are
 * lower-cased, dashes read as underscores, as the server reads them.
 */
export function libpqOptionSettings(options: string): Map<string, string> {
  const tokens: string[] = [];
  let current: string | undefined;
  for (let i = 0; i < options.length; i++) {
    const char = options[i]!;
    if (char === '\\' && i + 1 < options.length) {
      current = (current ?? '') + options[++i];
    } else if (/\s/.test(char)) {
      if (current !== undefined) tokens.push(current);
      current = undefined;
    } else {
      current = (current ?? '') + char;
    }
  }
  if (current !== undefined) tokens.push(current);
  const settings = new Map<string, string>();
  const assign = (pair: string | undefined) => {
    const equals = pair?.indexOf('=') ?? -1;
    if (pair === undefined || equals <= 0) return;
    settings.set(pair.slice(0, equals).toLowerCase().replace(/-/g, '_'), pair.slice(equals + 1));
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '-c') assign(tokens[++i]);
    else if (token.startsWith('--')) assign(token.slice(2));
    else if (token.startsWith('-c')) assign(token.slice(2));
  }
  return settings;
}

/** A lock_timeout value that turns the timeout on: not 0 (PostgreSQL: "A value of zero … disables the timeout"). */
export function enablesLockTimeout(value: string | undefined): boolean {
  if (value === undefined) return false;
  const number = Number.parseFloat(value.trim().replace(/^'|'$/g, ''));
  return Number.isFinite(number) && number > 0;
}
