"""Configuration (options, shared config files, defaults modes) and endpoints (the
rule-set engine, partitions, per-call routing, context parameters)."""
