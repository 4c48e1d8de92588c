import { countryPreset } from '../types';

export default countryPreset('SK', ['sk'], [
  { url: 'https://www.nrsr.sk/', kind: 'parliament', names: { sk: 'Národná rada Slovenskej republiky', en: 'National Council of the Slovak Republic' }, source: 'https://www.nrsr.sk/web/?sid=faq' },
  { url: 'https://www.vlada.gov.sk/', kind: 'government', names: { sk: 'Úrad vlády Slovenskej republiky', en: 'Government Office of the Slovak Republic' }, source: 'https://www.vlada.gov.sk/8/urad-vlady-slovenskej-republiky/?day=2021-08-01&art_datum_od=2021-10-14&art_datum_do=2021-10-14' },
  { url: 'https://www.slovensko.sk/', kind: 'portal', names: { sk: 'Ústredný portál verejnej správy', en: 'Central Public Administration Portal' }, source: 'https://www.slovensko.sk/sk/agendy/agenda/_vlada-slovenskej-republiky/' },
  { url: 'https://www.sk-cert.sk/', kind: 'cert', names: { sk: 'Národné centrum kybernetickej bezpečnosti SK-CERT', en: 'National Cyber Security Centre SK-CERT' }, source: 'https://www.sk-cert.sk/en/about-us/index.html' },
  { url: 'https://nbs.sk/', kind: 'central-bank', names: { sk: 'Národná banka Slovenska', en: 'National Bank of Slovakia' }, source: 'https://nbs.sk/en/disclaimer_en/' },
]);
