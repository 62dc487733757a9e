"""Every example of every named rule is a test: each grammar's own (read with its
``[example_words]``, so the grammar is tested apart from any story) and each shipped profile's
``[figure_words.examples]`` (read with that profile's words). The grammars: the running figures'
(``tallies``), the roles' (``roles``), the timeline entries' and events' (``events``), the
claims' and attributions' (``parties``), the bylines' (``credits``), the sites' (``sites``), the
dead a strike's count tells with a leader's (``casualties``) and the date lines' (``datelines``)."""

from __future__ import annotations

import pytest

from briefing.datelines import DAY, MON, WEEKDAY
from briefing.extract.lexicon import lexicons
from briefing.extract.numbers import NUMBER, NUMBER_WORDS, ORDINAL_WORDS, QUALIFIER
from briefing.extract.tallies import grammar_of
from briefing.rules import MARK, GrammarError, Rules, grammar, trie
from briefing.topic import choose_topic, shipped_profiles

DEFAULT = "us-forces-iraq-syria"
GRAMMAR = grammar("tallies")


OWN = ""  # the grammar's own examples, read with its [example_words]
FRAGMENTS = {"number": NUMBER, "qualifier": QUALIFIER, "ordinal": ORDINAL_WORDS, "mon": MON}


ROLES = grammar("roles")
EVENTS = grammar("events")
PARTIES = grammar("parties")
OWN_RULES = {"tallies": Rules(GRAMMAR, GRAMMAR.example_words, FRAGMENTS),
             "roles": Rules(ROLES, ROLES.example_words, {"number_words": NUMBER_WORDS}),
             "events": Rules(EVENTS, EVENTS.example_words, {"mon": MON, "day": DAY}),
             "parties": Rules(PARTIES, PARTIES.example_words),
             "credits": Rules(grammar("credits")),
             "sites": Rules(grammar("sites"), grammar("sites").example_words),
             "casualties": Rules(grammar("casualties"), grammar("casualties").example_words,
                                 {"number": NUMBER}),
             "datelines": Rules(grammar("datelines"), fragments={"mon": MON, "day": DAY, "weekday": WEEKDAY}),
             "languages": Rules(grammar("languages"), grammar("languages").example_words)}


def _cases() -> list[tuple[str, str, str, str, bool]]:
    cases = [(name, OWN, rule.name, example, holds) for name, rules in OWN_RULES.items()
             for rule in rules.grammar.rules.values()
             for examples, holds in ((rule.examples, True), (rule.not_examples, False))
             for example in examples]
    for profile in shipped_profiles():
        cases += [("tallies", profile, rule, example, True)
                  for rule, examples in choose_topic(profile).figure_words.examples for example in examples]
    return cases


@pytest.mark.parametrize(("grammar_name", "profile", "rule", "example", "holds"), _cases())
def test_every_example_of_every_rule(grammar_name: str, profile: str, rule: str, example: str,
                                     holds: bool) -> None:
    rules = grammar_of(lexicons(choose_topic(profile))) if profile else OWN_RULES[grammar_name]
    assert rules.example_holds(rule, example) is holds


@pytest.mark.parametrize("rules", OWN_RULES.values(), ids=OWN_RULES.keys())
def test_the_grammar_gives_example_words_for_every_list_a_profile_fills(rules: Rules) -> None:
    assert set(rules.grammar.example_words) == set(rules.grammar.profile)


@pytest.mark.parametrize("rules", OWN_RULES.values(), ids=OWN_RULES.keys())
def test_every_rule_has_an_example_and_a_counter_example(rules: Rules) -> None:
    found = rules.grammar.rules.values()
    assert all(rule.examples and rule.not_examples for rule in found)
    marked = [e for rule in found if rule.at in ("after", "before")
              for e in (*rule.examples, *rule.not_examples)]
    assert all(e.count(MARK) == 1 for e in marked)


