"""A local, stateful Partner Central Selling API for tests: no AWS account needed.

`Emulator` answers the service's API over real HTTP on 127.0.0.1, with state: what
your code creates can be read, listed, updated and paged back, and every change
sends the EventBridge event the service would. Point this package's client, boto3
or the AWS CLI at it with `endpoint_url`. Requests are checked as the service
checks them: the operation (`UnknownOperationException`), the model's constraints
(`ValidationException` naming the member), optionally SigV4 (`access_keys=`) and
the published quotas (`quotas=`, `ThrottlingException`).

In a test:

```python
from partnercentral_selling.emulator import Emulator

with Emulator() as emulator:
    client = emulator.client()
    ...  # calls answered by the emulator
```

From a shell: `partnercentral-selling-emulator --port 4566`
(`partnercentral-selling-emulator --help` lists the options).

This module is for tests: the package never imports it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

from . import _emulator_model as _model
from . import _operations as _ops
from ._emulator import common
from ._runtime.auth.credentials import Credentials
from ._runtime.emulation import cli as _cli
from ._runtime.emulation.core import Emulator as _Emulator
from ._runtime.emulation.core import Fault
from ._runtime.emulation.delivery import DeliveryFailure, EventBus
from ._runtime.emulation.routes import Routes as _Routes
from ._runtime.emulation.server import EmulatorServer
from ._runtime.emulation.state import Clock, StateFileError
from ._runtime.retries.pacing import RateLimits
from .rate_limits import PRESETS as _QUOTA_PRESETS

if TYPE_CHECKING:
    from .aio_client import AsyncPartnerCentralSellingClient
    from .client import PartnerCentralSellingClient

__all__ = [
    "Clock",
    "DeliveryFailure",
    "Emulator",
    "EmulatorServer",
    "EventBus",
    "Fault",
    "StateFileError",
    "main",
]

# Keys the clients sign with by default: any key is accepted unless `access_keys` is given.
EMULATOR_CREDENTIALS = Credentials("AKIDEMULATOREXAMPLE", "emulator-secret-access-key")


class Emulator(_Emulator):
    """The service's emulator, with its state; served over HTTP inside `with` blocks.

    Options (all keyword):

    - `account_id`: the partner account the emulator is (default `123456789012`);
    - `region`: the region of its ARNs and events (default `us-east-1`);
    - `clock`: a `Clock`; `Clock(start, frozen=True)` stands still until
      `advance()` moves it (default: the real time);
    - `access_keys`: `{access key id: secret}`; when given, requests must be signed
      with one of them (SigV4, checked as the service does);
    - `quotas`: a `RateLimits` or a preset's name (`"partner-central-published"`):
      calls over a group's rate answer `ThrottlingException`;
    - `state`: a file written by `save()` to start from instead of the seed.

    `events` takes subscribers (`events.subscribe(handler)`), a JSON-lines file
    (`events.write_jsonl(path)`) and webhooks (`events.post_to(url)`). `faults`
    lists the calls the emulator itself got wrong (empty, or it is a bug).
    """

    SERVICE = _model.SERVICE
    SHAPES = _model.SHAPES
    OPERATIONS = _model.OPERATIONS
    ROUTES = _Routes.merge(common.routes)
    PROTOCOL = _ops._SERVICE.protocol

    def __init__(
        self,
        *,
        account_id: str = "123456789012",
        region: str = "us-east-1",
        clock: Clock | None = None,
        access_keys: Mapping[str, str] | None = None,
        quotas: RateLimits | str | None = None,
        state: str | os.PathLike[str] | None = None,
    ) -> None:
        if isinstance(quotas, str):
            if quotas not in _QUOTA_PRESETS:
                raise ValueError(
                    f"no quota preset {quotas!r}; the presets are {sorted(_QUOTA_PRESETS)}"
                )
            quotas = _QUOTA_PRESETS[quotas]
        _Emulator.__init__(
            self,
            account_id=account_id,
            region=region,
            clock=clock,
            access_keys=access_keys,
            quotas=quotas,
            state=None if state is None else os.fspath(state),
        )
        self._server: EmulatorServer | None = None

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> EmulatorServer:
        """Serve over HTTP on `host:port` (0: a free port) in a background thread."""
        if self._server is None:
            self._server = EmulatorServer(self, host, port).start()
        return self._server

    @property
    def endpoint_url(self) -> str:
        """Where the emulator listens (it serves inside `with`, or after `serve()`)."""
        if self._server is None:
            raise RuntimeError("the emulator is not serving: use `with Emulator() as emulator:`")
        return self._server.endpoint_url

    def stop(self) -> None:
        """Stop serving (the state is kept; `serve()` again to go on)."""
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> Emulator:
        self.serve()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def client(self, **options: Any) -> PartnerCentralSellingClient:
        """A `PartnerCentralSellingClient` for the emulator (`options` as the client takes them)."""
        from .client import PartnerCentralSellingClient

        return PartnerCentralSellingClient(**self._client_options(options))

    def aio_client(self, **options: Any) -> AsyncPartnerCentralSellingClient:
        """An `AsyncPartnerCentralSellingClient` for the emulator."""
        from .aio_client import AsyncPartnerCentralSellingClient

        return AsyncPartnerCentralSellingClient(**self._client_options(options))

    def _client_options(self, options: dict[str, Any]) -> dict[str, Any]:
        return {
            "region": self.region,
            "endpoint_url": self.endpoint_url,
            "credentials": EMULATOR_CREDENTIALS,
            **options,
        }


def main(argv: Sequence[str] | None = None) -> int:
    """The `partnercentral-selling-emulator` command."""
    return _cli.main(Emulator, "partnercentral-selling-emulator", _QUOTA_PRESETS, argv)


if __name__ == "__main__":
    raise SystemExit(main())
