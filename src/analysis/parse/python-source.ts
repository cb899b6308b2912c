/**
 * A version file's bytes → the text Python reads, decoded the way CPython 3.11 decodes source
 * (PEP 263): a UTF-8 BOM is dropped, a `# -*- coding: … -*-` comment on line 1 or 2 picks the
 * codec, and everything else is UTF-8. A lossy decode would hide a file Python refuses, so a
 * decoding problem comes back with the text instead of replacement characters passing silently.
 */
import type { ParseProblem } from '../../model/facts.js';

export interface InvalidUtf8 {
  /** Index in the decoded text of the U+FFFD that stands for the bad bytes. */
  index: number;
  byte: number;
  reason: 'invalid start byte' | 'invalid continuation byte' | 'unexpected end of data';
}

export interface DecodedSource {
  text: string;
  /** Python refuses the file before reading a token (unknown codec, bytes the declared codec rejects). */
  problem?: ParseProblem;
  /**
   * Bad UTF-8 sequences. CPython 3.11 accepts them inside comments and refuses them anywhere
   * else, so whether each one is a problem is decided by the tokenizer.
   */
  invalidUtf8: InvalidUtf8[];
}

/** Python 3.11's text codecs: canonical name → every name `codecs.lookup` accepts for it (normalised). */
const PYTHON_CODECS: Record<string, string> = {
  "ascii": "646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 ascii cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii",
  "big5": "big5 big5_tw csbig5 x_mac_trad_chinese",
  "big5hkscs": "big5_hkscs big5hkscs hkscs",
  "charmap": "charmap",
  "cp037": "037 cp037 csibm037 ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm037 ibm039",
  "cp1006": "cp1006",
  "cp1026": "1026 cp1026 csibm1026 ibm1026",
  "cp1125": "1125 cp1125 cp866u ibm1125 ruscii",
  "cp1140": "1140 cp1140 ibm1140",
  "cp1250": "1250 cp1250 windows_1250",
  "cp1251": "1251 cp1251 windows_1251",
  "cp1252": "1252 cp1252 windows_1252",
  "cp1253": "1253 cp1253 windows_1253",
  "cp1254": "1254 cp1254 windows_1254",
  "cp1255": "1255 cp1255 windows_1255",
  "cp1256": "1256 cp1256 windows_1256",
  "cp1257": "1257 cp1257 windows_1257",
  "cp1258": "1258 cp1258 windows_1258",
  "cp273": "273 cp273 csibm273 ibm273",
  "cp424": "424 cp424 csibm424 ebcdic_cp_he ibm424",
  "cp437": "437 cp437 cspc8codepage437 ibm437",
  "cp500": "500 cp500 csibm500 ebcdic_cp_be ebcdic_cp_ch ibm500",
  "cp720": "cp720",
  "cp737": "cp737",
  "cp775": "775 cp775 cspc775baltic ibm775",
  "cp850": "850 cp850 cspc850multilingual ibm850",
  "cp852": "852 cp852 cspcp852 ibm852",
  "cp855": "855 cp855 csibm855 ibm855",
  "cp856": "cp856",
  "cp857": "857 cp857 csibm857 ibm857",
  "cp858": "858 cp858 csibm858 ibm858",
  "cp860": "860 cp860 csibm860 ibm860",
  "cp861": "861 cp861 cp_is csibm861 ibm861",
  "cp862": "862 cp862 cspc862latinhebrew ibm862",
  "cp863": "863 cp863 csibm863 ibm863",
  "cp864": "864 cp864 csibm864 ibm864",
  "cp865": "865 cp865 csibm865 ibm865",
  "cp866": "866 cp866 csibm866 ibm866",
  "cp869": "869 cp869 cp_gr csibm869 ibm869",
  "cp874": "cp874",
  "cp875": "cp875",
  "cp932": "932 cp932 ms932 ms_kanji mskanji",
  "cp949": "949 cp949 ms949 uhc",
  "cp950": "950 cp950 ms950",
  "euc_jis_2004": "euc_jis2004 euc_jis_2004 eucjis2004 jisx0213",
  "euc_jisx0213": "euc_jisx0213 eucjisx0213",
  "euc_jp": "euc_jp eucjp u_jis ujis",
  "euc_kr": "euc_kr euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean",
  "gb18030": "gb18030 gb18030_2000",
  "gb2312": "chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312 gb2312_1980 gb2312_80 iso_ir_58 x_mac_simp_chinese",
  "gbk": "936 cp936 gbk ms936",
  "hp-roman8": "cp1051 hp_roman8 ibm1051 r8 roman8",
  "hz": "hz hz_gb hz_gb_2312 hzgb",
  "idna": "idna",
  "iso2022_jp": "csiso2022jp iso2022_jp iso2022jp iso_2022_jp",
  "iso2022_jp_1": "iso2022_jp_1 iso2022jp_1 iso_2022_jp_1",
  "iso2022_jp_2": "iso2022_jp_2 iso2022jp_2 iso_2022_jp_2",
  "iso2022_jp_2004": "iso2022_jp_2004 iso2022jp_2004 iso_2022_jp_2004",
  "iso2022_jp_3": "iso2022_jp_3 iso2022jp_3 iso_2022_jp_3",
  "iso2022_jp_ext": "iso2022_jp_ext iso2022jp_ext iso_2022_jp_ext",
  "iso2022_kr": "csiso2022kr iso2022_kr iso2022kr iso_2022_kr",
  "iso8859-1": "8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1 latin_1",
  "iso8859-10": "csisolatin6 iso8859_10 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6",
  "iso8859-11": "iso8859_11 iso_8859_11 iso_8859_11_2001 thai",
  "iso8859-13": "iso8859_13 iso_8859_13 l7 latin7",
  "iso8859-14": "iso8859_14 iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8",
  "iso8859-15": "iso8859_15 iso_8859_15 l9 latin9",
  "iso8859-16": "iso8859_16 iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10",
  "iso8859-2": "csisolatin2 iso8859_2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2",
  "iso8859-3": "csisolatin3 iso8859_3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3",
  "iso8859-4": "csisolatin4 iso8859_4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4",
  "iso8859-5": "csisolatincyrillic cyrillic iso8859_5 iso_8859_5 iso_8859_5_1988 iso_ir_144",
  "iso8859-6": "arabic asmo_708 csisolatinarabic ecma_114 iso8859_6 iso_8859_6 iso_8859_6_1987 iso_ir_127",
  "iso8859-7": "csisolatingreek ecma_118 elot_928 greek greek8 iso8859_7 iso_8859_7 iso_8859_7_1987 iso_ir_126",
  "iso8859-8": "csisolatinhebrew hebrew iso8859_8 iso_8859_8 iso_8859_8_1988 iso_ir_138",
  "iso8859-9": "csisolatin5 iso8859_9 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5",
  "johab": "cp1361 johab ms1361",
  "koi8-r": "cskoi8r koi8_r",
  "koi8-t": "koi8_t",
  "koi8-u": "koi8_u",
  "kz1048": "kz1048 kz_1048 rk1048 strk1048_2002",
  "mac-arabic": "mac_arabic",
  "mac-croatian": "mac_croatian",
  "mac-cyrillic": "mac_cyrillic maccyrillic",
  "mac-farsi": "mac_farsi",
  "mac-greek": "mac_greek macgreek",
  "mac-iceland": "mac_iceland maciceland",
  "mac-latin2": "mac_centeuro mac_latin2 maccentraleurope maclatin2",
  "mac-roman": "mac_roman macintosh macroman",
  "mac-romanian": "mac_romanian",
  "mac-turkish": "mac_turkish macturkish",
  "palmos": "palmos",
  "ptcp154": "cp154 csptcp154 cyrillic_asian pt154 ptcp154",
  "punycode": "punycode",
  "raw-unicode-escape": "raw_unicode_escape",
  "shift_jis": "csshiftjis s_jis shift_jis shiftjis sjis x_mac_japanese",
  "shift_jis_2004": "s_jis_2004 shift_jis_2004 shiftjis2004 sjis_2004",
  "shift_jisx0213": "s_jisx0213 shift_jisx0213 shiftjisx0213 sjisx0213",
  "tis-620": "iso_ir_166 tis620 tis_620 tis_620_0 tis_620_2529_0 tis_620_2529_1",
  "undefined": "undefined",
  "unicode-escape": "unicode_escape",
  "utf-16": "u16 utf16 utf_16",
  "utf-16-be": "unicodebigunmarked utf_16_be utf_16be",
  "utf-16-le": "unicodelittleunmarked utf_16_le utf_16le",
  "utf-32": "u32 utf32 utf_32",
  "utf-32-be": "utf_32_be utf_32be",
  "utf-32-le": "utf_32_le utf_32le",
  "utf-7": "u7 unicode_1_1_utf_7 utf7 utf_7",
  "utf-8": "cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4 utf_8",
  "utf-8-sig": "utf_8_sig",
};
/** Codecs Python knows but refuses for source code (bytes-to-bytes). */
const NOT_TEXT_ENCODINGS = new Set(["base64", "base64_codec", "base_64", "bz2", "bz2_codec", "hex", "hex_codec", "quopri", "quopri_codec", "quoted_printable", "quotedprintable", "rot13", "rot_13", "uu", "uu_codec", "zip", "zlib", "zlib_codec"]);

