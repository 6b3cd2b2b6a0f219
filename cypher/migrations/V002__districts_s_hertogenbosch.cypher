// The 14 districts (wijken) of 's-Hertogenbosch (GM0796) on 1 January 2024, present in every database.
// Source: CBS, Kerncijfers wijken en buurten 2024 (table 85984NED); CBS rounds district figures to 5.
// 13 and 14 are the former municipalities Nuland and Vinkel (joined in 2015). Age bands are not in this
// table and are left unset; another municipality loads its own districts through the reference API.
UNWIND [
  {code: 'WK079601', name: 'Binnenstad', population: 13895, men: 7010, women: 6885, dwellings: 8802, landHectares: 190},
  {code: 'WK079602', name: 'Zuidoost', population: 12680, men: 6030, women: 6655, dwellings: 6976, landHectares: 937},
  {code: 'WK079603', name: 'Graafsepoort', population: 14115, men: 7030, women: 7085, dwellings: 6982, landHectares: 277},
  {code: 'WK079604', name: 'Muntel en Vliert', population: 7090, men: 3390, women: 3695, dwellings: 3618, landHectares: 106},
  {code: 'WK079605', name: 'Rosmalen-Zuid', population: 9735, men: 4835, women: 4900, dwellings: 4047, landHectares: 1029},
  {code: 'WK079606', name: 'Rosmalen-Noord', population: 12885, men: 6305, women: 6575, dwellings: 5605, landHectares: 1497},
  {code: 'WK079607', name: 'De Groote Wielen', population: 10600, men: 5290, women: 5310, dwellings: 3867, landHectares: 483},
  {code: 'WK079608', name: 'Empel', population: 6595, men: 3340, women: 3255, dwellings: 2482, landHectares: 560},
  {code: 'WK079609', name: 'Noord', population: 20545, men: 10010, women: 10530, dwellings: 9201, landHectares: 617},
  {code: 'WK079610', name: 'Maaspoort', population: 16115, men: 8090, women: 8025, dwellings: 7382, landHectares: 517},
  {code: 'WK079611', name: 'West', population: 23170, men: 11640, women: 11530, dwellings: 11921, landHectares: 987},
  {code: 'WK079612', name: 'Engelen', population: 5785, men: 2915, women: 2865, dwellings: 2383, landHectares: 1131},
  {code: 'WK079613', name: 'Nuland', population: 4700, men: 2380, women: 2320, dwellings: 1923, landHectares: 1270},
  {code: 'WK079614', name: 'Vinkel', population: 2850, men: 1525, women: 1320, dwellings: 1075, landHectares: 1348}
] AS row
MERGE (d:District {code: row.code})
ON CREATE SET d.name = row.name, d.population = row.population, d.men = row.men, d.women = row.women,
  d.dwellings = row.dwellings, d.landHectares = row.landHectares, d.municipality = 'GM0796',
  d.municipalityName = '\'s-Hertogenbosch', d.year = 2024,
  d.source = 'CBS, Kerncijfers wijken en buurten 2024 (85984NED)';
