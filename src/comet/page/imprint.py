"""Catalogue imprints: ``Place : Publisher, Date`` and the shapes a catalogue prints without
ISBD punctuation, split into publisher, place and year. The words for an unknown place,
publisher or date are the locales' (``[references].no_place``, ``no_publisher``, ``no_date``).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates.years import YEAR_PATTERN
from comet.page.body_words import _body_word, _publisher_heads, _publisher_words
from comet.page.evidence import _YEAR
from comet.page.places import _cities, is_city
from comet.text._words import and_words, closed_class, particles
from comet.vocab.country import find_countries

#: an imprint that is only a date (``Publisher: 1984``, ``[1912?]``): no publisher in it
_DATE_ONLY = re.compile(rf"^[\[(]?(?:c|©|cop\.|℗)?\s*{YEAR_PATTERN}\??[\])]?[-–\d]*\.?$")

#: the date statement that closes an imprint: ``, 2014``, ``, [2014]``, ``, c1998``,
#: ``, 1854-57``, ``, Shōwa 46-47 [1971-1972]``
_IMPRINT_DATE = re.compile(rf",\s*[^,:;]*?{YEAR_PATTERN}[^,:;]*$")


#: a copyright or phonogram date after the date of publication: ``2019, ©2018``
_TRAILING_COPYRIGHT = re.compile(rf",\s*(?:©|℗|cop\.|c|p)\s?{YEAR_PATTERN}\]?\.?\s*$")

#: a bracketed date statement that closes an imprint without a comma, as a catalogue shows
#: subfields joined by spaces: ``… Press [1960]``, ``… [1974, c1935]``, ``… [1967-72. v. 1]``
_BRACKET_DATE = re.compile(rf"\s*,?\s*\[(?:c|©|ca\.|cop\.|p)?\s?{YEAR_PATTERN}[^\[\]]*\]\.?\s*$")

#: a bracketed copyright date after the date of publication: ``1975 [c1973]``
_COPYRIGHT_AFTER_DATE = re.compile(rf"(?<=\d)\]?\s*\[(?:c|©|cop\.|℗|p)\s?{YEAR_PATTERN}\]\.?\s*$")

#: a bare year after a bracketed publisher: ``Tokyo [Science Council] 1969``
_BARE_DATE = re.compile(rf"(?<=\])\s+(?:c|©|cop\.)?{YEAR_PATTERN}\??\.?\s*$")

#: a bare date closing an imprint whose subfields a catalogue joined by spaces, without ISBD
#: punctuation: ``Одесса тип. А. Брауна 1846``, ``СПб. 1897.``, ``Москва … 1804-1807``
_SPACED_DATE = re.compile(rf"(?<=\S)\s+(?:c|©|cop\.)?{YEAR_PATTERN}\??(?:-\d{{2,4}})?\.?\s*$")

#: a person's initials opening a publisher's name: ``А.А. Карцев``, ``J. Murray``
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}")

#: ``[Place] Publisher`` and ``Place [Publisher]``: the part a cataloguer supplied in brackets
_BRACKET_PLACE = re.compile(r"^\[([^\[\]]+)\]\s+([^\s:;,\[][^\[\]]*)$")
_BRACKET_PUBLISHER = re.compile(r"^([^\s\[\]:;][^\[\]:;]*?)\s+\[([^\[\]]+)\]$")

#: a short abbreviation after a place, part of it: ``Westport, Conn.``, ``Totowa, N.J.``,
#: ``New Albany, IN`` (not a publisher's ``Inc.``: that follows the publisher)
_PLACE_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){1,3}|[A-Z]{2})")

#: words of the place before the first comma of an imprint without ISBD colon, at most
#: (besides the words that join two places: ``Boston and New York``)
IMPRINT_PLACE_WORDS = 3


def _capitalised(word: str) -> bool:
    """``word`` opens with a capital, or with a letter of a script without case (Hebrew,
    Arabic, Devanagari, CJK: ``ירושלים``, ``القاهرة`` may be places too)."""
    c = word[:1]
    return c.isupper() or (c.isalpha() and not c.islower())


def _cased(word: str) -> bool:
    """``word`` opens with a letter of a script with case (Latin, Cyrillic, Greek…)."""
    c = word.lstrip("[(")[:1]
    return c.isupper() or c.islower()


@functools.cache
def _joiners(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' list words (``and``, ``und``, ``et``, ``&``) that join two places, one
    word each (casefolded: the words of a byline's list, comet.text._words.and_words)."""
    return frozenset({"&"} | {t for t in and_words(rules) if " " not in t})


