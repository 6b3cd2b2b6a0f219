// Uniqueness constraints on the key of every label in the graph model (DESIGN.md), and the indexes the
// service's reads rely on. Each statement is repeatable (IF NOT EXISTS).
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:MijnStadMigration) REQUIRE m.version IS UNIQUE;
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT network_name_key IF NOT EXISTS FOR (n:Network) REQUIRE n.nameKey IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT contact_id IF NOT EXISTS FOR (c:Contact) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT consent_id IF NOT EXISTS FOR (c:Consent) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT district_code IF NOT EXISTS FOR (d:District) REQUIRE d.code IS UNIQUE;
CREATE CONSTRAINT gathering_id IF NOT EXISTS FOR (g:Gathering) REQUIRE g.id IS UNIQUE;
CREATE CONSTRAINT value_key IF NOT EXISTS FOR (v:Value) REQUIRE v.key IS UNIQUE;
CREATE CONSTRAINT spearhead_key IF NOT EXISTS FOR (s:Spearhead) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT idea_id IF NOT EXISTS FOR (i:Idea) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT consultation_id IF NOT EXISTS FOR (c:Consultation) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT response_id IF NOT EXISTS FOR (r:Response) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT account_username IF NOT EXISTS FOR (a:Account) REQUIRE a.username IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE;
CREATE CONSTRAINT submission_key IF NOT EXISTS FOR (k:SubmissionKey) REQUIRE k.key IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE;
CREATE INDEX network_kind IF NOT EXISTS FOR (n:Network) ON (n.kind);
CREATE INDEX gathering_held_on IF NOT EXISTS FOR (g:Gathering) ON (g.heldOn);
CREATE INDEX idea_status IF NOT EXISTS FOR (i:Idea) ON (i.status);
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at);
