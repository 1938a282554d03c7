"""The client generator: botocore model files -> IR -> Jinja2 templates -> a Python package."""
