/** The interface CD-player code was written against: `player.playCd() // "Playing music from CD"`. */
export interface CdPlayer {
  playCd(): string;
}

/** The interface the phone offers instead: `phone.playMusic() // "Playing music from phone"`. */
export interface MusicSource {
  playMusic(): string;
}

/** The player the old code knows: `new OldPlayer().playCd() // "Playing music from CD"`. */
export class OldPlayer implements CdPlayer {
  playCd(): string {
    return "Playing music from CD";
  }
}

/** The adaptee, a phone: `new NewPlayer().playMusic() // "Playing music from phone"`. */
export class NewPlayer implements MusicSource {
  playMusic(): string {
    return "Playing music from phone";
  }
}

/**
 * Gives any music source the `playCd()` that CD code calls:
 * `new PlayerAdapter(new NewPlayer()).playCd() // "Playing music from phone"`.
 * It holds the source and forwards each call (composition), and it asks for the `MusicSource`
 * shape rather than the `NewPlayer` class, so anything with `playMusic()` fits.
 */
export class PlayerAdapter implements CdPlayer {
  readonly #source: MusicSource;

  constructor(source: MusicSource) {
    this.#source = source;
  }

  playCd(): string {
    return this.#source.playMusic();
  }
}

/** Old client code that knows only `playCd()`: `playAll([new OldPlayer()]) // ["Playing music from CD"]`. */
export function playAll(players: readonly CdPlayer[]): string[] {
  return players.map((player) => player.playCd());
}

/** A song as the phone stores it: `{ name: "So What", artist: "Miles Davis", durationMs: 562_000 }`. */
export interface Song {
  readonly name: string;
  readonly artist: string;
  /** A whole, non-negative number of milliseconds. */
  readonly durationMs: number;
}

/** What the phone's library offers: `library.songs()`. */
export interface MusicLibrary {
  songs(): readonly Song[];
}

/** The phone's library, the adaptee of step 2: `new PhoneLibrary([song]).songs() // [song]`. */
export class PhoneLibrary implements MusicLibrary {
  readonly #songs: readonly Song[];

  constructor(songs: readonly Song[]) {
    this.#songs = songs;
  }

  songs(): readonly Song[] {
    return this.#songs;
  }
}

/** A track as the CD deck shows it: `{ number: 2, title: "Miles Davis - So What", length: "9:22" }`. */
export interface CdTrack {
  readonly number: number;
  readonly title: string;
  readonly length: string;
}

/** The interface the CD deck's display was written against: `deck.tracks()`. */
export interface CdDeck {
  tracks(): readonly CdTrack[];
}

/**
 * Milliseconds as a CD display shows them, whole seconds floored: `trackLength(173_500) // "2:53"`.
 * Python's `divmod(ms // 1000, 60)` floors; `Math.round` would show 2:54 for 2:53.5.
 */
export function trackLength(durationMs: number): string {
  const seconds = Math.floor(durationMs / 1000);
  // Python's `{seconds:02d}` pads with zeros; JavaScript spells it padStart.
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * Shows a phone's library as a CD track list, changing shape and unit on the way:
 * `new LibraryAdapter(library).tracks()[0] // { number: 1, title: "Nina Simone - Feeling Good", length: "2:53" }`.
 */
export class LibraryAdapter implements CdDeck {
  readonly #library: MusicLibrary;

  constructor(library: MusicLibrary) {
    this.#library = library;
  }

  tracks(): CdTrack[] {
    // New objects: the adapter translates the songs and never writes to the phone's records.
    return this.#library.songs().map((song, index) => ({
      number: index + 1,
      title: `${song.artist} - ${song.name}`,
      length: trackLength(song.durationMs),
    }));
  }
}

/**
 * A plain callback that presses play on a player: `asButton(adapter)() // "Playing music from phone"`.
 * Python's `adapter.play_cd` is a bound method that remembers `adapter`. A JavaScript method read
 * off its object forgets it and runs with `this === undefined`, so the arrow keeps the player.
 */
export function asButton(player: CdPlayer): () => string {
  return () => player.playCd();
}

/** The lines `original.py` prints, in order: `demo()[0] // "Playing music from CD"`. */
export function demo(): string[] {
  const oldPlayer = new OldPlayer();
  const adapter = new PlayerAdapter(new NewPlayer());
  const library = new PhoneLibrary([
    { name: "Feeling Good", artist: "Nina Simone", durationMs: 173_500 },
    { name: "So What", artist: "Miles Davis", durationMs: 562_000 },
    { name: "Blue in Green", artist: "Miles Davis", durationMs: 337_999 },
  ]);
  const trackLines = new LibraryAdapter(library)
    .tracks()
    .map(({ number, title, length }) => `${String(number).padStart(2, "0")}. ${title} (${length})`);
  const songs = library.songs();
  const buttons = { cd: asButton(oldPlayer), phone: asButton(adapter) };
  return [
    oldPlayer.playCd(),
    adapter.playCd(),
    playAll([oldPlayer, adapter]).join(" | "),
    ...trackLines,
    `the phone still lists ${songs.length} songs; the first lasts ${songs[0]?.durationMs} ms`,
    ...Object.entries(buttons).map(([name, press]) => `[${name}] ${press()}`),
  ];
}
