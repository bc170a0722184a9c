import { expectTypeOf } from "vitest";
import {
  asButton,
  type CdDeck,
  type CdPlayer,
  type CdTrack,
  LibraryAdapter,
  NewPlayer,
  OldPlayer,
  PhoneLibrary,
  PlayerAdapter,
  playAll,
  type Song,
} from "#kata/adapter";

// The adapter fits wherever CD code expects a CdPlayer; the adaptee alone does not.
expectTypeOf(new PlayerAdapter(new NewPlayer())).toExtend<CdPlayer>();
playAll([new OldPlayer(), new PlayerAdapter(new NewPlayer())]);
// @ts-expect-error: a NewPlayer has playMusic(), not the playCd() that CD code calls.
playAll([new NewPlayer()]);

// Structural typing: any object with playMusic() can be adapted, no class needed.
new PlayerAdapter({ playMusic: () => "Playing music from radio" });
// @ts-expect-error: a CD player is not a music source; the adapter goes one way only.
new PlayerAdapter(new OldPlayer());

expectTypeOf(new LibraryAdapter(new PhoneLibrary([]))).toExtend<CdDeck>();
expectTypeOf(new LibraryAdapter(new PhoneLibrary([])).tracks()).items.toEqualTypeOf<CdTrack>();
// @ts-expect-error: the phone's songs are read-only, so an adapter cannot sort them in place.
new PhoneLibrary([]).songs().sort();
const soWhat: Song = { name: "So What", artist: "Miles Davis", durationMs: 562_000 };
// @ts-expect-error: a song's fields are read-only, so an adapter cannot convert units in place.
soWhat.durationMs = 562;
// @ts-expect-error: the phone stores milliseconds as a number, not an "m:ss" string.
new PhoneLibrary([{ name: "So What", artist: "Miles Davis", durationMs: "9:22" }]);

// A button is a plain callback; only something with playCd() can be pressed.
expectTypeOf(asButton(new OldPlayer())).toEqualTypeOf<() => string>();
// @ts-expect-error: a NewPlayer needs an adapter before it fits a CD button.
asButton(new NewPlayer());
