/**
 * Revision ids, slugs and file names the way Alembic makes them
 * (alembic/util/langhelpers.py `rev_id`, alembic/script/base.py `_rev_path`),
 * so a migration from `preflight new` is indistinguishable from one made by
 * `alembic revision`. Pure: the random bytes and the date are passed in.
 */
import { UserError } from '../model/errors.js';

/** `uuid.uuid4().hex[-12:]`: 12 lower-case hex digits; the last 6 bytes of a uuid4 are all random. */
export function revisionIdFrom(random: Uint8Array): string {
  if (random.length < 6) throw new Error('revisionIdFrom needs 6 random bytes');
  return Buffer.from(random.subarray(0, 6)).toString('hex');
}

/**
 * Alembic's slug: `"_".join(re.findall(r"\w+", message)).lower()`, cut at
 * truncate_slug_length on a word boundary: `slug[:n].rsplit("_", 1)[0] + "_"`.
 * Python's `\w` on str is Unicode: letters, digits (all numeric categories) and `_`.
 */
export function alembicSlug(message: string, truncateSlugLength: number): string {
  const words = message.match(/[\p{L}\p{N}_]+/gu) ?? [];
  let slug = Array.from(words.join('_').toLowerCase());
  if (slug.length > truncateSlugLength) {
    const cut = slug.slice(0, truncateSlugLength).join('');
    const lastUnderscore = cut.lastIndexOf('_');
    slug = Array.from((lastUnderscore >= 0 ? cut.slice(0, lastUnderscore) : cut) + '_');
  }
  return slug.join('');
}

export interface FileNameParts {
  rev: string;
  slug: string;
  /** Local time, as Alembic's `datetime.datetime.now()` (the ini's `timezone` option is not applied). */
  date: Date;
}

/**
 * Applies Python %-formatting of Alembic's file_template (already ini-interpolated, e.g.
 * `%(year)d_%(month).2d_%(day).2d-%(rev)s_%(slug)s`) and adds `.py`.
 */
export function migrationFileName(fileTemplate: string, parts: FileNameParts): string {
  const { date } = parts;
  const values: Record<string, string | number> = {
    rev: parts.rev,
    slug: parts.slug,
    epoch: Math.floor(date.getTime() / 1000),
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
  };
  const name = fileTemplate.replace(
    /%(?:\((\w+)\)([-#0 +]*)(\d+)?(?:\.(\d+))?([sdir])|%)?/g,
    (match, key: string | undefined, flags: string, width: string | undefined, precision: string | undefined, conversion: string) => {
      if (match === '%%') return '%';
      // Python raises on any other %, so Alembic could not use this template either.
      if (match === '%') throw new UserError(`file_template ${fileTemplate}: unsupported % directive`);
      if (!(key! in values)) {
        throw new UserError(`file_template ${fileTemplate}: unknown key %(${key})s (Alembic knows rev, slug, epoch, year, month, day, hour, minute, second)`);
      }
      const value = values[key!]!;
      let text: string;
      if (conversion === 's' || conversion === 'r') {
        text = String(value);
        if (precision !== undefined) text = text.slice(0, Number(precision));
      } else {
        if (typeof value !== 'number') {
          throw new UserError(`file_template ${fileTemplate}: %(${key})${conversion} needs a number`);
        }
        const digits = String(Math.abs(value)).padStart(precision !== undefined ? Number(precision) : 0, '0');
        const sign = value < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        text = sign + digits;
        if (width !== undefined && flags.includes('0') && !flags.includes('-')) {
          text = sign + digits.padStart(Number(width) - sign.length, '0');
        }
      }
      if (width !== undefined) text = flags.includes('-') ? text.padEnd(Number(width)) : text.padStart(Number(width));
      return text;
    },
  );
  return `${name}.py`;
}

/** `str(datetime.datetime.now())`: `2024-03-04 10:00:00.123000`, without the fraction when it is zero. */
export function alembicCreateDate(date: Date): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const base =
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  const micro = date.getMilliseconds() * 1000;
  return micro === 0 ? base : `${base}.${pad(micro, 6)}`;
}
