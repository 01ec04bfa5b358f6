"""The speed benchmark of issue 13: each operation next to a bare baseline written for
the same work, measured in the same run, on the large demo and on a file twice as large.

Run ``python -m benchmarks --help``. Not a test (pytest collects only ``tests/``):
timings depend on the machine, so the figures are ratios against the baselines.
"""
