/**
 * `exclude = ["glob", …]` in [tool.preflight]: version files that are vendored or generated.
 * Globs are relative to the configuration's folder with `/` separators: `*` and `?` stay inside
 * one path segment, `**` crosses them; a pattern without `/` matches the file name anywhere
 * (as in .gitignore). Excluded files stay in the revision graph; only their findings go.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i]!;
    if (char === '*') {
      if (glob[i + 1] === '*') {
        i += 1;
        if (glob[i + 1] === '/') {
          i += 1;
          source += '(?:.*/)?';
        } else source += '.*';
      } else source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** A predicate over paths relative to the configuration's folder (forward slashes). */
export function excludeMatcher(globs: string[]): (relativePath: string) => boolean {
  const compiled = globs.map((glob) => {
    const cleaned = glob.replace(/^\.\//, '');
    return { regexp: globToRegExp(cleaned), nameOnly: !cleaned.includes('/') };
  });
  return (relativePath) => {
    const name = relativePath.split('/').pop() ?? relativePath;
    return compiled.some(({ regexp, nameOnly }) => regexp.test(nameOnly ? name : relativePath));
  };
}
