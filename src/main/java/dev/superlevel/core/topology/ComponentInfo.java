package dev.superlevel.core.topology;

/**
 * One connected component of a level set.
 *
 * @param label     the component's label, 0 … count−1
 * @param size      number of samples
 * @param peakValue the extreme value in the component: the maximum for a super-level set, the minimum
 *                  for a sub-level set
 * @param peakIndex flat index j·nx + i of the peak sample (ties: the lowest index)
 * @param minI      bounding box, grid columns and rows, inclusive (j = 0 is ymin)
 */
public record ComponentInfo(int label, int size, double peakValue, int peakIndex, int minI, int minJ,
        int maxI, int maxJ) {
}
