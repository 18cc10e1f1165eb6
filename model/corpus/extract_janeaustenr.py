#!/usr/bin/env python3
"""Recreate persuasion.txt from Debian's r-cran-janeaustenr package.

    apt-get download r-cran-janeaustenr
    dpkg-deb -x r-cran-janeaustenr_1.0.0-1_all.deb pkg
    python3 extract_janeaustenr.py pkg/usr/lib/R/site-library/janeaustenr/data/Rdata > persuasion.txt

R keeps a package's data sets in a lazy-load database: Rdata.rdx (a gzipped R
serialization of the index) and Rdata.rdb (the objects, each a 4-byte length
followed by zlib data holding one R serialization). This reads just enough of
R's XDR serialization format (versions 2 and 3) for that index and for
character vectors, and prints the lines of the object named "persuasion".
"""
import gzip
import struct
import sys
import zlib


class Vector(list):
    """An R vector with its attributes (a dict, names under "names")."""

    attrs = {}


class Reader:
    def __init__(self, data):
        self.b, self.i = data, 0
        self.refs = []  # symbols seen, which REFSXP items point back to
        if self.take(2) != b"X\n":
            raise ValueError("not an XDR R serialization")
        version = self.int()
        self.int(), self.int()  # writer and minimum reader R versions
        if version == 3:
            self.take(self.int())  # native encoding name

    def take(self, n):
        v = self.b[self.i:self.i + n]
        self.i += n
        return v

    def int(self):
        return struct.unpack(">i", self.take(4))[0]

    def item(self):
        flags = self.int()
        typ, has_attr, has_tag = flags & 0xFF, flags & (1 << 9), flags & (1 << 10)
        if typ == 254:  # NILVALUE_SXP
            return None
        if typ == 9:  # CHARSXP
            n = self.int()
            return None if n == -1 else self.take(n).decode("utf-8")
        if typ == 1:  # SYMSXP
            self.refs.append(self.item())
            return self.refs[-1]
        if typ == 255:  # REFSXP: an earlier symbol, 1-based
            return self.refs[(flags >> 8 or self.int()) - 1]
        if typ == 2:  # LISTSXP: a pairlist, returned as a dict tag -> value
            out = {}
            while True:
                if has_attr:
                    self.item()
                tag = self.item() if has_tag else None
                out[tag] = self.item()
                flags = self.int()
                typ, has_attr, has_tag = flags & 0xFF, flags & (1 << 9), flags & (1 << 10)
                if typ == 254:
                    return out
        if typ in (10, 13):  # LGLSXP, INTSXP
            value = Vector(struct.unpack(">%di" % (n := self.int()), self.take(4 * n)))
        elif typ == 14:  # REALSXP
            value = Vector(struct.unpack(">%dd" % (n := self.int()), self.take(8 * n)))
        elif typ in (16, 19):  # STRSXP, VECSXP
            value = Vector(self.item() for _ in range(self.int()))
        else:
            raise ValueError("unsupported R type %d" % typ)
        if has_attr:
            value.attrs = self.item()
        return value


def main(base):
    index = Reader(gzip.open(base + ".rdx").read()).item()
    variables = dict(zip(index.attrs["names"], index))["variables"]
    offset, length = dict(zip(variables.attrs["names"], variables))["persuasion"]
    with open(base + ".rdb", "rb") as f:
        f.seek(offset)
        entry = f.read(length)
    lines = Reader(zlib.decompress(entry[4:])).item()
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
