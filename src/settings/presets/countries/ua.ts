import { countryPreset } from '../types';

export default countryPreset('UA', ['uk'], [
  { url: 'https://www.rada.gov.ua/', kind: 'parliament', names: { uk: 'Верховна Рада України', en: 'Verkhovna Rada of Ukraine' }, source: 'http://www.rada.gov.ua/news/Novyny/129540.html' },
  { url: 'https://www.president.gov.ua/', kind: 'head-of-state', names: { uk: 'Президент України', en: 'President of Ukraine' }, source: 'https://vecherniy.kharkov.ua/news/88985/' },
  { url: 'https://www.kmu.gov.ua/', kind: 'government', names: { uk: 'Кабінет Міністрів України', en: 'Cabinet of Ministers of Ukraine' }, source: 'https://www.search.com.vn/wiki/uk/%D0%9A%D0%B0%D0%B1%D1%96%D0%BD%D0%B5%D1%82_%D0%BC%D1%96%D0%BD%D1%96%D1%81%D1%82%D1%80%D1%96%D0%B2_%D0%A3%D0%BA%D1%80%D0%B0%D1%97%D0%BD%D0%B8' },
  { url: 'https://cert.gov.ua/', kind: 'cert', names: { uk: 'Урядова команда реагування на комп’ютерні надзвичайні події України CERT-UA', en: 'CERT-UA' }, source: 'https://github.com/s5innovators/url-blocklist' },
  { url: 'https://bank.gov.ua/', kind: 'central-bank', names: { uk: 'Національний банк України', en: 'National Bank of Ukraine' }, source: 'https://bank.gov.ua/en/news/all/natsionalniy-bank-vidkriv-spetsrahunok-dlya-zboru-koshtiv-na-potrebi-armiyi' },
]);
