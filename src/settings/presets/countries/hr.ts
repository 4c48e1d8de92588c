import { countryPreset } from '../types';

export default countryPreset('HR', ['hr'], [
  { url: 'https://www.sabor.hr/', kind: 'parliament', names: { hr: 'Hrvatski sabor', en: 'Croatian Parliament' }, source: 'https://www.sabor.hr/hr/cesta-pitanja' },
  { url: 'https://gov.hr/', kind: 'portal', names: { hr: 'gov.hr – središnji državni portal', en: 'gov.hr – Central State Portal' }, source: 'https://gov.hr/hr/nacionalni-cert/1230' },
  { url: 'https://www.cert.hr/', kind: 'cert', names: { hr: 'Nacionalni CERT', en: 'National CERT' }, source: 'https://www.cert.hr/en/csirt_specification' },
  { url: 'https://www.hnb.hr/', kind: 'central-bank', names: { hr: 'Hrvatska narodna banka', en: 'Croatian National Bank' }, source: 'https://www.hnb.hr/hr/temeljne-funkcije/operacije-na-trzistu-prije-uvodenja-eura' },
  { url: 'https://vlada.gov.hr/', kind: 'government', names: { hr: 'Vlada Republike Hrvatske', en: 'Government of the Republic of Croatia' }, source: 'https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Government_of_the_Republic_of_Croatia' },
]);
