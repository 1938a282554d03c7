"""One scenario, three clients: drive the emulator alike with the generated sync and
async clients and with boto3, so every emulator test also checks that they agree.

A driver is called as ``drive("CreateOpportunity", Catalog="Sandbox", ...)`` with wire
(PascalCase) members and returns the output as boto3 gives it (wire names, ``datetime``
timestamps, no ``ResponseMetadata``); an error response raises :class:`Refused` with
the error's code and its modeled fields (wire names), whatever the client. The
``drive`` fixture runs a test once per client against a fresh emulator on a local port.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from typing import Any

import boto3
import botocore.config
import pytest
from botocore.exceptions import ClientError

from partnercentral_selling import commands
from partnercentral_selling.emulator import EMULATOR_CREDENTIALS, Clock, Emulator
from partnercentral_selling.errors import PartnerCentralSellingError

Driver = Callable[..., dict[str, Any]]
START = 1_767_225_600.0  # 2026-01-01T00:00:00Z: a frozen clock's start


class Refused(Exception):
    """The emulator answered an error: its ``code`` and modeled ``fields`` (wire names)."""

    def __init__(self, code: str, fields: dict[str, Any]) -> None:
        super().__init__(f"{code}: {fields}")
        self.code = code
        self.fields = fields


def _command(operation: str, params: dict[str, Any]) -> Any:
    return getattr(commands, f"{operation}Command")(params)


def _output(result: Any) -> dict[str, Any]:
    return {} if result is None else result.to_dict()


def _refused(error: PartnerCentralSellingError) -> Refused:
    fields = {
        key: value for key, value in error.details.items() if key not in ("__type", "message")
    }
    return Refused(error.code, fields)


def sync_driver(emulator: Emulator) -> Driver:
    client = emulator.client(max_attempts=1)

    def drive(operation: str, **params: Any) -> dict[str, Any]:
        try:
            return _output(client.send(_command(operation, params)))
        except PartnerCentralSellingError as error:
            raise _refused(error) from None

    return drive


class _Loop:
    """An event loop in a thread of its own, so sync test code can await the async client."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=60)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()
        self.loop.close()


def async_driver(emulator: Emulator, loop: _Loop) -> Driver:
    async def make() -> Any:
        return emulator.aio_client(max_attempts=1)

    client = loop.run(make())

    async def call(operation: str, params: dict[str, Any]) -> dict[str, Any]:
        try:
            return _output(await client.send(_command(operation, params)))
        except PartnerCentralSellingError as error:
            raise _refused(error) from None

    def drive(operation: str, **params: Any) -> dict[str, Any]:
        return loop.run(call(operation, params))

    return drive


# One session for every test's boto3 client: its loader reads the model files once.
BOTO3_SESSION = boto3.session.Session()


def boto3_client(
    endpoint_url: str,
    key: str | None = None,
    secret: str | None = None,
    region: str = "us-east-1",
    **config: Any,
) -> Any:
    """boto3's client for an emulator at ``endpoint_url`` (``config``: botocore's ``Config``).

    One attempt per call; signed with the emulator's default keys unless given others.
    """
    return BOTO3_SESSION.client(
        "partnercentral-selling",
        region_name=region,
        endpoint_url=endpoint_url,
        aws_access_key_id=key or EMULATOR_CREDENTIALS.access_key_id,
        aws_secret_access_key=secret or EMULATOR_CREDENTIALS.secret_access_key,
        config=botocore.config.Config(retries={"total_max_attempts": 1}, **config),
    )


def boto3_driver(emulator: Emulator) -> Driver:
    client = boto3_client(emulator.endpoint_url, region=emulator.region)
    methods = {api: method for method, api in client.meta.method_to_api_mapping.items()}

    def drive(operation: str, **params: Any) -> dict[str, Any]:
        method = getattr(client, methods[operation])
        try:
            output = method(**params)
        except ClientError as error:
            body = {
                k: v for k, v in error.response.items() if k not in ("Error", "ResponseMetadata")
            }
            message = error.response["Error"].get("Message")
            if message is not None:
                body.setdefault("Message", message)
            raise Refused(error.response["Error"]["Code"], body) from None
        output.pop("ResponseMetadata", None)
        return output

    return drive


CLIENTS = ("sync", "async", "boto3")


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """A fresh emulator with a frozen clock (``emulator.advance()`` moves it), serving."""
    with Emulator(clock=Clock(START, frozen=True)) as served:
        yield served
        assert served.faults == []


@pytest.fixture(params=CLIENTS)
def drive(request: pytest.FixtureRequest, emulator: Emulator) -> Iterator[Driver]:
    """The scenario's client: each test runs once per client, each on its own emulator."""
    if request.param == "sync":
        yield sync_driver(emulator)
    elif request.param == "async":
        loop = _Loop()
        try:
            yield async_driver(emulator, loop)
        finally:
            loop.close()
    else:
        yield boto3_driver(emulator)
