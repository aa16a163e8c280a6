// Who invests in OpenAI, how much, in what state is the deal, and how many sentences say so?
MATCH (investor)-[r:invests_in]->(:ORG {name: 'OpenAI'})
RETURN investor.id AS investor, investor.label AS name, r.amount_usd AS amount_usd, r.status AS status,
       r.evidence_count AS sources
ORDER BY amount_usd DESC, investor
