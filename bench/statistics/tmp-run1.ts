import { rateCoverage } from "./rate-coverage.ts";
import { meanCoverage, clusteredMeanCoverage } from "./mean-coverage.ts";
let t=performance.now();
console.log(rateCoverage()); console.log((performance.now()-t)/1000); t=performance.now();
console.log(clusteredMeanCoverage()); console.log((performance.now()-t)/1000); t=performance.now();
console.log(meanCoverage()); console.log((performance.now()-t)/1000);
