declare module "virtual:transcripts" {
  /** Each kata's stored CPython transcript that still matches its original.py. */
  const transcripts: Readonly<
    Record<string, { readonly python: string; readonly lines: readonly string[] } | undefined>
  >;
  export default transcripts;
}

declare module "virtual:references" {
  /** The reference files of the katas others build on, by path: "solutions/format-text/format-text.ts". */
  const references: Readonly<Record<string, () => Promise<string>>>;
  export default references;
}
