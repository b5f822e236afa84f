"""Draws assets/icon.png (512x512): a rounded speech bubble with a check mark.
Pure standard library so it runs on a fresh machine; run once, output is committed."""
import struct, zlib, math

S = 512
def inside_round_rect(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r); cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
def dist_seg(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)
rows = []
for y in range(S):
    row = bytearray([0])
    for x in range(S):
        bubble = inside_round_rect(x, y, 40, 40, 472, 392, 80) or (
            y >= 380 and y <= 470 and x >= 120 and x <= 230 and (x - 120) >= (y - 380) * 1.2 - 10 and x <= 230 - (y - 380) * 1.2 + 100 and x < 120 + (470 - y) * 1.2)
        tick = min(dist_seg(x, y, 150, 220, 225, 300), dist_seg(x, y, 225, 300, 370, 140)) < 34
        if bubble and tick: row += bytes([255, 255, 255, 255])
        elif bubble: row += bytes([21, 101, 192, 255])
        else: row += bytes([0, 0, 0, 0])
    rows.append(bytes(row))
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", S, S, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
open("assets/icon.png", "wb").write(png)
