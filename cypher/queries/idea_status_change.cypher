// Idea status change: moves an idea from $from to $to and records the change, in one statement.
// The idea is locked first (a throw-away property), so its status is read after any concurrent change has
// committed: no row comes back when the status is no longer $from, and then nothing was written.
// Creates an (:AnalyticsChange) so the analytics and the ideas box's index refresh (a status changes no count).
// Parameters: $id (idea id), $from, $to (statuses), $changeId (new UUID), $on (date), $note (or null), $by (username).
// :param {id: 'idea-id', from: 'PLANNED', to: 'RUNNING', changeId: randomUUID(), on: date(), note: null, by: 'admin'}
MATCH (i:Idea {id: $id})
SET i.statusLock = true
REMOVE i.statusLock
WITH i
WHERE i.status = $from
SET i.status = $to
CREATE (i)-[:CHANGED]->(c:StatusChange {id: $changeId, from: $from, to: $to, on: $on, note: $note, by: $by,
                                        at: datetime.statement()})
CREATE (:AnalyticsChange {at: datetime.statement(), what: 'idea status ' + $id + ' ' + $from + '->' + $to})
RETURN c.id AS id;
