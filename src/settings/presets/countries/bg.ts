import { countryPreset } from '../types';

export default countryPreset('BG', ['bg'], [
  { url: 'https://www.parliament.bg/', kind: 'parliament', names: { bg: 'Народно събрание', en: 'National Assembly of Bulgaria' }, source: 'https://www.parliament.bg/bg/gallery/ID/594' },
  { url: 'https://www.president.bg/', kind: 'head-of-state', names: { bg: 'Президент на Република България', en: 'President of the Republic of Bulgaria' }, source: 'https://egov.bg/wps/portal/egov/institutions/president' },
  { url: 'https://www.govcert.bg/', kind: 'cert', names: { bg: 'Национален екип за реагиране при инциденти с компютърната сигурност', en: 'CERT Bulgaria' }, source: 'https://www.govcert.bg/' },
  { url: 'https://www.bnb.bg/', kind: 'central-bank', names: { bg: 'Българска народна банка', en: 'Bulgarian National Bank' }, source: 'https://www.bnb.bg/AboutUs/AUHistory/AUHImportantDates/index.htm' },
  { url: 'https://www.gov.bg/', kind: 'government', names: { bg: 'Министерски съвет', en: 'Council of Ministers' }, source: 'https://www.gov.bg/en/Cabinet/CABINET-MEMBERS' },
]);
