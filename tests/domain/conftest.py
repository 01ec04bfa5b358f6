"""The domain tests build plain dataclasses with the builders in ``domain_factories``
(this folder is on ``pythonpath`` in pyproject.toml, so test modules import them by name)."""
