"""What `new` suggests, case by case: every phrase quoted in the issue that asked for these rules
(issue 16) is a case here, in English, Spanish and Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from literacy_app.authoring.suggest import Suggestions, detect_language, suggest
from literacy_app.authoring.suggest.rules import (
    DISCLOSURES,
    NO_ADVICE,
    VIEWS_DISOWNED,
    Lexicon,
    Rules,
    read_word_list,
)
from literacy_app.cli import main
from literacy_app.core.loader import read_lesson
from literacy_app.core.text import article_from_body

RULES = Path(__file__).resolve().parents[2] / "literacy_app" / "authoring"


def found(body: str, language: str | None = "en") -> tuple[str, Suggestions]:
    text, paragraphs, _origins = article_from_body(body)
    return text, suggest(text, paragraphs, language=language)


def disclaimed(notice: str, language: str) -> list[str]:
    """The disclaimers found in a short report that ends with ``notice`` as a paragraph of its own."""
    text, result = found(f"Headline\n\nSomething happened in town on Monday.\n\n{notice}\n", language)
    return [text[d.start:d.end] for d in result.disclaimers]


def quotes(text: str, items: tuple[object, ...]) -> list[str]:
    return [text[s.start:s.end] for s in items]  # type: ignore[attr-defined]


def keys(text: str, items: tuple[object, ...]) -> list[str]:
    return [text[s.key_start:s.key_end] for s in items]  # type: ignore[attr-defined]


# --- who says so ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    ("The force said patrols would continue.", "The force said"),
    ("Patrols will continue, he said.", "he said"),
    ("Researchers at Eastmoor University found that pupils slept less.", "Researchers at Eastmoor University found"),
    ("The trial was small, but researchers found that it worked.", "researchers found"),
    ("A new study estimates that the scheme saves 250,000 lives a year.", "A new study estimates"),
    ("According to police, 17 units were broken into.", "According to police"),
    ("The ministry announced a review on Monday.", "The ministry announced"),
    ("“We acted fast,” said Inspector Jane Doe.", "said Inspector Jane Doe"),
    ("Councillor Peter Hale, who chairs the committee, said leaks were a problem.",
     "Councillor Peter Hale, who chairs the committee, said"),
    ("The region's water supplier has warned of shortages.", "The region's water supplier has warned"),
    ("Organisers told reporters the road would reopen.", "Organisers told"),
])
def test_the_speaker_is_found_whoever_it_is(sentence: str, speaker: str) -> None:
    text, result = found(sentence)
    assert speaker in quotes(text, result.attributions)
    assert not result.vague_sources


def test_an_attribution_never_crosses_a_sentence_end() -> None:
    text, result = found("“We acted fast,” said Inspector Jane Doe. According to police, 40 people were hurt.")
    assert quotes(text, result.attributions) == ["said Inspector Jane Doe", "According to police"]
    assert all("." not in text[s.start:s.end].rstrip(".") for s in result.attributions)


def test_words_that_look_like_verbs_are_not_speakers() -> None:
    text, result = found("Insurers have seen a sharp rise in claims. More than 200 such claims were filed.")
    assert result.attributions == ()
    assert "200" in keys(text, result.figures)


# --- vague sources ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, cue", [
    ("Experts say the river is clean.", "Experts say"),
    ("Studies show it can help.", "Studies show"),
    ("Sources said the deal was done.", "Sources said"),
    ("Many people believe that it works.", "Many people believe"),
    ("It is thought that the fire started in the kitchen.", "It is thought"),
    ("Different studies show that nets work.", "Different studies show"),
    ("Shoppers spend an estimated £30 million a year on it.", "an estimated"),
    ("Teachers tell me the first lesson is lost.", "Teachers tell"),
])
def test_vague_sources_are_their_own_kind(sentence: str, cue: str) -> None:
    text, result = found(sentence)
    assert any(cue in q for q in quotes(text, result.vague_sources))
    assert result.attributions == ()


def test_a_figure_sourced_only_vaguely_is_a_distractor_that_says_why_it_is_weak() -> None:
    text, result = found("Experts say up to 80% of adults could benefit.")
    assert result.figures == ()
    vague = [d for d in result.figure_distractors if d.kind == "vague"]
    assert keys(text, tuple(vague)) == ["80%"]
    assert vague[0].feedback is not None and "vague" in vague[0].feedback and "Experts say" in vague[0].feedback


# --- figures -------------------------------------------------------------------------------------------------

def test_figures_that_make_a_claim_are_suggested_when_no_source_is_given() -> None:
    text, result = found("Crime rose 15% and cost £2 million. Forty people lost their homes, two hundred and fifty "
                         "families were moved and the rate doubled to 3 in 10 households.")
    assert keys(text, result.figures) == ["15%", "£2 million", "Forty", "two hundred and fifty", "doubled", "3 in 10"]
    assert all(s.reason.endswith("with no source in its sentence") for s in result.figures)


@pytest.mark.parametrize("sentence", [
    "The plan meets four criteria.",
    "There are two ways to read it.",
    "The lane opened on 10 November 2020 after the 21st September meeting.",
    "The man, aged 24, was arrested at 3.15pm.",
    "Thorne, 29, crossed the line first.",
    "It is the fourth time this year.",
    "Under Resolution 884 the streets are closed.",
    "In 2019 the council met at 8.45 in Room 12.",
    "Call 0161 555 0192 or 101 quoting reference 22/4471.",
    "The festival returns after a two-year break.",
    "By ten in the morning the bins are full, and the last bus leaves at half past six.",
    "The shop opens at 9 in the evening and closes at two at night.",
    "Cars race past way over the 20 kph limit, and the 30 mph speed limit is ignored.",
])
def test_numbers_that_claim_nothing_are_not_suggested(sentence: str) -> None:
    text, result = found(sentence)
    assert keys(text, result.figures) == []


def test_people_counted_near_a_limit_are_still_a_figure() -> None:
    text, result = found("There were 20 people over the limit.")
    assert quotes(text, result.figures) == ["20 people"]


def test_a_figure_is_sourced_by_its_sentence_or_the_sentence_it_continues() -> None:
    text, result = found("According to the council, 17 units were empty. It also found 40 were damp.\n\n"
                         "Another 12 were sold.")
    assert keys(text, result.figures) == ["12"]
    assert {"17", "40"} == {t for t in keys(text, result.figure_distractors)}


def test_a_figure_in_a_quotation_is_sourced_by_whoever_the_paragraph_says_is_speaking() -> None:
    text, result = found("“Some of them buy three or four bottles at a time,” he said.")
    assert result.figures == ()


# --- disclaimers and loaded words ----------------------------------------------------------------------------

def test_a_disclaimer_of_two_sentences_is_found_whole() -> None:
    body = ("Cycle lanes make streets safer for everyone.\n\n"
            "Opinion pieces reflect the views of their authors. They are not the views of the Courier.\n")
    text, result = found(body)
    assert quotes(text, result.disclaimers) == [
        "Opinion pieces reflect the views of their authors. They are not the views of the Courier."]


@pytest.mark.parametrize("body, language, disclaimer", [
    ("Call today.\n\nSavings depend on your home and energy use. Figures quoted are based on customer surveys.\n",
     "en", "Savings depend on your home and energy use. Figures quoted are based on customer surveys."),
    ("Slow down on our lane!\n\nPosts in this group are the views of individual members. The group does not "
     "check or endorse their content.\n", "en", "Posts in this group are the views of individual members. The "
     "group does not check or endorse their content."),
    # a clitic on the cue ("ولا تتحمل") and a feminine writer ("كاتبتها")
    ("الأشجار ليست ترفاً.\n\nتعبّر هذه المقالة عن رأي كاتبتها فقط. ولا تتحمل الصحيفة أي مسؤولية عما يرد فيها.\n",
     "ar", "تعبّر هذه المقالة عن رأي كاتبتها فقط. ولا تتحمل الصحيفة أي مسؤولية عما يرد فيها."),
    # the masculine form of the same cue ("المقال يعبّر … ولا يعكس")
    ("الجسر لا يؤدي إلى أي مكان.\n\nالمقال يعبّر عن رأي كاتبته ولا يعكس بالضرورة موقف الصحيفة.\n",
     "ar", "المقال يعبّر عن رأي كاتبته ولا يعكس بالضرورة موقف الصحيفة."),
    # a food supplement's fine print, in each language
    ("Sleep better tonight.\n\nFood supplements should not be used as a substitute for a varied diet. Consult your "
     "doctor before use.\n", "en", "Food supplements should not be used as a substitute for a varied diet. Consult "
     "your doctor before use."),
    ("Duerma mejor.\n\nLos complementos alimenticios no deben utilizarse como sustituto de una dieta variada. "
     "Consulte a su farmacéutico.\n", "es", "Los complementos alimenticios no deben utilizarse como sustituto de "
     "una dieta variada. Consulte a su farmacéutico."),
    ("نوم أفضل الليلة.\n\nهذا المنتج مكمّل غذائي وليس دواءً. استشر طبيبك قبل الاستخدام.\n",
     "ar", "هذا المنتج مكمّل غذائي وليس دواءً. استشر طبيبك قبل الاستخدام."),
])
def test_fine_print_group_notices_and_arabic_disclaimers(body: str, language: str, disclaimer: str) -> None:
    text, result = found(body, language)
    assert quotes(text, result.disclaimers) == [disclaimer]


@pytest.mark.parametrize("body, language, disclaimer", [
    ("The ride is smooth.\n\nVelo lent me the bike for this review. The company did not see it before "
     "publication.\n", "en", "Velo lent me the bike for this review. The company did not see it before publication."),
    ("Winter is coming.\n\nThis appeal was paid for by the Laurel Fork Pantry.\n", "en",
     "This appeal was paid for by the Laurel Fork Pantry."),
    ("La batería dura dos días.\n\nLa marca prestó el teléfono para esta reseña y no vio el texto antes de su "
     "publicación.\n", "es", "La marca prestó el teléfono para esta reseña y no vio el texto antes de su publicación."),
    ("البطارية ممتازة.\n\nأعارت الشركة الجهاز للكاتب لغرض هذه المراجعة، ولم تطّلع على النص قبل النشر.\n", "ar",
     "أعارت الشركة الجهاز للكاتب لغرض هذه المراجعة، ولم تطّلع على النص قبل النشر."),
])
def test_who_lent_what_is_reviewed_or_paid_for_the_piece_is_disclosed(body: str, language: str,
                                                                      disclaimer: str) -> None:
    text, result = found(body, language)
    assert quotes(text, result.disclaimers) == [disclaimer]


@pytest.mark.parametrize("body, language, disclaimer", [
    ("The lamb was tender.\n\nOur reviewer's meal was paid for by the Thornleigh Evening Gazette.\n", "en",
     "Our reviewer's meal was paid for by the Thornleigh Evening Gazette."),
    ("El cordero estaba tierno.\n\nNuestra cena la pagó este diario.\n", "es", "Nuestra cena la pagó este diario."),
    ("كان اللحم طرياً.\n\nدفعت الصحيفة ثمن وجبتنا كاملاً.\n", "ar", "دفعت الصحيفة ثمن وجبتنا كاملاً."),
])
def test_who_paid_for_what_the_writer_reviewed_is_disclosed_and_no_advertisement(body: str, language: str,
                                                                                 disclaimer: str) -> None:
    text, result = found(body, language)
    assert quotes(text, result.disclaimers) == [disclaimer]
    assert not result.advertised


@pytest.mark.parametrize("body, disclaimer", [
    ("We need more buses.\n\nLetters are the writers' own views and not those of the Gazette.\n",
     "Letters are the writers' own views and not those of the Gazette."),
    ("We need more buses.\n\nThe opinions in this letter are the writer's.\n", "The opinions in this letter are the writer's."),
    ("We need more buses.\n\nThe author writes in a personal capacity.\n", "The author writes in a personal capacity."),
])
def test_a_letters_page_note_or_a_personal_capacity_is_a_disclaimer(body: str, disclaimer: str) -> None:
    text, result = found(body, "en")
    assert quotes(text, result.disclaimers) == [disclaimer]


@pytest.mark.parametrize("body, language, disclaimer", [
    ("The tree is 40 years old.\n\nDISCLAIMER: My own opinion lang po ito, I'm not speaking for the HOA.\n", "en",
     "DISCLAIMER: My own opinion lang po ito, I'm not speaking for the HOA."),
    ("The pool is warm.\n\nThe writer was a guest of Harbourlight Lok Wan. The hotel had no say in what was "
     "written.\n", "en", "The writer was a guest of Harbourlight Lok Wan. The hotel had no say in what was written."),
    ("El árbol tiene 40 años.\n\nPD: escribo a título personal, no a nombre de la directiva del barrio.\n", "es",
     "PD: escribo a título personal, no a nombre de la directiva del barrio."),
    ("عمر الشجرة ٤٠ سنة.\n\nالكلام هذا رأيي الشخصي وما يمثل أي جهة.\n", "ar", "الكلام هذا رأيي الشخصي وما يمثل أي جهة."),
])
def test_a_writer_speaking_for_no_one_but_themselves_is_a_disclaimer(body: str, language: str,
                                                                    disclaimer: str) -> None:
    text, result = found(body, language)
    assert quotes(text, result.disclaimers) == [disclaimer]


@pytest.mark.parametrize("body, language", [
    ("The minister said he was not speaking for the government when he criticised the plan.\n", "en"),
    ("El diputado acudió a título personal a la marcha.\n", "es"),
])
def test_someone_else_speaking_for_themselves_in_the_news_is_no_disclaimer(body: str, language: str) -> None:
    assert found(body, language)[1].disclaimers == ()


@pytest.mark.parametrize("body, language, disclaimer", [
    ("Please give what you can.\n\nKindlyFund does not verify the claims made on campaign pages and is not "
     "responsible for how organisers use the funds raised.\n", "en",
     "KindlyFund does not verify the claims made on campaign pages and is not responsible for how organisers use "
     "the funds raised."),
    ("Dona hoy.\n\nVaquita Solidaria no verifica la información de las campañas.\n", "es",
     "Vaquita Solidaria no verifica la información de las campañas."),
    ("ساعدونا في شراء الحافلة.\n\nلا تعبّر هذه المادة عن أي موقف سياسي، والمنصة لا تتحقق من صحة ما ينشره أصحاب "
     "الحملات.\n", "ar", "لا تعبّر هذه المادة عن أي موقف سياسي، والمنصة لا تتحقق من صحة ما ينشره أصحاب الحملات."),
    ("The crossing is a death trap.\n\nAdmins are not responsible for what members post.\n", "en",
     "Admins are not responsible for what members post."),
    ("The crossing is a death trap.\n\nThe admins do not take responsibility for members' posts.\n", "en",
     "The admins do not take responsibility for members' posts."),
])
def test_a_platform_disowning_what_others_post_is_a_disclaimer(body: str, language: str, disclaimer: str) -> None:
    text, result = found(body, language)
    assert quotes(text, result.disclaimers) == [disclaimer]


@pytest.mark.parametrize("body, language", [
    ("The audit found that the ministry does not verify the claims made by contractors before paying them.\n", "en"),
    ("Critics say the app is not responsible for how drivers behave.\n", "en"),
    ("La auditoría concluyó que el ministerio no verifica los datos de las obras.\n", "es"),
    ("وقال التقرير إن الوزارة لا تتحقق من صحة الفواتير.\n", "ar"),
    ("The council accepts no responsibility for the flooding, the mayor said.\n", "en"),
])
def test_what_someone_is_reported_to_disown_is_no_disclaimer(body: str, language: str) -> None:
    assert found(body, language)[1].disclaimers == ()


@pytest.mark.parametrize("body, language, disclaimer", [
    ("My landlord kept my deposit.\n\nNAL and this isn't legal advice.\n", "en", "NAL and this isn't legal advice."),
    ("Rents went up again.\n\nMod note: nothing posted here is legal advice.\n", "en",
     "Mod note: nothing posted here is legal advice."),
    ("Mi casero no me devuelve la fianza.\n\nOjo, esto no es asesoramiento legal.\n", "es",
     "Ojo, esto no es asesoramiento legal."),
    ("المالك رفض إعادة التأمين.\n\nهذا الكلام ليس استشارة قانونية.\n", "ar", "هذا الكلام ليس استشارة قانونية."),
])
def test_a_note_that_denies_giving_advice_is_a_disclaimer(body: str, language: str, disclaimer: str) -> None:
    text, result = found(body, language)
    assert quotes(text, result.disclaimers) == [disclaimer]


@pytest.mark.parametrize("body, language", [
    ("The minister did not seek legal advice before signing.\n", "en"),
    ("El alcalde no pidió asesoramiento antes de firmar.\n", "es"),
])
def test_advice_sought_or_not_in_the_news_is_no_disclaimer(body: str, language: str) -> None:
    assert found(body, language)[1].disclaimers == ()


@pytest.mark.parametrize("body, language", [
    ("Water samples were sent for testing, and the council provided the report for review.\n", "en"),
    ("The company provided a statement for this article but did not say how many jobs will go.\n", "en"),
    ("The new roof was paid for by the parish, which did not see the bill before the work began.\n", "en"),
    ("The minister's trip to Dubai was paid for by a lobbying firm, the paper revealed.\n", "en"),
    ("El ayuntamiento envió el informe para su revisión y pagó las obras.\n", "es"),
    ("وقدمت الوزارة المشروع للمراجعة، ودفعت البلدية ثمن الأرض.\n", "ar"),
])
def test_a_loan_or_a_payment_in_the_news_is_no_disclosure(body: str, language: str) -> None:
    assert found(body, language)[1].disclaimers == ()


@pytest.mark.parametrize("word", ["slammed", "disastrous", "so-called", "sham", "reckless", "heartbreaking",
                                  "revolutionary", "world-class", "thrilled", "draconian"])
def test_loaded_words_come_from_the_lexicon(word: str) -> None:
    text, result = found(f"The council’s {word} plan was debated.")
    assert [q.lower() for q in quotes(text, result.loaded)] == [word]


# --- languages ------------------------------------------------------------------------------------------------

SPANISH = ("La Policía Local ha detenido a cuatro personas, según informó ayer el Ayuntamiento. "
           "«Se trata de un grupo muy organizado», explicó el comisario jefe, Andrés Llorente. "
           "Los expertos calculan que los robos costaron 180.000 euros. La asociación recogió 700 firmas.\n")
ARABIC = ("وقال العقيد سامر الخطيب إن الشبكة استهدفت المتقاعدين. ووفقاً للشرطة، بلغ عدد الضحايا ١٤٢ شخصاً. "
          "ويعتقد كثيرون أن الخسائر تجاوزت ٣٨٠ ألف دينار. وجمع الأهالي ١٥٠٠ توقيع.\n")


def test_spanish_articles_get_suggestions() -> None:
    text, result = found(SPANISH, None)
    assert result.language == "es"
    assert {"según informó ayer el Ayuntamiento", "explicó el comisario jefe"} <= set(quotes(text, result.attributions))
    assert quotes(text, result.vague_sources) == ["Los expertos calculan"]
    assert keys(text, result.figures) == ["700"]


def test_arabic_articles_get_suggestions() -> None:
    text, result = found(ARABIC, None)
    assert result.language == "ar"
    attributions = quotes(text, result.attributions)
    assert any(q.startswith("وقال العقيد سامر الخطيب") for q in attributions)
    assert any(q.startswith("ووفقاً للشرطة") for q in attributions)
    assert any("يعتقد كثيرون" in q for q in quotes(text, result.vague_sources))
    assert keys(text, result.figures) == ["١٥٠٠"]


@pytest.mark.parametrize("text, language", [
    ("The council said the road would reopen on Monday, and that the work was finished.", "en"),
    ("El Ayuntamiento dijo que la calle se abrirá el lunes y que las obras han terminado.", "es"),
    ("قالت البلدية إن الطريق سيفتح يوم الاثنين وإن الأعمال انتهت.", "ar"),
])
def test_the_language_is_found_from_the_text(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_language_given_on_the_command_line_wins(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Calle cortada\n\n" + SPANISH, encoding="utf-8")
    assert main(["new", str(article), "-o", str(tmp_path / "auto.yaml")]) == 0
    assert main(["new", str(article), "-o", str(tmp_path / "given.yaml"), "--language", "fr"]) == 0
    auto, given = read_lesson(tmp_path / "auto.yaml").lesson, read_lesson(tmp_path / "given.yaml").lesson
    assert auto is not None and given is not None
    assert auto.language == "es" and any(e.type == "attribution" for e in auto.exercises)
    assert given.language == "fr" and [e.type for e in given.exercises] == ["choice"]


def test_every_suggestion_in_the_file_says_why(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Storm hits coast\n\nExperts say the storm damaged 40 homes, the council said. Many "
                       "people believe it cost £2 million. The disastrous clean-up took two weeks.\n",
                       encoding="utf-8")
    assert main(["new", str(article), "-o", str(tmp_path / "lesson.yaml")]) == 0
    written = (tmp_path / "lesson.yaml").read_text(encoding="utf-8").splitlines()
    items = [n for n, line in enumerate(written) if line.lstrip().startswith("- quote:")]
    assert items and all(written[n - 1].lstrip().startswith("# suggested: ") for n in items)
    assert any(line.strip() == "- id: who-exactly" for line in written)


# --- the rule files a teacher extends -------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_rule_files_hold_plain_words_not_patterns(language: str) -> None:
    rules = yaml.safe_load((RULES / "rules" / f"{language}.yaml").read_text(encoding="utf-8"))
    for name, entries in rules.items():
        if not isinstance(entries, list):
            continue
        for entry in entries:
            plain = str(entry).replace("{n}+{n}", "").replace("{n}", "").rstrip("*")  # 90+3: a plus in the text
            assert not any(c in plain for c in "()[]+?\\|^"), (name, entry)
    lexicon = read_word_list((RULES / "loaded_words" / f"{language}.txt").read_text(encoding="utf-8"))
    assert len(lexicon) >= 60


EVAL_SET = Path(__file__).resolve().parents[2] / "benchmarks" / "suggest_eval"


@pytest.mark.parametrize("article", sorted(EVAL_SET.glob("*/*.txt")), ids=lambda p: f"{p.parent.name}/{p.stem[:2]}")
def test_every_practice_article_becomes_a_lesson_that_loads_without_a_problem(article: Path) -> None:
    from literacy_app.authoring.scaffold import parse_pasted, render_lesson
    from literacy_app.core.loader import parse_lesson

    written, counts, _notes = render_lesson(parse_pasted(article.read_text(encoding="utf-8")))
    result = parse_lesson(written, str(article))
    assert [str(p) for p in result.problems] == []
    assert result.lesson is not None and result.lesson.language == article.parent.name
    assert counts  # every practice article has something to suggest


# --- never across a sentence end, whatever the text -------------------------------------------------------

_PIECES = ["said", "says", "told", "according to", "the force", "he", "Police", "Inspector Jane Doe", "experts",
           "say", "studies show", "it is thought", "40%", "£2 million", "two hundred", "14 March", "aged 19",
           "views expressed", "the writer's own", "brazen", ",", ".", "?", "“", "”", "\"", "and", "that", "a"]


@given(st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25), min_size=1, max_size=4))
@settings(max_examples=200, deadline=None)
def test_no_suggestion_crosses_a_sentence_end(paragraphs: list[list[str]]) -> None:
    from literacy_app.authoring.suggest.sentences import Sentences

    body = "\n\n".join(" ".join(words) for words in paragraphs) + "\n"
    text, spans, _origins = article_from_body(body)
    result = suggest(text, spans, language="en")
    sentences = Sentences(text, spans)
    for item in (*result.attributions, *result.vague_sources, *result.figures, *result.figure_distractors,
                 *result.loaded):
        first, last = sentences.index(item.start), sentences.index(item.end - 1)
        assert first == last, (text[item.start:item.end], text)
        assert item.start <= item.key_start < item.key_end <= item.end


@pytest.mark.parametrize("body, language, disclaimer", [
    ("Ahorre con nosotros.\n\nLas rentabilidades pasadas no garantizan rentabilidades futuras. Ahorro Vivo no es un "
     "depósito y no está amparado por el seguro de depósitos.\n", "es",
     "Las rentabilidades pasadas no garantizan rentabilidades futuras."),
    ("احجز الآن.\n\nتطبق الشروط والأحكام. الأسعار والعروض قابلة للتغيير من دون إشعار مسبق.\n", "ar",
     "تطبق الشروط والأحكام."),
])
def test_risk_warnings_and_terms_are_disclaimers(body: str, language: str, disclaimer: str) -> None:
    text, result = found(body, language)
    assert any(disclaimer in text[s.start:s.end] for s in result.disclaimers)


@pytest.mark.parametrize("body, language, expected", [
    ("The dome was designed in partnership with award-winning architects and opens in May.\n", "en", 0),
    ("Sunny days ahead.\n\nIn partnership with Brightwater Escapes.\n", "en", 1),
    ("وأكد رئيس الجامعة أن المركز سيعمل على ١٢ مشروعاً بالشراكة مع ٤ مستشفيات.\n", "ar", 0),
    ("نوم أفضل.\n\nمحتوى مدفوع بالتعاون مع مختبرات لؤلؤة.\n", "ar", 1),
])
def test_a_partnership_is_a_disclaimer_only_as_a_label(body: str, language: str, expected: int) -> None:
    _text, result = found(body, language)
    assert len(result.disclaimers) == expected


@pytest.mark.parametrize("body, language, expected", [
    ("Vote Cairney on 4 May.\n\nPromoted by A. Brunton on behalf of M. Cairney, both of 27 Well Street.\n",
     "en", 1),
    ("Re-elect Dana Ortiz.\n\nPaid for by Friends of Dana Ortiz. Not authorized by any candidate.\n", "en", 1),
    ("The new bus route is paid for by the council and was promoted by local traders.\n", "en", 0),
    ("Vote por Ana López.\n\nPropaganda electoral pagada por el Comité Cívico Primero.\n", "es", 1),
    ("La propaganda electoral está prohibida desde el viernes, recordó el tribunal.\n", "es", 0),
    ("صوّتوا لسامي.\n\nإعلان انتخابي مدفوع من حملة المرشح سامي الخطيب.\n", "ar", 1),
    ("وقالت الهيئة إن الإعلان الانتخابي ممنوع يوم الاقتراع.\n", "ar", 0),
])
def test_an_election_leaflets_imprint_is_a_disclaimer_as_a_label(body: str, language: str, expected: int) -> None:
    """Who promoted or paid for a leaflet, written as its imprint ("Promoted by …", "Paid for by …",
    "Propaganda electoral pagada por…", "إعلان انتخابي مدفوع"); not the same words inside a sentence."""
    _text, result = found(body, language)
    assert len(result.disclaimers) == expected


@pytest.mark.parametrize("body, language, disclaimer", [
    ("Three bedrooms, two baths.\n\nAll information deemed reliable but not guaranteed. Buyers should "
     "independently verify room measurements.\n", "en", "deemed reliable"),
    ("Pisos de dos y tres dormitorios.\n\nImágenes e infografías de carácter orientativo y no contractual.\n",
     "es", "carácter orientativo"),
    ("شقق من غرفتين وثلاث غرف.\n\nالصور للتوضيح فقط، والمساحات تقريبية وغير ملزمة.\n", "ar", "الصور للتوضيح"),
])
def test_a_property_listings_small_print_is_a_disclaimer(body: str, language: str, disclaimer: str) -> None:
    text, result = found(body, language)
    assert any(disclaimer in text[s.start:s.end] for s in result.disclaimers)


@pytest.mark.parametrize("body, disclaimer", [
    ("Farmers wait.\n\nViews are personal.\n", "Views are personal."),
    ("Go solar.\n\nSavings are estimates only; actual savings will vary. Finance is subject to credit approval. "
     "Consider whether the product is right for you before applying.\n", "actual savings will vary"),
])
def test_short_english_disclaimers_found_on_the_seventh_set(body: str, disclaimer: str) -> None:
    text, result = found(body, "en")
    assert any(disclaimer in text[s.start:s.end] for s in result.disclaimers)


@pytest.mark.parametrize("body, language, disclaimer", [
    ("Read more.\n\nThis article is for information only and is not a substitute for professional advice.\n", "en",
     "for information only"),
    ("Más salud.\n\nEste contenido tiene fines informativos y no reemplaza la consulta con un profesional.\n", "es",
     "fines informativos"),
    ("صحة أفضل.\n\nتنويه: المعلومات الواردة لأغراض التثقيف الصحي فقط، ولا تغني عن استشارة الطبيب المختص.\n", "ar",
     "لأغراض التثقيف"),
])
def test_a_note_that_health_information_is_no_advice_is_a_disclaimer(body: str, language: str,
                                                                      disclaimer: str) -> None:
    text, result = found(body, language)
    assert any(disclaimer in text[s.start:s.end] for s in result.disclaimers)


def test_a_note_that_information_is_no_advice_leaves_a_report_a_report() -> None:
    body = ("Researchers at Eastmoor University found that 30% of adults lack vitamin D.\n\n"
            "This article is for information only.\n")
    _text, result = found(body, "en")
    assert len(result.disclaimers) == 1 and result.opinion is False
    _text, result = found(body + "\nThe views expressed are the author's own.\n", "en")
    assert result.opinion is True


@pytest.mark.parametrize("body, language, disclaimer", [
    ("Go green.\n\nMortgages are subject to status and lending criteria. Your home may be repossessed if you do "
     "not keep up repayments on your mortgage.\n", "en", "Your home may be repossessed"),
    ("Ahorra.\n\nLas tasas pueden variar sin previo aviso. Revisa la cartilla de información antes de contratar.\n",
     "es", "pueden variar sin previo aviso"),
    ("Basura.\n\nAVISO: Las publicaciones de este grupo son responsabilidad exclusiva de quien las escribe. Los "
     "administradores no verifican la información.\n", "es", "responsabilidad exclusiva"),
])
def test_risk_warnings_and_group_notices_found_on_the_ninth_set(body: str, language: str, disclaimer: str) -> None:
    text, result = found(body, language)
    assert any(disclaimer in text[s.start:s.end] for s in result.disclaimers)


@pytest.mark.parametrize("body, language, disclaimer", [
    ("Invest.\n\nPast performance is not a reliable indicator of future results.\n", "en", "Past performance"),
    ("Invest.\n\nCapital at risk. The value of your investments can go down as well as up.\n", "en",
     "Capital at risk"),
    ("Jobs.\n\n(Disclaimer: The above press release has been provided by Kavach AI. The Times takes no editorial "
     "responsibility for its content.)\n", "en", "no editorial responsibility"),
    ("Tarjeta.\n\nInfórmese sobre las condiciones y costos en el sitio. Endeudarse por sobre su capacidad de pago "
     "puede afectar su historial crediticio.\n", "es", "capacidad de pago"),
])
def test_investment_and_credit_warnings_found_on_the_eleventh_set(body: str, language: str, disclaimer: str) -> None:
    text, result = found(body, language)
    assert any(disclaimer in text[s.start:s.end] for s in result.disclaimers)


# --- every entry of every rules list is found as it is written ----------------------------------------------

def _rules_file(language: str) -> dict[str, list[object]]:
    """A language's rules file as a teacher writes it."""
    from importlib import resources
    return yaml.safe_load((resources.files("literacy_app.authoring") / "rules" / f"{language}.yaml")
                          .read_text(encoding="utf-8"))


