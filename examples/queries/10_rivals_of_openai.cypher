// OpenAI's competitors and what they make (OPTIONAL MATCH keeps a rival that makes nothing we know of).
MATCH (:ORG {id: 'openai'})-[:competes_with]-(rival)
OPTIONAL MATCH (rival)-[:develops]->(product)
WITH rival, product ORDER BY product.id
RETURN rival.id AS rival, count(product) AS known_products, collect(product.id) AS products
ORDER BY rival
