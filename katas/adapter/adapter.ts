// Adapter kata: port the players, the library adapter and the remote's buttons from original.py.
// Read README.md (or README.zh-CN.md) first, then run `npx kata test adapter`. Replace each
// `throw` below with your code.

/** The interface CD-player code was written against. */
export interface CdPlayer {
  playCd(): string;
}

/** The interface the phone offers instead. */
export interface MusicSource {
  playMusic(): string;
}

export class OldPlayer implements CdPlayer {
  playCd(): string {
    // TODO step 1 (player-adapter)
    throw new Error("TODO step 1 (player-adapter): implement OldPlayer.playCd");
  }
}

export class NewPlayer implements MusicSource {
  playMusic(): string {
    // TODO step 1 (player-adapter)
    throw new Error("TODO step 1 (player-adapter): implement NewPlayer.playMusic");
  }
}

export class PlayerAdapter implements CdPlayer {
  constructor(source: MusicSource) {
    // TODO step 1 (player-adapter): keep the source in a private field.
  }

  playCd(): string {
    // TODO step 1 (player-adapter)
    throw new Error("TODO step 1 (player-adapter): implement PlayerAdapter.playCd");
  }
}

export function playAll(players: readonly CdPlayer[]): string[] {
  // TODO step 1 (player-adapter)
  throw new Error("TODO step 1 (player-adapter): implement playAll");
}

/** A song as the phone stores it. */
export interface Song {
  readonly name: string;
  readonly artist: string;
  /** A whole, non-negative number of milliseconds. */
  readonly durationMs: number;
}

/** What the phone's library offers. */
export interface MusicLibrary {
  songs(): readonly Song[];
}

/** The phone's library, the adaptee of step 2. It is given complete: do not change it. */
export class PhoneLibrary implements MusicLibrary {
  readonly #songs: readonly Song[];

  constructor(songs: readonly Song[]) {
    this.#songs = songs;
  }

  songs(): readonly Song[] {
    return this.#songs;
  }
}

/** A track as the CD deck shows it. */
export interface CdTrack {
  readonly number: number;
  readonly title: string;
  readonly length: string;
}

/** The interface the CD deck's display was written against. */
export interface CdDeck {
  tracks(): readonly CdTrack[];
}

export function trackLength(durationMs: number): string {
  // TODO step 2 (library-adapter)
  throw new Error("TODO step 2 (library-adapter): implement trackLength");
}

export class LibraryAdapter implements CdDeck {
  constructor(library: MusicLibrary) {
    // TODO step 2 (library-adapter): keep the library in a private field.
  }

  tracks(): CdTrack[] {
    // TODO step 2 (library-adapter)
    throw new Error("TODO step 2 (library-adapter): implement LibraryAdapter.tracks");
  }
}

export function asButton(player: CdPlayer): () => string {
  // TODO step 3 (bound-button)
  throw new Error("TODO step 3 (bound-button): implement asButton");
}

export function demo(): string[] {
  // TODO step 4 (transcript)
  throw new Error("TODO step 4 (transcript): implement demo");
}
