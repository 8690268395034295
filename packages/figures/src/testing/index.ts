export { openWorld, run, submit, unit, type Value } from './world';
