"""The defrel benchmark: throughput, time per stage, scaling, import time and memory.

Run it from the project root (it is kept out of the default test run)::

    .venv/bin/python -m tests.benchmarks.bench ../shared/corpus/dev
    .venv/bin/python -m tests.benchmarks.bench                  # seeds/ by default
    .venv/bin/python -m tests.benchmarks.bench --stream 2000    # shorter memory run
    .venv/bin/python -m tests.benchmarks.bench --adversarial    # hostile inputs, seconds per MB

Every figure is printed with its target and PASS or FAIL. The process pins itself to one
core when the platform allows it. The exit status is 1 when a target fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import defrel
import defrel._parse
from defrel import _guard

ROOT = Path(__file__).resolve().parents[2]
KB = 1024
MB = 1024 * 1024

# Targets of issue 5.
TARGET_ARTICLES_PER_S = 500.0
TARGET_BASELINE_RATIO = 5.0
TARGET_1MB_S = 1.5
TARGET_SCALING = 1.5
TARGET_IMPORT_S = 0.3
TARGET_STREAM_MB = 200.0
# Issue 6: about 1 s per MB for any input.
TARGET_ADVERSARIAL_S_PER_MB = 1.0

_results: list[bool] = []


def _line(label: str, value: str, target: str = "", ok: bool | None = None) -> None:
    verdict = "" if ok is None else ("PASS" if ok else "FAIL")
    if ok is not None:
        _results.append(ok)
    print(f"  {label:<44} {value:>16}   {target:<22} {verdict}")


def _pin_one_core() -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cpus = sorted(os.sched_getaffinity(0))
    cpu = cpus[-1]
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu} (of {len(cpus)} allowed)"


def _machine() -> str:
    model = "unknown CPU"
    try:
        for row in Path("/proc/cpuinfo").read_text().splitlines():
            if row.startswith("model name"):
                model = row.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{model}, nproc={os.cpu_count()}, Python {sys.version.split()[0]}, "
        f"regex {_version('regex')}, dateparser {_version('dateparser')}"
    )


def _version(name: str) -> str:
    from importlib.metadata import version

    try:
        return version(name)
    except Exception:  # noqa: BLE001 - a missing version is only cosmetic
        return "?"


def _clear_caches() -> None:
    """Empty defrel's result caches, so a pass sees its texts for the first time.

    Only caches of functions that take arguments: a cached function without arguments is a
    lazy initialiser (patterns compiled on first use), paid once per process, not per text.
    """
    import inspect

    for name, module in list(sys.modules.items()):
        if name != "defrel" and not name.startswith("defrel."):
            continue
        for value in list(vars(module).values()):
            if not isinstance(value, functools._lru_cache_wrapper):
                continue
            if inspect.signature(value).parameters:
                value.cache_clear()


def _load(folder: Path) -> list[defrel.Document]:
    docs = list(defrel.load_dir(folder))
    if not docs:
        sys.exit(f"no *.txt articles in {folder}")
    return docs


def _parse_all(docs: list[defrel.Document]) -> float:
    start = time.perf_counter()
    for doc in docs:
        defrel.parse(doc)
    return time.perf_counter() - start


def _search_dates_all(docs: list[defrel.Document]) -> float:
    from dateparser.search import search_dates

    start = time.perf_counter()
    for doc in docs:
        search_dates(doc.text, languages=["en"])
    return time.perf_counter() - start


# -- per stage -----------------------------------------------------------------------------


def _stage_names() -> list[str]:
    """The stage functions ``defrel._parse`` calls, in the order its source names them."""
    import inspect

    source = inspect.getsource(defrel._parse.parse)
    names = [
        name
        for name, value in vars(defrel._parse).items()
        if callable(value)
        and (name.startswith("find_") or name == "prepare")
        and getattr(value, "__module__", "").startswith("defrel.")
    ]
    return sorted((n for n in names if f"{n}(" in source), key=lambda n: source.index(f"{n}("))


def _per_stage(docs: list[defrel.Document], rounds: int) -> tuple[dict[str, float], float]:
    """Seconds per stage over ``rounds`` passes, timing the real pipeline through wrappers."""
    names = _stage_names()
    spent = dict.fromkeys(names, 0.0)
    originals = {n: getattr(defrel._parse, n) for n in names}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - t0

        return wrapper

    total = 0.0
    try:
        for name, fn in originals.items():
            setattr(defrel._parse, name, timed(name, fn))
        for _ in range(rounds):
            _clear_caches()
            total += _parse_all(docs)
    finally:
        for name, fn in originals.items():
            setattr(defrel._parse, name, fn)
    return spent, total


# -- import time ---------------------------------------------------------------------------


def _fresh_python(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    return time.perf_counter() - start


def _import_time(rounds: int = 7) -> tuple[float, float, bool, list[tuple[int, str]]]:
    bare = min(_fresh_python("pass") for _ in range(rounds))
    full = min(_fresh_python("import defrel") for _ in range(rounds))
    probe = subprocess.run(
        [sys.executable, "-c", "import defrel, sys; print('dateparser' in sys.modules)"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    eager_dateparser = probe.stdout.strip() == "True"
    trace = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import defrel"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    heaviest: list[tuple[int, str]] = []
    for row in trace.stderr.splitlines():
        parts = row.split("|")
        if len(parts) == 3 and parts[0].startswith("import time:"):
            self_us = parts[0].split(":", 1)[1].strip()
            if self_us.isdigit():
                heaviest.append((int(self_us), parts[2].strip()))
    heaviest.sort(reverse=True)
    return bare, full - bare, eager_dateparser, heaviest[:8]


# -- streaming memory ----------------------------------------------------------------------


def _rss_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / MB
    except (OSError, ValueError):
        return float("nan")


def _stream_child(folder: Path, count: int) -> None:
    """Parse ``count`` articles cycling over ``folder``; print RSS figures (run in a child)."""
    docs = _load(folder)
    base = _rss_mb()
    early = base
    start = time.perf_counter()
    for i in range(count):
        defrel.parse(docs[i % len(docs)])
        if i == max(0, count // 10 - 1):
            early = _rss_mb()
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"{peak:.1f} {base:.1f} {early:.1f} {_rss_mb():.1f} {elapsed:.3f}")


def _stream(folder: Path, count: int) -> tuple[float, float, float, float, float]:
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench", "--stream-child", str(count), str(folder)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    peak, base, early, end, elapsed = (float(x) for x in out.stdout.split())
    return peak, base, early, end, elapsed


# -- sizes ---------------------------------------------------------------------------------


def _concatenated(docs: list[defrel.Document], size: int) -> str:
    """About ``size`` characters of article text, articles joined by blank lines."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        body = docs[i % len(docs)].text.strip()
        parts.append(body)
        total += len(body) + 2
        i += 1
    return "\n\n".join(parts)[:size]


