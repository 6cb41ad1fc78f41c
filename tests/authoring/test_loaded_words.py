"""Loaded words that `new` suggests (issue 16): each category of the lists in each language, the forms a
teacher does not have to write (English endings, Spanish gender and number, Arabic clitics and endings),
the senses a word is not loaded in, and the general rules (joined judgements, denial, shouting, quotations)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from literacy_app.authoring.suggest import Suggestions, suggest
from literacy_app.authoring.suggest.lexicon import LoadedWords, word_forms
from literacy_app.core.text import article_from_body

LISTS = Path(__file__).resolve().parents[2] / "literacy_app" / "authoring" / "loaded_words"


def loaded(body: str, language: str) -> list[str]:
    text, paragraphs, _origins = article_from_body(body + "\n")
    result: Suggestions = suggest(text, paragraphs, language=language)
    return [text[s.start:s.end] for s in result.loaded]


def reasons(body: str, language: str) -> list[str]:
    text, paragraphs, _origins = article_from_body(body + "\n")
    return [s.reason for s in suggest(text, paragraphs, language=language).loaded]


# --- one case for each category, in each language ------------------------------------------------------

@pytest.mark.parametrize("sentence, word, category", [
    ("Residents fear a terrifying rise in crime.", "terrifying", "fear and threat"),
    ("The scheme has been a catastrophe for the town.", "catastrophe", "disaster and crisis hyperbole"),
    ("The so-called experts were wrong again.", "so-called", "contempt for people and groups"),
    ("It is a disgrace that the pool is still shut.", "disgrace", "moral condemnation"),
    ("The parking plan was a fiasco from the start.", "fiasco", "scorn for a plan or decision"),
    ("Councillors enjoyed a lavish dinner at the town hall.", "lavish", "waste and money"),
    ("The mayor lambasted the opposition on Tuesday.", "lambasted", "violent metaphors for politics and debate"),
    ("The condescending letter went to every parent.", "condescending", "sneering and belittling"),
    ("The firm called the job losses collateral damage.", "collateral damage", "euphemism and minimising"),
    ("The town called the volunteers heroes.", "heroes", "glorifying and heroics"),
    ("The new centre offers a world-class experience.", "world-class", "puffery and promotion"),
    ("Places are going fast, so act now to join.", "act now", "sales pressure"),
    ("Fans call the tea a miracle cure for colds.", "miracle cure", "miracle and health hype"),
    ("The evidence is undeniable, the report concluded.", "undeniable", "certainty and absolutes"),
    ("It was a heartbreaking day for the families.", "heartbreaking", "emotional appeal"),
    ("City were on the end of a thrashing at home.", "thrashing", "sports hyperbole"),
    ("We are incredibly proud of the volunteers.", "incredibly proud", "intensifier with a judgement"),
    ("Who on earth approved this plan?", "Who on earth", "rhetorical questions and exclamations"),
])
def test_english_categories(sentence: str, word: str, category: str) -> None:
    assert loaded(sentence, "en") == [word]
    assert reasons(sentence, "en") == [f'loaded word: "{word}" ({category})']


@pytest.mark.parametrize("sentence, word", [
    ("Los vecinos viven una pesadilla cada noche.", "pesadilla"),                 # miedo y amenaza
    ("El cierre ha sido catastrófico para el barrio.", "catastrófico"),           # desastre
    ("Un grupo de matones ocupó la plaza.", "matones"),                            # desprecio
    ("Es vergonzoso que el parque siga cerrado.", "vergonzoso"),                   # condena moral
    ("La obra fue una chapuza desde el principio.", "chapuza"),                    # desdén por una decisión
    ("El gasto en luces es un despilfarro.", "despilfarro"),                       # derroche
    ("La alcaldesa arremetió contra la oposición.", "arremetió"),                  # metáforas violentas
    ("El equipo firmó una gesta en la final.", "gesta"),                           # glorificación
    ("Una academia con profesores de primer nivel.", "de primer nivel"),           # autobombo
    ("Solo quedan plazas limitadas para el curso.", "plazas limitadas"),            # presión de venta
    ("Venden el té como un remedio milagroso.", "remedio milagroso"),              # salud
    ("Sin duda, la medida funciona.", "Sin duda"),                                 # certeza
    ("Fue un momento desgarrador para las familias.", "desgarrador"),              # emoción
    ("La subida del agua es una cacicada.", "cacicada"),
    ("Un resultado tremendamente injusto.", "tremendamente injusto"),            # intensificadores
    ("¿Hasta cuándo vamos a esperar?", "Hasta cuándo"),                          # preguntas retóricas
    ("El base firmó un partidazo en la final.", "partidazo"),                    # hipérbole deportiva
])
def test_spanish_categories(sentence: str, word: str) -> None:
    assert loaded(sentence, "es") == [word]


@pytest.mark.parametrize("sentence, word", [
    ("يعيش السكان كابوساً كل ليلة.", "كابوساً"),                    # الخوف
    ("كان القرار كارثياً على الحي.", "كارثياً"),                      # الكارثة
    ("وصف المتظاهرين بالبلطجية.", "بالبلطجية"),                      # الازدراء
    ("هذا ظلم مشين بحق العائلات.", "ظلم مشين"),                     # الإدانة الأخلاقية
    ("كان المشروع مهزلة منذ البداية.", "مهزلة"),                     # الاستهزاء بقرار
    ("حقق الفريق إنجازاً تاريخياً أمس.", "إنجازاً تاريخياً"),           # التمجيد
    ("جهاز فريد من نوعه في السوق.", "فريد من نوعه"),                 # الترويج
    ("سارعوا بالحجز قبل نهاية الشهر.", "سارعوا بالحجز"),                    # ضغط البيع
    ("يروجون له على أنه علاج سحري للسكري.", "علاج سحري"),            # المعجزات والصحة
    ("بلا شك سيتحسن الوضع.", "بلا شك"),                              # اليقين
    ("مشهد يدمي القلب في المستشفى.", "يدمي القلب"),                  # المناشدة العاطفية
    ("فوز ساحق للنادي في النهائي.", "فوز ساحق"),                     # الرياضة
    ("إلى متى سننتظر إصلاح الطريق؟", "إلى متى"),                     # الأسئلة البلاغية
    ("يا لها من فضيحة!", "يا لها من فضيحة"),                         # التعجب
    ("المسؤولون يماطلون منذ شهور.", "يماطلون"),                      # أفعال الإدانة: المضارع
    ("ماطلت البلدية في الرد.", "ماطلت"),                              # والماضي
])
def test_arabic_categories(sentence: str, word: str) -> None:
    assert loaded(sentence, "ar") == [word]


# --- forms the teacher does not write ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, word", [
    ("The minister slammed the report.", "slammed"),            # slam: doubled consonant
    ("Critics keep slamming the plan.", "slamming"),
    ("The plan was shamefully delayed.", "shamefully"),          # shameful + ly
    ("Two disasters in a row.", "disasters"),                    # plural
    ("The scheme was bungled.", "bungled"),                      # bungle: e dropped
    ("They greedily took the money.", "greedily"),              # greedy: y to i
    ("A horrifically late train.", "horrifically"),              # horrific: -ally
    ("The fat cats on the board.", "fat cats"),                  # the last word of a phrase
    ("The council caved in on Friday.", "caved in"),             # the first word of a phrase
    ("A groundbreaking design.", "groundbreaking"),              # ground-breaking, written as one word
    ("A long-overdue repair.", "long-overdue"),                  # a part of a hyphenated word
])
def test_english_forms(sentence: str, word: str) -> None:
    assert loaded(sentence, "en") == [word]


@pytest.mark.parametrize("sentence, word", [
    ("Una decisión escandalosa.", "escandalosa"),                # escandaloso: feminine
    ("Unos precios escandalosos.", "escandalosos"),              # masculine plural
    ("Actuaron escandalosamente.", "escandalosamente"),          # adverb
    ("Unas cifras alarmantes.", "alarmantes"),                   # -e plural
    ("Fue una invasion de turistas.", "invasion"),               # without its accent
    ("Cuatro invasiones en un año.", "invasiones"),              # -ión plural
    ("Unas medidas draconianas.", "draconianas"),
    ("Un error gravísimo.", "gravísimo"),                        # -ísimo superlative
])
def test_spanish_forms(sentence: str, word: str) -> None:
    assert loaded(sentence, "es") == [word]


@pytest.mark.parametrize("sentence, word", [
    ("وهذه الفضيحة لن تمر.", "الفضيحة"),          # ال
    ("والفضيحة أكبر مما نظن.", "والفضيحة"),        # و + ال
    ("ونددوا بالفضيحة أمس.", "بالفضيحة"),          # ب + ال
    ("كشفوا فضيحتها أمس.", "فضيحتها"),             # ة + ها
    ("أرقام مذهلة حقاً.", "مذهلة"),                # feminine
    ("كانت الأرقام مذهلةً.", "مذهلةً"),            # with a vowel mark
    ("قرارات كارثية على الأحياء.", "كارثية"),       # nisba, feminine
    ("وقد فشل فشلاً ذريعاً.", "فشلاً ذريعاً"),      # both words of a phrase with their endings
    ("إنه فشل ذريع.", "فشل ذريع"),
    ("الفشل الذريع للخطة.", "الفشل الذريع"),        # ال on both words
    ("اكذوبة كبرى.", "اكذوبة"),                    # أكذوبة written without its hamza
    ("هذه فضيحه كبرى.", "فضيحه"),                  # ة written as ه
])
def test_arabic_forms(sentence: str, word: str) -> None:
    assert loaded(sentence, "ar") == [word]


def test_the_forms_come_from_the_rules_file() -> None:
    english, spanish, arabic = word_forms("en"), word_forms("es"), word_forms("ar")
    assert {"bullies", "bullied", "bullying"} <= english.of("bully")
    assert {"brutales", "brutalmente"} <= spanish.of("brutal")
    assert {"كارثية", "كارثيون"} <= arabic.of("كارثي")
    assert "فضيحة" in arabic.bare("بالفضيحة")
    assert "espectaculo" not in spanish.of("espectacular")  # an adjective in -cular gets no verb forms


# --- senses that are not loaded ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, language", [
    ("The new tax regime starts in April.", "en"),             # regime (not after: tax)
    ("A shock absorber broke on the bus.", "en"),               # shock (not before: absorber)
    ("He was charged with reckless driving.", "en"),             # reckless (not before: driving)
    ("Rubbish collection moves to Tuesdays.", "en"),             # rubbish (not before: collection)
    ("Police found an abandoned car in the lane.", "en"),        # abandoned (not before: car)
    ("El régimen fiscal cambia en enero.", "es"),                # régimen (not before: fiscal)
    ("وافقت الأغلبية الساحقة على القرار.", "ar"),                # ساحق (not after: أغلبية)
    ("عقد المجلس دورة استثنائية أمس.", "ar"),                    # استثنائي (not after: دورة)
])
def test_words_loaded_only_in_some_senses(sentence: str, language: str) -> None:
    assert loaded(sentence, language) == []


@pytest.mark.parametrize("sentence", [
    "The disaster-relief fund opened on Monday.",                      # disaster: the first part
    "Her manager-slash-mom, Tess, said no.",                          # slash: a middle part
])
def test_a_word_inside_a_hyphenated_compound_is_not_its_head(sentence: str) -> None:
    """An English compound's last part says what it is ("long-overdue" is overdue); its other parts only
    qualify it ("worst-affected" is not "worst"), so only the last part is looked up on its own."""
    assert loaded(sentence, "en") == []


def test_a_teacher_can_add_words_with_every_kind_of_entry() -> None:
    listing = ("## my words\nrubbish (not before: collection)\n\"cons\"\npoison*\n*ísimo\n"
               "# a comment\n   \nbrave decision\n")
    words = LoadedWords(listing, word_forms("en"))
    text = ("Rubbish! Rubbish collection, cons and conses, poisonous, buenísimo, brave decisions.")
    found = [text[f.start:f.end] for f in words.find(text)]
    assert found == ["Rubbish", "cons", "poisonous", "buenísimo", "brave decisions"]
    assert {f.entry.category for f in words.find(text)} == {"my words"}


def test_a_teacher_can_write_intensifiers_questions_and_exclamations() -> None:
    listing = "## mine\nsuper …\nwhy oh why ?\nhurrah !\n¡menudo …\n"
    words = LoadedWords(listing, word_forms("en"))
    text = "Super keen. Why oh why did they? Hurrah for them. Why oh why. Hurrah! ¡Menudo lío! Menudo lío."
    assert [text[f.start:f.end] for f in words.find(text)] == ["Super keen", "Why oh why", "Hurrah", "Menudo lío"]


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_every_list_is_large_organised_and_has_no_patterns(language: str) -> None:
    listing = (LISTS / f"{language}.txt").read_text(encoding="utf-8")
    words = LoadedWords(listing, word_forms(language))
    assert len(words) >= 300
    categories = {entry.category for entry in words.entries}
    assert len(categories) >= 10 and "" not in categories
    for line in listing.splitlines():
        entry = re.sub(r"\([^()]*\)\s*$", "", line.split("#", 1)[0]).strip()
        entry = re.sub(r"\s[?!]$", "", entry)  # "how dare ?": only in a question
        assert not any(c in entry for c in "[]+?\\|^$"), line


# --- general rules ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, language, expected", [
    ("They live beside a filthy, squalid and shameful tunnel.", "en", ["filthy, squalid and shameful"]),
    ("A filthy, narrow and shameful tunnel.", "en", ["filthy", "shameful"]),  # a plain word between: two
    ("It was shamefully neglected for years.", "en", ["shamefully neglected"]),
    ("A brave and courageous choice.", "en", ["brave and courageous"]),
    ("Una gestión vergonzosa y lamentable.", "es", ["vergonzosa y lamentable"]),
    ("The plan is shameful. Disastrous, too.", "en", ["shameful", "Disastrous"]),  # never across a sentence end
    # two set phrases side by side, with nothing between, are two judgements
    ("This is daylight robbery dressed up as development.", "en", ["daylight robbery", "dressed up as"]),
    ("It is public shaming dressed up as a game.", "en", ["shaming", "dressed up as"]),
    ("El plan ha fracasado una y otra vez.", "es", ["fracasado", "una y otra vez"]),
])
def test_words_the_writer_joins_are_one_suggestion(sentence: str, language: str, expected: list[str]) -> None:
    assert loaded(sentence, language) == expected


def test_a_letter_writer_s_pen_name_is_not_loaded() -> None:
    body = "Fed Up, Rahimabad\n\nDear Fed Up, the contract you signed is long.\n\n" + OPINION_VOICE["en"]
    assert [f for f in loaded(body + " I am fed up with it.", "en") if f.lower() == "fed up"] == ["fed up"]
    body = "Querido Harto: el contrato es largo.\n\n" + OPINION_VOICE["es"]
    assert [f for f in loaded(body + " Estoy harto.", "es") if f.lower() == "harto"] == ["harto"]


def test_slaughter_oxen_at_an_auction_is_livestock_not_a_massacre() -> None:
    assert loaded("Good slaughter oxen went for US$1.60 a kilogramme.", "en") == []
    assert loaded("It was a slaughter of the innocents.", "en") == ["slaughter"]


@pytest.mark.parametrize("sentence, language", [
    ("This is not a miracle diet but a way of life.", "en"),
    ("No hablamos de una dieta milagrosa, sino de un patrón de vida.", "es"),
    ("ليس علاجاً سحرياً بل عادة صحية.", "ar"),
])
def test_a_word_the_writer_denies_is_left_out(sentence: str, language: str) -> None:
    assert loaded(sentence, language) == []


@pytest.mark.parametrize("sentence, language, expected", [
    ("The club sold a miracle diet.", "en", ["miracle"]),                       # no denial
    ("It is not only a miracle but a scandal.", "en", ["miracle", "scandal"]),  # "not only … but" affirms
    ("This is not a miracle. But it helps.", "en", ["miracle"]),                # the "but" is in another sentence
    ("It was not a miracle, as the scandalous advert says, but luck.", "en", ["scandalous"]),  # an aside
    ("No fue un accidente, como dicen los vergonzosos carteles, sino un descuido.", "es", ["vergonzosos"]),
])
def test_a_word_is_kept_without_a_real_denial(sentence: str, language: str, expected: list[str]) -> None:
    assert loaded(sentence, language) == expected


def shouting_notes(body: str, language: str) -> list[str]:
    text, paragraphs, _origins = article_from_body(body)
    return [n for n in suggest(text, paragraphs, language=language).notes if "capital letters" in n]


@pytest.mark.parametrize("body, language, shouted", [
    ("Big news! The underpass will FINALLY be rebuilt.", "en", ["FINALLY"]),
    ("Lo saben desde hace un mes y no han hecho NADA. ¡Una vergüenza!", "es", []),  # suggested: no note
    ("Eran CUATRO tipos, dos armados. ¡Una vergüenza!", "es", ["CUATRO"]),
    ("The NATO summit opens on Monday.", "en", []),                    # no raised voice in the paragraph
    ("Wow! The Royal Society (RSPCA) and the NHS helped.", "en", []),   # abbreviations: 3 letters, brackets
    ("Amazing! UNICEF says UNICEF will help.", "en", []),               # used twice: an abbreviation
    ("¡¡ATENCIÓN A TODOS LOS VECINOS!!", "es", []),                     # a run of capitals: a heading
])
def test_shouting_in_capitals_is_a_note_for_the_teacher_not_an_answer(body: str, language: str,
                                                                      shouted: list[str]) -> None:
    assert not any(word in loaded(body, language) for word in shouted)  # capitals alone judge nothing
    notes = shouting_notes(body, language)
    assert len(notes) == (1 if shouted else 0)
    assert all(word in notes[0] for word in shouted)


@pytest.mark.parametrize("body, language, expected", [
    ("Right, I've had ENOUGH of the racetrack that is Mill Lane!", "en", ["had ENOUGH"]),
    ("They counted 4,000 cars a day on it last year and did NOTHING.", "en", ["did NOTHING"]),
    ("Lo saben desde hace un mes y no han hecho NADA. ¡Una vergüenza!", "es", ["no han hecho NADA", "vergüenza"]),
    ("The club had enough players to field a team.", "en", []),
])
def test_words_that_judge_whatever_their_case(body: str, language: str, expected: list[str]) -> None:
    assert loaded(body, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("We are truly grateful to every donor.", "en", ["truly grateful"]),      # takes the word after it
    ("It was truly a disgrace.", "en", ["disgrace"]),                       # not before a little word
    ("Yours truly, Dan Whitlock.", "en", []),                               # nor before a comma or the end
    ("It is deeply rooted in the town.", "en", []),                         # nor a word it is not loaded with
    ("A truly shameful decision.", "en", ["truly shameful"]),               # two entries: joined
    ("Fue profundamente injusto.", "es", ["profundamente injusto"]),
])
def test_an_intensifier_goes_with_the_word_it_strengthens(sentence: str, language: str,
                                                          expected: list[str]) -> None:
    assert loaded(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("How much longer must we wait?", "en", ["How much longer"]),           # " ?": only in a question
    ("How much longer the work takes is not known.", "en", []),
    ("What a goal! The crowd roared.", "en", ["What a goal"]),             # " !": only in an exclamation
    ("What a goal means to a club is hard to say.", "en", []),
    ("¡Qué desastre de gestión!", "es", ["Qué desastre"]),                  # "¡qué …": only after ¡
    ("¡¡ATENCIÓN A TODOS LOS QUE TENGÁIS PERRO!!", "es", []),                # que, not qué
    ("Dijo que el plan es bueno.", "es", []),
])
def test_questions_and_exclamations(sentence: str, language: str, expected: list[str]) -> None:
    assert loaded(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("She said the town has been her home for years.", "en", []),           # has-been is not "has been"
    ("Critics call him a has-been.", "en", ["has-been"]),
    ("Applicants must have lived here for two years.", "en", []),           # must-have is not "must have"
    ("The pendant is this year's must-have.", "en", ["must-have"]),
    ("A world class venue.", "en", ["world class"]),                        # no little word: both ways
])
def test_a_hyphenated_entry_is_not_an_ordinary_phrase(sentence: str, language: str, expected: list[str]) -> None:
    assert loaded(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("The letter was signed by Gloria Fuentes and two others.", "en", []),  # a name inside a sentence
    ("Hope Street was closed for the parade.", "en", []),                   # before another capital
    ("Residents of Paradise Road were moved.", "en", []),
    ("Ángel Martín fue elegido presidente.", "es", []),
    ("Disgraceful, said the mayor of the decision.", "en", ["Disgraceful"]),  # the start of a sentence
    ("Critics called it \"Disgraceful\".", "en", ["Disgraceful"]),          # the start of a quotation
    ("The Miracle Cure Everyone Is Talking About", "en", ["Miracle Cure"]),  # a title: capitals everywhere
])
def test_a_capitalised_word_inside_a_sentence_is_a_name(sentence: str, language: str, expected: list[str]) -> None:
    assert loaded(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ('One critic described it as a return to "Victorian discipline".', "en", ["Victorian discipline"]),
    ('The minister called it "a step back".', "en", ["a step back"]),
    ("La oposición lo calificó de «paso atrás».", "es", ["paso atrás"]),
    ("ووصف المعارضون المشروع بأنه «خطوة إلى الوراء».", "ar", ["خطوة إلى الوراء"]),
    ('The scheme, called "Safer Streets", starts in May.', "en", []),        # a name in quotation marks
    ('Staff described his condition as "stable".', "en", []),               # a medical condition
    ('She said the findings were "robust and important".', "en", []),      # said: a quotation, no label
    ('He described how "we ran for our lives" that night.', "en", []),      # no "as": no label
])
def test_a_quoted_label_is_loaded(sentence: str, language: str, expected: list[str]) -> None:
    assert loaded(sentence, language) == expected


def test_a_quoted_label_says_why_and_gives_way_to_a_listed_word() -> None:
    assert reasons('The minister called it "a step back".', "en") == [
        'loaded word: "a step back" (a label in quotation marks)']
    assert reasons('Parents called it "draconian".', "en") == [
        'loaded word: "draconian" (scorn for a plan or decision)']


@pytest.mark.parametrize("body, language, expected", [
    ('"It is a disgraceful waste," said Ana Ruiz.', "en", ["disgraceful"]),
    ("«Es una vergüenza», dijo la concejala.", "es", ["vergüenza"]),
    ("وقال المتحدث: «إنها فضيحة».", "ar", ["فضيحة"]),
])
def test_loaded_words_in_quotations_are_suggested_as_the_keys_count_them(
        body: str, language: str, expected: list[str]) -> None:
    assert loaded(body, language) == expected



# --- neutral reporting stays unmarked -------------------------------------------------------------------
# Sentences written in the plain style of news reports (police, courts, councils, sports, science, a
# company's plain facts): no word of theirs should be suggested. A word added to a list that fires here
# is loaded only in some senses: give it "(not after: …)" or "(not before: …)".

NEUTRAL = Path(__file__).resolve().parent / "neutral_sentences"


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_plain_news_sentences_have_no_loaded_words(language: str) -> None:
    lines = [line for line in (NEUTRAL / f"{language}.txt").read_text(encoding="utf-8").splitlines() if line]
    found = {line: loaded(line, language) for line in lines}
    assert {line: words for line, words in found.items() if words} == {}


# --- words that judge only where the writer gives opinions -------------------------------------------------

from literacy_app.authoring.suggest.rules import rules_for  # noqa: E402
from literacy_app.authoring.suggest.voice import gives_opinions  # noqa: E402

OPINION_VOICE = {  # the writer speaking as "I" or to the reader, outside quotations
    "en": "I have lived here for years. My children walk this way. You would think someone cared.",
    "es": "Yo vivo aquí desde hace años. Mis hijos pasan por aquí. Creo que nadie se preocupa.",
    "ar": "أنا أسكن هنا منذ سنوات. وأعتقد أن أحداً لا يهتم. أين المسؤولون؟",
}


@pytest.mark.parametrize("text, language, expected", [
    (OPINION_VOICE["en"], "en", True),
    (OPINION_VOICE["es"], "es", True),
    (OPINION_VOICE["ar"], "ar", True),
    ("Why are buses late? The council said it would report in May. Drivers were told of the change.", "en", False),
    ("\"I was terrified, and my son was crying,\" she said. \"We had to climb out.\" Police said the flat "
     "was empty by 3am.", "en", False),  # a news report quotes people who say "I": their words are not the writer's
    ("«Yo no vi nada y mi hermano tampoco», dijo un vecino. «Nos despertó el ruido.»", "es", False),
    ("وقال أحد السكان: «أنا لم أرَ شيئاً، ونحن بخير». وأضاف أن الدفاع المدني وصل سريعاً.", "ar", False),
    ("Stop! Think! Is this really what we want? Surely not!", "en", True),  # exclamations and questions
    # a reader addressed in general, in one sentence, is one sign: an explainer's "If you drove out…"
    ("If you drove out to the lake, you probably noticed it before you got out of the truck. So what "
     "happened? The water had warmed, the institute said.", "en", False),
    # an Arabic writer speaking only through the verb: "we await it", "reminds us", "I call on"
    ("عادت الفرقة بعد غياب. وفرقة كهذه تذكرنا بأن الموسيقى ذاكرة. أما الألبوم الجديد، فننتظره بحذر. "
     "وأطالب المسرح بمقاعد أكثر.", "ar", True),
    ("عادت الفرقة بعد غياب. وقالت المديرة إن التذاكر نفدت. وسيصدر الألبوم الجديد في الربيع.", "ar", False),
])
def test_the_writer_gives_opinions(text: str, language: str, expected: bool) -> None:
    rules = rules_for(language)
    assert rules is not None
    assert gives_opinions(text, rules) is expected



@pytest.mark.parametrize("text, language", [
    ("To be fair, the cast does what it can. Admittedly, the second act is long. It is well worth seeing all "
     "the same. The film opens on Friday.", "en"),
    ("Sin exagerar, es la mejor escena del año. A decir verdad, el final flojea. Aun así, vale la pena verla.",
     "es"),
    ("والمشهد الأخير، بلا مبالغة، من أجمل ما قُدّم هذا العام. بصراحة، يطول النصف الثاني. والفيلم يستحق المشاهدة.",
     "ar"),
])
def test_a_writer_who_comments_on_their_own_words_gives_opinions(text: str, language: str) -> None:
    """A review in the third person, with no "I" and no "you": the writer's comments on their own words
    ("Frankly", "sin exagerar", "بلا مبالغة") and their recommendation are the signs, one a sentence."""
    rules = rules_for(language)
    assert rules is not None
    assert gives_opinions(text, rules) is True
    assert gives_opinions(text.split(". ")[0] + ".", rules) is False  # one sign is not enough

def test_a_disclaimer_makes_a_text_that_gives_opinions() -> None:
    rules = rules_for("en")
    assert rules is not None
    assert gives_opinions("The plan is a step back.", rules, disclaimed=True)


@pytest.mark.parametrize("news, opinion, language, word", [
    ("He admitted dangerous driving at Castleford Crown Court.",
     "The tunnel is dangerous, and it has been for years.", "en", "dangerous"),
    ("The lift failed its safety inspection in March.",
     "This failed policy has cost us a decade.", "en", "failed"),
    ("The driver ignored a red light, the court heard.",
     "Residents were ignored at every meeting.", "en", "ignored"),
    ("Condenado por conducción peligrosa en la autovía.",
     "El cruce es peligroso y todos lo sabemos.", "es", "peligroso"),
    ("La policía investiga el robo de un coche en el polígono.",
     "Esto es un robo a plena luz del día.", "es", "robo"),
    ("أصيب السائق بجروح خطيرة في الحادث.",
     "هذا النفق خطير منذ سنوات.", "ar", "خطير"),
    ("قالت الشرطة إن سرقة السيارة وقعت ليلاً.",
     "ما يحدث في الحي سرقة في وضح النهار.", "ar", "سرقة"),
    ("Volunteers deserve far better, the mayor said at the opening.",
     "The volunteers deserve far better than this.", "en", "deserve far better"),
    ("The owners should be ashamed, the magistrate told the court.",
     "The owners should be ashamed of themselves.", "en", "should be ashamed"),
    ("Los vecinos merecen algo mejor, dijo el alcalde en la inauguración.",
     "Los vecinos merecen algo mucho mejor.", "es", "merecen algo mucho mejor"),
    ("وقال المحافظ إن الأهالي يستحقون خدمة أفضل.",
     "أهالي الحي يستحقون خدمة أفضل من هذه.", "ar", "يستحقون خدمة أفضل"),
])
def test_a_verdict_word_is_loaded_in_opinion_only(news: str, opinion: str, language: str, word: str) -> None:
    assert loaded(news, language) == []
    found = loaded(OPINION_VOICE[language] + "\n\n" + opinion, language)
    assert any(word in f for f in found), found



@pytest.mark.parametrize("news, opinion, language, word", [
    ("Six families share a cramped hostel near the station, the council said.",
     "The dialogue is clunky and the plot tedious from the first scene.", "en", "clunky"),
    ("The committee called the meeting boring but necessary, its minutes show.",
     "The flat is cramped, the fittings are flimsy and the view is bland.", "en", "flimsy"),
    ("El portavoz calificó la sesión de aburrida, según el acta.",
     "El guion es acartonado y el final, soso.", "es", "acartonado"),
    ("وصفت اللجنة الاجتماع بأنه ممل، بحسب المحضر.",
     "الحوار ركيك والإيقاع رتيب من أول مشهد.", "ar", "ركيك"),
])
def test_a_verdict_on_how_a_thing_is_made_is_loaded_in_opinion_only(news: str, opinion: str, language: str,
                                                                      word: str) -> None:
    """A reviewer's verdict on the making of a thing ("clunky", "acartonado", "ركيك") judges in a review or a
    column; in a report the same word is someone's reported description."""
    assert not any(word in f for f in loaded(news, language))
    found = loaded(OPINION_VOICE[language] + "\n\n" + opinion, language)
    assert any(word in f for f in found), found

