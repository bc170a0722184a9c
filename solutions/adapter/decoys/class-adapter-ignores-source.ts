// Mistake: a "class adapter" that inherits from NewPlayer instead of holding the source it is
// given. It works for the one phone in the demo and silently ignores any other music source.
import {
  asButton,
  demo,
  LibraryAdapter,
  type MusicSource,
  NewPlayer,
  OldPlayer,
  PhoneLibrary,
  playAll,
  trackLength,
} from "../adapter.ts";

export { asButton, demo, LibraryAdapter, NewPlayer, OldPlayer, PhoneLibrary, playAll, trackLength };

export class PlayerAdapter extends NewPlayer {
  constructor(_source: MusicSource) {
    super();
  }

  playCd(): string {
    return this.playMusic();
  }
}
