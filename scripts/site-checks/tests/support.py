"""Where the self-tests find the checks and their fixture sites."""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1]
PROJECT = Path(__file__).resolve().parents[3]
FIXTURES = PROJECT / "Tests" / "site-checks-fixtures"
BROKEN_SITE = FIXTURES / "broken-site"
UNESCAPED_SITE = FIXTURES / "unescaped-site"

if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))


def joined(messages) -> str:
    return "\n".join(messages)
