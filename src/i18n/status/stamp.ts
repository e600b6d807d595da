/**
 * Sets (or replaces) `sourceHash` in an MDX file's front matter, keeping
 * everything else byte for byte.
 * @example
 * withSourceHash('---\ntitle: Hola\n---\nTexto', 'abcdef012345')
 * // => '---\ntitle: Hola\nsourceHash: "abcdef012345"\n---\nTexto'
 */
export function withSourceHash(source: string, hash: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) throw new Error('the file must start with front matter between two "---" lines');
  const lines = match[1]!.split('\n').filter((line) => !/^sourceHash\s*:/.test(line));
  return `---\n${[...lines, `sourceHash: "${hash}"`].join('\n')}\n---${source.slice(match[0].length)}`;
}
