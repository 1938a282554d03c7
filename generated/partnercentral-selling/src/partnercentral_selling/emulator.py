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

from typing import TYPE_CHECKING, Any

from typed_aws_runtime.emulation import cli as _cli
from typed_aws_runtime.emulation.core import EMULATOR_CREDENTIALS, Fault
from typed_aws_runtime.emulation.core import Emulator as _Emulator
from typed_aws_runtime.emulation.delivery import DeliveryFailure, EventBus
from typed_aws_runtime.emulation.routes import Routes as _Routes
from typed_aws_runtime.emulation.server import EmulatorServer
from typed_aws_runtime.emulation.state import Clock, StateFileError
from typed_aws_runtime.protocols.awsjson import AwsJsonProtocol

from . import _emulator_model as _model
from ._emulator import account, common, engagements, opportunities, snapshots, tasks
from .rate_limits import PRESETS as _QUOTA_PRESETS

if TYPE_CHECKING:
    from .aio_client import AsyncPartnerCentralSellingClient
    from .client import PartnerCentralSellingClient

__all__ = [
    "Clock",
    "DeliveryFailure",
    "EMULATOR_CREDENTIALS",
    "Emulator",
    "EmulatorServer",
    "EventBus",
    "Fault",
    "StateFileError",
    "main",
]


class Emulator(_Emulator):
    """The service's emulator, with its state; served over HTTP inside `with` blocks.

    Options (all keyword):

    - `account_id`: the account the emulator is (default `123456789012`);
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
    `advance(seconds)` moves its clock; `save(path)`, `load(path)` and `reset()`
    its state.
    """

    SERVICE = _model.SERVICE
    SHAPES = _model.SHAPES
    OPERATIONS = _model.OPERATIONS
    ROUTES = _Routes.merge(
        account.routes,
        common.routes,
        engagements.routes,
        opportunities.routes,
        snapshots.routes,
        tasks.routes,
    )
    PROTOCOL = AwsJsonProtocol(json_version="1.0", target_prefix="AWSPartnerCentralSelling")
    QUOTA_PRESETS = _QUOTA_PRESETS

    def client(self, **options: Any) -> PartnerCentralSellingClient:
        """The sync client, pointed at the emulator (`options`: any the client takes)."""
        from .client import PartnerCentralSellingClient

        return PartnerCentralSellingClient(**self.client_options(options))

    def aio_client(self, **options: Any) -> AsyncPartnerCentralSellingClient:
        """The async client, pointed at the emulator (`options`: any the client takes)."""
        from .aio_client import AsyncPartnerCentralSellingClient

        return AsyncPartnerCentralSellingClient(**self.client_options(options))


def main() -> None:
    """The `partnercentral-selling-emulator` command."""
    _cli.run(Emulator, "partnercentral-selling-emulator")


if __name__ == "__main__":
    main()
