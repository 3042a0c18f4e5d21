"""A site's interface in many languages, as locale data (``[words].interface_words``,
``interface_words_short_line``, ``call_to_action``): a shop's, a catalogue's or a journal's
buttons and menu lines are chrome, never a title or a person, in every language with such
lists; a title that holds one of these words among others stays a title. Every line and
page is invented.
"""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.locales import resolve
from comet.page.chrome import _call_to_action, _is_chrome
from comet.page.name_table import _one_person

RULES = resolve(None)

# --- interface lines: made only of interface words, or holding a call to action -------------


@pytest.mark.parametrize(
    "line",
    [
        "Sepetim Favorilerim",  # tr: my basket, my favourites
        "Giriş",  # tr: log in (alone on its line)
        "Paylaş Yazdır İndir",  # tr: share, print, download
        "Szukaj Zaloguj Koszyk",  # pl
        "Pobierz Drukuj Udostępnij",  # pl
        "Přihlášení Registrace Košík",  # cs
        "Keresés Bejelentkezés Kosár",  # hu
        "Pretraga Prijava Košarica",  # hr
        "Unduh Bagikan Kutip",  # id
        "Paieška Prisijungti Krepšelis",  # lt
        "Скачать Поделиться",  # ru
        "Завантажити Поділитися",  # uk
        "ログアウト カート お気に入り",  # ja
        "加入购物车 立即购买",  # zh
        "로그인 회원가입 장바구니",  # ko
        "חיפוש התחברות הרשמה",  # he
        "جستجو دانلود منو",  # fa
        "WEITER LESEN",  # de, in capitals: interface words still
        "GİRİŞ",  # tr, in capitals with the dotted capital I
        "Größe: px",  # a document viewer's size widget
        "Size: px",
    ],
)
def test_an_interface_line_is_chrome(line: str) -> None:
    assert _is_chrome(line, RULES)


@pytest.mark.parametrize(
    "line",
    [
        "Üye Ol / Giriş",  # tr: sign up / log in
        "Sepete Ekle",  # tr: add to basket
        "Dodaj do koszyka",  # pl
        "Přidat do košíku",  # cs
        "Dodaj u košaricu",  # hr
        "Į krepšelį",  # lt
        "Добавить в корзину",  # ru
        "장바구니 담기",  # ko
        "أضف إلى السلة",  # ar
        "הוסף לסל",  # he
        "Thêm vào giỏ hàng",  # vi
        "Đăng nhập để tiếp tục",  # vi
    ],
)
def test_a_shops_button_is_a_call_to_action(line: str) -> None:
    assert _call_to_action(line, RULES)


@pytest.mark.parametrize(
    "line",
    [
        "Devamını oku",  # tr: read more
        "Czytaj więcej",  # pl
        "Tovább olvasom",  # hu
        "Baca selengkapnya",  # id
        "Читати далі",  # uk
        "ادامه مطلب",  # fa
        "Xem thêm",  # vi
    ],
)
def test_a_read_more_button_is_chrome_on_its_own_line(line: str) -> None:
    # reading verbs are no call to action (a title may open with one): their words count
    # as interface words on a short line of such words alone
    assert _is_chrome(line, RULES)
    assert not _call_to_action(line, RULES)


# --- negatives: a title holding an interface word among others stays content --------------


