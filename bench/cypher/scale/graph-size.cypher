CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
RETURN nodes, relationships, claims
