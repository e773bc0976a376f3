#!/usr/bin/env python3
"""Writes the Teams app icons: color.png (192x192, white glyph on the accent colour) and
outline.png (32x32, white glyph on transparent). Standard library only: zlib + PNG chunks."""
import os
import struct
import zlib

ACCENT = (0x1F, 0x4E, 0x79)
WHITE = (255, 255, 255)


def glyph(x, y):
    """A page with text lines and a magnifying glass, on a unit square (x, y in 0..1)."""
    page = 0.22 <= x <= 0.66 and 0.14 <= y <= 0.80
    page_inner = 0.27 <= x <= 0.61 and 0.19 <= y <= 0.75
    line = page_inner and 0.31 <= x <= 0.55 and any(abs(y - c) <= 0.022 for c in (0.29, 0.39, 0.49))
    cx, cy, r = 0.64, 0.66, 0.14
    d = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5
    ring = r - 0.045 <= d <= r
    lens = d < r - 0.045
    handle = 0.72 <= x <= 0.88 and 0.74 <= y <= 0.90 and abs((x - 0.72) - (y - 0.74)) <= 0.04
    if ring or handle:
        return True
    if lens:
        return False
    return (page and not page_inner) or line


def png(width, height, pixel):
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")


def color_pixel(x, y):
    size = 192
    u, v = (x + 0.5) / size, (y + 0.5) / size
    return (*WHITE, 255) if glyph(u, v) else (*ACCENT, 255)


def outline_pixel(x, y):
    size = 32
    u, v = (x + 0.5) / size, (y + 0.5) / size
    return (*WHITE, 255) if glyph(u, v) else (0, 0, 0, 0)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.dirname(here)
    with open(os.path.join(target, "color.png"), "wb") as f:
        f.write(png(192, 192, color_pixel))
    with open(os.path.join(target, "outline.png"), "wb") as f:
        f.write(png(32, 32, outline_pixel))


if __name__ == "__main__":
    main()