class _Trips:
    """Counts the guarded calls that found the parse's deadline already spent."""

    def __init__(self) -> None:
        self.count = 0
        self._original = _guard._timeout

    def __enter__(self) -> _Trips:
        def counting(length: int) -> float:
            left = self._original(length)
            if left <= 0:
                self.count += 1
            return left

        _guard._timeout = counting
        return self

    def __exit__(self, *_: object) -> None:
        _guard._timeout = self._original


def _best_of(
    text: str, published: dt.date | None, rounds: int, budget_s: float = 20.0
) -> list[float]:
    times: list[float] = []
    spent_start = time.perf_counter()
    for _ in range(rounds):
        _clear_caches()
        gc.collect()
        t0 = time.perf_counter()
        defrel.parse(text, published=published)
        times.append(time.perf_counter() - t0)
        if time.perf_counter() - spent_start > budget_s:
            break
    return times


# -- adversarial ---------------------------------------------------------------------------


def _adversarial(size: int) -> float:
    from tests.test_robust import ADVERSARIAL

    print(f"\nAdversarial inputs, about {size / MB:.1f} MB each (seconds per MB, best of 2)")
    worst = 0.0
    for name, make in ADVERSARIAL.items():
        text = make(size)
        with _Trips() as trips:
            times = _best_of(text, dt.date(2024, 1, 1), 2, budget_s=5.0)
        if not text:
            _line(f"{name} (0 chars)", f"{min(times) * 1e3:.2f} ms")
            continue
        per_mb = min(times) / (len(text) / MB)
        worst = max(worst, per_mb)
        cut = f", {trips.count} cut" if trips.count else ""
        _line(
            f"{name} ({len(text):,} chars{cut})",
            f"{per_mb:.3f} s/MB",
            f"<= {TARGET_ADVERSARIAL_S_PER_MB:.1f} s/MB",
            per_mb <= TARGET_ADVERSARIAL_S_PER_MB,
        )
    _line("worst over the adversarial kinds", f"{worst:.3f} s/MB")
    return worst


# -- every pattern against every hostile kind ------------------------------------------------