@pytest.mark.parametrize("news, opinion, language, word", [
    ("The charity thanked donors for a generous response, its statement said.",
     "The curry was delicious, the portions generous and the bill decent value.", "en", "delicious"),
    ("Farmers welcomed the generous rainfall in March, the bureau said.",
     "It was a fierce, joyful set, and you're in for a treat.", "en", "joyful"),
    ("La temperatura fue más baja de lo habitual en la sierra, informó el servicio.",
     "Un plato sabroso, una sala acogedora y una voz de terciopelo.", "es", "sabroso"),
    ("بلغت درجة الحرارة 30 درجة في العاصمة، بحسب الأرصاد.",
     "افتتحت المطربة الأمسية بصوت دافئ، وكانت ليلة ممتعة.", "ar", "دافئ"),
    ("The lamb came with rice, the menu says.", "The dal was a revelation; the curry, oddly timid.", "en",
     "revelation"),
    ("El equipo llegó a la final en 2019.", "Un equipo sin ideas, y da miedo pensar en la final.", "es", "sin ideas"),
])
def test_a_reviewer_s_praise_of_taste_and_sound_is_loaded_in_opinion_only(news: str, opinion: str, language: str,
                                                                        word: str) -> None:
    """A review's or an advertisement's verdict on taste, sound and value ("delicious", "sabroso", "دافئ")."""
    assert loaded(news, language) == []
    found = loaded(OPINION_VOICE[language] + "\n\n" + opinion, language)
    assert any(word in f for f in found), found


