"""Adapter: play a phone's music through code written for an old CD player."""


class OldPlayer:
    def play_cd(self):
        return "Playing music from CD"


class NewPlayer:
    def play_music(self):
        return "Playing music from phone"


class PlayerAdapter:
    """Gives anything with play_music() the play_cd() that CD-player code calls.

    The seed article calls this class Adapter.
    """

    def __init__(self, new_player):
        self.new_player = new_player

    def play_cd(self):
        return self.new_player.play_music()


def play_all(players):
    """Old client code: it knows play_cd() and nothing else."""
    return [player.play_cd() for player in players]


# A real adapter changes more than a method name. The phone lists songs as dicts with the
# length in milliseconds; the CD deck's display wants numbered tracks with an "m:ss" length.
class PhoneLibrary:
    def __init__(self, songs):
        self._songs = songs

    def songs(self):
        return self._songs


def track_length(duration_ms):
    # A CD display counts whole seconds, so the milliseconds are floored, never rounded up.
    minutes, seconds = divmod(duration_ms // 1000, 60)
    return f"{minutes}:{seconds:02d}"


class LibraryAdapter:
    def __init__(self, library):
        self.library = library

    def tracks(self):
        # New dicts: the phone's own song records are left exactly as they were.
        return [
            {
                "number": number,
                "title": f"{song['artist']} - {song['name']}",
                "length": track_length(song["duration_ms"]),
            }
            for number, song in enumerate(self.library.songs(), start=1)
        ]


old_player = OldPlayer()
print(old_player.play_cd())
adapter = PlayerAdapter(NewPlayer())
print(adapter.play_cd())
print(" | ".join(play_all([old_player, adapter])))

library = PhoneLibrary(
    [
        {"name": "Feeling Good", "artist": "Nina Simone", "duration_ms": 173_500},
        {"name": "So What", "artist": "Miles Davis", "duration_ms": 562_000},
        {"name": "Blue in Green", "artist": "Miles Davis", "duration_ms": 337_999},
    ]
)
for track in LibraryAdapter(library).tracks():
    print(f"{track['number']:02d}. {track['title']} ({track['length']})")
songs = library.songs()
print(f"the phone still lists {len(songs)} songs; the first lasts {songs[0]['duration_ms']} ms")

# A bound method remembers its object, so the remote's buttons can hold adapter.play_cd itself.
buttons = {"cd": old_player.play_cd, "phone": adapter.play_cd}
for name, press in buttons.items():
    print(f"[{name}] {press()}")