def _module_patterns() -> list[tuple[str, Any]]:
    """Every compiled pattern held at module level in defrel."""
    import importlib
    import pkgutil

    import regex

    found: list[tuple[str, Any]] = []
    for info in pkgutil.iter_modules(defrel.__path__):
        module = importlib.import_module(f"defrel.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, regex.Pattern):
                found.append((f"{info.name}.{name}", value))
    return found


def _patterns(size: int) -> None:
    """Time each pattern's scan over each hostile kind at ``size`` and ``4 * size`` chars."""
    from tests.test_robust import ADVERSARIAL

    print(
        f"\nPatterns: each module-level pattern over each hostile kind, {size:,} and {4 * size:,}"
    )
    print(
        "  chars; listed when the larger scan costs over 8x the smaller (super-linear). A pattern"
    )
    print("  used only with .match at one position may be listed without harm: check its callers.")
    texts = {kind: (make(size), make(4 * size)) for kind, make in ADVERSARIAL.items()}
    flagged = 0
    for name, pattern in _module_patterns():
        for kind, (small, big) in texts.items():
            t0 = time.perf_counter()
            try:
                for _ in pattern.finditer(small, timeout=10.0):
                    pass
                t1 = time.perf_counter()
                for _ in pattern.finditer(big, timeout=20.0):
                    pass
                t2 = time.perf_counter()
            except TimeoutError:
                _line(f"{name} on {kind}", "timed out", "linear", ok=False)
                flagged += 1
                continue
            small_s, big_s = t1 - t0, t2 - t1
            if big_s > 0.05 and big_s > 8 * small_s:
                flagged += 1
                _line(
                    f"{name} on {kind}"[:44],
                    f"{small_s:.3f}/{big_s:.3f} s",
                    "linear",
                    big_s <= 4 * 1.5 * max(small_s, 1e-4) and big_s < 1.0,
                )
    _line("patterns flagged", str(flagged))


# -- main ----------------------------------------------------------------------------------


def _rounds_of(seconds: float, one: float) -> int:
    return max(3, min(50, int(seconds / max(one, 1e-6))))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print every figure; 1 when a target fails."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "seeds"))
    parser.add_argument("--stream", type=int, default=10_000, help="articles in the memory run")
    parser.add_argument("--seconds", type=float, default=3.0, help="time per throughput run")
    parser.add_argument("--adversarial", action="store_true", help="also time hostile inputs")
    parser.add_argument("--adversarial-only", action="store_true", help="only the hostile inputs")
    parser.add_argument("--adversarial-size", type=int, default=MB, help="chars per input")
    parser.add_argument("--patterns", action="store_true", help="time each pattern alone")
    parser.add_argument("--patterns-only", action="store_true", help="only the pattern scan")
    parser.add_argument("--no-pin", action="store_true", help="do not pin to one core")
    parser.add_argument("--stream-child", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    folder = Path(args.folder)

    pin = "not pinned" if args.no_pin else _pin_one_core()
    if args.stream_child:
        _stream_child(folder, args.stream_child)
        return 0

    if args.patterns_only:
        _patterns(25_000)
        return 1 if _results.count(False) else 0
    if args.adversarial_only:
        _adversarial(args.adversarial_size)
        return 1 if _results.count(False) else 0

    docs = _load(folder)
    chars = sum(len(d.text) for d in docs)
    print(f"defrel benchmark: {len(docs)} articles from {folder}, {chars:,} chars")
    print(f"  mean {chars / len(docs):,.0f} chars an article; {pin}")
    print(f"  {_machine()}")
    print(
        f"  command: {Path(sys.executable).name} -m tests.benchmarks.bench {' '.join(sys.argv[1:])}"
    )

    # Cold: the very first pass, lazy imports (dateparser) included.
    cold = _parse_all(docs)

    # Warm-up of the baseline (its first call loads its language data).
    _search_dates_all(docs[:2])

    one = _parse_all(docs)
    rounds = _rounds_of(args.seconds, one)
    ours: list[float] = []
    theirs: list[float] = []
    warm: list[float] = []
    base_rounds = max(3, min(rounds, 10))
    for i in range(rounds):
        _clear_caches()  # each pass meets its texts for the first time
        ours.append(_parse_all(docs))
        warm.append(_parse_all(docs))  # the same pass again, caches full
        if i < base_rounds:
            theirs.append(_search_dates_all(docs))
    ours_s = statistics.median(ours)
    theirs_s = statistics.median(theirs)
    per_article = ours_s / len(docs)
    aps = len(docs) / ours_s
    print(f"\nWhole parse ({rounds} passes, median; caches emptied before each pass)")
    _line("first pass (cold, lazy imports)", f"{cold / len(docs) * 1e3:.2f} ms/article")
    _line(
        "articles per second",
        f"{aps:,.0f} /s",
        f">= {TARGET_ARTICLES_PER_S:.0f} /s",
        aps >= TARGET_ARTICLES_PER_S,
    )
    _line("time per article", f"{per_article * 1e3:.3f} ms", "<= 2 ms")
    _line("characters per second", f"{chars / ours_s:,.0f} /s")
    _line("time per 2 KB", f"{ours_s / chars * 2048 * 1e3:.3f} ms")
    _line("warm pass (caches full)", f"{statistics.median(warm) / len(docs) * 1e3:.3f} ms/article")

    print(
        f"\nBaseline: dateparser.search.search_dates(text, languages=['en']), {len(theirs)} passes"
    )
    _line("search_dates per article", f"{theirs_s / len(docs) * 1e3:.3f} ms")
    ratio = theirs_s / ours_s
    _line(
        "defrel speed / search_dates speed",
        f"{ratio:.1f}x",
        f">= {TARGET_BASELINE_RATIO:.0f}x",
        ratio >= TARGET_BASELINE_RATIO,
    )

    stage_rounds = max(3, rounds // 2)
    spent, total = _per_stage(docs, stage_rounds)
    print(f"\nTime per stage ({stage_rounds} passes, caches emptied before each)")
    for name, seconds in spent.items():
        _line(
            name,
            f"{seconds / stage_rounds / len(docs) * 1e6:,.0f} us/article",
            f"{seconds / total * 100:5.1f} % of parse",
        )
    rest = total - sum(spent.values())
    _line(
        "report assembly and glue",
        f"{rest / stage_rounds / len(docs) * 1e6:,.0f} us/article",
        f"{rest / total * 100:5.1f} % of parse",
    )

    print("\nPeak memory of one pass over the folder")
    gc.collect()
    _clear_caches()
    tracemalloc.start()
    _parse_all(docs)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    _line("tracemalloc peak (Python allocations)", f"{traced_peak / MB:.2f} MB")
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    _line("process max RSS so far", f"{maxrss:.1f} MB")

    print("\nScaling: one long document made of the articles joined by blank lines")
    published = docs[0].published
    small = _concatenated(docs, 10 * KB)
    big = _concatenated(docs, MB)
    with _Trips() as trips:
        small_times = _best_of(small, published, 30)
        big_times = _best_of(big, published, 3, budget_s=30.0)
    small_per_kb = min(small_times) / (len(small) / KB)
    big_s = min(big_times)
    big_per_kb = big_s / (len(big) / KB)
    _line("10 KB document, time per KB", f"{small_per_kb * 1e3:.3f} ms/KB")
    _line("1 MB document", f"{big_s:.3f} s", f"<= {TARGET_1MB_S} s", big_s <= TARGET_1MB_S)
    _line("1 MB document, time per KB", f"{big_per_kb * 1e3:.3f} ms/KB")
    _line("guarded calls cut by the deadline", str(trips.count), "0", trips.count == 0)
    small_doc = [defrel.Document(small, published)]
    big_doc = [defrel.Document(big, published)]
    small_spent, _ = _per_stage(small_doc, 10)
    big_spent, _ = _per_stage(big_doc, 1)
    for name, small_stage in small_spent.items():
        ratio_kb = (big_spent[name] / (len(big) / KB)) / max(
            small_stage / 10 / (len(small) / KB), 1e-9
        )
        _line(
            f"  {name}: per KB at 1 MB / at 10 KB",
            f"{ratio_kb:.2f}x",
            f"{big_spent[name]:.3f} s at 1 MB",
        )
    scaling = big_per_kb / small_per_kb
    _line(
        "per-KB time at 1 MB / at 10 KB",
        f"{scaling:.2f}x",
        f"<= {TARGET_SCALING}x",
        scaling <= TARGET_SCALING,
    )

    print("\nImport time (fresh interpreter, best of 7, minus bare startup; -X importtime)")
    bare, imp, eager, heaviest = _import_time()
    _line("python startup", f"{bare:.3f} s")
    _line(
        "import defrel",
        f"{imp:.3f} s",
        f"<= {TARGET_IMPORT_S} s",
        imp <= TARGET_IMPORT_S,
    )
    _line("dateparser imported eagerly", str(eager), "False", not eager)
    for micros, name in heaviest:
        _line(f"  self time of {name}", f"{micros / 1e3:.1f} ms")

    print(f"\nStream: {args.stream:,} articles cycling over the folder, in a fresh process")
    peak, base, early, end, elapsed = _stream(folder, args.stream)
    _line("articles per second over the stream", f"{args.stream / elapsed:,.0f} /s")
    _line("RSS after import and load", f"{base:.1f} MB")
    _line("RSS after the first tenth", f"{early:.1f} MB")
    _line("RSS at the end", f"{end:.1f} MB")
    _line(
        "peak RSS (ru_maxrss)",
        f"{peak:.1f} MB",
        f"<= {TARGET_STREAM_MB:.0f} MB",
        peak <= TARGET_STREAM_MB,
    )

    if args.adversarial:
        _adversarial(args.adversarial_size)
    if args.patterns:
        _patterns(25_000)

    failed = _results.count(False)
    print(f"\n{len(_results) - failed} targets pass, {failed} fail")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