def test_a_teacher_can_mark_a_category_opinion_only() -> None:
    words = LoadedWords("## plain\nsham\n## verdicts (opinion only)\ndangerous\n", word_forms("en"))
    text = "A sham vote on a dangerous road."
    assert [f.entry.category for f in words.find(text)] == ["plain", "verdicts"]
    assert [f.entry.category for f in words.find(text, opinion=False)] == ["plain"]


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_plain_news_does_not_read_as_opinion(language: str) -> None:
    rules = rules_for(language)
    assert rules is not None
    report = "\n\n".join(line for line in (NEUTRAL / f"{language}.txt").read_text(encoding="utf-8").splitlines() if line)
    assert not gives_opinions(report, rules)


@pytest.mark.parametrize("body, expected", [
    ("هذه فضيحه كبرى والمسؤولين نايمين.", ["فضيحه"]),  # informal: ه for ة
    # a text that writes ة uses ه for "his": متاجره is "his shops", not متاجرة ("trafficking")
    ("وتعدنا البلدية بمجمّع تجارية جديدة بمتاجره الثلاثمئة ومواقفه الواسعة وحديقة صغيرة.", []),
])
def test_arabic_final_haa_is_taa_marbuta_only_where_the_text_writes_it_so(body: str, expected: list[str]) -> None:
    assert loaded(body, "ar") == expected


