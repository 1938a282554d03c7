"""A CRM mirror kept by incremental sync while other writers change the opportunities.

The workflow helpers of the package, run against the emulator as a partner runs them
against Partner Central: 1,000 opportunities are created, a first full sync runs while
two threads keep changing opportunities through the read-modify-write helper (which
retries a stale write), and a second sync from the first one's checkpoint catches up.
The mirror must then hold every opportunity at its latest change, as the emulator's own
list gives it; each concurrent change must have been seen by one of the syncs.
"""

from __future__ import annotations

import random
import threading
from datetime import datetime
from typing import Any

from partnercentral_selling.emulator import Emulator

COUNT = 1000
WRITERS = 2


def _created(client: Any) -> list[str]:
    return [
        client.create_opportunity(
            catalog="Sandbox",
            client_token=f"crm-{number}",
            partner_opportunity_identifier=f"CRM-{number:04d}",
        ).id
        for number in range(COUNT)
    ]


def _latest(client: Any) -> dict[str, datetime]:
    return {
        summary.id: summary.last_modified_date
        for page in client.paginate_list_opportunities(catalog="Sandbox", max_results=100)
        for summary in page.opportunity_summaries
    }


def test_a_thousand_opportunities_mirrored_while_others_write() -> None:
    with Emulator() as emulator:
        client = emulator.client(max_attempts=1)
        identifiers = _created(client)
        changed: dict[str, datetime] = {}
        stop = threading.Event()
        failures: list[BaseException] = []

        def write(seed: int) -> None:
            writer = emulator.client(max_attempts=1)
            chooser = random.Random(seed)
            try:
                while not stop.is_set():
                    identifier = chooser.choice(identifiers)
                    output = writer.modify_opportunity(
                        lambda request: request.replace(
                            partner_opportunity_identifier=f"CRM-{chooser.randrange(10**6)}"
                        ),
                        catalog="Sandbox",
                        identifier=identifier,
                    )
                    changed[identifier] = output.last_modified_date
            except BaseException as error:  # noqa: BLE001 - reported by the test below
                failures.append(error)

        writers = [threading.Thread(target=write, args=(seed,)) for seed in range(WRITERS)]
        for thread in writers:
            thread.start()
        mirror: dict[str, datetime] = {}
        first = client.sync_opportunities(catalog="Sandbox", max_results=100)
        for summary in first:
            mirror[summary.id] = summary.last_modified_date
        stop.set()
        for thread in writers:
            thread.join()
        assert failures == []
        for summary in client.sync_opportunities(first.checkpoint, catalog="Sandbox"):
            mirror[summary.id] = summary.last_modified_date
        assert len(mirror) == COUNT
        assert changed, "the writers changed nothing while the first sync ran"
        assert mirror == _latest(client)
        assert all(mirror[identifier] >= moment for identifier, moment in changed.items())
        assert emulator.faults == []