def _listed_phrases() -> list[tuple[str, str, str]]:
    cases = []
    for language in ("en", "es", "ar"):
        data = _rules_file(language)
        for name in ("speech_verbs", "evidence_verbs", "vague_verbs", "method_verbs", "source_before",
                     "vague_phrases", "disclaimer_cues", "advice_disclaimer_cues", "offer_words", "paid_cues",
                     "lent_words", "review_words", "payer_words", "piece_words", "advice_denials", "advice_words",
                     "views_words", "disowning_words",
                     "terms_headings", "comparing", "beyond_measure", "beyond_measure_in_opinion"):
            cases += [(language, name, str(entry)) for entry in data.get(name) or []
                      if "*" not in str(entry) and "{" not in str(entry)]
    return cases


def _lexicon_of(rules: Rules, name: str) -> Lexicon:
    """The compiled list a rules file's list ``name`` became."""
    if name == "evidence_verbs":
        return rules.speech_verbs
    pairs = (*DISCLOSURES, NO_ADVICE, VIEWS_DISOWNED)
    for pair, lexicons in zip(pairs, (*rules.disclosures, rules.no_advice, rules.views_disowned), strict=True):
        if name in pair:
            return lexicons[pair.index(name)]
    lexicon: Lexicon = getattr(rules, name)
    return lexicon


