// Mistake: "upgrading" the phone's song records into tracks with Object.assign instead of building
// new objects. `readonly` is only a compile-time promise and Object.assign walks past it, so the
// adapter writes into the adaptee's data, and the tracks carry the songs' fields along.
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
  trackLength,
} from "../adapter.ts";

export { asButton, demo, NewPlayer, OldPlayer, PhoneLibrary, PlayerAdapter, playAll, trackLength };

export class LibraryAdapter {
  readonly #library: MusicLibrary;

  constructor(library: MusicLibrary) {
    this.#library = library;
  }

  tracks(): CdTrack[] {
    return this.#library.songs().map((song, index) =>
      Object.assign(song, {
        number: index + 1,
        title: `${song.artist} - ${song.name}`,
        length: trackLength(song.durationMs),
      }),
    );
  }
}