@functools.cache
def _no_date_words(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The locales' words for a missing date (``n.d.``, ``s.d.``, ``o.J.``), longest first."""
    words = {t.casefold() for t in _loc.terms_of("references", rules, "no_date") if len(t) >= 3}
    return tuple(sorted(words, key=len, reverse=True))


@functools.cache
def _unknown_words(rules: tuple[_loc.LocaleRules, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The locales' words for an unknown place (``s.l.``, ``o.O.``) and publisher (``s.n.``)."""

    def folded(key: str) -> frozenset[str]:
        return frozenset(
            t.casefold().replace(" ", "") for t in _loc.terms_of("references", rules, key)
        )

    return folded("no_place"), folded("no_publisher")


def _unknown(part: str | None, words: frozenset[str]) -> bool:
    return (
        part is not None
        and part.strip(" []().,;:").casefold().replace(" ", "")
        in {w.strip(".") for w in words} | words
    )


def _imprint(
    value: str, rules: tuple[_loc.LocaleRules, ...] = (), *, named: bool = False
) -> tuple[str, str | None, int | None]:
    """A catalogue imprint (ISBD ``Place : Publisher, Date`` and its older comma form
    ``Place, Publisher, Date``) → publisher, place, year. ``London : Routledge, 2014`` →
    ``("Routledge", "London", 2014)``; a value that is only a date gives no publisher.
    Several ``Place : Publisher`` groups (``Oxford : Clarendon ; New York : OUP``) give the
    first; a copyright date after the date (``2019, ©2018``) is not the year; the locales'
    words for an unknown place or publisher (``[S.l.] : [s.n.]``) give none, and their words
    for a missing date (``[s.d.]``) are no part of the publisher. Without ISBD punctuation,
    as a catalogue joins the subfields with spaces: ``[Place] Publisher [1960]``, ``Place
    [Publisher] 1969``, ``Place, St., Publisher, Inc.``. ``named``: a label names the value
    the publisher (a shop's ``Publisher: Tor, 2011``): one word before the date is the
    publisher unless it is a city of the locales or the cataloguer's bracketed place."""
    dated = value
    eastern = _EASTERN_DIGITS.search(value) is not None
    value = western(value)  # 'تهران: نشر نی، ۱۳۹۴': its comma and digits
    if rules:
        value = _city_colon(_drop_no_date(value, _no_date_words(rules)), rules)
    place, pub, year = _imprint_parts(
        value,
        _joiners(rules) if rules else frozenset({"&"}),
        _publisher_heads(rules) if rules else frozenset(),
        _publisher_words(rules) if rules else frozenset(),
    )
    if rules and place is not None and _place_in_brackets(value, place, pub, rules):
        place, pub = pub.rstrip(" ?"), place  # 'Heron Books [Fenby], 2020': the place after
    after = _city_after(value, rules) if rules and "," in value else None
    if after is None and rules and value.count(",") >= 2:
        after = _country_after(value, rules)  # 'Fen Press, Clayton South, VIC, Australia'
    if after is not None and not (place and is_city(place, rules)):
        pub, place = after  # 'Fen Press, London, 2019': the publisher, then a known city
    elif place is None and (year is not None or value != dated):
        only = _place_only(pub, _publisher_words(rules) if rules else frozenset())
        if only is not None and named and not _supplied_place(pub, only, rules):
            only = None  # 'Publisher: Tor, 2011' (a shop's): a publisher's one-word name
        if only is not None:  # 'Boston [1964?]', '[San Francisco?, 1883]': no publisher
            place, pub = only, ""
    elif place is not None and _PLACE_ABBREVIATION.fullmatch(pub):
        place, pub = f"{place}, {pub}", ""  # 'Westport, Conn., 1990': the place's abbreviation
    if rules and after is None and "," in value and " : " not in value:
        first = _publisher_first(place, pub, rules)
        if first is not None:  # 'Heronweg Verlag, Sankt Augustin': its publisher word first
            pub, place = first
    no_place, no_publisher = _unknown_words(rules) if rules else (frozenset(), frozenset())
    if _unknown(place, no_place):
        place = None
    if _unknown(pub, no_publisher):
        pub = ""
    if eastern:
        year = None  # (a Solar Hijri year, '۱۳۹۴', is the date reader's to convert)
    return pub.rstrip(" ;:/"), place, year  # 'The World Bank; 1992': a stray mark before the date


#: the Arabic script's comma and its two sets of digits (Arabic-Indic, Persian), as their
#: Western forms: an imprint's punctuation and date, printed in the script
_WESTERN = str.maketrans({"،": ",", **{chr(0x660 + d): str(d) for d in range(10)},
                          **{chr(0x6F0 + d): str(d) for d in range(10)}})  # fmt: skip
_EASTERN_DIGITS = re.compile(r"[\u0660-\u0669\u06f0-\u06f9]")
#: the characters :data:`_WESTERN` changes (the Arabic comma and the two sets of digits)
_EASTERN_MARKS = re.compile(r"[\u060c\u0660-\u0669\u06f0-\u06f9]")


def western(text: str) -> str:
    """``text`` with the Arabic script's comma and digits as Western ones (:data:`_WESTERN`),
    translated only where one of them occurs (a translation looks up every character)."""
    if text.isascii() or _EASTERN_MARKS.search(text) is None:
        return text
    return text.translate(_WESTERN)


#: a colon with no space before it, after the imprint's first words (``München: Heron``)
_TIGHT_COLON = re.compile(r"(?P<place>[^\W\d_][^:;\[\]]{1,40}?):\s+(?=[^\W\d_\s])")


def _city_colon(value: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``München: Heron, 2015`` → ``München : Heron, 2015``: a colon with no space before it
    after a city of the locales' lexicon (with a state's or a country's name after a comma:
    ``Cambridge, Mass.: …``) is ISBD's colon between place and publisher, as a web catalogue
    or a Persian one prints it (``تهران: نشر نی``). After other words it may be a title's
    (``Fen Review: New Series``) and stays."""
    if " : " in value:
        return value
    m = _TIGHT_COLON.match(value.strip())
    if m is None:
        return value
    place = m.group("place")
    if not is_city(place.split(",")[0], rules):
        return value
    rest = place.split(",", 1)[1].strip() if "," in place else None
    if rest is not None and not (_PLACE_ABBREVIATION.fullmatch(rest) or _country(rest, rules)):
        return value  # 'Cambridge, Mass.: …', 'Oslo, Norway: …'; not 'Oslo, Fen Press: …'
    lead = len(value) - len(value.lstrip())
    at = lead + m.end("place")
    return f"{value[:at]} :{value[at + 1 :]}"


def _place_in_brackets(
    value: str, place: str, pub: str, rules: tuple[_loc.LocaleRules, ...]
) -> bool:
    """``Publisher [Place]`` read as ``Place [Publisher]``: the outer part names a publisher
    or a body and is no city, the bracketed part reads as a place (capitalised words, no
    such word): ISBD brackets a supplied place (``Heron Books [Fenby]``, ``Owlton [Council of
    Fenland Studies]`` stays)."""
    words = pub.rstrip("?").split()
    return (
        f"[{pub}" in value
        and f"[{place}" not in value
        and not is_city(place, rules)
        and any(_body_word(w, rules) for w in place.split())
        and 0 < len(words) <= PLACE_PART_WORDS
        and all(_place_word(w.rstrip(",")) and not _body_word(w, rules) for w in words)
    )


def _supplied_place(value: str, place: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A place-only imprint's place that reads as one even under a publisher's label: a city
    of the locales (``Boston``), a place with its abbreviation (``Berkeley, Calif.``) or one
    a cataloguer supplied in brackets or guessed (``[Boston?]``)."""
    return is_city(place.split(",")[0], rules) or "," in place or any(c in value for c in "[?")


#: an imprint's comma part that is its date alone (``2019``, ``[2019?]``, ``c2019``)
_DATE_PART = re.compile(rf"[\[(]?(?:c|©|cop\.)?\s?{YEAR_PATTERN}\??[\])]?\.?")


def _city_after(value: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, str] | None:
    """``Publisher, City`` (perhaps with its date after): publisher and place where the last
    comma part (with a state's abbreviation after it: ``Cambridge, Mass.``) is a city of the
    locales' lexicon and the first is none (``Fen Press, London``, ``Heronway, Madrid,
    2005``; a country after the city and a month before the year go: ``Fen Press, Oslo,
    NORWAY, July 2021``); ``None`` otherwise (``London, Fen Press`` is read the ISBD way, ``Paris,
    London`` names two places, ``Fen Press, 12 Dyke Road, Marshtown`` no known city)."""
    if " : " in value:
        return None
    parts = [p.strip() for p in value.split(",")]
    while parts and (_DATE_PART.fullmatch(parts[-1]) or dated_part(parts[-1], rules)):
        parts.pop()  # '…, 2019', '…, July 2021': the date statement
    if len(parts) >= 3 and _country(parts[-1], rules) and is_city(parts[-2], rules):
        parts.pop()  # 'Fen Press, Belgrade, Serbia': the city's country is no part of the place
    if len(parts) < 2 or not all(parts) or is_city(parts[0], rules):
        return None
    k = len(parts) - 1
    if k >= 2 and _PLACE_ABBREVIATION.fullmatch(parts[k]) and is_city(parts[k - 1], rules):
        k -= 1  # 'Cambridge, Mass.'
    elif not is_city(parts[k], rules):
        if not (k >= 2 and is_city(", ".join(parts[k - 1 :]), rules)):
            return None
        k -= 1  # 'Washington, D.C.'
    publisher = ", ".join(parts[:k])
    if (
        not publisher[:1].isupper()
        or any(c.isdigit() for c in publisher)
        or is_city(publisher, rules)
    ):
        return None
    place = ", ".join(parts[k:])
    if not (_PLACE_ABBREVIATION.fullmatch(parts[-1]) or _loc.fold(place) in _cities(rules)):
        place = place.rstrip(".")  # ('Fen Press, London.': the closing stop)
    return publisher, place


#: words of one comma part of a place at most (``Clayton South``, ``Rio de Janeiro``)
PLACE_PART_WORDS = 3


def _publisher_first(
    place: str | None, pub: str, rules: tuple[_loc.LocaleRules, ...]
) -> tuple[str, str] | None:
    """``Publisher, Place`` read the other way round, put right: the comma form's first part
    names a publisher or a body (a word of the locales: ``Heronweg Verlag``, ``Fen Press``,
    ``Marsh University``) and its last is a place's name (one to three capitalised words,
    particles between: ``Sankt Augustin``, ``Halle an der Saale``; no publisher's word, no
    abbreviation, no legal form, no country alone: ``Fen Press, Inc.``) → publisher and place. ``None``
    otherwise (``London, Fen Press`` is read the ISBD way already)."""
    if place is not None:
        first, last = place, pub
    else:
        parts = [p.strip() for p in pub.split(",")]
        if len(parts) != 2:
            return None
        first, last = parts
    if not any(_body_word(w, rules) for w in first.split()) or not first[:1].isupper():
        return None
    small = closed_class(rules) | particles(rules)
    words = last.split()
    inner = [w for k, w in enumerate(words) if 0 < k < len(words) - 1 and w in small]
    named = [w for w in words if w not in inner]
    if not (
        0 < len(named) <= PLACE_PART_WORDS
        and all(_place_word(w) and not w.endswith(".") and not w.isupper() for w in named)
        and not any(_body_word(w, rules) for w in named)
        and _loc.fold(last) not in _company_suffixes(rules)
        and not _country(last, rules)  # 'Centre for Fen Science, Norway': its country
    ):
        return None
    return first, last


@functools.cache
def _company_suffixes(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' legal forms of a company (``Inc``, ``GmbH``, ``Limited``), folded."""
    return frozenset(
        _loc.fold(t.rstrip(".")) for t in _loc.terms_of("words", rules, "company_suffixes")
    )


def _country_after(value: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, str] | None:
    """``Publisher, Place, Country`` (perhaps with its date after): the publisher names
    itself one (a word of a publisher's or a body's name of the locales: ``Fen Press``,
    ``Marsh Institute``), the last comma part is a country's name and the parts between are
    a place's (a few capitalised words or a state's abbreviation: ``Clayton South, VIC``):
    the place is printed whole, with its country (``Fen Press, Clayton South, VIC,
    Australia``), as a publisher's address names it. ``None`` otherwise (``Department of
    X, Fen University, Marshtown, Norway``: a university's department is no place)."""
    if " : " in value:
        return None
    parts = [p.strip() for p in value.split(",")]
    while parts and (_DATE_PART.fullmatch(parts[-1]) or dated_part(parts[-1], rules)):
        parts.pop()
    if len(parts) < 3 or not all(parts) or not _country(parts[-1], rules):
        return None
    publisher, places = parts[0], parts[1:-1]
    if (
        not publisher[:1].isupper()
        or any(c.isdigit() for c in publisher)
        or not any(_body_word(w, rules) for w in publisher.split())
    ):
        return None
    for part in places:
        words = part.split()
        if (
            len(words) > PLACE_PART_WORDS
            or not all(_place_word(w) for w in words)
            or any(_body_word(w, rules) for w in words)
        ):
            return None
    return publisher, ", ".join(parts[1:])


def _place_word(word: str) -> bool:
    """A capitalised word of letters (a stop or a hyphen inside: ``VIC``, ``N.S.W.``)."""
    return word[:1].isupper() and word.replace(".", "").replace("-", "").isalpha()


@functools.cache
def _month_names(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return frozenset(t.casefold().rstrip(".") for t in _loc.terms_of("months", rules))


def month_part(part: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``part`` is a month of the locales with its day perhaps (``Juni``, ``Jul 16``,
    ``12 May``): a date's words, no name (``Mayfield``, ``Fen 16`` are none)."""
    words = part.replace(".", " ").split()
    months = [w for w in words if w.casefold() in _month_names(rules)]
    rest = [w for w in words if w.casefold() not in _month_names(rules)]
    return len(months) == 1 and len(rest) <= 1 and all(w.isdigit() and len(w) <= 2 for w in rest)


def dated_part(part: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``part`` is a date with a month of the locales (``July 2021``, ``12 May 2019``,
    ``Juni 2024``): an imprint's date statement, no publisher's or place's name."""
    m = _YEAR.search(part)
    if m is None:
        return False
    rest = f"{part[: m.start()]} {part[m.end() :]}".strip(" .")
    return bool(rest) and month_part(rest, rules)


def _country(part: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``part`` is a country's name, whole (``Serbia``, ``SERBIA``; no bare code)."""
    return any(m.start == 0 and m.end == len(part) for m in find_countries(part, locales=rules))


#: what is left of an imprint with a date and no publisher: ``Boston``, ``[Berkeley,
#: Calif.]``, ``[San Francisco?`` (the cataloguer's guess, its bracket cut by the date)
_PLACE_ONLY = re.compile(
    r"\[?(?P<place>[^\W\d_][^\[\]:;,?\d]*?(?:,\s*(?P<abbr>[^\s\]?]+))?)(?P<q>\?)?\]?"
)


def _place_only(value: str, publisher_words: frozenset[str]) -> str | None:
    """The place of an imprint that names only a place and a date: one word
    (``Versailles, 1886``), a place with its short abbreviation (``[Berkeley, Calif.]``)
    or a place the cataloguer supplied in brackets or guessed (``[San Francisco?]``); a
    word of a publisher's name (``Press``) or more words unbracketed make it a publisher."""
    m = _PLACE_ONLY.fullmatch(value.strip(" ,."))
    if m is None:
        return None
    abbr = m.group("abbr")
    if abbr is not None and not _PLACE_ABBREVIATION.fullmatch(abbr):
        return None
    head = m.group("place").split(",")[0]
    words = head.split()
    if (
        not words
        or len(words) > IMPRINT_PLACE_WORDS
        or not all(_capitalised(w) for w in words)
        or any(w.casefold().strip(".") in publisher_words for w in words)
    ):
        return None
    guessed = value.lstrip().startswith("[") or m.group("q") is not None
    if len(words) > 1 and not guessed and abbr is None:
        return None
    return m.group("place").strip()


def _drop_no_date(value: str, words: tuple[str, ...]) -> str:
    """``Lahore : Maktabah, [s.d.]`` → ``Lahore : Maktabah`` (a missing date's word at the end)."""
    low = value.rstrip(" .]").casefold()
    for w in words:
        w = w.rstrip(".")
        if low.endswith(w) and (len(low) == len(w) or not low[-len(w) - 1].isalnum()):
            head = value.rstrip(" .]")[: -len(w)].rstrip(" [(")
            return head.rstrip(" ,;:") if head.strip(" ,;:") else value
    return value


def _imprint_parts(
    value: str,
    joiners: frozenset[str],
    heads: frozenset[str] = frozenset(),
    publisher_words: frozenset[str] = frozenset(),
) -> tuple[str | None, str, int | None]:
    value = value.strip().rstrip(".")
    only = _YEAR.search(value) if _DATE_ONLY.match(value) else None
    if only is not None:  # ('19991' fits the date shape but holds no year: no date)
        return None, "", int(only.group(1))
    value = _COPYRIGHT_AFTER_DATE.sub("", value)  # '1975 [c1973]': the first is the year
    date = _BRACKET_DATE.search(value) or _BARE_DATE.search(value)
    if date is None and _IMPRINT_DATE.search(_TRAILING_COPYRIGHT.sub("", value)):
        value = _TRAILING_COPYRIGHT.sub("", value)
    year = None
    comma_date = _IMPRINT_DATE.search(value)
    if date is None or (
        comma_date is not None
        and comma_date.start() < date.start()
        and any(c.isdigit() for c in value[comma_date.start() : date.start()])
    ):
        date = comma_date  # ', Shōwa 46-47 [1971-1972]': a date statement with its conversion
    if date is None:
        date = _SPACED_DATE.search(value)  # 'Одесса тип. А. Брауна 1846': subfields joined
    if date is not None:
        bracket = re.search(r"\[([^\]]*)\]\s*$", date.group())
        found = _YEAR.search(bracket.group(1) if bracket else date.group()) or _YEAR.search(
            date.group()
        )
        year = int(found.group(1)) if found else None
        value = value[: date.start()].strip()
    groups = [g for g in re.split(r"\s+;\s+", value) if g]
    if len(groups) >= 2 and " : " in groups[1] and " : " in groups[0]:
        value = groups[0]  # 'Oxford : Clarendon Press ; New York : OUP': the first imprint
    if " : " in value or re.search(r"\]\s*:\s", value):
        several = _publishers_after_place(value, publisher_words)
        if several is not None:  # 'Moskva : Novai︠a︡ gazeta : Zebra E': two publishers
            return several[0], several[1], year
        place, _, pub = value.rpartition(":")
        return place.strip(" ,;،") or None, pub.strip(" ,،"), year
    supplied = _BRACKET_PLACE.match(value) or _BRACKET_PUBLISHER.match(value)
    if supplied is not None:  # '[Toronto] University of Toronto Press', 'Tokyo [Science Council]'
        return supplied.group(1).strip(" ,?"), supplied.group(2).strip(" ,"), year
    comma_place, comma_pub, year = _comma_imprint(value, year, joiners)
    if comma_place is None:
        spaced = _spaced_imprint(value, heads, dated=year is not None)
        if spaced is not None:
            return spaced[0], spaced[1], year
    return comma_place, comma_pub, year


_ISBD_COLON = re.compile(r"\s+:\s+|(?<=\]):\s+")


def _publishers_after_place(value: str, publisher_words: frozenset[str]) -> tuple[str, str] | None:
    """``Place : Publisher : Publisher`` (ISBD: two publishers at one place) → place and the
    publishers: the place is the segments that read as places (a few capitalised words, no
    publisher word: ``Paris : Lyon : Librairie X``), up to the first that does not
    (``Novai︠a︡ gazeta``, ``Henan jiao yu chu ban she``: a lower-case word) when more than one
    segment follows it. One colon, or places only: ``None`` (the last colon splits)."""
    segs = [s.strip() for s in _ISBD_COLON.split(value)]
    if len(segs) < 3 or not all(segs):
        return None

    def place_like(seg: str, cased: bool) -> bool:
        words = seg.strip(" []?.,;").replace(",", " ").split()
        return (
            0 < len(words) <= IMPRINT_PLACE_WORDS + 1
            and all(_capitalised(w) and (not cased or _cased(w)) for w in words)
            and not any(w.casefold().strip(".") in publisher_words for w in words)
        )

    # after the first segment a place needs real capitals: in a script without case
    # nothing tells a place from a publisher, and ISBD puts the publishers after one place
    k = next((i for i, seg in enumerate(segs) if i and not place_like(seg, True)), len(segs))
    if k >= len(segs) - 1 or not place_like(segs[0], False):
        return None
    return " : ".join(segs[:k]), " : ".join(segs[k:])


def _spaced_imprint(
    value: str, heads: frozenset[str], *, dated: bool = True
) -> tuple[str, str] | None:
    """``Place Publisher`` joined by a space, without ISBD colon: the place is one to
    :data:`IMPRINT_PLACE_WORDS` capitalised words (only the first may end in a dot:
    ``СПб.``, ``М.``) before what opens a publisher's name: a locale's publisher head word
    (``Одесса тип. А. Брауна``; ``Санкт-Петербург Москва т-во М.О. Вольф``: two places), one
    word before one (``М. Гос. изд-во``, ``Санктпетербург В типографии …``), a person's
    initials (``Москва А.А. Карцев``) or a name in capitals (``Москва РКП``); a head word
    alone is no publisher (``Санкт-Петербург Синодальная тип.``: the adjective opens it). No
    such opening: no place (``Oxford University Press`` stays the publisher). Initials and
    capitals open a publisher only in an imprint with a date (``Springer US`` is a name)."""
    words = value.split()

    def head(w: str) -> bool:
        return w.casefold().rstrip(",;:") in heads

    def place_ok(place: list[str]) -> bool:
        return all(
            _capitalised(w)
            and not head(w)
            and (k == 0 or not w.endswith("."))
            and (len(w) >= 2 or w.endswith("."))  # 'В типографии': a preposition
            for k, w in enumerate(place)
        )

    last = min(len(words) - 1, IMPRINT_PLACE_WORDS)
    cues = (
        lambda rest: head(rest[0]) and len(rest) > 1,  # a head alone names no one
        lambda rest: len(rest) > 1 and head(rest[1]),
        lambda rest: dated and _INITIALS.fullmatch(rest[0]) is not None and len(rest) > 1,
        lambda rest: (
            dated
            and len(rest) == 1
            and len(rest[0]) >= 2
            and rest[0].isalpha()
            and rest[0].isupper()
        ),
    )
    for cue in cues:
        for i in range(1, last + 1):
            if place_ok(words[:i]) and cue(words[i:]):
                return " ".join(words[:i]).rstrip(","), " ".join(words[i:])
    return None


def _comma_imprint(
    value: str, year: int | None, joiners: frozenset[str]
) -> tuple[str | None, str, int | None]:
    """The comma form ``Place, Publisher`` of an imprint without ISBD colon: the place is a
    few capitalised words before the first comma (with a short abbreviation after it:
    ``Westport, Conn.``); without a date the publisher must have two words at least
    (``Springer, Berlin`` stays one name)."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) < 2 or not all(parts):
        return None, value, year
    head = parts[0]
    rest = parts[1:]
    if len(rest) >= 2 and _PLACE_ABBREVIATION.fullmatch(rest[0]):
        head, rest = f"{head}, {rest[0]}", rest[1:]
    pub = ", ".join(rest)
    place_words = [w for w in parts[0].split() if w not in joiners]
    if (
        len(place_words) > IMPRINT_PLACE_WORDS
        or not all(_capitalised(w) for w in place_words)
        or any(c.isdigit() for c in parts[0])
        or (year is None and (len(pub.split()) < 2 or len(parts) > 3))
        or (year is not None and len(parts) > 3 and head == parts[0])
    ):
        return None, value, year
    return head, pub, year
