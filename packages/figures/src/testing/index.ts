export { openWorld, run, submit, unit, type Value } from './world';
export { DVHC_DIR, dvhcRows, loadLamDong } from './lam-dong';