@pytest.mark.parametrize("sentence", [
    "He had been under pressure to complete his delivery round on time.",
    "The second round on Saturday was cancelled because of the rain.",
])
def test_a_round_of_work_or_of_a_contest_is_not_rounding_on_someone(sentence: str) -> None:
    assert loaded(sentence, "en") == []


def test_a_doubting_aside_inside_a_denial_is_kept() -> None:
    body = OPINION_VOICE["ar"] + "\n\nالسبب ليس عطلاً فنياً كما يزعمون، بل قرار إداري."
    assert "كما يزعمون" in loaded(body, "ar")


# Every article of the evaluation set and of the later development sets, by the genre its key gives:
# reports read as reports, columns, posts and letters as opinion. Press releases and advertisements may go
# either way, and so may a report whose key holds more than two loaded words (a sports report full of
# hyperbole editorialises). A change to the voice rules that breaks one of them fails here.
BENCHMARK_SETS = Path(__file__).resolve().parents[2] / "benchmarks"
REPORTS = {"news report", "local government report", "health/science", "sports report"}
OPINIONS = {"opinion column", "social-media post", "letter to the editor"}
# Two texts whose writers filed them under "news report" for want of a genre the key format has, and that are
# written in the first person: a travel feature ("when I drove up", "Go on a weekday if you can") and a
# fact-check by a newsroom that says "we" and "our funders". Whether such a writer gives opinions is a
# judgement their keys do not make, so they may go either way (see benchmarks/suggest_dev24/README.md).
FIRST_PERSON_FEATURES = {"suggest_dev24/en/06-fact-check-crime-claim.key.yaml",
                         "suggest_dev24/en/10-bukit-seroja-trail.key.yaml"}


