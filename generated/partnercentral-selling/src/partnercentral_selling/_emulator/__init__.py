"""The service's hand-written emulator behaviours (copied by the generator).

Each module here is ``models/partnercentral-selling/customizations/emulator/<name>.py``
as written by hand, unchanged; the emulator's generic runtime checks the calls against the
model's tables in ``_emulator_model``.
"""

__all__: list[str] = []
