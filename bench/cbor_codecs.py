"""The RPC v2 CBOR codecs against the awsJson ones, on a GetOpportunity-sized output.

``python bench/cbor_codecs.py`` generates the pinned Partner Central Selling model twice
into a temporary folder: as it is (awsJson 1.0) and forced to RPC v2 CBOR (its model
copied with ``smithy-rpc-v2-cbor`` as its only protocol, :func:`cbor_only_model`, which
``bench/run.py``'s CBOR row shares with botocore). A fully populated
GetOpportunityResponse (``bench/payloads.py``) is then, for each protocol, timed
per call (CPU time, best of 9 rounds of 3000, microseconds):

- ``decode``: the protocol's ``parse_response`` of the whole body (bytes to the typed
  output: the body parser plus the generated codecs);
- ``encode``: ``write_response`` of the typed output (the codecs plus the body writer,
  the server side's half, which is what a request's serialization does too).

awsJson is measured with the standard library's json and with orjson (which a
process switches to after 256 KiB of JSON, ``runtime/protocols/jsoncodec.py``).
"""

from __future__ import annotations

import importlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import payloads  # noqa: E402
from generator.emit.package import write_package  # noqa: E402
from generator.loaders import load_model  # noqa: E402
from tests.packages import import_fresh  # noqa: E402

MODEL = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
CUSTOMIZATIONS = MODEL.parent / "customizations"
CBOR = "smithy-rpc-v2-cbor"
ROUNDS, NUMBER = 9, 3000


def cbor_only_model(data_dir: Path) -> Path:
    """The pinned model copied to ``data_dir/<service>/<version>``, RPC v2 CBOR its only protocol.

    The layout is botocore's data folder's: a botocore session whose loader searches
    ``data_dir`` first reads this model (its paginators and endpoint rule set too).
    """
    model = data_dir / MODEL.parent.name / MODEL.name
    shutil.copytree(MODEL, model)
    raw = json.loads((model / "service-2.json").read_text())
    raw["metadata"]["protocols"] = [CBOR]
    raw["metadata"]["protocol"] = CBOR
    (model / "service-2.json").write_text(json.dumps(raw))
    return model


def generate(model: Path, out: Path, protocol: str | None) -> tuple[Any, Any]:
    """The selling package of ``model`` for ``protocol`` (None: the model's own), imported
    (any same-named package forgotten first), and its protocol.

    The pinned model's customizations apply wherever the model folder is.
    """
    service = load_model(model, protocol=protocol, customizations=CUSTOMIZATIONS)
    folder = write_package(service, out, "0.0.0")
    package = import_fresh(folder / "src", service.package_name)
    operations = importlib.import_module(f"{package.__name__}._operations")
    return package, operations._SERVICE.protocol


def _best(call: Any) -> float:
    """CPU microseconds per call (this process's CPU time: steady on a busy machine), best round."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.process_time()
        for _ in range(NUMBER):
            call()
        best = min(best, time.process_time() - start)
    return best / NUMBER * 1e6


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        json_package, json_protocol = generate(MODEL, root / "json", None)
        # A second package of the same import name: load the CBOR one after the JSON one is used.
        body = payloads.get_opportunity_body(payloads.load_shapes())
        figures: dict[str, tuple[float, float, int]] = {}
        codec = importlib.import_module("typed_aws_runtime.protocols.jsoncodec")
        codec.FAST_AFTER = 0
        figures["awsJson (orjson)"] = _measure(json_package, json_protocol, body, None)
        fast = codec.ORJSON.loads, codec.ORJSON.dumps
        codec.ORJSON.loads = codec.ORJSON.dumps = None  # the package without its fast extra
        figures["awsJson (stdlib json)"] = _measure(json_package, json_protocol, body, None)
        codec.ORJSON.loads, codec.ORJSON.dumps = fast
        cbor_model = cbor_only_model(root / "model")
        cbor_package, cbor_protocol = generate(cbor_model, root / CBOR, CBOR)
        figures["RPC v2 CBOR (cbor2)"] = _measure(cbor_package, cbor_protocol, body, json_protocol)
    print(f"GetOpportunityResponse, fully populated; CPU microseconds per call (best of {ROUNDS})")
    print(f"{'protocol':<24}{'decode':>10}{'encode':>10}{'body bytes':>12}")
    for name, (decode, encode, size) in figures.items():
        print(f"{name:<24}{decode:>10.1f}{encode:>10.1f}{size:>12}")
    return 0


def _measure(
    package: Any, protocol: Any, json_body: bytes, json_protocol: Any
) -> tuple[float, float, int]:
    """(decode µs, encode µs, body size) of GetOpportunity's output in ``protocol``."""
    operation = importlib.import_module(f"{package.__name__}._operations").GET_OPPORTUNITY
    transport = importlib.import_module("typed_aws_runtime.transports.http")
    if json_protocol is None:
        body = json_body
    else:
        # The same output, written by the CBOR protocol's server side.
        output = json_protocol.parse_response(
            operation, transport.HttpResponse(200, {}, json_body)
        )
        body = protocol.write_response(operation, _rebuild(package, output), "id").body
    response = transport.HttpResponse(200, {}, body)
    output = protocol.parse_response(operation, response)
    decode = _best(lambda: protocol.parse_response(operation, response))
    encode = _best(lambda: protocol.write_response(operation, output, "id"))
    return decode, encode, len(body)


def _rebuild(package: Any, output: Any) -> Any:
    """``output`` (of the JSON package's class) as the CBOR package's class."""
    shapes = importlib.import_module(f"{package.__name__}.shapes")
    return shapes.GetOpportunityResponse.from_dict(output.to_dict())


if __name__ == "__main__":
    sys.exit(main())