def test_every_phrase_of_the_rules_files_is_found_whole_in_a_sentence() -> None:
    """A phrase a teacher adds is found as written: marks and all ("قالّي"), and whole even where a prefix
    could let a shorter entry match first ("بحسب ما", not "ب" + "حسب")."""
    from literacy_app.authoring.suggest.rules import rules_for
    missed = []
    for language, name, entry in _listed_phrases():
        rules = rules_for(language)
        assert rules is not None
        lexicon = _lexicon_of(rules, name)
        text = f"x {entry} x"
        found = lexicon.search(text, 0, len(text))
        if found is None or found.group() != entry.strip():
            missed.append((language, name, entry, found and found.group()))
    assert missed == []


def test_no_cue_says_both_whose_views_and_that_it_is_no_advice() -> None:
    """A cue in both disclaimer lists would make a health report with "no substitute for a doctor" an
    opinion piece (its figures and words then read as the writer's own)."""
    for language in ("en", "es", "ar"):
        data = _rules_file(language)
        views = {str(c).lower() for c in data.get("disclaimer_cues") or []}
        advice = {str(c).lower() for c in data.get("advice_disclaimer_cues") or []}
        assert views & advice == set(), language


def test_a_spanish_group_notice_is_a_disclaimer() -> None:
    from literacy_app.core.text import article_from_body
    body = ("Sin agua\n\nLlevamos cuatro días sin agua en la calle 7.\n\n📌 Nota de la administración: Las "
            "publicaciones son responsabilidad de quien las escribe. Este grupo no verifica la información ni se "
            "hace responsable de lo que publiquen sus miembros.")
    text, paragraphs, _origins = article_from_body(body)
    found = [text[d.start:d.end] for d in suggest(text, paragraphs, language="es").disclaimers]
    assert any("no verifica la información" in d for d in found), found


