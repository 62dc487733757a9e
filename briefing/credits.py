"""Who wrote a clipping and what it is called, from the text when nothing else says.

Clippings without front matter still name their source: a wire credit in the dateline
("WASHINGTON (Reuters) –", "Damascus, Nov 20 (IANS)"), a byline with an agency ("By Jane Roe,
Associated Press"), an agency on a line of its own, a closing "— AFP", "(Reporting by …)",
a "courtesy: …" or "not edited by … staff" note, an outlet's own prefix ("Shafaq News / ").
A copy on another site names both: "Associated Press (via news.example)".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from .datelines import CLIPPER
from .rules import Rules, grammar
from .text import paragraphs

# Wire services and the name the briefing prints for them.
AGENCIES = {
    "AP": "Associated Press", "Associated Press": "Associated Press",
    "The Associated Press": "Associated Press",
    "Reuters": "Reuters", "AFP": "AFP", "Agence France-Presse": "AFP", "Agence France Presse": "AFP",
    "UPI": "UPI", "KUNA": "KUNA", "IANS": "IANS", "Xinhua": "Xinhua", "Anadolu": "Anadolu Agency",
    "Anadolu Agency": "Anadolu Agency", "AA": "Anadolu Agency", "Bernama": "Bernama", "ANI": "ANI",
    "PTI": "PTI", "dpa": "dpa", "DPA": "dpa", "EFE": "EFE", "Tasnim": "Tasnim", "IRNA": "IRNA",
    "Mehr": "Mehr", "Kurdistan24": "Kurdistan24", "SANA": "SANA", "NNN": "NNN", "WAM": "WAM", "SPA": "SPA",
    "Sputnik": "Sputnik", "MENAFN": "MENAFN", "dpa-AFX": "dpa-AFX", "TASS": "TASS", "Bloomberg": "Bloomberg",
    "IBNS": "IBNS",
}
_AGENCY = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
# its name in capitals too, as some pages print the credit line under the headline: "REUTERS August 9, 2024"
_AGENCY_CAPS = "|".join(sorted({re.escape(a) for a in AGENCIES} | {re.escape(a.upper()) for a in AGENCIES},
                               key=len, reverse=True))
# a partner agency after a slash: "Tel Aviv [Israel], February 22 (ANI/TPS):"
_PARTNER = r"(?:\s*/\s*[A-Z][\w-]{1,15})*"
_AGENCY_NAME = re.compile(_AGENCY_CAPS)  # in every match of the patterns that name an agency
_DATELINE_CREDIT = re.compile(
    rf"^[A-Z][\w .,'/\[\]-]{{0,50}}?\s*\(\s*(?P<agency>{_AGENCY}){_PARTNER}\s*\)\s*(?:[-–—:]|--)?", re.M)
# "DUBAI, July 4. /TASS/. Rebels said ...": the agency between slashes closing the dateline
_SLASHED = re.compile(rf"^(?:[ \t]*date\s+\d{{4}}-\d\d-\d\d\s+)?[A-Z][\w .,'-]{{0,50}}?\s"
                      rf"/(?P<agency>{_AGENCY})/", re.M)
# "Baghdad, SANA- The base ...", "Baghdad-SANA- The base ...": a city, the agency and a dash opening
# the first paragraph
_CITY_AGENCY = re.compile(rf"^[A-Z][\w .'-]{{1,40}}?(?:,\s*|-)(?P<agency>{_AGENCY})\s*[-–—]", re.M)
_ALONE = re.compile(rf"\s*(?:By\s+)?(?P<agency>{_AGENCY})\s*$", re.M)
# "By The Associated Press  November 12, 2023 at 4:20pm": the agency's byline with its date
# (a date follows: "Tuesday 23 Jan", "November 12")
_DATE_AHEAD = r"(?=(?:\w+day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))"
# (the date on the line or on the next: "By Bloomberg" over "13 Jun 2024")
_BY_AGENCY = re.compile(rf"^[ \t]*By:?\s+(?:The\s+)?(?P<agency>{_AGENCY})(?:\s+Staff)?"
                        rf"(?:[ \t,|]+|[ \t]*\n[ \t]*){_DATE_AHEAD}", re.M)
# "AFP , Tuesday 23 Jan 2024" on a line of its own: the agency (or agencies: "AFP , AP , Wednesday 22 Nov
# 2023") and the day it filed, under the headline; "Reuters Published August 31, 2024", "REUTERS August 9,
# 2024", and "Anadolu Agency ASIA" (a region in capitals) over "Published July 10, 2024"
_AGENCY_DATED = re.compile(rf"^[ \t]*(?P<agency>{_AGENCY_CAPS})(?:[ \t]*[,/][ \t]*(?:{_AGENCY_CAPS}))*"
                           r"(?:[ \t]+[A-Z]{2,}(?:[ \t]+[A-Z]{2,})?(?=[ \t]*\n))?"
                           r"(?:[ \t]*[,|·•][ \t]*|[ \t]+|[ \t]*\n[ \t]*(?=Published))"
                           rf"(?:Published:?[ \t]+)?{_DATE_AHEAD}", re.M)
# "Reuters | Nairobi | Updated: 14-03-2024": the agency and its city between bars over the page's times
_AGENCY_PIPED = re.compile(rf"^[ \t]*(?P<agency>{_AGENCY})[ \t]*\|[ \t]*[A-Z][\w .'-]{{1,30}}?[ \t]*\|[ \t]*"
                           r"(?:Updated|Published|Posted)\b", re.M)
_BYLINE = re.compile(r"^By\b[^\n]{0,80}?[,|·•]\s*"
                     r"(?P<agency>Associated Press|The Associated Press|Reuters|AFP)\b", re.M)
# "This article was provided by Reuters." closing a copy on another site: the agency that wrote it
_PROVIDED = re.compile(r"\b(?:This|The)\s+(?:article|story|report|content)\s+(?:was|is)\s+"
                       rf"(?:provided|supplied|distributed|syndicated)\s+by\s+(?:The\s+)?(?P<agency>{_AGENCY})\b")
# the agency signing the story off in its last paragraph: after a bullet ("• Reuters"), with a partner
# after a slash ("REUTERS/DESKNEWS"), or in capitals after the last sentence ("... no casualties. REUTERS");
# not a picture's credit ("REUTERS/Jane Roe", "Jane Roe/REUTERS")
_AGENCY_UPPER = "|".join(sorted({re.escape(a.upper()) for a in AGENCIES}, key=len, reverse=True))
_CLOSING = re.compile(rf"(?:[•·▪][ \t]*(?P<agency>{_AGENCY})|(?P<caps>{_AGENCY_UPPER})(?:/[A-Z]{{2,}})+)"
                      r"[ \t]*$")
_CLOSING_UPPER = re.compile(rf"(?<=[.!?”\"] )(?P<agency>{_AGENCY_UPPER})[ \t]*$")
_SIGN_OFF = re.compile(r"[-–—]\s*(?P<agency>AFP|Reuters|AP|Xinhua|IANS|dpa|UPI|SANA|NNN)\s*$", re.M)
# Reuters' closing credit "(Reporting by Jane Roe; Editing by John Doe)"; not one that names the house
# its reporter wrote for ("(Reporting by Jane Roe for the Vale Courier)"): that house's, never Reuters'
_REPORTING_BY = re.compile(r"\((?:Reporting|Writing) by "
                           r"(?![^)]{0,200}?\bfor\s+(?:the\s+|The\s+)?(?!Reuters\b)[A-Z])[^)]{3,200}\)")
_COURTESY = re.compile(r"^courtesy\s*:\s*(.{2,60}?)\s*$", re.I | re.M)
_EDITED_BY = re.compile(r"not been edited by ([A-Z][\w .&-]{1,40}?) staff")
_PREFIX = re.compile(r"(?:\s*date\s+\d{4}-\d\d-\d\d\s+)?"
                     r"(?P<outlet>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*/\s+\S", re.M)
# "Source: Desk Daily" closing a paragraph or after an "Author:" line: the outlet the page credits.
# Not "(Source: ...)" inside a paragraph, and not a picture's credit.
_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:of|the|and|[A-Z][\w&.'’-]*)){0,5}"
_SOURCE = re.compile(rf"(?:^|[.!?”\"]\s+|^Author:[^\n]*?\s|\d\s+[|–—-]\s+)(?:News\s+)?Source\s*:\s*"
                     rf"(?P<outlet>{_NAME})\s*$", re.M)
# "Source: U.S. Department of Defense.", "Source: U.S. Army." under a caption: a government's or an
# army's body is where the material (or the picture) came from, never the page's newsroom
_INSTITUTION = re.compile(r"\b(?:Department|Ministry|Army|Navy|Air Force|Marines?|Command|Government|Embassy|"
                          r"Police|Armed Forces|Military)\b")
_PICTURE = re.compile(r"\b(?:Google|Getty|Shutterstock|Maxar|Planet|Wikimedia|Twitter|Telegram|Facebook|"
                      r"Instagram|YouTube|X|File|Photo|Image|Video|Screenshot|Handout|Satellite)\b", re.I)
# "Desk Daily | @deskdaily | 02 Feb 2024": the outlet and its handle heading the page
_HANDLE = re.compile(r"^(?P<outlet>[A-Z][\w&.'’ -]{1,50}?)\s*\|\s*@\w{2,30}\s*(?:\||$)", re.M)
_ENCYCLOPEDIA = re.compile(r"^From Wikipedia, the free encyclopedia\s*$", re.M)
# The outlet's own byline shapes, as people clip them:
_OUTLET_WORD = (r"(?:News|Times|Post|Journal|Radio|TV|Television|Network|Daily|Herald|Monitor|Today|Press"
                r"|Tribune|Telegraph|Gazette|Chronicle|Observer|Express)")
_BY_SLASH = re.compile(r"^By\s*[A-Z][^\n/|]{1,60}?\s*(?P<bar>[/|])\s*(?P<outlet>[A-Z][^\n/|]{1,50}?)\s*"
                       r"(?:(?P=bar)|$|(?=Published|Updated|Posted))", re.M)
# By NAME / Outlet / date; By NAME | Outlet | Published: date; By NAME | OUTLET Published: date
_PIPE = re.compile(r"^(?P<outlet>[A-Z][\w&.'’ -]{1,50}?)\s*\|\s*(?:Updated|Published|Posted)\b",
                   re.M)  # Outlet | Updated: ...
# (each written word first, "Posted(?<!\wPosted)" for "\bPosted": re looks for the word, not at
# every character; see _TOLD_NAME)
# "Published by Desk Daily News, January 28, 2024" heading a copy: the site that ran it
_PUBLISHED_BY = re.compile(r"^(?:Published|Posted)\s+by\s+(?P<outlet>(?:The\s+)?(?:[A-Z][\w&.]*\s+){0,3}"
                           rf"{_OUTLET_WORD}),?\s+{_DATE_AHEAD}", re.M)
_POSTED_BY = re.compile(r"Posted(?<!\wPosted)\s+(?:on\s+)?[^\n]{0,40}?\s+by\s+"
                        r"(?P<outlet>[A-Z][\w&.'’ -]{1,50}?)\s+"
                        r"(?:[Ss]taff|[Dd]esk|[Tt]eam|[Nn]ewsroom)\b")  # Posted on DATE by Outlet staff
# the outlet's own desk or staff signing the story: "The Desk Daily News Desk", "Desk Wire News Desk | City |
# Updated: ...", "by Desk Wire Staff, March 3, 2024", "From DNN staff", "By Jane Roe, Desk Media National
# Content Desk" (the desk's words dropped: "Desk Media")
_DESK = re.compile(r"^[ \t]*(?:(?:[Bb]y|From):?[ \t]+(?:[A-Z][^\n,|]{1,40},[ \t]*)?)?"
                   r"(?P<outlet>(?!(?:By|From)\b)[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,4}?)"
                   r"(?:[ \t]+(?:National|News|Content|Web|Digital|Online|Editorial))*"
                   r"[ \t]+(?:Desk|[Ss]taff|Newsroom)[ \t]*(?:$|[,|·•–—-])", re.M)
# a desk's or staff's own words, not an outlet: "By News Desk", "By Web Staff", "Our Staff"
_NOT_DESK = frozenset({"News", "Web", "Our", "Editorial", "Digital", "Online", "Content", "National", "Staff",
                       "Agencies", "Agency", "Wire", "Senior", "Special", "Foreign", "Political", "Metro",
                       "City", "Night"})
_GLUED_BYLINE = re.compile(r"^By(?=[A-Z][a-z])", re.M)  # "ByJane Roe": a byline glued to the name
# "told Desk News", "told CNN": the outlet a glued byline's page belongs to
_TOLD = re.compile(r"\btold\s+(?:the\s+)?(?P<outlet>(?:[A-Z][\w&.]*\s+){0,2}(?:News|Times|Post|Journal|Radio|"
                   r"TV|Television|Network|Daily|Herald|Monitor)|[A-Z]{2,5})\b")
# an agency mark, "(AFP)", or one that opens the agency's own credit line, "(MENAFN- Desk Network)"
_MARK = re.compile(rf"\(\s*(?P<agency>{_AGENCY}){_PARTNER}\s*(?:\)|[-–]\s)")
# An outlet's own marks, beyond the agencies': "ERBIL (Kurdistan 24) –", "(CNN) —" opening a paragraph
# (the day may stand for the city, "8 April 2024 (Desk List) -", and the reporter follow the mark,
# "(Desk News) Jane Roe -")
_DATELINE_OWN = re.compile(r"^(?:\s*date\s+\d{4}-\d\d-\d\d\s+)?"
                           r"(?P<city>[A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2})?"
                           r"(?:,\s*[A-Z][a-z]{2,8}\.?\s\d{1,2})?\s"
                           r"|[A-Z][a-z'-]+(?:\s[A-Z][a-z'-]+)?\s|\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4}\s)?"
                           r"\((?P<outlet>[A-Z][\w&.'’-]*(?:\s[A-Z0-9][\w&.'’-]*){0,3})\)"
                           r"\s*(?:[A-Z][a-z]+\s[A-Z][a-z'’-]+\s)?(?:[-–—]|--)\s", re.M)
# "By FOX News", "By The Daily Desk" on a line of its own: a byline that names an outlet, not a person
_BY_OUTLET = re.compile(r"^By:?\s+(?:the\s+)?(?P<outlet>(?:[A-Z][\w&.]*\s+){0,2}(?:News|Times|Post|Journal|"
                        r"Radio|TV|Television|Network|Daily|Herald|Monitor|Today|Press|Tribune|Telegraph))\s*$",
                        re.M | re.I)
# a person's byline followed by the outlet: "By Jane Roe, Tom Poe and Ann Doe, DNN" (an acronym or a
# name ending as outlets do), "By Jane Roe Desk News" (two or more words ending as outlets do)
_BY_NAMES = re.compile(r"^By\s+[A-Z][^\n,]{1,40}(?:,\s*[A-Z][^\n,]{1,40}?)*,\s*(?P<outlet>[A-Z]{2,5}|"
                       rf"(?:[A-Z][\w&.]*\s+){{1,2}}{_OUTLET_WORD})\s*$", re.M)
_BY_NAME_OUTLET = re.compile(r"By(?<!\wBy)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}\s+"
                             rf"(?P<outlet>(?:[A-Z][\w&.]*\s+){{1,2}}{_OUTLET_WORD})\s*$", re.M)
# "Desk News could not independently verify the footage": the newsroom's own formula. ("Sources
# told Desk News" is not: a copy on another site cites the outlet so, once or many times.)
# ("independently" is the formula's mark: "The Pentagon could not confirm the claim", "He could not
# confirm" name a voice of the story, never the outlet; nor do a pronoun or people in the plural)
_VERIFIER = re.compile(r"(?:^|(?<=[.!?] )|(?<=[.!?]” )|(?<=[a-z][.!?]))"  # opening a line or a sentence
                       r"(?!(?:He|She|It|We|I|They|You|Officials|Authorities|Police|Investigators|Witnesses"
                       r"|Residents|Analysts|Experts)\b)(?P<outlet>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2})\s+"
                       r"(?:could not|was unable to|cannot|has not been able to)\s+independently\s+"
                       r"(?:verify|confirm)\b", re.M)
# "ABC News" on a line of its own near the top: the outlet's name heading its page
# (its home after "of": "Daily Gazette of Ardmore", "The Times of Norland")
_NAME_ALONE = re.compile(rf"^\s*(?P<outlet>(?:[A-Z][\w&.]*\s+){{1,2}}{_OUTLET_WORD}"
                         r"(?:\s+of\s+[A-Z][\w'’-]+)?)\s*$", re.M)
# (a country's two letters heading a paper's section: "US News", "U.K. News")
_SECTION = re.compile(r"^(?:(?-i:[A-Z]\.?[A-Z]\.?)(?=\s)|Breaking|Latest|Top|World|Related|More|Local|"
                      r"National|International|Business|Regional|Sports|Trending|Most|Live|Daily|Morning|Evening|"
                      r"Weekly|Today|Politics|Middle)\b", re.I)
# the page's title with its outlet's name after a bar or a dash, as browsers keep it: "Drones hit a base
# in Syria – CBS News" (a name ending as outlets' names do; not "... - report", not "... - Pentagon")
_TITLE_SUFFIX = re.compile(r"^.{15,200}?\s[|–—-]\s"
                           rf"(?P<outlet>(?:The\s+)?(?:[A-Z][\w&.]*\s+){{1,2}}{_OUTLET_WORD})\s*$")
# "This article originally appeared on USA TODAY", "first published by The Desk", "Read the rest of the
# story at The Desk Review" closing an excerpt
_ORIGINALLY = re.compile(r"\b(?:[Tt]his\s+(?:article|story|piece|post)\s+(?:was\s+)?(?:originally|first)\s+"
                         r"(?:appeared|published|ran|featured)|Read\s+the\s+(?:original|rest\s+of\s+the)\s+"
                         r"(?:article|story))\s+(?:on|in|at|by)\s+"
                         r"(?:the\s+)?"
                         # (a word's full stop after two small letters ends the sentence: "in the
                         # Vale Post. Republished with permission" names the Vale Post)
                         r"(?P<outlet>[A-Z][\w&.'’-]*(?:(?<![a-z][a-z]\.)[ \t]+[A-Z0-9][\w&.'’-]*){0,3})")
_ORIGINALLY_WORDS = ("original", "first", "rest of")
# the page's notes on its own newsroom: its author's line ("Jane Roe is the news editor of Desk.com, follow
# her ...", "Jane Roe is The Desk Times' military correspondent") and its copyright line ("Copyright Desk
# Daily 2024", "© 2024 Desk Daily. All rights reserved."), each a line of its own
_JOB = r"(?:editor|correspondent|reporter|writer|journalist|columnist|contributor|producer|bureau\s+chief)"
_HOUSE = r"[A-Z][\w&.'’-]*(?:\s(?:of|the|and|[A-Z][\w&.'’-]*)){0,4}?"
_AUTHOR = re.compile(rf"^[A-Z][\w.'’-]*(?:\s+[A-Z(][\w.'’()-]*){{1,3}}\s+is\s+(?:"
                     rf"(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{_JOB}\s+(?:of|at|for|with)\s+"
                     rf"(?P<outlet>(?:the\s+)?{_HOUSE})(?=[,;]|\.?\s*$|\.\s)"
                     rf"|(?P<own>(?:The\s+)?{_HOUSE})['’]s?\s+(?:[\w-]+\s+){{0,3}}?{_JOB}\b)", re.M)
_FORMER = re.compile(r"\b(?:former|formerly|ex-|onetime|one-time|previously)", re.I)
_COPYRIGHT = re.compile(r"^[ \t]*(?:Copyright(?:[ \t]*(?:©|\([Cc]\)))?|(?:©|\([Cc]\))(?=[ \t]*\d{4}))[ \t]*"
                        r"(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t,]*)?"
                        rf"(?P<outlet>{_HOUSE})[ \t,.]*(?:\d{{4}})?[ \t.]*"
                        r"(?:All [Rr]ights [Rr]eserved\.?)?[ \t]*$", re.M)
# a person's title after a byline's comma, not an outlet ("By Jane Roe, CEO")
_TITLES = frozenset({"CEO", "CFO", "COO", "CTO", "MP", "MD", "PHD", "MBA",
                     "DC", "NYC", "RN", "JD", "ESQ", "SJ", "OBE", "MBE", "CBE", "KC", "QC"})
_NOT_TITLE = re.compile(
    r"^(?:advertisement|breaking news|a\+\s*a-|subscribe|share( this)?|menu|home|news|world|live|"
    r"updated?\b.*|"
    r"image source\b.*|photo\b.*|\W+|read more.*|listen.*|\d+ min read|by\b.*|.*[!?]|.*\w / \w.*|"
    r".*\b(?:official website|newsletter|sign ?up|register|log ?in|cookies|create (?:a )?free account|"
    r"search)\b.*|.*\|\s*@\w+.*|expand\b.*|collapse\b.*)$", re.I)


def wire_credit(text: str) -> str | None:
    """The agency a text credits, in its dateline, byline or sign-off, if any."""
    head = text[:3000]
    named = _AGENCY_NAME.search(head) is not None  # each search of the head below needs a name
    patterns = (_DATELINE_CREDIT, _BYLINE, _CITY_AGENCY, _BY_AGENCY, _AGENCY_DATED, _SLASHED, _AGENCY_PIPED)
    for pattern in patterns if named else ():
        match = pattern.search(head)
        if match and not (pattern is _DATELINE_CREDIT and _closes_a_sentence(head, match)):
            return _agency(match["agency"])
    for start, end in list(paragraphs(head))[:8] if named else ():
        alone = _ALONE.match(head, start, end)
        if alone:
            return AGENCIES[alone["agency"]]
    sign_off = _SIGN_OFF.search(text) or _provided(text)
    if sign_off:
        return AGENCIES[sign_off["agency"]]
    last = list(paragraphs(text))[-3:]
    for start, end in last:  # the agency's name alone, signing the story off
        alone = _ALONE.match(text, start, end)
        if alone:
            return AGENCIES[alone["agency"]]
    closing = (_closing(text, *last[-1]) or _signed_over_tags(text)) if last else None
    if closing:
        return closing
    if _REPORTING_BY.search(text):
        return "Reuters"
    marks = _MARK.finditer(head) if named else iter(())
    mark = next((m for m in marks if not _closes_a_sentence(head, m)), None)
    return AGENCIES[mark["agency"]] if mark else None


def _signed_over_tags(text: str) -> str | None:
    """The agency alone on its line after the story's last sentence, with only the page's tags under it
    ("Reuters" over "Middle East News", "Iraq", "Rocket")."""
    spans = list(paragraphs(text))
    if not _TAG.fullmatch(text, *spans[-1]):
        return None  # (the story ends with a sentence: most do)
    for index in range(len(spans) - 1, max(len(spans) - 13, 0), -1):
        alone = _ALONE.match(text, *spans[index])
        if alone:
            return AGENCIES[alone["agency"]]
        if not _TAG.fullmatch(text, *spans[index]):
            return None
    return None


_TAG = re.compile(r"[A-Z][\w'’-]*(?:[ -][\w'’-]+){0,3}")  # a page's tag: a few words, no sentence


def _closing(text: str, start: int, end: int) -> str | None:
    """The agency signing off the story's last paragraph (``text[start:end]``): "• Reuters",
    "REUTERS/DESKNEWS" (the whole paragraph), or "... no casualties. REUTERS" (closing it)."""
    match = _CLOSING.match(text, start, end) or _CLOSING_UPPER.search(text, start, end)
    return _agency(match["agency"] or match["caps"]) if match else None


def _provided(text: str) -> re.Match[str] | None:
    """``_PROVIDED.search(text)``, searched only in a text holding one of its verbs: it opens with
    ``\\b``, so ``re`` tries it at every character of every clipping, and few name their provider so."""
    return _PROVIDED.search(text) if any(verb in text for verb in _PROVIDED_VERBS) else None


_PROVIDED_VERBS = ("provided", "supplied", "distributed", "syndicated")  # one is in every match


def _agency(name: str) -> str:
    """The name printed for an agency's credit, as written or in capitals ("REUTERS")."""
    return AGENCIES.get(name) or next(value for key, value in AGENCIES.items() if key.upper() == name.upper())


