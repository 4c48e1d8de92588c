import { countryPreset } from '../types';

export default countryPreset('PL', ['pl'], [
  { url: 'https://www.sejm.gov.pl/', kind: 'parliament', names: { pl: 'Sejm Rzeczypospolitej Polskiej', en: 'Sejm of the Republic of Poland' }, source: 'https://wikimili.com/en/Sejm' },
  { url: 'https://www.prezydent.pl/', kind: 'head-of-state', names: { pl: 'Prezydent Rzeczypospolitej Polskiej', en: 'President of the Republic of Poland' }, source: 'https://k.prezydent.pl/kancelaria/archiwum/archiwum-bronislawa-komorowskiego/kancelaria/szef-kprp' },
  // The Chancellery of the Prime Minister lives under gov.pl, at this path.
  { url: 'https://www.gov.pl/web/premier', kind: 'government', names: { pl: 'Prezes Rady Ministrów', en: 'Prime Minister of Poland' }, source: 'https://www.gov.pl/web/premier/czlonkowie-rady-ministrow2' },
  { url: 'https://cert.pl/', kind: 'cert', names: { pl: 'CERT Polska', en: 'CERT Polska' }, source: 'https://cert.pl/en/about-us' },
  { url: 'https://nbp.pl/', kind: 'central-bank', names: { pl: 'Narodowy Bank Polski', en: 'National Bank of Poland' }, source: 'http://ssl.nbp.pl/home.aspx?f=/o_nbp/struktura/oddzialy.html' },
]);
