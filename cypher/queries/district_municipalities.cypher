// District municipalities: which municipality each reference district belongs to, so coverage can be read
// per municipality (the R-score of a city only makes sense over its own districts).
// No parameters. Districts without a municipality (loaded without one) have municipality null.
MATCH (d:District)
RETURN d.code AS code, d.municipality AS municipality, d.municipalityName AS municipalityName
ORDER BY code;
