// The manifest's fixed words, apart from its schema: the CLI's start-up needs them (parsing
// `--lang`, grouping the list), and importing them must not load zod.

/** The tracks of the catalogue, in the order `kata list` shows them. */
export const TRACKS = ["patterns", "formatting", "ai-engineering"] as const;
export type Track = (typeof TRACKS)[number];

/** The languages of the CLI and the READMEs. */
export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
