/**
 * gitignore-like globs over '/'-separated relative paths: `*` and `?` stay inside one folder, `**` crosses
 * folders, `{a,b}` is either; a pattern without a slash matches a name at any depth, a leading `/`
 * anchors it at the root, a trailing `/` matches a folder, and a match of a folder covers what is inside
 * it. A later `!pattern` takes a path back. Written here because Node 20 has no stable glob matcher.
 */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  const rules = patterns
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#'))
    .map((p) => (p.startsWith('!') ? { negate: true, regex: toRegExp(p.slice(1)) } : { negate: false, regex: toRegExp(p) }));
  return (path) => {
    const parts = path.split('/').filter((part) => part !== '' && part !== '.');
    const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let matched = false;
    for (const rule of rules) {
      if (candidates.some((c, i) => rule.regex.test(i < candidates.length - 1 ? `${c}/` : c))) matched = !rule.negate;
    }
    return matched;
  };
}

function toRegExp(pattern: string): RegExp {
  let p = pattern.replace(/\\/gu, '/');
  const anchored = p.startsWith('/') || p.replace(/\/$/u, '').includes('/');
  p = p.replace(/^\//u, '');
  const folderOnly = p.endsWith('/');
  p = p.replace(/\/$/u, '');
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*' && p[i + 1] === '*') {
      const slash = p[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = p.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${p.slice(i + 1, close).split(',').map(escape).join('|')})`;
        i = close;
      }
    } else out += escape(c);
  }
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${out}${folderOnly ? '/' : '/?'}$`, 'u');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, (c) => (c === '/' ? '/' : `\\${c}`));
}
