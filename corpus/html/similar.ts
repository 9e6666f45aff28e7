/**
 * Comparing short texts a page writes twice (headline in `<h1>` and in `og:title`, lead in
 * `<p class="sapo">` and in the meta description): accents, tone placement (`Hoá`/`Hóa`),
 * case, quotes and spaces do not count.
 */

/** Lower case, no diacritics, đ -> d, quotes dropped, spaces collapsed. */
export function foldForCompare(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/["'“”‘’«»]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