@pytest.mark.parametrize(
    "line",
    [
        "Sosyolojiye Giriş",  # tr: an introduction to sociology (a book's title)
        "Kıyı Kentlerinde Alışveriş Alışkanlıkları",  # tr: shopping habits in coastal towns
        "Pomoc społeczna w małych gminach",  # pl: social assistance in small communes
        "Koszyk dóbr konsumpcyjnych a inflacja",  # pl: the consumer basket and inflation
        "Cesta domů přes hory",  # cs: the way home over the mountains
        "Kapcsolat a falvak között",  # hu: a relationship between villages
        "Prijava i odjava stanovništva",  # hr
        "Daftar Pustaka Sejarah Pesisir",  # id
        "Доставка грузов по северным рекам",  # ru: delivery of freight on northern rivers
        "Назад к истокам",  # ru: back to the sources
        "検索エンジンの歴史",  # ja: one run of words, a title
        "다음 세대를 위한 해안 연구",  # ko: coastal research for the next generation
        "SIZE AND SHAPE OF TIDAL POOLS",  # capitals: content words make content
        "ISBD MARC",  # capitals: acronyms stay neutral
        "Läs mer om havet och fiskarna",  # sv: a title opening with a reading verb
        "Czytaj więcej o morzu i rybakach",  # pl
        "La mer",  # fr: 'mer' is no short-line word ('more' in sv and nb only in 'Läs mer')
        "Das Meer",  # de
        "Le savoir",  # fr
        "Der Preis",  # de
        "La cena",  # es, it: 'cena' (price in pl, cs) is no short-line word
    ],
)
def test_a_title_with_an_interface_word_is_no_chrome(line: str) -> None:
    assert not _is_chrome(line, RULES)
    assert not _call_to_action(line, RULES)


@pytest.mark.parametrize(
    "line",
    [
        "Satın Alma Süreçlerinde Şeffaflık",  # tr 'satın al' inside 'satın alma': a title
        "Polityka kulturalna miast portowych",  # pl: 'polityka' without 'prywatności'
        "Đăng ký kinh doanh ở vùng ven biển",  # vi: business registration, no sign-up
    ],
)
def test_a_title_near_a_call_to_action_is_no_call(line: str) -> None:
    assert not _call_to_action(line, RULES)


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Anna Koszyk", "Koszyk"),  # pl: a surname that is a risky interface word (basket)
        ("Mehmet Takip", "Takip"),
    ],
)
def test_a_name_holding_a_short_line_interface_word_is_a_name(line: str, family: str) -> None:
    person = _one_person(line, RULES)
    assert person is not None and person.family == family


# --- whole pages: the interface line above a work's record is not its title ----------------

