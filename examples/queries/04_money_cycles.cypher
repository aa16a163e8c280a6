// Money that comes back: A invests in B, and B pays A (or a unit of A, such as AWS for Amazon) for chips,
// services or as a customer. The same loops kgraph cycles reports, of length 2, written as a pattern.
MATCH (a)-[i:invests_in]->(b)-[buy:buys_chips_from|buys_services_from|customer_of]->(seller)-[:part_of*0..1]->(a)
RETURN a.id AS investor, b.id AS investee, i.amount_usd AS invested_usd, type(buy) AS paid_back_by,
       seller.id AS seller, i.in_cycle AS in_cycle
ORDER BY investor, investee, paid_back_by, seller
