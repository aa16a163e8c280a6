// What connects Amazon to Nvidia? Every chain of up to three relations, followed in their direction.
MATCH p = (:ORG {name: 'Amazon'})-[*1..3]->(:ORG {name: 'Nvidia'})
RETURN p AS path, length(p) AS hops, relationships(p) AS steps
ORDER BY hops, path
