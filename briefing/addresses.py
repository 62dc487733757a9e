"""One mail address as a person writes it ("Desk <desk@example.org>"), checked once.

The settings check and the ``--to`` option both call :func:`problem`, and it accepts only
what the mail code will put in a header without complaint: one address with a user and a
dotted domain, no control character (CR, LF, U+0085, a line separator) before or after
decoding an encoded word, and a header the message can be written with.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from typing import Any

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# Marks that reorder the text around them (embeddings, overrides, isolates): a name holding
# one shows another name, or another address, in a reader's mail program.
REORDER = re.compile("[\u202a-\u202e\u2066-\u2069]")


def problem(value: str) -> str | None:
    """Why ``value`` is not one usable mail address ("" when it simply is not one address),
    or None when it is one."""
    from email.headerregistry import HeaderRegistry

    if CONTROL.search(value):
        return "it holds a control character (a line break, tab or the like)"
    try:
        header: Any = HeaderRegistry()("to", value.strip())
        addresses = header.addresses
    except (ValueError, TypeError, IndexError) as error:
        return f"it cannot be read as an address ({error})"
    except AttributeError:  # Python's own parser fails on a name of punctuation alone (". <a@b.org>")
        return "it cannot be read as an address (put the name in quotes)"
    if len(addresses) != 1 or header.defects or not addresses[0].username or "." not in addresses[0].domain:
        return ""  # said by the caller: "not one mail address"
    parts = (addresses[0].display_name, addresses[0].username, addresses[0].domain)
    if any(CONTROL.search(part) for part in parts):
        return "its name decodes to a control character (a line break or the like)"
    hidden = _invisible(*parts)
    if hidden:
        return hidden
    return _unwritable(value.strip())


def _invisible(name: str, user: str, domain: str) -> str | None:
    """An address with a letter nobody sees (a zero-width space, a soft hyphen, a word joiner)
    is another mailbox than the one it shows; a name with a reordering mark shows another text."""
    for char in user + domain:
        if unicodedata.category(char) == "Cf":
            return (f"it holds an invisible character (U+{ord(char):04X}) in the address; write the "
                    "address without it")
    mark = REORDER.search(name)
    if mark:
        return (f"its name holds an invisible mark that reorders the text (U+{ord(mark[0]):04X}); write "
                "the name without it")
    return None


def mailbox(bare: str) -> str:
    """The mailbox a bare address names, as one key for every spelling of it: letters of either
    case, a domain in Unicode composed or decomposed (NFC, NFD) or in its ASCII form (xn--)."""
    user, _, domain = bare.rpartition("@")
    domain = unicodedata.normalize("NFC", domain).lower()
    with contextlib.suppress(UnicodeError):  # a domain IDNA 2003 cannot write: compared as written
        domain = domain.encode("idna").decode("ascii")
    return f"{user.lower()}@{domain}"


def _unwritable(value: str) -> str | None:
    """Why the mail code would refuse to write ``value`` in a header, if it would."""
    from email.message import EmailMessage

    message = EmailMessage()
    try:
        message["To"] = value
        message.as_bytes()
    except (ValueError, TypeError, IndexError, AttributeError, UnicodeError) as error:
        return f"a message cannot carry it ({error})"
    return None


def because(why: str) -> str:
    """" (why)" to follow "is not one mail address", or nothing when there is no more to say."""
    return f" ({why})" if why else ""
