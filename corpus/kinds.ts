/**
 * Which reader takes a file, by its name alone. Kept apart from the readers so that choosing one
 * loads none: the HTML and WARC readers (cheerio, warcio) are loaded the first time a page or an
 * archive is met, not by every run.
 */

// `page.html`, `page.htm`, `page.xhtml`, `page.html.gz`, `page.shtml`
export const HTML_FILE = /\.(html?|xhtml|shtml)(\.gz)?$/i;

export function isHtmlFile(file: string): boolean {
  return HTML_FILE.test(file);
}

// `crawl.warc`, `CC-MAIN-...-00000.warc.gz`
export function isWarc(file: string): boolean {
  return /\.warc(\.gz)?$/i.test(file);
}
