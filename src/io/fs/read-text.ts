/**
 * Reading the project's own files without crashing or hanging on what is not a plain file: a
 * folder where alembic.ini should be, a FIFO (opening it for reading waits for a writer forever),
 * a loop of symbolic links. Configuration text must be UTF-8, as Alembic (configparser in a UTF-8
 * locale) and TOML read it; replacement characters would silently change a path or a setting.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { UserError } from '../../model/errors.js';

/** What a file-system error means for the user, in a few words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a loop of symbolic links';
    case 'EISDIR':
      return 'a folder, not a file';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'ENOENT':
      return 'no such file or folder';
    default:
      return String((error as Error | undefined)?.message ?? error).split('\n')[0]!;
  }
}

/**
 * stat that follows symbolic links; undefined when nothing is there (as for existsSync, also when a
 * part of the path is a file); other errors (a symlink loop, no permission) as one line naming the path.
 */
export function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw new UserError(`${path}: ${describeFsError(error)}`);
  }
}

/**
 * The bytes of a regular file, or undefined when there is none. A folder, FIFO, socket or device
 * there is an error naming the path, and is never opened.
 */
export function readRegularFile(path: string): Buffer | undefined {
  const stats = statOrUndefined(path);
  if (!stats) return undefined;
  if (stats.isDirectory()) throw new UserError(`${path}: a folder, not a file`);
  if (!stats.isFile()) throw new UserError(`${path}: not a regular file (a FIFO, socket or device); Preflight does not read it`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UserError(`${path}: cannot read it: ${describeFsError(error)}`);
  }
}

/** A UTF-8 text file (configuration), or undefined when there is none; invalid UTF-8 is an error naming the line. */
export function readTextFile(path: string): string | undefined {
  const bytes = readRegularFile(path);
  return bytes === undefined ? undefined : decodeUtf8(bytes, path);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 strictly (a BOM is kept, as Python's 'utf-8' codec keeps it); an invalid byte is `file:line: …`. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    if (offset < 0) throw new UserError(`${file}: not valid UTF-8; save the file as UTF-8`);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      // Lines as Python's universal newlines count them: \r\n, \r and \n.
      if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
        line++;
        lineStart = i + 1;
      }
    }
    const byte = bytes[offset]!.toString(16).padStart(2, '0');
    throw new UserError(`${file}:${line}: not valid UTF-8 (byte 0x${byte} at column ${offset - lineStart + 1}); save the file as UTF-8`);
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}
