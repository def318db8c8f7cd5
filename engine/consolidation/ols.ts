/**
 * Ordinary least squares with an intercept, computed the way Apache Commons Math 3
 * (OLSMultipleLinearRegression on a Householder QRDecomposition, threshold 0) computes it —
 * operation for operation, so CloudSim's LR/LRR overload predictions and MC's R² come out as the
 * same doubles (refs/cloudsim-consolidation.md §B10–B11).
 *
 * `qrt` is the transposed design matrix: qrt[col][row], column 0 all ones (the intercept).
 */
export class SingularMatrixError extends Error {}

export interface QrDecomposition {
  qrt: Float64Array[];
  rDiag: Float64Array;
  rows: number;
}

export function decomposeQr(qrt: Float64Array[]): QrDecomposition {
  const cols = qrt.length;
  const rows = qrt[0]!.length;
  const rDiag = new Float64Array(Math.min(rows, cols));
  for (let minor = 0; minor < rDiag.length; minor++) {
    const qm = qrt[minor]!;
    let xNormSqr = 0;
    for (let row = minor; row < rows; row++) xNormSqr += qm[row]! * qm[row]!;
    const a = qm[minor]! > 0 ? -Math.sqrt(xNormSqr) : Math.sqrt(xNormSqr);
    rDiag[minor] = a;
    if (a !== 0) {
      qm[minor] = qm[minor]! - a;
      for (let col = minor + 1; col < cols; col++) {
        const qc = qrt[col]!;
        let alpha = 0;
        for (let row = minor; row < rows; row++) alpha -= qc[row]! * qm[row]!;
        alpha /= a * qm[minor]!;
        for (let row = minor; row < rows; row++) qc[row] = qc[row]! - alpha * qm[row]!;
      }
    }
  }
  return { qrt, rDiag, rows };
}

/** Solves R·b = Qᵀ·y (QRDecomposition.Solver.solve). Throws SingularMatrixError on a zero pivot. */
export function solveQr(qr: QrDecomposition, yIn: ArrayLike<number>): Float64Array {
  const { qrt, rDiag, rows } = qr;
  for (let i = 0; i < rDiag.length; i++) if (Math.abs(rDiag[i]!) <= 0) throw new SingularMatrixError();
  const y = Float64Array.from(yIn);
  for (let minor = 0; minor < rDiag.length; minor++) {
    const qm = qrt[minor]!;
    let dot = 0;
    for (let row = minor; row < rows; row++) dot += y[row]! * qm[row]!;
    dot /= rDiag[minor]! * qm[minor]!;
    for (let row = minor; row < rows; row++) y[row] = y[row]! + dot * qm[row]!;
  }
  const x = new Float64Array(qrt.length);
  for (let row = rDiag.length - 1; row >= 0; row--) {
    y[row] = y[row]! / rDiag[row]!;
    const yRow = y[row]!;
    const qr2 = qrt[row]!;
    x[row] = yRow;
    for (let i = 0; i < row; i++) y[i] = y[i]! - yRow * qr2[i]!;
  }
  return x;
}

/** Design matrix (transposed) with an intercept column: regressors[k][row]. */
export function designWithIntercept(regressors: ReadonlyArray<ArrayLike<number>>, rows: number): Float64Array[] {
  const qrt = [new Float64Array(rows).fill(1)];
  for (const r of regressors) {
    const col = new Float64Array(rows);
    for (let i = 0; i < rows; i++) col[i] = r[i]!;
    qrt.push(col);
  }
  return qrt;
}

/** Commons Math SecondMoment: the running sum of squared deviations. */
export function secondMoment(values: ArrayLike<number>): number {
  let n = 0;
  let m1 = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    n++;
    const dev = values[i]! - m1;
    const nDev = dev / n;
    m1 += nDev;
    m2 += (n - 1) * dev * nDev;
  }
  return m2;
}

/**
 * R² of y regressed on the regressors with an intercept (calculateRSquared). The caller checks
 * that rows ≥ regressors + 1 (Commons Math throws otherwise). Buffers are reused between calls.
 */
export function rSquared(regressors: ReadonlyArray<ArrayLike<number>>, y: ArrayLike<number>, rows: number): number {
  const cols = regressors.length + 1;
  const design = designBuffers(cols, rows);
  for (let r = 0; r < rows; r++) design[0]![r] = 1;
  for (let c = 1; c < cols; c++) {
    const src = regressors[c - 1]!;
    const dst = design[c]!;
    for (let r = 0; r < rows; r++) dst[r] = src[r]!;
  }
  const yRows = new Float64Array(rows);
  for (let r = 0; r < rows; r++) yRows[r] = y[r]!;
  const beta = solveQr(decomposeQr(design), yRows);
  let ssr = 0;
  for (let row = 0; row < rows; row++) {
    let fit = 1 * beta[0]!;
    for (let c = 1; c < cols; c++) fit += regressors[c - 1]![row]! * beta[c]!;
    const r = yRows[row]! - fit;
    ssr += r * r;
  }
  return 1 - ssr / secondMoment(yRows);
}

let pool: Float64Array[] = [];

/** Column buffers of exactly `rows` entries (subarrays of a reusable pool). */
function designBuffers(cols: number, rows: number): Float64Array[] {
  while (pool.length < cols) pool = [...pool, new Float64Array(64)];
  return pool.slice(0, cols).map((b) => b.subarray(0, rows));
}

/**
 * Regression of y on x = 1…n (CloudSim's getLoessParameterEstimates, unweighted in practice).
 * The QR factors of the fixed design are computed once; each fit repeats solveQr's operations on
 * scratch arrays. The returned array is reused by the next call.
 */
export function createLineFitter(n: number): (y: ArrayLike<number>) => Float64Array {
  const xs = Array.from({ length: n }, (_, i) => i + 1);
  const { qrt, rDiag } = decomposeQr(designWithIntercept([xs], n));
  const q0 = qrt[0]!;
  const q1 = qrt[1]!;
  const r0 = rDiag[0]!;
  const r1 = rDiag[1]!;
  const y = new Float64Array(n);
  const out = new Float64Array(2);
  return (yIn) => {
    for (let i = 0; i < n; i++) y[i] = yIn[i]!;
    let dot = 0;
    for (let row = 0; row < n; row++) dot += y[row]! * q0[row]!;
    dot /= r0 * q0[0]!;
    for (let row = 0; row < n; row++) y[row] = y[row]! + dot * q0[row]!;
    dot = 0;
    for (let row = 1; row < n; row++) dot += y[row]! * q1[row]!;
    dot /= r1 * q1[1]!;
    for (let row = 1; row < n; row++) y[row] = y[row]! + dot * q1[row]!;
    y[1] = y[1]! / r1;
    out[1] = y[1]!;
    y[0] = y[0]! - y[1]! * q1[0]!;
    y[0] = y[0]! / r0;
    out[0] = y[0]!;
    return out;
  };
}
