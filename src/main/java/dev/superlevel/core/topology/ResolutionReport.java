package dev.superlevel.core.topology;

/**
 * Component counts of one level set at two resolutions.
 *
 * @param countAtN  components on the requested grid
 * @param countAt2N components on the grid with twice as many samples per side
 */
public record ResolutionReport(int countAtN, int countAt2N) {

    /**
     * Whether doubling the resolution leaves the count unchanged; if not, the grid is too coarse to
     * trust the picture at this λ (a thin bridge or a small component falls between samples).
     */
    public boolean isStable() {
        return countAtN == countAt2N;
    }
}
