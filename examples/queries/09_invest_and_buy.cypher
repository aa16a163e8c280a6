// Which companies both invest in a partner and buy from that same partner?
MATCH (a:ORG)-[i:invests_in]->(b:ORG)
WHERE (a)-[:buys_chips_from|buys_services_from|customer_of]->(b)
RETURN a.id AS company, b.id AS partner, i.amount_usd AS invested_usd, i.status AS status
ORDER BY company, partner
