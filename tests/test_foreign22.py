"""Events in articles written in other languages (issue 23; twenty-second session): an article
that does not read as English is read in Arabic, Indonesian, German or French for one form only,
an attack on the story's target side or a strike by its striking side, dated in the sentence's own
words and placed by the gazetteer or a country's name in that language (briefing/grammar/
languages.toml, briefing/extract/foreign.py). Precision first: a day that cannot be placed, days
that disagree, a date line's day, a statement's weekday, a sentence telling both an attack and a
strike give nothing. Every sentence here is our own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from briefing.cli import main
from briefing.topic import load_topic

# Arabic, published on a Friday: the drone shot down on Thursday evening over al-Tanf
_ARABIC_WEEKDAY = (
    "---\npublished: 2023-11-10\n---\n"
    "قال مسؤول في وزارة الدفاع إن القوات الأمريكية أسقطت طائرة مسيرة مساء الخميس فوق قاعدة التنف في سوريا. "
    "وأضاف المسؤول أن الهجوم لم يسفر عن إصابات أو أضرار في المعدات. "
    "وكانت جماعة مسلحة قد أعلنت في بيان عن مسؤوليتها عن الهجوم على القاعدة. "
    "ويأتي هذا بعد أيام من التوتر في المنطقة، حسب ما ذكرت مصادر محلية للصحفيين في العاصمة.\n")
# Arabic, no publication date: two strikes on days written with their year, joined by "and"
_ARABIC_STRIKES = (
    "قال البيت الأبيض في رسالة إلى الكونغرس إن الجيش الأمريكي شن غارات في 3 نوفمبر 2024 و9 نوفمبر 2024 "
    "على مخازن أسلحة في سوريا. وأوضحت الرسالة أن الغارات أصابت مواقع تستخدمها جماعات مسلحة. "
    "ولم تذكر الرسالة عدد القتلى أو الجرحى في هذه العمليات، كما لم تحدد الرسالة من أين جاءت "
    "المعلومات التي اعتمد عليها البيت الأبيض في هذا الشأن.\n")
# Arabic: a weekday that is not the written day's, and a sentence telling an attack and a strike
_ARABIC_NOTHING = (
    "---\npublished: 2024-11-05\n---\n"
    "هاجمت طائرة مسيرة قاعدة عين الأسد في العراق يوم الاثنين 3 نوفمبر 2024 حسب مصدر أمني. "
    "وقال الجيش الأمريكي إنه قصف مواقع بعد هجوم بطائرة مسيرة على القوات الأمريكية في سوريا يوم الأحد. "
    "ولم يذكر المصدر الأمني في حديثه مع الصحفيين أي تفاصيل أخرى عن الأضرار التي لحقت بالقاعدة "
    "أو عن الجهة التي تقف وراء هذا العمل في المنطقة.\n")
# Indonesian, no publication date: a day with its year, a day in figures after its weekday, and a
# day without its year that nothing places
_INDONESIAN = (
    "Dua roket menghantam pangkalan udara Ain al-Asad di Irak pada 7 Agustus 2024, menurut seorang pejabat. "
    "Pasukan AS di Rumalyn, Suriah, diserang dengan tiga roket pada Sabtu (20/4/2024). "
    "Tidak ada korban jiwa dalam serangan itu dan pejabat tersebut mengatakan bahwa penyelidikan sedang "
    "dilakukan oleh militer. Serangan lain menghantam Ain al-Asad pada 30 Oktober, tetapi tahunnya tidak "
    "bisa ditentukan dari teks ini saja.\n")
# the same yearless day, in an article published days after it: placed in the publication's year
_INDONESIAN_DATED = (
    "---\npublished: 2023-11-02\n---\n"
    "Serangan drone menghantam Ain al-Asad pada 30 Oktober, kata seorang pejabat kepada wartawan. "
    "Tidak ada korban jiwa dalam serangan itu dan pejabat tersebut mengatakan bahwa penyelidikan sedang "
    "dilakukan oleh militer di pangkalan itu. Pejabat itu juga mengatakan bahwa pasukan di sana tetap "
    "waspada untuk beberapa hari ke depan.\n")
# German, published a week after: "am 19. Oktober" (the splitter cuts after "19."); a spokesman's
# Tuesday is the statement's day
_GERMAN = (
    "---\npublished: 2023-10-25\n---\n"
    "Zwei Drohnen griffen am 19. Oktober den Stützpunkt Al-Tanf in Syrien an, wobei drei US-Soldaten"
    " leicht verletzt wurden. Ein Sprecher sagte am Dienstag, die Soldaten seien wieder im Dienst "
    "und der Angriff auf die US-Soldaten werde untersucht. Die Ermittlungen dauern noch an und die "
    "Armee hat keine weiteren Angaben zu dem Vorfall gemacht, der in der Region für Unruhe sorgte.\n")
# French: the date line's day is the page's; "annoncé vendredi" is the statement's; "mercredi" the act's.
# The second sentence has only a statement's day: nothing
_FRENCH = (
    "---\npublished: 2023-10-20\n---\n"
    "20 octobre (Agence) – Des responsables ont annoncé vendredi que les forces américaines avaient "
    "été visées par des roquettes mercredi sur la base d'al-Tanf en Syrie. Le ministère a déclaré "
    "jeudi que des drones avaient aussi visé des troupes américaines en Irak. Il n'y a pas eu de "
    "victimes dans ces attaques et une enquête est en cours, a indiqué un responsable qui a parlé "
    "sous couvert d'anonymat.\n")
# Spanish, which the grammar does not read: nothing
_SPANISH = (
    "---\npublished: 2024-08-08\n---\n"
    "Dos cohetes impactaron la base aérea de Ain al-Asad en Irak el 7 de agosto de 2024, según un "
    "funcionario de los Estados Unidos. No hubo víctimas en el ataque y se ha abierto una "
    "investigación, dijo el funcionario que habló bajo condición de anonimato. Las fuerzas de la "
    "coalición siguen en alerta en la región desde hace varias semanas, según los medios locales.\n")


def _events(texts: dict[str, str], folder: Path) -> list[tuple[str, str, str | None, str]]:
    clips = folder / "clips"
    clips.mkdir()
    for name, text in texts.items():
        (clips / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(clips), "--json", "-"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return sorted((e["date"], e["type"], e["country"], e["sources"][0]["article"]) for e in data["events"])


def test_an_arabic_weekday_is_counted_back_from_the_publication_day(tmp_path: Path) -> None:
    assert _events({"ar.txt": _ARABIC_WEEKDAY}, tmp_path) == [
        ("2023-11-09", "attack_on_us_forces", "Syria", "ar")]


def test_arabic_strikes_on_two_written_days_are_two_events(tmp_path: Path) -> None:
    assert _events({"ar.txt": _ARABIC_STRIKES}, tmp_path) == [
        ("2024-11-03", "us_strike", "Syria", "ar"), ("2024-11-09", "us_strike", "Syria", "ar")]


def test_days_that_disagree_and_an_attack_told_with_a_strike_give_nothing(tmp_path: Path) -> None:
    assert _events({"ar.txt": _ARABIC_NOTHING}, tmp_path) == []


def test_indonesian_days_with_their_year_are_read_and_a_yearless_one_is_not_guessed(tmp_path: Path) -> None:
    assert _events({"id.txt": _INDONESIAN}, tmp_path) == [
        ("2024-04-20", "attack_on_us_forces", "Syria", "id"),
        ("2024-08-07", "attack_on_us_forces", "Iraq", "id")]


def test_a_yearless_indonesian_day_takes_the_publication_year(tmp_path: Path) -> None:
    assert _events({"id.txt": _INDONESIAN_DATED}, tmp_path) == [
        ("2023-10-30", "attack_on_us_forces", "Iraq", "id")]


def test_a_german_day_cut_by_the_splitter_is_read_whole(tmp_path: Path) -> None:
    assert _events({"de.txt": _GERMAN}, tmp_path) == [("2023-10-19", "attack_on_us_forces", "Syria", "de")]


def test_a_french_date_line_and_a_statements_weekday_date_no_act(tmp_path: Path) -> None:
    assert _events({"fr.txt": _FRENCH}, tmp_path) == [("2023-10-18", "attack_on_us_forces", "Syria", "fr")]


def test_a_language_the_grammar_does_not_read_gives_nothing(tmp_path: Path) -> None:
    assert _events({"es.txt": _SPANISH}, tmp_path) == []


def test_the_language_is_told_by_its_commonest_words() -> None:
    from briefing.extract.foreign import _rules, language_of

    rules = _rules(load_topic())
    told = [language_of(text, rules) for text in (_ARABIC_STRIKES, _INDONESIAN, _GERMAN, _FRENCH, _SPANISH)]
    assert [language.code if language else None for language in told] == ["ar", "id", "de", "fr", None]


def test_an_arabic_act_is_quoted_by_its_own_sentence(tmp_path: Path) -> None:
    """The evidence is the sentence that tells the act, not the paragraph: the English splitter
    waits for a capital after a full stop, and Arabic writes none."""
    clips = tmp_path / "in"
    clips.mkdir()
    (clips / "ar.txt").write_text(_ARABIC_WEEKDAY, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(clips), "--json", "-"])
    (event,) = json.loads(result.output)["events"]
    (source,) = event["sources"]
    assert source["quote"].endswith("في سوريا.") and "وأضاف" not in source["quote"]


def test_an_article_in_another_language_is_a_cited_source_of_the_briefing(tmp_path: Path) -> None:
    """An act read in another language is in the chronology with its article cited, and the
    appendix says what was read of it; an article in another language that gives nothing stays
    'other-language'."""
    clips = tmp_path / "in"
    clips.mkdir()
    (clips / "ar.txt").write_text(_ARABIC_WEEKDAY, encoding="utf-8")
    (clips / "es.txt").write_text(
        "---\npublished: 2023-11-10\n---\n" + "El gobierno anunció hoy un nuevo plan para las escuelas de la "
        "capital, con más maestros y más horas de clase para los alumnos de todas las edades. " * 3,
        encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(clips), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    (export,) = (tmp_path / "out").glob("*.json")
    data = json.loads(export.read_text(encoding="utf-8"))
    events = {e["id"]: e for e in data["events"]}
    rows = [events[i] for i in data["briefing"]["chronology"]]
    assert [(r["date"], r["places"], r["sources"][0]["article"]) for r in rows] == [
        ("2023-11-09", ["Al-Tanf"], "ar")]
    status = {Path(i["path"]).name: (i["status"], i["reason"]) for i in data["briefing"]["inputs"]}
    assert status["ar.txt"][0] == "used" and "not in English" in status["ar.txt"][1]
    assert status["es.txt"][0] == "other-language"
