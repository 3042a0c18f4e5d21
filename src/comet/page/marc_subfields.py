"""A MARC view's subfield values made record values: ISBD end punctuation, the phrases of
``[isbd] remove`` and a cataloguer's square brackets taken off (an abbreviation's period and
an ellipsis kept), a title's subfields joined into title and subtitle; every removal a
diagnostic. :class:`_SubfieldReader` holds the values, spans, evidence and diagnostics that
:class:`~comet.page.marc_values.FieldReader` collects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from comet.diagnostics import Diagnostic, Severity
from comet.page.marc_map import MarcMap
from comet.page.marc_view import MarcField, Subfield
from comet.text import ISBD_END_MARKS, without_brackets

_ISBD_END = frozenset(ISBD_END_MARKS + ".")  # a period too: _end keeps an abbreviation's
#: ISBD punctuation that opens a subfield where a catalogue types it before the element
#: (``$b:EDITEX``, ``$c,1999``) instead of at the end of the one before
_ISBD_LEAD = ISBD_END_MARKS


def _norm_space(text: str) -> str:
    return " ".join(text.split())


class _SubfieldReader:
    """The values of one page's fields, their spans and evidence, and the diagnostics;
    subfield values cleaned of ISBD punctuation and brackets."""

    def __init__(self, fields: Sequence[MarcField], mm: MarcMap) -> None:
        self.fields = fields
        self.mm = mm
        self.values: dict[str, Any] = {}
        self.spans: dict[str, tuple[int, int]] = {}
        self.evidence: dict[str, str] = {}
        self.diags: list[Diagnostic] = []

    def put(self, name: str, value: Any, span: tuple[int, int], evidence: str) -> None:
        if value in (None, "", ()):
            return
        self.values[name] = value
        self.spans[name] = span
        self.evidence[name] = evidence

    def note(self, code: str, message: str, span: tuple[int, int] | None,
             severity: Severity = Severity.INFO) -> None:  # fmt: skip
        self.diags.append(Diagnostic(code, message, span, severity))

    def tagged(self, *tags: str) -> list[MarcField]:
        return [f for f in self.fields if f.tag in tags]

    def clean(self, sub: Subfield, tag: str, *, brackets: bool = False, whole: bool = True,
              inner: bool = True) -> str:  # fmt: skip
        """A value without ISBD end punctuation, phrases of ``[isbd] remove`` and square
        brackets round the whole value (``whole=False`` keeps them); with ``brackets``,
        also a final ``?`` and (unless ``inner=False``) every bracket inside."""
        value = sub.value
        if value[:1] in _ISBD_LEAD:  # '_b:EDITEX', '_c,1999': the punctuation before an
            value = value.lstrip(_ISBD_LEAD + " ")  # element typed into its own subfield
        for phrase in self.mm.remove_phrases:
            at = value.casefold().find(phrase)
            if at >= 0:
                value = _norm_space(value[:at] + value[at + len(phrase) :])
                self.note("marc-phrase-removed", f"{tag} ${sub.code}: removed "
                          f"{phrase!r} from {sub.value!r}", sub.span)  # fmt: skip
        if brackets and inner and ("[" in value or "]" in value):
            value = _norm_space(value.replace("[", "").replace("]", ""))
            self.note("marc-brackets-removed", f"{tag} ${sub.code}: removed the brackets of "
                      f"a cataloguer-supplied value from {sub.value!r}", sub.span)  # fmt: skip
        if brackets and not inner and value.startswith("[") and "]" not in value:
            value = value[1:]  # brackets opened here and closed in a later subfield
        elif brackets and not inner and value.rstrip(" /:;=,.").endswith("]") and "[" not in value:
            end = value.rfind("]")
            value = value[:end] + value[end + 1 :]
        if brackets and not inner and value.startswith("[") and value.count("[") == 1:
            end = value.rfind("]")
            if end > 0 and not value[end + 1 :].strip(" /:;=,.?"):
                value = value[1:end] + value[end + 1 :]
                self.note("marc-brackets-removed", f"{tag} ${sub.code}: removed the brackets "
                          f"of a cataloguer-supplied value from {sub.value!r}", sub.span)  # fmt: skip
        value = self._end(value, sub, tag)
        if brackets and value.endswith("?"):
            value = self._end(value[:-1], sub, tag)
            self.note("marc-brackets-removed", f"{tag} ${sub.code}: removed the '?' of an "
                      f"uncertain value from {sub.value!r}", sub.span)  # fmt: skip
        if whole and (bare := without_brackets(value)) != value:
            value = bare
            self.note("marc-brackets-removed", f"{tag} ${sub.code}: removed the brackets "
                      f"round {sub.value!r}", sub.span)  # fmt: skip
        return value

    def _end(self, value: str, sub: Subfield, tag: str) -> str:
        """``value`` without ISBD end punctuation (a period after an abbreviation stays)."""
        i = len(value)
        while i and (value[i - 1] in _ISBD_END or value[i - 1].isspace()):
            i -= 1
        if i == len(value):
            return value
        cut, tail = value[:i], value[i:]
        dots = tail.find("...")
        if dots >= 0:  # an ellipsis is the cataloguer's omission mark, not ISBD punctuation
            kept = (cut + tail[: dots + 3]).rstrip()
            return kept if kept == value else self._noted(kept, value, sub, tag)
        words = cut.split()
        last = words[-1] if words else ""
        keep = "." in tail and (
            (len(last) == 1 and last.isalpha())
            or last.casefold() in self.mm.keep_period_after
            or "." in last
            or (
                len(last) <= 4
                and last[:1].isupper()
                and last.isalpha()
                and sum(w.endswith(".") for w in words[:-1]) >= 2
            )
        )
        new = cut + "." if keep else cut
        return self._noted(new, value, sub, tag) if new != value else new.strip()

    def _noted(self, new: str, value: str, sub: Subfield, tag: str) -> str:
        self.note("removed-isbd-punctuation", f"{tag} ${sub.code}: removed ISBD "
                  f"punctuation {value[len(new):]!r} from {value!r}", sub.span)  # fmt: skip
        return new.strip()

    def joined(self, parts: Sequence[Subfield], tag: str) -> tuple[str, str]:
        """Title and subtitle of title subfields: ``$b`` after ``:`` starts the subtitle
        (`` = `` keeps a parallel title, ``; `` a second one); ``$n``/``$p`` join with
        ``. `` (``, `` after a comma)."""
        title, subtitle = self.clean(parts[0], tag), ""
        prev = parts[0].value
        for s in parts[1:]:
            text = self.clean(s, tag, whole=False)
            if s.code == "b":
                sep = " = " if prev.endswith("=") else "; " if prev.endswith(";") else ": "
            else:
                sep = ", " if prev.endswith(",") else ". "
            if s.code == "b" and sep == ": " and not subtitle:
                subtitle = text
            elif subtitle:
                subtitle += sep + text
            else:
                title += sep + text
            prev = s.value
        return title, subtitle
