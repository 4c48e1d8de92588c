import { foundationSuite } from './support/suite';

foundationSuite('firefox');