const CODEC_BY_NAME = new Map<string, string>();
for (const [canonical, names] of Object.entries(PYTHON_CODECS)) for (const name of names.split(' ')) CODEC_BY_NAME.set(name, canonical);

/**
 * Codecs Preflight decodes with the WHATWG decoders Node ships. They agree with Python's tables
 * except for a few unassigned bytes (cp1252's 0x81 is an error in Python, U+0081 here).
 * latin-1 is not among them: WHATWG's "iso-8859-1" is windows-1252, so it is decoded by hand.
 */
const WHATWG_LABELS: Record<string, string> = {
  big5: 'big5',
  cp950: 'big5',
  cp866: 'ibm866',
  cp874: 'windows-874',
  cp932: 'shift_jis',
  cp949: 'euc-kr',
  euc_jp: 'euc-jp',
  euc_kr: 'euc-kr',
  gb18030: 'gb18030',
  gb2312: 'gbk',
  gbk: 'gbk',
  iso2022_jp: 'iso-2022-jp',
  'koi8-r': 'koi8-r',
  'koi8-u': 'koi8-u',
  'mac-roman': 'macintosh',
  'mac-cyrillic': 'x-mac-cyrillic',
  shift_jis: 'shift_jis',
  'utf-16-le': 'utf-16le',
  'utf-16-be': 'utf-16be',
  // Python's utf-16 without a BOM reads the machine's order, little-endian on every platform Node runs on.
  'utf-16': 'utf-16le',
};
for (const n of [2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16]) WHATWG_LABELS[`iso8859-${n}`] = `iso-8859-${n}`;
for (let n = 1250; n <= 1258; n++) WHATWG_LABELS[`cp${n}`] = `windows-${n}`;

