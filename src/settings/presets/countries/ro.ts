import { countryPreset } from '../types';

export default countryPreset('RO', ['ro'], [
  { url: 'https://www.cdep.ro/', kind: 'parliament', names: { ro: 'Camera Deputaților', en: 'Chamber of Deputies' }, source: 'https://vdocumente.com/ghid-practic-pentru-membrii-camerei-deputailor-cdepro-birourile-parlamentare.html' },
  { url: 'https://www.senat.ro/', kind: 'parliament', names: { ro: 'Senatul României', en: 'Senate of Romania' }, source: 'https://koaha.org/wiki/Senato_della_Romania' },
  { url: 'https://www.gov.ro/', kind: 'government', names: { ro: 'Guvernul României', en: 'Government of Romania' }, source: 'https://gov.ro/fr/nouvelles/point-de-presse-a-l-issue-de-la-reunion-du-gouvernement-du-2-mars-2022' },
  { url: 'https://dnsc.ro/', kind: 'cert', names: { ro: 'Directoratul Național de Securitate Cibernetică', en: 'National Cyber Security Directorate' }, source: 'https://ro.wikipedia.org/wiki/Directoratul_Na%C8%9Bional_de_Securitate_Cibernetic%C4%83' },
  { url: 'https://www.bnr.ro/', kind: 'central-bank', names: { ro: 'Banca Națională a României', en: 'National Bank of Romania' }, source: 'https://www.bnr.ro/Banca-Nationala-a-Romaniei-1.aspx' },
]);
