"""Versions; the policy is in VERSIONING.md. ``mfa-dataset check`` holds every copy to these.

- ``__version__``: the Python package (semver of the code; every dataset release bumps it).
- ``SCHEMA_VERSION``: the record format (semver; a major bump breaks readers).
- ``DATASET_VERSION``: the published data, set by ``mfa-dataset release`` only (records added
  or removed: minor; corrections: patch).
"""

__version__ = "0.2.0"
SCHEMA_VERSION = "1.0.1"
DATASET_VERSION = "1.0.0"
