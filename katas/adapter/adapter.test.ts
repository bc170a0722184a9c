import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  asButton,
  type CdPlayer,
  demo,
  LibraryAdapter,
  type MusicLibrary,
  NewPlayer,
  OldPlayer,
  PhoneLibrary,
  PlayerAdapter,
  playAll,
  type Song,
  trackLength,
} from "#kata/adapter";

/** A source whose answer changes on every call, to tell forwarding from caching. */
function countingSource(): { playMusic(): string } {
  let calls = 0;
  return {
    playMusic: () => {
      calls += 1;
      return `radio, song ${calls}`;
    },
  };
}

describe("player-adapter", () => {
  it("plays a CD on the old player", () => {
    expect(new OldPlayer().playCd()).toBe("Playing music from CD");
  });

  it("plays music on the new player", () => {
    expect(new NewPlayer().playMusic()).toBe("Playing music from phone");
  });

  it("lets CD code play the new player through the adapter", () => {
    expect(new PlayerAdapter(new NewPlayer()).playCd()).toBe("Playing music from phone");
  });

  it("plays every player the old client code is given, in order", () => {
    const players = [new OldPlayer(), new PlayerAdapter(new NewPlayer()), new OldPlayer()];
    expect(playAll(players)).toEqual([
      "Playing music from CD",
      "Playing music from phone",
      "Playing music from CD",
    ]);
    expect(playAll([])).toEqual([]);
  });

  it("adapts any music source, not only a NewPlayer", () => {
    const radio = { playMusic: () => "Playing music from radio" };
    expect(new PlayerAdapter(radio).playCd()).toBe("Playing music from radio");
  });

  it("asks the source on every call instead of remembering the first answer", () => {
    const adapter = new PlayerAdapter(countingSource());
    expect(adapter.playCd()).toBe("radio, song 1");
    expect(adapter.playCd()).toBe("radio, song 2");
  });

  it("law: the adapter's playCd() returns exactly what the source's playMusic() returns", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (texts) => {
        const adapters = texts.map((text) => new PlayerAdapter({ playMusic: () => text }));
        expect(
          adapters.map((adapter) => adapter.playCd()),
          "what each adapter's playCd() returns",
        ).toEqual(texts);
        expect(playAll(adapters), "what playAll() returns").toEqual(texts);
      }),
    );
  });

  it("law: the adaptee is never mutated", () => {
    fc.assert(
      fc.property(fc.string(), fc.nat({ max: 3 }), (text, calls) => {
        const playMusic = () => text;
        const source = { playMusic };
        const adapter = new PlayerAdapter(source);
        for (let i = 0; i < calls; i += 1) adapter.playCd();
        expect(Reflect.ownKeys(source), "own keys of the source").toEqual(["playMusic"]);
        expect(source.playMusic, "the source's playMusic").toBe(playMusic);
      }),
    );
  });
});

