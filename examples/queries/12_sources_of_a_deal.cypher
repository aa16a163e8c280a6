// Which articles report Nvidia's investment in OpenAI? One row per document, names given in Arabic.
MATCH (:ORG {name: 'إنفيديا'})-[r:invests_in]->(:ORG {name: 'أوبن إيه آي'})
UNWIND r.documents AS document
RETURN document, r.amount_usd AS amount_usd, r.amount_qualifier AS qualifier, r.status AS status
ORDER BY document
