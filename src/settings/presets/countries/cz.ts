import { countryPreset } from '../types';

export default countryPreset('CZ', ['cs'], [
  { url: 'https://www.psp.cz/', kind: 'parliament', names: { cs: 'Poslanecká sněmovna Parlamentu České republiky', en: 'Chamber of Deputies of the Czech Republic' }, source: 'https://www.psp.cz/sqw/hp.sqw?k=181' },
  { url: 'https://nukib.gov.cz/', kind: 'cert', names: { cs: 'Národní úřad pro kybernetickou a informační bezpečnost', en: 'National Cyber and Information Security Agency' }, source: 'https://nukib.gov.cz/cs/o-nukib/organizacni-struktura-uradu/' },
  { url: 'https://www.cnb.cz/', kind: 'central-bank', names: { cs: 'Česká národní banka', en: 'Czech National Bank' }, source: 'https://www.cnb.cz/cs/o_cnb/106/informace-o-povinnem-subjektu/' },
  { url: 'https://vlada.gov.cz/', kind: 'government', names: { cs: 'Vláda České republiky', en: 'Government of the Czech Republic' }, source: 'https://vlada.gov.cz/cz/clenove-vlady/premier/premier-50612/' },
]);
