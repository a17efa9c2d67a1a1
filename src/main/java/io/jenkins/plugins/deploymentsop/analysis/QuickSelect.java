package io.jenkins.plugins.deploymentsop.analysis;

/** Hoare's selection of the k-th smallest value, in place, expected linear time. */
final class QuickSelect {
    private QuickSelect() {}

    /**
     * Returns the k-th smallest value; reorders the array.
     *
     * @param values the values (reordered)
     * @param k the rank from 0
     * @return the value
     */
    static double select(final double[] values, final int k) {
        int left = 0;
        int right = values.length - 1;
        while (left < right) {
            // median of three against sorted or constant input
            int mid = (left + right) >>> 1;
            double pivot = medianOfThree(values[left], values[mid], values[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = values[i];
                    values[i] = values[j];
                    values[j] = swap;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    private static double medianOfThree(final double a, final double b, final double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
