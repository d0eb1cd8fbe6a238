package se.finsam.money;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The largest-remainder method on integers: the engine behind {@link Allocation}.
 *
 * <p>Given a total of {@code T} units and integer weights {@code w[i] ≥ 0} with positive sum
 * {@code S}, part {@code i} gets {@code floor(T·w[i]/S)}; the {@code k = T − Σ floor} units left over
 * ({@code 0 ≤ k < n}) go one each to the {@code k} parts with the largest remainders
 * {@code (T·w[i]) mod S}. Ties go to the larger weight, then to the lower index (the caller orders the
 * parts by its tie rule). Exact: uses {@code long} when {@code T·S} fits in 63 bits, else
 * {@link BigInteger}; both paths give the same result.
 */
final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * Allocates on {@code long}s if every product fits, and tells whether it did.
     *
     * @param total the units to split, not negative
     * @param w the integer weights, not negative, with a positive sum
     * @param parts receives each part's units
     * @param extra receives whether each part got one of the remaining units
     * @return false, touching nothing, if the sum or a product would overflow: use the BigInteger path
     */
    static boolean tryAllocate(long total, long[] w, long[] parts, boolean[] extra) {
        long sum = 0;
        for (long x : w) {
            sum += x;
            if (sum < 0) {
                return false;
            }
        }
        if (Math.multiplyHigh(total, sum) != 0 || total * sum < 0) {
            return false;
        }
        allocateLong(total, w, sum, parts, extra);
        return true;
    }

    /**
     * Allocates weights given as {@link BigInteger}s, on {@code long}s when everything fits.
     *
     * @param total the units to split, not negative
     * @param weights the integer weights, not negative, with a positive sum
     * @param parts receives each part's units
     * @param extra receives whether each part got one of the remaining units
     */
    static void allocate(long total, BigInteger[] weights, long[] parts, boolean[] extra) {
        long[] w = new long[weights.length];
        boolean small = true;
        for (int i = 0; i < w.length && small; i++) {
            small = weights[i].bitLength() < 63;
            w[i] = weights[i].longValue();
        }
        if (!small || !tryAllocate(total, w, parts, extra)) {
            BigInteger sum = BigInteger.ZERO;
            for (BigInteger x : weights) {
                sum = sum.add(x);
            }
            allocateBig(total, weights, sum, parts, extra);
        }
    }

    /**
     * The fast path: {@code total × sum} fits in a {@code long}, so every product does.
     *
     * @param total the units to split, not negative
     * @param w the integer weights, not negative
     * @param sum their sum, positive
     * @param parts receives each part's units
     * @param extra receives whether each part got one of the remaining units
     */
    static void allocateLong(long total, long[] w, long sum, long[] parts, boolean[] extra) {
        int n = w.length;
        long max = 0;
        for (long x : w) {
            max = Math.max(max, x);
        }
        long[] rem = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            long product = total * w[i];
            parts[i] = product / sum;
            rem[i] = product % sum;
            assigned += parts[i];
        }
        int left = (int) (total - assigned);
        if (left == 0) {
            return;
        }
        int remBits = 64 - Long.numberOfLeadingZeros(sum);
        int weightBits = 64 - Long.numberOfLeadingZeros(max);
        int indexBits = 32 - Integer.numberOfLeadingZeros(n);
        if (remBits + weightBits + indexBits <= 63) {
            // One primitive sort: remainder, then weight, then the lower index, packed into a long.
            long indexMask = (1L << indexBits) - 1;
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = (rem[i] << (weightBits + indexBits)) | (w[i] << indexBits) | (indexMask - i);
            }
            Arrays.sort(keys);
            for (int r = 0; r < left; r++) {
                int i = (int) (indexMask - (keys[n - 1 - r] & indexMask));
                parts[i]++;
                extra[i] = true;
            }
            return;
        }
        int[] order = sortedIndices(n, (i, j) -> {
            int c = Long.compare(rem[j], rem[i]);
            return c != 0 ? c : Long.compare(w[j], w[i]);
        });
        for (int r = 0; r < left; r++) {
            parts[order[r]]++;
            extra[order[r]] = true;
        }
    }

    /**
     * The general path on {@link BigInteger}.
     *
     * @param total the units to split, not negative
     * @param w the integer weights, not negative
     * @param sum their sum, positive
     * @param parts receives each part's units
     * @param extra receives whether each part got one of the remaining units
     */
    static void allocateBig(long total, BigInteger[] w, BigInteger sum, long[] parts, boolean[] extra) {
        int n = w.length;
        BigInteger t = BigInteger.valueOf(total);
        BigInteger[] rem = new BigInteger[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = t.multiply(w[i]).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact(); // ≤ total
            rem[i] = qr[1];
            assigned += parts[i];
        }
        int left = (int) (total - assigned);
        if (left > 0) {
            int[] order = sortedIndices(n, (i, j) -> {
                int c = rem[j].compareTo(rem[i]);
                return c != 0 ? c : w[j].compareTo(w[i]);
            });
            for (int r = 0; r < left; r++) {
                parts[order[r]]++;
                extra[order[r]] = true;
            }
        }
    }

    /** Orders two indices; the index itself breaks what the comparison leaves equal. */
    @FunctionalInterface
    interface IndexOrder {
        int compare(int i, int j);
    }

    /** Returns {@code 0..n-1} sorted by {@code order}, then by index: a stable merge sort on ints. */
    static int[] sortedIndices(int n, IndexOrder order) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] tmp = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    tmp[k++] = order.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
                }
                while (i < mid) {
                    tmp[k++] = a[i++];
                }
                while (j < hi) {
                    tmp[k++] = a[j++];
                }
                System.arraycopy(tmp, lo, a, lo, hi - lo);
            }
        }
        return a;
    }
}
