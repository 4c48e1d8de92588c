import type { Site } from '../model';

/**
 * The embedded default watchlist: the EU institutions. All are under *.europa.eu, which is the one
 * host permission Vigil asks for at install, so it works with no setup.
 */
export const EU_GROUP = 'EU institutions';

export const EU_INSTITUTIONS: readonly Site[] = [
  { url: 'https://www.europarl.europa.eu/', name: 'European Parliament', group: EU_GROUP },
  { url: 'https://commission.europa.eu/', name: 'European Commission', group: EU_GROUP },
  { url: 'https://www.consilium.europa.eu/', name: 'Council of the EU', group: EU_GROUP },
  { url: 'https://curia.europa.eu/', name: 'Court of Justice of the EU', group: EU_GROUP },
  { url: 'https://www.eca.europa.eu/', name: 'European Court of Auditors', group: EU_GROUP },
  { url: 'https://www.ecb.europa.eu/', name: 'European Central Bank', group: EU_GROUP },
  { url: 'https://european-union.europa.eu/', name: 'European Union portal', group: EU_GROUP },
  { url: 'https://eur-lex.europa.eu/', name: 'EUR-Lex', group: EU_GROUP },
  { url: 'https://www.eeas.europa.eu/', name: 'European External Action Service', group: EU_GROUP },
  { url: 'https://www.enisa.europa.eu/', name: 'ENISA', group: EU_GROUP },
  { url: 'https://cert.europa.eu/', name: 'CERT-EU', group: EU_GROUP },
];
