"""A synthetic awsJson 1.0 model with any number of operations, for the generator benchmark.

Every operation ``Op00042`` has its own input and output structures with a few members
each (a required string, an integer, a timestamp, an enum, a list of a shared structure, a
map), documentation, and one shared error, so the generated package grows by the same
amount per operation: how the generator's time and memory grow with the model's size shows
directly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

METADATA = {
    "apiVersion": "2020-01-01",
    "endpointPrefix": "synthetic",
    "jsonVersion": "1.0",
    "protocol": "json",
    "serviceFullName": "Synthetic Benchmark Service",
    "serviceId": "Synthetic",
    "signatureVersion": "v4",
    "signingName": "synthetic",
    "targetPrefix": "Synthetic",
    "uid": "synthetic-2020-01-01",
}
SHARED_SHAPES: dict[str, Any] = {
    "Text": {"type": "string", "max": 256},
    "Count": {"type": "integer", "box": True},
    "When": {"type": "timestamp"},
    "Status": {"type": "string", "enum": ["Active", "Inactive", "Pending"]},
    "Item": {
        "type": "structure",
        "required": ["Key"],
        "members": {
            "Key": {"shape": "Text", "documentation": "<p>The item's key.</p>"},
            "Size": {"shape": "Count", "documentation": "<p>Its size in bytes.</p>"},
        },
        "documentation": "<p>One item.</p>",
    },
    "ItemList": {"type": "list", "member": {"shape": "Item"}},
    "TagMap": {"type": "map", "key": {"shape": "Text"}, "value": {"shape": "Text"}},
    "ValidationException": {
        "type": "structure",
        "members": {"Message": {"shape": "Text"}},
        "error": {"httpStatusCode": 400, "senderFault": True},
        "exception": True,
        "documentation": "<p>The input is not valid.</p>",
    },
}


def _operation_shapes(name: str) -> dict[str, Any]:
    """The input and output structures of operation ``name``."""
    return {
        f"{name}Request": {
            "type": "structure",
            "required": ["Id"],
            "members": {
                "Id": {"shape": "Text", "documentation": f"<p>What {name} acts on.</p>"},
                "Limit": {"shape": "Count", "documentation": "<p>At most this many.</p>"},
                "Since": {"shape": "When", "documentation": "<p>Changed after this.</p>"},
                "Tags": {"shape": "TagMap", "documentation": "<p>Tags to match.</p>"},
            },
        },
        f"{name}Response": {
            "type": "structure",
            "members": {
                "Id": {"shape": "Text", "documentation": "<p>The identifier.</p>"},
                "Status": {"shape": "Status", "documentation": "<p>Its status.</p>"},
                "Items": {"shape": "ItemList", "documentation": "<p>Its items.</p>"},
                "Updated": {"shape": "When", "documentation": "<p>Last change.</p>"},
            },
        },
    }


def build_model(operations: int) -> dict[str, Any]:
    """The service-2.json document of a model with ``operations`` operations."""
    names = [f"Op{index:05d}" for index in range(operations)]
    shapes = dict(SHARED_SHAPES)
    for name in names:
        shapes.update(_operation_shapes(name))
    return {
        "version": "2.0",
        "metadata": METADATA,
        "documentation": "<p>A synthetic service for benchmarking the generator.</p>",
        "operations": {
            name: {
                "name": name,
                "http": {"method": "POST", "requestUri": "/"},
                "input": {"shape": f"{name}Request"},
                "output": {"shape": f"{name}Response"},
                "errors": [{"shape": "ValidationException"}],
                "documentation": f"<p>Runs {name} on one resource.</p>",
            }
            for name in names
        },
        "shapes": shapes,
    }


def write_model(folder: Path, operations: int) -> Path:
    """Write the model of :func:`build_model` as ``folder/service-2.json``; return ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "service-2.json").write_text(json.dumps(build_model(operations), indent=1))
    return folder
