import { foundationSuite } from './support/suite';

foundationSuite('chromium');
