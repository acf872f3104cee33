// The evidence of every claim of every kind, nodes only (see create-attendances for why).
UNWIND $rows AS row
CREATE (e:Evidence)
SET e = row.props