def test_not_a_lawyer_is_a_disclaimer_of_advice() -> None:
    from literacy_app.core.text import article_from_body
    body = ("Rent\n\nOur landlord wants 14% more. Not a lawyer, obviously, and none of this is legal advice. "
            "I'm just trying to figure out whether to start packing.")
    text, paragraphs, _origins = article_from_body(body)
    found = [text[d.start:d.end] for d in suggest(text, paragraphs, language="en").disclaimers]
    assert any("legal advice" in d for d in found), found


@pytest.mark.parametrize("body, cue", [
    ("Noise\n\nTrucks at midnight again.\n\nAdmin note: Posts in this group reflect the opinions of individual "
     "members only. Cedar Bluff Neighbors does not verify or endorse claims made in member posts.", "reflect"),
    ("Plant opens\n\nThe plant opened today.\n\nThis release contains forward-looking statements about "
     "employment. Actual outcomes may differ.", "forward-looking"),
])
def test_group_notes_and_forward_looking_statements_are_disclaimers(body: str, cue: str) -> None:
    from literacy_app.core.text import article_from_body
    text, paragraphs, _origins = article_from_body(body)
    found = [text[d.start:d.end] for d in suggest(text, paragraphs, language="en").disclaimers]
    assert any(cue in d for d in found), found


