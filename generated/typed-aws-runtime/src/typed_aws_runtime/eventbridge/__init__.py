"""EventBridge events of a service: typed records, a Lambda router and rule patterns."""
