"""The base classes of generated code: structures and unions, open enums, lazy modules."""
