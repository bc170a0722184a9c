import { loadCatalog } from "../kata/catalog.ts";
import { listJson, renderList } from "../render/list.ts";
import { type Io, loadProgress, ok, type Result } from "./io.ts";

/** `kata list`: every kata with the learner's status, as a table or as JSON. */
export async function listCommand(io: Io, json: boolean): Promise<Result> {
  const katas = await loadCatalog(io.root);
  const progress = await loadProgress(io);
  return ok(
    json ? JSON.stringify(listJson(katas, progress), null, 2) : renderList(katas, progress, io.ui),
  );
}
