"""What tests/interop/sample_graph.cpp writes, for the check_*.py scripts (keep the two in step)."""

import sys

SKIP = 77  # ctest's SKIP_RETURN_CODE for these tests

NODE_COUNT = 7
EDGE_COUNT = 8
NODES = {"amazon", "anthropic", "aws", "coreweave", "jensen_huang", "nvidia", "openai"}
IN_CYCLE = {
    ("nvidia", "openai"),
    ("openai", "nvidia"),
    ("amazon", "anthropic"),
    ("anthropic", "aws"),
}
NVIDIA_AR = "\u0625\u0646\u0641\u064a\u062f\u064a\u0627"  # the Arabic name of Nvidia, as in sample_graph.cpp
AMOUNT_NVIDIA_OPENAI = 100000000000
AMOUNT_OPENAI_COREWEAVE = 22400000000


def import_or_skip(name):
    """Imports a module, or exits with the skip code when this Python does not have it."""
    try:
        return __import__(name)
    except ImportError:
        print(f"SKIP: Python module {name} is not installed for {sys.executable}")
        sys.exit(SKIP)


def check(condition, message):
    if not condition:
        print(f"FAIL: {message}")
        sys.exit(1)
