"""The store's side of linking a new article: read the candidates, let ``link/`` decide, write.

In order: copies of its text (the group and story they share, ``copy_index``), other reads
of its URL (versions), its story (``story_index``), then its claims and events against the
story's stored ones (``claims_write``, ``events_write``).  Each step reads what the steps
before it wrote, inside the writer's batch transaction, so the article is linked against
every article written before it, committed or not.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..link import minhash
from ..link.claims import link_claims
from ..link.events import link_events
from ..link.reprints import copy_links, near_duplicates, version_links
from ..link.stories import best_match, informative_keys, keys_to_weigh, score_candidates, story_vector
from .claims_write import StoredClaims, write_claims
from .copy_index import candidate_signatures, copies_of, index_signature, merge_groups, same_url_reads, write_links
from .deferred_rows import DeferredRows
from .events_write import stored_events, write_events
from .prepare import Prepared
from .story_index import StoryKeyIndex, merge_stories, set_group_and_story, touch_story


def link_article(con: sqlite3.Connection, stories: StoryKeyIndex, claims_of: StoredClaims, later: DeferredRows,
                 rec: dict[str, Any], art: int, pre: Prepared, pub: str | None) -> str:
    """Link a just-inserted article (rowid ``art``; ``pre``: what its record alone gives);
    returns its story id.  Rows that no later article's linking reads go to ``later``,
    written when the batch commits."""
    story_id = _copies_versions_story(con, stories, later, rec, art, pre, pub)
    if not (pre.claims or pre.events):
        return story_id  # nothing to match against the story's claims and events: no reads
    claims = link_claims(rec, story_id, claims_of.of_story(story_id) if pre.claims else [], pub, agency=pre.agency,
                         spans=pre.claims)
    write_claims(con, later, claims)
    if pre.events:
        write_events(con, later, link_events(rec, story_id, stored_events(con, story_id), claims.claim_of_span(),
                                             pub, reports=pre.events))
    return story_id


def _copies_versions_story(con: sqlite3.Connection, stories: StoryKeyIndex, later: DeferredRows,
                           rec: dict[str, Any], art: int, pre: Prepared, pub: str | None) -> str:
    """Duplicate group, page versions and story of a new article; returns its story id."""
    aid, url = rec["id"], (rec.get("source") or {}).get("url")
    group, story = aid, None
    if pre.sig is not None:
        sig, keys = minhash.from_blob(pre.sig), pre.bands
        dups = near_duplicates(sig, candidate_signatures(con, keys, exclude=art))
        if dups:
            copies = copy_links(aid, rec, *copies_of(con, dups))
            group, story = copies.group, copies.story
            write_links(later, copies.links)
            if copies.other_groups:  # this article bridges two groups: they are one
                merge_groups(con, group, copies.other_groups)
            if copies.other_stories:  # copies of one text are one story
                merge_stories(con, story, copies.other_stories)
        index_signature(con, art, sig, keys)
    if url:  # the same URL read again with other content: a later version of the page
        write_links(later, version_links(aid, rec, same_url_reads(con, url, art)))
    named, terms, day = pre.named, pre.terms, pre.day
    df = stories.frequencies(keys_to_weigh(named, terms))
    vec = story_vector(named, terms, stories.n, df)
    if story is None:
        rows = stories.candidate_rows(informative_keys(vec, stories.n, df), day)
        found = best_match(score_candidates(vec, rows, art))
        story = (stories.story_of(found[0]) if found else None) or aid
    stories.add(art, day, vec, df)
    set_group_and_story(con, art, group, story)
    touch_story(con, story, rec, pub)
    return story
