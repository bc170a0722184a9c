// Mistake: the follower sleeps after every poll, even one that read something. GNU tail polls
// again at once after reading and sleeps only when a poll found nothing, so the quiet polls it
// counts before reopening a rotated log come one second later here.
export * from "../tail.ts";

import {
  type Chunk,
  type FileSystem,
  type FollowOptions,
  follow as reference,
  tail,
} from "../tail.ts";

export async function* follow(
  fs: FileSystem,
  name: string,
  options: FollowOptions,
): AsyncGenerator<Chunk, void, undefined> {
  // The first tail comes before any poll; every other stdout chunk is what a poll read.
  const file = fs.open(name);
  let first = file !== undefined && tail(file.read(0), options.selection).length > 0;
  for await (const chunk of reference(fs, name, options)) {
    yield chunk;
    if ("stdout" in chunk && !first) await options.sleep(1);
    first = false;
  }
}
