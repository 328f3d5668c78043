"""Versions and releases: what changed between two datasets, and publishing a new version.

- ``semver``: ``MAJOR.MINOR.PATCH``, bumps and the level of a change;
- ``diff``, ``diff_render``: the record-level diff of two dataset folders, as text, JSON or
  Markdown (``mfa-dataset diff``);
- ``releases``, ``changelog``: the release records in ``mfa_dataset/data/releases/`` and the
  entries of ``CHANGELOG.md``;
- ``previous``, ``release``: the previous release's data from Git, and the ``mfa-dataset
  release`` procedure;
- ``versions``, ``version_file``, ``package_metadata``: the check that every recorded version
  agrees with ``_version.py`` (part of ``mfa-dataset check``).

The policy is in VERSIONING.md.
"""
