"""Adversarial texts for the linear-time check: parse + extract of a text 100 times larger
must take at most 120 times as long.

Each case repeats a unit that is hard for regular expressions or for the rules - runs of
quotes, colons, names, "No:" prefixes, nested parentheses, labels, meetings - up to a size
(8 KiB, and 100 times that, under the 1 MiB limit of a raw text). Texts the parser refuses
(:class:`~mfa_dataset.errors.MfaError`) count as handled: the time to refuse is measured.

The rules are what is measured, not the heap: after the warm-up the objects alive (the lazy
tables: gazetteer, countries, cities) are frozen with :func:`gc.freeze`, as a long-running
process would, and the cyclic garbage collector is paused while a text is timed (it runs
before). Its passes walk every object alive, so the tokens of an 800 KiB text, alive until the
text is done, make them cost more per token than for 8 KiB: 1.1 to 1.4 times at this scale, a
cost of the interpreter's heap. That growth is reported too (``ratio_collector``).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from mfa_dataset.errors import MfaError
from mfa_dataset.extraction import Context, extract
from mfa_dataset.parsing import parse_text

BASE = 8 * 1024
_TITLE = "Information on the meetings of the Minister of Foreign Affairs\n\n"


def _repeat(unit: str, size: int, sep: str = "") -> str:
    count = max(1, size // len((unit + sep).encode("utf-8")))
    return sep.join([unit] * count)


def quotes(size: int) -> str:
    return _TITLE + _repeat("\u201c\"'\u2018\u2019\u201d", size) + ".\n"


def quoted_words(size: int) -> str:
    return _TITLE + _repeat("\u201cthe signed \u201cMemorandum of", size, " ") + ".\n"


def colons(size: int) -> str:
    return _TITLE + _repeat("Answer:", size // 2) + "\n\n" + _repeat(": ", size // 2) + "x.\n"


def label_lines(size: int) -> str:
    unit = "Question 1: What about Astana?\nAnswer: The sides met.\n"
    return _TITLE + _repeat(unit, size)


def names(size: int) -> str:
    unit = "Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov"
    return _TITLE + "The President met with " + _repeat(unit, size, ", ") + " in Astana.\n"


def capitals(size: int) -> str:
    return _TITLE + "A meeting between " + _repeat("Ilham Aliyev Xi Jinping", size, " ") + ".\n"


def number_prefixes(size: int) -> str:
    half = size // 2
    return _repeat("No:", half) + " Statement\n\n" + _repeat("No: 12/24, ", half) + "end.\n"


def parentheses(size: int) -> str:
    depth = size // 8
    return (
        _TITLE
        + "(" * depth
        + "SCO"
        + ")" * depth
        + "\n\n"
        + _repeat("the Summit (of the (Organization (SCO)", size // 2, " ")
        + ".\n"
    )


def meetings(size: int) -> str:
    unit = (
        "On 3 July 2024, Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov met with "
        "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu in Astana and signed a "
        "Memorandum of Understanding worth USD 300 million."
    )
    return _TITLE + _repeat(unit, size, " ") + "\n"


CASES: dict[str, Callable[[int], str]] = {
    "quotes": quotes,
    "quoted words": quoted_words,
    "colons": colons,
    "label lines": label_lines,
    "names": names,
    "capitalised words": capitals,
    "No: prefixes": number_prefixes,
    "nested parentheses": parentheses,
    "meeting sentences": meetings,
}


def run(text: str) -> None:
    """Parse and extract ``text``; a text the parser refuses counts as handled."""
    try:
        parsed = parse_text(text)
    except MfaError:
        return
    extract(text, parsed, Context("AZE", None))


def _best(text: str, repeat: int, collector: bool = False) -> float:
    """Best CPU time of ``repeat`` runs; the cyclic collector paused unless ``collector``."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        if not collector:
            gc.disable()
        try:
            start = time.process_time()
            run(text)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def measure(scale: int = 100) -> list[dict[str, float | str]]:
    """Per case: best time at :data:`BASE` bytes and at ``scale`` times that, and the ratio
    of the large time to ``scale`` times the small one (linear: about 1); and the same ratio
    with the cyclic collector running (``ratio_collector``)."""
    out: list[dict[str, float | str]] = []
    for make in CASES.values():
        run(make(BASE))  # warm up the lazy tables
    gc.freeze()
    for name, make in CASES.items():
        small, large = make(BASE), make(BASE * scale)
        t_small = _best(small, 10)
        t_large = _best(large, 2)
        with_collector = _best(large, 2, collector=True) / (scale * _best(small, 10, True))
        out.append(
            {
                "case": name,
                "small_bytes": len(small.encode("utf-8")),
                "large_bytes": len(large.encode("utf-8")),
                "small_seconds": t_small,
                "large_seconds": t_large,
                "ratio": t_large / (scale * t_small),
                "ratio_collector": with_collector,
            }
        )
    return out
