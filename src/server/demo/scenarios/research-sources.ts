import { source } from '../wire'

export const researchSources = {
  ziv: source(
    'src_ziv-market',
    'https://www.ziv-zweirad.de/marktdaten/',
    'Marktdaten Fahrräder und E-Bikes – ZIV Zweirad-Industrie-Verband',
  ),
  bovag: source('src_bovag', 'https://www.bovag.nl/', null),
  conebi: source(
    'src_conebi',
    'https://www.conebi.eu/facts-and-figures/',
    'European Bicycle Industry & Market Profile – CONEBI',
  ),
  urbanArrow: source(
    'src_urban-arrow',
    'https://urbanarrow.com/family',
    'Urban Arrow Family | The original family cargo bike',
  ),
  rieseMuller: source(
    'src_riese-mueller',
    'https://www.r-m.de/en/models/load4-75/',
    'Load4 75 – Riese & Müller',
  ),
  tern: source('src_tern-gsd', 'https://www.ternbicycles.com/bikes/gsd', 'GSD – Tern Bicycles'),
  babboe: source('src_babboe', 'https://www.babboe.com/', null),
  bullitt: source('src_bullitt', 'https://www.larryvsharry.com/', 'Bullitt – Larry vs Harry'),
  cargobikeJetzt: source(
    'src_cargobike-jetzt',
    'https://www.cargobike.jetzt/',
    'cargobike.jetzt – Das Lastenrad-Magazin',
  ),
  jobrad: source('src_jobrad', 'https://www.jobrad.org/', 'JobRad – Dienstrad-Leasing'),
  leaseABike: source('src_lease-a-bike', 'https://www.lease-a-bike.nl/', null),
  cyclingDeclaration: source(
    'src_eu-cycling-declaration',
    'https://transport.ec.europa.eu/news-events/news/european-declaration-cycling-2024-04-03_en',
    'European Declaration on Cycling – European Commission',
  ),
  ecf: source('src_ecf-cargo', 'https://ecf.com/', 'European Cyclists’ Federation'),
}