def _articles_by_genre() -> list[tuple[str, str, str]]:
    import yaml

    found = []
    for key in sorted(BENCHMARK_SETS.glob("suggest_*/*/*.key.yaml")):
        data = yaml.safe_load(key.read_text(encoding="utf-8"))
        genre = data.get("genre", "")
        name = f"{key.parent.parent.name}/{key.parent.name}/{key.name}"
        if name in FIRST_PERSON_FEATURES:
            continue
        if genre in OPINIONS or (genre in REPORTS and len(data.get("loaded_words") or []) <= 2):
            found.append((name, data["language"], genre))
    return found


@pytest.mark.parametrize("name, language, genre", _articles_by_genre())
def test_the_benchmark_articles_read_as_their_genre(name: str, language: str, genre: str) -> None:
    path = BENCHMARK_SETS / name.replace(".key.yaml", ".txt")
    text, paragraphs, _origins = article_from_body(path.read_text(encoding="utf-8").split("\n", 2)[2])
    assert suggest(text, paragraphs, language=language).opinion is (genre in OPINIONS)


@pytest.mark.parametrize("body, language", [
    ("Rosa Cux da clases en Chuitzam.\n\n—¿Cuántos alumnos tiene?\n\n—Cuarenta y uno. Yo los conozco a todos, "
     "me cuentan todo.\n\n—¿Qué le falta?\n\n—Un techo. Yo no pido más, usted sabe.\n", "es"),
    ("Grace Kilimbo is 19.\n\nQ: Why did you start?\n\nI saw my island shrink. We lost the school garden.\n\n"
     "Q: What next?\n\nI want our voices heard. You would do the same.\n", "en"),
    # questions with a statement before them, answers after the interviewee's name
    ("Mayor Leanne Pascoe sat down with the Gazette.\n\nQ: Critics say council was slow. Is that fair?\n\n"
     "Pascoe: I understand why people are angry. I reckon we failed them.\n\nQ: Rents have gone up. What can "
     "you do?\n\nPascoe: We've gone to market. I'd love to tell you it'll be quick! It won't.\n", "en"),
    # no question mark label: some questions lead in with what they ask about, once others stand alone
    ("Adjoa Owusu founded Kwanu Cold.\n\nWhere did the idea come from?\n\nAdjoa Owusu: From my aunt, honestly. "
     "I thought, we can fix this!\n\nYour rooms have been called a game-changer. Is that fair?\n\nAdjoa Owusu: I'll "
     "take it!\n\nYou turned down a job at a bank. Any regrets?\n\nAdjoa Owusu: None at all.\n\nHow big are you "
     "now?\n\nAdjoa Owusu: We have 14 rooms.\n", "en"),
    ("Lucía Ferrer dirige un taller.\n\n¿Cómo empezó?\n\nLucía Ferrer: Con mi abuela. ¡Yo no sabía nada!\n\n"
     "Usted dejó un trabajo fijo. ¿Se arrepiente?\n\nLucía Ferrer: Nunca.\n\nUsted ganó un premio. ¿Le cambió la "
     "vida?\n\nLucía Ferrer: Un poco.\n\n¿Qué viene ahora?\n\nLucía Ferrer: "
     "Abrir otro taller.\n", "es"),
])
def test_an_interviewee_s_answers_are_not_the_writer_s_voice(body: str, language: str) -> None:
    text, paragraphs, _origins = article_from_body(body)
    assert suggest(text, paragraphs, language=language).opinion is False


def test_questions_a_writer_asks_in_a_post_are_still_the_writer_s_voice() -> None:
    body = "Power cut again.\n\nWhy is nobody fixing this? I pay my bills.\n\nWe deserve better, honestly.\n"
    text, paragraphs, _origins = article_from_body(body)
    assert suggest(text, paragraphs, language="en").opinion is True


def test_a_copper_mine_is_no_writer_speaking() -> None:
    body = "Crime figures.\n\nThe mine opened in 2022. The mine employs 400. Workers at the mine said pay rose.\n"
    text, paragraphs, _origins = article_from_body(body)
    assert suggest(text, paragraphs, language="en").opinion is False


@pytest.mark.parametrize("body, language", [
    ("Rovers won a nail-biting thriller after a masterclass from Hale and an emphatic drubbing in the semis.", "en"),
    ("Los Halcones ganaron un partido de infarto tras una paliza en semifinales y un final frenético.", "es"),
])
def test_a_sports_reports_hyperbole_does_not_make_it_opinion(body: str, language: str) -> None:
    text, paragraphs, _origins = article_from_body(body + "\n")
    assert suggest(text, paragraphs, language=language).opinion is False


@pytest.mark.parametrize("body, language, expected", [
    ("The council's reckless plan is a disgrace, and this shambles will cost the town dearly.", "en", True),
    ("\"It is a disgrace and a shambles,\" said Ana Ruiz. \"Reckless,\" said her neighbour.", "en", False),
    ("The US and UK said they would meet in May to discuss the trade talks.", "en", False),  # not "us"
])
def test_words_that_judge_are_the_writers_voice_too(body: str, language: str, expected: bool) -> None:
    text, paragraphs, _origins = article_from_body(body + "\n")
    assert suggest(text, paragraphs, language=language).opinion is expected


@pytest.mark.parametrize("text, expected", [
    ("It was done to keep the developers happy.", ["keep the developers happy"]),
    ("Keeping them happy took years.", ["Keeping them happy"]),
    ("Keep happy thoughts.", []),                                  # "…" stands for at least one word
    ("Keep the big local property developers happy.", []),         # and at most three
    ("We keep them. Happy days are over.", []),                    # never across a sentence end
    ("Keep them, and be happy.", []),                              # nor across a comma
])
def test_a_teacher_can_leave_a_gap_in_a_phrase(text: str, expected: list[str]) -> None:
    words = LoadedWords("## motives\nkeep … happy\n", word_forms("en"))
    assert [text[f.start:f.end] for f in words.find(text)] == expected


