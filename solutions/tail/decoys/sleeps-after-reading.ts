// Mistake: the follower sleeps after every poll, even one that read something. GNU tail polls
// again at once after reading and sleeps only when a poll found nothing, so the quiet polls it
// counts before reopening a rotated log come one second later here.
export * from "../tail.ts";

import { type Chunk, type FileSystem, type FollowOptions, tail } from "../tail.ts";

export async function* follow(
  fs: FileSystem,
  name: string,
  { sleep, selection, maxUnchangedStats = 5 }: FollowOptions,
): AsyncGenerator<Chunk, void, undefined> {
  let file = fs.open(name);
  if (file === undefined) {
    yield { stderr: `tail: cannot open '${name}' for reading: No such file or directory` };
    yield { stderr: "tail: no files remaining" };
    return;
  }
  const first = tail(file.read(0), selection);
  if (first.length > 0) yield { stdout: first };
  let position = file.size();
  let unchanged = 0;
  while (true) {
    const size = file.size();
    if (size === position) {
      if (unchanged < maxUnchangedStats) unchanged += 1;
      else {
        unchanged = 0;
        const now = fs.open(name);
        if (now === undefined) {
          yield { stderr: `tail: ${name}: No such file or directory` };
          yield { stderr: "tail: no files remaining" };
          return;
        }
        if (now.inode !== file.inode) {
          yield { stderr: `tail: '${name}' has been replaced;  following new file` };
          file = now;
          position = 0;
        }
      }
    } else {
      unchanged = 0;
      if (size < position) {
        yield { stderr: `tail: ${name}: file truncated` };
        position = 0;
      }
      const chunk = file.read(position);
      position += chunk.length;
      if (chunk.length > 0) yield { stdout: chunk };
    }
    await sleep(1);
  }
}
