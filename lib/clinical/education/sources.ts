/**
 * The sources the education modules cite. Each key is listed, with author, year, journal and DOI
 * where known, in docs/clinical/education.md (a test checks that every key used is there).
 */
export const EDUCATION_SOURCES = {
  "willy-2019": "Willy RW et al. 2019, J Orthop Sports Phys Ther (clinical practice guideline)",
  "crossley-2016": "Crossley KM et al. 2016, consensus statement",
  "collins-2018": "Collins NJ et al. 2018, consensus statement",
  "esculier-2018": "Esculier JF et al. 2018, Br J Sports Med 52:659",
  "winters-2021": "Winters M et al. 2021, Br J Sports Med 55:369",
  "thomee-1997": "Thomeé R 1997, Phys Ther",
  "silbernagel-2007": "Silbernagel KG et al. 2007, Am J Sports Med",
  "frandsen-2025": "Frandsen JSB et al. 2025, Br J Sports Med 59:1203-1210",
  "buist-2008": "Buist I et al. 2008, randomised trial",
  "nielsen-2014-jospt": "Nielsen RO et al. 2014, J Orthop Sports Phys Ther 44:739-747",
  "nielsen-2014-bjsm": "Nielsen RO et al. 2014, Br J Sports Med 48:440",
  "willson-2014": "Willson JD et al. 2014",
  "stride": "Stride's own advice",
} as const;

export type EducationSourceKey = keyof typeof EDUCATION_SOURCES;
