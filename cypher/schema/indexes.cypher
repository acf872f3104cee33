// What the API filters and orders on, and what replacing a letter deletes by (`documentId`).
CREATE INDEX meeting_start_date IF NOT EXISTS FOR (n:Meeting) ON (n.startDate);
CREATE INDEX meeting_kind IF NOT EXISTS FOR (n:Meeting) ON (n.kind);
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
// How a new version of a letter without a Kamerstuk number finds the one it replaces.
CREATE INDEX document_source_path IF NOT EXISTS FOR (n:Document) ON (n.sourcePath);
CREATE INDEX document_file_name IF NOT EXISTS FOR (n:Document) ON (n.fileName);
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX claim_date IF NOT EXISTS FOR (n:Claim) ON (n.date);
CREATE INDEX claim_document IF NOT EXISTS FOR (n:Claim) ON (n.documentId);
CREATE INDEX decision_date IF NOT EXISTS FOR (n:Decision) ON (n.date);
CREATE INDEX passage_document IF NOT EXISTS FOR (n:Passage) ON (n.documentId);
CREATE INDEX evidence_document IF NOT EXISTS FOR (n:Evidence) ON (n.documentId);
CREATE INDEX session_document IF NOT EXISTS FOR (n:Session) ON (n.documentId);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