def _closes_a_sentence(text: str, mark: re.Match[str]) -> bool:
    """Whether an agency's mark closes its line after a sentence's end ("... in the Red Sea.(AP)"): the
    credit of a picture's caption, not the dateline's mark ("Damascus, Nov 20 (IANS) Strikes ...")."""
    opening = text.rfind("(", 0, mark.start("agency"))
    closing = text.find(")", mark.end("agency"))
    end = text.find("\n", mark.start("agency"))
    rest = text[closing + 1:len(text) if end < 0 else end]
    # a bare "(AP)", not "(Reuters - Reporting by ...)" closing the story
    bare = closing >= 0 and not text[mark.end("agency"):closing].strip()
    return bare and not rest.strip() and text[:opening].rstrip().endswith(_ENDS)


_ENDS = (".", "!", "?", "”", '"')


# "By Jane Roe | Staff Writer | Published: ...": the writer's post between the bars, not an outlet
_JOB_TITLE = re.compile(rf"\b{_JOB}s?\s*$", re.I)
# a paper's section between a byline's bars ("By Jane Roe | Middle East | ..."): every word a section's
# word (a world region, a beat); an outlet's name has a word of its own ("Middle East Eye", "Arab News",
# "Defense News", "Breaking Defense": the defence beat's words are outlets' names too)
_CREDITS = Rules(grammar("credits"))  # the bylines' grammar: briefing/grammar/credits.toml
_SECTION_NAME = _CREDITS.pattern("section_name")
_PLACE_NAME = _CREDITS.pattern("place_name")
_CAPS_HEADING = _CREDITS.pattern("caps_heading")
_SITE_BANNER = _CREDITS.pattern("site_banner")


