"""The action server loads the advice library and intake rules before it listens.

Loaded lazily, they put about half a second on the first acute message after a
start (`make bench`); a broken library must still not stop the action server.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from actions import context
from bot.action_runner import warm_up
from bot.advice.library import AdviceLibraryError
from bot.intake import load_extractor

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def fresh_caches(monkeypatch, tmp_path: Path) -> Iterator[None]:
    """Settings and library read anew, and forgotten again after the test."""
    monkeypatch.setenv("VT_VAR_DIR", str(tmp_path))
    context.settings.cache_clear()
    context.library.cache_clear()
    yield
    context.settings.cache_clear()
    context.library.cache_clear()


def test_warm_up_loads_the_library_and_the_intake_rules(monkeypatch, fresh_caches):
    monkeypatch.setenv("VT_ADVICE_DIR", str(ROOT / "data" / "advice"))
    warm_up()
    assert context.library.cache_info().currsize == 1
    assert load_extractor.cache_info().currsize == 1
    # The first action gets the library already read, not a new one.
    assert context.library() is context.library()
    assert context.library.cache_info().misses == 1


def test_a_broken_library_is_left_to_the_actions(
    monkeypatch, fresh_caches, tmp_path: Path, capsys
):
    broken = tmp_path / "advice"
    broken.mkdir()
    (broken / "huisverbod.yml").write_text("topic: [huisverbod\n", "utf-8")
    monkeypatch.setenv("VT_ADVICE_DIR", str(broken))
    warm_up()  # does not raise: the action server still starts
    assert "advice library not loaded at start" in capsys.readouterr().err
    with pytest.raises(AdviceLibraryError):
        context.library()  # and the actions report it as before