def test_shouting_in_a_text_that_gives_opinions_needs_no_exclamation_mark() -> None:
    sentence = "For the THIRD time this week the van blocked the drive."
    assert shouting_notes(sentence, "en") == []
    assert "THIRD" in shouting_notes(OPINION_VOICE["en"] + "\n\n" + sentence, "en")[0]


@pytest.mark.parametrize("body, language", [
    ("Let us turn to the budget, the chair said.", "en"),              # "u-turn" apart: "u" takes no endings
    ("We think you will like it. Our shop opens on Monday.\n\nENDS\n\nNotes to editors: call us.", "en"),  # marker
    ("افتتح مهرجان الفخار السنوي أبوابه يوم السبت في ساحة البلدة.", "ar"),  # a festival, not two clowns
    ("El Planetario Astra abrirá el sábado. Astra tendrá 120 butacas.", "es"),  # not the feminine of "astro"
    ("Patients in the quiet wards had hearts that were, on average, years younger.", "en"),
    ("Neighbour Sam Aziz said he woke to the sound of smoke alarms.", "en"),  # the verb "wake", not the label
    ("She woke up at 3am and we woke the children.", "en"),
])
def test_forms_and_markers_that_are_not_loaded_words(body: str, language: str) -> None:
    assert loaded(body, language) == []


# --- figures of speech: exaggeration beyond measure, comparisons that judge ---------------------------------

@pytest.mark.parametrize("sentence, language, expected", [
    ("The brown sugar tea is the best drink I have ever had.", "en", "best drink I have ever"),
    ("The staff are the sweetest humans alive.", "en", "sweetest humans alive"),
    ("\"It was the best feeling of my life,\" the captain said.", "en", "best feeling of my life"),
    ("Fue el mejor día de mi vida, dijo la atleta.", "es", "mejor día de mi vida"),
    ("قال اللاعب إنه أجمل هدف في حياتي.", "ar", "أجمل هدف في حياتي"),
])
def test_an_exaggeration_beyond_measure_is_loaded_anywhere(sentence: str, language: str, expected: str) -> None:
    assert expected in loaded(sentence, language)


@pytest.mark.parametrize("news, language, expected", [
    ("It was the biggest flood in history, the agency said.", "en", "biggest flood in history"),
    ("Fue la mejor entrada de la historia del club, según el club.", "es", "mejor entrada de la historia"),
    ("وقالت الوزارة إنه أكبر مهرجان في العالم العربي.", "ar", "أكبر مهرجان في العالم"),
])
def test_a_record_in_a_report_is_an_exaggeration_only_in_opinion(news: str, language: str, expected: str) -> None:
    assert loaded(news, language) == []
    assert expected in loaded(OPINION_VOICE[language] + "\n\n" + news, language)


@pytest.mark.parametrize("sentence, language", [
    ("The council's honest answer was the most useful thing in the report.", "en"),  # no end beyond measure
    ("She was the youngest member. I have ever since admired her.", "en"),             # not across a sentence end
    ("An honest man, I have ever thought.", "en"),                                     # "honest" is no superlative
    ("Los precios más bajos del mundo, según el informe de la OCDE.", "es"),           # a report: not opinion
])
def test_no_exaggeration_without_both_parts(sentence: str, language: str) -> None:
    assert not any(s for s in loaded(sentence, language) if " " in s)


@pytest.mark.parametrize("sentence, language, expected", [
    ("Marlow Heath does not need to sound like an airport lounge.", "en", "sound like an airport lounge"),
    ("The coffee tastes like burnt toast, frankly.", "en", "tastes like burnt toast"),
    ("Nos tratan como si fuéramos ganado.", "es", "como si fuéramos ganado"),
    ("نقف في الحافلة كأننا في علبة سردين.", "ar", "كأننا في علبة سردين"),
])
def test_a_comparison_that_judges_is_loaded_in_opinion(sentence: str, language: str, expected: str) -> None:
    assert expected not in loaded(sentence, language)  # a report describes
    assert expected in loaded(OPINION_VOICE[language] + "\n\n" + sentence, language)


@pytest.mark.parametrize("sentence, language, expected", [
    ("A town that treats its young people as a nuisance should not be surprised.", "en",
     "treats its young people as a nuisance"),
    ("Everybody knows the west side gets treated like an afterthought.", "en", "treated like an afterthought"),
    ("Residents deserve better than being treated as an inconvenience on someone's holiday.", "en",
     "treated as an inconvenience"),
    ("Lo único que pedimos es que no nos traten como bobos.", "es", "traten como bobos"),
    ("No se puede tratar nuestros mercados como un estorbo.", "es", "tratar nuestros mercados como un estorbo"),
    ("المسؤولون يعاملون المرضى مثل أرقام في دفتر.", "ar", "يعاملون المرضى مثل أرقام"),
])
def test_treating_someone_as_something_less_is_loaded_in_opinion(sentence: str, language: str,
                                                                  expected: str) -> None:
    assert not any("treat" in r or "trat" in r for r in reasons(sentence, language))  # a report describes
    found = loaded(OPINION_VOICE[language] + "\n\n" + sentence, language)
    assert any(f.startswith(expected) for f in found), found


@pytest.mark.parametrize("sentence, language", [
    ("The death is being treated as suspicious, detectives said.", "en"),
    ("We only ask to be treated like anyone else in the county.", "en"),
    ("A clause that keeps all your money is likely to be treated as unfair by a court.", "en"),
    ("Pedimos que traten a San Roque como a cualquier otro barrio.", "es"),
    ("نطالب بأن يعاملونا مثل غيرنا من المواطنين.", "ar"),
])
def test_being_treated_as_a_police_matter_or_the_same_as_others_is_not_loaded(sentence: str,
                                                                              language: str) -> None:
    why = reasons(OPINION_VOICE[language] + "\n\n" + sentence, language)
    assert not any("something less" in r for r in why), why


def test_a_comparison_that_only_guesses_is_not_loaded() -> None:
    found = loaded(OPINION_VOICE["en"] + "\n\nIt looks like it will rain, and it feels like that every June.", "en")
    assert not any("like" in f for f in found), found


def test_figures_of_speech_say_why() -> None:
    why = reasons(OPINION_VOICE["en"] + "\n\nIt smells like wet dog. It is the worst cafe on the planet.", "en")
    assert any("a comparison that judges" in r for r in why), why
    assert any("exaggeration beyond any measure" in r for r in why), why


@pytest.mark.parametrize("sentence, language, expected", [
    ("The same councillors waved through a coffee kiosk last year.", "en", "waved through"),
    ("Teenagers are not a problem to be tidied away.", "en", "tidied away"),
    ("Somebody used the word with a straight face.", "en", "with a straight face"),
    ("En cuatro años nadie ha movido un dedo por el barrio.", "es", "movido un dedo"),
    ("Los bancos del parque se caen a pedazos.", "es", "se caen a pedazos"),
    ("سلامة الركاب آخر همهم كما يبدو.", "ar", "آخر همهم"),
])
def test_set_phrases_of_scorn_in_their_forms(sentence: str, language: str, expected: str) -> None:
    assert expected in loaded(sentence, language)


# --- found on the fifth development set (benchmarks/suggest_dev5) --------------------------------------------

def test_a_list_word_at_the_start_of_a_sentence_is_a_name_when_the_text_uses_it_as_one() -> None:
    body = ("Los ahorros de Gloria Muñoz crecen cada mes.\n\nGloria es una de las 38.000 personas que ya "
            "invierten en el fondo.\n")
    assert "Gloria" not in loaded(body, "es")
    assert "Gloria" in " ".join(loaded("Gloria a los héroes de la patria.\n", "es"))  # no name anywhere


@pytest.mark.parametrize("body, words, language", [
    ("Y acá todo el mundo sabe que el municipio piensa en la topadora.\n", "todo el mundo sabe", "es"),
    ("Everyone knows the council never listens.\n", "Everyone knows", "en"),
])
def test_an_appeal_to_what_all_know_is_a_vague_source_not_a_loaded_word(body: str, words: str,
                                                                        language: str) -> None:
    text, paragraphs, _origins = article_from_body(body)
    result = suggest(text, paragraphs, language=language)
    assert any(words.lower() in text[s.start:s.end].lower() for s in result.vague_sources)
    assert not any(words.lower() in text[s.start:s.end].lower() for s in result.loaded)