describe("library-adapter", () => {
  // A function, not a shared constant: a faulty adapter that writes into songs must not be able
  // to spoil the data of the next test.
  const album = (): Song[] => [
    { name: "Feeling Good", artist: "Nina Simone", durationMs: 173_500 },
    { name: "So What", artist: "Miles Davis", durationMs: 562_000 },
    { name: "Blue in Green", artist: "Miles Davis", durationMs: 337_999 },
  ];

  it("shows milliseconds as minutes and zero-padded seconds, floored", () => {
    expect(trackLength(0)).toBe("0:00");
    expect(trackLength(999)).toBe("0:00");
    expect(trackLength(1_000)).toBe("0:01");
    expect(trackLength(9_999)).toBe("0:09");
    expect(trackLength(10_000)).toBe("0:10");
    expect(trackLength(59_999)).toBe("0:59");
    expect(trackLength(60_000)).toBe("1:00");
    expect(trackLength(173_500)).toBe("2:53");
    expect(trackLength(179_999)).toBe("2:59");
    expect(trackLength(600_000)).toBe("10:00");
    expect(trackLength(4_859_000)).toBe("80:59");
  });

  it("lists the phone's songs as numbered CD tracks", () => {
    expect(new LibraryAdapter(new PhoneLibrary(album())).tracks()).toEqual([
      { number: 1, title: "Nina Simone - Feeling Good", length: "2:53" },
      { number: 2, title: "Miles Davis - So What", length: "9:22" },
      { number: 3, title: "Miles Davis - Blue in Green", length: "5:37" },
    ]);
  });

  it("lists nothing for an empty library", () => {
    expect(new LibraryAdapter(new PhoneLibrary([])).tracks()).toEqual([]);
  });

  it("leaves the phone's songs exactly as they were", () => {
    const songs = album();
    const library = new PhoneLibrary(songs);
    new LibraryAdapter(library).tracks();
    expect(library.songs()).toBe(songs);
    expect(songs).toStrictEqual(album());
  });

  it("reads the library on every call, so new songs show up", () => {
    const songs: Song[] = [{ name: "Naima", artist: "John Coltrane", durationMs: 261_000 }];
    const library: MusicLibrary = { songs: () => songs };
    const deck = new LibraryAdapter(library);
    expect(deck.tracks()).toEqual([{ number: 1, title: "John Coltrane - Naima", length: "4:21" }]);
    songs.push({ name: "Alabama", artist: "John Coltrane", durationMs: 305_001 });
    expect(deck.tracks()).toEqual([
      { number: 1, title: "John Coltrane - Naima", length: "4:21" },
      { number: 2, title: "John Coltrane - Alabama", length: "5:05" },
    ]);
  });

  const durationMs = fc.nat({ max: 10_000_000 });
  const song = fc.record({ name: fc.string(), artist: fc.string(), durationMs });

  /** Reads "m:ss" back and checks it names the whole seconds of `ms`, which are floored. */
  function expectWholeSecondsOf(length: string | undefined, ms: number, what: string): void {
    const match = /^(\d+):([0-5]\d)$/.exec(length ?? "");
    expect(match, `${what}, ${length}, is not m:ss`).not.toBeNull();
    const seconds = Number(match?.[1]) * 60 + Number(match?.[2]);
    expect(seconds * 1000, `${what} read back, in ms`).toBeLessThanOrEqual(ms);
    expect((seconds + 1) * 1000, `${what} read back plus a second, in ms`).toBeGreaterThan(ms);
  }

  it("law: trackLength reads back as the whole seconds of the duration", () => {
    fc.assert(
      fc.property(durationMs, (ms) => expectWholeSecondsOf(trackLength(ms), ms, "trackLength(ms)")),
    );
  });

  it("law: track i is song i under the mapping (number i + 1, 'artist - name', m:ss)", () => {
    fc.assert(
      fc.property(fc.array(song, { maxLength: 8 }), (songs) => {
        const tracks = new LibraryAdapter(new PhoneLibrary(songs)).tracks();
        expect(tracks, "number of tracks").toHaveLength(songs.length);
        songs.forEach((s, i) => {
          const track = tracks[i];
          expect(track, `track ${i + 1}`).toStrictEqual({
            number: i + 1,
            title: `${s.artist} - ${s.name}`,
            length: expect.any(String),
          });
          expectWholeSecondsOf(track?.length, s.durationMs, `length of track ${i + 1}`);
        });
      }),
    );
  });

  it("law: the adaptee is never mutated", () => {
    fc.assert(
      fc.property(fc.array(song, { maxLength: 8 }), (songs) => {
        // structuredClone also turns fast-check's null-prototype records into plain objects.
        const snapshot = structuredClone(songs);
        const library = new PhoneLibrary(songs);
        new LibraryAdapter(library).tracks();
        expect(library.songs(), "what library.songs() returns").toBe(songs);
        expect(structuredClone(songs), "the songs, after tracks()").toStrictEqual(snapshot);
      }),
    );
  });
});

describe("bound-button", () => {
  /** A player whose method reads its own private state through `this`. */
  class Jukebox implements CdPlayer {
    #plays = 0;
    constructor(readonly name: string) {}
    playCd(): string {
      this.#plays += 1;
      return `${this.name}: play ${this.#plays}`;
    }
    get plays(): number {
      return this.#plays;
    }
  }

  it("presses play on the adapter", () => {
    const press = asButton(new PlayerAdapter(new NewPlayer()));
    expect(press()).toBe("Playing music from phone");
  });

  it("keeps `this` for a player whose method uses it", () => {
    const jukebox = new Jukebox("diner");
    const press = asButton(jukebox);
    expect(press()).toBe("diner: play 1");
    expect(press()).toBe("diner: play 2");
    expect(jukebox.plays).toBe(2);
  });

  it("does not press play until the button is pressed", () => {
    const jukebox = new Jukebox("diner");
    asButton(jukebox);
    expect(jukebox.plays).toBe(0);
  });

  it("still works when the button is called as a plain callback", () => {
    const buttons = [asButton(new OldPlayer()), asButton(new Jukebox("bar"))];
    expect(buttons.map((press) => press())).toEqual(["Playing music from CD", "bar: play 1"]);
  });

  it("law: pressing a button n times is calling playCd() n times on its player", () => {
    fc.assert(
      fc.property(fc.string(), fc.nat({ max: 10 }), (name, presses) => {
        const pressed = new Jukebox(name);
        const called = new Jukebox(name);
        const press = asButton(pressed);
        const viaButton = Array.from({ length: presses }, () => press());
        const direct = Array.from({ length: presses }, () => called.playCd());
        expect(viaButton, "what the presses returned").toEqual(direct);
        expect(pressed.plays, "number of plays on the player").toBe(presses);
      }),
    );
  });
});

describe("transcript", () => {
  // CPython 3.14's output of katas/adapter/original.py, line by line.
  const transcript = [
    "Playing music from CD",
    "Playing music from phone",
    "Playing music from CD | Playing music from phone",
    "01. Nina Simone - Feeling Good (2:53)",
    "02. Miles Davis - So What (9:22)",
    "03. Miles Davis - Blue in Green (5:37)",
    "the phone still lists 3 songs; the first lasts 173500 ms",
    "[cd] Playing music from CD",
    "[phone] Playing music from phone",
  ];

  it("prints what original.py prints", () => {
    expect(demo()).toEqual(transcript);
  });

  it("prints the same lines when demo() runs a second time", () => {
    expect(demo(), "lines of demo() run again").toEqual(transcript);
    expect(demo(), "lines of demo() run once more").toEqual(transcript);
  });
});