PAGES = {
    "tr": (
        "Üye Ol / Giriş\n\nSepetim (0)\n\n"
        "Martı Kıyısında Kış Notları\n\n"
        "Yazar: Selin Kaymaktepe\nYayınevi: Deniz Feneri Yayınları\nISBN: 9786059999012\n"
        "Sayfa Sayısı: 212\nBaskı: 1. Baskı, 2021\n\n"
        "Bir kıyı kasabasında geçen kışın günlüğü; balıkçılar, martılar ve fırtınalar üzerine "
        "kısa notlar. Devamını oku\n\nSepete Ekle\n",
        "Martı Kıyısında Kış Notları",
    ),
    "pl": (
        "Zaloguj Zarejestruj Koszyk\n\nDodaj do koszyka\n\n"
        "Zimowe notatki z wybrzeża\n\n"
        "Autor: Halina Brzeźnicka\nWydawnictwo: Latarnia\nISBN: 9788399999018\n"
        "Liczba stron: 212\nRok wydania: 2021\n\n"
        "Dziennik zimy w nadmorskim miasteczku: rybacy, mewy i sztormy. Czytaj dalej\n",
        "Zimowe notatki z wybrzeża",
    ),
    "de": (
        "Winterliche Notizen von der Küste - Arbeitspapier\n\n"
        "WEITER LESEN\n\n"
        "Winterliche Notizen von der Küste\n\n"
        "Helga Dünenkamp\n\nArbeitspapier 3/2021\n\nMärz 2021\n\n"
        "Zusammenfassung\n\nDas Papier beschreibt den Winter in einem Küstenort: Fischer, "
        "Möwen und Stürme über drei Jahrzehnte, nach den Tagebüchern der Hafenmeisterei.\n",
        "Winterliche Notizen von der Küste",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_an_interface_line_over_a_record_is_no_title(lang: str) -> None:
    text, title = PAGES[lang]
    assert parse_record(text).title == title


def test_a_title_of_interface_and_content_words_stays_the_title() -> None:
    # a real title holding interface words (basket, delivery) among content words
    text = (
        "Zaloguj Koszyk\n\n"
        "Koszyk dóbr i dostawa żywności w miastach portowych\n\n"
        "Autor: Halina Brzeźnicka\nWydawnictwo: Latarnia\nISBN: 9788399999018\nRok wydania: 2021\n"
    )
    assert parse_record(text).title == "Koszyk dóbr i dostawa żywności w miastach portowych"


@pytest.mark.parametrize(
    "line",
    [
        "Add to cart",
        "In den Warenkorb",
        "Ajouter au panier",
        "Añadir al carrito",
        "Aggiungi al carrello",
        "Adicionar ao carrinho",
        "In winkelwagen",
        "Lägg i varukorgen",
        "Læg i kurv",
        "Legg i handlekurven",
        "Lisää ostoskoriin",
        # a licence credit under a description a shop copied from an encyclopedia
        "(Source: Example Encyclopedia. Licensed under the Creative Commons Attribution licence.)",
        "(Bron: Voorbeeldpedia. Beschikbaar onder de licentie Creative Commons Naamsvermelding.)",
    ],
)
def test_a_shops_button_or_a_licence_credit_is_a_call_to_action(line: str) -> None:
    assert _call_to_action(line, RULES)


@pytest.mark.parametrize(
    "line",
    [
        "Creative Commons licences and open-access journals in coastal science",
        "Lizenzen für offene Zeitschriften: eine Bestandsaufnahme",
        "Free shipping and the basket size of online grocery buyers",  # a topic, no button
        "Buy now, pay later: consumer credit in small harbour towns",
        "Política de privacidad en los sitios web de los puertos",
    ],
)
def test_a_title_about_a_shop_or_a_licence_is_no_call_to_action(line: str) -> None:
    assert not _call_to_action(line, RULES)


#: a shop's record page in each language with interface lists: its account and basket line
#: above the book's title, a byline and an ISBN under it (invented titles and names)
SHOP_PAGES = {
    "cs": ("Přihlášení Registrace Košík", "Zimní zápisky z pobřeží", "Autor: Jana Pobřežná"),
    "hu": ("Bejelentkezés Regisztráció Kosár", "Téli jegyzetek a partról", "Szerző: Kovács Ilona"),
    "hr": ("Prijava Registracija Košarica", "Zimske bilješke s obale", "Autor: Ivana Obalić"),
    "id": ("Unduh Bagikan Keranjang", "Catatan Musim Hujan dari Pesisir", "Penulis: Sari Wati"),
    "lt": (
        "Prisijungti Registracija Krepšelis",
        "Žiemos užrašai nuo kranto",
        "Autorius: Ona Krantienė",
    ),
    "ru": ("Войти Регистрация Корзина", "Зимние заметки с побережья", "Автор: Ирина Береговая"),
    "uk": ("Увійти Реєстрація Кошик", "Зимові нотатки з узбережжя", "Автор: Ірина Берегова"),
    "ja": ("ログイン 会員登録 カート", "海辺の冬の覚え書き", "著者: 浜田 静子"),
    "ko": ("로그인 회원가입 장바구니", "바닷가의 겨울 기록", "저자: 김해안"),
    "he": ("חיפוש התחברות הרשמה", "רשימות חורף מן החוף", "מחבר: רות חופי"),
    "fa": ("ورود ثبت نام سبد", "یادداشت‌های زمستانی از ساحل", "نویسنده: مریم ساحلی"),
    "ar": ("تسجيل الدخول إنشاء حساب", "ملاحظات شتوية من الساحل", "المؤلف: سلمى الساحلي"),
    "vi": ("Đăng nhập Giỏ hàng", "Ghi chép mùa đông từ bờ biển", "Tác giả: Nguyễn Thị Hải"),
    "zh": ("登录 注册 购物车", "海岸冬日札记", "作者: 林海岸"),
}


@pytest.mark.parametrize("lang", sorted(SHOP_PAGES))
def test_a_shops_interface_line_in_each_language_is_no_title(lang: str) -> None:
    ui, title, byline = SHOP_PAGES[lang]
    text = f"{ui}\n\n{title}\n\n{byline}\nISBN 9786059999012\n2021\n"
    assert parse_record(text).title == title
