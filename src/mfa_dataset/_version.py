"""Versions. See README.md, "Versions".

- ``__version__``: the Python package.
- ``SCHEMA_VERSION``: the record format (semver; a major bump breaks readers).
- ``DATASET_VERSION``: the published data (new records: minor; corrections: patch).
"""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0.0"
DATASET_VERSION = "1.0.0"