@pytest.mark.parametrize("notice", [
    "This is a community page and the admins are not responsible for the views or information posted by members.",
    "The Trust is not a veterinary practice and cannot give medical advice about individual animals.",
])
def test_a_page_that_disowns_its_members_views_or_gives_no_advice_is_disclaimed(notice: str) -> None:
    text, result = found(f"The bus is late again, and nobody knows why.\n\n{notice}\n")
    assert [text[d.start:d.end] for d in result.disclaimers] == [notice]


@pytest.mark.parametrize("notice, language", [
    ("Letters reflect the views of their writers, not those of the Ellery Gazette.", "en"),
    ("Reminder: this group is run by volunteers and the admins are not responsible for opinions posted by members.",
     "en"),
    ("Posts are the views of the members who write them, not the admins.", "en"),
    ("The admins do not check members' posts and cannot take responsibility for what is said in them.", "en"),
    ("Las cartas reflejan las opiniones de sus autores, no las de este diario.", "es"),
    ("Los administradores no se hacen responsables de los comentarios de los miembros.", "es"),
    ("الرسائل المنشورة تعبر عن آراء كتابها لا عن رأي الصحيفة.", "ar"),
    ("إدارة المجموعة غير مسؤولة عن المنشورات والتعليقات.", "ar"),
])
def test_a_note_that_the_views_are_their_writers_not_the_publisher_s_is_a_disclaimer(notice: str,
                                                                                   language: str) -> None:
    """Said in words no list of cues holds whole: the views or posts, and whose they are (or are not)."""
    assert disclaimed(notice, language) == [notice]


