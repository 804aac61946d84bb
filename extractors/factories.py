"""Register every kg component with spaCy, in one place.

Each factory passes the config block's settings as keyword-only arguments.
Components are added to ``config.cfg``; the order there is the run order.
"""

from __future__ import annotations

from spacy.language import Language

from extractors.base import register_extensions

register_extensions()
