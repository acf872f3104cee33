// The letters already loaded under the given ids, to skip unchanged ones; and the earlier versions,
// under other ids, of letters without a Kamerstuk number: the documents read from the same file
// (`$sources`: path and file name of each letter), which the new version replaces. Documents
// loaded before documents recorded their path are known by their file name, their id's origin.
CALL () {
  UNWIND $documentIds AS documentId
  MATCH (d:Document {id: documentId})
  RETURN d.id AS id, d.sha256 AS sha256, d.pipeline AS pipeline, d.sourcePath AS sourcePath, null AS replacedBy
  UNION
  UNWIND $sources AS source
  MATCH (d:Document {sourcePath: source.path})
  WHERE d.kamerstuk IS NULL AND NOT d.id IN $documentIds
  RETURN d.id AS id, d.sha256 AS sha256, d.pipeline AS pipeline, d.sourcePath AS sourcePath, source.documentId AS replacedBy
  UNION
  UNWIND $sources AS source
  MATCH (d:Document {fileName: source.fileName})
  WHERE d.sourcePath IS NULL AND d.kamerstuk IS NULL AND NOT d.id IN $documentIds
  RETURN d.id AS id, d.sha256 AS sha256, d.pipeline AS pipeline, d.sourcePath AS sourcePath, source.documentId AS replacedBy
}
RETURN id, sha256, pipeline, sourcePath, replacedBy
