import { countryPreset } from '../types';

export default countryPreset('MT', ['mt', 'en'], [
  { url: 'https://www.parlament.mt/', kind: 'parliament', names: { mt: "Parlament ta' Malta", en: 'Parliament of Malta' }, source: 'http://the-uncensored-wiki.com:20171/2017-wikipedia_en_all_novid_2017-08/A/Maltese_Parliament.html' },
  { url: 'https://president.gov.mt/', kind: 'head-of-state', names: { mt: "President ta' Malta", en: 'President of Malta' }, source: 'https://president.gov.mt/en/2021/01/' },
  { url: 'https://opm.gov.mt/', kind: 'government', names: { mt: 'Uffiċċju tal-Prim Ministru', en: 'Office of the Prime Minister' }, source: 'https://opm.gov.mt/en/Pages/Portfolio.aspx' },
  { url: 'https://maltacip.gov.mt/', kind: 'cert', names: { mt: 'CSIRTMalta', en: 'CSIRTMalta' }, source: 'https://maltacip.gov.mt/en/CIP_Structure/Pages/CSIRTMalta.aspx' },
  { url: 'https://www.centralbankmalta.org/', kind: 'central-bank', names: { mt: "Bank Ċentrali ta' Malta", en: 'Central Bank of Malta' }, source: 'https://en-academic.com/dic.nsf/enwiki/1239959' },
]);