@pytest.mark.parametrize("sentence, language", [
    ("Residents said the views of the council were not those of the town.", "en"),
    ("El alcalde dijo que las opiniones de los vecinos no necesariamente coinciden.", "es"),
    ("وقال الوزير إن الآراء لا تمثل الحكومة.", "ar"),
])
def test_views_disowned_in_what_someone_is_reported_saying_is_no_disclaimer(sentence: str, language: str) -> None:
    text, result = found(f"Headline\n\n{sentence}\n", language)
    assert result.disclaimers == ()


def test_a_body_not_responsible_for_damage_disclaims_nothing() -> None:
    text, result = found("Floods.\n\nThe council said it was not responsible for the damage to the road.\n")
    assert result.disclaimers == ()


@pytest.mark.parametrize("notice, language", [
    ("This is a sponsored article produced in partnership with Hearthside Kitchens.", "en"),
    ("Architectural renderings are conceptual and for illustrative purposes only.", "en"),
    ("Typical evening speed is measured between 7pm and 11pm. Actual speeds vary with your wiring.", "en"),
    ("Sujeto a evaluación y aprobación crediticia. Aplican cargos por cierre.", "es"),
    ("تنويه من إدارة المجموعة: هذه المجموعة غير رسمية ولا تتبع إدارة المدرسة.", "ar"),
])
def test_sponsored_articles_illustrations_small_print_and_unofficial_groups_are_disclaimed(notice: str,
                                                                                           language: str) -> None:
    assert disclaimed(notice, language) == [notice]


