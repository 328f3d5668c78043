"""Benchmarks of mfa-dataset: ``python -m benchmarks`` prints the throughput table.

Timing lives here and never in the tests; ``tests/test_benchmarks.py`` runs the command at a
tiny size as a smoke test.
"""
