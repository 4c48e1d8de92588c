import { countryPreset } from '../types';

export default countryPreset('SI', ['sl'], [
  { url: 'https://www.dz-rs.si/', kind: 'parliament', names: { sl: 'Državni zbor Republike Slovenije', en: 'National Assembly of Slovenia' }, source: 'https://www.dvk-rs.si/volitve-in-referendumi/drzavni-zbor-rs/' },
  { url: 'https://www.cert.si/', kind: 'cert', names: { sl: 'Nacionalni odzivni center za kibernetsko varnost SI-CERT', en: 'SI-CERT' }, source: 'https://www.cert.si/en/about-si-cert/' },
  { url: 'https://www.bsi.si/', kind: 'central-bank', names: { sl: 'Banka Slovenije', en: 'Bank of Slovenia' }, source: 'https://bsi.azurewebsites.net/porocanje/za-razvijalce/overitelj-digitalnih-potrdil-na-banki-slovenije' },
  { url: 'https://www.gov.si/', kind: 'government', names: { sl: 'Vlada Republike Slovenije', en: 'Government of the Republic of Slovenia' }, source: 'https://gov.si/en/news?cat%5B0%5D=1&org%5B0%5D=936&start=260' },
]);
