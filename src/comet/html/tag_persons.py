"""A name tag's value read as persons: links, handles and host names are no names; an
affiliation, a catalogue heading's dates and a role after the name are no part of one; a
tag that holds a list gives the list (``author`` and ``editor`` tags of every family)."""

from __future__ import annotations

import functools
import re

from comet.html.table import tag_table
from comet.html.tag_text import _SPACE, _lenient, _unescaped
from comet.locales import casefolded_terms, resolve
from comet.names import Person, is_organisation_word, parse_name, parse_names
from comet.page.byline_text import _without_orcid
from comet.page.name_headings import _ROLE_WORDS

_EMPTY_ITEMS = re.compile(r"(?:,\s*){2,}")


#: A link or a path: a profile page (``article:author``), not a name.
_LINK_VALUE = re.compile(r"^\s*(?:[a-z][\w+.-]*://|www\.|/)", re.I)
#: A link or a handle inside a name (``Jo Doe - https://…``, ``Jo Doe @jodoe``): dropped.
_LINK_IN_NAME = re.compile(r"(?:https?://|www\.)\S*|(?<!\S)@\w+", re.I)
#: A host name (``example.de``, ``Site.com-Team``): a site, not a person.
_HOST_NAME = re.compile(r"(?<![\w.])[^\W\d_]{2,}\d*\.(?:[a-z]{2,12}|[A-Z]{2,3})(?![^\W\d_]|\.)")
#: One word with digits, underscores or an ``@`` (``jdoe_1``; ``jane.doe`` is a host
#: name's shape, ``J.Smith`` a name with its initial), or
#: lower-case words joined by hyphens (``jane-doe``): a user name or a slug.
_HANDLE = re.compile(r"^(?=[^\s,]*[\d_@])[^\s,]+$|^[a-z]+(?:-[a-z]+)+$")


def name_text(value: str) -> str | None:
    """A name tag's value without the links and handles beside the name; ``None`` when
    the value is a link, a path, a user name or a host name rather than a name.

    >>> name_text("Jo Doe @jodoe"), name_text("https://example.org/by/jo-doe")
    ('Jo Doe', None)
    """
    if _LINK_VALUE.match(value):
        return None
    text = _SPACE.sub(" ", _LINK_IN_NAME.sub(" ", _unescaped(value))).strip(" -–—|,;:")
    if not text or _HOST_NAME.search(text) or _HANDLE.match(text):
        return None
    return text


def _org_part(part: str) -> bool:
    return any(is_organisation_word(w) for w in _WORD.findall(part))


_WORD = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?")


def without_affiliation(text: str) -> str:
    """A name tag's value without the affiliation written after it, behind a comma
    (``Jo Doe, University of Tarn`` → ``Jo Doe``; ``Doe, Jo, Tarn Institute`` → ``Doe,
    Jo``): the first part that names an organisation (the locales'
    ``[person_names].organisation_words``) and all after it are dropped, where what stays
    is one name — a name of two words or more, or an inverted one, family name then given
    names — and holds no such word itself (``Tarn University, Department of Physics``, a
    body's name, is kept whole).

    >>> without_affiliation("Jo Doe, University of Tarn"), without_affiliation("Doe, Jo")
    ('Jo Doe', 'Doe, Jo')
    """
    if "," not in text or ";" in text:
        return text
    parts = [p.strip() for p in text.split(",")]
    for k in range(1, min(len(parts), 3)):
        if not _org_part(parts[k]):
            continue
        head = parts[:k]
        one_name = (k == 1 and len(head[0].split()) >= 2) or (
            k == 2 and len(head[0].split()) == 1 and head[1] != ""
        )
        if one_name and all(h and not _org_part(h) for h in head):
            return ", ".join(head)
        return text
    return text


#: A library catalogue's name heading (MARC 100/700 as catalogues print it): an inverted
#: name, the person's dates (``1961-``, ``1920-1999``, ``1950-....``, ``1920?-``, in
#: brackets or not) and what follows them, a relator term (``author.``, ``editor``).
_HEADING = re.compile(
    r"^(?P<name>[^,()\[\]\d]+,[^,()\[\]\d]+?)\s*,?\s*\(?\s*"
    r"\d{3,4}\??\s*-\s*(?:\d{3,4}\??|\.{2,4})?\s*\)?(?P<rest>(?:\s*,)?\s*[^\d]{0,60})$"
)
#: A role written in brackets after a name (``Doe, Jane (Hrsg.)``, ``Jo Doe [ed.]``).
_ROLE_BRACKET = re.compile(r"[(\[]([^()\[\]]{1,40})[)\]]\s*\.?\s*$")


@functools.cache
def _name_placeholders() -> frozenset[str]:
    """What a name tag holds for a creator not known (``Unknown``, ``Anonym``), casefolded:
    the ``[words] name_placeholders`` of every locale, as the tags carry no page language."""
    return casefolded_terms("words", resolve(None), "name_placeholders")


