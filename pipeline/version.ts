/**
 * Versions. Bump EXTRACTOR_VERSION whenever extraction or linking changes what is stored for
 * the same text: `solieu ingest --reextract` and `solieu reextract` redo articles whose
 * figures came from another version.
 */
export const SOLIEU_VERSION = '0.1.0';
export const EXTRACTOR_VERSION = '2026.11.22-25';
