import { EXIT } from "../errors.ts";
import type { Io, Result } from "./io.ts";

/** `kata verify [id...]`: the kata contract, checked. Loaded on demand: it pulls in vitest. */
export async function verifyCommand(io: Io, ids: readonly string[]): Promise<Result> {
  const { verify, renderVerdicts, hasReferences } = await import("../verify/verify.ts");
  const verdicts = await verify(io.root, ids);
  return {
    text: renderVerdicts(verdicts, io.ui, hasReferences(io.root)),
    exitCode: verdicts.every((v) => v.ok) ? EXIT.ok : EXIT.failing,
  };
}
