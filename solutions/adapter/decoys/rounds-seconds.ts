// Mistake: rounding the milliseconds to the nearest second. Python's `ms // 1000` floors, so a
// 2:53.5 song shows 2:53 on the CD deck; Math.round shows 2:54, and 0.999 s shows 0:01.
import {
  asButton,
  type CdTrack,
  demo,
  type MusicLibrary,
  NewPlayer,
  OldPlayer,
  PhoneLibrary,
  PlayerAdapter,
  playAll,
} from "../adapter.ts";

export { asButton, demo, NewPlayer, OldPlayer, PhoneLibrary, PlayerAdapter, playAll };

export function trackLength(durationMs: number): string {
  const seconds = Math.round(durationMs / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export class LibraryAdapter {
  readonly #library: MusicLibrary;

  constructor(library: MusicLibrary) {
    this.#library = library;
  }

  tracks(): CdTrack[] {
    return this.#library.songs().map((song, index) => ({
      number: index + 1,
      title: `${song.artist} - ${song.name}`,
      length: trackLength(song.durationMs),
    }));
  }
}
