/**
 * The EU's own bodies as the default watchlist stores them: address, English name (what every
 * existing watchlist already holds) and the public page that gives the address. Kept apart from
 * their names in the 23 other languages (eu.ts), so the popup and the background, which load this
 * list, do not carry every language's names.
 */
const DIRECTORY = 'https://european-union.europa.eu/institutions-law-budget/institutions-and-bodies/search-all-eu-institutions-and-bodies';

export interface EuBody {
  readonly url: string;
  readonly name: string;
  readonly source: string;
}

export const EU_BODIES: readonly EuBody[] = [
  { url: 'https://www.europarl.europa.eu/', name: 'European Parliament', source: `${DIRECTORY}/european-parliament_en` },
  { url: 'https://commission.europa.eu/', name: 'European Commission', source: `${DIRECTORY}/european-commission_en` },
  { url: 'https://www.consilium.europa.eu/', name: 'Council of the EU', source: `${DIRECTORY}/council-european-union_en` },
  { url: 'https://curia.europa.eu/', name: 'Court of Justice of the EU', source: `${DIRECTORY}/court-justice-european-union-cjeu_en` },
  { url: 'https://www.eca.europa.eu/', name: 'European Court of Auditors', source: `${DIRECTORY}/european-court-auditors-eca_en` },
  { url: 'https://www.ecb.europa.eu/', name: 'European Central Bank', source: `${DIRECTORY}/european-central-bank-ecb_en` },
  { url: 'https://european-union.europa.eu/', name: 'European Union portal', source: 'https://european-union.europa.eu/index_en' },
  { url: 'https://eur-lex.europa.eu/', name: 'EUR-Lex', source: 'https://eur-lex.europa.eu/content/welcome/about.html' },
  { url: 'https://www.eeas.europa.eu/', name: 'European External Action Service', source: `${DIRECTORY}/european-external-action-service-eeas_en` },
  { url: 'https://www.enisa.europa.eu/', name: 'ENISA', source: `${DIRECTORY}/european-union-agency-cybersecurity-enisa_en` },
  { url: 'https://cert.europa.eu/', name: 'CERT-EU', source: `${DIRECTORY}/cybersecurity-service-union-institutions-bodies-offices-and-agencies-cert-eu_en` },
];
