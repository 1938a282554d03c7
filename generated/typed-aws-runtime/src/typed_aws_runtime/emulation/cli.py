"""The emulator's console command: serve a service's emulator on a local port until stopped."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from .core import Emulator
from .server import EmulatorServer
from .state import StateFileError


def run(emulator_class: type[Emulator], program: str) -> None:
    """The console command: :func:`main` with the process's arguments, then exit."""
    sys.exit(main(emulator_class, program))


def main(emulator_class: type[Emulator], program: str, argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (the process's arguments when None); the exit status."""
    presets = emulator_class.QUOTA_PRESETS
    parser = _parser(emulator_class, program, presets)
    options = parser.parse_args(argv)
    keys: dict[str, str] = {}
    for pair in options.access_key:
        key, separator, secret = pair.partition(":")
        if not separator or not key or not secret:
            # The value is not echoed: a mistyped separator would put the secret in the message.
            parser.error("--access-key takes KEY_ID:SECRET (a key id, a colon, the secret)")
        keys[key] = secret
    try:
        emulator = emulator_class(
            account_id=options.account_id,
            region=options.region,
            access_keys=keys or None,
            quotas=options.quotas,
            state=options.state,
        )
        server = EmulatorServer(emulator, options.host, options.port)
    except (StateFileError, OSError) as error:
        print(f"{program}: {error}", file=sys.stderr)
        return 2
    for path in options.events_jsonl:
        emulator.events.write_jsonl(path)
    for url in options.webhook:
        emulator.events.post_to(url)
    # SIGTERM stops the server as Ctrl-C does, so --save runs under process managers too.
    # SIGINT is set as well: a shell starts a background job (`emulator &` in a script)
    # with SIGINT ignored, and `kill -INT` must still stop it.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _interrupt)
    try:
        # Inside the try: a signal sent as soon as this line is read still stops cleanly.
        print(f"{program}: serving on {server.endpoint_url} (Ctrl-C stops)", flush=True)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    if options.save:
        emulator.save(options.save)
        print(f"{program}: state saved to {options.save}", flush=True)
    return 0


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _parser(
    emulator_class: type[Emulator], program: str, presets: Mapping[str, Any]
) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=program,
        description=f"A local, stateful {emulator_class.SERVICE['service_id']} for tests: "
        "point a client's endpoint_url at it.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--port",
        type=int,
        default=4566,
        help="port to listen on; 0: any free one (default: %(default)s)",
    )
    parser.add_argument(
        "--account-id",
        default="123456789012",
        help="the account the emulator is (default: %(default)s)",
    )
    parser.add_argument(
        "--region",
        default="us-east-1",
        help="the region of its ARNs and events (default: %(default)s)",
    )
    parser.add_argument(
        "--state", metavar="FILE", help="start from the state saved in FILE instead of the seed"
    )
    parser.add_argument("--save", metavar="FILE", help="save the state to FILE when stopped")
    parser.add_argument(
        "--events-jsonl",
        metavar="FILE",
        action="append",
        default=[],
        help="append every event to FILE, one JSON per line",
    )
    parser.add_argument(
        "--webhook",
        metavar="URL",
        action="append",
        default=[],
        help="POST every event as JSON to URL",
    )
    parser.add_argument(
        "--quotas",
        choices=sorted(presets),
        help="throttle calls over this preset's published rates",
    )
    parser.add_argument(
        "--access-key",
        metavar="KEY_ID:SECRET",
        action="append",
        default=[],
        help="check SigV4 signatures; only these keys are accepted",
    )
    return parser
