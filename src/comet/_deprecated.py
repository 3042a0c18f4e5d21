"""Old names and call shapes kept for one release, each with a ``DeprecationWarning``.

Everything here is listed under *Deprecated* in the CHANGELOG with the release that
removes it.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["alias", "locales_keyword"]

F = TypeVar("F", bound=Callable[..., Any])


def alias(new: F, old_name: str) -> F:
    """``new`` under its old name ``old_name``: the same call, with a ``DeprecationWarning``.

    The alias takes ``locales`` positionally too (the old shape), with the warning.
    """

    @functools.wraps(new)
    def old(*args: Any, **kwargs: Any) -> Any:
        warnings.warn(
            f"comet.{old_name} is deprecated; use comet.{new.__name__}",
            DeprecationWarning,
            stacklevel=2,
        )
        if len(args) == 2 and "locales" not in kwargs:
            text, locales = args
            args, kwargs = (text,), {**kwargs, "locales": locales}
        return new(*args, **kwargs)

    old.__name__ = old.__qualname__ = old_name
    old.__doc__ = f"Deprecated alias of :func:`comet.{new.__name__}` (removed in the next release)."
    return old  # type: ignore[return-value]


def locales_keyword(fn: F, *, name: str | None = None) -> F:
    """Let ``fn(text, locales)`` (``locales`` second and positional, the old shape) still
    work, with a ``DeprecationWarning``; ``fn``'s own signature has ``*, locales``.
    ``name``: the public name the wrapper is known by (default ``fn``'s)."""
    public = name or fn.__name__

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if len(args) == 2 and "locales" not in kwargs:
            warnings.warn(
                f"passing locales positionally to comet.{public} is deprecated; use locales=",
                DeprecationWarning,
                stacklevel=2,
            )
            text, locales = args
            args, kwargs = (text,), {**kwargs, "locales": locales}
        return fn(*args, **kwargs)

    if name is not None:
        wrapper.__name__ = wrapper.__qualname__ = name
    return wrapper  # type: ignore[return-value]
