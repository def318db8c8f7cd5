/** `npm run repro -- <name>`: runs bench/repro-<name>.ts, which prints our numbers beside the published ones. */
import { dispatch } from './run';

await dispatch('repro-', 'repro');