@pytest.mark.parametrize("notice, language", [
    ("This group is run by parents and is not affiliated with the academy. Admins cannot verify claims made in "
     "posts.", "en"),
    ("Cover is subject to terms, conditions and exclusions, and pre-existing conditions are not covered.", "en"),
    ("تخضع المنح للشروط والأحكام المنشورة على موقع الجامعة.", "ar"),
])
def test_a_group_s_notice_and_cover_subject_to_terms_are_disclaimers(notice: str, language: str) -> None:
    assert disclaimed(notice, language) == [notice]


def test_caring_for_talent_is_no_sponsor_s_label() -> None:
    body = "خبر\n\nفي خطوة تعكس التزامها الراسخ برعاية المواهب الوطنية، أعلنت الجامعة عن منح جديدة.\n"
    assert found(body, "ar")[1].disclaimers == ()


@pytest.mark.parametrize("sentence, language", [
    ("Rivera hit a double in the fifth inning to score two runners.", "en"),
    ("Un doble de Yáder Membreño con dos outs empató el juego.", "es"),
    ("Pérez metió un triple desde la esquina a falta de un minuto.", "es"),
])
def test_a_multiple_that_names_a_hit_or_a_shot_is_no_figure(sentence: str, language: str) -> None:
    text, result = found(f"Headline\n\n{sentence}\n", language)
    assert not any("doble" in q or "double" in q or "triple" in q for q in quotes(text, result.figures))


@pytest.mark.parametrize("sentence, language, figure", [
    ("Rents are now double what they were in 2019.", "en", "double"),
    ("Los alquileres cuestan el doble que en 2020.", "es", "el doble"),
])
def test_a_multiple_that_says_how_many_times_more_is_a_figure(sentence: str, language: str, figure: str) -> None:
    text, result = found(f"Headline\n\n{sentence}\n", language)
    assert figure in quotes(text, result.figures)


@pytest.mark.parametrize("question", [
    "What would you tell Governor Amos Pundia if he was sitting here?",
    "What would the minister say to parents who lost their homes?",
    "Would you say the scheme has failed?",
])
def test_a_question_of_what_someone_would_say_is_no_attribution(question: str) -> None:
    text, result = found(f"Interview\n\n{question}\n")
    assert result.attributions == () and result.vague_sources == ()


@pytest.mark.parametrize("sentence, attribution", [
    ("Critics would say the scheme costs too much.", "Critics would say"),
    ("The mayor said 40 homes would flood. Would they?", "The mayor said"),
    ("Why did you say prices would fall?", "did you say"),
])
def test_what_someone_would_say_outside_such_a_question_is_still_a_source(sentence: str, attribution: str) -> None:
    text, result = found(f"Headline\n\n{sentence}\n")
    assert attribution in quotes(text, result.attributions) + quotes(text, result.vague_sources)


@pytest.mark.parametrize("notice, language", [
    ("Legal notice: Cover is subject to the policy wording. Prices may change without notice.", "en"),
    ("Aviso legal: Las coberturas están sujetas a las condiciones generales de la póliza. El descuento no es "
     "acumulable con otras promociones.", "es"),
    ("إخلاء مسؤولية: تخضع التغطية لشروط الوثيقة، وقد تتغير الأسعار دون إشعار.", "ar"),
])
def test_a_paragraph_headed_as_a_legal_notice_is_a_disclaimer(notice: str, language: str) -> None:
    assert disclaimed(notice, language) == [notice]


def test_sending_a_legal_notice_is_no_disclaimer() -> None:
    text, result = found("Deposit\n\nShe sent a legal notice and, after 15 days, filed a complaint.\n")
    assert result.disclaimers == ()


@pytest.mark.parametrize("sentence, attribution", [
    ("وتدعو الوزارة المواطنين إلى إجراء الفحص الدوري.", "وتدعو الوزارة"),
    ("ويطالب سكان البلدة بإصلاح الطريق قبل الشتاء.", "ويطالب سكان البلدة"),
    ("وتناشد شرطة المدينة كل من لديه معلومات الاتصال بها.", "وتناشد شرطة المدينة"),
])
def test_arabic_verbs_of_speech_in_the_present_give_a_source(sentence: str, attribution: str) -> None:
    text, result = found(f"عنوان\n\n{sentence}\n", "ar")
    assert any(q.startswith(attribution) for q in quotes(text, result.attributions)), quotes(text, result.attributions)


@pytest.mark.parametrize("sentence, attribution", [
    ("The union vows to strike if 40 jobs go.", "The union vows"),
    ("Dr Reyes acknowledges that 30% of patients wait too long.", "Dr Reyes acknowledges"),
    ("Councillor Hale condemns the 12% rise in fares.", "Councillor Hale condemns"),
])
def test_english_verbs_of_speech_in_the_present_give_a_source(sentence: str, attribution: str) -> None:
    text, result = found(f"Headline\n\n{sentence}\n")
    assert attribution in quotes(text, result.attributions)
    assert result.figures == ()


