"""Catalogue name headings read as persons: relator terms (``[composer.]``) and life
dates dropped, inverted headings and the headings of bodies, and the names of other roles
(``Contributor(s):`` with their relator terms). A step of the person candidates
(:mod:`comet.page.persons`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from comet import locales as _loc
from comet.dates.years import YEAR_PATTERN
from comet.names import Person, parse_names
from comet.page.byline_text import before_run_in_label
from comet.page.chrome import _interface_in_names, _is_chrome, _unglue
from comet.page.evidence import _DIGIT_RE, _WORD, _lenient, _Page
from comet.page.languages import _romanised_first
from comet.page.name_plausible import known_given
from comet.page.title_shapes import _organisation_words

#: a relator term in brackets after a heading: ``[composer.]``, ``[writer of added commentary.]``
_RELATOR = re.compile(r"\s*\[(?=[^\W\d_A-Z])[^\]]{1,60}\](?:[^\[\]|]{0,12}\])?")


@functools.cache
def _life_dates(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A heading's life dates (``, 1843-1907``, ``, 1950-``, ``, b. 1931-``): years of
    comet.dates.years, perhaps after a word of the locales' ``[date_words]`` for a birth, a
    death or an approximate year (``born``, ``died``, ``circa``: *b.*, *d.*, *ca.*), or in
    brackets, as German and Russian catalogues print them (``Lund, Eva (1950-)``)."""
    words = [
        *_loc.terms_of("date_words", rules, "born"),
        *_loc.terms_of("date_words", rules, "died"),
        *_loc.terms_of("date_words", rules, "circa"),
    ]
    alt = _loc.alternation(words)
    word = rf"(?:(?:{alt})\s*)?" if alt else ""
    return re.compile(
        rf",?\s*{word}{YEAR_PATTERN}\??-(?:{YEAR_PATTERN}\??)?(?=\s*(?:[.;|]|$))"
        rf"|\s*\({word}{YEAR_PATTERN}\??\s*[-–]\s*(?:{YEAR_PATTERN}\??)?\)(?=\s*(?:[.;|]|$))"
    )


def _label_names_ok(persons: Sequence[Person], rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Names under an author label: a label vouches for them, so an organisation
    (``literal``) or a single name (``Horace``) is fine; interface words and digits are not."""
    if not persons:
        return False
    ui = _interface_in_names(rules)
    for p in persons:
        whole = p.literal or f"{p.given or ''} {p.family or ''}"
        if _DIGIT_RE.search(whole) or not _WORD.search(whole):
            return False
        own = _family_word(p)  # 'Andreas Link': an interface word that is his family name
        if any(w.casefold() in ui and w != own for w in _WORD.findall(_unglue(whole, rules))):
            return False
        if p.raw and any(w.casefold() in ui and w != own for w in _WORD.findall(p.raw)):
            return False  # 'Nom complet' (a search form's field) read as one glued name
    return True


def _family_word(p: Person) -> str | None:
    """The family name of ``p`` where it is one word in title case after one given name, a
    known one (``Andreas Link``, ``Link, Andreas``; never ``Jane Austen Share``): a family name
    may be an interface word (*Link*, *Post*, *Share*), a search form's field (``Nom
    complet``) opens with none."""
    fam, given = p.family or "", (p.given or "").split()
    if p.literal is not None or len(given) != 1 or not fam.istitle() or " " in fam:
        return None  # ('Jane Austen Share': a family name before it, the word a button's)
    return fam if known_given(given[0]) else None


#: a corporate body's heading: words without a comma, then a qualifier in parentheses
#: (``Geological Survey (U.S.)``, ``Bibliothèque nationale (France)``); a person's heading
#: is inverted (``Ruiz, Ana (Ana María)``) and keeps the name parser
_CORPORATE_HEADING = re.compile(r"(?P<name>[^\W\d_][^,;()\d]*?)\s+\([^()\d]+\)")


def _corporate_heading(value: str, min_words: int = 2) -> bool:
    """A name heading of a corporate body (``min_words`` words or more before its qualifier,
    no comma: ``Geological Survey (U.S.)``, ``SpringerLink (Online service)``)."""
    m = _CORPORATE_HEADING.fullmatch(value.strip())
    return m is not None and len(m.group("name").split()) >= min_words


def _heading_names(value: str, rules: tuple[_loc.LocaleRules, ...] | None = None) -> str:
    """A catalogue name heading read as a name list: bracketed relator terms
    (``[composer.]``) and life dates (``, 1833-1897``) dropped, ``|`` between headings."""
    value = value.strip().rstrip(".")
    if value.startswith("[") and value.endswith("]") and value.count("[") == 1:
        value = value[1:-1]  # a heading the cataloguer supplied: [Villars, Pierre, 1623-1698]
    value = _RELATOR.sub("", value)
    value = _life_dates(_loc.resolve(None) if rules is None else rules).sub("", value)
    headings = (_one_person(p.strip(" .,")) for p in value.split(" | "))
    return " ; ".join(h for h in headings if h)


#: a corporate heading's hierarchy: a unit's name, a full stop, the next unit
#: (``서울대학교. 규장각한국학연구원``, ``Fenland University. Library``); group 1 the
#: word before the full stop (a title such as ``Dr.`` or ``Mme.`` makes no unit)
_BODY_UNITS = re.compile(r"([^\W\d_]{2,})\.\s+[^\W\d_]")


@functools.cache
def _title_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' personal titles and honorifics, folded, without their full stop."""
    return frozenset(
        t.casefold().rstrip(".")
        for key in ("titles", "given_name_titles")
        for t in _loc.terms_of("person_names", rules, key)
    )


