"""runtime.model.ids: the random ids the client sends are version 4 UUIDs as text."""

from __future__ import annotations

import uuid

from runtime.model.ids import random_uuid


def test_random_uuid_is_a_version_4_uuid_in_canonical_text() -> None:
    values = [random_uuid() for _ in range(200)]
    for value in values:
        parsed = uuid.UUID(value)
        assert str(parsed) == value  # lower-case hex, 8-4-4-4-12
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
    assert len(set(values)) == len(values)
