"""MkDocs hook: show the doctests of docstrings as Python console code blocks.

Docstrings hold bare doctests (``>>>`` lines with their output). Markdown would read
them as block quotes and their brackets as links; this hook adds a Markdown
preprocessor that fences each run of doctest lines as ```` ```pycon ````, leaving
lines already inside a fence alone. It imports Markdown only when MkDocs runs it.
"""

from __future__ import annotations

from typing import Any

_FENCES = ("```", "~~~")


def fence_doctests(lines: list[str]) -> list[str]:
    """Fence every run of doctest lines (a ``>>>`` line up to the next blank line).

    >>> fence_doctests(["Text.", "", ">>> 1 + 1", "2", "", "More."])
    ['Text.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'More.']
    >>> fence_doctests(["```python", ">>> 1", "```"])
    ['```python', '>>> 1', '```']
    """
    out: list[str] = []
    fenced = doctest = False
    indent = ""
    for line in lines:
        stripped = line.lstrip()
        if doctest and not stripped:
            out.append(f"{indent}```")
            doctest = False
        elif not doctest and not fenced and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            doctest = True
        elif not doctest and stripped.startswith(_FENCES):
            fenced = not fenced
        out.append(line)
    if doctest:
        out.append(f"{indent}```")
    return out


def _extension() -> Any:  # noqa: ANN401 - markdown is typed only where the docs extra is
    import markdown  # noqa: PLC0415 - only MkDocs runs this hook
    from markdown.preprocessors import Preprocessor  # noqa: PLC0415

    class _Fence(Preprocessor):
        def run(self, lines: list[str]) -> list[str]:
            return fence_doctests(lines)

    class _Extension(markdown.Extension):
        def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown's API
            # Before the fenced-code preprocessors, which run at priority 25 to 35.
            md.preprocessors.register(_Fence(md), "defrel_doctest_fence", 100)

    return _Extension()


def on_config(config: Any) -> Any:  # noqa: ANN401 - MkDocs' config object
    """Register the preprocessor before mkdocstrings copies the Markdown extensions."""
    config.markdown_extensions.append(_extension())
    return config


on_config.mkdocs_priority = 100  # type: ignore[attr-defined] - run before every plugin
