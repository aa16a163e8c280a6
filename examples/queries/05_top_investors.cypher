// Who puts the most money in? Investors by the total of their known amounts, with the companies they fund.
MATCH (a)-[r:invests_in]->(b)
WITH a, r, b ORDER BY b.id
RETURN a.id AS investor, count(*) AS deals, sum(r.amount_usd) AS total_usd, collect(b.id) AS investees
ORDER BY total_usd DESC, investor
LIMIT 5
