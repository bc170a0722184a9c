declare module "virtual:transcripts" {
  /** Each kata's stored CPython transcript that still matches its original.py. */
  const transcripts: Readonly<
    Record<string, { readonly python: string; readonly lines: readonly string[] } | undefined>
  >;
  export default transcripts;
}