@pytest.mark.parametrize("body, word", [
    ("Las opiniones expresadas en esta columna son exclusiva responsabilidad de su autora.\n", "exclusiva"),
    ("La ciudad no puede darse el lujo de tener un elefante blanco en pleno centro.\n", "lujo"),
    ("La vecina está en shock, no ha dormido nada en dos días.\n", "dormido"),
])
def test_plain_spanish_senses_are_not_loaded(body: str, word: str) -> None:
    assert word not in " ".join(loaded(body, "es"))


@pytest.mark.parametrize("body, word", [
    ("Su cliente ha sido el chivo expiatorio de una gestión colectiva.\n", "chivo expiatorio"),
    ("Que el Concejo no apruebe a libro cerrado un negociado de este tamaño.\n", "negociado"),
    ("Lo que parecía una tarde para el olvido terminó en fiesta.\n", "para el olvido"),
])
def test_more_spanish_loaded_phrases(body: str, word: str) -> None:
    assert word in " ".join(loaded(body, "es"))


@pytest.mark.parametrize("body, word, language", [
    # a disclaimer's own wording is not the writer's judgement
    ("ملاحظة من إدارة المجموعة: المنشورات تعبّر عن آراء أصحابها، والإدارة غير مسؤولة عن صحة ما يرد فيها.\n",
     "غير مسؤولة", "ar"),
    # rubbish that is carried to the tip
    ("Half the street has started driving their own rubbish to the tip.\n", "rubbish", "en"),
    # the champion who gets the prize
    ("ويحصل البطل على جائزة مالية قدرها 3 ملايين درهم.\n", "البطل", "ar"),
])
def test_set_wording_and_plain_senses_are_not_loaded(body: str, word: str, language: str) -> None:
    assert word not in " ".join(loaded(body, language))


def test_an_exaggeration_starts_at_its_superlative_not_at_most_counting_people() -> None:
    found = loaded("\"Honestly, it's the smartest investment most families will ever make in their home.\"\n",
                   "en")
    assert any(w.startswith("smartest investment") for w in found), found


# --- found on the sixth development set (benchmarks/suggest_dev6) --------------------------------------------

@pytest.mark.parametrize("body, word, language", [
    ("Pillai rued his side's fielding, which included a missed run-out and 14 extras.\n", "missed run-out", "en"),
    ("The court sentenced a builder to five years for cheating 38 homebuyers.\n", "cheating", "en"),
    ("\"It's the first holiday in years where nobody asked for the Wi-Fi password,\" she added.\n",
     "nobody asked for", "en"),
    ("That sounds like a lot until you find out the new sign cost $95,000!\n", "sounds like a lot", "en"),
    ("وتبلغ قيمة جائزة البطل 150 ألف دولار.\n", "البطل", "ar"),
    ("محتوى مدفوع بالتعاون مع مختبرات لؤلؤة للعناية بالبشرة.\n", "لؤلؤة", "ar"),   # a firm's name
])
def test_plain_senses_and_names_found_on_the_sixth_set(body: str, word: str, language: str) -> None:
    assert not any(word in found for found in loaded(body, language)), loaded(body, language)


def test_a_hyphenated_word_after_a_list_word_is_matched_only_by_its_first_part() -> None:
    assert any("miss out" in w for w in loaded("Don't miss out on this offer!\n", "en"))
    assert any("miss out" in w for w in loaded("Don't miss out-of-this-world savings!\n", "en"))


# --- found on the eighth development set (benchmarks/suggest_dev8) --------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("He needed to get there in such a tearing hurry.", []),
    ("But hurry: the offer ends on Sunday.", ["hurry"]),
    ("The smell was strong enough to make people crook.", []),
    ("In all, 212 students bagged first-class degrees.", []),
    ("They literally cannot afford to stay.", []),
    ("New members get a 45-day money-back guarantee.", []),
    ("The council had no choice because of the shortfall.", []),
])
def test_words_loaded_in_one_sense_only_are_left_out_in_the_others(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("You honestly couldn't make it up.", ["couldn't make it up"]),
    ("Our councillors, bless them, are consulting again.", ["bless them"]),
    ("Nurses are running on empty.", ["running on empty"]),
    ("Castlebridge completed a stirring comeback.", ["stirring comeback"]),
])
def test_exasperation_exhaustion_and_sports_hyperbole(sentence: str, expected: list[str]) -> None:
    assert loaded(sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected, language", [
    ("ولا تكتفي العيادة بالنتائج المذهلة، بل تضع رضا المراجع في المقدمة.", ["بالنتائج المذهلة"], "ar"),
    ("The school is not content with a world-class campus but wants more.", ["world-class"], "en"),
    ("إنذارات! يا للصرامة.", ["يا للصرامة"], "ar"),
    ("جاري الذي يملك دكاناً يدفع ٢٣٠ دولاراً.", [], "ar"),
    ("Todo el mundo sabe que la ruta entre Las Garzas y Punta Soledad es vieja.", [], "es"),
    ("Me río por no llorar.", ["Me río por no llorar"], "es"),
])
def test_not_only_but_also_affirms_and_words_in_their_plain_sense_are_left_out(
        sentence: str, expected: list[str], language: str) -> None:
    assert loaded(sentence, language) == expected


def test_a_shop_is_loaded_as_a_metaphor_in_an_opinion_arabic() -> None:
    body = "حوّلت الإدارة نادينا إلى دكان يُدار بعقلية السماسرة! أين أنتم؟ متى تستيقظون؟"
    assert "دكان" in loaded(body, "ar")


@pytest.mark.parametrize("sentence", [
    "Let's be clear about what is being proposed.",
    "The academy offers a hardship fund, of course.",
    "Not on leads, not before 9am, just banned. Full stop.",
])
def test_announcing_plain_speech_judges_nothing(sentence: str) -> None:
    assert loaded(sentence, "en") == []


# --- what an advertisement promises: hurry, a deal without a catch, a product made for you --------------------

@pytest.mark.parametrize("sentence, word, language", [
    ("Limited-time offer: switch before Friday.", "Limited-time offer", "en"),
    ("A plan designed with you in mind.", "designed with you in mind", "en"),
    ("Honestly, this app changed my life.", "changed my life", "en"),
    ("Energy bills have gone through the roof.", "gone through the roof", "en"),
    ("Una tarjeta sin letra chica y sin costos ocultos.", "sin letra chica", "es"),
    ("Un seguro pensado para vos y tu familia.", "pensado para vos", "es"),
    ("No lo piense más y llame hoy.", "No lo piense más", "es"),
    ("Es una oferta por tiempo limitado: la matrícula es gratis.", "oferta por tiempo limitado", "es"),
    ("باقة مصممة خصيصاً لك ولعائلتك.", "خصيصاً لك", "ar"),
    ("الاشتراك متاح لفترة محدودة فقط.", "لفترة محدودة", "ar"),
    ("الشركة الأولى في المنطقة بلا منازع.", "بلا منازع", "ar"),
])
def test_an_advertisement_s_hurry_no_catch_and_made_for_you(sentence: str, word: str, language: str) -> None:
    assert any(word in found for found in loaded(sentence, language))


@pytest.mark.parametrize("sentence, word", [
    ("Las autoridades se lavan las manos.", "lavan las manos"),               # "lavarse las manos"
    ("Siguen lavándose las manos mientras el río muere.", "lavándose las manos"),
    ("El ministerio sigue dándole la espalda a los vecinos.", "dándole la espalda"),   # "dar la espalda"
    ("Y el alcalde se hace el desentendido.", "hace el desentendido"),          # "hacerse el desentendido"
])
def test_a_spanish_idiom_is_found_in_its_verb_s_forms(sentence: str, word: str) -> None:
    assert word in loaded(sentence, "es")


