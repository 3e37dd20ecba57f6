"""Translations of the demo's section and topic names, by topic slug.

Written by the development team (not by native speakers) from the German names alone; every
one is stored with "needs review by a native speaker". Names only: no facts are added.
"""

TOPIC_TRANSLATIONS = {
    "unbegleitete-minderjaehrige": {
        "en": "Unaccompanied minors",
        "ar": "القاصرون غير المصحوبين",
        "fa": "افراد زیر سن قانونی بدون همراه",
        "uk": "Неповнолітні без супроводу",
    },
    "unbegleitete-minderjaehrige-einfuehrende-informationen": {"en": "Introductory information"},
    "unbegleitete-minderjaehrige-themen-im-ueberblick": {"en": "Topics at a glance"},
    "unbegleitete-minderjaehrige-weitere-themen-und-fragen": {"en": "Further topics and questions"},
    "begleitete-minderjaehrige": {
        "en": "Accompanied minors",
        "ar": "القاصرون المصحوبون",
        "fa": "افراد زیر سن قانونی با همراه",
        "uk": "Неповнолітні із супроводом",
    },
    "begleitete-minderjaehrige-asylverfahren": {"en": "Asylum procedure"},
    "begleitete-minderjaehrige-geburtsurkunde": {"en": "Birth certificate"},
    "begleitete-minderjaehrige-jugendhilfe": {"en": "Child and youth welfare"},
    "begleitete-minderjaehrige-kindergeld": {"en": "Child benefit"},
    "begleitete-minderjaehrige-lebenssituation": {"en": "Living situation"},
    "begleitete-minderjaehrige-unterbringung-schutzkonzepte": {
        "en": "Accommodation / safeguarding concepts"
    },
    "begleitete-minderjaehrige-abschiebung": {"en": "Deportation"},
    "begleitete-minderjaehrige-psychosoziale-versorgung-trauma": {
        "en": "Psychosocial care / trauma"
    },
    "junge-volljaehrige-leaving-care": {
        "en": "Young adults – leaving care",
        "ar": "الشباب البالغون – مغادرة رعاية الشباب",
        "fa": "جوانان بزرگسال – پایان حمایت‌های جوانان",
        "uk": "Молоді повнолітні – завершення опіки",
    },
    "junge-volljaehrige-leaving-care-grundlegende-informationen": {"en": "Basic information"},
    "junge-volljaehrige-leaving-care-leaving-care-uebergaenge-gestalten": {
        "en": "Leaving care – shaping transitions"
    },
    "junge-volljaehrige-leaving-care-hilfen-fuer-junge-volljaehrige-41-sgb-viii": {
        "en": "Support for young adults – § 41 SGB VIII"
    },
    "junge-volljaehrige-leaving-care-beratung-in-thueringen": {"en": "Counselling in Thuringia"},
    "kinderrechte": {
        "en": "Children's rights / §§",
        "ar": "حقوق الطفل / §§",
        "fa": "حقوق کودک / §§",
        "uk": "Права дитини / §§",
    },
    "kinderrechte-international": {"en": "International"},
    "kinderrechte-europa": {"en": "Europe"},
    "kinderrechte-bundesweit": {"en": "Germany-wide"},
    "kinderrechte-kinderrechte-mehrsprachig": {"en": "Children's rights (multilingual)"},
    "geas-kinderrechte": {
        "en": "CEAS & children's rights",
        "ar": "النظام الأوروبي المشترك للجوء وحقوق الطفل",
        "fa": "نظام مشترک پناهندگی اروپا و حقوق کودک",
        "uk": "Спільна європейська система притулку і права дитини",
    },
    "geas-kinderrechte-geas-anpassungsgesetze": {"en": "CEAS adaptation acts"},
    "geas-kinderrechte-stellungnahmen-gutachten-positionspapiere": {
        "en": "Statements, expert opinions, position papers"
    },
    "adressen-in-thueringen": {
        "en": "Addresses in Thuringia",
        "ar": "عناوين في تورينغن",
        "fa": "نشانی‌ها در تورینگن",
        "uk": "Адреси в Тюрингії",
    },
    "adressen-bundesweit": {
        "en": "Addresses throughout Germany",
        "ar": "عناوين في جميع أنحاء ألمانيا",
        "fa": "نشانی‌ها در سراسر آلمان",
        "uk": "Адреси по всій Німеччині",
    },
}