def byline_outlet(text: str) -> str | None:
    """The outlet its own byline names: "By NAME / Outlet / date", "Outlet | Updated: ...",
    "Posted on DATE by Outlet staff", or a glued byline ("ByJane Roe") with "told Outlet" in the text."""
    head = text[:1500]
    if _ENCYCLOPEDIA.search(head):
        return "Wikipedia"
    for pattern in (_BY_SLASH, _PIPE, _HANDLE, _POSTED_BY, _PUBLISHED_BY, _DESK):
        match = pattern.search(head)
        if (match and not FULL_DATE_WORDS.search(match["outlet"]) and not _JOB_TITLE.search(match["outlet"])
                and not _a_section(match["outlet"]) and (pattern is not _DESK or _a_desk(match))):
            return AGENCIES.get(match["outlet"].strip(), match["outlet"].strip())
    credited = _credit_line(head)
    if credited:
        return credited
    if _GLUED_BYLINE.search(head):
        told = [m["outlet"] for m in _TOLD.finditer(text) if m["outlet"] not in _NOT_OUTLETS]
        if told:
            return max(dict.fromkeys(told), key=told.count)
    return None


# the page's credit lines that name its house, each a rule of the credits' grammar: "By The Desk and
# Reuters", "Agencies and Desk News MIDDLE EAST", "2023-11-13 05:15:06 - From: Vale 24", "Published Jun
# 12, 2024 12:13 PM by The Desk Review"
_CREDIT_RULES = ("by_outlet_and_partner", "agencies_and_outlet", "from_outlet", "published_by_the_outlet",
                 "by_outlet_in_capitals", "byline_the_masthead", "published_by_outlet_on")