@pytest.mark.parametrize("sentence, word, language", [
    ("Parents have been worried sick since the spill.", "worried sick", "en"),
    ("She ran the race of her life to take gold.", "race of her life", "en"),
    ("The council announced the scheme with much fanfare.", "with much fanfare", "en"),
    ("Honestly, I'm gutted for the whole team.", "gutted", "en"),
    ("نقف في الحافلات كعلب السردين كل صباح.", "كعلب السردين", "ar"),
    ("هذه الأرقام جرس إنذار للجميع.", "جرس إنذار", "ar"),
    ("حقق الفريق فوزاً ثميناً على ضيفه.", "فوزاً ثميناً", "ar"),
])
def test_feelings_fanfare_and_figures_of_disaster_and_victory(sentence: str, word: str, language: str) -> None:
    assert any(word in found for found in loaded(sentence, language)), loaded(sentence, language)


@pytest.mark.parametrize("sentence, word", [
    ("Act now, before it is too late.", "before it is too late"),   # listed as "before it's too late"
    ("Do not miss out on this deal.", "Do not miss out"),            # listed as "don't miss out"
])
def test_an_entry_with_a_contraction_is_found_written_out(sentence: str, word: str) -> None:
    assert any(word in found for found in loaded(sentence, "en")), loaded(sentence, "en")


def test_an_offer_s_length_alone_is_not_loaded() -> None:
    assert loaded("For a limited time, plans start at half the usual fee.", "en") == []


@pytest.mark.parametrize("sentence, word, language", [
    ("The ministry, in its infinite wisdom, moved the exams to August.", "in its infinite wisdom", "en"),
    ("Our children are sacrificed on the altar of convenience.", "on the altar of", "en"),
    ("El concejal se llena la boca hablando de transparencia.", "llena la boca", "es"),
    ("Fue una remontada de película en el último cuarto.", "de película", "es"),
    ("هذا القرار هروب إلى الأمام وحلّ ترقيعي لا أكثر.", "هروب إلى الأمام", "ar"),
])
def test_idioms_of_sarcasm_boasting_and_evasion(sentence: str, word: str, language: str) -> None:
    assert any(word in found for found in loaded(sentence, language)), loaded(sentence, language)


@pytest.mark.parametrize("sentence, word, language", [
    ("Fixed price, no faff, no jargon and no nasty surprises.", "no nasty surprises", "en"),
    ("This deal won't be around for long.", "won't be around for long", "en"),
    ("Drivers are treated as walking ATMs.", "walking ATMs", "en"),
    ("The council keeps dragging its feet on repairs.", "dragging its feet", "en"),
    ("Así de fácil: te registras y listo.", "Así de fácil", "es"),
    ("سارعوا بالتسجيل فالمقاعد محدودة.", "فالمقاعد محدودة", "ar"),
])
def test_no_catch_hurry_and_scorn_in_more_words(sentence: str, word: str, language: str) -> None:
    assert any(word in found for found in loaded(sentence, language)), loaded(sentence, language)


@pytest.mark.parametrize("body, word, language", [
    ("I think the city also quietly removed the coin slots. Why? Who asked us? I want to know!", "quietly removed",
     "en"),
    ("Creo que es una obra para la foto. ¿Y los vecinos? ¿Quién nos pregunta? Yo no lo entiendo.", "para la foto",
     "es"),
    ("Yo lo digo claro: los contratos se reparten entre los mismos de siempre. ¿Hasta cuándo? ¡Basta!",
     "los mismos de siempre", "es"),
    ("Te ofrecemos el mejor tipo de cambio del mercado. ¿Qué esperás? ¡Descargala hoy! Vos lo merecés.",
     "mejor tipo de cambio del mercado", "es"),
])
def test_stealth_photo_opportunities_the_usual_ones_and_the_best_on_the_market(body: str, word: str,
                                                                               language: str) -> None:
    assert word in loaded(body, language)


def test_quietly_in_a_news_report_judges_nothing() -> None:
    assert loaded("The defendant spoke quietly to confirm his name and address.", "en") == []


@pytest.mark.parametrize("body, tag, language", [
    ("Third cut this year. #DisgracefulCouncil", "#DisgracefulCouncil", "en"),
    ("كفى! الشارع بلا إنارة منذ شهرين. #كفى_إهمال", "#كفى_إهمال", "ar"),
])
def test_a_hashtag_whose_words_judge_is_a_loaded_slogan(body: str, tag: str, language: str) -> None:
    assert tag in loaded(body, language)


@pytest.mark.parametrize("body", ["Great day at the beach #SummerFun", "Opening hours from Monday #LibraryNews"])
def test_a_hashtag_of_plain_words_is_no_slogan(body: str) -> None:
    assert loaded(body, "en") == []


def test_an_arabic_writer_s_scornful_nothing_but_is_loaded() -> None:
    body = ("أنا أسأل: لماذا؟ الشركة لا يهمّها إلا أن تصل الفاتورة في موعدها. نحن نعرف الحقيقة، وأنتم تعرفونها. "
            "إلى متى؟")
    assert any("لا يهمّها إلا" in found for found in loaded(body, "ar"))


def test_an_arabic_only_in_a_news_report_is_plain() -> None:
    assert loaded("ولا يُسمح بدخول الحديقة إلا للمشاة.", "ar") == []


def _opinion(body: str, language: str) -> bool:
    text, paragraphs, _origins = article_from_body(body)
    return suggest(text, paragraphs, language=language).opinion


# Two signs of the writer's voice besides the one each case adds: a text needs three to give opinions.
_TWO_SIGNS = {"en": "Why now? Why here?\n\n", "es": "¿Por qué ahora? ¿Por qué aquí?\n\n", "ar": "لماذا الآن؟ لماذا هنا؟\n\n"}


@pytest.mark.parametrize("sentence, language", [
    ("This newspaper has long argued that the fare should be frozen.", "en"),
    ("The council knows it, and this paper will keep asking.", "en"),
    ("Este periódico no pide nada imposible.", "es"),
    ("Son datos que este periódico lleva años publicando.", "es"),
    ("وترى هذه الصحيفة أن الحل في يد الحكومة.", "ar"),
])
def test_a_newspaper_speaking_as_itself_is_the_writer_s_voice(sentence: str, language: str) -> None:
    """An unsigned editorial says "this newspaper", not "I": that is the writer's own voice."""
    assert _opinion(_TWO_SIGNS[language] + sentence + "\n", language)


@pytest.mark.parametrize("sentence, language", [
    ("The mayor told this newspaper that the fare will rise.", "en"),
    ("El alcalde dijo a este periódico que la tarifa subirá.", "es"),
    ("Los datos, consultados por este diario, son de 2024.", "es"),
    ("وقال الوزير لهذه الصحيفة إن الأسعار سترتفع.", "ar"),
])
def test_a_report_naming_the_paper_it_was_told_is_not(sentence: str, language: str) -> None:
    assert not _opinion(_TWO_SIGNS[language] + sentence + "\n", language)


@pytest.mark.parametrize("sentence", ["No tengo cómo confirmarlo.", "Ojalá sea ese respaldo.",
                                      "Pedimos medidas concretas."])
def test_a_spanish_writer_speaks_in_the_first_person_without_a_pronoun(sentence: str) -> None:
    assert _opinion(_TWO_SIGNS["es"] + sentence + "\n", "es")
    assert not _opinion(_TWO_SIGNS["es"] + "El alcalde no dio detalles.\n", "es")


def test_a_word_after_an_open_entry_that_only_begins_an_entry_absent_here_is_taken() -> None:
    """"what a … !" takes the word after it unless that word begins an entry of its own that stands there:
    "goal" begins "goal of the century", which "What a goal!" does not hold, so "What a goal" is one answer."""
    words = LoadedWords("## exclamations\nwhat a … !\n## sports\ngoal of the century\n", word_forms("en"))
    text = "What a goal! The crowd roared. It was the goal of the century."
    assert [text[f.start:f.end] for f in words.find(text)] == ["What a goal", "goal of the century"]


def test_a_long_run_of_open_entries_is_read_without_failing() -> None:
    words = LoadedWords("## intensifiers\ntruly …\n", word_forms("en"))
    text = " ".join(["truly"] * 5000) + " special."
    assert len(words.find(text)) == 5000  # each "truly" found, the last with "special"