@pytest.mark.parametrize("sentence, attribution", [
    ("Aclara la alcaldesa que el 40% de las obras ya terminó.", "Aclara la alcaldesa"),
    ("El sindicato reclama un aumento del 12% para este año.", "El sindicato reclama"),
    ("El ministerio desmiente que haya 30 escuelas cerradas.", "El ministerio desmiente"),
])
def test_spanish_verbs_of_speech_in_the_present_give_a_source(sentence: str, attribution: str) -> None:
    text, result = found(f"Titular\n\n{sentence}\n", "es")
    assert attribution in quotes(text, result.attributions)
    assert result.figures == ()


@pytest.mark.parametrize("sentence, vague", [
    ("A county engineer told my husband the crossing was safe.", "A county engineer told"),
    ("A nurse told our neighbours that 30 beds were empty.", "A nurse told"),
])
def test_someone_unnamed_who_told_the_writer_s_family_is_a_vague_source(sentence: str, vague: str) -> None:
    text, result = found(f"Crossing\n\n{sentence}\n")
    assert vague in quotes(text, result.vague_sources) and result.attributions == ()


def test_someone_named_who_told_the_writer_s_family_is_still_a_source() -> None:
    text, result = found("Bridge\n\nCouncillor Jane Hale told my husband the bridge would cost $4 million.\n")
    assert quotes(text, result.attributions) == ["Councillor Jane Hale told"]


@pytest.mark.parametrize("language, label, sentence, term", [
    ("es", "Contenido patrocinado.", "Moto Segura cubre daños a terceros hasta por $80 millones.", "$80 millones"),
    ("ar", "محتوى إعلاني.", "تشمل الوثيقة تغطية تصل إلى ٥٠ ألف دينار للحوادث.", "٥٠ ألف دينار"),
    ("en", "Sponsored content.", "You can invest up to £20,000 each tax year.", "£20,000"),
])
def test_an_advertisement_s_limit_on_its_offer_is_no_figure(language: str, label: str, sentence: str,
                                                             term: str) -> None:
    text, result = found(f"Headline\n\n{label}\n\n{sentence}\n", language)
    assert not any(term in q for q in quotes(text, result.figures)), quotes(text, result.figures)


@pytest.mark.parametrize("language, label, sentence, claim", [
    ("es", "Contenido patrocinado.", "Los especialistas coinciden en que la tarjeta puede ahorrarle a una familia "
     "hasta $60.000 por año.", "$60.000"),
    ("en", "Sponsored content.", "Experts agree that a no-fee card could save a family up to $600 a year.", "$600"),
])
def test_a_sum_up_to_which_someone_vouches_for_in_an_advertisement_is_their_claim(language: str, label: str,
                                                                                  sentence: str, claim: str) -> None:
    text, result = found(f"Headline\n\n{label}\n\n{sentence}\n", language)
    vague = [text[d.start:d.end] for d in result.figure_distractors if d.kind == "vague"]
    assert any(claim in q for q in vague), vague


def test_a_sum_up_to_in_a_report_is_still_a_figure() -> None:
    text, result = found("Temporal\n\nLas pérdidas del temporal llegan hasta $80 millones.\n", "es")
    assert any("$80 millones" in q for q in quotes(text, result.figures))


def test_a_surname_that_opens_its_sentence_and_told_the_writer_is_a_source() -> None:
    text, result = found("Smokehouse\n\nPitmaster Luis Ocampo opened the place in 2019. Ocampo told me the brisket "
                         "goes into the smoker at 2am.\n")
    assert quotes(text, result.attributions) == ["Ocampo told"] and result.vague_sources == ()


def test_people_who_told_the_writer_without_a_name_stay_vague() -> None:
    text, result = found("Market\n\nWomen told me the bus never came. Shop owners told me 30 stalls closed.\n")
    assert quotes(text, result.vague_sources) == ["Women told", "Shop owners told"]


@pytest.mark.parametrize("sentence, language, attribution", [
    ("“It was loud,” said one resident, Keith Hynes, who lives opposite.", "en", "said one resident, Keith Hynes"),
    ("“Fue terrible”, dijo un vecino de la zona, Walter Cabrera, de 58 años.", "es",
     "dijo un vecino de la zona, Walter Cabrera"),
    ("وقال صاحب محل لقطع السيارات مقابل المستودع، سامر الحوراني، إنه استيقظ على أصوات انفجارات.", "ar",
     "وقال صاحب محل لقطع السيارات مقابل المستودع، سامر الحوراني"),
])
def test_someone_unnamed_then_named_between_commas_is_a_source(sentence: str, language: str,
                                                                attribution: str) -> None:
    text, result = found(f"Headline\n\n{sentence}\n", language)
    assert quotes(text, result.attributions) == [attribution] and result.vague_sources == ()


@pytest.mark.parametrize("sentence, language", [
    ("“It was loud,” said one resident, who lives opposite.", "en"),
    ("وقال أحد السكان، وهو موظف، إن ثلاثة منازل احترقت.", "ar"),
    ("وقال شاهد، طلب عدم ذكر اسمه، إن النار اشتعلت.", "ar"),
    ("قال لي موظف في مؤسسة المياه، رفض ذكر اسمه، إن المضخة الرئيسية معطلة منذ شهر.", "ar"),
])
def test_someone_unnamed_then_described_between_commas_stays_vague(sentence: str, language: str) -> None:
    text, result = found(f"Headline\n\n{sentence}\n", language)
    assert result.attributions == () and len(result.vague_sources) == 1


@pytest.mark.parametrize("sentence, attribution", [
    ("وقد صرّح وزير التربية والتعليم أكثر من مرة بأن الوزارة ستعيّن ٣٠ ألف معلم.", "صرّح وزير التربية والتعليم"),
    ("وقال وزير الصحة أيضاً إن ٣٠ مستشفى ستفتح.", "وقال وزير الصحة"),
])
def test_how_often_a_speaker_spoke_is_not_part_of_who(sentence: str, attribution: str) -> None:
    text, result = found(f"عنوان\n\n{sentence}\n", "ar")
    assert quotes(text, result.attributions) == [attribution] and result.vague_sources == ()