_CREDIT_START = re.compile(r"(?:[Bb]y|Agencies|AGENCIES|Published|Posted)\s|[^\n]{0,30}From:")


def _credit_line(head: str) -> str | None:
    """The outlet a credit line of the page's head names as its house; a partner joined to it in a
    byline must be an agency ("By The Desk and Reuters"; "By The Desk and Jane Roe" is left)."""
    for line in (line.strip() for line in head.splitlines()):
        for rule in _CREDIT_RULES if _CREDIT_START.match(line) else ():
            name = _named_by(rule, line)
            if name and (rule != "by_outlet_and_partner" or _agency_partner(line)):
                return name
    return None


def _agency_partner(line: str) -> bool:
    """Whether the partner a byline joins to the outlet's name is an agency ("By The Desk and Reuters")."""
    match = _CREDITS.pattern("by_outlet_and_partner").fullmatch(line)
    return match is not None and match["partner"] in AGENCIES


def _a_section(name: str) -> bool:
    """Whether a name between a byline's bars is a paper's section, every word a section's word."""
    return _SECTION_NAME.fullmatch(name) is not None


def _a_desk(match: re.Match[str]) -> bool:
    """Whether a desk's byline names an outlet, not the desk's own words ("By News Desk") or a section."""
    return match["outlet"].split()[0] not in _NOT_DESK and not _SECTION.match(match["outlet"])


