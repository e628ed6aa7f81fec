-- foedus store, version 1: documents and every layer of their analyses, merged events, commitments.
-- Ids are text (content hashes, event ids), never sequences, so a resumed ingest rebuilds the same rows.

CREATE TABLE documents (
    id VARCHAR PRIMARY KEY,
    seq BIGINT NOT NULL UNIQUE,          -- ingest order; cross-document merging follows it
    content_hash VARCHAR NOT NULL UNIQUE, -- sha1 of the text as read, so a copy under another name is stored once
    source VARCHAR,
    url VARCHAR,
    title VARCHAR,
    date DATE,
    lang VARCHAR,
    author VARCHAR,
    site VARCHAR,
    outlet VARCHAR,                      -- site, else the URL's host: what counts as one source
    fmt VARCHAR,
    text VARCHAR NOT NULL,
    meta JSON,
    layers JSON,                         -- repairs, quotes and time expressions, as in `foedus analyze`
    n_sentences INTEGER,
    n_events INTEGER,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE sentences (
    doc_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    "start" INTEGER, "end" INTEGER,
    text VARCHAR,
    lang VARCHAR,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE actors (
    id VARCHAR PRIMARY KEY,
    name VARCHAR,
    kind VARCHAR,
    code VARCHAR,
    sector VARCHAR,
    wikidata VARCHAR
);

CREATE TABLE mentions (
    doc_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    "start" INTEGER, "end" INTEGER,
    text VARCHAR,
    actor_id VARCHAR,
    code VARCHAR,
    sector VARCHAR,
    role VARCHAR,
    score DOUBLE,
    PRIMARY KEY (doc_id, idx)
);

-- One row per event record a document yielded (a report of an event). `event_id` names the
-- report that heads its cluster: reports of the same event across documents share it.
CREATE TABLE event_mentions (
    id VARCHAR PRIMARY KEY,
    event_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    seq BIGINT NOT NULL,
    event VARCHAR NOT NULL,
    mode VARCHAR,
    context VARCHAR[],
    actor_codes VARCHAR[],
    recipient_codes VARCHAR[],
    date DATE,
    aux VARCHAR[],
    factual BOOLEAN,
    attribution_id VARCHAR,
    source_text VARCHAR,                 -- who says so (the attribution's source)
    source_code VARCHAR,
    confidence DOUBLE,
    coder VARCHAR,
    actor JSON,
    recipient JSON,
    evidence VARCHAR,                    -- the first evidence sentence
    quad TINYINT,                        -- PLOVER quad class 1..4
    score DOUBLE,                        -- PLOVER conflict/cooperation score (-10..10)
    record JSON                          -- the full event record
);

CREATE TABLE event_evidence (
    mention_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    doc_id VARCHAR NOT NULL,
    text VARCHAR,
    "start" INTEGER, "end" INTEGER,
    PRIMARY KEY (mention_id, idx)
);

CREATE TABLE attributions (
    doc_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    kind VARCHAR,
    source_text VARCHAR,
    source_code VARCHAR,
    source JSON,
    cue JSON,
    span JSON,
    parent VARCHAR,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE quantities (
    doc_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    value DOUBLE,
    unit VARCHAR,
    counted VARCHAR,
    bound VARCHAR,
    text VARCHAR,
    "start" INTEGER, "end" INTEGER,
    attribution VARCHAR,
    PRIMARY KEY (doc_id, idx)
);

-- Alliance commitments found in the corpus and confirmed (or rejected) by a user.
CREATE TABLE commitments (
    id VARCHAR PRIMARY KEY,              -- the event id it was proposed from
    members VARCHAR[],
    obligation VARCHAR,
    status VARCHAR,                      -- confirmed | rejected
    since DATE,
    evidence JSON,
    note VARCHAR,
    decided_at TIMESTAMP DEFAULT current_timestamp
);

-- One row per real-world event: its first report, with counts over every report merged into it,
-- like GDELT's NumMentions (n_mentions), NumArticles (n_documents) and NumSources (n_sources).
CREATE VIEW events AS
WITH agg AS (
    SELECT m.event_id,
           count(*) AS n_mentions,
           count(DISTINCT m.doc_id) AS n_documents,
           count(DISTINCT coalesce(d.outlet, 'doc:' || d.id)) AS n_sources,
           min(m.date) AS date_first,
           max(m.date) AS date_last,
           max(m.confidence) AS confidence,
           list(DISTINCT m.doc_id ORDER BY m.doc_id) AS doc_ids
    FROM event_mentions m JOIN documents d ON d.id = m.doc_id
    GROUP BY m.event_id
)
SELECT h.id, h.event, h.mode, h.context, h.actor_codes, h.recipient_codes, h.actor, h.recipient,
       h.date, agg.date_first, agg.date_last, h.factual, h.aux, h.quad, h.score, agg.confidence,
       h.evidence, h.doc_id AS first_doc_id, h.seq AS first_seq,
       agg.n_mentions, agg.n_documents, agg.n_sources, agg.doc_ids
FROM event_mentions h JOIN agg ON agg.event_id = h.id;
