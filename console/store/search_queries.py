"""Search of notes and its word index, in SQL (part of :class:`CaseTx`).

The words are FTS5's on SQLite and full-text search's on PostgreSQL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import text

from console.core.cases import MATCH_END, MATCH_START, SearchHit
from console.store.tx_session import SessionTx

_WORD = re.compile(r"[^\W_]+")


# Expand a word into at most this many indexed words; more, and the prefix query is cheaper.
MAX_EXPANSION = 64


def index_words(body: str) -> set[str]:
    """The words FTS5's unicode61 tokenizer makes of ``body`` (letters and digits, case
    folded one character at a time, diacritics kept)."""
    return {
        "".join(c.lower() if len(c.lower()) == 1 else c for c in word)
        for word in _WORD.findall(body)
    }


def search_words(query: str) -> list[str]:
    """The words of a search, without any query syntax a person did not mean."""
    return _WORD.findall(query)[:12]


class SearchTx(SessionTx):
    """Notes found by their words, and the word list kept in step with the index."""

    def refresh_search_terms(self) -> int:
        """SQLite: fill the word list from the index itself; return the words added."""
        if self._dialect_name != "sqlite":
            return 0
        result = self._session.execute(
            text("INSERT OR IGNORE INTO note_term (term) SELECT term FROM note_fts_vocab")
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def _fts_query(self, words: Sequence[str]) -> str:
        """An FTS5 query: every word, each as the indexed words it starts (or a prefix)."""
        parts = []
        for word in words:
            folded = min(index_words(word) or {word.lower()})
            terms = list(
                self._session.scalars(
                    text(
                        "SELECT term FROM note_term WHERE term >= :low AND term < :high"
                        " ORDER BY term LIMIT :limit"
                    ),
                    {"low": folded, "high": folded + "\U0010ffff", "limit": MAX_EXPANSION + 1},
                )
            )
            if 0 < len(terms) <= MAX_EXPANSION:
                parts.append("(" + " OR ".join(f'"{term}"' for term in terms) + ")")
            else:
                parts.append('"' + folded + '"*')
        return " AND ".join(parts)

    # ------------------------------------------------------------ search
    def search_notes(
        self, words: Sequence[str], *, staff_id: int, agency_id: int | None, limit: int
    ) -> list[SearchHit]:
        """Notes matching every word that the reader may read, newest first.

        Visibility is the rule of :class:`console.core.cases.Reader`, in SQL: the
        reader's own notes, their agency's partition, and shared notes (for an
        agency only where the case's newest consent for it is granted).
        """
        if agency_id is None:
            visible = "(n.author_id = :staff OR n.partition_agency_id IS NULL)"
        else:
            visible = (
                "(n.author_id = :staff OR n.partition_agency_id = :agency"
                " OR (n.partition_agency_id IS NULL AND EXISTS ("
                "SELECT 1 FROM consent c WHERE c.case_id = n.case_id AND c.agency_id = :agency"
                " AND c.id = (SELECT max(c2.id) FROM consent c2"
                " WHERE c2.case_id = n.case_id AND c2.agency_id = :agency)"
                " AND c.granted)))"
            )
        params: dict[str, Any] = {"staff": staff_id, "agency": agency_id, "limit": limit}
        if self._dialect_name == "postgresql":
            # Every word stemmed and as a prefix, like SQLite's: "toimeentulo" finds
            # "toimeentulotuki". The words are letters and digits only (search_words).
            params["query"] = " & ".join(f"{word}:*" for word in words)
            params["marks"] = (
                f"StartSel={MATCH_START}, StopSel={MATCH_END}, MaxWords=24, MinWords=8"
            )
            sql = f"""
                SELECT n.id, n.case_id, n.written_at, s.full_name, n.partition_agency_id,
                       ts_headline('finnish', n.body, q, :marks) AS snippet
                FROM note n JOIN staff s ON s.id = n.author_id,
                     to_tsquery('finnish', :query) q
                WHERE n.search_vector @@ q AND {visible}
                ORDER BY n.id DESC LIMIT :limit
            """
            if self._session.execute(text("SELECT row_security_active('note')")).scalar():
                # A person's own login role: the policy's rule through the word index
                # (migration 0007, tiski_search_notes), then the policy itself again.
                sql = f"""
                    SELECT n.id, n.case_id, n.written_at, s.full_name, n.partition_agency_id,
                           ts_headline('finnish', n.body, q, :marks) AS snippet
                    FROM note n JOIN staff s ON s.id = n.author_id,
                         to_tsquery('finnish', :query) q
                    WHERE n.id IN (SELECT tiski_search_notes(to_tsquery('finnish', :query),
                                                             :limit))
                      AND {visible}
                    ORDER BY n.id DESC LIMIT :limit
                """
        else:
            # Each word as the words it starts: "asumistu" finds "asumistuki", "asumistuen".
            params["query"] = self._fts_query(words)
            sql = f"""
                SELECT n.id, n.case_id, n.written_at, s.full_name, n.partition_agency_id,
                       snippet(note_fts, 0, char(2), char(3), '…', 16) AS snippet
                FROM note_fts JOIN note n ON n.id = note_fts.rowid
                JOIN staff s ON s.id = n.author_id
                WHERE note_fts MATCH :query AND {visible}
                ORDER BY note_fts.rowid DESC LIMIT :limit
            """
        if self._dialect_name == "postgresql":
            # A prepared statement's generic plan ignores which words are searched for
            # (a common word and a rare one need different plans): plan every search.
            self._session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        rows = self._session.execute(text(sql), params).all()
        return [
            SearchHit(
                row.id,
                row.case_id,
                _aware(row.written_at),
                row.full_name,
                row.partition_agency_id,
                row.snippet,
            )
            for row in rows
        ]

    def forget_unused_words(self) -> int:
        """SQLite: the word list keeps no word that only deleted notes used.

        The index is merged first, so that it holds no deleted note's words either
        (FTS5 otherwise keeps them, marked deleted, until its segments merge).
        """
        if self._dialect_name != "sqlite":
            return 0
        self._session.execute(text("INSERT INTO note_fts (note_fts) VALUES ('optimize')"))
        result = self._session.execute(
            text("DELETE FROM note_term WHERE term NOT IN (SELECT term FROM note_fts_vocab)")
        )
        return int(getattr(result, "rowcount", 0) or 0)


def _aware(value: datetime | str) -> datetime:
    """Raw SQL skips the UTC column type on SQLite: read its text back as aware UTC."""
    from datetime import UTC

    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
