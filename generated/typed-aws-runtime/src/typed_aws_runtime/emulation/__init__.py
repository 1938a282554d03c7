"""A local, stateful stand-in for a service: the generated ``emulator`` module's engine.

Generic parts only, driven by the tables the generator renders from the model
(``_emulator_model.py``): HTTP serving (:mod:`.server`), routing and the checks
every request gets (:mod:`.core`: the operation, optional SigV4, quotas, the
model's constraints), the model's constraints themselves (:mod:`.documents`,
:mod:`.patterns`), pagination tokens, the emulator's state and clock
(:mod:`.state`), the delivery of the events it emits (:mod:`.delivery`) and the console command
(:mod:`.cli`). What the service *does* is hand-written beside its model
(``models/<service>/customizations/emulator/``) against :mod:`.routes`.
Nothing on a client's call path imports this package.
"""
