// Passages are searched by their Dutch text and by the English and Dutch names of
// what they mention (`mentionNames`), so "Ukraine" finds a passage that says "Oekraïne".
CREATE FULLTEXT INDEX passage_text IF NOT EXISTS FOR (n:Passage) ON EACH [n.text, n.heading, n.mentionNames] OPTIONS { indexConfig: { `fulltext.analyzer`: 'dutch' } };
// Names and aliases of everything a user may type the name of.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Country|Organization|Group|Topic|Meeting) ON EACH [n.name, n.nameNl, n.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
