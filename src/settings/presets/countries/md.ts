import { countryPreset } from '../types';

export default countryPreset('MD', ['ro'], [
  { url: 'https://www.parlament.md/', kind: 'parliament', names: { ro: 'Parlamentul Republicii Moldova', en: 'Parliament of the Republic of Moldova' }, source: 'https://news.yam.md/ro/story/17612474' },
  { url: 'https://presedinte.md/', kind: 'head-of-state', names: { ro: 'Președinția Republicii Moldova', en: 'Presidency of the Republic of Moldova' }, source: 'https://presedinte.md/rus/discursuri/index/page:7' },
  { url: 'https://www.gov.md/', kind: 'government', names: { ro: 'Guvernul Republicii Moldova', en: 'Government of the Republic of Moldova' }, source: 'https://lituania.mfa.gov.md/ro/content/guvern' },
  { url: 'https://www.bnm.md/', kind: 'central-bank', names: { ro: 'Banca Națională a Moldovei', en: 'National Bank of Moldova' }, source: 'https://www.bnm.md/en/node/63167' },
  { url: 'https://stisc-cert.gov.md/', kind: 'cert', names: { ro: 'CERT-GOV-MD', en: 'CERT-GOV-MD' }, source: 'https://stisc-cert.gov.md/index.php/report-an-incident/?lang=en' },
]);
