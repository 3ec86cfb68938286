"""The only source of chance of a draw: SHA-256 in counter mode (no `random`, no floats).

Block k (k = 0, 1, 2 …) of a stream is

    SHA-256( "incubator-draw/1" 0x00 purpose 0x00 frozen_hash 0x00 seed 0x00 k )

with k written as 8 bytes, big-endian

and the stream is the concatenation of its blocks. Integers are read 8 bytes at a time, big-endian
(a 64-bit unsigned number); `below(n)` rejects the numbers at or above the largest multiple of n
under 2**64 and reads again, so every value in [0, n) has exactly the same chance. A shuffle is
Fisher–Yates from the last position down, with `below(i + 1)`. Anyone can re-implement this in
a few lines in any language, and the same frozen hash and seed give the same numbers everywhere.

The seed is normalised first (Unicode NFC, blanks trimmed and made single spaces), so that
"12 27  31" and "12 27 31" are one seed.
"""

from __future__ import annotations

import hashlib
from collections.abc import MutableSequence
from typing import TypeVar

from incubator_app.services.cooperation.draws.inputs import clean_text

DOMAIN = b"incubator-draw/1"
_SPACE = 2**64
T = TypeVar("T")


def normalise_seed(seed: str) -> str:
    return clean_text(seed)


class Stream:
    """A deterministic stream of integers for one purpose of one draw."""

    def __init__(self, frozen_hash: str, seed: str, purpose: str) -> None:
        self._prefix = b"\x00".join(
            (
                DOMAIN,
                purpose.encode("utf-8"),
                frozen_hash.encode("ascii"),
                normalise_seed(seed).encode("utf-8"),
                b"",
            )
        )
        self._counter = 0
        self._buffer = b""

    def _bytes(self, count: int) -> bytes:
        while len(self._buffer) < count:
            block = hashlib.sha256(self._prefix + self._counter.to_bytes(8, "big")).digest()
            self._buffer += block
            self._counter += 1
        out, self._buffer = self._buffer[:count], self._buffer[count:]
        return out

    def next64(self) -> int:
        return int.from_bytes(self._bytes(8), "big")

    def below(self, n: int) -> int:
        """A whole number in [0, n), uniformly (rejection sampling)."""
        if n <= 0:
            raise ValueError("n must be positive")
        if n > _SPACE:
            raise ValueError("n too large")
        limit = _SPACE - (_SPACE % n)
        while True:
            value = self.next64()
            if value < limit:
                return value % n

    def shuffle(self, items: MutableSequence[T]) -> None:
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]
