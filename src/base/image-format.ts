/** What kind of picture a file holds, from its first bytes: never from its name, which a broken or disguised upload gets wrong. */

/** The image format a file's first bytes announce, if any. */
export function sniffImage(head: Uint8Array): 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'svg' | undefined {
  const at = (i: number, ...bytes: number[]) => bytes.every((b, j) => head[i + j] === b);
  const ascii = (i: number, text: string) => at(i, ...[...text].map((c) => c.charCodeAt(0)));
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (ascii(0, 'GIF8')) return 'gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (ascii(4, 'ftyp') && (ascii(8, 'avif') || ascii(8, 'avis'))) return 'avif';
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('<svg') || text.startsWith('<?xml') || text.startsWith('<!--')) return 'svg';
  return undefined;
}
