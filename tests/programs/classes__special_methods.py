# Special methods let objects work with operators and built-ins: ==, <
# (so sorted works), len, in, iteration, indexing and +.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)


class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __contains__(self, song):
        return song in self.songs

    def __iter__(self):
        return iter(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __add__(self, other):
        return Playlist(self.songs + other.songs)


print(Version(1, 2) == Version(1, 2), Version(1, 2) < Version(1, 10), Version(2, 0) != Version(2, 0))
print(sorted([Version(2, 0), Version(1, 5), Version(1, 10)]), max([Version(0, 1), Version(0, 9)]))
p = Playlist(["intro", "theme"]) + Playlist(["outro"])
print(len(p), "theme" in p, "missing" in p, p[0], p[-1])
for song in p:
    print("playing", song)
print(list(p), bool(Playlist([])))