_NOT_MARK = re.compile(r"(?:update|updated|live|exclusive|breaking|opinion|analysis|watch|listen|editorial|"
                       r"correction|corrected|refiled|repeats|urgent|audio|graphic|explainer)\b", re.I)


# a city's name in capitals ("WASHINGTON", "NEW YORK"): an outlet's mark in capitals is short ("CNN",
# "KUNA"; a longer one is an agency's, read apart) or ends in an outlet's word ("DESK NEWS")
_CAPITALS = re.compile(r"[A-Z]{2,}(?:\s[A-Z]{2,}){0,2}")
_CAPITAL_OUTLET_WORDS = frozenset({"NEWS", "TV", "RADIO", "TIMES", "POST", "PRESS", "AGENCY", "NETWORK",
                                   "DAILY"})


def _a_city(name: str) -> bool:
    """Whether a bracketed name in capitals is a dateline's city, not an outlet's mark."""
    return (bool(_CAPITALS.fullmatch(name)) and len(name.replace(" ", "")) >= 6
            and name.split()[-1] not in _CAPITAL_OUTLET_WORDS)


def _a_mark(match: re.Match[str]) -> bool:
    """Whether a byline's or dateline's name is an outlet: not a picture credit, an update mark,
    a title, an agency (its credit is read apart) or the initials of the name before it
    ("Kataib Hezbollah (KH) -": a group's acronym)."""
    name = match["outlet"].strip()
    if _a_city(name) and not match.groupdict().get("city"):
        return False  # "(WASHINGTON) —": the dateline's city in brackets, as ABC writes it
    city = (match.groupdict().get("city") or "").split()
    initials = "".join(word[0] for word in city if word[:1].isupper())
    return not (_PICTURE.search(name) or _NOT_MARK.match(name) or name.upper() in _NOT_OUTLETS
                or name.upper() in _TITLES or name in AGENCIES or (initials and name == initials))


def own_mark(text: str) -> str | None:
    """The outlet a text's own marks name: its dateline ("(CNN) —"), a byline that is an outlet
    ("By FOX News"), or a note that the article first ran there ("originally appeared on …")."""
    head = text[:3000]
    for pattern in (_DATELINE_OWN, _BY_OUTLET, _BY_NAMES, _BY_NAME_OUTLET):
        match = pattern.search(head)
        if match and _a_mark(match):
            return match["outlet"].strip()  # (an agency's mark is its credit: wire_credit)
    # (every match holds one of these words: most texts are not searched)
    match = _ORIGINALLY.search(text) if any(word in text for word in _ORIGINALLY_WORDS) else None
    if match:
        return re.sub(r"(?<![A-Z])\.$", "", match["outlet"].strip())
    return (_titled(text) or _named_alone(head) or _house_note(text) or _own_opening(text)
            or _print_line(text) or _live_host(text) or _authored_via(text))


def _authored_via(text: str) -> str | None:
    """The outlet a copy's author note says it came through: "Authored by Jane Roe via Desk Hedge"."""
    match = _CREDITS.pattern("authored_via").search(text) if "Authored by" in text else None
    name = re.sub(r"(?<![A-Z])\.$", "", match["outlet"]) if match else None
    # "via Twitter", "via Norland": a platform or a place the note names, not the house
    return name if name and not (_PICTURE.search(name) or _a_place(name)) else None


def _live_host(text: str) -> str | None:
    """The outlet whose live page welcomes its readers: "Hello and welcome to the Desk's live coverage"."""
    match = _CREDITS.pattern("live_welcome").search(text) if "elcome to" in text else None
    return match["outlet"] if match else None


def _own_opening(text: str) -> str | None:
    """The outlet the page's opening lines name as its own: its lede's or its dateline's."""
    lines = [CLIPPER.sub("", line).strip() for line in _first_lines(text, 8)]
    return _lede_outlet(lines) or _own_dateline(lines)


def _lede_outlet(lines: list[str]) -> str | None:
    """The outlet whose name opens the lede with a dash or a colon ("Desk Times - The group said").
    Two such names are a round-up of others' reports: none."""
    # (each match has its dash or colon within a name's length of the line's start)
    names = {name for line in lines
             if _DASH_OR_COLON.search(line, 0, 90) and _OUTLET_WORD_IN.search(line, 0, 90)
             and (name := _named_by("lede_outlet", line) or _named_by("lede_outlet_section", line))}
    return names.pop() if len(names) == 1 else None


_DASH_OR_COLON = re.compile("[-–—:]")
_OUTLET_WORD_IN = _CREDITS.pattern("outlet_word")  # in every name the lede's and datelines' rules read


def _own_dateline(lines: list[str]) -> str | None:
    """The outlet the dateline names after its city and day ("Ardmore, January 21, 2024, The Desk
    Today: ..."), or in brackets with no dash after it ("ARDMORE (Vale 24) Addressing ...")."""
    for line in lines:
        head = line[:150]  # (a dateline's colon or bracket is near the line's start)
        worded = _OUTLET_WORD_IN.search(head) is not None
        name = ((worded and ":" in head and _named_by("dateline_colon_outlet", line))
                or (worded and "(" in head and _named_by("dateline_bracket_outlet", line))
                or (", (" in head and _comma_bracket(line)))
        if name:
            return name
    return None