def _body_units(value: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Whether a heading without a comma holds a body's units (``Fenland University.
    Library``), not a name after a title (``Dr. Ana Ruiz``, ``Mme. Ida Berg``)."""
    titles = _title_words(rules)
    return any(m.group(1).casefold() not in titles for m in _BODY_UNITS.finditer(value))


def _inverted_heading(value: str, page: _Page) -> tuple[Person, ...] | None:
    """One catalogue heading on a catalogue page (a kind with holdings): with one comma, one
    inverted name, family first (``Салиас де Турнемир, Евгений Андреевич``, ``Abā Buṭayn,
    Aḥmad ibn Muḥammad``: not two names ``Given Family, Given Family``); without a comma
    but with the units of a body (``서울대학교. 규장각한국학연구원``), a body's name. On any
    page, one inverted name by the given names known (:func:`inverted_by_lexicon`)."""
    if inverted_by_lexicon(value):
        plist = _lenient(parse_names, value, locales=page.rules, order="family-first")
        if plist is not None and len(plist) == 1 and plist[0].literal is None:
            return tuple(plist)
    if page.kind is None or "holdings" not in page.kind.flags or " ; " in value:
        return None
    if ", " not in value and _body_units(value, page.rules):
        body = value.strip(" .")
        return (Person(literal=body, raw=value),)
    if value.count(", ") != 1:
        return None
    plist = _lenient(parse_names, value, locales=page.rules, order="family-first")
    if plist is None or len(plist) != 1 or plist[0].literal is not None:
        return None
    return tuple(plist)


#: words of each part of ``Family Family, Given Given`` at most
INVERTED_PART_WORDS = 3
_PLAIN_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def inverted_by_lexicon(value: str) -> bool:
    """``Quintero Mesa, Luis Alberto``: one name, family first, not two given-first names,
    where one comma parts two runs of two or three plain capitalised words, no word
    before the comma is a known given name (a given-first name opens with one) and every
    word after it is (``Ana Ruiz, Ida Moe`` and ``Subimal Ghosh, Anna Berg`` stay two)."""
    head, comma, tail = value.strip().partition(", ")
    if not comma or "," in tail:
        return False
    fam, giv = head.split(), tail.split()
    if not (2 <= len(fam) <= INVERTED_PART_WORDS and 1 <= len(giv) <= INVERTED_PART_WORDS):
        return False
    if len(fam) + len(giv) < 4:
        return False  # 'García Márquez, Gabriel': the name parser reads it so already
    if not all(_PLAIN_WORD.fullmatch(w) and w[:1].isupper() for w in (*fam, *giv)):
        return False
    return not any(known_given(w) for w in fam) and all(known_given(w) for w in giv)


#: one side of a labelled value's only comma: two to four capitalised Latin words
_NAME_SIDE = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ -][A-ZÀ-ÖØ-Þ][^\W\d_]+){1,3}")


def _inverted_elsewhere(left: str, right: str, page: _Page) -> bool:
    """The page prints the same person inverted with initials (``Rojas Blanco, E. A.``) or
    another labelled name inverted (``Pardo Cuervo, Ignacio`` under an advisor's label): the
    record's convention is family first."""
    initials = rf"{re.escape(left)},\s*{re.escape(right[0])}\."
    if re.search(initials, page.text):
        return True
    for lv in page.layout.labels:
        if lv.key in ("supervisor", "editor", "contributor") and lv.value.count(",") == 1:
            family = lv.value.split(",")[0].strip()
            if family and not known_given(family.split()[0]):
                return True
    return False


def inverted_label_name(value: str, page: _Page) -> tuple[Person, ...] | None:
    """A record's labelled name with two family names before its one comma (``Rojas Blanco,
    Edwar Alonso``): repository and catalogue records print their names inverted, so it is
    one person, not two written ``Given Family`` (``Jane Doe, John Smith`` stays two: its
    first word is a known given name; so does ``Ana Ruiz Lasso, Stefan Ulbrich``, whose part
    after the comma is a known given name and a family name). The order is ambiguous on its
    own, so it also needs a sign of inversion: the part after the comma ends in a known given
    name (``María José``), or the page prints the person inverted with initials or another
    labelled name inverted (:func:`_inverted_elsewhere`). Only two to four capitalised words
    on each side."""
    if value.count(",") != 1:
        return None
    left, right = (side.strip(" .") for side in value.split(","))
    if not (_NAME_SIDE.fullmatch(left) and _NAME_SIDE.fullmatch(right)):
        return None
    given = right.split()
    if known_given(left.split()[0]) or (known_given(given[0]) and not known_given(given[-1])):
        return None  # a second person in direct order after the comma: 'Stefan Ulbrich'
    if not (known_given(given[-1]) or _inverted_elsewhere(left, right, page)):
        return None  # 'Kaveh Ardalan, Roozbeh Nikfar': no sign that the page inverts names
    plist = _lenient(parse_names, value, locales=page.rules, order="family-first")
    if plist is None or len(plist) != 1 or plist[0].literal is not None:
        return None
    return tuple(plist)


def _one_person(heading: str) -> str:
    """An inverted personal heading with a title or epithet after the forenames (``Śarmā,
    Yadunātha, Darśanācārya``, ``Astor, Nancy, Viscountess``: MARC 100 $c) is one person:
    the parts after the forenames go where the name parser would read more names (a
    suffix such as ``Jr.`` stays)."""
    parts = heading.split(", ")
    if len(parts) < 3 or len(parts) % 2 == 0:
        return heading  # 'Moreau, T., Lindqvist, A.': inverted names in pairs, a list
    whole = _lenient(parse_names, heading)
    if whole is not None and len(whole) == 1:
        return heading
    two = ", ".join(parts[:2])
    first = _lenient(parse_names, two)
    return two if first is not None and len(first) == 1 else heading


def _bracketed(text: str) -> list[str]:
    """The contents of the top-level ``[…]`` groups of ``text`` (nested brackets kept)."""
    out: list[str] = []
    depth, start = 0, 0
    for i, c in enumerate(text):
        if c == "[":
            if depth == 0:
                start = i + 1
            depth += 1
        elif c == "]" and depth:
            depth -= 1
            if depth == 0:
                out.append(text[start:i])
    return out


#: a heading's last bracketed group, in round brackets (``Ruiz, Ana (Compiladora)``): a
#: relator term only where its whole text is one
_TRAILING_ROLE = re.compile(r"\(([^()]{1,40})\)\.?$")
_RELATOR_SPLIT = re.compile(r"\s*[,&;]\s*|\s+")


#: ``[person_names]`` role words of the locales → the CSL role they name
_ROLE_WORDS = {"author": "author", "editor": "editor", "editors": "editor",
               "translator": "translator", "compiler": "compiler", "illustrator": "illustrator"}  # fmt: skip


@functools.cache
def _relators(rules: tuple[_loc.LocaleRules, ...]) -> dict[str, str]:
    """Relator terms → CSL role: the MARC relator table (``marc_fields.toml``) and the
    locales' role words (``[person_names]`` ``translator``: ``пер.``, ``übers.``), folded
    and without end punctuation; the table's reading wins."""
    from comet.page.marc_map import load_map

    out: dict[str, str] = {}
    for key, role in _ROLE_WORDS.items():
        for term in _loc.terms_of("person_names", rules, key):
            out.setdefault(term.casefold().strip(" .,;:[]"), role)
    return {**out, **load_map().relators}


def _heading_roles(heading: str, rules: tuple[_loc.LocaleRules, ...] = ()) -> list[str]:
    """The CSL roles of a catalogue name heading's relator terms (``[composer.]``,
    ``[tr. [and] ed.]``, ``[пер.]``, a last ``(Compilador)`` of one term), from the MARC relator table (``marc_fields.toml``)
    and the locales' role words."""
    relators = _relators(rules)
    roles: list[str] = []
    paren = _TRAILING_ROLE.search(heading) if heading.endswith((")", ").")) else None
    if paren is not None:  # 'Alducin Varela, Guillermo (Compilador)': a shop's role mark
        role = relators.get(paren.group(1).strip(" .,;:").casefold())
        if role is not None and role != "author":  # ('(Author)': a contributor as before)
            roles.append(role)
    for group in _bracketed(heading):
        # 'tr. [and] ed.': each word, and each run of words, may be a relator term
        words = [w.strip(" .,;:[]").casefold() for w in _RELATOR_SPLIT.split(group)]
        terms = [group.strip(" .,;:").casefold(), *words]
        for term in terms:
            role = relators.get(term.strip(" .,;:[]"))
            if role is not None and role not in roles:
                roles.append(role)
    return roles


def _bodies(persons: Sequence[Person], rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Every name is a body's (a literal with an organisation word: ``Great Britain. Central
    Office of Information``), whose words may be interface words too."""
    org = _organisation_words(rules)
    return bool(persons) and all(
        p.literal is not None and any(w.casefold() in org for w in _WORD.findall(p.literal))
        for p in persons
    )


#: a semicolon after a name's bracketed relator term (a comma too, where two names or more
#: carry one): the next name and its own term follow
_AFTER_ROLE = re.compile(r"(?<=[\])])\s*;\s+")
_AFTER_ROLE_COMMA = re.compile(r"(?<=[\])])\s*[;,]\s+")


def _role_parts(value: str) -> list[str]:
    """A contributor value's headings, each with its own relator term: ``" | "`` parts, and
    a list whose every name carries its role in brackets split after each (``Berg, Mia
    [Hrsg.]; Dahl, Lars [Ill.]``: the editor, then the illustrator; ``Berg, Mia [Hrsg.],
    Dahl, Lars [Ill.]`` where two brackets or more stand in the heading)."""
    out = []
    for heading in value.split(" | "):
        cut = _AFTER_ROLE_COMMA if heading.count("[") + heading.count("(") >= 2 else _AFTER_ROLE
        out.extend(cut.split(heading))
    return out


def authors_part(value: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """An author label's value without the names its relator terms give another role
    (``Berg, Mia [Verfasser]; Dahl, Lars [Illustrator]`` → ``Berg, Mia [Verfasser]``; one
    heading of another role alone, ``Ana Ruiz (ed.)``, → ``""``); the value unchanged where
    it is one author's heading or every part is an author's."""
    parts = _role_parts(value)
    if len(parts) < 2:  # one heading: none where its last bracket gives another role only
        roles = _heading_roles(value, rules) if value.rstrip(" .").endswith((")", "]")) else []
        if roles and "author" not in roles:
            return ""
        paren = _TRAILING_ROLE.search(value.rstrip())
        if paren is not None and _relators(rules).get(paren.group(1).strip(" .,;:").casefold()):
            return value[: paren.start()].rstrip(" ,")  # 'Ana Ruiz (Author)': the role's mark
        return value
    kept = [p for p in parts if (roles := _heading_roles(p, rules)) == [] or "author" in roles]
    return "; ".join(kept) if kept and len(kept) < len(parts) else value


def _catalogue_roles(page: _Page) -> dict[str, list[Person]]:
    """Names in other roles: ``Contributor(s):`` headings by their relator terms (none:
    ``contributor``), and relator terms of ``By:`` headings other than author."""
    roles: dict[str, list[Person]] = {}
    for lv in _romanised_first(page.layout.values("contributor", "author"), lambda v: v.value):
        if page.weight(lv.value_start) < 1:
            continue
        value = before_run_in_label(lv.value, page.layout.lines[lv.line].text)
        for heading in _role_parts(value):
            found = _heading_roles(heading, page.rules)
            if lv.key == "author":
                found = [r for r in found if r != "author"]
                if not found:
                    continue
            names = _heading_names(heading, page.rules)
            paren = _TRAILING_ROLE.search(names)
            if paren is not None and _relators(page.rules).get(
                paren.group(1).strip(" .,;:").casefold()
            ):
                names = names[: paren.start()].strip(" ,")  # 'Ana Ruiz (ed.)': the role's mark
            qualified = _corporate_heading(names, min_words=1)
            if qualified:  # one heading of a body, qualified: 'SpringerLink (Online service)'
                plist: tuple[Person, ...] | None = (Person(literal=names, raw=names),)
            else:
                plist = _inverted_heading(names, page) or _lenient(
                    parse_names, names, locales=page.rules
                )
            if plist is None or not (
                _label_names_ok(list(plist), page.rules)
                or (
                    (qualified or _bodies(plist, page.rules))
                    and not _DIGIT_RE.search(names)
                    and not _is_chrome(names, page.rules)
                )
            ):
                continue
            for role in found or ["contributor"]:
                roles.setdefault(role, []).extend(plist)
    return roles
