/**
 * What `extract --format` writes: annotated articles that `ingest` reads as they are (the default),
 * or the gold format that the scoring tool reads. A module of its own so the CLI can parse the
 * option without loading the extractor.
 */
export const OUTPUT_FORMATS = ["annotated", "gold"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
