// Mistake: handing out the method itself, as Python's `adapter.play_cd` would. A JavaScript
// method read off its object forgets the object: called as a callback, `this` is undefined and
// the first field it reads throws a TypeError.
import {
  type CdPlayer,
  demo,
  LibraryAdapter,
  NewPlayer,
  OldPlayer,
  PhoneLibrary,
  PlayerAdapter,
  playAll,
  trackLength,
} from "../adapter.ts";

export {
  demo,
  LibraryAdapter,
  NewPlayer,
  OldPlayer,
  PhoneLibrary,
  PlayerAdapter,
  playAll,
  trackLength,
};

export function asButton(player: CdPlayer): () => string {
  return player.playCd;
}