def _comma_bracket(line: str) -> str | None:
    """The outlet in brackets after the city and a comma, with an agency's initials before it if any:
    "Ardmore, (NPA - Vale Point News - 17th Oct, 2024) The ..." is NPA's copy on Vale Point News."""
    name = _named_by("dateline_comma_bracket", line)
    match = _CREDITS.pattern("dateline_comma_bracket").fullmatch(line) if name else None
    return f"{match['agency']} (via {name})" if match and match["agency"] else name


def _print_line(text: str) -> str | None:
    """The paper its print line names, closing the story: "Published in Desk Dawn, November 27th, 2022"."""
    lines = (line.strip() for line in text.splitlines() if line.startswith("Published in ")) \
        if "Published in " in text else ()
    return next((name for line in lines if (name := _named_by("print_line", line))), None)


def _named_by(rule: str, line: str) -> str | None:
    """The outlet a rule of the credits' grammar reads from the whole of a line, if it is no day, no
    section's heading ("World News: ..."), no agency (their credits are read apart) and no picture's."""
    match = _CREDITS.pattern(rule).fullmatch(line)
    name = match["outlet"].strip() if match else ""
    bare = re.sub(r"^The\s+", "", name)
    # (a section's words opening a name with "The" are a masthead's: "The World Desk"; "The Latest" is none)
    if (not name or FULL_DATE_WORDS.search(name) or _SECTION.match(name) or _a_section(bare)
            or name in AGENCIES or bare.upper() in _NOT_OUTLETS or _PICTURE.search(name) or _a_place(bare)):
        return None
    return name


def _a_place(name: str) -> bool:
    """Whether a name is a place's ("Norland", "Norland Region", "Ardmore"), never an outlet's."""
    return _PLACE_NAME.fullmatch(name) is not None


def _titled(text: str) -> str | None:
    """The outlet its page's title names after a bar or a dash, on the first two lines."""
    for line in _first_lines(text, 2):
        match = _TITLE_SUFFIX.match(CLIPPER.sub("", line))
        if match and not _SECTION.match(match["outlet"]):
            return match["outlet"]
        # a name with "The" after a bar or a dash: "Drones hit a base in Syria – The Desk"
        name = _BAR_THE.search(line) and _named_by("title_the_outlet", CLIPPER.sub("", line).strip())
        if name:
            return name
    return None


_BAR_THE = re.compile(" [|–—] The ")  # in every title the rule title_the_outlet reads


def _house_note(text: str) -> str | None:
    """The newsroom the page's own notes name: its author's line or its copyright line. A line on one
    of the story's voices ("Sarah Stone is a senior writer at a think tank", then "Stone said") or on a
    job held before ("a former correspondent of ...") names no newsroom of the page."""
    notes = [m for m in _AUTHOR.finditer(text) if not _FORMER.search(m.group())
             and not _voice(m.group().split(" is ")[0].split()[-1], text)]
    for match in (*notes, *_COPYRIGHT.finditer(text)):
        name = re.sub(r"(?<![A-Z])\.$", "", (match["outlet"] or match.groupdict().get("own") or "").strip())
        # (a body's word in a name ending as outlets' do is a newsroom's: "Desk Military Times")
        official = _INSTITUTION.search(name) and not _ENDS_AS_OUTLET.search(name)
        if name and not (_PICTURE.search(name) or official or name.upper() in _NOT_OUTLETS):
            return AGENCIES.get(name, name)
    return None


_ENDS_AS_OUTLET = re.compile(rf"\s{_OUTLET_WORD}$")


_MASTHEAD_ALONE = _CREDITS.pattern("masthead_the_alone")  # "The Vale Courier" heading its page


def _named_alone(head: str) -> str | None:
    """An outlet's name ("ABC News") on a line of its own among the page's first lines, not a
    section's heading ("World News")."""
    for line in head.splitlines()[:8]:
        line = CLIPPER.sub("", line)  # after a clipper's date opening the page
        # a masthead in capitals ("THE VALE TIMES"): its words as a name writes them
        words = line.title() if line.isupper() else line
        match = (_NAME_ALONE.match(line) or (_NAME_ALONE.match(words) if line.isupper() else None)
                 or _MASTHEAD_ALONE.fullmatch(words))
        if match and not _SECTION.match(match["outlet"]) and not _SECTION.match(line.strip()):
            if line.isupper() and _CAPS_HEADING.fullmatch(words.strip()):
                continue  # "SYRIA NEWS", "THE WEEK IN REVIEW": a heading in capitals, not a masthead
            return match["outlet"].strip()
    return None


def _own_reporting(text: str) -> str | None:
    """The outlet whose own reporting the text is: "... could not independently verify" opening a
    sentence (or a line)."""
    for match in _VERIFIER.finditer(text) if "independently" in text else ():  # (each match's word)
        name = match["outlet"]
        if name.upper() not in _NOT_OUTLETS and not _PICTURE.search(name) and not _voice(name, text):
            return AGENCIES.get(name, name)
    return None


def _voice(name: str, text: str) -> bool:
    """Whether the text quotes *name* as a voice of the story ("the Pentagon said", "a Pentagon
    spokesman"): a newsroom does not quote itself so, and a voice that could not verify a claim is
    no outlet."""
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    return re.search(rf"\b{re.escape(bare)}(?:'s)?\s+(?:said|says|announced|stated|added|confirmed|"
                     r"spokes(?:man|woman|person)|officials?|press secretary)\b", text) is not None


# "Desk Wire is on YouTube", "Follow Desk Wire on Telegram": the page's own channels
_CHANNEL = re.compile(r"^(?:Follow\s+(?P<follow>[A-Z][\w&.-]*(?:\s(?:&|and|[A-Z0-9][\w&.-]*)){0,3})\s+on"
                      r"|(?P<outlet>[A-Z][\w&.-]*(?:\s(?:&|and|[A-Z0-9][\w&.-]*)){0,3})\s+is\s+on)\s+"
                      r"(?:YouTube|Telegram|WhatsApp|Instagram|Facebook|Twitter|X|Google News)"
                      # the line ends there, or invites: "Kataib Hezbollah is on Telegram, where it
                      # claims its attacks" tells of a group's channel, not the page's
                      r"(?:[ \t]*[.!:]?[ \t]*$|[ \t]+(?:for|to)\s)",
                      re.M)
# a title before a name is no reporter's first name: "told Iraq's Prime Minister Jane Roe" speaks to
# a country's official, not to an outlet's reporter
_TITLE = (r"(?:Prime|President|Vice|Deputy|Foreign|Defen[cs]e|Interior|Minister|Secretary|Supreme|Chief|"
          r"General|Gen|Army|Acting|Crown|King|Queen|Prince|Emir|Sheikh|Ambassador|Envoy|Special|Senior|"
          r"Top|National|Security|Military|Joint|Speaker|Senator|Sen|Representative|Rep|Governor|Mayor|"
          r"Commander|Colonel|Col|Major|Maj|Admiral|Adm|Lieutenant|Lt|Captain|Capt|Spokes\w*|Press)")
