-- foedus store, version 3: the events view also names who reported each event (the distinct outlets).
CREATE OR REPLACE VIEW events AS
WITH agg AS (
    SELECT m.event_id,
           count(*) AS n_mentions,
           count(DISTINCT m.doc_id) AS n_documents,
           count(DISTINCT coalesce(d.outlet, 'doc:' || d.id)) AS n_sources,
           min(m.date) AS date_first,
           max(m.date) AS date_last,
           max(m.confidence) AS confidence,
           list(DISTINCT m.doc_id ORDER BY m.doc_id) AS doc_ids,
           list(DISTINCT d.outlet ORDER BY d.outlet) FILTER (d.outlet IS NOT NULL) AS outlets
    FROM event_mentions m JOIN documents d ON d.id = m.doc_id
    GROUP BY m.event_id
)
SELECT h.id, h.event, h.mode, h.context, h.actor_codes, h.recipient_codes, h.actor, h.recipient,
       h.date, agg.date_first, agg.date_last, h.factual, h.aux, h.quad, h.score, agg.confidence,
       h.evidence, h.doc_id AS first_doc_id, h.seq AS first_seq,
       agg.n_mentions, agg.n_documents, agg.n_sources, agg.doc_ids, coalesce(agg.outlets, []) AS outlets
FROM event_mentions h JOIN agg ON agg.event_id = h.id;
