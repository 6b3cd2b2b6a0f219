// The citizens' panel: responses are found by a key derived from the resident's link, invitations by the hash
// of their token, and the fatigue check reads invitation times.
CREATE CONSTRAINT response_key IF NOT EXISTS FOR (r:Response) REQUIRE r.key IS UNIQUE;
CREATE INDEX invited_token_hash IF NOT EXISTS FOR ()-[i:INVITED]-() ON (i.tokenHash);
CREATE INDEX invited_at IF NOT EXISTS FOR ()-[i:INVITED]-() ON (i.at);
CREATE INDEX consent_purpose IF NOT EXISTS FOR (c:Consent) ON (c.purpose);