# "a source told Desk Wire", "told Desk Wire's Jane Roe": a name the story's people speak to. ("told"
# with no word character before it is "\btold", written word first: re then looks for the word
# itself, not at every character of the text, a tenth of the time)
_TOLD_NAME = re.compile(r"told(?<!\wtold)\s+(?:the\s+)?"
                        r"(?P<outlet>[A-Z][\w&-]*(?:\s(?:&|and|[A-Z0-9][\w&-]*)){0,3})"
                        r"(?P<reporter>['’]s\s+(?!" + _TITLE + r"\b)[A-Z][a-z]+\s+[A-Z][\w'’-]+)?"
                        r"(?=[\s,.;:)’'\"”]|$)")


def _channel(text: str) -> str | None:
    """The outlet whose channels the page advertises ("Desk Wire is on YouTube")."""
    match = _CHANNEL.search(text)
    name = match and (match["follow"] or match["outlet"])
    # "Follow Our Coverage on Telegram", "Follow Us on X": the page's words, not its name
    ours = name and name.split()[0] in ("Our", "Us")
    return name if name and name.upper() not in _NOT_OUTLETS and not ours else None


def _interviewer(text: str) -> str | None:
    """The outlet the story's people speak to, when the page is that outlet's own reporting: its
    reporter is named ("told Desk Wire's Jane Roe") or its name heads the page as well. A copy
    that cites another outlet ("sources told Desk Wire"), even in several sentences, names no
    outlet of its own; and a name the story quotes as a voice ("Roe said") is a person."""
    told = [m for m in _TOLD_NAME.finditer(text) if m["outlet"].upper() not in _NOT_OUTLETS]
    names: list[str] = []
    for candidate in dict.fromkeys(m["outlet"] for m in told):  # each name once: _voice reads the text
        if not _voice(candidate, text):
            names.append(candidate)
            if len(names) > 1:
                return None
    if not names:
        return None
    name = names[0]
    if name in _first_lines(text, 6) or any(m["reporter"] for m in told):
        return AGENCIES.get(name, name)
    return None


FULL_DATE_WORDS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                             r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?\s*\d|\d{4}")
_NOT_OUTLETS = frozenset({"US", "USA", "UN", "NATO", "DOD", "AFP"})


def guess_outlet(text: str, url: str | None) -> str | None:
    """The outlet, from the text's own notes and credits, with the site that ran a copy."""
    for pattern in (_COURTESY, _EDITED_BY):
        match = pattern.search(text)
        if match:
            return match.group(1).strip()
    site = byline_outlet(text) or _site(url)
    credit = (wire_credit(text) or first_appeared(text) or source_credit(text) or source_address(text)
              or own_mark(text))
    if credit:
        return _via(credit, site)
    prefix = next((m for n, line in enumerate(_first_lines(text, 5)) if (m := _PREFIX.match(line))
                   and _a_prefix(m, n)), None)
    if prefix and len(prefix["outlet"]) <= 40:
        return prefix["outlet"]
    # the weakest signs, after every mark of the page's own: whose reporting the text says it is
    reporting = _own_reporting(text) or _channel(text) or _interviewer(text)
    return _via(reporting, site) if reporting else site


_TRAIL = re.compile(r"\s/|/\s")
# below the first lines, the mark opens a lede: a sentence, not a credit ("Jane Herald/ WIRE")
_LEDE_WORDS = 6


def _a_prefix(match: re.Match[str], line: int) -> bool:
    """Whether a name before a slash opening the text's ``line``-th line is the outlet's mark over its
    lede ("Desk News/ A drone ..."), not a page's trail of sections ("News / Iraq / Military": a
    section's words or a place's, or a second slash set apart after the next one; "F/A-18" is a word).
    Below a page's first three lines (a doubled headline, a time stamp) only a name ending in an
    outlet's word, over a lede's sentence, is one ("Desk News/ A drone hit ...", not "North Norland/
    Vale Base" nor a photographer's "Jane Herald/ WIRE")."""
    name = match["outlet"]
    trail = _TRAIL.search(match.string, match.end(), match.end() + 40)
    worded = line < 3 or (_OUTLET_WORD_IN.fullmatch(name.split()[-1]) is not None
                          and len(match.string[match.end() - 1:].split()) >= _LEDE_WORDS)
    return worded and not (_a_section(name) or _a_place(name) or trail)


def heading_outlet(text: str, names: Iterable[str]) -> str | None:
    """A known outlet's name heading the page over the day it ran, on a line of its own among the
    first ("Desk Daily January 29, 2024", "Desk Daily | 29 Jan 2024"), as a paper prints its name
    under the headline, or its byline alone ("By Desk Daily", "By Desk Daily January 29, 2024"). Only
    the names of the table of known addresses (``names``): any other words before a date may be a
    headline's, a section's or a person's ("Jane Roe | 29 January 2024", "By Jane Roe")."""
    known = sorted({name for name in names if name}, key=len, reverse=True)
    if not known:
        return None
    names = "|".join(map(re.escape, known))
    heading = re.compile(rf"(?P<outlet>{names})[ \t]*[,|·•–—-]?[ \t]*{_DATE_AHEAD}[^\n]{{0,40}}\d{{4}}\s*$"
                         # or its dateline's mark alone over the lede, or opening it: "CNN —"
                         rf"|(?P<mark>{names})[ \t]*(?:[-–—:]|--)(?:[ \t]+[A-Z“\"].*|[ \t]*)$")
    for line in _first_lines(text, 8):
        match = heading.match(CLIPPER.sub("", line).strip())
        if match:
            return match["outlet"] or match["mark"]
    # its byline alone, with the day it ran or without ("By Desk Daily"): a line the furniture skips
    byline = re.compile(rf"By[ \t]+(?P<by>{names})"
                        rf"(?:[ \t]*[,|·•–—-]?[ \t]*{_DATE_AHEAD}[^\n]{{0,40}}\d{{4}})?")
    for line in text[:3000].splitlines()[:12]:
        if match := byline.fullmatch(CLIPPER.sub("", line).strip()):
            return match["by"]
    return None


def _via(credit: str, site: str | None) -> str:
    """"Reuters (via news.example)": a credit and the site that ran the copy, when they differ."""
    return (f"{credit} (via {site})" if site and credit.lower().split()[0] not in site.lower()
            and credit != site else credit)


def _first_lines(text: str, count: int) -> list[str]:
    """The text's first ``count`` lines (eight at most) that are neither blank nor page furniture
    (clippers keep a paragraph per line, or several lines in one paragraph)."""
    return list(_opening_lines(text)[:count])


@functools.lru_cache(maxsize=8)
def _opening_lines(text: str) -> tuple[str, ...]:
    """The text's first eight lines past the furniture, found once for the outlet's several looks
    at them (its title, its lede, its dateline, its prefix)."""
    lines = (line.strip() for line in text[:3000].splitlines())
    return tuple([line for line in lines if line and not _furniture(line)][:8])