/** CPython's tokenizer shortcut (`get_normal_name`): the spellings of utf-8 and latin-1 it knows without a lookup. */
function normalName(name: string): string {
  const head = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (head === 'utf-8' || head.startsWith('utf-8-')) return 'utf-8';
  for (const latin of ['latin-1', 'iso-8859-1', 'iso-latin-1']) if (head === latin || head.startsWith(`${latin}-`)) return 'iso-8859-1';
  return name;
}

/** `codecs.lookup`: lower case, runs of punctuation to `_`, then the alias table (also with dots as `_`). */
export function pythonCodec(name: string): string | undefined {
  const normal = normalName(name);
  if (normal === 'utf-8') return 'utf-8';
  if (normal === 'iso-8859-1') return 'iso8859-1';
  const key = normal
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return CODEC_BY_NAME.get(key) ?? CODEC_BY_NAME.get(key.replace(/\./g, '_'));
}

/**
 * The coding declaration: a comment on line 1, or on line 2 when line 1 is blank or a comment
 * (CPython does not look further), matching `coding[:=]\s*name`.
 */
function codingDeclaration(bytes: Uint8Array): { name: string; line: number } | undefined {
  let start = 0;
  for (let line = 1; line <= 2; line++) {
    let end = start;
    while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
    // Most files start with neither a comment nor a blank line: no need to decode anything.
    let first = start;
    while (first < end && (bytes[first] === 0x20 || bytes[first] === 0x09 || bytes[first] === 0x0c)) first++;
    if (first < end && bytes[first] !== 0x23) return undefined;
    // windows-1252 keeps ASCII as it is, which is all the declaration may use.
    const text = ASCII_VIEW.decode(bytes.subarray(start, Math.min(end, start + 1024)));
    const match = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(text);
    if (match) return { name: match[1]!, line };
    if (!/^[ \t\f]*(#|$)/.test(text)) return undefined;
    start = end + (bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? 2 : 1);
    if (start > bytes.length) return undefined;
  }
  return undefined;
}

const ASCII_VIEW = new TextDecoder('windows-1252');

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) text += String.fromCharCode(...bytes.subarray(at, at + 8192));
  return text;
}