@functools.cache
def _role_words() -> dict[str, str]:
    """Role words of every locale, casefolded, without a closing full stop, and the role
    each names: the names' role words (``[person_names]`` ``editor``, ``editors``,
    ``translator``, ``compiler``, ``illustrator``, ``author``) and the labels of a thesis's
    supervisors (``[labels] supervisor``: ``Thesis advisor``)."""
    rules = resolve(None)
    roles: dict[str, str] = {}
    for key, role in _ROLE_WORDS.items():
        for t in casefolded_terms("person_names", rules, key):
            roles.setdefault(t.rstrip(".").strip(), role)
    for t in casefolded_terms("labels", rules, "supervisor"):
        roles.setdefault(t.rstrip(".").strip(), "supervisor")
    roles.pop("", None)
    return roles


def _role_tail(value: str) -> tuple[str, str] | None:
    """``(name, tail)``: a name tag's value split before what may name a role after the
    name (:func:`tag_role`), or ``None`` where nothing follows the name."""
    v = _SPACE.sub(" ", value).strip()
    heading = _HEADING.match(v)
    if heading is not None:
        return heading.group("name").strip(), heading.group("rest")
    if (bracket := _ROLE_BRACKET.search(v)) is not None:
        return v[: bracket.start()].strip(), bracket.group(1)
    commas = v.count(",")
    if commas == 2 or (commas == 1 and len(v.split(",", 1)[0].split()) >= 2):
        # ``Family, Given, role`` or ``Given Family, role``, not a name with an address
        # after it; and the role written as one: lower-case (``editor``, ``ed.``) or
        # abbreviated (``Hrsg.``) — a capitalised word without a full stop is a given name
        # (``Van Buren, Ed``)
        head, tail = v.rsplit(",", 1)
        t = tail.strip()
        if t and (t == t.lower() or t.endswith(".")):
            return head.strip(), tail
    return None


@functools.lru_cache(maxsize=4096)
def tag_role(value: str) -> str | None:
    """The role a name tag's value gives its person after the name, as library catalogues
    write name headings and some platforms their name tags: a relator after the person's
    dates (``Halvorsen, Marit, 1961- author.``), in brackets (``Doe, Jane (Hrsg.)``), or
    after a comma (``Brekke, Odd, editor.``, ``Jo Doe, ed.``): ``editor``, ``translator``,
    ``compiler``, ``illustrator``, ``supervisor``, ``author`` (the locales' role words);
    ``None`` where the value names no role.

    >>> tag_role("Brekke, Odd, editor."), tag_role("Doe, Jane (Hrsg.)"), tag_role("Doe, Jane")
    ('editor', 'editor', None)
    """
    split = _role_tail(value)
    if split is None:
        return None
    tail = split[1].strip(" .,;:").casefold()
    return _role_words().get(tail) if tail else None


def _without_role(value: str) -> str:
    """A name tag's value without a catalogue heading's dates and the role after the name
    (``Halvorsen, Marit, 1961- author.`` → ``Halvorsen, Marit``; ``Doe, Jane, Ed.`` →
    ``Doe, Jane``)."""
    split = _role_tail(value)
    if split is None:
        return value
    if _HEADING.match(_SPACE.sub(" ", value).strip()) or tag_role(value) is not None:
        return split[0]
    return value


def _person(value: str) -> Person | tuple[Person, ...] | None:
    """One name; a tag that holds a list of names (``A. Doe, , B. Roe``; two names
    around one comma that are not one inverted name, ``Jo Doe, Al Roe``; names joined by a
    list word, ``Jo Doe and Al Roe``) gives the list.
    A link, a user name or a host name is no name (:func:`name_text`); an ORCID iD and an
    affiliation written after the name (:func:`without_affiliation`) are no part of it,
    nor are a catalogue heading's dates and a role after the name (:func:`_without_role`)."""
    named = name_text(
        _without_role(value) if "," in value or "(" in value or "[" in value else value
    )
    if named is None:
        return None
    if "-" in named:
        named = _SPACE.sub(" ", _without_orcid(named)).strip(" ,;:-")
        if not named:
            return None
    text = without_affiliation(_EMPTY_ITEMS.sub(", ", named).strip(" ,;"))
    if ";" in text or text.count(",") >= 2 or _EMPTY_ITEMS.search(value):
        many = _persons(text)
        if many and len(many) > 1:
            return many
    person = _lenient(parse_name, text)
    if isinstance(person, Person) and (person.family or person.literal):
        if not person.given and person.family in tag_table().publication_articles:
            return None  # an article left alone ('The Editors' without its role word)
        return person
    # not one name: two names around one comma ('Jo Doe, Al Roe') or a list word
    # ('Jo Doe and Al Roe', 'Jo Doe & Al Roe'), as some platforms fill one author tag
    many = _persons(text)
    if many and len(many) > 1 and all(p.family and p.given for p in many):
        return many
    return None


def _persons(value: str) -> tuple[Person, ...] | None:
    plist = _lenient(parse_names, value)
    return tuple(plist) if plist else None