def _furniture(line: str) -> bool:
    """A short line of page furniture ("Expand / Collapse search", "Register / Login")."""
    return len(line) < 60 and not line.endswith((".", "!", "?", "”", '"')) and bool(_NOT_TITLE.match(line))


# "The post <title> appeared first on Desk Insight – The Desk Guide": a feed's note of the site that first
# ran the story (its tagline after a dash dropped); it names the story's own outlet, where a "Source:" line
# under it names the feed the copy came through
_APPEARED_FIRST = re.compile(r"appeared(?<!\wappeared)\s+first\s+on\s+(?:the\s+)?"
                             r"(?P<outlet>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z0-9][\w&.'’-]*){0,3}?)"
                             r"(?:[ \t]+[–—-][ \t]+[^\n]*|[ \t]*\.)?[ \t]*$", re.M)


def first_appeared(text: str) -> str | None:
    """The site a feed's note says first ran the story ("... appeared first on Desk Insight")."""
    match = _APPEARED_FIRST.search(text) if "appeared first" in text else None
    return re.sub(r"(?<![A-Z])\.$", "", match["outlet"]) if match else None


def source_credit(text: str) -> str | None:
    """The outlet a "Source: NAME" line credits, if it is not a picture's credit."""
    if "Source" not in text:  # every match holds the word (one scan in C; the pattern is tried at each place)
        return None
    for match in _SOURCE.finditer(text):
        name = match["outlet"].strip()
        if not _PICTURE.search(name) and not _INSTITUTION.search(name):
            return AGENCIES.get(name, AGENCIES.get(name.title(), name))
    return None


# the page's source given by its address: "The source of this news is from https://...", "Source:
# https://...", "Read More:" over the address, closing a summary; not a post's or a picture's address
# Written word first: each lead word, then a look back from its end at where it begins (a line's start,
# or after a sentence's end and a space). Opening with the words, the pattern is tried only where
# "T", "S" or "R" stands; opening with "^|(?<=...)", re tried it at every character (0.20 -> 0.04 ms a
# clipping). The same matches: tests/test_credits.py compares it with the pattern it replaces.
_AT_LEAD = r"(?:(?<![^\n])|(?<=[.!?] ))"  # (?<![^\n]) is "^" of re.M: the text's start or after "\n"
_SOURCE_ADDRESS = re.compile(rf"(?:The(?<={_AT_LEAD}The) source of this (?:news|article|story|report) is"
                             rf"(?: from)?|Source(?<={_AT_LEAD}Source)|Read(?<={_AT_LEAD}Read) [Mm]ore)"
                             r"[ \t]*:?\s*(?P<url>https?://\S+)")
_SOCIAL = re.compile(r"(?:^|\.)(?:t\.co|twitter\.com|x\.com|facebook\.com|youtube\.com|youtu\.be|"
                     r"instagram\.com|t\.me|telegram\.org|tiktok\.com|google\.com)$"
                     r"|^(?:cdn|img|images?|media|pbs)\d*\.")


def source_address(text: str) -> str | None:
    """The site the page gives as its source by its address, if any (not a post's or a picture's)."""
    for match in _SOURCE_ADDRESS.finditer(text):
        site = _site(match["url"])
        if site and not _SOCIAL.search(site):
            return site
    return None


def named_site(outlet: str | None, url: str | None, name: str | None,
               lookup: Callable[[str], str | None] | None = None) -> str | None:
    """The outlet with its web address replaced by the outlet's name (``name``, from the table
    of known addresses): "apnews.com" -> "Associated Press", "AFP (via news.example)" ->
    "AFP (via News Example)"; with ``lookup`` (the table), a credit that is an address is named
    too: "cnn.com (via news.example)" -> "CNN (via news.example)"."""
    if lookup is not None and outlet is not None:
        credit = outlet.split(" (via ")[0]
        known = lookup(f"https://{credit}/") if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", credit) else None
        outlet = known + outlet[len(credit):] if known else outlet
    site = _site(url)
    if name is None or site is None:
        return outlet
    if outlet is None or outlet == site:
        return name
    return outlet.replace(f"(via {site})", f"(via {name})")


def page_address(text: str, url: str | None) -> str | None:
    """The page's address: the one given with the clipping, else one clipped on its own line at the
    top of the text (as clippers save it)."""
    from .datelines import CLIPPER, url_line

    if url is not None:
        return url
    clipper = CLIPPER.match(text)
    line = url_line(text[clipper.end():] if clipper else text)
    return line[0] if line else None


def _site(url: str | None) -> str | None:
    host = re.match(r"https?://(?:www\.)?([^/:]+)", url or "")
    return host.group(1) if host else None


# lines of a page's frame, never its headline: a menu's bullet ("• Hot News"), a breadcrumb
# ("Home > News"), a language switch or a site's name in lower case ("ua en ru"), a day alone
# ("22 Jan 24"), a desk's name ("WEB DESK"), a field's time ("Information cutoff: 2:00 pm EST"), and
# the frame's stock lines
_PAGE_LINE = re.compile(
    r"[•·▪►»]\s.*|.*\S\s+>\s+\S.*|(?-i:[a-z0-9 &'-]+)|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{2,4}"
    r"|.*\b(?:web|news)\s+desk\b.*|(?:skip to (?:main )?content|connect with us|join (?:our|the) team|"
    r"saved web pages|share this\b.*|[^:]{3,30}:\s+\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)", re.I)
_PERSON = r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}"
# a byline of names alone: "Jane Roe, John Doe, and Mary Major" (a headline in capitals that lists
# two clauses, "Iran Condemns Strikes and Vows Response", has no comma)
_NAMES = re.compile(rf"{_PERSON}(?:,\s+{_PERSON})+,?\s+and\s+{_PERSON}")


def guess_title(text: str) -> str | None:
    """The headline at the top of a clipping: the first line that reads as one (a few words, no
    final full stop), past the page's furniture ("Advertisement", "A+ A-", a date line), within
    its first six lines not counting a government site's banner (``site_banner``)."""
    from .datelines import CLIPPER, FULL_DATE

    looked = 0
    for start, end in paragraphs(text):
        line = text[start:end].strip()
        if _SITE_BANNER.fullmatch(line):
            continue  # a government site's banner: not among the lines a headline is looked for in
        looked += 1
        if looked > 6:
            break
        clipper = CLIPPER.match(line)
        if clipper:
            line = line[clipper.end():].strip()
        words = line.split()
        if (_NOT_TITLE.match(line) or not words or (FULL_DATE.search(line) and len(words) <= 8)
                or _PAGE_LINE.fullmatch(line) or _NAMES.fullmatch(line)):
            continue
        if 3 <= len(words) <= 25 and len(line) <= 160 and not line.endswith((".", ":", ",")):
            return line
        if len(line) > 160:
            return None  # the text starts with its story: no headline was clipped
    return None