/** 1-based line of `index` in `text`, counting \n, \r\n and a lone \r as Python does. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = 0; at < index && at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) line++;
  }
  return line;
}

function hex(byte: number): string {
  return `0x${byte.toString(16).padStart(2, '0')}`;
}

export function decodePythonSource(bytes: Uint8Array): DecodedSource {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const declared = codingDeclaration(body);
  if (!declared) return decodeUtf8(body);
  const problemAt = (message: string, line = declared.line): DecodedSource => ({
    text: decodeUtf8(body).text,
    problem: { line, column: 1, message },
    invalidUtf8: [],
  });
  const codec = pythonCodec(declared.name);
  if (codec === 'utf-8' || codec === 'utf-8-sig') return decodeUtf8(body);
  if (bom) return problemAt(`encoding problem: ${normalName(declared.name)} with BOM`);
  if (codec === undefined) {
    const key = declared.name.toLowerCase().replace(/[^a-z0-9.]+/g, '_');
    return NOT_TEXT_ENCODINGS.has(key)
      ? problemAt(`'${declared.name}' is not a text encoding; use codecs.decode() to handle arbitrary codecs`)
      : problemAt(`unknown encoding: ${declared.name}`);
  }
  if (codec === 'iso8859-1') return { text: latin1(body), invalidUtf8: [] };
  if (codec === 'ascii') {
    const bad = body.findIndex((byte) => byte > 0x7f);
    const text = latin1(body);
    if (bad < 0) return { text, invalidUtf8: [] };
    return {
      text,
      problem: { line: lineAt(text, bad), column: 1, message: `'ascii' codec can't decode byte ${hex(body[bad]!)} in position ${bad}: ordinal not in range(128)` },
      invalidUtf8: [],
    };
  }
  const label = WHATWG_LABELS[codec];
  if (!label) {
    return problemAt(`Preflight cannot decode source encoding '${declared.name}' (Python's ${codec}); save the file as UTF-8 to have it checked`);
  }
  const text = new TextDecoder(label).decode(body);
  const bad = text.indexOf('\ufffd');
  if (bad >= 0) {
    try {
      new TextDecoder(label, { fatal: true }).decode(body);
    } catch {
      return { text, problem: { line: lineAt(text, bad), column: 1, message: `'${codec}' codec can't decode the bytes on this line` }, invalidUtf8: [] };
    }
  }
  return { text, invalidUtf8: [] };
}

/**
 * UTF-8 → text, one U+FFFD per maximal invalid subpart (as TextDecoder and Python's decoder split
 * them), remembering where each one is. Valid files take the fast path.
 */
function decodeUtf8(bytes: Uint8Array): DecodedSource {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), invalidUtf8: [] };
  } catch {
    // fall through to the byte-by-byte decode below
  }
  const invalidUtf8: InvalidUtf8[] = [];
  let text = '';
  let runStart = 0;
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const flush = (end: number) => {
    if (end > runStart) text += decoder.decode(bytes.subarray(runStart, end));
  };
  let at = 0;
  while (at < bytes.length) {
    const length = sequenceLength(bytes, at);
    if (length > 0) {
      at += length;
      continue;
    }
    flush(at);
    const { consumed, reason } = invalidSubpart(bytes, at);
    invalidUtf8.push({ index: text.length, byte: bytes[at]!, reason });
    text += '\ufffd';
    at += consumed;
    runStart = at;
  }
  flush(at);
  return { text, invalidUtf8 };
}

/** Length of the valid UTF-8 sequence at `at`, or 0. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const b0 = bytes[at]!;
  if (b0 < 0x80) return 1;
  const [need, low, high] = leadRange(b0);
  if (need === 0) return 0;
  for (let k = 1; k <= need; k++) {
    const b = bytes[at + k];
    if (b === undefined) return 0;
    const [lo, hi] = k === 1 ? [low, high] : [0x80, 0xbf];
    if (b < lo || b > hi) return 0;
  }
  return need + 1;
}

/** Continuation bytes a lead byte needs, and the range of the first of them (Unicode table 3-7). */
function leadRange(b0: number): [number, number, number] {
  if (b0 >= 0xc2 && b0 <= 0xdf) return [1, 0x80, 0xbf];
  if (b0 === 0xe0) return [2, 0xa0, 0xbf];
  if (b0 === 0xed) return [2, 0x80, 0x9f];
  if (b0 >= 0xe1 && b0 <= 0xef) return [2, 0x80, 0xbf];
  if (b0 === 0xf0) return [3, 0x90, 0xbf];
  if (b0 >= 0xf1 && b0 <= 0xf3) return [3, 0x80, 0xbf];
  if (b0 === 0xf4) return [3, 0x80, 0x8f];
  return [0, 0, 0];
}

function invalidSubpart(bytes: Uint8Array, at: number): { consumed: number; reason: InvalidUtf8['reason'] } {
  const [need, low, high] = leadRange(bytes[at]!);
  if (need === 0) return { consumed: 1, reason: 'invalid start byte' };
  let consumed = 1;
  for (let k = 1; k <= need; k++) {
    const b = bytes[at + k];
    if (b === undefined) return { consumed, reason: 'unexpected end of data' };
    const [lo, hi] = k === 1 ? [low, high] : [0x80, 0xbf];
    if (b < lo || b > hi) break;
    consumed++;
  }
  return { consumed, reason: 'invalid continuation byte' };
}
