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
 * parts by its tie rule). Exact on three paths that give the same result: {@code long} when
 * {@code T·S} fits in 63 bits; exact 128-bit products of {@code long}s when the weights' sum does; else
 * {@link BigInteger}.
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
     * @return false, touching nothing, if the weights' sum would overflow: use the BigInteger path
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
            allocateWide(total, w, sum, parts, extra);
        } else {
            allocateLong(total, w, sum, parts, extra);
        }
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
            w[i] = small ? weights[i].longValueExact() : 0;
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
        long[] rem = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            long product = total * w[i];
            parts[i] = product / sum;
            rem[i] = product % sum;
            assigned += parts[i];
        }
        distribute(total - assigned, w, sum, rem, parts, extra);
    }

    /**
     * The wide path: the weights' sum fits in a {@code long}, the products {@code total × w[i]} need up
     * to 126 bits; each is divided exactly by {@link #divide128}.
     *
     * @param total the units to split, not negative
     * @param w the integer weights, not negative
     * @param sum their sum, positive
     * @param parts receives each part's units
     * @param extra receives whether each part got one of the remaining units
     */
    static void allocateWide(long total, long[] w, long sum, long[] parts, boolean[] extra) {
        int n = w.length;
        long[] rem = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            long high = Math.multiplyHigh(total, w[i]);
            long low = total * w[i];
            // total·w[i] ≤ total·sum, so the quotient is at most total: high < sum, as divide128 needs.
            long q = divide128(high, low, sum);
            parts[i] = q;
            rem[i] = low - q * sum; // the remainder is below sum: its low 64 bits are all of it
            assigned += q;
        }
        distribute(total - assigned, w, sum, rem, parts, extra);
    }

    /**
     * Hands the {@code left} remaining units out one each by remainder, then weight, then index.
     */
    private static void distribute(long leftUnits, long[] w, long sum, long[] rem, long[] parts, boolean[] extra) {
        int left = (int) leftUnits;
        if (left == 0) {
            return;
        }
        int n = w.length;
        long max = 0;
        for (long x : w) {
            max = Math.max(max, x);
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
        if (remBits + indexBits <= 63) {
            distributeByRemainderRuns(left, w, rem, indexBits, parts, extra);
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
     * The same order when remainder and index fit in one {@code long} but the weight does not: one
     * primitive sort by remainder (then the lower index), and within each run of equal remainders, which
     * is rare and short, an insertion sort by weight (descending) that keeps the index order of equal weights.
     */
    private static void distributeByRemainderRuns(int left, long[] w, long[] rem, int indexBits,
            long[] parts, boolean[] extra) {
        int n = w.length;
        long indexMask = (1L << indexBits) - 1;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (rem[i] << indexBits) | (indexMask - i);
        }
        Arrays.sort(keys);
        int given = 0;
        int top = n - 1;
        int[] run = new int[n];
        while (given < left) {
            // keys[low..top] share one remainder; from the top down their indices ascend.
            long remainder = keys[top] >>> indexBits;
            int low = top;
            while (low > 0 && keys[low - 1] >>> indexBits == remainder) {
                low--;
            }
            int length = top - low + 1;
            for (int k = 0; k < length; k++) {
                int i = (int) (indexMask - (keys[top - k] & indexMask));
                int at = k;
                while (at > 0 && w[run[at - 1]] < w[i]) {
                    run[at] = run[at - 1];
                    at--;
                }
                run[at] = i;
            }
            for (int k = 0; k < length && given < left; k++, given++) {
                parts[run[k]]++;
                extra[run[k]] = true;
            }
            top = low - 1;
        }
    }

    /**
     * Divides the unsigned 128-bit number {@code high·2^64 + low} by {@code divisor}, exactly, when the
     * quotient fits in 64 bits ({@code high < divisor}, unsigned): long division in base 2^32 after
     * normalising the divisor, Knuth's algorithm D as in Hacker's Delight ({@code divlu}).
     *
     * @param high the upper 64 bits, unsigned, below {@code divisor}
     * @param low the lower 64 bits, unsigned
     * @param divisor the divisor, unsigned, not zero
     * @return the quotient, unsigned; the remainder is {@code low − quotient·divisor} (mod 2^64)
     */
    static long divide128(long high, long low, long divisor) {
        final long base = 1L << 32;
        final long mask = base - 1;
        int shift = Long.numberOfLeadingZeros(divisor);
        long v = divisor << shift;
        long v1 = v >>> 32;
        long v0 = v & mask;
        long u32 = shift == 0 ? high : (high << shift) | (low >>> (64 - shift));
        long u10 = low << shift;
        long u1 = u10 >>> 32;
        long u0 = u10 & mask;

        long q1 = Long.divideUnsigned(u32, v1);
        long rhat = u32 - q1 * v1;
        while (Long.compareUnsigned(q1, base) >= 0 || Long.compareUnsigned(q1 * v0, rhat * base + u1) > 0) {
            q1--;
            rhat += v1;
            if (Long.compareUnsigned(rhat, base) >= 0) {
                break;
            }
        }
        long u21 = u32 * base + u1 - q1 * v; // mod 2^64, as the algorithm intends
        long q0 = Long.divideUnsigned(u21, v1);
        rhat = u21 - q0 * v1;
        while (Long.compareUnsigned(q0, base) >= 0 || Long.compareUnsigned(q0 * v0, rhat * base + u0) > 0) {
            q0--;
            rhat += v1;
            if (Long.compareUnsigned(rhat, base) >= 0) {
                break;
            }
        }
        return q1 * base + q0;
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