def test_a_union_of_rules_matches_where_the_first_of_them_would_and_names_it() -> None:
    rules = OWN_RULES["roles"]
    names = ("threat", "denial", "infinitive")
    union = rules.union(names)
    text = "the group did not vow more "
    match = union.search(text)
    assert match is not None and match.start() == text.index("not") and rules.which(match, names) == "denial"
    assert min(m.start() for n in names if (m := rules.pattern(n).search(text))) == match.start()
    assert union.search("the group kept up the ") is None
    assert rules.union(names) is union  # compiled once


def test_a_word_list_is_one_trie_matching_each_word_whole() -> None:
    import re

    words = ("service members", "servicemembers", "soldiers", "U.S.", "US")
    pattern = re.compile(rf"(?:{trie(words)})$")
    assert all(pattern.match(w) for w in (*words, "service\n  members"))
    assert not pattern.match("service") and not pattern.match("soldier")
    assert re.compile(trie(())).search("anything") is None


def test_a_list_the_profile_leaves_out_matches_nothing() -> None:
    rules = Rules(GRAMMAR, {}, {"number": r"(?P<num>\d+)", "qualifier": r"(?P<qual>)"})
    assert rules.example_holds("people_after", "injuring 34| U.S. troops") is False
    assert rules.example_holds("attacks_counted", "66| attacks") is True


def test_a_rule_naming_an_unknown_list_is_refused() -> None:
    rules = Rules(GRAMMAR, {})
    with pytest.raises(GrammarError, match="names no list nothing_here"):
        rules.expand("{nothing_here} attacks", "made-up")


def test_the_profile_names_only_lists_the_grammar_takes() -> None:
    import tomllib

    from briefing.errors import SettingsError
    from briefing.topic import parse_topic, profile_path

    data = tomllib.loads(profile_path(DEFAULT).read_text(encoding="utf-8"))
    data["figure_words"] = {"ship_nouns": ["ships"], "examples": {"no_such_rule": ["x"]}}
    with pytest.raises(SettingsError) as raised:
        parse_topic(data, "test.toml")
    assert "ship_nouns" in str(raised.value) and "no_such_rule" in str(raised.value)


@pytest.mark.parametrize(("text", "rules"), [
    ("U.S. troops in Syria were targeted by two drones on Monday, officials said.", ["passive"]),
    ("U.S. forces in Iraq came under rocket attack on Monday.", ["under_attack"]),
    ("Rockets were fired from Iraq toward a U.S. base in northeastern Syria on Sunday.", ["launched_toward"]),
    ("Militants fired rockets at U.S. troops in Syria on Monday.", ["act_verb"]),
    # the first mention of a sentence gives its evidence; "the strikes" is the strike just told
    ("U.S. fighter jets struck two militia sites in Iraq on Monday. The strikes destroyed weapons depots.",
     ["act_verb", "definite"]),
    # a timeline's entry without a verb: the events grammar's rule that read it
    ("Friday: rockets at the Rumalyn Landing Zone, no injuries.", ["entry_aimed"]),
    ("Tuesday: two drones at an air base in Iraq.", ["unnamed_base"]),
    ("Dec. 19 - U.S. forces in Syria are attacked with drones and rockets four times in 24 hours.",
     ["attacked_times"]),
])
def test_each_events_evidence_names_the_rule_that_read_it(text: str, rules: list[str]) -> None:
    import datetime as dt

    from briefing.extract.events import extract_events
    from tests.conftest import make_article

    (event,) = extract_events(make_article(text, dt.date(2023, 12, 26)))
    assert [source.rule for source in event.sources] == rules
    assert all(rule in ROLES.rules or rule in EVENTS.rules for rule in rules)


def test_a_profiles_site_words_fill_only_the_sites_grammars_lists() -> None:
    import tomllib

    from briefing.errors import SettingsError
    from briefing.topic import parse_topic, profile_path

    data = tomllib.loads(profile_path(DEFAULT).read_text(encoding="utf-8"))
    assert choose_topic(DEFAULT).site_words.words()["housed_people"] == ("troops", "forces", "personnel")
    data["site_words"] = {"housed_ships": ["barges"]}
    with pytest.raises(SettingsError) as raised:
        parse_topic(data, "test.toml")
    assert "[site_words]: unknown key 'housed_ships'" in str(raised.value)
