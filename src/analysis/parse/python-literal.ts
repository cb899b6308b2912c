/**
 * Decoding of Python string literal source text (`'a'`, `r"\d"`, `"""doc"""`, `u'x'`)
 * into the string value. f-strings with interpolations are not literals and are
 * handled by the caller.
 */

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

export interface StringLiteralParts {
  prefix: string;
  body: string;
}

const PREFIX_LETTERS = new Set('rRbBuUfF');

/**
 * Splits `rb'''x'''` into its prefix (lower-cased) and the body between the quotes: up to two prefix
 * letters, then ''' or """ or ' or ". Read by hand, not by a regex: it runs for every string literal of
 * every migration, and a match array each was a fortieth of a cold run's garbage.
 */
export function splitStringLiteral(text: string): StringLiteralParts | undefined {
  let start = 0;
  while (start < 2 && PREFIX_LETTERS.has(text[start] ?? '')) start++;
  const mark = text[start];
  if (mark !== "'" && mark !== '"') return undefined;
  const quote = text[start + 1] === mark && text[start + 2] === mark ? mark.repeat(3) : mark;
  const bodyStart = start + quote.length;
  if (!text.endsWith(quote) || text.length < bodyStart + quote.length) return undefined;
  return { prefix: text.slice(0, start).toLowerCase(), body: text.slice(bodyStart, text.length - quote.length) };
}

/** The value of one Python string literal, or undefined when it is not a plain literal. */
export function decodeStringLiteral(text: string): string | undefined {
  const parts = splitStringLiteral(text);
  if (!parts) return undefined;
  if (parts.prefix.includes('r')) return parts.body;
  return decodeEscapes(parts.body);
}

/** The value of the body of a literal (or of one constant piece of an f-string) with the given prefix. */
export function decodeStringBody(body: string, prefix: string): string {
  return prefix.toLowerCase().includes('r') ? body : decodeEscapes(body);
}

function decodeEscapes(body: string): string {
  // Most strings (docstrings, names) have no escape: the character-by-character copy below is not needed.
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\' || i + 1 >= body.length) {
      out += ch;
      continue;
    }
    const next = body[i + 1]!;
    if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
      i += 1;
    } else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 2, i + 4))) {
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 4), 16));
      i += 3;
    } else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16));
      i += 5;
    } else if (next === 'U' && /^[0-9a-fA-F]{8}$/.test(body.slice(i + 2, i + 10))) {
      out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 10), 16));
      i += 9;
    } else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(octal, 8));
      i += octal.length;
    } else {
      // Python keeps unknown escapes as written.
      out += ch;
    }
  }
  return out;
}

/** A Python string literal in the given quotes, with every special character escaped: safe to embed in generated code. */
export function toPythonStringLiteral(value: string, quote: '"' | "'" = '"'): string {
  let out = quote;
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code >= 0x2028 && code <= 0x2029) out += `\\u${code.toString(16)}`;
    else out += ch;
  }
  return out + quote;
}
